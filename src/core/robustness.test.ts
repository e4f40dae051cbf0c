/**
 * Whatever a provider (or the app's navigate/subscriber/beforeRedirect) does, every action
 * resolves to a clear outcome, the store stays consistent and no rejection goes unhandled.
 */
import { expect } from '@open-wc/testing';
import { TIMEOUT_ERROR, type AuthOutcome, type AuthStore } from './index.js';
import { settle } from './settle.js';
import {
  neverSettles,
  refineV3Provider,
  refineV4Provider,
  rejects,
  resolves,
  returns,
  throws,
  type Behaviour,
} from '../test-utils/providers.js';
import { captureReportedErrors, nextTask, storeHarness } from '../test-utils/store.js';

/**
 * Chromium dispatches `unhandledrejection` in a task it queues after the one that left the
 * rejection unhandled; two task turns are enough to hear about everything the test started.
 */
async function rejectionsReported(): Promise<void> {
  await nextTask();
  await nextTask();
}

/** Fails the test if any promise rejection went unhandled while it ran. */
function expectNoUnhandledRejections() {
  const unhandled: unknown[] = [];
  const record = (event: PromiseRejectionEvent) => {
    unhandled.push(event.reason);
    event.preventDefault();
  };
  beforeEach(() => {
    unhandled.length = 0;
    window.addEventListener('unhandledrejection', record);
  });
  afterEach(async () => {
    await rejectionsReported();
    window.removeEventListener('unhandledrejection', record);
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
  });
}

// Signed in, the store loads the identity by itself: let that load answer, then nothing may
// be left pending.
const idle = async (store: AuthStore) => {
  if (store.state.status === 'authenticated') await store.getIdentity();
  return Object.values(store.state.pending).every((p) => p === false);
};

