import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { isAuthErrorCode } from '../../core/errors.js';
import type { AnyAuthProvider, AuthStore } from '../../core/index.js';
import type { AuthErrorEvent, AuthRedirectEvent, AuthSuccessEvent } from '../../events/index.js';
import { en } from '../../internal/strings.js';
import { deferred, reactAdminProvider, refineV3Provider } from '../../test-utils/providers.js';
import { storeHarness, type StoreHarness } from '../../test-utils/store.js';
import { part, recordEvents } from '../../test-utils/elements.js';
import type { AuthCallback } from './auth-callback.js';
import './auth-callback.js';

const original = `${location.pathname}${location.search}${location.hash}`;

/** Puts a provider's return on the test page's own address bar, as the IdP's redirect would. */
function arriveWith(query: string): void {
  history.replaceState(history.state, '', `${location.pathname}?${query}`);
}

/** A refine v3 provider with a `handleCallback` that records its argument and answers with `answer`. */
function withCallback(answer: (params: Record<string, string>) => unknown) {
  const fake = refineV3Provider();
  const seen: Record<string, string>[] = [];
  const provider = Object.assign(fake.provider, {
    handleCallback: (params: Record<string, string>) => {
      seen.push(params);
      return answer(params);
    },
  });
  return { provider, seen };
}

/** The store reads the real address bar (the element cleans it), and records navigations. */
const harness = (provider: AnyAuthProvider): StoreHarness => storeHarness(provider, { location: undefined });

const mount = (store: AuthStore, extra = html``) =>
  fixture<AuthCallback>(html`<div><auth-callback .store=${store}></auth-callback>${extra}</div>`).then(
    (wrapper) => wrapper.querySelector('auth-callback')!,
  );

/** With `stay-on-error`: a failure is shown in place (today's mode before going back to sign in). */
const mountStaying = (store: AuthStore) =>
  fixture<AuthCallback>(html`<div><auth-callback stay-on-error .store=${store}></auth-callback></div>`).then(
    (wrapper) => wrapper.querySelector('auth-callback')!,
  );

const errorText = (el: AuthCallback) => part(el, 'error-message')?.textContent?.trim();

async function failed(el: AuthCallback): Promise<void> {
  await waitUntil(() => part(el, 'error-message'), 'the error is shown');
}

