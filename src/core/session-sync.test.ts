/**
 * Session sync, in one page: another tab is played by a raw BroadcastChannel on the store's
 * channel; page lifecycle, visibility and connectivity by the events the browser would fire.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { OFFLINE_ERROR, createAuthStore, defaultChannelName, type AuthStore, type AuthStoreOptions } from './index.js';
import { JANE, refineV3Provider, rejects } from '../test-utils/providers.js';
import { nextTask, storeHarness } from '../test-utils/store.js';
import { lazySync } from './session-sync.js';

// The window listeners (visibility, focus, bfcache, online) arrive with `import()` after the
// first subscriber. A person cannot switch tabs within the milliseconds that takes; a test
// can, so it waits for the loads the stores it made started (each store's own reaction to its
// load runs before this await resumes: it was registered first).
const realLoad = lazySync.load;
const loads: Promise<unknown>[] = [];
lazySync.load = () => {
  const load = realLoad();
  loads.push(load);
  return load;
};
async function watching(): Promise<void> {
  await Promise.all(loads.splice(0));
}

const MESSAGE = 'auth-elements:session-changed';

const channels: BroadcastChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
});

/** Another tab on `name`: what it hears, and a way to say "the session changed". */
function otherTab(name: string) {
  const channel = new BroadcastChannel(name);
  const heard: unknown[] = [];
  channel.onmessage = (event) => heard.push(event.data);
  channels.push(channel);
  return { heard, changed: () => channel.postMessage({ type: MESSAGE, from: 'another-tab' }) };
}

let counter = 0;
const stores: AuthStore[] = [];
/** A harness on a channel of its own, disposed after the test. */
function synced(fake = refineV3Provider(), options: Partial<AuthStoreOptions> = {}) {
  const h = storeHarness(fake.provider, { channel: `test-${Date.now()}-${(counter += 1)}`, checkCacheTime: 0, ...options });
  stores.push(h.store);
  return { ...h, fake };
}

function setOnline(online: boolean): void {
  if (online) delete (navigator as { onLine?: boolean }).onLine;
  else Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
}

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
  setOnline(true);
  delete (document as { visibilityState?: string }).visibilityState;
});

