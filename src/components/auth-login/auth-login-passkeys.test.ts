/**
 * <auth-login> with passkeys: "Sign in with a passkey" and passkey autofill (conditional
 * mediation), for every provider dialect. The browser's WebAuthn entry point is stubbed in and
 * out (`window.PublicKeyCredential`) so each rule is proven whatever engine runs the file.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthChallenge, AuthStore } from '../../core/index.js';
import type { AuthErrorEvent, AuthRedirectEvent, AuthSuccessEvent } from '../../events/index.js';
import { en, resetAuthStrings, setAuthStrings } from '../../internal/strings.js';
import { fill, input, part, recordEvents, submitButton } from '../../test-utils/elements.js';
import { LOCALES } from '../../test-utils/i18n.js';
import { deferred, DIALECTS, refineV3, refineV3Provider, resolves, type Behaviour, type DialectKit, type FakeProvider } from '../../test-utils/providers.js';
import { nextTask, storeHarness } from '../../test-utils/store.js';
import './auth-login.js';
import type { AuthLogin } from './auth-login.js';

/* ------------------------------------------------------------ the browser's side */

const realWebAuthn = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential');

/** How often the page asked whether conditional mediation is available. */
let probes = 0;

/** Puts a stand-in `PublicKeyCredential` on the page (or none: `false`), and says whether autofill exists. */
function webAuthn(available: false | { conditional: boolean | 'absent' | 'throws' }): void {
  probes = 0;
  const value =
    available === false
      ? undefined
      : Object.assign(function PublicKeyCredential() {}, {
          isConditionalMediationAvailable:
            available.conditional === 'absent'
              ? undefined
              : () => {
                  probes += 1;
                  return available.conditional === 'throws' ? Promise.reject(new Error('no')) : Promise.resolve(available.conditional);
                },
        });
  Object.defineProperty(window, 'PublicKeyCredential', { value, configurable: true, writable: true });
}

function restoreWebAuthn(): void {
  if (realWebAuthn) Object.defineProperty(window, 'PublicKeyCredential', realWebAuthn);
  else delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
}

/* ------------------------------------------------------------ the provider's side */

interface Ceremony {
  params: { autoFill?: boolean; signal?: AbortSignal };
  /** Settles this ceremony the way `behaviour` answers (a dialect's success or failure). */
  answer(behaviour: Behaviour): void;
}

/**
 * Makes `loginWithPasskey` wait for the test, one held answer per call; an aborted signal
 * rejects with `AbortError`, as the better-auth adapter's `navigator.credentials.get` does.
 */
function ceremonies(fake: FakeProvider<object, string>): Ceremony[] {
  const list: Ceremony[] = [];
  fake.set('loginWithPasskey', (params: Ceremony['params'] = {}) => {
    const held = deferred();
    params.signal?.addEventListener('abort', () => held.reject(new DOMException('The operation was aborted.', 'AbortError')));
    list.push({
      params,
      answer: (behaviour) => void Promise.resolve(behaviour(params)).then((v) => held.resolve(v), held.reject),
    });
    return held.promise;
  });
  return list;
}

/** How each dialect says "one more step". */
const challengeIn: Record<DialectKit['dialect'], (challenge: AuthChallenge) => Behaviour> = {
  'refine-v3': (challenge) => resolves({ challenge }),
  'refine-v4': (challenge) => resolves({ success: false, challenge }),
  'react-admin': (challenge) => resolves({ challenge }),
};

async function mount(store: AuthStore, template = html`<auth-login .store=${store}></auth-login>`) {
  const el = await fixture<AuthLogin>(template);
  await el.updateComplete;
  return el;
}

const passkeyButton = (el: AuthLogin) => part(el, 'passkey-button') as HTMLButtonElement | null;
const errorText = (el: AuthLogin) => [part(el, 'error-title')?.textContent, part(el, 'error-message')?.textContent];

/** Mounts a login whose provider has `loginWithPasskey`, autofill available; resolves once the autofill request reached the provider. */
async function withAutofill(kit: DialectKit) {
  webAuthn({ conditional: true });
  const fake = kit.create();
  const calls = ceremonies(fake);
  const h = storeHarness(fake.provider);
  const el = await mount(h.store);
  await waitUntil(() => calls.length === 1, 'no autofill request');
  return { fake, calls, h, el };
}

