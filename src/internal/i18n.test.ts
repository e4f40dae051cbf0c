/**
 * Every word translatable: every locale is complete, every kit-made error has a code, and every
 * element shows each error code (and its own text) in the page's locale — chosen by
 * `setAuthStrings` or by the nearest `lang`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  ACTION_ERROR_CODES,
  AUTH_ERROR_CODES,
  DEFAULT_ERRORS,
  NO_STORE_ERROR,
  TIMEOUT_ERROR,
  isAuthErrorCode,
  toAuthError,
  type AuthStore,
} from '../core/index.js';
import { unsupportedError } from '../core/errors.js';
import { localizeError } from './localize-error.js';
import { accountEn, accountStrings } from './account-strings.js';
import { en, getAuthStrings, registerAuthLocale, resetAuthStrings, setAuthStrings, type AuthStrings, type SharedEnglishKey } from './strings.js';
import type { callbackEn } from '../components/auth-callback/en.js';
import type { forgotPasswordEn } from '../components/auth-forgot-password/en.js';
import type { guardEn } from '../components/auth-guard/en.js';
import type { loginEn } from '../components/auth-login/en.js';
import type { logoutEn } from '../components/auth-logout/en.js';
import type { notificationsEn } from '../components/auth-notifications/en.js';
import type { registerEn } from '../components/auth-register/en.js';
import { twoFactorEn } from '../components/auth-two-factor/en.js';
import { twoFactorSetupEn } from '../components/auth-two-factor-setup/en.js';
import type { updatePasswordEn } from '../components/auth-update-password/en.js';
import type { verifyEmailEn } from '../components/auth-verify-email/en.js';
import { part, submitButton } from '../test-utils/elements.js';
import { EN_COMPLETE, entries, expected, LOCALES, placeholders } from '../test-utils/i18n.js';
import { refineV3Provider, rejects } from '../test-utils/providers.js';
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
      for (const [key, english] of entries(EN_COMPLETE)) {
        const text = own.get(key);
        expect(text, `${tag} ${key}`).to.be.a('string');
        expect(text!.trim(), `${tag} ${key}`).not.to.equal('');
        expect(placeholders(text!), `${tag} ${key}`).to.deep.equal(placeholders(english));
      }
      expect(own.size).to.equal(entries(EN_COMPLETE).length);
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

// Every key of AuthStrings has English: a shared word or an element's own (`en.ts` beside it).
// A key no part has makes this line fail the type check (the confirmation field's two words are
// confirm-password.ts's).
type EnglishKey =
  | SharedEnglishKey
  | keyof typeof callbackEn
  | keyof typeof forgotPasswordEn
  | keyof typeof guardEn
  | keyof typeof loginEn
  | keyof typeof logoutEn
  | keyof typeof notificationsEn
  | keyof typeof registerEn
  | keyof typeof twoFactorEn
  | keyof typeof twoFactorSetupEn
  | keyof typeof updatePasswordEn
  | keyof typeof verifyEmailEn
  | 'confirmPasswordLabel'
  | 'passwordMismatch';
const everyKeyHasEnglish: Exclude<keyof AuthStrings, EnglishKey | 'account'> extends never ? true : never = true;

describe('English in parts', () => {
  it('with every element loaded (the main entry), en has every key a bundled locale has', () => {
    expect(everyKeyHasEnglish).to.equal(true);
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(fr).filter((key) => key !== 'account').sort());
    for (const [key, text] of entries(en)) expect(text, key).to.be.a('string').and.not.equal('');
  });

  it('a word two elements add is the same text in both', () => {
    expect(twoFactorSetupEn.twoFactorCodeIncomplete).to.equal(twoFactorEn.twoFactorCodeIncomplete);
    expect(en.twoFactorCodeIncomplete).to.equal(twoFactorEn.twoFactorCodeIncomplete);
  });
});

describe('account strings', () => {
  it('merge section by section: one changed word keeps the rest of the locale', () => {
    setAuthStrings(fr);
    setAuthStrings({ account: { sessions: { title: 'Appareils' }, errors: { 'invalid-password': { title: 'Non' } } } }, { merge: true });
    const t = getAuthStrings();
    expect(t.account?.sessions.title).to.equal('Appareils');
    expect(t.account?.passkeys).to.deep.equal(fr.account.passkeys);
    expect(t.account?.errors['invalid-password']).to.deep.equal({ title: 'Non', message: fr.account.errors['invalid-password'].message });
    expect(t.account?.errors['session-not-fresh']).to.deep.equal(fr.account.errors['session-not-fresh']);
    expect(t.loginTitle).to.equal(fr.loginTitle);
  });

  it('accountStrings: English by default, the locale when there is one, and the account errors in errors', () => {
    const english = accountStrings(en, 'sessions');
    expect(english.s).to.deep.equal(accountEn.sessions);
    expect(localizeError({ name: 'x', message: 'y', code: 'invalid-password' }, english.t).message).to.equal(accountEn.errors['invalid-password'].message);
    const french = accountStrings(fr, 'passkeys');
    expect(french.s).to.deep.equal(fr.account.passkeys);
    expect(localizeError({ name: 'x', message: 'y', code: 'session-not-fresh' }, french.t).name).to.equal(fr.account.errors['session-not-fresh'].title);
    // The kit's own errors are still there.
    expect(french.t.errors.timeout).to.deep.equal(fr.errors.timeout);
  });
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
