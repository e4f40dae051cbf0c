/**
 * <auth-login> continuing in place: a sign-in started here that answers with a challenge shows
 * the next step (<auth-two-factor>, <auth-verify-email>) in the same card, loaded only then;
 * its "back" brings the form back. Every dialect says "one more step" its own way.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthChallenge, AuthStore } from '../../core/index.js';
import { en } from '../../internal/strings.js';
import type { AuthErrorEvent } from '../../events/index.js';
import { fill, input, part, recordEvents, submitButton } from '../../test-utils/elements.js';
import { DIALECTS, resolves, type Behaviour, type DialectKit } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import { AuthLogin } from './auth-login.js';

/** How each dialect says "one more step": v3 and react-admin resolve it, v4 answers it. */
const challengeIn: Record<DialectKit['dialect'], (challenge: AuthChallenge) => Behaviour> = {
  'refine-v3': (challenge) => resolves({ challenge }),
  'refine-v4': (challenge) => resolves({ success: false, challenge }),
  'react-admin': (challenge) => resolves({ challenge }),
};

const TWO_FACTOR: AuthChallenge = { type: 'two-factor', methods: ['totp', 'backup-code'] };
const VERIFY_EMAIL: AuthChallenge = { type: 'verify-email', email: 'ada@example.com' };
const EMAIL = 'ada@example.com';

async function mount(store: AuthStore, template = html`<auth-login .store=${store}></auth-login>`) {
  const el = await fixture<AuthLogin>(template);
  await el.updateComplete;
  return el;
}

type Child = HTMLElement & { updateComplete: Promise<unknown> };
const child = (el: AuthLogin, tag: string) => el.querySelector<Child>(`${tag}[slot="challenge"]`);

/** Signs in with a password; resolves once the challenge's element is on screen and focused. */
async function signInTo(el: AuthLogin, tag: string) {
  fill(el, 'email', EMAIL);
  fill(el, 'password', 'pw');
  submitButton(el).click();
  await waitUntil(() => child(el, tag) !== null, `no <${tag}>`);
  const step = child(el, tag)!;
  await waitUntil(() => customElements.get(tag) !== undefined, `<${tag}> never loaded`);
  await step.updateComplete;
  // Its first field, or (no field: check your inbox) its heading, in its shadow root.
  await waitUntil(() => step.contains(document.activeElement) || step.shadowRoot?.activeElement != null, `focus not in <${tag}>`);
  return step;
}