describe('robustness: the unhandled-rejection spy', () => {
  it('the spy itself sees an unhandled rejection (so it can fail)', async () => {
    const seen: unknown[] = [];
    const spy = (event: PromiseRejectionEvent) => {
      seen.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', spy);
    void Promise.reject('probe');
    await rejectionsReported();
    window.removeEventListener('unhandledrejection', spy);
    expect(seen).to.deep.equal(['probe']);
  });
});

describe('robustness: odd provider answers', () => {
  expectNoUnhandledRejections();

  const LOGIN: ReadonlyArray<[label: string, behaviour: Behaviour, expected: AuthOutcome]> = [
    ['throws synchronously', throws(new Error('sync boom')), { ok: false, error: { name: 'Login Error', message: 'sync boom', titleCode: 'login-failed' } }],
    ['returns a path without a promise', returns('/direct'), { ok: true, redirectTo: '/direct', navigated: true }],
    ['returns nothing without a promise', returns(undefined), { ok: true, redirectTo: '/', navigated: true }],
    [
      'returns a resolving thenable',
      () => ({ then: (resolve: (v: unknown) => void) => resolve('/thenable') }),
      { ok: true, redirectTo: '/thenable', navigated: true },
    ],
    [
      'returns a rejecting thenable',
      () => ({ then: (_: unknown, reject: (r: unknown) => void) => reject({ message: 'thenable says no' }) }),
      { ok: false, error: { name: 'Login Error', message: 'thenable says no', titleCode: 'login-failed' } },
    ],
    [
      'returns a thenable whose then throws',
      () => ({
        then() {
          throw new Error('then boom');
        },
      }),
      { ok: false, error: { name: 'Login Error', message: 'then boom', titleCode: 'login-failed' } },
    ],
    ['rejects with undefined', rejects(undefined), { ok: false, error: { name: 'Login Error', message: 'Invalid credentials', code: 'login-failed' } }],
    ['rejects with null', rejects(null), { ok: false, error: { name: 'Login Error', message: 'Invalid credentials', code: 'login-failed' } }],
    ['rejects with a number', rejects(500), { ok: false, error: { name: 'Login Error', message: 'Invalid credentials', code: 'login-failed' } }],
  ];

  for (const [label, behaviour, expected] of LOGIN) {
    it(`login ${label}: ${expected.ok ? 'succeeds' : 'fails'} cleanly`, async () => {
      const fake = refineV3Provider({ login: behaviour });
      const { store, navigations } = storeHarness(fake.provider);
      expect(await store.login({ u: 1 })).to.deep.equal(expected);
      expect(fake.argsOf('login')).to.deep.equal([[{ u: 1 }]]);
      expect(navigations).to.deep.equal(expected.navigated ? [{ to: expected.redirectTo, replace: false }] : []);
      expect(store.state.status).to.equal(expected.ok ? 'authenticated' : 'unknown');
      expect(store.state.errors.login).to.deep.equal(expected.error);
      expect(await idle(store)).to.equal(true);
    });
  }

  it('checkAuth that throws synchronously means not authenticated', async () => {
    const { store } = storeHarness(refineV3Provider({ checkAuth: throws(new Error('x')) }).provider);
    expect(await store.checkAuth()).to.deep.equal({ ok: false });
    expect(store.state.status).to.equal('unauthenticated');
    expect(await idle(store)).to.equal(true);
  });

  it('checkAuth that returns a value without a promise means authenticated', async () => {
    const { store } = storeHarness(refineV3Provider({ checkAuth: returns({ id: 1 }) }).provider);
    expect(await store.checkAuth()).to.deep.equal({ ok: true, data: { id: 1 } });
  });

  it('a v3 checkError that throws synchronously is a rejection: logs out', async () => {
    const fake = refineV3Provider({ checkError: throws(new Error('bad')) });
    const { store } = storeHarness(fake.provider);
    const outcome = await store.checkError({});
    expect(outcome.ok).to.equal(false);
    expect(fake.countOf('logout')).to.equal(1);
    expect(await idle(store)).to.equal(true);
  });

  it('getIdentity that throws or returns a plain value', async () => {
    const fake = refineV3Provider({ getUserIdentity: throws('nope'), getPermissions: returns(['r']) });
    const { store } = storeHarness(fake.provider);
    expect(await store.getIdentity()).to.deep.equal({ ok: false, error: { name: 'Identity Error', message: 'nope', titleCode: 'identity-failed' } });
    expect(await store.getPermissions()).to.deep.equal({ ok: true, data: ['r'] });
  });

  it('a v4 answer that is a revoked proxy is a failure', async () => {
    const revoked = () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    };
    const fake = refineV4Provider({ login: () => Promise.resolve(revoked()), check: () => Promise.resolve(revoked()) });
    const { store } = storeHarness(fake.provider);
    // Resolving a promise with it already throws (reading `then`), so it arrives as a rejection.
    expect((await store.login({})).ok).to.equal(false);
    expect(await store.checkAuth()).to.deep.equal({ ok: false });
    expect(await idle(store)).to.equal(true);
  });

  it('a v4 answer whose `in` check throws is read as a plain value', async () => {
    const trap = () => new Proxy({}, { has: () => { throw new Error('has trap'); } });
    const fake = refineV4Provider({ login: () => Promise.resolve(trap()), check: () => Promise.resolve(trap()) });
    const { store, navigations } = storeHarness(fake.provider);
    expect(await store.login({})).to.deep.equal({ ok: true, redirectTo: '/', navigated: true });
    expect(navigations).to.deep.equal([{ to: '/', replace: false }]);
    expect(await store.checkAuth()).to.deep.equal({ ok: false });
    expect(await idle(store)).to.equal(true);
  });

  it('answers with throwing getters read as absent fields', async () => {
    const boom = () => {
      throw new Error('getter');
    };
    const fake = refineV4Provider({
      login: () => Promise.resolve(Object.defineProperty({ success: true }, 'redirectTo', { get: boom })),
      check: () => Promise.resolve(Object.defineProperty({}, 'authenticated', { get: boom })),
    });
    const { store, navigations } = storeHarness(fake.provider);
    expect(await store.login({})).to.deep.equal({ ok: true, redirectTo: '/', navigated: true });
    expect(navigations).to.deep.equal([{ to: '/', replace: false }]);
    expect(await store.checkAuth()).to.deep.equal({ ok: false });
    expect(await idle(store)).to.equal(true);
  });

  it('params with a throwing getter fail the action cleanly, before any provider call', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    const params = Object.defineProperty({}, 'password', {
      enumerable: true,
      get() {
        throw new Error('params getter');
      },
    });
    expect(await store.updatePassword(params)).to.deep.equal({
      ok: false,
      error: { name: 'Update Password Error', message: 'params getter', titleCode: 'update-password-failed' },
    });
    expect(fake.calls).to.deep.equal([]);
    expect(await idle(store)).to.equal(true);
  });

  it('the tutorial minimum (four methods) answers every action', async () => {
    const fake = refineV3Provider({
      getPermissions: undefined,
      getUserIdentity: undefined,
      register: undefined,
      forgotPassword: undefined,
      updatePassword: undefined,
    });
    const { store } = storeHarness(fake.provider);
    const outcomes = await Promise.all([
      store.register(),
      store.forgotPassword(),
      store.updatePassword(),
      store.getIdentity(),
      store.getPermissions(),
    ]);
    expect(outcomes.map((o) => o.ok)).to.deep.equal([false, false, false, false, false]);
    expect(outcomes.every((o) => o.error?.message.startsWith('This authProvider does not implement'))).to.equal(true);
    expect(fake.calls).to.deep.equal([]);
    expect(await idle(store)).to.equal(true);
  });
});

