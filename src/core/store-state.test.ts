/**
 * The observable state: status transitions, pending flags, errors and notifications,
 * subscriptions, the default store, independent stores, and the real address bar.
 */
import { expect } from '@open-wc/testing';
import { configureAuth, createAuthStore, getDefaultStore, onDefaultStoreChange, type AuthState } from './index.js';
import { deferred, JANE, refineV3Provider, rejects, resolves } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';

/** The distinct statuses a store went through, in order. */
const statuses = (states: readonly AuthState[]) =>
  states.map((s) => s.status).filter((status, i, all) => status !== all[i - 1]);

describe('state: initial value and snapshots', () => {
  it('starts unknown, empty and idle', () => {
    const { store } = storeHarness(refineV3Provider().provider);
    expect(store.state.status).to.equal('unknown');
    expect(store.state.identity).to.equal(null);
    expect(store.state.permissions).to.equal(null);
    expect(store.state.errors).to.deep.equal({});
    expect(store.state.notifications).to.deep.equal([]);
    expect(store.state.challenge).to.equal(null);
    expect(Object.values(store.state.pending)).to.have.length(18).and.satisfy((v: boolean[]) => v.every((p) => !p));
  });

  it('publishes a new frozen snapshot on every change and never mutates the old one', async () => {
    const { store, states } = storeHarness(refineV3Provider().provider);
    const before = store.state;
    await store.login({}, { redirect: false });
    expect(before.status).to.equal('unknown');
    expect(store.state).to.not.equal(before);
    expect(Object.isFrozen(store.state)).to.equal(true);
    expect(Object.isFrozen(store.state.pending)).to.equal(true);
    expect(states.at(-1)).to.equal(store.state);
  });
});

describe('state: status transitions', () => {
  it('unknown → checking → authenticated', async () => {
    const { store, states } = storeHarness(refineV3Provider().provider);
    await store.checkAuth();
    expect(statuses(states)).to.deep.equal(['checking', 'authenticated']);
  });

  it('unknown → checking → unauthenticated, clearing identity and permissions', async () => {
    const fake = refineV3Provider();
    const { store, states } = storeHarness(fake.provider, { checkCacheTime: 0 });
    await store.getIdentity();
    await store.getPermissions();
    fake.set('checkAuth', rejects());
    await store.checkAuth();
    expect(statuses(states)).to.deep.equal(['unknown', 'checking', 'unauthenticated']);
    expect(store.state.identity).to.equal(null);
    expect(store.state.permissions).to.equal(null);
  });

  it('a known status is not reset to checking by a re-check', async () => {
    const fake = refineV3Provider();
    const { store, states } = storeHarness(fake.provider, { checkCacheTime: 0 });
    await store.login({}, { redirect: false });
    const held = fake.hold('checkAuth');
    const check = store.checkAuth();
    expect(store.state.status).to.equal('authenticated');
    held.reject();
    await check;
    expect(statuses(states)).to.deep.equal(['unknown', 'authenticated', 'unauthenticated']);
  });

  it('login → authenticated, logout → unauthenticated, register → unknown (ask again)', async () => {
    const { store } = storeHarness(refineV3Provider().provider);
    await store.login({});
    expect(store.state.status).to.equal('authenticated');
    await store.logout();
    expect(store.state.status).to.equal('unauthenticated');
    await store.register({});
    expect(store.state.status).to.equal('unknown');
  });
});

describe('state: pending flags', () => {
  for (const action of ['login', 'logout', 'register', 'forgotPassword', 'updatePassword', 'checkError'] as const) {
    it(`${action} is pending exactly while its provider call is`, async () => {
      const fake = refineV3Provider();
      const { store } = storeHarness(fake.provider);
      const held = fake.hold(action === 'checkError' ? 'checkError' : action);
      const running = store[action]({});
      expect(store.state.pending[action]).to.equal(true);
      const others = Object.entries(store.state.pending).filter(([name, p]) => p && name !== action);
      expect(others).to.deep.equal([]);
      held.resolve(false);
      await running;
      expect(store.state.pending[action]).to.equal(false);
    });
  }

  it('getIdentity and getPermissions are pending while loading', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    const identity = fake.hold('getUserIdentity');
    const permissions = fake.hold('getPermissions');
    const both = Promise.all([store.getIdentity(), store.getPermissions()]);
    expect(store.state.pending.getIdentity).to.equal(true);
    expect(store.state.pending.getPermissions).to.equal(true);
    identity.resolve(JANE);
    permissions.resolve(['admin']);
    await both;
    expect(store.state.pending.getIdentity).to.equal(false);
    expect(store.state.pending.getPermissions).to.equal(false);
  });
});