describe('session sync: the channel', () => {
  it('defaults to a name derived from the configuration, stable and different per configuration', () => {
    const fake = refineV3Provider();
    const a = createAuthStore({ authProvider: fake.provider });
    const b = createAuthStore({ authProvider: refineV3Provider().provider });
    const c = createAuthStore({ authProvider: fake.provider, loginPath: '/admin/login' });
    expect(a.channel).to.match(/^auth-elements:[0-9a-z]+$/);
    expect(b.channel).to.equal(a.channel);
    expect(c.channel).not.to.equal(a.channel);
    expect(defaultChannelName({ loginPath: '/login', homePath: '/', returnParam: 'to', dialect: 'refine-v3', provider: fake.provider })).to.equal(a.channel);
    // A hostile provider object still gets a name.
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect(defaultChannelName({ loginPath: '/login', homePath: '/', returnParam: 'to', dialect: 'refine-v3', provider: hostile })).to.match(/^auth-elements:/);
    expect(createAuthStore({ authProvider: fake.provider, channel: 'mine' }).channel).to.equal('mine');
    expect(createAuthStore({ authProvider: fake.provider, channel: false }).channel).to.equal(undefined);
  });

  it('announces sign-in and sign-out with nothing but "changed" and the sender document', async () => {
    const { store, fake } = synced();
    const tab = otherTab(store.channel!);
    await store.login({ email: 'jane@example.com', password: 'secret' });
    await store.logout();
    fake.set('login', rejects({ message: 'no' }));
    await store.login({ email: 'jane@example.com', password: 'wrong' });
    await waitUntil(() => tab.heard.length === 2);
    await nextTask();
    expect(tab.heard).to.have.length(2);
    for (const message of tab.heard) {
      expect(Object.keys(message as object).sort()).to.deep.equal(['from', 'type']);
      expect((message as { type: string }).type).to.equal(MESSAGE);
      expect(JSON.stringify(message)).not.to.contain('secret');
    }
  });

  it('announces even while nobody on this page listens (a short-lived channel)', async () => {
    const fake = refineV3Provider();
    const store = createAuthStore({ authProvider: fake.provider, channel: `quiet-${Date.now()}`, navigate: () => {} });
    const tab = otherTab(store.channel!);
    await store.logout();
    await waitUntil(() => tab.heard.length === 1);
  });

  it('another tab’s change: the store asks its provider again and follows the answer', async () => {
    const { store, fake, states } = synced();
    await store.checkAuth();
    await store.getIdentity();
    expect(store.state.identity).to.deep.equal(JANE);
    const tab = otherTab(store.channel!);
    fake.set('checkAuth', rejects());
    tab.changed();
    await waitUntil(() => store.state.status === 'unauthenticated');
    expect(store.state.identity).to.equal(null);
    // Back: signed in as someone else, and the identity this page had loaded is refreshed.
    fake.set('checkAuth', () => Promise.resolve());
    fake.set('getUserIdentity', () => Promise.resolve({ id: 2 }));
    await store.getIdentity(); // (fails: signed out) — the page had shown one before
    tab.changed();
    await waitUntil(() => store.state.status === 'authenticated');
    expect(states.some((s) => s.status === 'unauthenticated')).to.equal(true);
  });

  it('refreshes an identity and permissions the page had loaded when the session changes elsewhere', async () => {
    const { store, fake } = synced();
    await store.checkAuth();
    await store.getIdentity();
    await store.getPermissions();
    fake.set('getUserIdentity', () => Promise.resolve({ id: 2, name: 'Joe' }));
    fake.set('getPermissions', () => Promise.resolve(['editor']));
    otherTab(store.channel!).changed();
    await waitUntil(() => (store.state.identity as { id: number }).id === 2);
    await waitUntil(() => (store.state.permissions as string[])[0] === 'editor');
  });

  it('ignores other messages, and stores in the same document do not echo each other', async () => {
    const name = `shared-${Date.now()}`;
    const one = synced(refineV3Provider(), { channel: name });
    const two = synced(refineV3Provider(), { channel: name });
    const raw = new BroadcastChannel(name);
    raw.postMessage('session-changed');
    raw.postMessage({ type: 'other' });
    raw.postMessage(null);
    await one.store.login({});
    const tab = otherTab(name);
    await one.store.logout();
    await waitUntil(() => tab.heard.length === 1);
    await nextTask();
    raw.close();
    expect(two.fake.countOf('checkAuth')).to.equal(0);
  });

  it('on the login page, a sign-in elsewhere navigates as a login would: ?to= first, then home', async () => {
    const { store, fake, navigations, at } = synced(refineV3Provider({ checkAuth: rejects() }));
    at('/login?to=/reports');
    await store.checkAuth();
    fake.set('checkAuth', () => Promise.resolve());
    const tab = otherTab(store.channel!);
    tab.changed();
    await waitUntil(() => navigations.length === 1);
    expect(navigations).to.deep.equal([{ to: '/reports', replace: true }]);

    // Without a return path: home, pushed. An unsafe one is ignored the same way.
    at('/login?to=//evil.example');
    fake.set('checkAuth', rejects());
    tab.changed();
    await waitUntil(() => store.state.status === 'unauthenticated');
    fake.set('checkAuth', () => Promise.resolve());
    tab.changed();
    await waitUntil(() => navigations.length === 2);
    expect(navigations[1]).to.deep.equal({ to: '/', replace: false });
  });

  it('does not follow off the login page, when already signed in, or with followSignIn: false', async () => {
    const off = synced(refineV3Provider({ checkAuth: rejects() }), { followSignIn: false });
    off.at('/login');
    const elsewhere = synced(refineV3Provider({ checkAuth: rejects() }));
    elsewhere.at('/register');
    for (const h of [off, elsewhere]) {
      await h.store.checkAuth();
      h.fake.set('checkAuth', () => Promise.resolve());
      otherTab(h.store.channel!).changed();
      await waitUntil(() => h.store.state.status === 'authenticated');
      await nextTask();
      expect(h.navigations).to.deep.equal([]);
    }
    const already = synced();
    already.at('/login');
    await already.store.checkAuth();
    otherTab(already.store.channel!).changed();
    await waitUntil(() => already.fake.countOf('checkAuth') === 2);
    await nextTask();
    expect(already.navigations).to.deep.equal([]);
  });

  it('listens only while subscribed, and not at all after dispose()', async () => {
    const fake = refineV3Provider();
    const name = `lifecycle-${Date.now()}`;
    const store = createAuthStore({ authProvider: fake.provider, channel: name, checkCacheTime: 0 });
    const tab = otherTab(name);
    tab.changed();
    await nextTask();
    expect(fake.countOf('checkAuth')).to.equal(0);
    const stop = store.subscribe(() => {});
    const again = store.subscribe(() => {});
    stop();
    stop(); // twice is harmless
    tab.changed();
    await waitUntil(() => fake.countOf('checkAuth') === 1);
    again();
    tab.changed();
    await nextTask();
    expect(fake.countOf('checkAuth')).to.equal(1);
    store.subscribe(() => {});
    store.dispose();
    store.subscribe(() => {});
    tab.changed();
    window.dispatchEvent(new Event('online'));
    await nextTask();
    expect(fake.countOf('checkAuth')).to.equal(1);
  });
});

