/**
 * Every word translatable: every locale is complete, every kit-made error has a code, and every
 * element shows each error code (and its own text) in the page's locale — chosen by
 * `setAuthStrings` or by the nearest `lang`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import {
  ACTION_ERROR_CODES,
  AUTH_ERROR_CODES,
  DEFAULT_ERRORS,
  NO_STORE_ERROR,
  TIMEOUT_ERROR,
  isAuthErrorCode,
  toAuthError,
  type AuthErrorCode,
  type AuthStore,
} from '../core/index.js';
import { unsupportedError } from '../core/errors.js';
import { localizeError } from './localize-error.js';
import { en, format, getAuthStrings, registerAuthLocale, resetAuthStrings, setAuthStrings, type AuthStrings } from './strings.js';
import { fill, part, submitButton } from '../test-utils/elements.js';
import { neverSettles, refineV3Provider, rejects } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';
import '../index.js';
import { ar } from '../locales/ar.js';
import { de } from '../locales/de.js';
import { es } from '../locales/es.js';
import { fr } from '../locales/fr.js';
import { he } from '../locales/he.js';
import { ja } from '../locales/ja.js';
import { ptBR } from '../locales/pt-BR.js';
import { zhCN } from '../locales/zh-CN.js';

const LOCALES: ReadonlyArray<[tag: string, strings: AuthStrings]> = [
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
const TAGS = ['auth-scope', 'auth-login', 'auth-guard', 'auth-logout', 'auth-notifications', 'auth-register', 'auth-forgot-password', 'auth-update-password'];

/** Placeholder values an error may carry; each code's message uses the ones it needs. */
const VALUES = { min: 8, max: 128, seconds: 7 };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every (path, text) of a strings object, errors flattened. */
function entries(t: AuthStrings): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(t)) {
    if (key === 'errors') {
      for (const [code, entry] of Object.entries(value as Record<string, Record<string, string>>)) {
        for (const [field, text] of Object.entries(entry)) out.push([`errors.${code}.${field}`, text]);
      }
    } else if (key !== 'locale') out.push([key, value as string]);
  }
  return out;
}

