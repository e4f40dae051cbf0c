/**
 * Helpers for the i18n tests: the bundled locales, what an element must show for each error
 * code, and a check that no English text is left in an element (light and shadow DOM).
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import type { AuthErrorCode, AuthStore } from '../core/index.js';
import { en, format, type AuthErrorText, type AuthLocale, type AuthStrings } from '../internal/strings.js';
import { accountEn, type AccountErrorCode } from '../internal/account-strings.js';
import { fill, part, submitButton } from './elements.js';
import { neverSettles, type Behaviour } from './providers.js';
// Every element, so `en` is complete: each element's own English is added when its module loads.
import '../index.js';
import { ar } from '../locales/ar.js';
import { de } from '../locales/de.js';
import { es } from '../locales/es.js';
import { fr } from '../locales/fr.js';
import { he } from '../locales/he.js';
import { ja } from '../locales/ja.js';
import { ptBR } from '../locales/pt-BR.js';
import { zhCN } from '../locales/zh-CN.js';

export const LOCALES: ReadonlyArray<[tag: string, strings: AuthLocale]> = [
  ['fr', fr],
  ['ar', ar],
  ['de', de],
  ['es', es],
  ['pt-BR', ptBR],
  ['ja', ja],
  ['zh-CN', zhCN],
  ['he', he],
];

/** Every element src/index.ts registers. */
export const TAGS = ['auth-scope', 'auth-login', 'auth-guard', 'auth-logout', 'auth-notifications', 'auth-register', 'auth-forgot-password', 'auth-update-password', 'auth-two-factor', 'auth-verify-email', 'auth-change-password', 'auth-change-email', 'auth-delete-account', 'auth-sessions', 'auth-two-factor-setup', 'auth-passkeys', 'auth-account'];

/** Placeholder values an error may carry; each code's message uses the ones it needs. */
export const VALUES = { min: 8, max: 128, seconds: 7 };

export const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every (path, text) of a strings object, nested sections (errors, account) flattened. */
export function entries(t: object, prefix = ''): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(t)) {
    if (!prefix && key === 'locale') continue;
    if (value && typeof value === 'object') out.push(...entries(value as object, `${prefix}${key}.`));
    else out.push([`${prefix}${key}`, value as string]);
  }
  return out;
}

/** English with the account elements' strings: what every bundled locale must match key for key. */
export const EN_COMPLETE: AuthLocale = { ...en, account: accountEn };

/** What an element must show for `code` in `t`, computed independently of localizeError. */
export function expected(code: AuthErrorCode | AccountErrorCode, t: AuthStrings): { title: string; message: string } {
  const entry = (t.errors as Record<string, AuthErrorText>)[code] ?? t.account!.errors[code as AccountErrorCode];
  if (code === 'rate-limited') {
    const seconds = new Intl.NumberFormat(t.locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(VALUES.seconds);
    return { title: entry.title, message: t.errors['rate-limited'].messageWithDelay.replace('{seconds}', seconds) };
  }
  return { title: entry.title, message: format(entry.message, VALUES) };
}

/** Every piece of text an element shows or announces: text nodes and labelling attributes, light and shadow DOM. */
export function shownText(root: Node): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim();
      if (text && node.parentElement?.localName !== 'style') texts.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(name);
        if (value) texts.push(value.trim());
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return texts;
}

/** The account elements' error codes (their words are in `strings.account.errors`). */
export const ACCOUNT_ERROR_CODES = Object.keys(accountEn.errors) as AccountErrorCode[];

