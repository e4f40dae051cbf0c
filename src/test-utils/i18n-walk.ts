/**
 * The i18n walk: every element src/index.ts registers × every error code × every bundled locale,
 * after `setAuthStrings(locale)`: the text shown is that locale's, and no English is left.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { AUTH_ERROR_CODES, type AuthErrorCode } from '../core/index.js';
import { accountEn, accountStrings, type AccountErrorCode } from '../internal/account-strings.js';
import { format, resetAuthStrings, setAuthStrings, type AuthStrings } from '../internal/strings.js';
import type { AuthSessions } from '../components/auth-sessions/auth-sessions.js';
import type { AuthPasskeys } from '../components/auth-passkeys/auth-passkeys.js';
import { part, submitButton } from './elements.js';
import { ACCOUNT_ERROR_CODES, entries, expectNoEnglish, expected, fillForm, FORMS, LOCALES, shownText, submitAndExpect, TAGS, VALUES } from './i18n.js';
import { neverSettles, refineV3, refineV3Provider, rejects, resolves, type Behaviour } from './providers.js';
import { storeHarness } from './store.js';
import '../index.js';
import { de } from '../locales/de.js';


/**
 * Walks every element for `locales`; several files share the locales so none runs long. With
 * `account: true` it walks the account forms (their own error codes too) and nothing else.
 */