/** What an element must show for `code` in `t`, computed independently of localizeError. */
function expected(code: AuthErrorCode, t: AuthStrings): { title: string; message: string } {
  const entry = t.errors[code];
  if (code === 'rate-limited') {
    const seconds = new Intl.NumberFormat(t.locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(VALUES.seconds);
    return { title: entry.title, message: t.errors['rate-limited'].messageWithDelay.replace('{seconds}', seconds) };
  }
  return { title: entry.title, message: format(entry.message, VALUES) };
}

/** Every piece of text an element shows or announces: text nodes and labelling attributes, light and shadow DOM. */
function shownText(root: Node): string[] {
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

/** English texts (placeholders as wildcards) that `t` words differently: none may be shown. */
function englishPatterns(t: AuthStrings): Array<[string, RegExp]> {
  const own = new Map(entries(t));
  return entries(en)
    .filter(([key, text]) => own.get(key) !== text)
    .map(([key, text]) => [key, new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`)]);
}

function expectNoEnglish(el: Element, t: AuthStrings, context: string): void {
  const patterns = englishPatterns(t);
  for (const text of shownText(el)) {
    for (const [key, pattern] of patterns) {
      expect(pattern.test(text), `${context}: "${text}" is the English ${key}`).to.equal(false);
    }
  }
}

/** Renders a form element, fills it validly, and returns a function that submits it once. */
type FormCase = {
  tag: string;
  action: 'login' | 'register' | 'forgotPassword' | 'updatePassword';
  template: (store: AuthStore) => TemplateResult;
  fields: Record<string, string>;
};

const FORMS: FormCase[] = [
  {
    tag: 'auth-login',
    action: 'login',
    template: (store) => html`<auth-login remember-me register-link="/r" forgot-password-link="/f" .providers=${[{ name: 'github', label: 'GitHub' }]} .store=${store}></auth-login>`,
    fields: { email: 'ada@example.com', password: 'pw-12345678' },
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
];

function fillForm(el: HTMLElement, fields: Record<string, string>): void {
  for (const [name, value] of Object.entries(fields)) {
    if (el.querySelector(`input[name="${name}"]`)) fill(el, name, value);
  }
}

/** Submits and waits until the error region shows `title`/`message`. */
async function submitAndExpect(el: HTMLElement, fields: Record<string, string>, shown: { title: string; message: string }, context: string) {
  fillForm(el, fields);
  submitButton(el).click();
  await waitUntil(
    () => part(el, 'error-title')?.textContent === shown.title && part(el, 'error-message')?.textContent === shown.message,
    `${context}: expected "${shown.title}" / "${shown.message}", saw "${part(el, 'error-title')?.textContent}" / "${part(el, 'error-message')?.textContent}"`,
  );
}

let originalUrl = '';
beforeEach(() => {
  originalUrl = `${location.pathname}${location.search}${location.hash}`;
});
afterEach(() => {
  resetAuthStrings();
  history.replaceState(history.state, '', originalUrl);
});

describe('locales', () => {
  it('ship eight locales, two of them right-to-left, each tagged with its language', () => {
    expect(LOCALES.map(([tag, t]) => t.locale === tag)).to.deep.equal(LOCALES.map(() => true));
    expect(LOCALES).to.have.length(8);
    // Arabic and Hebrew: the two right-to-left scripts.
    expect(LOCALES.filter(([, t]) => /[\u0590-\u06ff]/.test(t.loginTitle)).map(([tag]) => tag)).to.deep.equal(['ar', 'he']);
  });

  for (const [tag, t] of LOCALES) {
    it(`${tag}: every key is there, non-empty, with the same placeholders as English`, () => {
      const own = new Map(entries(t));
      for (const [key, english] of entries(en)) {
        const text = own.get(key);
        expect(text, `${tag} ${key}`).to.be.a('string');
        expect(text!.trim(), `${tag} ${key}`).not.to.equal('');
        expect(placeholders(text!), `${tag} ${key}`).to.deep.equal(placeholders(english));
      }
      expect(own.size).to.equal(entries(en).length);
    });

    it(`${tag}: every error title and message is translated`, () => {
      for (const code of AUTH_ERROR_CODES) {
        const shown = expected(code, t);
        const english = expected(code, en);
        // Spanish says "Error" as English does; that one word aside, every text differs.
        if (!(tag === 'es' && code === 'unknown')) expect(shown.title, `${tag} ${code} title`).not.to.equal(english.title);
        expect(shown.message, `${tag} ${code} message`).not.to.equal(english.message);
        expect(shown.message, `${tag} ${code}`).not.to.match(/\{\w+\}/);
      }
    });
  }
});

describe('error codes', () => {
  it('every code has an English entry, and every entry is a code', () => {
    expect(Object.keys(en.errors).sort()).to.deep.equal([...AUTH_ERROR_CODES].sort());
  });

  it('every kit-made error carries a code', () => {
    const made = [...Object.values(DEFAULT_ERRORS), TIMEOUT_ERROR, NO_STORE_ERROR, unsupportedError('register', 'register')];
    for (const error of made) expect(isAuthErrorCode(error.code), error.message).to.equal(true);
    for (const [action, code] of Object.entries(ACTION_ERROR_CODES)) {
      expect(DEFAULT_ERRORS[action as keyof typeof DEFAULT_ERRORS].code).to.equal(code);
    }
  });

  it('a kit-made part of a provider error carries the code that translates it', () => {
    const fallback = DEFAULT_ERRORS.login;
    expect(toAuthError({ message: 'Mot de passe erroné' }, fallback)).to.include({ titleCode: 'login-failed' });
    expect(toAuthError({ name: 'Verrouillé' }, fallback)).to.include({ messageCode: 'login-failed' });
    expect(toAuthError({ name: 'Verrouillé', message: 'Compte verrouillé' }, fallback)).to.deep.equal({ name: 'Verrouillé', message: 'Compte verrouillé' });
  });

  it('localizeError: the code’s entry, else the provider’s own words with kit-made parts translated', () => {
    expect(localizeError({ name: 'Timeout', message: 'English', code: 'timeout' }, fr)).to.deep.equal({
      name: fr.errors.timeout.title,
      message: fr.errors.timeout.message,
    });
    expect(localizeError({ name: 'Login Error', message: 'Kontogesperrt', titleCode: 'login-failed' }, de)).to.deep.equal({
      name: de.errors['login-failed'].title,
      message: 'Kontogesperrt',
    });
    expect(localizeError({ name: 'Bloqué', message: 'Invalid credentials', messageCode: 'login-failed' }, fr)).to.deep.equal({
      name: 'Bloqué',
      message: fr.errors['login-failed'].message,
    });
    expect(localizeError({ name: 'Custom', message: 'Own words', code: 'ACCOUNT_LOCKED' }, fr)).to.deep.equal({ name: 'Custom', message: 'Own words' });
    // Codes are looked up as own keys only.
    expect(localizeError({ name: 'A', message: 'B', code: 'constructor' }, fr)).to.deep.equal({ name: 'A', message: 'B' });
    expect(localizeError({ name: 'x', message: 'y', code: 'password-too-short', values: { min: 12 } }, ja).message).to.equal(
      ja.errors['password-too-short'].message.replace('{min}', '12'),
    );
    expect(localizeError({ name: 'x', message: 'y', code: 'rate-limited' }, en).message).to.equal(en.errors['rate-limited'].message);
    expect(localizeError({ name: 'x', message: 'y', code: 'rate-limited', values: { seconds: 1 } }, en).message).to.equal('Too many attempts. Try again in 1 second.');
  });
});

describe('every element, every error code, every locale (setAuthStrings)', () => {
  for (const [tag, t] of LOCALES) {
    for (const form of FORMS) {
      it(`<${form.tag}> in ${tag}: each code, then no English anywhere`, async function () {
        this.timeout(60_000); // ~30 submissions: its own budget, not the machine's speed
        setAuthStrings(t);
        history.replaceState(history.state, '', `${location.pathname}?token=abc`);
        const fake = refineV3Provider();
        const el = await fixture<HTMLElement>(form.template(storeHarness(fake.provider).store));
        expectNoEnglish(el, t, `<${form.tag}> ${tag} at rest`);
        for (const code of AUTH_ERROR_CODES) {
          fake.set(form.action, rejects({ code, values: VALUES }));
          await submitAndExpect(el, form.fields, expected(code, t), `<${form.tag}> ${tag} ${code}`);
        }
        expectNoEnglish(el, t, `<${form.tag}> ${tag} with an error`);
      });
    }

    it(`<auth-notifications> in ${tag}: each code, then no English anywhere`, async function () {
      this.timeout(30_000);
      setAuthStrings(t);
      const fake = refineV3Provider();
      const { store } = storeHarness(fake.provider, { maxNotifications: AUTH_ERROR_CODES.length });
      const el = await fixture<HTMLElement>(html`<auth-notifications .store=${store}></auth-notifications>`);
      for (const code of AUTH_ERROR_CODES) {
        fake.set('login', rejects({ code, values: VALUES }));
        await store.login({});
      }
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="notification"]').length === AUTH_ERROR_CODES.length);
      const items = [...el.shadowRoot!.querySelectorAll('[part~="notification"]')];
      AUTH_ERROR_CODES.forEach((code, index) => {
        const shown = expected(code, t);
        expect(items[index].querySelector('[part~="title"]')!.textContent, `${tag} ${code}`).to.equal(shown.title);
        expect(items[index].querySelector('[part~="message"]')!.textContent, `${tag} ${code}`).to.equal(shown.message);
      });
      expectNoEnglish(el, t, `<auth-notifications> ${tag}`);
    });

    it(`<auth-guard>, <auth-logout>, <auth-scope> in ${tag}: no English anywhere`, async () => {
      setAuthStrings(t);
      const fake = refineV3Provider({ checkAuth: rejects() });
      const { store } = storeHarness(fake.provider);
      const el = await fixture<HTMLElement>(html`<div>
        <auth-scope .store=${store}><auth-guard><p>secret</p></auth-guard></auth-scope>
        <auth-guard .store=${store} permission="admin"><p>secret</p></auth-guard>
        <auth-logout .store=${store}></auth-logout>
      </div>`);
      const guard = el.querySelector('auth-guard')!;
      expectNoEnglish(el, t, `${tag} checking`);
      await waitUntil(() => guard.getAttribute('state') === 'denied');
      expectNoEnglish(el, t, `${tag} denied`);
    });

    it(`kit-made errors in real flows are ${tag} too (timeout, unsupported, a provider message under the kit's title)`, async function () {
      this.timeout(30_000);
      setAuthStrings(t);
      const timeout = await fixture<HTMLElement>(html`<auth-login .store=${storeHarness(refineV3Provider({ login: neverSettles }).provider, { timeout: 20 }).store}></auth-login>`);
      await submitAndExpect(timeout, FORMS[0].fields, expected('timeout', t), `${tag} timeout`);

      const unsupported = await fixture<HTMLElement>(html`<auth-register .store=${storeHarness(refineV3Provider({ register: undefined }).provider).store}></auth-register>`);
      await submitAndExpect(unsupported, FORMS[1].fields, expected('unsupported', t), `${tag} unsupported`);

      const partial = await fixture<HTMLElement>(html`<auth-login .store=${storeHarness(refineV3Provider({ login: rejects(new Error('Compte bloqué')) }).provider).store}></auth-login>`);
      await submitAndExpect(partial, FORMS[0].fields, { title: t.errors['login-failed'].title, message: 'Compte bloqué' }, `${tag} partial`);
    });
  }

  it('an element with no store at all says so in the page’s language', async () => {
    // No configureAuth in this file: there is no default store.
    setAuthStrings(de);
    const el = await fixture<HTMLElement>(html`<auth-login></auth-login>`);
    await submitAndExpect(el, FORMS[0].fields, expected('no-store', de), 'no store');
  });

  it('every element src/index.ts registers is walked here', () => {
    const registered = TAGS.filter((name) => customElements.get(name));
    expect(registered).to.deep.equal(TAGS);
    const walked = new Set([...FORMS.map((f) => f.tag), 'auth-notifications', 'auth-guard', 'auth-logout', 'auth-scope']);
    expect([...walked].sort()).to.deep.equal([...TAGS].sort());
  });
});

describe('choosing the locale by lang', () => {
  const title = (el: Element) => part(el as HTMLElement, 'title')!.textContent;
  const store = () => storeHarness(refineV3Provider().provider).store;

  it('an element inside lang="fr" with French registered is French; inside lang="de" without German, English', async () => {
    registerAuthLocale('fr', fr);
    const el = await fixture<HTMLElement>(html`<div>
      <div lang="fr"><auth-login .store=${store()}></auth-login></div>
      <div lang="de"><auth-login .store=${store()}></auth-login></div>
    </div>`);
    const [french, german] = el.querySelectorAll('auth-login');
    await (french as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(title(french)).to.equal(fr.loginTitle);
    expect(title(german)).to.equal(en.loginTitle);
  });

  it('matches the exact tag, then the language, then another region of it', async () => {
    registerAuthLocale('pt-BR', ptBR);
    registerAuthLocale('es', es);
    registerAuthLocale('zh-CN', zhCN);
    const el = await fixture<HTMLElement>(html`<div>
      <auth-login lang="pt-BR" .store=${store()}></auth-login>
      <auth-login lang="pt" .store=${store()}></auth-login>
      <auth-login lang="es-MX" .store=${store()}></auth-login>
      <auth-login lang="ZH-cn" .store=${store()}></auth-login>
      <auth-login lang="ja" .store=${store()}></auth-login>
    </div>`);
    const titles = [...el.querySelectorAll('auth-login')].map(title);
    expect(titles).to.deep.equal([ptBR.loginTitle, ptBR.loginTitle, es.loginTitle, zhCN.loginTitle, en.loginTitle]);
  });

  it('finds the lang across shadow roots', async () => {
    registerAuthLocale('ja', ja);
    const host = await fixture<HTMLElement>(html`<section lang="ja"><div></div></section>`);
    const shadow = host.querySelector('div')!.attachShadow({ mode: 'open' });
    const login = document.createElement('auth-login') as HTMLElement & { store: AuthStore; updateComplete: Promise<unknown> };
    login.store = store();
    shadow.append(login);
    await login.updateComplete;
    expect(title(login)).to.equal(ja.loginTitle);
  });

  it('re-renders when a locale is registered and when a lang changes', async () => {
    const el = await fixture<HTMLElement>(html`<div lang="he"><auth-login .store=${store()}></auth-login></div>`);
    const login = el.querySelector('auth-login')!;
    expect(title(login)).to.equal(en.loginTitle);
    registerAuthLocale('he', he);
    await waitUntil(() => title(login) === he.loginTitle);
    registerAuthLocale('ar', ar);
    el.setAttribute('lang', 'ar');
    await waitUntil(() => title(login) === ar.loginTitle);
  });

  it('precedence: the element’s strings, then setAuthStrings, then the lang locale, then English', async () => {
    registerAuthLocale('fr', fr);
    const el = await fixture<HTMLElement>(html`<div lang="fr">
      <auth-login .store=${store()} .strings=${{ loginTitle: 'Bonjour' }}></auth-login>
    </div>`);
    const login = el.querySelector('auth-login')!;
    expect(title(login)).to.equal('Bonjour');
    expect(submitButton(login as HTMLElement).textContent!.trim()).to.equal(fr.loginSubmit);
    setAuthStrings({ loginSubmit: 'Go', errors: { timeout: { title: 'Trop lent' } } });
    await waitUntil(() => submitButton(login as HTMLElement).textContent!.trim() === 'Go');
    expect(title(login)).to.equal('Bonjour');
    // A partial error entry merges over the selected locale's entry.
    expect(getAuthStrings().errors.timeout).to.deep.equal({ title: 'Trop lent', message: en.errors.timeout.message });
  });

  it('errors follow the lang too', async () => {
    registerAuthLocale('he', he);
    const fake = refineV3Provider({ login: rejects({ code: 'invalid-credentials' }) });
    const { store: s } = storeHarness(fake.provider);
    const el = await fixture<HTMLElement>(html`<div lang="he" dir="rtl">
      <auth-notifications .store=${s}></auth-notifications>
    </div>`);
    await s.login({});
    const notifications = el.querySelector('auth-notifications')!;
    await waitUntil(() => notifications.shadowRoot!.querySelector('[part~="title"]')?.textContent === he.errors['invalid-credentials'].title);
    expect(notifications.shadowRoot!.querySelector('[part~="message"]')!.textContent).to.equal(he.errors['invalid-credentials'].message);
  });

  it('setAuthStrings keeps working as before, and merge adds to it', async () => {
    setAuthStrings(fr);
    expect(getAuthStrings().loginTitle).to.equal(fr.loginTitle);
    setAuthStrings({ loginTitle: 'X' }, { merge: true });
    expect(getAuthStrings().loginSubmit).to.equal(fr.loginSubmit);
    expect(getAuthStrings().loginTitle).to.equal('X');
    setAuthStrings({});
    expect(getAuthStrings()).to.deep.equal(en);
  });
});