/** English texts (placeholders as wildcards) that `t` words differently: none may be shown. */
export function englishPatterns(t: AuthStrings): Array<[string, RegExp]> {
  const own = new Map(entries(t));
  // The account elements' English too: a locale must word those as well.
  return entries(EN_COMPLETE)
    .filter(([key, text]) => own.get(key) !== text)
    .map(([key, text]) => [key, new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`)]);
}

export function expectNoEnglish(el: Element, t: AuthStrings, context: string): void {
  const patterns = englishPatterns(t);
  for (const text of shownText(el)) {
    for (const [key, pattern] of patterns) {
      expect(pattern.test(text), `${context}: "${text}" is the English ${key}`).to.equal(false);
    }
  }
}

/** Renders a form element, fills it validly, and returns a function that submits it once. */
export type FormCase = {
  tag: string;
  action: 'login' | 'register' | 'forgotPassword' | 'updatePassword' | 'verifyTwoFactor' | 'sendVerificationEmail' | 'changePassword' | 'changeEmail' | 'deleteAccount';
  template: (store: AuthStore) => TemplateResult;
  /** The values that make the form valid. */
  fields: Record<string, string>;
  /** Values that depend on the locale (a typed confirmation word), merged over `fields`. */
  localeFields?: (t: AuthLocale) => Record<string, string>;
  /**
   * An account form: its own error codes are walked too, and after them a success answered
   * with `success` must show no English either.
   */
  account?: { success: unknown };
  /** Optional provider methods the fake has, so the element shows what they add (the passkey button). */
  methods?: Record<string, Behaviour | undefined>;
};

export const FORMS: FormCase[] = [
  {
    tag: 'auth-login',
    action: 'login',
    template: (store) => html`<auth-login remember-me register-link="/r" forgot-password-link="/f" .providers=${[{ name: 'github', label: 'GitHub' }]} .store=${store}></auth-login>`,
    fields: { email: 'ada@example.com', password: 'pw-12345678' },
    // "Sign in with a passkey" is shown (where the browser has WebAuthn); the autofill request waits.
    methods: { loginWithPasskey: neverSettles },
  },
  {
    tag: 'auth-register',
    action: 'register',
    template: (store) => html`<auth-register login-link="/login" .store=${store}></auth-register>`,
    fields: { email: 'ada@example.com', password: 'pw-12345678', confirmPassword: 'pw-12345678' },
  },
  {
    tag: 'auth-forgot-password',
    action: 'forgotPassword',
    template: (store) => html`<auth-forgot-password login-link="/login" .store=${store}></auth-forgot-password>`,
    fields: { email: 'ada@example.com' },
  },
  {
    tag: 'auth-update-password',
    action: 'updatePassword',
    template: (store) => html`<auth-update-password .store=${store}></auth-update-password>`,
    fields: { password: 'pw-12345678', confirmPassword: 'pw-12345678' },
  },
  {
    tag: 'auth-two-factor',
    action: 'verifyTwoFactor',
    template: (store) => html`<auth-two-factor trust-device login-link="/login" .store=${store}></auth-two-factor>`,
    fields: { code: '123456' },
  },
  {
    tag: 'auth-change-password',
    action: 'changePassword',
    template: (store) => html`<auth-change-password .store=${store}></auth-change-password>`,
    fields: { currentPassword: 'old-12345678', newPassword: 'pw-12345678', confirmPassword: 'pw-12345678' },
    account: { success: undefined },
  },
  {
    tag: 'auth-change-email',
    action: 'changeEmail',
    template: (store) => html`<auth-change-email .store=${store}></auth-change-email>`,
    fields: { newEmail: 'new@example.com' },
    account: { success: { confirmationSent: true } },
  },
  {
    tag: 'auth-delete-account',
    action: 'deleteAccount',
    template: (store) => html`<auth-delete-account .store=${store}></auth-delete-account>`,
    fields: { password: 'pw-12345678' },
    localeFields: (t) => ({ confirmation: t.account.deleteAccount.confirmWord }),
    account: { success: { confirmationSent: true } },
  },
  {
    // The fake has no verifyEmail: the element shows its "send a new link" form at once.
    tag: 'auth-verify-email',
    action: 'sendVerificationEmail',
    template: (store) => html`<auth-verify-email login-link="/login" .store=${store}></auth-verify-email>`,
    fields: { email: 'ada@example.com' },
  },
];

export function fillForm(el: HTMLElement, fields: Record<string, string>): void {
  for (const [name, value] of Object.entries(fields)) {
    if (el.querySelector(`input[name="${name}"]`)) fill(el, name, value);
  }
}

/** Submits, waits for the element's `auth-error` and its render, and checks the error region. */
export async function submitAndExpect(el: HTMLElement, fields: Record<string, string>, shown: { title: string; message: string }, context: string) {
  fillForm(el, fields);
  // A form may enable its submit button only once it has rendered what was typed.
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const failed = oneEvent(el, 'auth-error');
  submitButton(el).click();
  await failed;
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  expect(part(el, 'error-title')?.textContent, `${context} title`).to.equal(shown.title);
  expect(part(el, 'error-message')?.textContent, `${context} message`).to.equal(shown.message);
}
