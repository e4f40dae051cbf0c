/**
 * Success is its own signal (`onSuccess`, before any navigation), and `state.session` tells
 * everyone that the user may be someone else now.
 */
import { expect } from '@open-wc/testing';
import { captureReportedErrors, nextTask, storeHarness } from '../test-utils/store.js';
import { refineV3Provider, rejects, resolves } from '../test-utils/providers.js';

describe('onSuccess', () => {
  const actions = ['login', 'logout', 'register', 'forgotPassword', 'updatePassword'] as const;

  for (const action of actions) {
    it(`${action}: called once on success, before the navigation`, async () => {
      const fake = refineV3Provider({ forgotPassword: resolves('/sent'), updatePassword: resolves('/done') });
      const h = storeHarness(fake.provider);
      const order: string[] = [];
      const outcome = await h.store[action]({}, {
        onSuccess: () => order.push(`success (${h.navigations.length} navigations)`),
        beforeRedirect: () => (order.push('redirect'), true),
      });
      expect(outcome.ok).to.equal(true);
      expect(order).to.deep.equal(['success (0 navigations)', 'redirect']);
      expect(h.navigations).to.have.length(1);
    });

    it(`${action}: called when nothing navigates, never on failure`, async () => {
      const ok = refineV3Provider({ login: resolves(false), logout: resolves(false), register: resolves(false) });
      let calls = 0;
      const h = storeHarness(ok.provider);
      await h.store[action]({}, { onSuccess: () => (calls += 1) });
      expect(calls).to.equal(1);
      expect(h.navigations).to.deep.equal([]);

      const failing = storeHarness(refineV3Provider({ [action]: rejects(new Error('no')) }).provider);
      let failed = 0;
      const outcome = await failing.store[action]({}, { onSuccess: () => (failed += 1) });
      expect(outcome.ok).to.equal(false);
      expect(failed).to.equal(0);
    });
  }

  it('checkAuth: called when authenticated, not when not', async () => {
    let calls = 0;
    const fake = refineV3Provider();
    const h = storeHarness(fake.provider, { checkCacheTime: 0 });
    await h.store.checkAuth({}, { onSuccess: () => (calls += 1) });
    fake.set('checkAuth', rejects());
    await h.store.checkAuth({}, { onSuccess: () => (calls += 1) });
    expect(calls).to.equal(1);
  });

  it('is not called for a stale login (a logout won meanwhile)', async () => {
    const fake = refineV3Provider();
    const held = fake.hold('login');
    const h = storeHarness(fake.provider);
    let calls = 0;
    const login = h.store.login({}, { onSuccess: () => (calls += 1) });
    await h.store.logout({}, { redirect: false });
    held.resolve(undefined);
    expect((await login).ok).to.equal(false);
    expect(calls).to.equal(0);
  });

  it('a throwing onSuccess is reported, and the action still succeeds and navigates', async () => {
    const reported = captureReportedErrors();
    try {
      const h = storeHarness(refineV3Provider().provider);
      const outcome = await h.store.login({}, { onSuccess: () => { throw new Error('app bug'); } });
      await nextTask();
      expect(outcome.ok).to.equal(true);
      expect(h.navigations).to.have.length(1);
      expect(reported.errors.map((e) => (e as Error).message)).to.deep.equal(['app bug']);
    } finally {
      reported.stop();
    }
  });
});

describe('state.session', () => {
  it('starts at 0 and is bumped by login, logout and register', async () => {
    const { store } = storeHarness(refineV3Provider().provider);
    expect(store.state.session).to.equal(0);
    await store.login({}, { redirect: false });
    expect(store.state.session).to.equal(1);
    // Signing in again as someone else, without a logout in between, is a new session too.
    await store.login({}, { redirect: false });
    expect(store.state.session).to.equal(2);
    await store.logout({}, { redirect: false });
    expect(store.state.session).to.equal(3);
    await store.register({}, { redirect: false });
    expect(store.state.session).to.equal(4);
  });

  it('is bumped by a checkError that logs out, not by one that keeps the session', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    await store.checkError({ status: 500 });
    expect(store.state.session).to.equal(0);
    fake.set('checkError', rejects());
    await store.checkError({ status: 401 }, { redirect: false });
    expect(store.state.session).to.equal(1);
  });

  it('is bumped by a check that flips the status, not by the first answer or a confirming one', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider, { checkCacheTime: 0 });
    await store.checkAuth();
    await store.checkAuth();
    expect(store.state.session).to.equal(0);
    fake.set('checkAuth', rejects());
    await store.checkAuth();
    expect(store.state.status).to.equal('unauthenticated');
    expect(store.state.session).to.equal(1);
    await store.checkAuth();
    expect(store.state.session).to.equal(1);
    fake.set('checkAuth', resolves());
    await store.checkAuth();
    expect(store.state.session).to.equal(2);
  });

  it('a flip forgets the permissions of the old session', async () => {
    const fake = refineV3Provider({ getPermissions: resolves(['admin']) });
    const { store } = storeHarness(fake.provider, { checkCacheTime: 0 });
    await store.checkAuth();
    expect((await store.getPermissions()).data).to.deep.equal(['admin']);
    // Another tab signs out, then in as someone else; this tab only sees checks.
    fake.set('checkAuth', rejects());
    await store.checkAuth();
    fake.set('checkAuth', resolves());
    fake.set('getPermissions', resolves(['editor']));
    await store.checkAuth();
    expect((await store.getPermissions()).data).to.deep.equal(['editor']);
  });
});