describe('<auth-callback>', () => {
  afterEach(() => history.replaceState(history.state, '', original));

  it('hands the query to handleCallback, cleans the address bar, then redirects like a login', async () => {
    arriveWith('code=abc&state=s1&session_state=ss&iss=https%3A%2F%2Fidp.example&keep=1');
    const { provider, seen } = withCallback(() => Promise.resolve(undefined));
    const h = harness(provider);
    const success = recordEvents<AuthSuccessEvent>('auth-success');
    const redirects = recordEvents<AuthRedirectEvent>('auth-redirect');
    const el = await mount(h.store);
    // Cleaned at once, before the provider has even answered.
    expect(location.search).to.equal('?keep=1');
    await waitUntil(() => h.navigations.length === 1, 'navigated');
    expect(seen).to.deep.equal([{ code: 'abc', state: 's1', session_state: 'ss', iss: 'https://idp.example', keep: '1' }]);
    expect(h.navigations).to.deep.equal([{ to: '/', replace: false }]);
    expect(h.store.state.status).to.equal('authenticated');
    expect(success.events.map((e) => e.detail.action)).to.deep.equal(['handleCallback']);
    expect(redirects.events.map((e) => e.detail.to)).to.deep.equal(['/']);
    expect(part(el, 'error-message')).to.equal(null);
    success.stop();
    redirects.stop();
  });

  it('shows "Signing you in…" in a live region while the provider works, and calls it once', async () => {
    arriveWith('code=abc&state=s1');
    const held = deferred();
    let calls = 0;
    const { provider } = withCallback(() => {
      calls += 1;
      return held.promise;
    });
    const h = harness(provider);
    const el = await mount(h.store);
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    expect(part(el, 'status')!.textContent!.trim()).to.equal(en.callbackWorking);
    // Re-attaching the element (a framework moving it) must not spend the code twice.
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    held.resolve(undefined);
    await waitUntil(() => h.navigations.length === 1);
    expect(calls).to.equal(1);
  });

  it('goes to the return path the provider kept with state, validated; an unsafe one falls back', async () => {
    arriveWith('code=abc&state=s1');
    const ok = harness(withCallback(() => '/reports?tab=2').provider);
    await mount(ok.store);
    await waitUntil(() => ok.navigations.length === 1);
    expect(ok.navigations).to.deep.equal([{ to: '/reports?tab=2', replace: false }]);

    arriveWith('code=def&state=s2');
    const evil = harness(withCallback(() => 'https://evil.example/steal').provider);
    await mount(evil.store);
    await waitUntil(() => evil.navigations.length === 1);
    expect(evil.navigations).to.deep.equal([{ to: '/', replace: false }]);
  });

  it('a ?to= left on the callback URL wins, as on the login page', async () => {
    arriveWith('code=abc&state=s1&to=%2Finbox');
    const h = harness(withCallback(() => '/reports').provider);
    await mount(h.store);
    await waitUntil(() => h.navigations.length === 1);
    expect(h.navigations).to.deep.equal([{ to: '/inbox', replace: true }]);
  });

  const failures: Array<[string, string, unknown]> = [
    ['access_denied at the provider', 'error=access_denied&error_description=User+cancelled&state=s1', { name: 'Sign-in failed', message: 'Sign-in was cancelled or refused at the identity provider.', code: 'access-denied' }],
    ['a missing state', 'code=abc', { name: 'Sign-in failed', message: 'This sign-in link is invalid.', code: 'invalid-state' }],
    ['a mismatched state', 'code=abc&state=forged', { name: 'Sign-in failed', message: 'This sign-in link is invalid.', code: 'invalid-state' }],
    ['a replayed or tampered code', 'code=used&state=s1', { name: 'Sign-in failed', message: 'The provider refused this sign-in.', code: 'invalid-grant' }],
    ['a network failure', 'code=abc&state=s1', { name: 'Sign-in failed', message: 'Could not reach the identity provider.', code: 'network' }],
  ];
  for (const [what, query, rejection] of failures) {
    it(`${what}, stay-on-error: the message as text, a link back to sign in, no session, no redirect`, async () => {
      arriveWith(query);
      const h = harness(withCallback(() => Promise.reject(rejection)).provider);
      const errors = recordEvents<AuthErrorEvent>('auth-error');
      const el = await mountStaying(h.store);
      await failed(el);
      // A kit code is shown in the page's words; the adapters' own codes keep their text.
      const { code, message } = rejection as { code: string; message: string };
      expect(errorText(el)).to.equal(isAuthErrorCode(code) ? en.errors[code].message : message);
      expect(part(el, 'error-title')!.textContent!.trim()).to.equal(en.callbackErrorTitle);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      const link = part(el, 'login-link') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/login');
      expect(link.textContent!.trim()).to.equal(en.backToLogin);
      expect(h.navigations).to.deep.equal([]);
      expect(h.store.state.status).to.not.equal('authenticated');
      expect(location.search).to.equal('');
      expect(errors.events.map((e) => e.detail.action)).to.deep.equal(['handleCallback']);
      // No toast: the element shows the error itself.
      expect(h.store.state.notifications).to.deep.equal([]);
      errors.stop();
    });

    it(`${what}: back to the sign-in page with only the kit code, replacing the callback in history`, async () => {
      arriveWith(query);
      const h = harness(withCallback(() => Promise.reject(rejection)).provider);
      const errors = recordEvents<AuthErrorEvent>('auth-error');
      const redirects = recordEvents<AuthRedirectEvent>('auth-redirect');
      await mount(h.store);
      await waitUntil(() => h.navigations.length === 1, 'went back to sign in');
      const { code } = rejection as { code: string };
      const expected = isAuthErrorCode(code) ? code : 'sign-in-failed';
      expect(h.navigations).to.deep.equal([{ to: `/login?auth_error=${expected}`, replace: true }]);
      expect(redirects.events.map((e) => e.detail)).to.deep.equal([{ to: `/login?auth_error=${expected}`, action: 'handleCallback', replace: true }]);
      expect(errors.events.map((e) => e.detail.action)).to.deep.equal(['handleCallback']);
      expect(h.store.state.status).to.not.equal('authenticated');
      expect(location.search).to.equal('');
      errors.stop();
      redirects.stop();
    });
  }

  it("a failure keeps the page's ?to= (validated) and goes to login-link when set; the provider's words never travel", async () => {
    arriveWith('error=access_denied&error_description=%3Cb%3Ehi%3C%2Fb%3E&to=%2Finbox%3Ftab%3D2');
    const h = harness(withCallback((params) => Promise.reject({ message: params.error_description, code: 'access-denied' })).provider);
    await mount(h.store);
    await waitUntil(() => h.navigations.length === 1);
    expect(h.navigations).to.deep.equal([{ to: '/login?auth_error=access-denied&to=%2Finbox%3Ftab%3D2', replace: true }]);

    arriveWith('error=x&to=https%3A%2F%2Fevil.example%2F');
    const other = harness(withCallback(() => Promise.reject({ message: 'No', code: 'evil<b>' })).provider);
    await fixture(html`<auth-callback login-link="/oidc?from=cb" .store=${other.store}></auth-callback>`);
    await waitUntil(() => other.navigations.length === 1);
    expect(other.navigations).to.deep.equal([{ to: '/oidc?from=cb&auth_error=sign-in-failed', replace: true }]);
  });

  it('a cancelled auth-redirect after a failure shows the message in place', async () => {
    arriveWith('error=access_denied');
    const h = harness(withCallback(() => Promise.reject({ message: 'No', code: 'access-denied' })).provider);
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('auth-redirect', cancel);
    try {
      const el = await mount(h.store);
      await failed(el);
      expect(errorText(el)).to.equal(en.errors['access-denied'].message);
      expect(h.navigations).to.deep.equal([]);
    } finally {
      document.removeEventListener('auth-redirect', cancel);
    }
  });

  it('renders a hostile error_description as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    arriveWith(`error=server_error&error_description=${encodeURIComponent(payload)}&state=s1`);
    // A provider that (unwisely) shows the description: the element still treats it as text.
    const h = harness(withCallback((params) => Promise.reject({ name: 'Sign-in failed', message: params.error_description })).provider);
    const el = await mountStaying(h.store);
    await failed(el);
    expect(errorText(el)).to.equal(payload);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('links to login-link when set', async () => {
    arriveWith('error=access_denied');
    const h = harness(withCallback(() => Promise.reject({ message: 'No' })).provider);
    const el = await fixture<AuthCallback>(html`<auth-callback stay-on-error .store=${h.store} login-link="/oidc"></auth-callback>`);
    await failed(el);
    expect(part(el, 'login-link')!.getAttribute('href')).to.equal('/oidc');
  });

  it('a provider without handleCallback: a clear configuration error', async () => {
    arriveWith('code=abc&state=s1');
    const h = harness(refineV3Provider().provider);
    const el = await mountStaying(h.store);
    await failed(el);
    expect(errorText(el)).to.equal(en.errors.unsupported.message);
    expect(h.navigations).to.deep.equal([]);
  });

  it("works unchanged with a react-admin provider's own handleCallback ({ redirectTo })", async () => {
    arriveWith('code=abc&state=s1');
    const fake = reactAdminProvider();
    const seen: unknown[] = [];
    const provider = Object.assign(fake.provider, {
      handleCallback: (params: unknown) => {
        seen.push(params);
        return Promise.resolve({ redirectTo: '/welcome' });
      },
    });
    const h = harness(provider);
    await mount(h.store);
    await waitUntil(() => h.navigations.length === 1);
    expect(h.store.dialect).to.equal('react-admin');
    expect(seen).to.deep.equal([{ code: 'abc', state: 's1' }]);
    expect(h.navigations).to.deep.equal([{ to: '/welcome', replace: false }]);
  });

  it('a cancelled auth-redirect stays on the page, still signed in', async () => {
    arriveWith('code=abc&state=s1');
    const h = harness(withCallback(() => undefined).provider);
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('auth-redirect', cancel);
    try {
      const success = recordEvents<AuthSuccessEvent>('auth-success');
      await mount(h.store);
      await waitUntil(() => success.events.length === 1);
      expect(h.navigations).to.deep.equal([]);
      expect(h.store.state.status).to.equal('authenticated');
      success.stop();
    } finally {
      document.removeEventListener('auth-redirect', cancel);
    }
  });

  it('is accessible, and its error box follows the writing direction', async () => {
    arriveWith('error=access_denied');
    const h = harness(withCallback(() => Promise.reject({ message: 'Refused' })).provider);
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><auth-callback stay-on-error .store=${h.store}></auth-callback></div>`);
    const el = wrapper.querySelector('auth-callback')!;
    await failed(el);
    await expect(el).to.be.accessible();
    const box = getComputedStyle(part(el, 'error')!);
    // border-inline-start: on the right in a right-to-left page.
    expect(box.borderRightWidth).to.equal('4px');
    expect(box.borderLeftWidth).to.equal('0px');
  });

  it('follows theme="dark"', async () => {
    arriveWith('error=access_denied');
    const h = harness(withCallback(() => Promise.reject({ message: 'Refused' })).provider);
    const light = await fixture<AuthCallback>(html`<auth-callback stay-on-error theme="light" .store=${h.store}></auth-callback>`);
    await failed(light);
    arriveWith('error=access_denied');
    const h2 = harness(withCallback(() => Promise.reject({ message: 'Refused' })).provider);
    const dark = await fixture<AuthCallback>(html`<auth-callback stay-on-error theme="dark" .store=${h2.store}></auth-callback>`);
    await failed(dark);
    const bg = (el: AuthCallback) => getComputedStyle(part(el, 'error')!).backgroundColor;
    expect(bg(light)).to.not.equal(bg(dark));
  });
});
