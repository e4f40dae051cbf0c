/**
 * <auth-login> beyond passwords: "Email me a sign-in code" (then the code step) and "Email me a
 * sign-in link" (then "check your inbox"), for every provider dialect.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { en, type AuthStore } from '../../index.js';
import { format, registerAuthLocale, resetAuthStrings } from '../../internal/strings.js';
import type { AuthErrorEvent, AuthSuccessEvent } from '../../events/index.js';
import { LOCALES } from '../../test-utils/i18n.js';
import { useFakeCooldownClock } from '../../test-utils/clock.js';
import { fill, input, part, recordEvents, submitButton } from '../../test-utils/elements.js';
import { DIALECTS, refineV3Provider, rejects, resolves, type Behaviour, type DialectKit } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import { AuthLogin } from './auth-login.js';
import { paste as pasteInto } from '../../test-utils/paste.js';

const EMAIL = 'ada@example.com';

async function mount(store: AuthStore, template = html`<auth-login .store=${store}></auth-login>`) {
  const el = await fixture<AuthLogin>(template);
  await el.updateComplete;
  return el;
}

/** Every passwordless method, succeeding the way `kit`'s dialect says so. */
const passwordless = (kit: DialectKit, overrides: Record<string, Behaviour | undefined> = {}) =>
  kit.create({ sendLoginCode: kit.succeed(), loginWithCode: kit.succeed(), sendMagicLink: kit.succeed(), ...overrides });

const codeButton = (el: AuthLogin) => part(el, 'login-code-button') as HTMLButtonElement | null;
const linkButton = (el: AuthLogin) => part(el, 'magic-link-button') as HTMLButtonElement | null;
const resendButton = (el: AuthLogin) => part(el, 'resend-button') as HTMLButtonElement;
const backButton = (el: AuthLogin) => part(el, 'back-button') as HTMLButtonElement;
const title = (el: AuthLogin) => part(el, 'title')!.textContent!.trim();
const status = (el: AuthLogin) => part(el, 'status')!.textContent!.trim();
const codeInput = (el: AuthLogin) => input(el, 'code');

/** Types `email` and asks for a code; resolves once the code step is on screen. */
async function toCodeStep(el: AuthLogin, email = EMAIL) {
  fill(el, 'email', email);
  codeButton(el)!.click();
  await waitUntil(() => el.querySelector('input[name="code"]') !== null, 'no code step');
  await el.updateComplete;
}

/** Pastes `text` into the focused code field the way a browser does. */
function paste(el: AuthLogin, text: string) {
  codeInput(el).focus();
  pasteInto(codeInput(el), text);
}