describe('session sync: visibility and focus', () => {
  const realNow = Date.now;
  let now = realNow();
  beforeEach(() => {
    now = realNow();
    Date.now = () => now;
  });
  afterEach(() => {
    Date.now = realNow;
  });

  it('re-checks when the tab becomes visible or focused after recheckAfter, once', async () => {
    const { store, fake } = synced(refineV3Provider(), { recheckAfter: 60_000 });
    await watching();
    setVisibility('visible');
    window.dispatchEvent(new Event('focus'));
    expect(fake.countOf('checkAuth')).to.equal(0); // nothing known yet: nothing to re-validate
    await store.checkAuth();
    now += 59_999;
    setVisibility('visible');
    expect(fake.countOf('checkAuth')).to.equal(1);
    now += 1;
    setVisibility('hidden');
    expect(fake.countOf('checkAuth')).to.equal(1);
    setVisibility('visible');
    window.dispatchEvent(new Event('focus')); // the same return: shares the pending check
    expect(fake.countOf('checkAuth')).to.equal(2);
    await waitUntil(() => !store.state.pending.checkAuth);
    fake.set('checkAuth', rejects());
    now += 60_000;
    window.dispatchEvent(new Event('focus'));
    await waitUntil(() => store.state.status === 'unauthenticated');
  });

  it('recheckAfter: false turns it off; offline it waits for `online`', async () => {
    const off = synced(refineV3Provider(), { recheckAfter: false });
    await off.store.checkAuth();
    const on = synced(refineV3Provider());
    await on.store.checkAuth();
    await watching();
    now += 3_600_000;
    setOnline(false);
    window.dispatchEvent(new Event('focus'));
    expect(on.fake.countOf('checkAuth')).to.equal(1);
    setOnline(true);
    window.dispatchEvent(new Event('focus'));
    expect(off.fake.countOf('checkAuth')).to.equal(1);
    expect(on.fake.countOf('checkAuth')).to.equal(2);
  });
});

describe('session sync: back/forward cache', () => {
  it('pagehide (persisted) forgets the status and holds checks; pageshow asks once', async () => {
    const { store, fake } = synced();
    await store.checkAuth();
    await watching();
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(store.state.status).to.equal('authenticated');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(store.state.status).to.equal('unknown');
    // A guard closing on the change asks at once; the provider is asked only once shown again.
    const guard = store.checkAuth({}, { redirect: true });
    await nextTask();
    expect(fake.countOf('checkAuth')).to.equal(1);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    await nextTask();
    expect(fake.countOf('checkAuth')).to.equal(1);
    fake.set('checkAuth', rejects());
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect((await guard).ok).to.equal(false);
    expect(fake.countOf('checkAuth')).to.equal(2);
    expect(store.state.status).to.equal('unauthenticated');
  });

  it('reopens the channel after a restore', async () => {
    const { store, fake } = synced();
    await store.checkAuth();
    await watching();
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await waitUntil(() => store.state.status === 'authenticated');
    const count = fake.countOf('checkAuth');
    otherTab(store.channel!).changed();
    await waitUntil(() => fake.countOf('checkAuth') === count + 1);
  });
});