describe('<auth-login> passkeys', () => {
  afterEach(() => {
    restoreWebAuthn();
    resetAuthStrings();
  });

  describe('what is offered', () => {
    for (const kit of DIALECTS) {
      it(`the button and the webauthn token with loginWithPasskey and WebAuthn (${kit.dialect})`, async () => {
        webAuthn({ conditional: false });
        const el = await mount(storeHarness(kit.create({ loginWithPasskey: kit.succeed() }).provider).store);
        expect(passkeyButton(el)!.textContent!.trim()).to.equal(en.passkeyButton);
        expect(passkeyButton(el)!.type).to.equal('button');
        expect(part(el, 'divider')!.textContent).to.equal(en.dividerText);
        expect(input(el, 'email').getAttribute('autocomplete')).to.equal('username webauthn');
      });
    }

    it('nothing without the provider method: no button, a plain username token, no probe', async () => {
      webAuthn({ conditional: true });
      const el = await mount(storeHarness(refineV3Provider().provider).store);
      expect(passkeyButton(el)).to.equal(null);
      expect(part(el, 'passwordless')).to.equal(null);
      expect(input(el, 'email').getAttribute('autocomplete')).to.equal('username');
      await nextTask();
      expect(probes).to.equal(0);
    });

    it('nothing in a browser without WebAuthn, and no console error', async () => {
      webAuthn(false);
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => void errors.push(args);
      try {
        const fake = refineV3.create({ loginWithPasskey: resolves() });
        const el = await mount(storeHarness(fake.provider).store);
        await nextTask();
        expect(passkeyButton(el)).to.equal(null);
        expect(part(el, 'passwordless')).to.equal(null);
        expect(input(el, 'email').getAttribute('autocomplete')).to.equal('username');
        expect(fake.countOf('loginWithPasskey')).to.equal(0);
        // WebAuthn arrives (a polyfill): the next render offers it.
        webAuthn({ conditional: false });
        el.requestUpdate();
        await el.updateComplete;
        expect(passkeyButton(el)).to.not.equal(null);
      } finally {
        console.error = original;
      }
      expect(errors).to.deep.equal([]);
    });

    it('no-passkey switches the button and autofill off (and back on)', async () => {
      webAuthn({ conditional: true });
      const fake = refineV3Provider();
      const calls = ceremonies(fake);
      const { store } = storeHarness(fake.provider);
      const el = await mount(store, html`<auth-login no-passkey .store=${store}></auth-login>`);
      await nextTask();
      expect(passkeyButton(el)).to.equal(null);
      expect(input(el, 'email').getAttribute('autocomplete')).to.equal('username');
      expect(calls).to.have.length(0);
      el.noPasskey = false;
      await el.updateComplete;
      expect(passkeyButton(el)).to.not.equal(null);
      await waitUntil(() => calls.length === 1, 'no autofill once switched on');
      el.noPasskey = true;
      await el.updateComplete;
      expect(calls[0].params.signal!.aborted, 'switched off: the request ends').to.equal(true);
      expect(passkeyButton(el)).to.equal(null);
    });

    it('the username field carries the webauthn token too', async () => {
      webAuthn({ conditional: false });
      const { store } = storeHarness(refineV3.create({ loginWithPasskey: resolves() }).provider);
      const el = await mount(store, html`<auth-login identifier="username" .store=${store}></auth-login>`);
      expect(input(el, 'username').getAttribute('autocomplete')).to.equal('username webauthn');
      expect(passkeyButton(el)).to.not.equal(null);
    });

    it('providers-only: no passkey UI (only the provider buttons)', async () => {
      webAuthn({ conditional: true });
      const fake = refineV3.create({ loginWithPasskey: resolves() });
      const { store } = storeHarness(fake.provider);
      const el = await mount(store, html`<auth-login providers-only .providers=${[{ name: 'github' }]} .store=${store}></auth-login>`);
      await nextTask();
      expect(passkeyButton(el)).to.equal(null);
      expect(fake.countOf('loginWithPasskey')).to.equal(0);
    });

    it('passes axe with the button', async function () {
      this.timeout(30_000); // axe: its own budget, not the machine's speed
      webAuthn({ conditional: false });
      const el = await mount(storeHarness(refineV3.create({ loginWithPasskey: resolves() }).provider).store);
      await expect(el).to.be.accessible();
    });
  });

  describe('autofill', () => {
    it('starts on connect when conditional mediation is available, with a signal, not busy', async () => {
      const { calls, el } = await withAutofill(DIALECTS[0]);
      expect(calls[0].params.autoFill).to.equal(true);
      expect(calls[0].params.signal).to.be.instanceOf(AbortSignal);
      expect(calls[0].params.signal!.aborted).to.equal(false);
      expect(el.busy, 'autofill waits without a busy form').to.equal(false);
      expect(passkeyButton(el)!.disabled).to.equal(false);
      expect(submitButton(el).disabled).to.equal(false);
      // Renders do not ask again.
      fill(el, 'email', 'ada@example.com');
      el.requestUpdate();
      await el.updateComplete;
      await nextTask();
      expect(calls).to.have.length(1);
    });

    for (const conditional of [false, 'absent', 'throws'] as const) {
      it(`does not start without conditional mediation (${String(conditional)}); the button still shows`, async () => {
        webAuthn({ conditional });
        const fake = refineV3.create({ loginWithPasskey: resolves() });
        const el = await mount(storeHarness(fake.provider).store);
        if (conditional !== 'absent') await waitUntil(() => probes === 1, 'never asked');
        await nextTask();
        expect(fake.countOf('loginWithPasskey')).to.equal(0);
        expect(passkeyButton(el)).to.not.equal(null);
      });
    }

    it('is aborted on disconnect, and asked again when the element comes back', async () => {
      const { calls, el, h } = await withAutofill(DIALECTS[0]);
      const errors = recordEvents<AuthErrorEvent>('auth-error');
      const parent = el.parentElement!;
      el.remove();
      expect(calls[0].params.signal!.aborted).to.equal(true);
      await nextTask();
      expect(h.store.state.errors.loginWithPasskey).to.equal(undefined);
      parent.append(el);
      await waitUntil(() => calls.length === 2, 'no new request after reconnecting');
      expect(calls[1].params.signal!.aborted).to.equal(false);
      errors.stop();
      expect(errors.events).to.have.length(0);
    });

    for (const kit of DIALECTS) {
      it(`a passkey picked from the suggestions signs in: auth-success, then the redirect (${kit.dialect})`, async () => {
        const { calls, el, h } = await withAutofill(kit);
        const success = oneEvent(el, 'auth-success') as Promise<AuthSuccessEvent>;
        const redirect = oneEvent(el, 'auth-redirect') as Promise<AuthRedirectEvent>;
        calls[0].answer(kit.succeed());
        expect((await success).detail.action).to.equal('loginWithPasskey');
        expect((await redirect).detail.to).to.equal('/');
        await waitUntil(() => h.navigations.length === 1);
        expect(h.navigations).to.deep.equal([{ to: '/', replace: false }]);
        expect(h.store.state.status).to.not.equal('unauthenticated');
      });

      it(`a picked passkey the server refuses is shown in the locale's words, with auth-error (${kit.dialect})`, async () => {
        const [, fr] = LOCALES[0];
        setAuthStrings(fr);
        const { calls, el, h } = await withAutofill(kit);
        const failed = oneEvent(el, 'auth-error') as Promise<AuthErrorEvent>;
        calls[0].answer(kit.fail({ code: 'passkey-not-found', message: 'This passkey is not registered.' }));
        const event = await failed;
        expect(event.detail.action).to.equal('loginWithPasskey');
        expect(event.detail.error.code).to.equal('passkey-not-found');
        await el.updateComplete;
        expect(errorText(el)).to.deep.equal([fr.errors['passkey-not-found'].title, fr.errors['passkey-not-found'].message]);
        expect(h.navigations).to.deep.equal([]);
        // The next attempt replaces it.
        fill(el, 'email', 'ada@example.com');
        fill(el, 'password', 'pw');
        submitButton(el).click();
        await waitUntil(() => h.navigations.length === 1);
        await el.updateComplete;
        expect(part(el, 'error')!.textContent!.trim()).to.equal('');
      });
    }

    it('a cancelled autofill shows nothing and fires nothing', async () => {
      const { calls, el } = await withAutofill(DIALECTS[0]);
      const errors = recordEvents<AuthErrorEvent>('auth-error');
      calls[0].answer(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
      await nextTask();
      await el.updateComplete;
      errors.stop();
      expect(errors.events).to.have.length(0);
      expect(part(el, 'error')!.textContent!.trim()).to.equal('');
    });

    it('a picked passkey answered with a second factor continues in place', async () => {
      const kit = DIALECTS[1];
      const { calls, el } = await withAutofill(kit);
      calls[0].answer(challengeIn[kit.dialect]({ type: 'two-factor', methods: ['totp'] }));
      await waitUntil(() => el.querySelector('auth-two-factor[slot="challenge"]') !== null, 'no second step');
      expect(el.form).to.equal(null);
    });
  });

  describe('the button', () => {
    for (const kit of DIALECTS) {
      describe(kit.dialect, () => {
        it('aborts the autofill request first (its signal), then runs a modal ceremony, busy meanwhile', async () => {
          const { calls, el } = await withAutofill(kit);
          passkeyButton(el)!.click();
          await waitUntil(() => calls.length === 2, 'no ceremony');
          expect(calls[0].params.signal!.aborted, 'the autofill request was aborted').to.equal(true);
          expect(calls[1].params.autoFill).to.not.equal(true);
          await el.updateComplete;
          expect(el.busy).to.equal(true);
          expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
          expect(passkeyButton(el)!.disabled).to.equal(true);
          expect(submitButton(el).disabled).to.equal(true);
          expect(submitButton(el).textContent!.trim()).to.equal(en.busy);
          // A second click while it runs does not start another.
          passkeyButton(el)!.click();
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="passkey-button"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          await nextTask();
          expect(calls).to.have.length(2);
          calls[1].answer(kit.succeed());
          await waitUntil(() => !el.busy);
        });

        it('success: auth-success, then the redirect (?to= honoured)', async () => {
          webAuthn({ conditional: false });
          const fake = kit.create({ loginWithPasskey: kit.succeed() });
          const h = storeHarness(fake.provider);
          h.at('/login?to=%2Freports');
          const el = await mount(h.store);
          const success = oneEvent(el, 'auth-success') as Promise<AuthSuccessEvent>;
          passkeyButton(el)!.click();
          expect((await success).detail.action).to.equal('loginWithPasskey');
          await waitUntil(() => h.navigations.length === 1);
          expect(h.navigations).to.deep.equal([{ to: '/reports', replace: true }]);
          expect(fake.argsOf('loginWithPasskey')).to.have.length(1);
        });

        it('a cancelled ceremony shows nothing, fires no auth-error, and offers autofill again', async () => {
          const { calls, el, h } = await withAutofill(kit);
          const errors = recordEvents<AuthErrorEvent>('auth-error');
          passkeyButton(el)!.click();
          await waitUntil(() => calls.length === 2);
          calls[1].answer(kit.fail(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError')));
          await waitUntil(() => calls.length === 3, 'autofill not offered again');
          expect(calls[2].params.autoFill).to.equal(true);
          await el.updateComplete;
          errors.stop();
          expect(errors.events).to.have.length(0);
          expect(part(el, 'error')!.textContent!.trim()).to.equal('');
          expect(h.store.state.errors.loginWithPasskey).to.equal(undefined);
          expect(el.busy).to.equal(false);
        });

        it('a real failure is shown in the locale\'s words, with auth-error', async () => {
          const [, de] = LOCALES[2];
          setAuthStrings(de);
          webAuthn({ conditional: false });
          const fake = kit.create({ loginWithPasskey: kit.fail({ code: 'passkey-failed', message: 'The passkey could not be verified.' }) });
          const h = storeHarness(fake.provider);
          const el = await mount(h.store);
          const failed = oneEvent(el, 'auth-error') as Promise<AuthErrorEvent>;
          passkeyButton(el)!.click();
          const event = await failed;
          expect(event.detail.action).to.equal('loginWithPasskey');
          await el.updateComplete;
          expect(errorText(el)).to.deep.equal([de.errors['passkey-failed'].title, de.errors['passkey-failed'].message]);
          expect(passkeyButton(el)!.textContent!.trim()).to.equal(de.passkeyButton);
          expect(h.navigations).to.deep.equal([]);
        });

        it('a second factor asked for after the passkey continues in place', async () => {
          webAuthn({ conditional: false });
          const fake = kit.create({ loginWithPasskey: challengeIn[kit.dialect]({ type: 'two-factor', methods: ['totp'] }), verifyTwoFactor: kit.succeed() });
          const h = storeHarness(fake.provider);
          const el = await mount(h.store);
          passkeyButton(el)!.click();
          await waitUntil(() => el.querySelector('auth-two-factor[slot="challenge"]') !== null, 'no second step');
          const step = el.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('auth-two-factor')!;
          await waitUntil(() => step.querySelector('input[name="code"]') !== null);
          const code = step.querySelector<HTMLInputElement>('input[name="code"]')!;
          code.value = '123456';
          code.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
          await waitUntil(() => h.navigations.length === 1, 'not signed in');
          expect(h.store.state.status).to.equal('authenticated');
        });
      });
    }

    it('an unknown passkey (passkey-not-found) is worded in every bundled locale', async function () {
      this.timeout(30_000); // eight mounts and sign-ins
      webAuthn({ conditional: false });
      for (const [tag, t] of LOCALES) {
        setAuthStrings(t);
        const fake = refineV3.create({ loginWithPasskey: () => Promise.reject({ code: 'passkey-not-found', message: 'Passkey not found' }) });
        const el = await mount(storeHarness(fake.provider).store);
        const failed = oneEvent(el, 'auth-error');
        passkeyButton(el)!.click();
        await failed;
        await el.updateComplete;
        expect(errorText(el), tag).to.deep.equal([t.errors['passkey-not-found'].title, t.errors['passkey-not-found'].message]);
      }
    });
  });
});