describe('state: errors and notifications', () => {
  it('keeps the last error per action and clears it on the next success', async () => {
    const fake = refineV3Provider({ forgotPassword: rejects({ message: 'first' }) });
    const { store } = storeHarness(fake.provider);
    await store.forgotPassword({});
    fake.set('forgotPassword', rejects({ message: 'second' }));
    await store.forgotPassword({});
    expect(store.state.errors.forgotPassword?.message).to.equal('second');
    fake.set('forgotPassword', resolves());
    await store.forgotPassword({});
    expect(store.state.errors).to.deep.equal({});
    expect(store.state.notifications.map((n) => n.error.message)).to.deep.equal(['first', 'second']);
  });

  it('a successful check clears the last check error', async () => {
    const fake = refineV3Provider({ checkAuth: rejects({ message: 'x' }) });
    const { store } = storeHarness(fake.provider, { checkCacheTime: 0, timeout: 20 });
    fake.set('checkAuth', () => new Promise(() => {}));
    await store.checkAuth();
    expect(store.state.errors.checkAuth?.name).to.equal('Timeout');
    fake.set('checkAuth', resolves());
    await store.checkAuth();
    expect(store.state.errors.checkAuth).to.equal(undefined);
  });

  it('clearError removes one action’s error and publishes; a no-op publishes nothing', async () => {
    const { store, states } = storeHarness(refineV3Provider({ login: rejects(), register: rejects() }).provider);
    await store.login({});
    await store.register({});
    const published = states.length;
    store.clearError('checkAuth');
    expect(states).to.have.length(published);
    store.clearError('login');
    expect(states).to.have.length(published + 1);
    expect(Object.keys(store.state.errors)).to.deep.equal(['register']);
    expect(store.state.notifications).to.have.length(2); // notifications are dismissed separately
  });

  it('caps notifications at maxNotifications (oldest dropped) with increasing ids', async () => {
    const fake = refineV3Provider({ login: rejects({ message: 'x' }) });
    const { store } = storeHarness(fake.provider, { maxNotifications: 2 });
    for (const message of ['one', 'two', 'three']) {
      fake.set('login', rejects({ message }));
      await store.login({});
    }
    expect(store.state.notifications).to.deep.equal([
      { id: 2, action: 'login', error: { name: 'Login Error', message: 'two', titleCode: 'login-failed' } },
      { id: 3, action: 'login', error: { name: 'Login Error', message: 'three', titleCode: 'login-failed' } },
    ]);
  });

  it('keeps five notifications by default', async () => {
    const { store } = storeHarness(refineV3Provider({ login: rejects() }).provider);
    for (let i = 0; i < 7; i += 1) await store.login({});
    expect(store.state.notifications.map((n) => n.id)).to.deep.equal([3, 4, 5, 6, 7]);
  });

  it('dismiss(id) removes one notification; an unknown id changes nothing', async () => {
    const { store, states } = storeHarness(refineV3Provider({ login: rejects(), logout: rejects() }).provider);
    await store.login({});
    await store.logout();
    const [first, second] = store.state.notifications;
    const published = states.length;
    store.dismiss(999);
    expect(states).to.have.length(published);
    store.dismiss(first.id);
    expect(store.state.notifications).to.deep.equal([second]);
    expect(store.state.errors.login).to.not.equal(undefined); // the form's error stays
  });
});

describe('default store', () => {
  it('configureAuth(options) creates the default store and tells listeners', () => {
    const heard: unknown[] = [];
    const stop = onDefaultStoreChange((store) => heard.push(store));
    const store = configureAuth({ authProvider: refineV3Provider().provider, loginPath: '/signin' });
    stop();
    expect(getDefaultStore()).to.equal(store);
    expect(store.loginPath).to.equal('/signin');
    expect(heard).to.deep.equal([store]);
  });

  it('configureAuth(store) adopts a ready store; unsubscribed listeners hear nothing', () => {
    const heard: unknown[] = [];
    const stop = onDefaultStoreChange((store) => heard.push(store));
    stop();
    const ready = createAuthStore({ authProvider: refineV3Provider().provider });
    expect(configureAuth(ready)).to.equal(ready);
    expect(getDefaultStore()).to.equal(ready);
    expect(heard).to.deep.equal([]);
  });

  it('configureAuth with a broken provider throws and keeps the previous default', () => {
    const before = configureAuth({ authProvider: refineV3Provider().provider });
    const { provider } = refineV3Provider({ checkAuth: undefined });
    expect(() => configureAuth({ authProvider: provider })).to.throw(TypeError, '"checkAuth"');
    expect(getDefaultStore()).to.equal(before);
  });
});

