/**
 * Shared calls, the check cache and its invalidation, and races between actions. Providers
 * answer through deferred promises the test settles by hand; time is a stubbed `Date.now`.
 */
import { expect } from '@open-wc/testing';
import type { AuthStore } from './index.js';
import { deferred, JANE, refineV3Provider, rejects, type FakeProvider, type RefineV3Method } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';

/** Replaces `Date.now` with a clock the test moves; restored after each test. */
function useFakeClock() {
  const realNow = Date.now;
  let now = realNow();
  beforeEach(() => {
    now = realNow();
    Date.now = () => now;
  });
  afterEach(() => {
    Date.now = realNow;
  });
  return { advance: (ms: number) => void (now += ms) };
}

describe('concurrency: checkAuth', () => {
  const clock = useFakeClock();

  it('concurrent calls share one provider call', async () => {
    const fake = refineV3Provider();
    const { store, states } = storeHarness(fake.provider);
    const held = fake.hold('checkAuth');
    const calls = [store.checkAuth(), store.checkAuth({ other: 'params' }), store.checkAuth()];
    expect(fake.countOf('checkAuth')).to.equal(1);
    expect(store.state.status).to.equal('checking');
    expect(store.state.pending.checkAuth).to.equal(true);
    held.resolve({ id: 1 });
    const outcomes = await Promise.all(calls);
    expect(outcomes).to.deep.equal([
      { ok: true, data: { id: 1 } },
      { ok: true, data: { id: 1 } },
      { ok: true, data: { id: 1 } },
    ]);
    expect(fake.argsOf('checkAuth')).to.deep.equal([[{}]]);
    expect(store.state.pending.checkAuth).to.equal(false);
    const statuses = states.map((s) => s.status).filter((status, i, all) => status !== all[i - 1]);
    expect(statuses).to.deep.equal(['checking', 'authenticated']);
  });

  it('reuses an answer for checkCacheTime, then asks again', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider, { checkCacheTime: 1000 });
    await store.checkAuth();
    clock.advance(999);
    await store.checkAuth();
    expect(fake.countOf('checkAuth')).to.equal(1);
    clock.advance(1);
    await store.checkAuth();
    expect(fake.countOf('checkAuth')).to.equal(2);
  });

  it('defaults to a 2 s cache; 0 disables it', async () => {
    const cached = refineV3Provider();
    const a = storeHarness(cached.provider);
    await a.store.checkAuth();
    clock.advance(1999);
    await a.store.checkAuth();
    expect(cached.countOf('checkAuth')).to.equal(1);

    const uncached = refineV3Provider();
    const b = storeHarness(uncached.provider, { checkCacheTime: 0 });
    await b.store.checkAuth();
    await b.store.checkAuth();
    expect(uncached.countOf('checkAuth')).to.equal(2);
  });

  it('five failing guards together navigate once', async () => {
    const fake = refineV3Provider();
    const { store, navigations } = storeHarness(fake.provider);
    const held = fake.hold('checkAuth');
    const guards = Array.from({ length: 5 }, () => store.checkAuth({}, { redirect: true }));
    held.reject();
    const outcomes = await Promise.all(guards);
    expect(fake.countOf('checkAuth')).to.equal(1);
    expect(navigations).to.deep.equal([{ to: '/login?to=%2Fdashboard', replace: true }]);
    expect(outcomes.filter((o) => o.navigated)).to.have.length(1);
    expect(outcomes.every((o) => o.ok === false)).to.equal(true);
    expect(store.state.status).to.equal('unauthenticated');
  });

  it('an answer that arrives after a login is discarded and the check asked again', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    const old = fake.hold('checkAuth');
    const guard = store.checkAuth();
    await store.login({}, { redirect: false });
    fake.set('checkAuth', () => Promise.resolve({ fresh: true }));
    old.reject(); // "not signed in" — about the session before the login
    expect(await guard).to.deep.equal({ ok: true, data: { fresh: true } });
    expect(fake.countOf('checkAuth')).to.equal(2);
    expect(store.state.status).to.equal('authenticated');
    expect(store.state.pending.checkAuth).to.equal(false);
  });
});

/* --------------------------------------------------------------- invalidation */

type Invalidator = (store: AuthStore, fake: FakeProvider<object, RefineV3Method>) => Promise<unknown>;

const INVALIDATE: ReadonlyArray<[string, Invalidator]> = [
  ['login', (store) => store.login({})],
  ['logout', (store) => store.logout()],
  ['register', (store) => store.register({})],
  [
    'a logging-out checkError',
    (store, fake) => {
      fake.set('checkError', rejects());
      return store.checkError({ status: 401 });
    },
  ],
];

const KEEP: ReadonlyArray<[string, Invalidator]> = [
  ['a session-keeping checkError', (store) => store.checkError({ status: 500 })],
  ['forgotPassword', (store) => store.forgotPassword({})],
  ['updatePassword', (store) => store.updatePassword({})],
  ['a failed login', (store, fake) => {
    fake.set('login', rejects());
    return store.login({});
  }],
];