describe('session sync: offline', () => {
  it('fails actions at once with code "offline"; logout and checkError still reach the provider', async () => {
    const { store, fake } = synced();
    setOnline(false);
    const login = await store.login({ email: 'a', password: 'b' }, { notify: false });
    expect(login).to.deep.equal({ ok: false, error: OFFLINE_ERROR });
    expect(login.error?.code).to.equal('offline');
    expect(store.state.errors.login).to.deep.equal(OFFLINE_ERROR);
    expect(fake.countOf('login')).to.equal(0);
    for (const action of ['register', 'forgotPassword', 'updatePassword'] as const) {
      expect((await store[action]({})).error).to.deep.equal(OFFLINE_ERROR);
    }
    expect((await store.getIdentity()).error).to.deep.equal(OFFLINE_ERROR);
    expect((await store.getPermissions()).error).to.deep.equal(OFFLINE_ERROR);
    expect(fake.countOf('getUserIdentity') + fake.countOf('getPermissions')).to.equal(0);
    await store.checkError(new Error('x'));
    await store.logout();
    expect(fake.countOf('checkError')).to.equal(1);
    expect(fake.countOf('logout')).to.equal(1);
  });

  it('an offline check keeps what was known; online, guards are made to ask again', async () => {
    const { store, fake, states } = synced();
    await store.checkAuth();
    await watching();
    setOnline(false);
    const outcome = await store.checkAuth({}, { redirect: true });
    expect(outcome).to.deep.equal({ ok: false, error: OFFLINE_ERROR });
    expect(store.state.status).to.equal('authenticated');
    expect(fake.countOf('checkAuth')).to.equal(1);
    setOnline(true);
    fake.set('checkAuth', rejects());
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => store.state.status === 'unauthenticated');
    // Passed through `unknown`, the transition a guard that closed on "offline" waits for.
    expect(states.map((s) => s.status)).to.include('unknown');
    expect(fake.countOf('checkAuth')).to.equal(2);
    // Online again without a missed check: just one more question.
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => fake.countOf('checkAuth') === 3);
  });

  it('offlineFailFast: false lets every call through', async () => {
    const { store, fake } = synced(refineV3Provider(), { offlineFailFast: false });
    setOnline(false);
    expect((await store.login({})).ok).to.equal(true);
    expect((await store.checkAuth()).ok).to.equal(true);
    expect(fake.countOf('login') + fake.countOf('checkAuth')).to.equal(2);
  });
});

describe('session sync: the window listeners load on demand', () => {
  afterEach(() => {
    lazySync.load = () => {
      const load = realLoad();
      loads.push(load);
      return load;
    };
  });

  it('loads nothing for a store without subscribers; the channel is open at once with the first', async () => {
    let asked = 0;
    lazySync.load = () => ((asked += 1), realLoad());
    const fake = refineV3Provider();
    const store = createAuthStore({ authProvider: fake.provider, channel: `eager-${Date.now()}`, navigate: () => {} });
    stores.push(store);
    await store.checkAuth();
    await store.logout();
    expect(asked).to.equal(0);
    store.subscribe(() => {});
    expect(asked).to.equal(1);
    // Heard although the listeners' module may not have arrived yet: news from another tab is not lost meanwhile.
    fake.set('checkAuth', rejects());
    otherTab(store.channel!).changed();
    await waitUntil(() => fake.countOf('checkAuth') === 2);
  });

  it('a check missed offline before the listeners arrived is asked again once they do, online', async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    lazySync.load = () => arrived.then(realLoad);
    const { store, fake, states } = synced();
    await store.checkAuth();
    setOnline(false);
    expect((await store.checkAuth({}, { redirect: true })).error).to.deep.equal(OFFLINE_ERROR);
    expect(fake.countOf('checkAuth')).to.equal(1);
    // Back online before anyone listens for `online`: the event is gone for good.
    setOnline(true);
    window.dispatchEvent(new Event('online'));
    fake.set('checkAuth', rejects());
    arrive();
    await waitUntil(() => store.state.status === 'unauthenticated');
    expect(states.map((s) => s.status)).to.include('unknown');
    expect(fake.countOf('checkAuth')).to.equal(2);
  });

  it('a module that fails to load: nothing rejects, the store and its channel work, a later first subscriber loads it again', async () => {
    const unhandled: unknown[] = [];
    const spy = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      unhandled.push(event.reason);
    };
    window.addEventListener('unhandledrejection', spy);
    try {
      let failures = 0;
      lazySync.load = () => ((failures += 1), Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
      const fake = refineV3Provider();
      const name = `failing-${Date.now()}`;
      const store = createAuthStore({ authProvider: fake.provider, channel: name, checkCacheTime: 0, navigate: () => {} });
      stores.push(store);
      const stop = store.subscribe(() => {});
      await store.checkAuth();
      await nextTask();
      expect(failures).to.equal(1);
      // Offline, calls still fail fast; the channel still carries other tabs' news.
      setOnline(false);
      expect((await store.login({})).error).to.deep.equal(OFFLINE_ERROR);
      setOnline(true);
      otherTab(name).changed();
      await waitUntil(() => fake.countOf('checkAuth') === 2);
      // The module is back (the network is): the next first subscriber gets the listeners.
      stop();
      lazySync.load = realLoad;
      store.subscribe(() => {});
      await realLoad();
      await nextTask();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      expect(store.state.status).to.equal('unknown');
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await waitUntil(() => store.state.status === 'authenticated');
      await nextTask();
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', spy);
    }
  });
});
