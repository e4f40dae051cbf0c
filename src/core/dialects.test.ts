/**
 * Dialect detection and the answers only one dialect gives (the shared contract rows are in
 * contract.test.ts).
 */
import { expect } from '@open-wc/testing';
import { createAuthStore, detectDialect } from './index.js';
import {
  reactAdminProvider,
  refineV3Provider,
  refineV4Provider,
  rejects,
  resolves,
  throws,
} from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';

const noop = () => Promise.resolve();

describe('dialect detection', () => {
  it('check or onError means refine v4+', () => {
    expect(detectDialect({ login: noop, logout: noop, check: noop, onError: noop })).to.equal('refine-v4');
    expect(detectDialect({ check: noop })).to.equal('refine-v4');
    expect(detectDialect({ onError: noop })).to.equal('refine-v4');
  });

  it('getIdentity without getUserIdentity means react-admin', () => {
    expect(detectDialect({ checkAuth: noop, checkError: noop, getIdentity: noop })).to.equal('react-admin');
  });

  it('anything else is refine v3, the tutorial shape', () => {
    expect(detectDialect({ checkAuth: noop, checkError: noop })).to.equal('refine-v3');
    expect(detectDialect({ checkAuth: noop, getIdentity: noop, getUserIdentity: noop })).to.equal('refine-v3');
    expect(detectDialect({})).to.equal('refine-v3');
  });

  it('the dialect option forces a dialect', async () => {
    // A refine v3 provider that happens to have getIdentity and not getUserIdentity.
    const fake = refineV3Provider({ getUserIdentity: undefined });
    fake.set('getIdentity' as never, resolves({ id: 2 }));
    expect(createAuthStore({ authProvider: fake.provider }).dialect).to.equal('react-admin');
    const store = createAuthStore({ authProvider: fake.provider, dialect: 'refine-v3' });
    expect(store.dialect).to.equal('refine-v3');
    expect(store.supports('getIdentity')).to.equal(false);
  });

  it('a missing or non-object provider throws a TypeError', () => {
    // @ts-expect-error deliberately bad input
    expect(() => createAuthStore({ authProvider: null })).to.throw(TypeError, 'authProvider must be an object');
    // @ts-expect-error deliberately bad input
    expect(() => createAuthStore({ authProvider: 'login' })).to.throw(TypeError, 'authProvider must be an object');
    // @ts-expect-error deliberately bad input
    expect(() => createAuthStore(undefined)).to.throw(TypeError, 'needs an options object');
  });

  it('methods on a class prototype are called with the provider as this', async () => {
    class Provider {
      token = 'abc';
      seen: unknown[] = [];
      login(this: Provider) {
        this.seen.push(this.token);
        return Promise.resolve(false);
      }
      logout() {
        return Promise.resolve();
      }
      checkAuth(this: Provider) {
        return this.token ? Promise.resolve() : Promise.reject();
      }
      checkError() {
        return Promise.resolve();
      }
    }
    const provider = new Provider();
    const store = createAuthStore({ authProvider: provider, navigate: () => {} });
    expect(await store.login()).to.deep.equal({ ok: true });
    expect((await store.checkAuth()).ok).to.equal(true);
    expect(provider.seen).to.deep.equal(['abc']);
  });
});

describe('refine v3 specifics', () => {
  it('checkError rejected with { redirectPath } logs out to that path', async () => {
    const fake = refineV3Provider({ checkError: rejects({ redirectPath: '/expired' }) });
    const { store, navigations } = storeHarness(fake.provider);
    expect(await store.checkError({ status: 401 })).to.deep.equal({ ok: false, redirectTo: '/expired', navigated: true });
    expect(fake.argsOf('logout')).to.deep.equal([[{ redirectPath: '/expired' }]]);
    expect(navigations).to.deep.equal([{ to: '/expired', replace: false }]);
  });

  it('getUserIdentity (not getIdentity) provides the identity', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    await store.getIdentity({ fresh: true });
    expect(fake.argsOf('getUserIdentity')).to.deep.equal([[{ fresh: true }]]);
  });

  it('checkAuth rejected with a { message } is not shown (refine v3 shows nothing)', async () => {
    const { store } = storeHarness(refineV3Provider({ checkAuth: rejects({ message: 'nope' }) }).provider);
    expect(await store.checkAuth()).to.deep.equal({ ok: false });
    expect(store.state.notifications).to.deep.equal([]);
  });
});