/** Fills the check, identity and permissions caches. */
async function prime(store: AuthStore) {
  await Promise.all([store.checkAuth(), store.getIdentity(), store.getPermissions()]);
}

describe('concurrency: cache invalidation', () => {
  for (const [label, act] of INVALIDATE) {
    it(`${label} invalidates the cached check, identity and permissions`, async () => {
      const fake = refineV3Provider();
      const { store } = storeHarness(fake.provider, { checkCacheTime: 60_000 });
      await prime(store);
      expect(store.state.identity).to.equal(JANE);
      await act(store, fake);
      expect(store.state.identity).to.equal(null);
      expect(store.state.permissions).to.equal(null);
      await prime(store);
      expect(fake.countOf('checkAuth')).to.equal(2);
      expect(fake.countOf('getUserIdentity')).to.equal(2);
      expect(fake.countOf('getPermissions')).to.equal(2);
    });
  }

  for (const [label, act] of KEEP) {
    it(`${label} keeps the caches`, async () => {
      const fake = refineV3Provider();
      const { store } = storeHarness(fake.provider, { checkCacheTime: 60_000 });
      await prime(store);
      await act(store, fake);
      await prime(store);
      expect(fake.countOf('checkAuth')).to.equal(1);
      expect(fake.countOf('getUserIdentity')).to.equal(1);
      expect(fake.countOf('getPermissions')).to.equal(1);
      expect(store.state.identity).to.equal(JANE);
    });
  }
});

/* --------------------------------------------------------------- one at a time */

describe('concurrency: one call per action at a time', () => {
  it('a second login while one is pending calls nobody and shares the outcome', async () => {
    const fake = refineV3Provider();
    const { store, navigations } = storeHarness(fake.provider);
    const held = fake.hold('login');
    const first = store.login({ email: 'a@mail.com' });
    const second = store.login({ email: 'b@mail.com' });
    expect(store.state.pending.login).to.equal(true);
    held.resolve('/inbox');
    const [a, b] = await Promise.all([first, second]);
    expect(fake.argsOf('login')).to.deep.equal([[{ email: 'a@mail.com' }]]);
    expect(a).to.deep.equal({ ok: true, redirectTo: '/inbox', navigated: true });
    expect(b).to.equal(a);
    expect(navigations).to.deep.equal([{ to: '/inbox', replace: false }]);
    expect(store.state.pending.login).to.equal(false);
  });

  it('a second failing login shares the failure and notifies once', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    const held = fake.hold('login');
    const both = Promise.all([store.login({}), store.login({})]);
    held.reject({ message: 'Nope' });
    const [a, b] = await both;
    expect(b).to.equal(a);
    expect(a.ok).to.equal(false);
    expect(fake.countOf('login')).to.equal(1);
    expect(store.state.notifications).to.have.length(1);
  });

  for (const action of ['register', 'forgotPassword', 'updatePassword', 'logout'] as const) {
    it(`a second ${action} while one is pending calls nobody`, async () => {
      const fake = refineV3Provider();
      const { store } = storeHarness(fake.provider);
      const held = fake.hold(action);
      const both = Promise.all([store[action]({ n: 1 }), store[action]({ n: 2 })]);
      expect(store.state.pending[action]).to.equal(true);
      held.resolve(false);
      const [a, b] = await both;
      expect(b).to.equal(a);
      expect(fake.countOf(action)).to.equal(1);
      expect(store.state.pending[action]).to.equal(false);
    });
  }

  it('concurrent identity and permission loads share one call', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    const [a, b] = await Promise.all([store.getIdentity(), store.getIdentity()]);
    await Promise.all([store.getPermissions(), store.getPermissions()]);
    expect(a).to.equal(b);
    expect(fake.countOf('getUserIdentity')).to.equal(1);
    expect(fake.countOf('getPermissions')).to.equal(1);
  });

  it('pending.checkError stays set until the last of overlapping checks answers', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    const first = fake.hold('checkError');
    const a = store.checkError({ n: 1 });
    const second = fake.hold('checkError');
    const b = store.checkError({ n: 2 });
    first.resolve();
    await a;
    expect(store.state.pending.checkError).to.equal(true);
    second.resolve();
    await b;
    expect(store.state.pending.checkError).to.equal(false);
  });

  it('pending.getIdentity stays set while a newer load (after a login) is pending', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    const old = fake.hold('getUserIdentity');
    const stale = store.getIdentity();
    // The login loads the identity itself: that load is the newer one.
    const fresh = deferred();
    fake.set('getUserIdentity', () => fresh.promise);
    await store.login({}, { redirect: false });
    const current = store.getIdentity();
    expect(fake.argsOf('getUserIdentity')).to.have.length(2);
    old.resolve(JANE);
    expect(await stale).to.deep.equal({ ok: false, stale: true });
    expect(store.state.pending.getIdentity).to.equal(true);
    fresh.resolve({ id: 3 });
    expect(await current).to.deep.equal({ ok: true, data: { id: 3 } });
    expect(store.state.pending.getIdentity).to.equal(false);
  });

  it('a failed identity or permissions load is not cached: the next call asks again', async () => {
    const fake = refineV3Provider({ getUserIdentity: rejects(), getPermissions: rejects() });
    const { store } = storeHarness(fake.provider);
    expect((await store.getIdentity()).ok).to.equal(false);
    expect((await store.getPermissions()).ok).to.equal(false);
    fake.set('getUserIdentity', () => Promise.resolve(JANE));
    fake.set('getPermissions', () => Promise.resolve(['editor']));
    expect(await store.getIdentity()).to.deep.equal({ ok: true, data: JANE });
    expect(await store.getPermissions()).to.deep.equal({ ok: true, data: ['editor'] });
    expect(store.state.errors).to.deep.equal({});
    expect(fake.countOf('getUserIdentity')).to.equal(2);
  });

  it('two API errors that both log out cause one logout and one navigation', async () => {
    const fake = refineV3Provider({ checkError: rejects() });
    const { store, navigations } = storeHarness(fake.provider);
    const held = fake.hold('logout');
    const checks = Promise.all([store.checkError({ status: 401 }), store.checkError({ status: 401 })]);
    expect(fake.countOf('checkError')).to.equal(2);
    // Both questions are asked before the shared logout can be.
    await Promise.resolve();
    held.resolve();
    const [a, b] = await checks;
    expect(fake.countOf('logout')).to.equal(1);
    expect(a).to.deep.equal({ ok: false, redirectTo: '/login', navigated: true });
    expect(b).to.deep.equal(a);
    expect(navigations).to.have.length(1);
    expect(store.state.pending.checkError).to.equal(false);
  });
});

