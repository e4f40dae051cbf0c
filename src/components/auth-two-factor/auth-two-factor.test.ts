import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/store.js';
import { en, resetAuthStrings, setAuthStrings } from '../../internal/strings.js';
import { fr } from '../../locales/fr.js';
import { useFakeCooldownClock } from '../../test-utils/clock.js';
import { fill, input, part, recordEvents, submitButton } from '../../test-utils/elements.js';
import { runFormConformanceTests } from '../../test-utils/form-conformance.js';
import { DIALECTS, deferred, refineV3Provider, rejects, resolves, type Behaviour, type DialectKit } from '../../test-utils/providers.js';
import { nextTask, storeHarness } from '../../test-utils/store.js';
import './auth-two-factor.js';
import type { AuthTwoFactor } from './auth-two-factor.js';
import { paste as pasteInto } from '../../test-utils/paste.js';

const ALL = ['totp', 'otp', 'backup-code'];

/** How each dialect answers "one more step" (see src/core/factors.test.ts). */
const challengeIn: Record<DialectKit['dialect'], (challenge: unknown) => Behaviour> = {
  'refine-v3': (challenge) => resolves({ challenge }),
  'refine-v4': (challenge) => resolves({ success: false, challenge }),
  'react-admin': (challenge) => resolves({ challenge }),
};

/** Pastes `text` into the code input as the browser does. */
const paste = (el: HTMLElement, text: string) => pasteInto(input(el, 'code'), text);