describe('independent stores', () => {
  it('two stores share no session, cache, pending flag or notification', async () => {
    const one = refineV3Provider();
    const two = refineV3Provider({ login: rejects() });
    const a = storeHarness(one.provider);
    const b = storeHarness(two.provider);
    const held = one.hold('login');
    const pending = a.store.login({});
    await b.store.login({});
    expect(a.store.state.pending.login).to.equal(true);
    expect(b.store.state.pending.login).to.equal(false);
    held.resolve();
    await pending;
    expect(a.store.state.status).to.equal('authenticated');
    expect(b.store.state.status).to.equal('unknown');
    expect(a.store.state.notifications).to.deep.equal([]);
    expect(b.store.state.notifications).to.have.length(1);
    await Promise.all([a.store.checkAuth(), b.store.checkAuth()]);
    expect(one.countOf('checkAuth')).to.equal(1);
    expect(two.countOf('checkAuth')).to.equal(1);
    await a.store.logout();
    expect(b.store.state.status).to.equal('authenticated');
    expect(a.navigations).to.deep.equal([
      { to: '/', replace: false },
      { to: '/login', replace: false },
    ]);
    expect(b.navigations).to.deep.equal([]);
  });
});

describe('the real address bar', () => {
  let original: { url: string; state: unknown };
  beforeEach(() => {
    original = { url: location.pathname + location.search + location.hash, state: history.state };
  });
  afterEach(() => history.replaceState(original.state, '', original.url));

  it('login reads ?to= from location when no location option is given', async () => {
    history.replaceState(null, '', '/login?to=%2Freports');
    const { store, navigations } = storeHarness(refineV3Provider().provider, { location: undefined });
    expect(await store.login({})).to.deep.equal({ ok: true, redirectTo: '/reports', navigated: true });
    expect(navigations).to.deep.equal([{ to: '/reports', replace: true }]);
  });

  it('updatePassword merges the real query string; a guard builds ?to= from it', async () => {
    history.replaceState(null, '', '/update-password?token=t0k3n');
    const fake = refineV3Provider({ checkAuth: rejects() });
    const { store, navigations } = storeHarness(fake.provider, { location: undefined });
    await store.updatePassword({ password: 'p' });
    expect(fake.argsOf('updatePassword')).to.deep.equal([[{ token: 't0k3n', password: 'p' }]]);
    await store.checkAuth({}, { redirect: true });
    expect(navigations).to.deep.equal([{ to: '/login?to=%2Fupdate-password%3Ftoken%3Dt0k3n', replace: true }]);
  });

  it('without a navigate option, the store pushes with location.assign and replaces with location.replace', async () => {
    // Same path and query, new fragment: a same-document navigation the test page survives.
    const here = location.pathname + location.search;
    const fake = refineV3Provider({ login: resolves(`${here}#pushed`), checkAuth: rejects({ redirectPath: `${here}#replaced` }) });
    const store = createAuthStore({ authProvider: fake.provider });
    const entries = history.length;
    expect(await store.login({})).to.deep.equal({ ok: true, redirectTo: `${here}#pushed`, navigated: true });
    expect(location.hash).to.equal('#pushed');
    expect(history.length).to.equal(entries + 1);
    await store.checkAuth({}, { redirect: true });
    expect(location.hash).to.equal('#replaced');
    expect(history.length).to.equal(entries + 1);
  });

  it('a location option answering undefined falls back to http://localhost/', async () => {
    const fake = refineV3Provider({ login: resolves(`${location.origin}/same-origin-elsewhere`) });
    const { store, navigations } = storeHarness(fake.provider, { location: () => undefined });
    await store.login({});
    // The test page's origin is not http://localhost/, so its absolute URL is refused.
    expect(navigations).to.deep.equal([{ to: '/', replace: false }]);
  });
});

describe('deferred (test helper)', () => {
  it('settles only when told to', async () => {
    const held = deferred<string>();
    let value: string | undefined;
    void held.promise.then((v) => (value = v));
    await Promise.resolve();
    expect(value).to.equal(undefined);
    held.resolve('done');
    await held.promise;
    expect(value).to.equal('done');
  });
});
