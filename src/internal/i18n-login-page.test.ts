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
import { fill, submitButton } from '../test-utils/elements.js';
import { arrivedWith, english, halfOfTheCodes, shown, VALUES, type Shown } from '../test-utils/login-page-english.js';
import { refineV3Provider, rejects } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';
import { getAuthStrings } from './strings.js';
import '../components/auth-login/auth-login.js';

/** The words every page has: the locale, every error, the form base's and those several elements share. */
const SHARED = ['locale', 'errors', 'emailLabel', 'passwordLabel', 'showPassword', 'hidePassword', 'required', 'invalidEmail', 'tooShort', 'busy', 'backToLogin', 'sendAgain', 'loginLink'];
/** What `<auth-login>` itself shows: its form, providers, e-mailed code and link steps, passkey button. */
const LOGIN = [
  'loginTitle', 'usernameLabel', 'rememberMe', 'forgotPasswordLink', 'loginSubmit', 'providerSubmit', 'providersLabel', 'dividerText', 'noAccountPrompt', 'registerLink',
  'loginCodeButton', 'magicLinkButton', 'loginCodeTitle', 'loginCodeSent', 'loginCodeLabel', 'loginCodeIncomplete', 'magicLinkTitle', 'magicLinkSent', 'loginResendIn', 'passkeyButton',
];
/** The codes whose `?auth_error=` page this file checks; i18n-login-page-2.test.ts checks the others (WebKit's history limit). */
const ARRIVED_HERE = halfOfTheCodes(0);

describe('a page with <auth-login> alone', () => {
  it('has the shared English and its own words, none of another element’s', () => {
    expect(customElements.get('auth-register'), 'no other element is loaded').to.equal(undefined);
    const t = getAuthStrings() as unknown as Record<string, unknown>;
    expect(Object.keys(t).sort()).to.deep.equal([...SHARED, ...LOGIN].sort());
    for (const key of [...SHARED, ...LOGIN]) if (key !== 'errors') expect(t[key], key).to.be.a('string').and.not.equal('');
    expect(Object.keys(t.errors as object).sort()).to.deep.equal([...AUTH_ERROR_CODES].sort());
  });

  it('shows the complete English of every kit code rejected by the provider, and of half of them arrived with ?auth_error=', async function () {
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
    const arrived = await arrivedWith(ARRIVED_HERE);
    const pageKeys = Object.keys(getAuthStrings()).length;

    // Now every element: English is complete, with the other elements' words the page had none of.
    const { en } = await import('../index.js');
    expect(Object.keys(en).length, 'the other elements have words of their own').to.be.greaterThan(pageKeys);
    for (const code of AUTH_ERROR_CODES) expect(rejected.get(code), `${code}, rejected`).to.deep.equal(english(en, code, VALUES));
    for (const code of ARRIVED_HERE) expect(arrived.get(code), `${code}, ?auth_error=`).to.deep.equal(english(en, code));
  });
});