describe('robustness: a provider that never answers (timeout)', () => {
  expectNoUnhandledRejections();
  const setup = (overrides: Parameters<typeof refineV3Provider>[0]) => {
    const fake = refineV3Provider(overrides);
    return { fake, ...storeHarness(fake.provider, { timeout: 20 }) };
  };

  for (const action of ['login', 'logout', 'register', 'forgotPassword', 'updatePassword'] as const) {
    it(`${action} times out with a Timeout error, flags cleared, status unchanged`, async () => {
      const { fake, store, navigations } = setup({ [action]: neverSettles });
      expect(await store[action]({})).to.deep.equal({ ok: false, error: TIMEOUT_ERROR });
      expect(fake.countOf(action)).to.equal(1);
      expect(store.state.errors[action]).to.deep.equal(TIMEOUT_ERROR);
      expect(store.state.notifications.map((n) => n.error)).to.deep.equal([TIMEOUT_ERROR]);
      expect(store.state.status).to.equal('unknown');
      expect(navigations).to.deep.equal([]);
      expect(await idle(store)).to.equal(true);
    });
  }

  it('a late login answer after the timeout changes nothing', async () => {
    const { fake, store, navigations } = setup({});
    const held = fake.hold('login');
    expect(await store.login({})).to.deep.equal({ ok: false, error: TIMEOUT_ERROR });
    held.resolve('/late');
    await nextTask();
    expect(store.state.status).to.equal('unknown');
    expect(navigations).to.deep.equal([]);
  });

  it('a late rejection after the timeout is handled', async () => {
    const { fake, store } = setup({});
    const held = fake.hold('logout');
    await store.logout();
    held.reject(new Error('late'));
    await nextTask();
    expect(store.state.notifications).to.have.length(1);
  });

  it('checkAuth times out: not marked unauthenticated, a guard does not redirect', async () => {
    const { store, navigations, states } = setup({ checkAuth: neverSettles });
    expect(await store.checkAuth({}, { redirect: true })).to.deep.equal({ ok: false, error: TIMEOUT_ERROR });
    expect(store.state.status).to.equal('unknown');
    expect(states.some((s) => s.status === 'checking')).to.equal(true);
    expect(states.some((s) => s.status === 'unauthenticated')).to.equal(false);
    expect(store.state.errors.checkAuth).to.deep.equal(TIMEOUT_ERROR);
    expect(navigations).to.deep.equal([]);
    expect(await idle(store)).to.equal(true);
  });

  it('checkAuth timing out keeps an authenticated status', async () => {
    const { fake, store } = setup({});
    await store.login({}, { redirect: false });
    fake.set('checkAuth', neverSettles);
    expect((await store.checkAuth()).error).to.deep.equal(TIMEOUT_ERROR);
    expect(store.state.status).to.equal('authenticated');
  });

  it('checkError times out: the session is kept and the timeout reported', async () => {
    const { fake, store } = setup({ checkError: neverSettles });
    expect(await store.checkError({ status: 401 })).to.deep.equal({ ok: false, error: TIMEOUT_ERROR });
    expect(fake.countOf('logout')).to.equal(0);
    expect(await idle(store)).to.equal(true);
  });

  it('getIdentity times out: no data, a Timeout error', async () => {
    const { store } = setup({ getUserIdentity: neverSettles });
    expect(await store.getIdentity()).to.deep.equal({ ok: false, error: TIMEOUT_ERROR });
    expect(store.state.identity).to.equal(null);
    expect(await idle(store)).to.equal(true);
  });
});