describe('<auth-login> continuing into a challenge', () => {
  // First in this file, on a fresh page: nothing has asked for a challenge's element yet.
  it('does not load the challenge elements up front', async () => {
    const el = await mount(storeHarness(DIALECTS[0].create().provider).store);
    expect(el.querySelector('form')).to.not.equal(null);
    expect(customElements.get('auth-two-factor') === undefined, '<auth-two-factor> defined').to.equal(true);
    expect(customElements.get('auth-verify-email') === undefined, '<auth-verify-email> defined').to.equal(true);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => /auth-(two-factor|verify-email)|challenge-steps/.test(name))).to.deep.equal([]);
  });

  for (const kit of DIALECTS) {
    describe(kit.dialect, () => {
      it('a second factor: the same card asks for it, then signs in (?to= honoured); no error anywhere', async () => {
        const fake = kit.create({ login: challengeIn[kit.dialect](TWO_FACTOR), verifyTwoFactor: kit.succeed() });
        const h = storeHarness(fake.provider);
        h.at('/login?to=%2Freports');
        const el = await mount(h.store);
        const errors = recordEvents<AuthErrorEvent>('auth-error');
        const step = await signInTo(el, 'auth-two-factor');
        errors.stop();
        expect(errors.events, 'a challenge is not an error').to.have.length(0);
        // The login card steps aside: only the slot the step is shown in.
        expect(part(el, 'base')).to.equal(null);
        expect(part(el, 'error')).to.equal(null);
        expect(el.shadowRoot!.querySelector('slot[name="challenge"]')).to.not.equal(null);
        expect(el.form).to.equal(null);
        expect(el.querySelector('input[name="password"]'), 'the password is gone from the page').to.equal(null);
        const code = step.querySelector<HTMLInputElement>('input[name="code"]')!;
        expect(document.activeElement === code, 'focus on the code').to.equal(true);
        expect(h.navigations).to.deep.equal([]);

        code.value = '123456';
        code.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
        await waitUntil(() => h.navigations.length === 1, 'not signed in');
        expect(fake.argsOf('verifyTwoFactor')[0]).to.deep.equal([{ method: 'totp', code: '123456', trustDevice: false }]);
        expect(h.navigations).to.deep.equal([{ to: '/reports', replace: true }]);
        expect(h.store.state.status).to.equal('authenticated');
        await el.updateComplete;
        // The challenge is over: the step goes away.
        expect(child(el, 'auth-two-factor')).to.equal(null);
      });

      it('"back" shows the form again with the address filled in', async () => {
        const fake = kit.create({ login: challengeIn[kit.dialect](TWO_FACTOR), verifyTwoFactor: kit.succeed() });
        const h = storeHarness(fake.provider);
        const el = await mount(h.store);
        const step = await signInTo(el, 'auth-two-factor');
        step.shadowRoot!.querySelector<HTMLElement>('[part~="back-button"]')!.click();
        await waitUntil(() => el.querySelector('input[name="email"]') !== null, 'no form');
        await el.updateComplete;
        expect(h.store.state.challenge).to.equal(null);
        expect(child(el, 'auth-two-factor')).to.equal(null);
        expect(input(el, 'email').value).to.equal(EMAIL);
        expect(input(el, 'password').value).to.equal('');
        expect(document.activeElement === input(el, 'email')).to.equal(true);
        expect(part(el, 'title')!.textContent).to.equal(en.loginTitle);
        expect(part(el, 'error')!.textContent!.trim()).to.equal('');
        expect(fake.countOf('verifyTwoFactor')).to.equal(0);

        // And again: a new challenge comes back in place.
        fill(el, 'password', 'pw');
        submitButton(el).click();
        await waitUntil(() => child(el, 'auth-two-factor') !== null);
      });

      it('a challenge answered after a logout changes nothing', async () => {
        const fake = kit.create();
        const held = fake.hold('login');
        const h = storeHarness(fake.provider);
        const el = await mount(h.store);
        fill(el, 'email', EMAIL);
        fill(el, 'password', 'pw');
        submitButton(el).click();
        await waitUntil(() => el.busy);
        await h.store.logout({ redirectPath: false });
        held.resolve(kit.dialect === 'refine-v4' ? { success: false, challenge: TWO_FACTOR } : { challenge: TWO_FACTOR });
        await waitUntil(() => !el.busy);
        await el.updateComplete;
        expect(h.store.state.challenge).to.equal(null);
        expect(child(el, 'auth-two-factor')).to.equal(null);
        expect(part(el, 'base')).to.not.equal(null);
        expect(input(el, 'email').value).to.equal(EMAIL);
      });
    });
  }

  it('an e-mailed code that needs a second factor continues in place too; back returns to the password form', async () => {
    const kit = DIALECTS[1];
    const fake = kit.create({ sendLoginCode: kit.succeed(), loginWithCode: challengeIn[kit.dialect](TWO_FACTOR), verifyTwoFactor: kit.succeed() });
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    fill(el, 'email', EMAIL);
    part(el, 'login-code-button')!.click();
    await waitUntil(() => el.querySelector('input[name="code"]') !== null);
    fill(el, 'code', '111111');
    await waitUntil(() => child(el, 'auth-two-factor') !== null, 'no second step');
    expect(fake.argsOf('loginWithCode')[0]).to.deep.equal([{ email: EMAIL, code: '111111' }]);
    const step = child(el, 'auth-two-factor')!;
    await waitUntil(() => step.shadowRoot?.querySelector('[part~="back-button"]') != null);
    step.shadowRoot!.querySelector<HTMLElement>('[part~="back-button"]')!.click();
    await waitUntil(() => el.querySelector('input[name="password"]') !== null, 'not back on the password form');
    await el.updateComplete;
    expect(input(el, 'email').value).to.equal(EMAIL);
  });

  it('passes its store, strings, theme and trust-device on to the step', async () => {
    const fake = DIALECTS[0].create({ login: resolves({ challenge: TWO_FACTOR }), verifyTwoFactor: resolves() });
    const { store } = storeHarness(fake.provider);
    const el = await mount(store, html`<auth-login .store=${store} theme="dark" trust-device .strings=${{ twoFactorTitle: 'Zweiter Schritt' }}></auth-login>`);
    const step = (await signInTo(el, 'auth-two-factor')) as Child & { store?: AuthStore; trustDevice: boolean };
    expect(step.store === store).to.equal(true);
    expect(step.getAttribute('theme')).to.equal('dark');
    expect(step.trustDevice).to.equal(true);
    expect(step.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Zweiter Schritt');
    expect(step.querySelector('input[name="trustDevice"]')).to.not.equal(null);
  });

  it('a challenge it did not ask for is not its business', async () => {
    const fake = DIALECTS[0].create({ login: resolves({ challenge: TWO_FACTOR }) });
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    await h.store.login({ email: EMAIL, password: 'pw' });
    await el.updateComplete;
    expect(h.store.state.challenge).to.deep.equal(TWO_FACTOR);
    expect(child(el, 'auth-two-factor')).to.equal(null);
    expect(part(el, 'base')).to.not.equal(null);
  });

  it('an unconfirmed address continues into <auth-verify-email>', async () => {
    const kit = DIALECTS[2];
    const fake = kit.create({ login: challengeIn[kit.dialect](VERIFY_EMAIL), sendVerificationEmail: kit.succeed() });
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    const errors = recordEvents<AuthErrorEvent>('auth-error');
    const step = await signInTo(el, 'auth-verify-email');
    errors.stop();
    expect(errors.events).to.have.length(0);
    expect(step.shadowRoot!.textContent).to.include(EMAIL);
    expect(step.shadowRoot!.activeElement === step.shadowRoot!.querySelector('[part~="title"]'), 'focus on its heading').to.equal(true);
    const back = step.shadowRoot!.querySelector<HTMLElement>('[part~="back-button"]')!;
    back.click();
    await waitUntil(() => el.querySelector('input[name="email"]') !== null);
    await el.updateComplete;
    expect(input(el, 'email').value).to.equal(EMAIL);
    expect(h.store.state.challenge).to.equal(null);
  });

  it('the error of a wrong second factor is the step’s, not the login form’s', async () => {
    const kit = DIALECTS[0];
    const fake = kit.create({ login: challengeIn[kit.dialect](TWO_FACTOR), verifyTwoFactor: kit.fail({ code: 'invalid-code' }) });
    const el = await mount(storeHarness(fake.provider).store);
    const step = await signInTo(el, 'auth-two-factor');
    const failed = oneEvent(el, 'auth-error') as Promise<AuthErrorEvent>;
    const code = step.querySelector<HTMLInputElement>('input[name="code"]')!;
    code.value = '000000';
    code.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    expect((await failed).detail.action).to.equal('verifyTwoFactor');
    await waitUntil(() => step.shadowRoot!.querySelector('[part~="error-message"]') !== null);
    expect(step.shadowRoot!.querySelector('[part~="error-message"]')!.textContent).to.equal(en.errors['invalid-code'].message);
    // Still the step: a wrong code does not end the challenge.
    expect(child(el, 'auth-two-factor') === step).to.equal(true);
  });

  it('a challenge whose element cannot be loaded (offline): a network error, the form back, the challenge cancelled', async () => {
    const kit = DIALECTS[0];
    const fake = kit.create({ login: challengeIn[kit.dialect](TWO_FACTOR) });
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    const load = AuthLogin.loadSteps;
    AuthLogin.loadSteps = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      fill(el, 'email', EMAIL);
      fill(el, 'password', 'secret-password');
      const failed = oneEvent(el, 'auth-error') as Promise<AuthErrorEvent>;
      submitButton(el).click();
      const { detail } = await failed;
      expect(detail.action).to.equal('login');
      expect(detail.error.code).to.equal('network');
      await waitUntil(() => part(el, 'error-message') !== null, 'no error shown');
      expect(part(el, 'error-title')!.textContent).to.equal(en.errors.network.title);
      expect(part(el, 'error-message')!.textContent).to.equal(en.errors.network.message);
      expect(h.store.state.challenge).to.equal(null);
      expect(h.store.state.pending.login).to.equal(false);
      expect(input(el, 'email').value).to.equal(EMAIL);
      expect(child(el, 'auth-two-factor')).to.equal(null);
      expect(h.navigations).to.deep.equal([]);
    } finally {
      AuthLogin.loadSteps = load;
    }
  });
});
