import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/store.js';
import type { AuthChallenge } from '../../core/types.js';
import type { AuthErrorEvent, AuthRedirectEvent, AuthSuccessEvent } from '../../events/index.js';
import { en, format } from '../../internal/strings.js';
import { useFakeCooldownClock } from '../../test-utils/clock.js';
import { fill, input, part, pressEnter, recordEvents, submitButton } from '../../test-utils/elements.js';
import { runFormConformanceTests } from '../../test-utils/form-conformance.js';
import { deferred, DIALECTS, refineV3Provider, rejects, resolves, type Behaviour, type DialectKit } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import './auth-verify-email.js';
import type { AuthVerifyEmail } from './auth-verify-email.js';

async function mount(store: AuthStore, template = html`<auth-verify-email .store=${store}></auth-verify-email>`) {
  const el = await fixture<AuthVerifyEmail>(template);
  await el.updateComplete;
  return el;
}

/** Puts `search` in the address bar, as a verification link would. */
const at = (search: string) => history.replaceState(history.state, '', `${location.pathname}${search}`);

/** How each dialect says "one more step": v3 and react-admin resolve it, v4 answers it. */
const challengeIn: Record<DialectKit['dialect'], (challenge: unknown) => Behaviour> = {
  'refine-v3': (challenge) => resolves({ challenge }),
  'refine-v4': (challenge) => resolves({ success: false, challenge }),
  'react-admin': (challenge) => resolves({ challenge }),
};

const XSS = '<img src=x onerror="window.__xss=1">';

const title = (el: HTMLElement) => part(el, 'title')!.textContent!.trim();
const status = (el: HTMLElement) => part(el, 'status')!.textContent!.trim();