describe('robustness: the app’s own callbacks', () => {
  expectNoUnhandledRejections();

  it('a throwing subscriber breaks neither the store nor other subscribers; its error is reported', async () => {
    const fake = refineV3Provider();
    const { store, states } = storeHarness(fake.provider);
    const reported = captureReportedErrors();
    try {
      store.subscribe(() => {
        throw new Error('subscriber bug');
      });
      const seen: string[] = [];
      store.subscribe((state) => seen.push(state.status));
      expect(await store.login({}, { redirect: false })).to.deep.equal({ ok: true, redirectTo: '/', navigated: false });
      expect(store.state.status).to.equal('authenticated');
      expect(seen).to.include('authenticated');
      expect(states.at(-1)).to.equal(store.state);
      await nextTask();
      expect(reported.errors.length).to.be.greaterThan(0);
      expect((reported.errors[0] as Error).message).to.equal('subscriber bug');
    } finally {
      reported.stop();
    }
  });

  it('an unsubscribed listener hears nothing more', async () => {
    const { store } = storeHarness(refineV3Provider().provider);
    const seen: unknown[] = [];
    const unsubscribe = store.subscribe((s) => seen.push(s));
    unsubscribe();
    await store.login({});
    expect(seen).to.deep.equal([]);
  });

  it('beforeRedirect returning false cancels navigation (store option)', async () => {
    const intents: unknown[] = [];
    const { store, navigations } = storeHarness(refineV3Provider().provider, {
      beforeRedirect: (intent) => {
        intents.push(intent);
        return false;
      },
    });
    expect(await store.login({})).to.deep.equal({ ok: true, redirectTo: '/', navigated: false });
    expect(intents).to.deep.equal([{ to: '/', action: 'login', replace: false }]);
    expect(navigations).to.deep.equal([]);
    expect(store.state.status).to.equal('authenticated');
  });

  it('beforeRedirect returning false cancels navigation (per call); true lets it through', async () => {
    const fake = refineV3Provider({ checkAuth: rejects() });
    const { store, navigations } = storeHarness(fake.provider, { checkCacheTime: 0 });
    const outcome = await store.checkAuth({}, { redirect: true, beforeRedirect: () => false });
    expect(outcome).to.deep.equal({ ok: false, redirectTo: '/login?to=%2Fdashboard', navigated: false });
    expect(navigations).to.deep.equal([]);
    await store.logout({}, { beforeRedirect: () => true });
    expect(navigations).to.deep.equal([{ to: '/login', replace: false }]);
  });

  it('redirect: false reports the target without navigating or asking beforeRedirect', async () => {
    let asked = false;
    const { store, navigations } = storeHarness(refineV3Provider({ register: resolves('/next') }).provider, {
      beforeRedirect: () => (asked = true),
    });
    expect(await store.register({}, { redirect: false })).to.deep.equal({ ok: true, redirectTo: '/next', navigated: false });
    expect(asked).to.equal(false);
    expect(navigations).to.deep.equal([]);
  });

  it('a throwing navigate leaves the store consistent and the login successful', async () => {
    const reported = captureReportedErrors();
    try {
      const { store } = storeHarness(refineV3Provider().provider, {
        navigate: () => {
          throw new Error('router broke');
        },
      });
      expect(await store.login({})).to.deep.equal({ ok: true, redirectTo: '/', navigated: false });
      expect(store.state.status).to.equal('authenticated');
      expect(store.state.errors).to.deep.equal({});
      expect(await idle(store)).to.equal(true);
      await nextTask();
      expect((reported.errors[0] as Error).message).to.equal('router broke');
    } finally {
      reported.stop();
    }
  });

  it('a throwing navigate does not make a guard’s checkAuth reject', async () => {
    const reported = captureReportedErrors();
    try {
      const { store } = storeHarness(refineV3Provider({ checkAuth: rejects() }).provider, {
        navigate: () => {
          throw new Error('router broke');
        },
      });
      const outcome = await store.checkAuth({}, { redirect: true });
      expect(outcome).to.deep.equal({ ok: false, redirectTo: '/login?to=%2Fdashboard', navigated: false });
      expect(store.state.status).to.equal('unauthenticated');
      expect(await idle(store)).to.equal(true);
      await nextTask();
      expect(reported.errors).to.have.length(1);
    } finally {
      reported.stop();
    }
  });

  it('a throwing beforeRedirect is treated like a throwing navigate', async () => {
    const reported = captureReportedErrors();
    try {
      const { store, navigations } = storeHarness(refineV3Provider().provider);
      const outcome = await store.logout({}, {
        beforeRedirect: () => {
          throw new Error('listener broke');
        },
      });
      expect(outcome).to.deep.equal({ ok: true, redirectTo: '/login', navigated: false });
      expect(navigations).to.deep.equal([]);
      expect(store.state.status).to.equal('unauthenticated');
      await nextTask();
      expect(reported.errors).to.have.length(1);
    } finally {
      reported.stop();
    }
  });
});

describe('settle', () => {
  expectNoUnhandledRejections();

  it('reports fulfilment, rejection, a synchronous throw and a timeout; never rejects', async () => {
    expect(await settle(() => 1, 0)).to.deep.equal({ status: 'fulfilled', value: 1 });
    expect(await settle(() => Promise.reject(2), 0)).to.deep.equal({ status: 'rejected', reason: 2 });
    expect(await settle(() => {
      throw 3;
    }, 10)).to.deep.equal({ status: 'rejected', reason: 3 });
    expect(await settle(() => new Promise(() => {}), 20)).to.deep.equal({ status: 'timeout' });
    expect(await settle(() => Promise.resolve(4), 1000)).to.deep.equal({ status: 'fulfilled', value: 4 });
  });
});
