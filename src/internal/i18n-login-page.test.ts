/**
 * A login page: `<auth-login>` is the only element this file loads (none of the test helpers
 * imported here loads another). Its English defaults hold the shared words and its own, none of
 * another element's; and every error code it can show — any kit code, as a provider's rejection
 * or through `?auth_error=` — reads exactly as the complete English says. The complete English
 * (every element, `../index.js`) is loaded only at the end, after the page has been seen.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { AUTH_ERROR_CODES, type AuthErrorCode } from '../core/index.js';
import type { AuthLogin } from '../components/auth-login/auth-login.js';
import { fill, part, submitButton } from '../test-utils/elements.js';
import { refineV3Provider, rejects } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';
import { format, getAuthStrings, type AuthStrings } from './strings.js';
import '../components/auth-login/auth-login.js';

/** The words every page has: the locale, every error, the form base's and those several elements share. */
const SHARED = ['locale', 'errors', 'emailLabel', 'passwordLabel', 'showPassword', 'hidePassword', 'required', 'invalidEmail', 'tooShort', 'busy', 'backToLogin', 'sendAgain', 'loginLink'];
/** What `<auth-login>` itself shows: its form, providers, e-mailed code and link steps, passkey button. */
const LOGIN = [
  'loginTitle', 'usernameLabel', 'rememberMe', 'forgotPasswordLink', 'loginSubmit', 'providerSubmit', 'providersLabel', 'dividerText', 'noAccountPrompt', 'registerLink',
  'loginCodeButton', 'magicLinkButton', 'loginCodeTitle', 'loginCodeSent', 'loginCodeLabel', 'loginCodeIncomplete', 'magicLinkTitle', 'magicLinkSent', 'loginResendIn', 'passkeyButton',
];
const VALUES = { min: 8, max: 128, seconds: 7 };

type Shown = { title: string | undefined; message: string | undefined };
const shown = (el: HTMLElement): Shown => ({ title: part(el, 'error-title')?.textContent ?? undefined, message: part(el, 'error-message')?.textContent ?? undefined });

/** What the complete English says for `code`, with `values` (as a rejection carries them) or without (as `?auth_error=` does). */
function english(t: AuthStrings, code: AuthErrorCode, values?: typeof VALUES): Shown {
  const entry = t.errors[code];
  if (code === 'rate-limited' && values) {
    const seconds = new Intl.NumberFormat('en', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(values.seconds);
    return { title: entry.title, message: format(t.errors['rate-limited'].messageWithDelay, { seconds }) };
  }
  return { title: entry.title, message: format(entry.message, values ?? {}) };
}

describe('a page with <auth-login> alone', () => {
  const original = `${location.pathname}${location.search}${location.hash}`;
  afterEach(() => history.replaceState(history.state, '', original));

  it('has the shared English and its own words, none of another element’s', () => {
    expect(customElements.get('auth-register'), 'no other element is loaded').to.equal(undefined);
    const t = getAuthStrings() as unknown as Record<string, unknown>;
    expect(Object.keys(t).sort()).to.deep.equal([...SHARED, ...LOGIN].sort());
    for (const key of [...SHARED, ...LOGIN]) if (key !== 'errors') expect(t[key], key).to.be.a('string').and.not.equal('');
    expect(Object.keys(t.errors as object).sort()).to.deep.equal([...AUTH_ERROR_CODES].sort());
  });

  it('shows the complete English of every kit code, rejected by the provider or arrived with ?auth_error=', async function () {
    this.timeout(60_000); // ~120 renders: its own budget, not the machine's speed
    const fake = refineV3Provider();
    const el = await fixture<AuthLogin>(html`<auth-login .store=${storeHarness(fake.provider).store}></auth-login>`);
    const rejected = new Map<AuthErrorCode, Shown>();
    for (const code of AUTH_ERROR_CODES) {
      fake.set('login', rejects({ code, values: VALUES }));
      fill(el, 'email', 'ada@example.com');
      fill(el, 'password', 'pw-12345678');
      await el.updateComplete;
      const failed = oneEvent(el, 'auth-error');
      submitButton(el).click();
      await failed;
      await el.updateComplete;
      rejected.set(code, shown(el));
    }
    const arrived = new Map<AuthErrorCode, Shown>();
    for (const code of AUTH_ERROR_CODES) {
      history.replaceState(history.state, '', `${location.pathname}?auth_error=${code}`);
      const page = await fixture<AuthLogin>(html`<auth-login .store=${storeHarness(refineV3Provider().provider).store}></auth-login>`);
      arrived.set(code, shown(page));
    }
    const pageKeys = Object.keys(getAuthStrings()).length;

    // Now every element: English is complete, with the other elements' words the page had none of.
    const { en } = await import('../index.js');
    expect(Object.keys(en).length, 'the other elements have words of their own').to.be.greaterThan(pageKeys);
    for (const code of AUTH_ERROR_CODES) {
      expect(rejected.get(code), `${code}, rejected`).to.deep.equal(english(en, code, VALUES));
      expect(arrived.get(code), `${code}, ?auth_error=`).to.deep.equal(english(en, code));
    }
  });
});