describe('<auth-verify-email>', () => {
  let original = '';
  let clock: ReturnType<typeof useFakeCooldownClock>;
  beforeEach(() => {
    original = `${location.pathname}${location.search}${location.hash}`;
    clock = useFakeCooldownClock();
  });
  afterEach(() => {
    clock.restore();
    history.replaceState(history.state, '', original);
  });

  for (const kit of DIALECTS) {
    describe(`landing on a verification link: ${kit.dialect}`, () => {
      it('strips the token from the address bar, calls verifyEmail once with what the link carried, shows success', async function () {
        this.timeout(30_000);
        at('?token=s3cret-t0ken&callbackURL=%2Fx&lang=fr');
        const fake = kit.create({ verifyEmail: kit.succeed() });
        const h = storeHarness(fake.provider);
        const successes = recordEvents<AuthSuccessEvent>('auth-success');
        const errors = recordEvents<AuthErrorEvent>('auth-error');
        const el = await mount(h.store);
        const params = new URLSearchParams(location.search);
        expect(params.has('token')).to.equal(false);
        expect(params.get('callbackURL')).to.equal('/x');
        expect(params.get('lang')).to.equal('fr');
        await waitUntil(() => el.view === 'verified', 'not verified');
        successes.stop();
        errors.stop();
        expect(fake.argsOf('verifyEmail')).to.deep.equal([[{ token: 's3cret-t0ken', callbackURL: '/x', lang: 'fr' }]]);
        expect(title(el)).to.equal(en.verifiedTitle);
        expect(status(el)).to.equal(en.verifiedMessage);
        expect(el.querySelector('form')).to.equal(null);
        const link = part(el, 'continue-link') as HTMLAnchorElement;
        expect(link.getAttribute('href')).to.equal('/');
        expect(el.shadowRoot!.activeElement).to.equal(link);
        expect(successes.events.map((e) => e.detail)).to.deep.equal([{ action: 'verifyEmail' }]);
        expect(errors.events).to.deep.equal([]);
        // The token rode in no event and was never put back.
        expect(JSON.stringify(successes.events.map((e) => e.detail))).to.not.include('s3cret');
        expect(location.href).to.not.include('s3cret');
        expect(h.navigations).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it('an expired link shows the expired state; "send a new link" sends, then "check your inbox" with a cooldown', async function () {
        this.timeout(30_000);
        at('?token=old');
        const fake = kit.create({ verifyEmail: kit.fail({ code: 'link-expired' }), sendVerificationEmail: kit.succeed() });
        const h = storeHarness(fake.provider);
        const errors = recordEvents<AuthErrorEvent>('auth-error');
        const el = await mount(h.store, html`<auth-verify-email email="ada@example.com" .store=${h.store}></auth-verify-email>`);
        await waitUntil(() => el.view === 'expired', 'not expired');
        errors.stop();
        expect(errors.events.map((e) => e.detail.action)).to.deep.equal(['verifyEmail']);
        expect(title(el)).to.equal(en.verifyExpiredTitle);
        expect(part(el, 'error-title')!.textContent).to.equal(en.errors['link-expired'].title);
        expect(part(el, 'error-message')!.textContent).to.equal(en.errors['link-expired'].message);
        expect(input(el, 'email').value).to.equal('ada@example.com');
        expect(submitButton(el).textContent!.trim()).to.equal(en.verifySendSubmit);
        await expect(el).to.be.accessible();

        fill(el, 'email', ' bob@example.com ');
        submitButton(el).click();
        await waitUntil(() => el.view === 'check-inbox', 'no check-inbox');
        expect(fake.argsOf('sendVerificationEmail')).to.deep.equal([[{ email: 'bob@example.com' }]]);
        expect(title(el)).to.equal(en.verifyInboxTitle);
        expect(status(el)).to.equal(en.verifyResent);
        expect(part(el, 'error')!.textContent!.trim()).to.equal('');
        expect(submitButton(el).disabled).to.equal(true);
        expect(submitButton(el).textContent!.trim()).to.equal(format(en.verifyResendIn, { seconds: 30 }));
        expect(fake.countOf('verifyEmail')).to.equal(1);
        expect(h.navigations).to.deep.equal([]);
      });
    });

    describe(`check your inbox (a challenge, ${kit.dialect})`, () => {
      it('a sign-up answering verify-email shows where the link went; no error event; send again after the cooldown; back', async function () {
        this.timeout(30_000);
        const challenge: AuthChallenge = { type: 'verify-email', email: 'ada@example.com' };
        const fake = kit.create({ register: challengeIn[kit.dialect](challenge), sendVerificationEmail: kit.succeed() });
        const h = storeHarness(fake.provider);
        const errors = recordEvents<AuthErrorEvent>('auth-error');
        const successes = recordEvents<AuthSuccessEvent>('auth-success');
        const outcome = await h.store.register({ email: 'ada@example.com', password: 'pw' });
        expect(outcome.challenge).to.deep.equal(challenge);
        const el = await mount(h.store);
        expect(el.view).to.equal('check-inbox');
        expect(title(el)).to.equal(en.verifyInboxTitle);
        expect(part(el, 'description')!.textContent).to.equal(format(en.verifyInboxMessage, { email: 'ada@example.com' }));
        // Nothing to verify on this step, and the challenge is no error.
        expect(fake.countOf('verifyEmail')).to.equal(0);
        expect(errors.events).to.deep.equal([]);
        expect(part(el, 'error')!.textContent!.trim()).to.equal('');
        // The sign-up just sent an e-mail: "send again" waits.
        const button = submitButton(el);
        expect(button.disabled).to.equal(true);
        expect(button.textContent!.trim()).to.equal(format(en.verifyResendIn, { seconds: 30 }));
        clock.advance(29_000);
        await el.updateComplete;
        expect(button.textContent!.trim()).to.equal(format(en.verifyResendIn, { seconds: 1 }));
        expect(button.disabled).to.equal(true);
        clock.advance(1_000);
        await el.updateComplete;
        expect(button.disabled).to.equal(false);
        expect(button.textContent!.trim()).to.equal(en.sendAgain);
        button.click();
        await waitUntil(() => fake.countOf('sendVerificationEmail') === 1);
        await waitUntil(() => status(el) === en.verifyResent, 'no resent status');
        expect(fake.argsOf('sendVerificationEmail')).to.deep.equal([[{ email: 'ada@example.com' }]]);
        // The cooldown starts over.
        expect(submitButton(el).disabled).to.equal(true);
        expect(submitButton(el).textContent!.trim()).to.equal(format(en.verifyResendIn, { seconds: 30 }));
        await expect(el).to.be.accessible();

        (part(el, 'back-button') as HTMLButtonElement).click();
        await el.updateComplete;
        errors.stop();
        successes.stop();
        expect(h.store.state.challenge).to.equal(null);
        expect(h.store.state.status).to.equal('unauthenticated');
        expect(errors.events).to.deep.equal([]);
        expect(successes.events.map((e) => e.detail.action)).to.deep.equal(['sendVerificationEmail']);
        expect(h.navigations).to.deep.equal([]);
      });
    });
  }

  describe('landing rules', () => {
    it('follows a path the provider resolved (auth-redirect) and ignores an unsafe one', async () => {
      at('?token=abc');
      const fake = refineV3Provider({ verifyEmail: resolves('/welcome') });
      const h = storeHarness(fake.provider);
      const redirect = oneEvent(document, 'auth-redirect');
      await mount(h.store);
      expect((await redirect).detail).to.deep.equal({ to: '/welcome', action: 'verifyEmail', replace: false });
      await waitUntil(() => h.navigations.length === 1);
      expect(h.navigations).to.deep.equal([{ to: '/welcome', replace: false }]);

      at('?token=def');
      const evil = refineV3Provider({ verifyEmail: resolves('https://evil.example/') });
      const h2 = storeHarness(evil.provider);
      const el = await mount(h2.store);
      await waitUntil(() => el.view === 'verified');
      expect(h2.navigations).to.deep.equal([]);
    });

    it('uses continue-link, and calls verifyEmail once even when moved; token-param names the parameter', async () => {
      at('?code=xyz&token=other');
      const fake = refineV3Provider({ verifyEmail: resolves() });
      const h = storeHarness(fake.provider);
      const el = await mount(h.store, html`<auth-verify-email token-param="code" continue-link="/dashboard" .store=${h.store}></auth-verify-email>`);
      expect(location.search).to.equal('?token=other');
      await waitUntil(() => el.view === 'verified');
      expect(part(el, 'continue-link')!.getAttribute('href')).to.equal('/dashboard');
      const other = await fixture<HTMLDivElement>(html`<div></div>`);
      other.append(el);
      await el.updateComplete;
      expect(fake.argsOf('verifyEmail')).to.deep.equal([[{ code: 'xyz', token: 'other' }]]);
    });

    it('without verifyEmail in the provider it shows the "send a link" form and calls nothing', async () => {
      at('?token=abc');
      const fake = refineV3Provider({ sendVerificationEmail: resolves() });
      const el = await mount(storeHarness(fake.provider).store);
      expect(el.view).to.equal('request');
      expect(title(el)).to.equal(en.verifyRequestTitle);
      expect(part(el, 'description')!.textContent).to.equal(en.verifyRequestDescription);
      expect(input(el, 'email').autocomplete).to.equal('email');
      expect(fake.calls.map((c) => c.method)).to.not.include('verifyEmail');
    });

    it('shows "verifying" and a busy card while the provider checks the link', async () => {
      at('?token=abc');
      const fake = refineV3Provider();
      const held = fake.hold('verifyEmail');
      const el = await mount(storeHarness(fake.provider).store);
      expect(el.view).to.equal('verifying');
      expect(title(el)).to.equal(en.verifyingTitle);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(el.querySelector('form')).to.equal(null);
      held.resolve(undefined);
      await waitUntil(() => el.view === 'verified');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('a network failure offers "try again", which asks the provider again', async () => {
      at('?token=abc');
      const fake = refineV3Provider({ verifyEmail: rejects({ code: 'network' }) });
      const el = await mount(storeHarness(fake.provider).store);
      await waitUntil(() => el.view === 'expired');
      expect(part(el, 'error-title')!.textContent).to.equal(en.errors.network.title);
      const retry = part(el, 'retry-button') as HTMLButtonElement;
      expect(retry.textContent).to.equal(en.verifyRetry);
      fake.set('verifyEmail', resolves());
      retry.click();
      await waitUntil(() => el.view === 'verified');
      expect(fake.argsOf('verifyEmail')).to.deep.equal([[{ token: 'abc' }], [{ token: 'abc' }]]);
      // An expired link offers no retry (only a new link).
      at('?token=old');
      const expired = await mount(storeHarness(refineV3Provider({ verifyEmail: rejects({ code: 'link-expired' }) }).provider).store);
      await waitUntil(() => expired.view === 'expired');
      expect(part(expired, 'retry-button')).to.equal(null);
    });

    it('a stale answer after a logout changes nothing: not verified, no event, no navigation', async () => {
      at('?token=abc');
      const fake = refineV3Provider();
      const held = deferred();
      fake.set('verifyEmail', () => held.promise);
      const h = storeHarness(fake.provider);
      const events = ['auth-success', 'auth-error', 'auth-redirect'].map((type) => recordEvents(type));
      const el = await mount(h.store);
      await h.store.logout();
      held.resolve('/welcome');
      await waitUntil(() => el.view !== 'verifying', 'still verifying');
      events.forEach((e) => e.stop());
      expect(el.view).to.equal('request');
      expect(status(el)).to.equal('');
      expect(events[0].events).to.deep.equal([]);
      expect(events[1].events).to.deep.equal([]);
      expect(h.navigations).to.deep.equal([{ to: '/login', replace: false }]);
      expect(h.store.state.status).to.equal('unauthenticated');
    });

    it('renders a provider message and the address as text (XSS payloads)', async () => {
      at('?token=abc');
      const fake = refineV3Provider({ verifyEmail: rejects({ name: 'Bad', message: XSS }) });
      const el = await mount(storeHarness(fake.provider).store);
      await waitUntil(() => el.view === 'expired');
      expect(part(el, 'error-message')!.textContent).to.equal(XSS);

      const h = storeHarness(refineV3Provider({ register: resolves({ challenge: { type: 'verify-email', email: XSS } }) }).provider);
      await h.store.register({});
      const inbox = await mount(h.store);
      expect(part(inbox, 'description')!.textContent).to.equal(format(en.verifyInboxMessage, { email: XSS }));
      for (const root of [el.shadowRoot!, el, inbox.shadowRoot!, inbox]) expect(root.querySelector('img')).to.equal(null);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });

    it('says the same after "send again" whether or not the provider knows the address', async () => {
      at('');
      const texts: string[] = [];
      for (const answer of [resolves(), resolves({ sent: false, unknownUser: true })]) {
        const fake = refineV3Provider({ sendVerificationEmail: answer });
        const el = await mount(storeHarness(fake.provider).store);
        fill(el, 'email', 'who@example.com');
        submitButton(el).click();
        await waitUntil(() => el.view === 'check-inbox');
        texts.push(part(el, 'base')!.textContent!.replace(/\s+/g, ' '));
      }
      expect(texts[0]).to.equal(texts[1]);
      expect(texts[0]).to.include(en.verifyResent);
    });

    it('ignores Enter and clicks while cooling down', async () => {
      at('');
      const fake = refineV3Provider({ sendVerificationEmail: resolves() });
      const el = await mount(storeHarness(fake.provider).store);
      fill(el, 'email', 'ada@example.com');
      submitButton(el).click();
      await waitUntil(() => el.view === 'check-inbox');
      // Without a challenge the address stays editable.
      input(el, 'email').focus();
      await pressEnter();
      submitButton(el).click();
      await el.updateComplete;
      expect(fake.countOf('sendVerificationEmail')).to.equal(1);
      clock.advance(30_000);
      await el.updateComplete;
      expect(clock.pending).to.equal(0);
      input(el, 'email').focus();
      await pressEnter();
      await waitUntil(() => fake.countOf('sendVerificationEmail') === 2);
    });

    it('a challenge without an address asks for it; the cooldown timer does not outlive the element', async () => {
      const h = storeHarness(refineV3Provider({ register: resolves({ challenge: { type: 'verify-email' } }), sendVerificationEmail: resolves() }).provider);
      await h.store.register({});
      const el = await mount(h.store);
      expect(part(el, 'description')!.textContent).to.equal(en.verifyInboxMessageNoEmail);
      expect(input(el, 'email').value).to.equal('');
      expect(clock.pending).to.equal(1);
      el.remove();
      expect(clock.pending).to.equal(0);
    });

    it('focus() moves to the heading', async () => {
      const h = storeHarness(refineV3Provider({ register: resolves({ challenge: { type: 'verify-email', email: 'a@b.co' } }) }).provider);
      await h.store.register({});
      const el = await mount(h.store);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'title'));
    });

    it('follows dir="rtl" and the dark theme', async () => {
      const h = storeHarness(refineV3Provider({ register: resolves({ challenge: { type: 'verify-email', email: 'a@b.co' } }) }).provider);
      await h.store.register({});
      const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"><auth-verify-email theme="dark" .store=${h.store}></auth-verify-email></div>`);
      const el = wrap.firstElementChild as AuthVerifyEmail;
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(15, 23, 42)');
    });
  });

  it('cancels a redirect when asked (auth-redirect is cancelable)', async () => {
    at('?token=abc');
    const fake = refineV3Provider({ verifyEmail: resolves('/welcome') });
    const h = storeHarness(fake.provider);
    const stop = (e: AuthRedirectEvent) => e.preventDefault();
    document.addEventListener('auth-redirect', stop);
    try {
      const el = await mount(h.store);
      await waitUntil(() => el.view === 'verified');
    } finally {
      document.removeEventListener('auth-redirect', stop);
    }
    expect(h.navigations).to.deep.equal([]);
  });
});

runFormConformanceTests({
  tag: 'auth-verify-email',
  action: 'sendVerificationEmail',
  submitKey: 'verifySendSubmit',
  attributes: { 'login-link': '/login' },
  setUp: () => at(''),
  fillValid: (el) => fill(el, 'email', 'ada@example.com'),
  partStates: [
    async () => {
      // Confirmed: the status and the continue link.
      at('?token=abc');
      const store = storeHarness(refineV3Provider({ verifyEmail: resolves() }).provider).store;
      const el = await mount(store);
      await waitUntil(() => el.view === 'verified');
      return el;
    },
    async () => {
      // The check-your-inbox step: description, back button, login link.
      const store = storeHarness(refineV3Provider({ register: resolves({ challenge: { type: 'verify-email', email: 'a@b.co' } }) }).provider).store;
      await store.register({});
      return mount(store, html`<auth-verify-email login-link="/login" .store=${store}></auth-verify-email>`);
    },
    async () => {
      // A network failure: the retry button.
      at('?token=abc');
      const store = storeHarness(refineV3Provider({ verifyEmail: rejects({ code: 'network' }) }).provider).store;
      const el = await mount(store);
      await waitUntil(() => el.view === 'expired');
      return el;
    },
  ],
});