/* --------------------------------------------------------------- races */

describe('concurrency: logout wins over a pending login', () => {
  it('a login answering after the logout finished is stale: no state change, no navigation', async () => {
    const fake = refineV3Provider();
    const { store, navigations } = storeHarness(fake.provider);
    const held = fake.hold('login');
    const login = store.login({});
    expect(await store.logout()).to.deep.equal({ ok: true, redirectTo: '/login', navigated: true });
    held.resolve('/inbox');
    expect(await login).to.deep.equal({ ok: false, stale: true });
    expect(store.state.status).to.equal('unauthenticated');
    expect(store.state.pending.login).to.equal(false);
    expect(navigations).to.deep.equal([{ to: '/login', replace: false }]);
    // The second logout ends the session the late login created (stale-session.test.ts).
    expect(fake.calls.map((c) => c.method)).to.deep.equal(['login', 'logout', 'logout']);
  });

  // Found by store.property.test.ts: [login (refused), logout, login] with the logout answering
  // between the second login's call and its answer.
  it('regression: a login asked after a logout is not made stale by that logout answering first', async () => {
    const fake = refineV3Provider();
    const { store, navigations } = storeHarness(fake.provider);
    const heldLogout = fake.hold('logout');
    const logout = store.logout();
    const heldLogin = fake.hold('login');
    const login = store.login({});
    heldLogout.resolve();
    await logout;
    heldLogin.resolve();
    expect(await login).to.deep.equal({ ok: true, redirectTo: '/', navigated: true });
    expect(store.state.status).to.equal('authenticated');
    expect(navigations).to.deep.equal([
      { to: '/login', replace: false },
      { to: '/', replace: false },
    ]);
    expect(fake.countOf('logout')).to.equal(1);
  });

  it('a login answering while the logout is still pending is stale too', async () => {
    const fake = refineV3Provider();
    const { store, navigations } = storeHarness(fake.provider);
    const heldLogin = fake.hold('login');
    const heldLogout = fake.hold('logout');
    const login = store.login({});
    const logout = store.logout();
    heldLogin.resolve();
    expect(store.state.status).to.equal('unknown');
    // The stale login waits for the logout before ending its own session.
    heldLogout.resolve();
    await logout;
    expect(await login).to.deep.equal({ ok: false, stale: true });
    expect(store.state.status).to.equal('unauthenticated');
    expect(navigations).to.deep.equal([{ to: '/login', replace: false }]);
  });

  it('a failed login answering after a logout is stale and shows no error', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    const held = fake.hold('login');
    const login = store.login({});
    await store.logout();
    held.reject({ message: 'late' });
    expect(await login).to.deep.equal({ ok: false, stale: true });
    expect(store.state.errors.login).to.equal(undefined);
    expect(store.state.notifications).to.deep.equal([]);
  });

  it('identity that arrives after a login is stale and not stored', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    const held = fake.hold('getUserIdentity');
    const identity = store.getIdentity();
    fake.set('getUserIdentity', () => Promise.resolve({ id: 2, name: 'New' }));
    await store.login({}, { redirect: false });
    held.resolve(JANE);
    expect(await identity).to.deep.equal({ ok: false, stale: true });
    // The login loaded the new identity itself; the late JANE did not overwrite it.
    expect(await store.getIdentity()).to.deep.equal({ ok: true, data: { id: 2, name: 'New' } });
    expect(store.state.identity).to.deep.equal({ id: 2, name: 'New' });
    expect(fake.countOf('getUserIdentity')).to.equal(2);
  });
});
