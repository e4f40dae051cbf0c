/**
 * Regressions for gaps found after the first test pass: answers that must not be cached, and
 * "stay" / "go" answers that only one dialect gives.
 */
import { expect } from '@open-wc/testing';
import { neverSettles, reactAdminProvider, refineV3Provider, refineV4Provider, rejects, resolves } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';

describe('edge cases', () => {
  it('a timed-out check is not cached: the next check asks the provider again', async () => {
    const fake = refineV3Provider({ checkAuth: neverSettles });
    const { store } = storeHarness(fake.provider, { timeout: 20, checkCacheTime: 60_000 });
    const first = await store.checkAuth();
    expect(first.error?.name).to.equal('Timeout');
    fake.set('checkAuth', resolves());
    const second = await store.checkAuth();
    expect(fake.countOf('checkAuth')).to.equal(2);
    expect(second.ok).to.equal(true);
    expect(store.state.status).to.equal('authenticated');
  });

  it('a check rejected with { redirectTo: false } (react-admin) does not navigate, even for a guard', async () => {
    const fake = reactAdminProvider({ checkAuth: rejects({ redirectTo: false }) });
    const { store, navigations } = storeHarness(fake.provider);
    const outcome = await store.checkAuth({}, { redirect: true });
    expect(outcome).to.deep.include({ ok: false });
    expect(outcome.navigated).to.not.equal(true);
    expect(navigations).to.deep.equal([]);
    expect(store.state.status).to.equal('unauthenticated');
  });

  it('a check rejected with { redirectPath: false } (refine v3) does not navigate either', async () => {
    const fake = refineV3Provider({ checkAuth: rejects({ redirectPath: false }) });
    const { store, navigations } = storeHarness(fake.provider);
    await store.checkAuth({}, { redirect: true });
    expect(navigations).to.deep.equal([]);
  });

  it('a refine v4 onError with redirectTo but no logout navigates there and keeps the session', async () => {
    const fake = refineV4Provider({ onError: resolves({ redirectTo: '/forbidden' }) });
    const { store, navigations } = storeHarness(fake.provider);
    const outcome = await store.checkError({ status: 403 });
    expect(outcome).to.deep.include({ ok: true, redirectTo: '/forbidden', navigated: true });
    expect(navigations).to.deep.equal([{ to: '/forbidden', replace: false }]);
    expect(fake.countOf('logout')).to.equal(0);
  });

  it('an unsafe onError redirectTo without logout goes nowhere', async () => {
    const fake = refineV4Provider({ onError: resolves({ redirectTo: 'https://evil.example/' }) });
    const { store, navigations } = storeHarness(fake.provider);
    const outcome = await store.checkError({ status: 403 });
    expect(outcome).to.deep.equal({ ok: true });
    expect(navigations).to.deep.equal([]);
  });
});

describe('notify option', () => {
  it('{ notify: false } records the error in state.errors but adds no notification', async () => {
    const fake = refineV3Provider({ login: rejects({ message: 'Wrong password' }), register: rejects() });
    const { store } = storeHarness(fake.provider);
    const quiet = await store.login({}, { notify: false });
    expect(quiet.error?.message).to.equal('Wrong password');
    expect(store.state.errors.login?.message).to.equal('Wrong password');
    expect(store.state.notifications).to.deep.equal([]);
    await store.register({}, { notify: false });
    expect(store.state.notifications).to.deep.equal([]);
    await store.login({});
    expect(store.state.notifications.map((n) => n.action)).to.deep.equal(['login']);
  });
});
