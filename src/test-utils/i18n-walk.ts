/**
 * The i18n walk: every element src/index.ts registers × every error code × every bundled locale,
 * after `setAuthStrings(locale)`: the text shown is that locale's, and no English is left.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AUTH_ERROR_CODES } from '../core/index.js';
import { resetAuthStrings, setAuthStrings } from '../internal/strings.js';
import { expectNoEnglish, expected, FORMS, LOCALES, submitAndExpect, TAGS, VALUES } from './i18n.js';
import { neverSettles, refineV3, refineV3Provider, rejects, resolves } from './providers.js';
import { accountEn, accountStrings, type AccountErrorCode } from '../internal/account-strings.js';
import type { AuthErrorCode } from '../core/index.js';
import type { AuthPasskeys } from '../components/auth-passkeys/auth-passkeys.js';
import { storeHarness } from './store.js';
import '../index.js';
import { de } from '../locales/de.js';


/** Walks every element for `locales`; two files share the locales so neither runs long. */
export function walk(locales: typeof LOCALES): void {
describe('every element, every error code, every locale (setAuthStrings)', () => {
  let originalUrl = '';
  beforeEach(() => {
    originalUrl = `${location.pathname}${location.search}${location.hash}`;
  });
  afterEach(() => {
    resetAuthStrings();
    history.replaceState(history.state, '', originalUrl);
  });
  for (const [tag, t] of locales) {
    for (const form of FORMS) {
      it(`<${form.tag}> in ${tag}: each code, then no English anywhere`, async function () {
        this.timeout(60_000); // ~30 submissions: its own budget, not the machine's speed
        setAuthStrings(t);
        history.replaceState(history.state, '', `${location.pathname}?token=abc`);
        const fake = refineV3.create(form.methods);
        const el = await fixture<HTMLElement>(form.template(storeHarness(fake.provider).store));
        if (form.methods?.loginWithPasskey && typeof globalThis.PublicKeyCredential === 'function') {
          expect(el.shadowRoot!.querySelector('[part~="passkey-button"]'), 'the passkey button is walked').to.not.equal(null);
        }
        expectNoEnglish(el, t, `<${form.tag}> ${tag} at rest`);
        for (const code of AUTH_ERROR_CODES) {
          fake.set(form.action, rejects({ code, values: VALUES }));
          await submitAndExpect(el, form.fields, expected(code, t), `<${form.tag}> ${tag} ${code}`);
        }
        expectNoEnglish(el, t, `<${form.tag}> ${tag} with an error`);
      });
    }

    it(`<auth-passkeys> in ${tag}: each code, kit and account, then no English anywhere`, async function () {
      this.timeout(60_000);
      setAuthStrings(t);
      let failure: unknown;
      const list = [{ id: 'p1', name: 'Laptop', createdAt: new Date() }, { id: 'p2' }];
      const fake = refineV3.create({
        listPasskeys: () => (failure === undefined ? Promise.resolve(list) : Promise.reject(failure)),
        addPasskey: resolves(),
        renamePasskey: resolves(),
        deletePasskey: resolves(),
      });
      const el = await fixture<AuthPasskeys>(html`<auth-passkeys .store=${storeHarness(fake.provider).store}></auth-passkeys>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"]') !== null, 'no list');
      expectNoEnglish(el, t, `<auth-passkeys> ${tag} at rest`);
      const { t: withAccount } = accountStrings(t, 'passkeys');
      // `passkey-cancelled` is a cancelled ceremony, which no element shows (the store records no error).
      const codes = [...AUTH_ERROR_CODES, ...(Object.keys(accountEn.errors) as AccountErrorCode[])].filter((c) => c !== 'passkey-cancelled');
      for (const code of codes) {
        failure = { code, values: VALUES };
        await el.refresh();
        await el.updateComplete;
        const shown = expected(code as AuthErrorCode, withAccount);
        expect(el.shadowRoot!.querySelector('[part~="error-title"]')?.textContent, `${tag} ${code} title`).to.equal(shown.title);
        expect(el.shadowRoot!.querySelector('[part~="error-message"]')?.textContent, `${tag} ${code} message`).to.equal(shown.message);
      }
      expectNoEnglish(el, t, `<auth-passkeys> ${tag} with an error`);
    });

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
    const walked = new Set([...FORMS.map((f) => f.tag), 'auth-notifications', 'auth-guard', 'auth-logout', 'auth-scope', 'auth-passkeys']);
    expect([...walked].sort()).to.deep.equal([...TAGS].sort());
  });
});
}
