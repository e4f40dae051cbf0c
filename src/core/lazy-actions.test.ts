/**
 * The actions whose code the store loads on their first call (actions.ts): what a caller sees
 * while the code is on its way, and when it cannot be loaded.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { lazyActions } from './store.js';
import { refineV3Provider, rejects, resolves } from '../test-utils/providers.js';
import { nextTask, storeHarness } from '../test-utils/store.js';

const realLoad = lazyActions.load;

/** The code arrives when the test says so. */
function heldLoad() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  let loads = 0;
  lazyActions.load = () => ((loads += 1), arrived.then(realLoad));
  return { arrive, loads: () => loads };
}

function failingLoad() {
  let loads = 0;
  lazyActions.load = () => ((loads += 1), Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
  return { loads: () => loads };
}

const unhandled: unknown[] = [];
const spy = (event: PromiseRejectionEvent) => {
  event.preventDefault();
  unhandled.push(event.reason);
};

beforeEach(() => {
  lazyActions.loaded = undefined;
  unhandled.length = 0;
  window.addEventListener('unhandledrejection', spy);
});
afterEach(() => {
  lazyActions.load = realLoad;
  window.removeEventListener('unhandledrejection', spy);
});

describe('lazy actions: before their code arrives', () => {
  it('pending is set at once, a second call shares the first, the provider is asked once the code is there', async () => {
    const load = heldLoad();
    const fake = refineV3Provider();
    const { store, states } = storeHarness(fake.provider);
    const first = store.register({ email: 'a@b.c', password: 'x' });
    expect(store.state.pending.register).to.equal(true);
    expect(store.register({})).to.equal(first);
    await nextTask();
    expect(fake.countOf('register')).to.equal(0);
    load.arrive();
    expect((await first).ok).to.equal(true);
    expect(fake.argsOf('register')).to.deep.equal([[{ email: 'a@b.c', password: 'x' }]]);
    expect(store.state.pending.register).to.equal(false);
    expect(load.loads()).to.equal(1);
    // Loaded once: later calls (any lazy action) reach the provider synchronously, as before.
    void store.forgotPassword({ email: 'a@b.c' });
    expect(fake.countOf('forgotPassword')).to.equal(1);
    expect(load.loads()).to.equal(1);
    expect(states.some((s) => s.pending.register)).to.equal(true);
  });

  it('the page it was called on is what counts: the query read at the call, a logout meanwhile makes it stale', async () => {
    const load = heldLoad();
    const fake = refineV3Provider();
    const { store, at } = storeHarness(fake.provider);
    at('/reset?token=t1');
    const update = store.updatePassword({ password: 'new' });
    // The element removes the token from the address bar right after reading it.
    at('/reset');
    const register = store.register({});
    await store.logout();
    load.arrive();
    expect((await update).ok).to.equal(true);
    expect(fake.argsOf('updatePassword')).to.deep.equal([[{ token: 't1', password: 'new' }]]);
    // Begun before the logout: its session is ended again, nobody is signed in.
    expect(await register).to.deep.equal({ ok: false, stale: true });
    expect(fake.countOf('logout')).to.equal(2);
    expect(store.state.status).to.equal('unauthenticated');
  });

  it('without the provider method: unsupported at once, no code loaded', async () => {
    const load = heldLoad();
    const { store } = storeHarness(refineV3Provider({ register: undefined }).provider);
    expect((await store.register({})).error?.code).to.equal('unsupported');
    expect(load.loads()).to.equal(0);
  });
});

describe('lazy actions: code that fails to load', () => {
  it('ends like a failed call: a network error recorded and notified, pending cleared, nothing rejects; the next call loads again', async () => {
    const failing = failingLoad();
    const fake = refineV3Provider({ listSessions: resolves([]), sendLoginCode: resolves() });
    const { store } = storeHarness(fake.provider);
    for (const run of [
      () => store.register({}),
      () => store.forgotPassword({}),
      () => store.updatePassword({}),
      () => store.perform('listSessions'),
    ]) {
      const outcome = await run();
      expect(outcome.ok).to.equal(false);
      expect(outcome.error).to.include({ code: 'network', name: 'Network Error' });
    }
    expect(failing.loads()).to.equal(4);
    expect(store.state.errors.register?.code).to.equal('network');
    expect(store.state.errors.forgotPassword?.code).to.equal('network');
    expect(store.state.notifications.map((n) => n.action)).to.deep.equal(['register', 'forgotPassword', 'updatePassword', 'listSessions']);
    expect(Object.values(store.state.pending).some(Boolean)).to.equal(false);
    expect(fake.calls).to.deep.equal([]);
    // `notify: false` is honoured as for any failure.
    expect((await store.sendLoginCode({}, { notify: false })).error?.code).to.equal('network');
    expect(store.state.errors.sendLoginCode?.code).to.equal('network');
    expect(store.state.notifications).to.have.length(4);
    // Back online: the code loads, the action works.
    lazyActions.load = realLoad;
    fake.set('register', rejects({ message: 'Email taken' }));
    expect((await store.register({})).error?.message).to.equal('Email taken');
    await nextTask();
    expect(unhandled).to.deep.equal([]);
  });

  it('offline: the failed load is said as offline, like a call the offline gate refuses', async () => {
    failingLoad();
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    try {
      const outcome = await store.register({ email: 'a@b.c', password: 'x' });
      expect(outcome.error?.code).to.equal('offline');
      expect(store.state.errors.register?.code).to.equal('offline');
      expect(store.state.pending.register).to.equal(false);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(fake.calls).to.deep.equal([]);
  });

  it('a failed load changes no session (verifyEmail, which may sign in)', async () => {
    failingLoad();
    const fake = refineV3Provider({ verifyEmail: resolves() });
    const { store } = storeHarness(fake.provider);
    await store.checkAuth();
    await store.verifyEmail({ token: 'x' });
    await waitUntil(() => !store.state.pending.verifyEmail);
    expect(store.state.status).to.equal('authenticated');
    expect(store.state.errors.verifyEmail?.code).to.equal('network');
  });
});