export function walk(locales: typeof LOCALES, { account = false } = {}): void {
describe(`every ${account ? 'account form' : 'element'}, every error code, every locale (setAuthStrings)`, () => {
  let originalUrl = '';
  beforeEach(() => {
    originalUrl = `${location.pathname}${location.search}${location.hash}`;
  });
  afterEach(() => {
    resetAuthStrings();
    history.replaceState(history.state, '', originalUrl);
  });
  for (const [tag, t] of locales) {
    for (const form of FORMS.filter((f) => Boolean(f.account) === account)) {
      it(`<${form.tag}> in ${tag}: each code, then no English anywhere`, async function () {
        this.timeout(60_000); // ~30 submissions: its own budget, not the machine's speed
        setAuthStrings(t);
        history.replaceState(history.state, '', `${location.pathname}?token=abc`);
        const fake = refineV3.create(form.methods);
        // An account form appears only when the provider has its method.
        if (form.account) fake.set(form.action, resolves(form.account.success));
        const el = await fixture<HTMLElement>(form.template(storeHarness(fake.provider).store));
        if (form.methods?.loginWithPasskey && typeof globalThis.PublicKeyCredential === 'function') {
          expect(el.shadowRoot!.querySelector('[part~="passkey-button"]'), 'the passkey button is walked').to.not.equal(null);
        }
        expectNoEnglish(el, t, `<${form.tag}> ${tag} at rest`);
        const fields = { ...form.fields, ...form.localeFields?.(t) };
        // Only a passkey ceremony is ever cancelled (then nothing shows): every other action
        // shows `passkey-cancelled` like any other code.
        const codes = form.account ? [...AUTH_ERROR_CODES, ...ACCOUNT_ERROR_CODES] : AUTH_ERROR_CODES;
        for (const code of codes) {
          fake.set(form.action, rejects({ code, values: VALUES }));
          await submitAndExpect(el, fields, expected(code, t), `<${form.tag}> ${tag} ${code}`);
        }
        expectNoEnglish(el, t, `<${form.tag}> ${tag} with an error`);
        if (form.account) {
          fake.set(form.action, resolves(form.account.success));
          fillForm(el, fields);
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          submitButton(el).click();
          await waitUntil(() => (part(el, 'status')?.textContent ?? '').trim() !== '', `<${form.tag}> ${tag}: no success message`);
          expectNoEnglish(el, t, `<${form.tag}> ${tag} after success`);
        }
      });
    }

    // Not a single form: each step of <auth-two-factor-setup>, in the account walk.
    if (account) {
    it(`<auth-two-factor-setup> in ${tag}: each code, every step, then no English anywhere`, async function () {
      this.timeout(90_000); // ~50 submissions and every step: its own budget, not the machine's speed
      setAuthStrings(t);
      const fake = refineV3Provider({
        enableTwoFactor: rejects(),
        confirmTwoFactor: rejects({ code: 'invalid-code' }),
        generateBackupCodes: resolves({ backupCodes: ['abcde-12345'] }),
        disableTwoFactor: resolves(),
      } as Parameters<typeof refineV3Provider>[0]);
      const set = fake.set as (method: string, behaviour: Behaviour) => void;
      type Setup = HTMLElement & { updateComplete: Promise<unknown>; step: string };
      const el = await fixture<Setup>(html`<auth-two-factor-setup .store=${storeHarness(fake.provider).store}></auth-two-factor-setup>`);
      const press = async (name: string) => {
        el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!.click();
        await el.updateComplete;
      };
      expectNoEnglish(el, t, `<auth-two-factor-setup> ${tag} off`);
      await press('enable-button');
      expectNoEnglish(el, t, `<auth-two-factor-setup> ${tag} password`);
      const codes = [...AUTH_ERROR_CODES, ...ACCOUNT_ERROR_CODES];
      for (const code of codes) {
        set('enableTwoFactor', rejects({ code, values: VALUES }));
        await submitAndExpect(el, { password: 'pw-12345678' }, expected(code, t), `<auth-two-factor-setup> ${tag} ${code}`);
      }
      expectNoEnglish(el, t, `<auth-two-factor-setup> ${tag} with an error`);
      set('enableTwoFactor', resolves({ totpURI: 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP', backupCodes: ['abcde-12345'] }));
      fillForm(el, { password: 'pw-12345678' });
      submitButton(el).click();
      await waitUntil(() => el.step === 'scan' && el.shadowRoot!.querySelector('[part~="qr"]'), 'no scan step');
      await submitAndExpect(el, { code: '123456' }, expected('invalid-code', t), `<auth-two-factor-setup> ${tag} invalid-code`);
      expectNoEnglish(el, t, `<auth-two-factor-setup> ${tag} scan`);
      set('confirmTwoFactor', resolves());
      fillForm(el, { code: '123456' });
      await waitUntil(() => el.step === 'codes', 'no codes step');
      await el.updateComplete;
      expectNoEnglish(el, t, `<auth-two-factor-setup> ${tag} codes`);
      await press('done-button');
      expectNoEnglish(el, t, `<auth-two-factor-setup> ${tag} on`);
      await press('disable-button');
      expectNoEnglish(el, t, `<auth-two-factor-setup> ${tag} turning off`);
    });
    continue;
    }

    it(`<auth-account> in ${tag}: its own words, with and without sections, no English anywhere`, async function () {
      this.timeout(60_000); // six elements at once: its own budget
      setAuthStrings(t);
      const empty = await fixture<HTMLElement>(html`<auth-account .store=${storeHarness(refineV3Provider().provider).store}></auth-account>`);
      expect(part(empty, 'empty')?.textContent).to.equal(t.account.page.empty);
      expectNoEnglish(empty, t, `<auth-account> ${tag} empty`);
      const full = refineV3.create({ changePassword: resolves(), changeEmail: resolves(), listSessions: resolves([]), revokeSession: resolves(), listPasskeys: resolves([]), enableTwoFactor: resolves(), deleteAccount: resolves() });
      const el = await fixture<HTMLElement>(html`<auth-account .store=${storeHarness(full.provider).store}></auth-account>`);
      expect(part(el, 'title')?.textContent).to.equal(t.account.page.title);
      expect(el.children.length).to.equal(6);
      expectNoEnglish(el, t, `<auth-account> ${tag} with every section`);
    });

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
      // Listing is no ceremony: even `passkey-cancelled` is an error there.
      const codes = [...AUTH_ERROR_CODES, ...(Object.keys(accountEn.errors) as AccountErrorCode[])];
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

    it(`<auth-sessions> in ${tag}: its words, each error code, then no English anywhere`, async function () {
      this.timeout(60_000); // ~35 loads: its own budget, not the machine's speed
      setAuthStrings(t);
      const sessions = t.account.sessions;
      const english = entries(accountEn.sessions).filter(([key, text]) => entries(sessions).find(([k]) => k === key)?.[1] !== text);
      const noAccountEnglish = (el: HTMLElement, context: string) => {
        expectNoEnglish(el, t, context);
        for (const text of shownText(el)) {
          for (const [key, words] of english) {
            const pattern = new RegExp(`^${words.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`);
            expect(pattern.test(text), `${context}: "${text}" is the English sessions.${key}`).to.equal(false);
          }
        }
      };
      const fake = refineV3Provider();
      const provider = fake.provider as unknown as Record<string, unknown>;
      const list = [
        { id: 'a', current: true, userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', updatedAt: new Date(Date.UTC(2026, 0, 15)) },
        { id: 'b', userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', ipAddress: '203.0.113.7', createdAt: '2026-01-10T08:00:00Z' },
        { id: 'c', userAgent: 'curl/8.5.0' },
      ];
      provider.listSessions = () => Promise.resolve(list);
      provider.revokeSession = () => Promise.reject({});
      provider.revokeOtherSessions = () => Promise.reject({});
      const el = await fixture<AuthSessions>(html`<auth-sessions .store=${storeHarness(fake.provider).store}></auth-sessions>`);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="session"]').length === 3 && !el.loading);
      const devices = [...el.shadowRoot!.querySelectorAll('[part~="device"]')].map((n) => n.textContent);
      expect(devices).to.have.members([format(sessions.device, { browser: 'Chrome', os: 'macOS' }), format(sessions.device, { browser: 'Firefox', os: 'Windows' }), sessions.unknownDevice]);
      expect(el.shadowRoot!.querySelector('[part~="current-badge"]')!.textContent).to.equal(sessions.currentDevice);
      noAccountEnglish(el, `<auth-sessions> ${tag} at rest`);
      const merged = { ...t, errors: { ...t.errors, ...t.account.errors } } as AuthStrings;
      const shows = async (code: string, act: () => unknown) => {
        const failed = oneEvent(el, 'auth-error');
        act();
        await failed;
        await waitUntil(() => !el.loading);
        await el.updateComplete;
        const shown = expected(code as AuthErrorCode, merged);
        expect(el.shadowRoot!.querySelector('[part~="error-title"]')?.textContent, `${tag} ${code} title`).to.equal(shown.title);
        expect(el.shadowRoot!.querySelector('[part~="error-message"]')?.textContent, `${tag} ${code} message`).to.equal(shown.message);
      };
      await shows('revoke-session-failed', () => el.shadowRoot!.querySelector<HTMLElement>('[part~="revoke-button"]')!.click());
      await shows('revoke-other-sessions-failed', () => el.shadowRoot!.querySelector<HTMLElement>('[part~="revoke-others-button"]')!.click());
      for (const code of [...AUTH_ERROR_CODES, 'list-sessions-failed', 'session-not-fresh']) {
        provider.listSessions = () => Promise.reject(code === 'list-sessions-failed' ? {} : { code, values: VALUES });
        await shows(code, () => void el.refresh());
      }
      noAccountEnglish(el, `<auth-sessions> ${tag} with an error`);
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

  if (account) return;

  it('an element with no store at all says so in the page’s language', async () => {
    // No configureAuth in this file: there is no default store.
    setAuthStrings(de);
    const el = await fixture<HTMLElement>(html`<auth-login></auth-login>`);
    await submitAndExpect(el, FORMS[0].fields, expected('no-store', de), 'no store');
  });

  it('every element src/index.ts registers is walked here', () => {
    const registered = TAGS.filter((name) => customElements.get(name));
    expect(registered).to.deep.equal(TAGS);
    const walked = new Set([...FORMS.map((f) => f.tag), 'auth-notifications', 'auth-guard', 'auth-logout', 'auth-scope', 'auth-sessions', 'auth-two-factor-setup', 'auth-passkeys', 'auth-account']);
    expect([...walked].sort()).to.deep.equal([...TAGS].sort());
  });
});
}