describe('refine v4 specifics', () => {
  it('check resolving { authenticated: false, error } shows the error', async () => {
    const fake = refineV4Provider({ check: resolves({ authenticated: false, error: { message: 'Session expired' } }) });
    const { store } = storeHarness(fake.provider);
    const error = { name: 'Authentication Error', message: 'Session expired', titleCode: 'not-signed-in' };
    expect(await store.checkAuth()).to.deep.equal({ ok: false, error });
    expect(store.state.errors.checkAuth).to.deep.equal(error);
    expect(store.state.notifications.map((n) => n.error)).to.deep.equal([error]);
    expect(store.state.status).to.equal('unauthenticated');
  });

  it('check resolving { authenticated: true, … } hands the result over as data', async () => {
    const answer = { authenticated: true, roles: ['a'] };
    const { store } = storeHarness(refineV4Provider({ check: resolves(answer) }).provider);
    expect(await store.checkAuth()).to.deep.equal({ ok: true, data: answer });
  });

  it('check rejecting (a crashed provider) means not authenticated', async () => {
    const { store } = storeHarness(refineV4Provider({ check: rejects(new Error('boom')) }).provider);
    expect(await store.checkAuth()).to.deep.equal({ ok: false });
    expect(store.state.status).to.equal('unauthenticated');
  });

  for (const answer of [undefined, null, {}, 'yes', { success: true }]) {
    it(`check resolving ${JSON.stringify(answer) ?? 'undefined'} fails closed (not authenticated)`, async () => {
      const { store } = storeHarness(refineV4Provider({ check: resolves(answer) }).provider);
      expect((await store.checkAuth()).ok).to.equal(false);
      expect(store.state.status).to.equal('unauthenticated');
    });
  }

  it('login resolving { success: false, error } fails with that error', async () => {
    const fake = refineV4Provider({ login: resolves({ success: false, error: new Error('Wrong password') }) });
    const { store, navigations } = storeHarness(fake.provider);
    expect(await store.login({})).to.deep.equal({ ok: false, error: { name: 'Login Error', message: 'Wrong password', titleCode: 'login-failed' } });
    expect(navigations).to.deep.equal([]);
    expect(store.state.status).to.equal('unknown');
  });

  it('a result without success is read forgivingly, like refine v3 (resolved = done)', async () => {
    const { store, navigations } = storeHarness(refineV4Provider({ login: resolves('/home') }).provider);
    expect((await store.login({})).ok).to.equal(true);
    expect(navigations).to.deep.equal([{ to: '/home', replace: false }]);
  });

  it('onError { logout: false, error } keeps the session and shows the error', async () => {
    const fake = refineV4Provider({ onError: resolves({ error: { name: 'Forbidden', message: 'No access' } }) });
    const { store, navigations } = storeHarness(fake.provider);
    const error = { name: 'Forbidden', message: 'No access' };
    expect(await store.checkError({ status: 403 })).to.deep.equal({ ok: false, error });
    expect(fake.countOf('logout')).to.equal(0);
    expect(navigations).to.deep.equal([]);
    expect(store.state.errors.checkError).to.deep.equal(error);
  });

  it('onError { logout: true, error } logs out and reports the error', async () => {
    const fake = refineV4Provider({ onError: resolves({ logout: true, redirectTo: '/login', error: { message: 'Expired' } }) });
    const { store, navigations } = storeHarness(fake.provider);
    expect(await store.checkError({ status: 401 })).to.deep.equal({
      ok: false,
      redirectTo: '/login',
      navigated: true,
      error: { name: 'Error', message: 'Expired', titleCode: 'unknown' },
    });
    expect(navigations).to.deep.equal([{ to: '/login', replace: false }]);
  });

  it('onError throwing keeps the session and reports a generic error', async () => {
    const fake = refineV4Provider({ onError: throws(new Error('bug')) });
    const { store } = storeHarness(fake.provider);
    expect(await store.checkError({})).to.deep.equal({ ok: false, error: { name: 'Error', message: 'bug', titleCode: 'unknown' } });
    expect(fake.countOf('logout')).to.equal(0);
  });
});

describe('react-admin specifics', () => {
  it('checkAuth rejected with { message } shows it', async () => {
    const { store } = storeHarness(reactAdminProvider({ checkAuth: rejects({ message: 'Please sign in' }) }).provider);
    const error = { name: 'Authentication Error', message: 'Please sign in', titleCode: 'not-signed-in' };
    expect(await store.checkAuth()).to.deep.equal({ ok: false, error });
    expect(store.state.notifications.map((n) => n.error)).to.deep.equal([error]);
  });

  it('checkAuth rejected with { message: false } shows nothing', async () => {
    const { store } = storeHarness(reactAdminProvider({ checkAuth: rejects({ message: false }) }).provider);
    expect(await store.checkAuth()).to.deep.equal({ ok: false });
    expect(store.state.notifications).to.deep.equal([]);
  });

  it('checkError rejected with { logoutUser: false } keeps the session', async () => {
    const fake = reactAdminProvider({ checkError: rejects({ logoutUser: false }) });
    const { store, navigations } = storeHarness(fake.provider);
    expect(await store.checkError({ status: 403 })).to.deep.equal({ ok: true });
    expect(fake.countOf('logout')).to.equal(0);
    expect(navigations).to.deep.equal([]);
  });

  it('checkError rejected with { logoutUser: false, message } keeps the session and shows the message', async () => {
    const fake = reactAdminProvider({ checkError: rejects({ logoutUser: false, message: 'Forbidden' }) });
    const { store } = storeHarness(fake.provider);
    expect(await store.checkError({ status: 403 })).to.deep.equal({ ok: false, error: { name: 'Error', message: 'Forbidden', titleCode: 'unknown' } });
    expect(fake.countOf('logout')).to.equal(0);
  });

  it('login resolving { redirectTo } goes there', async () => {
    const { store, navigations } = storeHarness(reactAdminProvider({ login: resolves({ redirectTo: '/posts' }) }).provider);
    expect(await store.login({})).to.deep.equal({ ok: true, redirectTo: '/posts', navigated: true });
    expect(navigations).to.deep.equal([{ to: '/posts', replace: false }]);
  });

  it('login resolving { redirectTo: false } stays', async () => {
    const { store, navigations } = storeHarness(reactAdminProvider({ login: resolves({ redirectTo: false }) }).provider);
    expect(await store.login({})).to.deep.equal({ ok: true });
    expect(navigations).to.deep.equal([]);
  });

  it('getIdentity provides the identity', async () => {
    const fake = reactAdminProvider({ getIdentity: resolves({ id: 'u1', fullName: 'Jane' }) });
    const { store } = storeHarness(fake.provider);
    expect(await store.getIdentity()).to.deep.equal({ ok: true, data: { id: 'u1', fullName: 'Jane' } });
    expect(store.state.identity).to.deep.equal({ id: 'u1', fullName: 'Jane' });
  });
});