const methodButtons = (el: HTMLElement) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="method-button"]')).map((b) => b.dataset.method);
const methodButton = (el: HTMLElement, method: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="method-button"][data-method="${method}"]`)!;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(store: AuthStore, attrs: { trustDevice?: boolean; loginLink?: string; methods?: string } = {}): Promise<AuthTwoFactor> {
  const el = await fixture<AuthTwoFactor>(
    html`<auth-two-factor
      .store=${store}
      ?trust-device=${attrs.trustDevice ?? false}
      login-link=${attrs.loginLink ?? ''}
      methods=${attrs.methods ?? ALL.join(' ')}
    ></auth-two-factor>`,
  );
  if (!attrs.loginLink) el.removeAttribute('login-link');
  await el.updateComplete;
  return el;
}

/** A refine v3 provider with both second-factor methods. */
const v3 = (overrides: Parameters<typeof refineV3Provider>[0] = {}) =>
  refineV3Provider({ verifyTwoFactor: resolves(), sendTwoFactorCode: resolves(), ...overrides });

afterEach(() => resetAuthStrings());

describe('<auth-two-factor>', () => {
  it('renders one native code input in its light-DOM form, for the platform’s one-time-code autofill', async () => {
    const el = await mount(storeHarness(v3().provider).store);
    const code = input(el, 'code');
    expect(el.querySelectorAll('form input')).to.have.length(1);
    expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(code.getAttribute('inputmode')).to.equal('numeric');
    expect(code.maxLength).to.equal(6);
    expect(code.form).to.equal(el.form);
    expect(text(part(el, 'title'))).to.equal(en.twoFactorTitle);
    expect(text(part(el, 'description'))).to.equal('Enter the 6-digit code from your authenticator app.');
    expect(methodButtons(el)).to.deep.equal(['otp', 'backup-code']);
  });

  it('a pasted whole code is verified at once: one call with method, code and trustDevice', async () => {
    const fake = v3();
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    const success = oneEvent(el, 'auth-success');
    paste(el, 'Your code: 123 456');
    expect((await success).detail.action).to.equal('verifyTwoFactor');
    expect(fake.argsOf('verifyTwoFactor')).to.deep.equal([[{ method: 'totp', code: '123456', trustDevice: false }]]);
    expect(h.store.state.status).to.equal('authenticated');
    expect(h.navigations).to.deep.equal([{ to: '/', replace: false }]);
  });

  it('an incomplete code is not sent: the field says what a whole code is', async () => {
    const fake = v3();
    const el = await mount(storeHarness(fake.provider).store);
    fill(el, 'code', '123');
    submitButton(el).click();
    await waitUntil(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    expect(text(el.querySelector('[data-part="field-error"]'))).to.equal('Enter the whole 6-digit code.');
    expect(fake.countOf('verifyTwoFactor')).to.equal(0);
  });

  it('a backup code too short to be one is not sent', async () => {
    const fake = v3();
    const el = await mount(storeHarness(fake.provider).store, { methods: 'backup-code' });
    fill(el, 'code', 'ab');
    submitButton(el).click();
    await waitUntil(() => input(el, 'code').getAttribute('aria-invalid') === 'true');
    expect(text(el.querySelector('[data-part="field-error"]'))).to.equal(en.twoFactorBackupCodeInvalid);
    expect(fake.countOf('verifyTwoFactor')).to.equal(0);
  });

  it('code-length: an 8-digit code', async () => {
    const fake = v3();
    const el = await fixture<AuthTwoFactor>(html`<auth-two-factor code-length="8" .store=${storeHarness(fake.provider).store}></auth-two-factor>`);
    expect(input(el, 'code').maxLength).to.equal(8);
    paste(el, '1234 5678');
    await waitUntil(() => fake.countOf('verifyTwoFactor') === 1);
    expect(fake.argsOf('verifyTwoFactor')[0][0]).to.include({ code: '12345678' });
  });

  describe('trust this device', () => {
    it('is off without the attribute: no checkbox, trustDevice false', async () => {
      const el = await mount(storeHarness(v3().provider).store);
      expect(el.querySelector('input[name="trustDevice"]')).to.equal(null);
    });

    it('with trust-device, the checkbox’s value reaches the provider', async () => {
      const fake = v3();
      const el = await mount(storeHarness(fake.provider).store, { trustDevice: true });
      const box = el.querySelector<HTMLInputElement>('input[type="checkbox"][name="trustDevice"]')!;
      expect(text(box.closest('label'))).to.equal(en.twoFactorTrustDevice);
      box.click();
      paste(el, '654321');
      await waitUntil(() => fake.countOf('verifyTwoFactor') === 1);
      expect(fake.argsOf('verifyTwoFactor')[0][0]).to.deep.equal({ method: 'totp', code: '654321', trustDevice: true });
    });
  });

  describe('a wrong code', () => {
    it('shows the localized invalid-code message and selects the code for the next try; the challenge stays', async () => {
      setAuthStrings(fr);
      const fake = v3({ login: challengeIn['refine-v3']({ type: 'two-factor', methods: ['totp'] }) });
      fake.set('verifyTwoFactor', rejects({ name: 'Verification failed', message: 'Invalid code', code: 'invalid-code' }));
      const h = storeHarness(fake.provider);
      await h.store.login({});
      const el = await mount(h.store);
      const failed = oneEvent(el, 'auth-error');
      paste(el, '000000');
      expect((await failed).detail.error.code).to.equal('invalid-code');
      await waitUntil(() => document.activeElement === input(el, 'code'), 'the code input has focus');
      await el.updateComplete;
      expect(text(part(el, 'error-title'))).to.equal(fr.errors['invalid-code'].title);
      expect(text(part(el, 'error-message'))).to.equal(fr.errors['invalid-code'].message);
      const code = input(el, 'code');
      expect([code.selectionStart, code.selectionEnd]).to.deep.equal([0, 6]);
      expect(h.store.state.challenge).to.deep.equal({ type: 'two-factor', methods: ['totp'] });
      expect(h.store.state.notifications, 'the form shows it: no toast').to.deep.equal([]);
      // Typing over the selection starts a new try (the old error goes with the next submit).
      fake.set('verifyTwoFactor', resolves());
      paste(el, '111111');
      await waitUntil(() => h.store.state.status === 'authenticated');
      expect(part(el, 'error')!.classList.contains('active')).to.equal(false);
    });
  });

  describe('methods', () => {
    it('without a challenge, the methods attribute says what is offered', async () => {
      const el = await mount(storeHarness(v3().provider).store, { methods: 'backup-code' });
      expect(methodButtons(el)).to.deep.equal([]);
      expect(el.method).to.equal('backup-code');
      expect(input(el, 'code').getAttribute('inputmode')).to.equal('text');
    });

    it('by default, all three (when the provider can send codes)', async () => {
      const el = await fixture<AuthTwoFactor>(html`<auth-two-factor .store=${storeHarness(v3().provider).store}></auth-two-factor>`);
      expect(el.offeredMethods).to.deep.equal(ALL);
      expect(el.methods).to.deep.equal(ALL);
    });

    it('e-mailed codes are offered only when the provider has sendTwoFactorCode', async () => {
      const fake = refineV3Provider({ verifyTwoFactor: resolves() });
      const el = await mount(storeHarness(fake.provider).store);
      expect(el.offeredMethods).to.deep.equal(['totp', 'backup-code']);
      expect(methodButtons(el)).to.deep.equal(['backup-code']);
    });

    it('unknown method names (from an attribute or a provider) are dropped, never rendered', async () => {
      const el = await mount(storeHarness(v3().provider).store, { methods: 'sms <img src=x> totp' });
      expect(el.offeredMethods).to.deep.equal(['totp']);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('switching to a backup code: its own field, not auto-submitted, sent with the submit button', async () => {
      const fake = v3();
      const el = await mount(storeHarness(fake.provider).store);
      fill(el, 'code', '12');
      methodButton(el, 'backup-code').click();
      await el.updateComplete;
      const code = input(el, 'code');
      expect(code.value, 'the field starts empty').to.equal('');
      expect(document.activeElement).to.equal(code);
      expect(code.getAttribute('inputmode')).to.equal('text');
      expect(text(el.querySelector('label[for="' + code.id + '"]'))).to.equal(en.twoFactorBackupCodeLabel);
      expect(text(part(el, 'description'))).to.equal(en.twoFactorBackupDescription);
      expect(methodButtons(el)).to.deep.equal(['totp', 'otp']);
      paste(el, 'aB3dE-fG7hJ');
      await nextTask();
      expect(fake.countOf('verifyTwoFactor'), 'a backup code waits for the button').to.equal(0);
      submitButton(el).click();
      await waitUntil(() => fake.countOf('verifyTwoFactor') === 1);
      expect(fake.argsOf('verifyTwoFactor')[0][0]).to.deep.equal({ method: 'backup-code', code: 'aB3dE-fG7hJ', trustDevice: false });
    });

    it('a switch clears the last error', async () => {
      const fake = v3({ verifyTwoFactor: rejects({ code: 'invalid-code' }) });
      const el = await mount(storeHarness(fake.provider).store);
      paste(el, '000000');
      await waitUntil(() => part(el, 'error')!.classList.contains('active'));
      methodButton(el, 'backup-code').click();
      await el.updateComplete;
      expect(part(el, 'error')!.classList.contains('active')).to.equal(false);
    });
  });

  describe('a code by e-mail, and its cooldown', () => {
    let clock: ReturnType<typeof useFakeCooldownClock>;
    beforeEach(() => {
      clock = useFakeCooldownClock();
    });
    afterEach(() => clock.restore());

    it('choosing it sends a code once; "send again" waits the cooldown, counting down, then sends again', async () => {
      const fake = v3();
      const el = await fixture<AuthTwoFactor>(
        html`<auth-two-factor resend-cooldown="3" .store=${storeHarness(fake.provider).store}></auth-two-factor>`,
      );
      expect(fake.countOf('sendTwoFactorCode')).to.equal(0);
      methodButton(el, 'otp').click();
      await waitUntil(() => part(el, 'status')!.classList.contains('active'), 'no "sent" status');
      expect(fake.argsOf('sendTwoFactorCode')).to.deep.equal([[{ method: 'otp' }]]);
      expect(text(part(el, 'status'))).to.equal(en.twoFactorCodeSent);
      expect(text(part(el, 'description'))).to.equal('Enter the 6-digit code we sent to your e-mail address.');
      const resend = () => part(el, 'resend-button') as HTMLButtonElement;
      expect(resend().disabled).to.equal(true);
      expect(text(resend())).to.equal('Send again in 3 s');
      clock.advance(1000);
      await el.updateComplete;
      expect(text(resend())).to.equal('Send again in 2 s');
      clock.advance(1999);
      await el.updateComplete;
      expect(text(resend())).to.equal('Send again in 1 s');
      expect(resend().disabled).to.equal(true);
      clock.advance(1);
      await el.updateComplete;
      expect(resend().disabled).to.equal(false);
      expect(text(resend())).to.equal(en.twoFactorResend);
      expect(clock.pending, 'no timer left running').to.equal(0);
      // Switching away and back does not send another code by itself.
      methodButton(el, 'totp').click();
      await el.updateComplete;
      methodButton(el, 'otp').click();
      await el.updateComplete;
      expect(fake.countOf('sendTwoFactorCode')).to.equal(1);
      resend().click();
      await waitUntil(() => fake.countOf('sendTwoFactorCode') === 2);
      await waitUntil(() => resend().disabled && text(resend()) === 'Send again in 3 s', 'the wait starts again');
      // An e-mailed code is verified as `otp`.
      paste(el, '246 810');
      await waitUntil(() => fake.countOf('verifyTwoFactor') === 1);
      expect(fake.argsOf('verifyTwoFactor')[0][0]).to.deep.equal({ method: 'otp', code: '246810', trustDevice: false });
    });

    it('a challenge offering only e-mailed codes sends the first code by itself; a failed send can be retried at once', async () => {
      const fake = v3({ login: resolves({ challenge: { type: 'two-factor', methods: ['otp'] } }) });
      fake.set('sendTwoFactorCode', rejects({ name: 'Mailer down', message: '<b>no mail</b>' }));
      const h = storeHarness(fake.provider);
      await h.store.login({});
      const el = await mount(h.store);
      await waitUntil(() => part(el, 'error')!.classList.contains('active'), 'the failed send is shown');
      expect(fake.countOf('sendTwoFactorCode')).to.equal(1);
      expect(text(part(el, 'error-message'))).to.equal('<b>no mail</b>');
      expect(part(el, 'error')!.querySelector('b')).to.equal(null);
      const resend = part(el, 'resend-button') as HTMLButtonElement;
      expect(resend.disabled, 'no cooldown after a failure').to.equal(false);
      fake.set('sendTwoFactorCode', resolves());
      resend.click();
      await waitUntil(() => part(el, 'status')!.classList.contains('active'));
      expect(fake.countOf('sendTwoFactorCode')).to.equal(2);
      expect(part(el, 'error')!.classList.contains('active')).to.equal(false);
    });

    it('leaves no timer running once removed', async () => {
      const el = await mount(storeHarness(v3().provider).store);
      methodButton(el, 'otp').click();
      await waitUntil(() => clock.pending === 1, 'the cooldown runs');
      el.remove();
      expect(clock.pending).to.equal(0);
    });
  });

  describe('back', () => {
    it('embedded (no login-link): a button that drops the challenge, with no provider call', async () => {
      const fake = v3({ login: resolves({ challenge: { type: 'two-factor' } }) });
      const h = storeHarness(fake.provider);
      await h.store.login({});
      const el = await mount(h.store);
      const back = part(el, 'back-button')!;
      expect(back.localName).to.equal('button');
      const calls = fake.calls.length;
      back.click();
      expect(h.store.state.challenge).to.equal(null);
      expect(fake.calls.length).to.equal(calls);
    });

    it('with login-link: a link there, which also drops the challenge', async () => {
      const fake = v3({ login: resolves({ challenge: { type: 'two-factor' } }) });
      const h = storeHarness(fake.provider);
      await h.store.login({});
      const el = await mount(h.store, { loginLink: '/login' });
      const back = part(el, 'back-button') as HTMLAnchorElement;
      expect(back.localName).to.equal('a');
      expect(back.getAttribute('href')).to.equal('/login');
      expect(text(back)).to.equal(en.backToLogin);
      // Keep the test page where it is; the element's own handler runs first.
      const stay = (event: Event) => event.preventDefault();
      document.addEventListener('click', stay, { once: true });
      back.click();
      expect(h.store.state.challenge).to.equal(null);
    });
  });

  it('XSS: a pasted payload never reaches the field as markup, and provider words are text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const fake = v3({ verifyTwoFactor: rejects({ name: payload, message: payload }) });
    const el = await mount(storeHarness(fake.provider).store, { methods: 'backup-code totp' });
    paste(el, payload);
    expect(input(el, 'code').value).to.match(/^[A-Za-z0-9-]*$/);
    fill(el, 'code', 'abcd-1234');
    submitButton(el).click();
    await waitUntil(() => text(part(el, 'error-message')) === payload);
    expect(text(part(el, 'error-title'))).to.equal(payload);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('dark: the card follows theme="dark"', async () => {
    const store = storeHarness(v3().provider).store;
    const light = await fixture<AuthTwoFactor>(html`<auth-two-factor theme="light" .store=${store}></auth-two-factor>`);
    const dark = await fixture<AuthTwoFactor>(html`<auth-two-factor theme="dark" .store=${store}></auth-two-factor>`);
    expect(getComputedStyle(part(dark, 'base')!).backgroundColor).to.not.equal(getComputedStyle(part(light, 'base')!).backgroundColor);
  });
});

for (const kit of DIALECTS) {
  describe(`<auth-two-factor> with a ${kit.dialect} provider`, () => {
    const CHALLENGE = { type: 'two-factor', methods: ['totp', 'backup-code'] };
    const setup = (overrides: Record<string, Behaviour> = {}) => {
      const fake = kit.create({
        login: challengeIn[kit.dialect](CHALLENGE),
        verifyTwoFactor: kit.succeed(),
        sendTwoFactorCode: kit.succeed(),
        ...overrides,
      });
      return { fake, h: storeHarness(fake.provider) };
    };

    it('a challenge is not an error: no auth-error, nothing in the error region, the challenge’s methods offered', async () => {
      const { h } = setup();
      const el = await mount(h.store);
      const errors = recordEvents('auth-error');
      try {
        const outcome = await h.store.login({ email: 'ada@example.com', password: 'pw' });
        expect(outcome).to.deep.equal({ ok: false, challenge: CHALLENGE });
        await el.updateComplete;
        expect(errors.events).to.deep.equal([]);
      } finally {
        errors.stop();
      }
      expect(part(el, 'error')!.classList.contains('active')).to.equal(false);
      expect(h.store.state.notifications).to.deep.equal([]);
      expect(el.offeredMethods, 'the challenge wins over the methods attribute').to.deep.equal(['totp', 'backup-code']);
      expect(methodButtons(el)).to.deep.equal(['backup-code']);
    });

    it('the code answers the challenge: signed in, ?to= honoured', async () => {
      const { fake, h } = setup();
      h.at('/login?to=/reports');
      await h.store.login({});
      const el = await mount(h.store);
      paste(el, '123456');
      await waitUntil(() => h.store.state.status === 'authenticated');
      expect(fake.argsOf('verifyTwoFactor')).to.deep.equal([[{ method: 'totp', code: '123456', trustDevice: false }]]);
      expect(h.store.state.challenge).to.equal(null);
      expect(h.navigations).to.deep.equal([{ to: '/reports', replace: true }]);
    });

    it('a wrong code: the invalid-code message, the code selected', async () => {
      const { h } = setup({ verifyTwoFactor: kit.fail({ name: 'Nope', message: 'bad', code: 'invalid-code' }) });
      await h.store.login({});
      const el = await mount(h.store);
      paste(el, '999999');
      await waitUntil(() => text(part(el, 'error-message')) === en.errors['invalid-code'].message);
      await waitUntil(() => document.activeElement === input(el, 'code'));
      expect(h.store.state.challenge).to.deep.equal(CHALLENGE);
    });

    it('a verify answer that arrives after a logout changes nothing', async () => {
      const { fake, h } = setup();
      await h.store.login({});
      const held = deferred<unknown>();
      fake.set('verifyTwoFactor', () => held.promise);
      const el = await mount(h.store);
      const events = ['auth-success', 'auth-error', 'auth-redirect'].map((type) => recordEvents(type));
      try {
        paste(el, '123456');
        await waitUntil(() => el.busy, 'pending');
        await h.store.logout({}, { redirect: false });
        held.resolve(kit.dialect === 'refine-v4' ? { success: true } : undefined);
        await waitUntil(() => !el.busy, 'no longer busy');
        await nextTask();
        expect(events.map((e) => e.events.length)).to.deep.equal([0, 0, 0]);
      } finally {
        events.forEach((e) => e.stop());
      }
      expect(h.store.state.status).to.equal('unauthenticated');
      expect(h.navigations).to.deep.equal([]);
      expect(part(el, 'error')!.classList.contains('active')).to.equal(false);
    });

    it('an e-mailed code: the send answer in this dialect, then its failure shown as the region’s error', async () => {
      const clock = useFakeCooldownClock();
      try {
        const { fake, h } = setup({ login: challengeIn[kit.dialect]({ type: 'two-factor', methods: ['totp', 'otp'] }) });
        await h.store.login({});
        const el = await mount(h.store);
        methodButton(el, 'otp').click();
        await waitUntil(() => part(el, 'status')!.classList.contains('active'), 'no "sent" status');
        expect(fake.argsOf('sendTwoFactorCode')).to.deep.equal([[{ method: 'otp' }]]);
        clock.advance(30_000);
        await el.updateComplete;
        fake.set('sendTwoFactorCode', kit.fail({ name: 'Mailer', message: 'down', code: 'rate-limited' }));
        (part(el, 'resend-button') as HTMLButtonElement).click();
        await waitUntil(() => text(part(el, 'error-title')) === en.errors['rate-limited'].title, 'the send error is shown');
        expect(h.store.state.challenge, 'a failed send keeps the step').to.deep.equal({ type: 'two-factor', methods: ['totp', 'otp'] });
        expect((part(el, 'resend-button') as HTMLButtonElement).disabled, 'no wait after a failure').to.equal(false);
      } finally {
        clock.restore();
      }
    });

    it('trust device reaches the provider', async () => {
      const { fake, h } = setup();
      await h.store.login({});
      const el = await mount(h.store, { trustDevice: true });
      el.querySelector<HTMLInputElement>('input[name="trustDevice"]')!.click();
      methodButton(el, 'backup-code').click();
      await el.updateComplete;
      fill(el, 'code', 'aaaaa-11111');
      submitButton(el).click();
      await waitUntil(() => fake.countOf('verifyTwoFactor') === 1);
      expect(fake.argsOf('verifyTwoFactor')[0][0]).to.deep.equal({ method: 'backup-code', code: 'aaaaa-11111', trustDevice: true });
    });
  });
}

runFormConformanceTests({
  tag: 'auth-two-factor',
  action: 'verifyTwoFactor',
  submitKey: 'twoFactorSubmit',
  provider: { verifyTwoFactor: resolves(), sendTwoFactorCode: resolves() },
  attributes: { 'trust-device': '', 'login-link': '/login' },
  fillValid: (el) => fill(el, 'code', '123456'),
  partStates: [
    // The resend button exists once an e-mailed code was asked for.
    async (mountWith) => {
      const fake = v3({ login: resolves({ challenge: { type: 'two-factor', methods: ['otp'] } }) });
      const { store } = storeHarness(fake.provider);
      await store.login({});
      const el = await mountWith(store);
      await waitUntil(() => part(el, 'resend-button') !== null, 'no resend button');
      return el;
    },
  ],
});