describe('<auth-login> passwordless', () => {
  afterEach(() => resetAuthStrings());

  describe('the options', () => {
    it('are hidden when the provider has none of the methods', async () => {
      const el = await mount(storeHarness(refineV3Provider().provider).store);
      expect(part(el, 'passwordless')).to.equal(null);
      expect(part(el, 'divider')).to.equal(null);
    });

    for (const kit of DIALECTS) {
      it(`are shown when the provider supports them (${kit.dialect})`, async () => {
        const el = await mount(storeHarness(passwordless(kit).provider).store);
        expect(codeButton(el)!.textContent!.trim()).to.equal(en.loginCodeButton);
        expect(linkButton(el)!.textContent!.trim()).to.equal(en.magicLinkButton);
        expect(part(el, 'divider')!.textContent).to.equal(en.dividerText);
      });
    }

    it('each needs its own methods: a code needs both sendLoginCode and loginWithCode', async () => {
      const noLogin = await mount(storeHarness(passwordless(DIALECTS[0], { loginWithCode: undefined }).provider).store);
      expect(codeButton(noLogin)).to.equal(null);
      expect(linkButton(noLogin)).to.not.equal(null);
      const onlyCode = await mount(storeHarness(passwordless(DIALECTS[0], { sendMagicLink: undefined }).provider).store);
      expect(codeButton(onlyCode)).to.not.equal(null);
      expect(linkButton(onlyCode)).to.equal(null);
    });

    it('are switched off by no-login-code and no-magic-link', async () => {
      const { store } = storeHarness(passwordless(DIALECTS[0]).provider);
      const noCode = await mount(store, html`<auth-login no-login-code .store=${store}></auth-login>`);
      expect(codeButton(noCode)).to.equal(null);
      expect(linkButton(noCode)).to.not.equal(null);
      const none = await mount(store, html`<auth-login no-login-code no-magic-link .store=${store}></auth-login>`);
      expect(part(none, 'passwordless')).to.equal(null);
      none.noMagicLink = false;
      await none.updateComplete;
      expect(linkButton(none)).to.not.equal(null);
    });

    it('are not offered where there is no e-mail field (username, providers-only)', async () => {
      const { store } = storeHarness(passwordless(DIALECTS[0]).provider);
      const username = await mount(store, html`<auth-login identifier="username" .store=${store}></auth-login>`);
      expect(part(username, 'passwordless')).to.equal(null);
      const only = await mount(store, html`<auth-login providers-only .store=${store} .providers=${[{ name: 'github' }]}></auth-login>`);
      expect(part(only, 'passwordless')).to.equal(null);
      expect(part(only, 'provider-button')).to.not.equal(null);
    });

    it('check the address as the form does, and send nothing until it is valid', async () => {
      const fake = passwordless(DIALECTS[0]);
      const el = await mount(storeHarness(fake.provider).store);
      codeButton(el)!.click();
      await waitUntil(() => input(el, 'email').getAttribute('aria-invalid') === 'true');
      expect(el.querySelector('[data-field="email"] [data-part~="field-error"]')!.textContent).to.equal(en.required);
      expect(document.activeElement === input(el, 'email'), 'the address is focused').to.equal(true);
      // The password is not needed for this.
      expect(input(el, 'password').getAttribute('aria-invalid')).to.equal('false');

      fill(el, 'email', 'not-an-address');
      linkButton(el)!.click();
      await waitUntil(() => el.querySelector('[data-field="email"] [data-part~="field-error"]')!.textContent === en.invalidEmail);
      expect(fake.countOf('sendLoginCode') + fake.countOf('sendMagicLink')).to.equal(0);
    });
  });

  describe('a code by e-mail', () => {
    for (const kit of DIALECTS) {
      it(`sends the code, asks for it, and signs in with it (${kit.dialect})`, async () => {
        const fake = passwordless(kit);
        const h = storeHarness(fake.provider);
        h.at('/login?to=%2Freports');
        const el = await mount(h.store);
        fill(el, 'email', ` ${EMAIL} `);
        fill(el, 'password', 'typed before changing one’s mind');
        const sent = oneEvent(el, 'auth-success') as Promise<AuthSuccessEvent>;
        codeButton(el)!.click();
        expect((await sent).detail).to.deep.equal({ action: 'sendLoginCode' });
        expect(fake.argsOf('sendLoginCode')).to.deep.equal([[{ email: EMAIL }]]);
        await waitUntil(() => el.querySelector('input[name="code"]') !== null, 'no code step');
        await el.updateComplete;

        expect(title(el)).to.equal(en.loginCodeTitle);
        expect(status(el)).to.equal(format(en.loginCodeSent, { email: EMAIL }));
        expect(el.querySelector('input[name="password"]')).to.equal(null);
        const code = codeInput(el);
        expect(code.getAttribute('autocomplete')).to.equal('one-time-code');
        expect(code.inputMode).to.equal('numeric');
        expect(code.maxLength).to.equal(6);
        expect(document.activeElement === code, 'the code field is focused').to.equal(true);
        expect(submitButton(el).textContent!.trim()).to.equal(en.loginSubmit);

        fill(el, 'code', '123456');
        // A complete code submits itself.
        await waitUntil(() => h.navigations.length === 1, 'not signed in');
        expect(fake.argsOf('loginWithCode')).to.deep.equal([[{ email: EMAIL, code: '123456' }]]);
        expect(fake.countOf('login')).to.equal(0);
        expect(h.navigations).to.deep.equal([{ to: '/reports', replace: true }]);
        expect(h.store.state.status).to.equal('authenticated');
      });

      it(`a wrong code is an error; the code is selected for the next try (${kit.dialect})`, async () => {
        const fake = passwordless(kit, { loginWithCode: kit.fail({ code: 'invalid-code' }) });
        const h = storeHarness(fake.provider);
        const el = await mount(h.store);
        await toCodeStep(el);
        const failed = oneEvent(el, 'auth-error') as Promise<AuthErrorEvent>;
        fill(el, 'code', '000000');
        expect((await failed).detail.action).to.equal('loginWithCode');
        await waitUntil(() => part(el, 'error-message') !== null);
        expect(part(el, 'error-title')!.textContent).to.equal(en.errors['invalid-code'].title);
        expect(part(el, 'error-message')!.textContent).to.equal(en.errors['invalid-code'].message);
        await waitUntil(() => document.activeElement === codeInput(el), 'code not focused');
        expect([codeInput(el).selectionStart, codeInput(el).selectionEnd]).to.deep.equal([0, 6]);
        expect(h.navigations).to.deep.equal([]);

        // The next try replaces the error.
        fake.set('loginWithCode', kit.succeed());
        fill(el, 'code', '654321');
        await waitUntil(() => h.navigations.length === 1);
        expect(fake.argsOf('loginWithCode').at(-1)).to.deep.equal([{ email: EMAIL, code: '654321' }]);
      });
    }

    it('takes a whole code pasted with the words around it, and submits it', async () => {
      const fake = passwordless(DIALECTS[0]);
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      await toCodeStep(el);
      paste(el, 'Your sign-in code: 123 456 (valid 5 minutes)');
      await waitUntil(() => fake.countOf('loginWithCode') === 1, 'pasted code not submitted');
      expect(codeInput(el).value).to.equal('123456');
      expect(fake.argsOf('loginWithCode')[0]).to.deep.equal([{ email: EMAIL, code: '123456' }]);
    });

    it('an incomplete code is refused with the kit’s words, without a call', async () => {
      const fake = passwordless(DIALECTS[0]);
      const el = await mount(storeHarness(fake.provider).store);
      await toCodeStep(el);
      fill(el, 'code', '123');
      submitButton(el).click();
      await waitUntil(() => codeInput(el).getAttribute('aria-invalid') === 'true');
      expect(el.querySelector('[data-field="code"] [data-part~="field-error"]')!.textContent).to.equal(format(en.loginCodeIncomplete, { length: 6 }));
      expect(fake.countOf('loginWithCode')).to.equal(0);
    });

    it('code-length changes the code asked for', async () => {
      const fake = passwordless(DIALECTS[0]);
      const { store } = storeHarness(fake.provider);
      const el = await mount(store, html`<auth-login code-length="8" .store=${store}></auth-login>`);
      await toCodeStep(el);
      expect(codeInput(el).maxLength).to.equal(8);
      fill(el, 'code', '123456');
      submitButton(el).click();
      await waitUntil(() => codeInput(el).getAttribute('aria-invalid') === 'true');
      fill(el, 'code', '12345678');
      await waitUntil(() => fake.countOf('loginWithCode') === 1);
    });

    it('is busy while sending: one call for a double click, every way out disabled', async () => {
      const fake = passwordless(DIALECTS[0]);
      const held = fake.hold('sendLoginCode');
      const el = await mount(storeHarness(fake.provider).store);
      fill(el, 'email', EMAIL);
      codeButton(el)!.click();
      codeButton(el)!.click();
      await el.updateComplete;
      expect(fake.countOf('sendLoginCode')).to.equal(1);
      expect(codeButton(el)!.disabled).to.equal(true);
      expect(linkButton(el)!.disabled).to.equal(true);
      expect(submitButton(el).disabled).to.equal(true);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      held.resolve(undefined);
      await waitUntil(() => el.querySelector('input[name="code"]') !== null);
      expect(fake.countOf('sendLoginCode')).to.equal(1);
    });

    it('a failed send is shown and announced, and the form stays', async () => {
      const payload = '<img src=x onerror="window.__pwned = true">';
      const fake = passwordless(DIALECTS[0], { sendLoginCode: rejects({ name: 'Mail down', message: payload }) });
      const el = await mount(storeHarness(fake.provider).store);
      fill(el, 'email', EMAIL);
      const failed = oneEvent(el, 'auth-error') as Promise<AuthErrorEvent>;
      codeButton(el)!.click();
      expect((await failed).detail.action).to.equal('sendLoginCode');
      await waitUntil(() => part(el, 'error-message') !== null);
      expect(part(el, 'error-message')!.textContent).to.equal(payload);
      expect(part(el, 'error')!.querySelector('img')).to.equal(null);
      expect(input(el, 'email').value).to.equal(EMAIL);
      expect(el.querySelector('input[name="code"]')).to.equal(null);
    });

    it('shows a provider’s message for a wrong code as text, never as HTML', async () => {
      const payload = '<img src=x onerror="window.__pwned = true"><b>bold</b>';
      const fake = passwordless(DIALECTS[0], { loginWithCode: rejects({ name: '<i>Nope</i>', message: payload }) });
      const el = await mount(storeHarness(fake.provider).store);
      await toCodeStep(el);
      fill(el, 'code', '123456');
      await waitUntil(() => part(el, 'error-message') !== null);
      expect(part(el, 'error-message')!.textContent).to.equal(payload);
      expect(part(el, 'error-title')!.textContent).to.equal('<i>Nope</i>');
      expect(part(el, 'error')!.querySelectorAll('img, b, i')).to.have.length(0);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('"send again" waits, showing the seconds, then sends to the same address', async () => {
      const clock = useFakeCooldownClock();
      try {
        const fake = passwordless(DIALECTS[0]);
        const el = await mount(storeHarness(fake.provider).store);
        await toCodeStep(el);
        expect(resendButton(el).disabled).to.equal(true);
        expect(resendButton(el).textContent!.trim()).to.equal(format(en.loginResendIn, { seconds: 30 }));
        clock.advance(1000);
        await el.updateComplete;
        expect(resendButton(el).textContent!.trim()).to.equal(format(en.loginResendIn, { seconds: 29 }));
        clock.advance(29_000);
        await el.updateComplete;
        expect(resendButton(el).disabled).to.equal(false);
        expect(resendButton(el).textContent!.trim()).to.equal(en.sendAgain);
        expect(clock.pending).to.equal(0);

        fill(el, 'code', '12');
        resendButton(el).click();
        await waitUntil(() => fake.countOf('sendLoginCode') === 2);
        await waitUntil(() => codeInput(el).value === '', 'the field is emptied for the new code');
        expect(fake.argsOf('sendLoginCode')).to.deep.equal([[{ email: EMAIL }], [{ email: EMAIL }]]);
        expect(resendButton(el).disabled).to.equal(true);
        expect(resendButton(el).textContent!.trim()).to.equal(format(en.loginResendIn, { seconds: 30 }));
      } finally {
        clock.restore();
      }
    });

    it('resend-cooldown sets the wait', async () => {
      const clock = useFakeCooldownClock();
      try {
        const { store } = storeHarness(passwordless(DIALECTS[0]).provider);
        const el = await mount(store, html`<auth-login resend-cooldown="5" .store=${store}></auth-login>`);
        await toCodeStep(el);
        expect(resendButton(el).textContent!.trim()).to.equal(format(en.loginResendIn, { seconds: 5 }));
        clock.advance(5000);
        await el.updateComplete;
        expect(resendButton(el).disabled).to.equal(false);
      } finally {
        clock.restore();
      }
    });

    it('"back" shows the password form again, the address filled in and focused', async () => {
      const fake = passwordless(DIALECTS[0], { loginWithCode: rejects({ code: 'invalid-code' }) });
      const el = await mount(storeHarness(fake.provider).store);
      await toCodeStep(el);
      fill(el, 'code', '000000');
      await waitUntil(() => part(el, 'error-message') !== null);
      backButton(el).click();
      await waitUntil(() => el.querySelector('input[name="password"]') !== null);
      await el.updateComplete;
      expect(title(el)).to.equal(en.loginTitle);
      expect(input(el, 'email').value).to.equal(EMAIL);
      expect(document.activeElement === input(el, 'email')).to.equal(true);
      expect(part(el, 'error-message'), 'the code’s error went with it').to.equal(null);
      expect(status(el)).to.equal('');
      expect(codeButton(el)).to.not.equal(null);
    });

    it('a send answered after "back" does not move the card', async () => {
      const clock = useFakeCooldownClock();
      try {
        const fake = passwordless(DIALECTS[0]);
        const el = await mount(storeHarness(fake.provider).store);
        await toCodeStep(el);
        clock.advance(30_000);
        await el.updateComplete;
        const held = fake.hold('sendLoginCode');
        resendButton(el).click();
        await el.updateComplete;
        backButton(el).click();
        await waitUntil(() => el.querySelector('input[name="password"]') !== null);
        held.resolve(undefined);
        await waitUntil(() => !el.busy);
        await el.updateComplete;
        expect(el.querySelector('input[name="code"]')).to.equal(null);
        expect(title(el)).to.equal(en.loginTitle);
      } finally {
        clock.restore();
      }
    });

    it('a code answered after a logout signs nobody in and changes nothing', async () => {
      const fake = passwordless(DIALECTS[1]);
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      await toCodeStep(el);
      const held = fake.hold('loginWithCode');
      const events = recordEvents<AuthErrorEvent>('auth-error');
      fill(el, 'code', '123456');
      await waitUntil(() => fake.countOf('loginWithCode') === 1);
      await h.store.logout({ redirectPath: false });
      held.resolve({ success: true });
      await waitUntil(() => !el.busy);
      await el.updateComplete;
      events.stop();
      expect(h.store.state.status).to.equal('unauthenticated');
      expect(h.navigations).to.deep.equal([]);
      expect(events.events).to.have.length(0);
      expect(part(el, 'error-message')).to.equal(null);
      expect(title(el)).to.equal(en.loginCodeTitle);
    });
  });

  describe('a link by e-mail', () => {
    for (const kit of DIALECTS) {
      it(`asks for a link that returns to ?to=, then says to check the inbox (${kit.dialect})`, async () => {
        const fake = passwordless(kit);
        const h = storeHarness(fake.provider);
        h.at('/login?to=%2Forders%3Fpage%3D2');
        const el = await mount(h.store);
        fill(el, 'email', EMAIL);
        linkButton(el)!.click();
        await waitUntil(() => title(el) === en.magicLinkTitle, 'no inbox step');
        await el.updateComplete;
        expect(fake.argsOf('sendMagicLink')).to.deep.equal([[{ email: EMAIL, redirectTo: '/orders?page=2' }]]);
        expect(status(el)).to.equal(format(en.magicLinkSent, { email: EMAIL }));
        expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
        expect(el.querySelector('form')).to.equal(null);
        expect(document.activeElement === el && el.shadowRoot!.activeElement === backButton(el), 'focus on "back"').to.equal(true);
        expect(h.navigations).to.deep.equal([]);
        expect(h.store.state.status).to.not.equal('authenticated');
      });
    }

    it('without ?to= the link returns to the store’s home', async () => {
      const fake = passwordless(DIALECTS[0]);
      const el = await mount(storeHarness(fake.provider, { homePath: '/app' }).store);
      fill(el, 'email', EMAIL);
      linkButton(el)!.click();
      await waitUntil(() => fake.countOf('sendMagicLink') === 1);
      expect(fake.argsOf('sendMagicLink')[0]).to.deep.equal([{ email: EMAIL, redirectTo: '/app' }]);
    });

    it('says exactly the same for an address with no account, and shows no error for it', async () => {
      const shown: string[] = [];
      const errors = recordEvents<AuthErrorEvent>('auth-error');
      try {
        for (const answer of [resolves(), rejects({ name: 'Not found', message: 'No user with this e-mail', code: 'user-not-found' }), rejects({ code: 'USER_NOT_FOUND' })]) {
          const fake = passwordless(DIALECTS[0], { sendMagicLink: answer });
          const el = await mount(storeHarness(fake.provider).store);
          fill(el, 'email', EMAIL);
          linkButton(el)!.click();
          await waitUntil(() => title(el) === en.magicLinkTitle, 'no inbox step');
          await el.updateComplete;
          expect(part(el, 'error')!.classList.contains('active')).to.equal(false);
          shown.push(el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
        }
      } finally {
        errors.stop();
      }
      expect(shown[1]).to.equal(shown[0]);
      expect(shown[2]).to.equal(shown[0]);
      expect(errors.events).to.have.length(0);
    });

    it('an address with no account asking for a code gets the same code step', async () => {
      const fake = passwordless(DIALECTS[0], { sendLoginCode: rejects({ code: 'user-not-found', message: 'No such user' }) });
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      const errors = recordEvents<AuthErrorEvent>('auth-error');
      await toCodeStep(el);
      errors.stop();
      expect(errors.events).to.have.length(0);
      expect(part(el, 'error-message')).to.equal(null);
      expect(status(el)).to.equal(format(en.loginCodeSent, { email: EMAIL }));
      expect(h.store.state.errors.sendLoginCode).to.equal(undefined);
    });

    it('other failures are errors (a server down is not a secret)', async () => {
      const fake = passwordless(DIALECTS[2], { sendMagicLink: rejects({ code: 'server-error' }) });
      const el = await mount(storeHarness(fake.provider).store);
      fill(el, 'email', EMAIL);
      linkButton(el)!.click();
      await waitUntil(() => part(el, 'error-message') !== null);
      expect(part(el, 'error-message')!.textContent).to.equal(en.errors['server-error'].message);
      expect(title(el)).to.equal(en.loginTitle);
    });

    it('"send again" waits, then sends the link again; "back" returns to the form', async () => {
      const clock = useFakeCooldownClock();
      try {
        const fake = passwordless(DIALECTS[0]);
        const el = await mount(storeHarness(fake.provider).store);
        fill(el, 'email', EMAIL);
        linkButton(el)!.click();
        await waitUntil(() => title(el) === en.magicLinkTitle);
        await el.updateComplete;
        expect(resendButton(el).disabled).to.equal(true);
        clock.advance(30_000);
        await el.updateComplete;
        resendButton(el).click();
        await waitUntil(() => fake.countOf('sendMagicLink') === 2);
        expect(fake.argsOf('sendMagicLink')[1]).to.deep.equal([{ email: EMAIL, redirectTo: '/' }]);
        await waitUntil(() => resendButton(el).disabled);
        backButton(el).click();
        await waitUntil(() => el.querySelector('input[name="email"]') !== null);
        await el.updateComplete;
        expect(input(el, 'email').value).to.equal(EMAIL);
        expect(part(el, 'register-link')).to.equal(null);
      } finally {
        clock.restore();
      }
    });
  });

  it('the options and both steps pass axe', async function () {
    this.timeout(30_000); // axe: its own budget, not the machine's speed
    const { store } = storeHarness(passwordless(DIALECTS[0]).provider);
    const el = await mount(store, html`<auth-login register-link="/register" .store=${store}></auth-login>`);
    await expect(el).to.be.accessible();
    await toCodeStep(el);
    await expect(el).to.be.accessible();
    backButton(el).click();
    await waitUntil(() => linkButton(el) !== null);
    linkButton(el)!.click();
    await waitUntil(() => title(el) === en.magicLinkTitle);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('the register link is there on the password form only', async () => {
    const { store } = storeHarness(passwordless(DIALECTS[0]).provider);
    const el = await mount(store, html`<auth-login register-link="/register" .store=${store}></auth-login>`);
    expect(part(el, 'register-link')).to.not.equal(null);
    await toCodeStep(el);
    expect(part(el, 'register-link')).to.equal(null);
  });

  for (const [tag, t] of LOCALES) {
    it(`every word of both steps is the page's language (${tag})`, async () => {
      registerAuthLocale(tag, t);
      const { store } = storeHarness(passwordless(DIALECTS[0]).provider);
      const wrap = await fixture<HTMLElement>(html`<div lang=${tag}><auth-login .store=${store}></auth-login></div>`);
      const el = wrap.querySelector('auth-login')!;
      await el.updateComplete;
      expect(codeButton(el)!.textContent!.trim()).to.equal(t.loginCodeButton);
      expect(linkButton(el)!.textContent!.trim()).to.equal(t.magicLinkButton);
      await toCodeStep(el);
      expect(title(el)).to.equal(t.loginCodeTitle);
      expect(status(el)).to.equal(format(t.loginCodeSent, { email: EMAIL }));
      expect(el.querySelector('label[for="' + codeInput(el).id + '"]')!.textContent).to.equal(t.loginCodeLabel);
      expect(backButton(el).textContent!.trim()).to.equal(t.backToLogin);
      expect(resendButton(el).textContent!.trim()).to.match(new RegExp(`^${t.loginResendIn.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{seconds}', '\\d+')}$`));
      backButton(el).click();
      await waitUntil(() => linkButton(el) !== null);
      linkButton(el)!.click();
      await waitUntil(() => title(el) === t.magicLinkTitle);
      await el.updateComplete;
      expect(status(el)).to.equal(format(t.magicLinkSent, { email: EMAIL }));
    });
  }

  describe('when the steps cannot be loaded (offline, or a replaced chunk)', () => {
    let load: typeof AuthLogin.loadSteps;
    beforeEach(() => {
      load = AuthLogin.loadSteps;
      AuthLogin.loadSteps = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    afterEach(() => {
      AuthLogin.loadSteps = load;
    });

    for (const [kind, button, action] of [
      ['a code', codeButton, 'sendLoginCode'],
      ['a link', linkButton, 'sendMagicLink'],
    ] as const) {
      it(`${kind}: a network error on the password form, which still works; the next try gets the step`, async () => {
        const fake = passwordless(DIALECTS[0]);
        const el = await mount(storeHarness(fake.provider).store);
        fill(el, 'email', EMAIL);
        const events = recordEvents<AuthErrorEvent>('auth-error');
        button(el)!.click();
        await waitUntil(() => events.events.length === 1, 'no auth-error');
        events.stop();
        expect(events.events[0].detail.action).to.equal(action);
        expect(events.events[0].detail.error.code).to.equal('network');
        await el.updateComplete;
        expect(part(el, 'error-message')!.textContent).to.equal(en.errors.network.message);
        expect(title(el)).to.equal(en.loginTitle);
        expect(input(el, 'email').value).to.equal(EMAIL);
        expect(input(el, 'password')).to.not.equal(null);
        expect(button(el)!.disabled).to.equal(false);

        // Back online.
        AuthLogin.loadSteps = load;
        button(el)!.click();
        await waitUntil(() => part(el, 'back-button') !== null, 'no step after the retry');
        expect(part(el, 'error-message')).to.equal(null);
        expect(fake.countOf(action)).to.equal(2);
      });
    }
  });
});
