/**
 * Sign-in beyond passwords: challenges (a second factor, a verified e-mail) and the optional
 * actions that answer them, once per dialect. Each test asserts the provider calls, the outcome,
 * the navigation and the resulting store state.
 */
import { expect } from '@open-wc/testing';
import type { AuthAction, AuthChallenge, AuthStoreOptions } from './index.js';
import { DEFAULT_ERRORS, TIMEOUT_ERROR } from './index.js';
import { DIALECTS, neverSettles, resolves, throws, type Behaviour, type DialectKit } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';

/** How each dialect says "one more step": v3 and react-admin resolve it, v4 answers it. */
const challengeIn: Record<DialectKit['dialect'], (challenge: unknown) => Behaviour> = {
  'refine-v3': (challenge) => resolves({ challenge }),
  'refine-v4': (challenge) => resolves({ success: false, challenge }),
  'react-admin': (challenge) => resolves({ challenge }),
};

const TWO_FACTOR: AuthChallenge = { type: 'two-factor', methods: ['totp', 'otp', 'backup-code'] };
const VERIFY_EMAIL: AuthChallenge = { type: 'verify-email', email: 'ada@example.com' };

/** The optional actions, with the params a form would pass. */
const SIGN_IN_ACTIONS = ['verifyTwoFactor', 'loginWithCode'] as const;
const SEND_ACTIONS = ['sendTwoFactorCode', 'sendLoginCode', 'sendVerificationEmail'] as const;
const OPTIONAL = [...SIGN_IN_ACTIONS, ...SEND_ACTIONS, 'sendMagicLink', 'verifyEmail'] as const;
type Optional = (typeof OPTIONAL)[number];

const PARAMS: Record<Optional, Record<string, unknown>> = {
  verifyTwoFactor: { method: 'totp', code: '123456', trustDevice: true },
  loginWithCode: { email: 'ada@example.com', code: '654321' },
  sendTwoFactorCode: { method: 'otp' },
  sendLoginCode: { email: 'ada@example.com' },
  sendVerificationEmail: { email: 'ada@example.com' },
  sendMagicLink: { email: 'ada@example.com', redirectTo: '/reports' },
  verifyEmail: { token: 'abc' },
};

for (const kit of DIALECTS) {
  const challenge = challengeIn[kit.dialect];
  const setup = (overrides: Record<string, Behaviour | undefined> = {}, options: Partial<AuthStoreOptions> = {}) => {
    const fake = kit.create(overrides);
    return { fake, ...storeHarness(fake.provider, options) };
  };
  /** Every optional method, succeeding. */
  const all = (overrides: Record<string, Behaviour | undefined> = {}) =>
    ({ ...Object.fromEntries(OPTIONAL.map((m) => [m, kit.succeed()])), ...overrides });

  describe(`factors: ${kit.dialect}`, () => {
    describe('challenges', () => {
      it('login answering a two-factor challenge: stays signed out, exposes it, no error, no navigation', async () => {
        const { store, navigations, states } = setup({ login: challenge(TWO_FACTOR) });
        const outcome = await store.login({ email: 'ada@example.com', password: 'pw' });
        expect(outcome).to.deep.equal({ ok: false, challenge: TWO_FACTOR });
        expect(store.state.challenge).to.deep.equal(TWO_FACTOR);
        expect(store.state.status).to.equal('unauthenticated');
        expect(store.state.errors).to.deep.equal({});
        expect(store.state.notifications).to.deep.equal([]);
        expect(store.state.pending.login).to.equal(false);
        expect(navigations).to.deep.equal([]);
        expect(states.some((s) => s.status === 'authenticated')).to.equal(false);
      });

      it('cancelChallenge drops the challenge without a provider call; a later challenge sets it again', async () => {
        const { fake, store, states } = setup({ login: challenge(TWO_FACTOR) });
        await store.login({});
        const before = fake.calls.length;
        const changes = states.length;
        store.cancelChallenge();
        expect(store.state.challenge).to.equal(null);
        expect(store.state.status).to.equal('unauthenticated');
        expect(fake.calls.length).to.equal(before);
        store.cancelChallenge();
        expect(states.length).to.equal(changes + 1);
        await store.login({});
        expect(store.state.challenge).to.deep.equal(TWO_FACTOR);
      });

      it('a challenge beats a ?to= return path and a pending earlier login error', async () => {
        const { fake, store, navigations, at } = setup({ login: kit.fail({ message: 'Nope' }) });
        at('/login?to=/reports');
        await store.login({});
        expect(store.state.errors.login?.message).to.equal('Nope');
        fake.set('login', challenge(VERIFY_EMAIL));
        expect(await store.login({})).to.deep.equal({ ok: false, challenge: VERIFY_EMAIL });
        expect(store.state.errors.login).to.equal(undefined);
        expect(navigations).to.deep.equal([]);
      });

      it('register answering a verify-email challenge: not signed in, no navigation', async () => {
        const { store, navigations } = setup({ register: challenge(VERIFY_EMAIL) });
        expect(await store.register({ email: 'ada@example.com' })).to.deep.equal({ ok: false, challenge: VERIFY_EMAIL });
        expect(store.state.challenge).to.deep.equal(VERIFY_EMAIL);
        expect(store.state.status).to.equal('unauthenticated');
        expect(store.state.notifications).to.deep.equal([]);
        expect(navigations).to.deep.equal([]);
      });

      it('loginWithCode and verifyEmail may answer a challenge too', async () => {
        const { store } = setup(all({ loginWithCode: challenge(TWO_FACTOR), verifyEmail: challenge({ type: 'two-factor' }) }));
        expect(await store.loginWithCode(PARAMS.loginWithCode)).to.deep.equal({ ok: false, challenge: TWO_FACTOR });
        expect(await store.verifyEmail({ token: 't' })).to.deep.equal({ ok: false, challenge: { type: 'two-factor' } });
        expect(store.state.challenge).to.deep.equal({ type: 'two-factor' });
      });

      it('keeps only known methods, in the provider\'s order, and a string e-mail', async () => {
        const { fake, store } = setup({ login: challenge({ type: 'two-factor', methods: ['otp', 'sms', 'otp', 'totp', 7] }) });
        expect((await store.login({})).challenge).to.deep.equal({ type: 'two-factor', methods: ['otp', 'totp'] });
        fake.set('login', challenge({ type: 'two-factor', methods: ['sms'] }));
        expect((await store.login({})).challenge).to.deep.equal({ type: 'two-factor' });
        fake.set('login', challenge({ type: 'verify-email', email: { html: '<b>x</b>' } }));
        expect((await store.login({})).challenge).to.deep.equal({ type: 'verify-email' });
        expect(Object.isFrozen(store.state.challenge)).to.equal(true);
      });

      it('an unknown challenge type is no challenge: the answer is read as before', async () => {
        const { store } = setup({ login: challenge({ type: 'captcha' }) });
        const outcome = await store.login({});
        expect(outcome.challenge).to.equal(undefined);
        expect(store.state.challenge).to.equal(null);
      });

      it('a successful sign-in clears the challenge', async () => {
        const { fake, store } = setup({ login: challenge(TWO_FACTOR) });
        await store.login({});
        fake.set('login', kit.succeed());
        expect((await store.login({})).ok).to.equal(true);
        expect(store.state.challenge).to.equal(null);
        expect(store.state.status).to.equal('authenticated');
      });

      it('logout clears the challenge', async () => {
        const { store } = setup({ login: challenge(TWO_FACTOR) });
        await store.login({});
        await store.logout();
        expect(store.state.challenge).to.equal(null);
      });

      it('a challenge answered after a logout is stale: nothing changes', async () => {
        const { fake, store, navigations } = setup();
        const held = fake.hold('login');
        const login = store.login({});
        await store.logout({ redirectPath: false });
        held.resolve(kit.dialect === 'refine-v4' ? { success: false, challenge: TWO_FACTOR } : { challenge: TWO_FACTOR });
        expect(await login).to.deep.equal({ ok: false, stale: true });
        expect(store.state.challenge).to.equal(null);
        expect(store.state.status).to.equal('unauthenticated');
        expect(navigations).to.deep.equal([]);
      });

      it('a register challenge answered after a logout is stale too', async () => {
        const { fake, store } = setup({ register: kit.succeed() });
        const held = fake.hold('register');
        const register = store.register({});
        await store.logout({ redirectPath: false });
        held.resolve(kit.dialect === 'refine-v4' ? { success: false, challenge: VERIFY_EMAIL } : { challenge: VERIFY_EMAIL });
        expect(await register).to.deep.equal({ ok: false, stale: true });
        expect(store.state.challenge).to.equal(null);
      });

      it('a second factor verified after a logout is stale: still signed out', async () => {
        const { fake, store, navigations } = setup(all());
        const held = fake.hold('verifyTwoFactor');
        const verify = store.verifyTwoFactor(PARAMS.verifyTwoFactor);
        await store.logout({ redirectPath: false });
        held.resolve(kit.dialect === 'refine-v4' ? { success: true } : undefined);
        expect(await verify).to.deep.equal({ ok: false, stale: true });
        expect(store.state.status).to.equal('unauthenticated');
        expect(navigations).to.deep.equal([]);
      });
    });

    describe("main's rules: a late sign-in is ended, onSuccess, the offline gate", () => {
      for (const action of [...SIGN_IN_ACTIONS, 'verifyEmail'] as const) {
        it(`${action}: a success answered after a logout ends that session (one more provider logout)`, async () => {
          const { fake, store, navigations } = setup(all());
          const held = fake.hold(action);
          const pending = store[action](PARAMS[action]);
          await store.logout({ redirectPath: false });
          const logouts = fake.countOf(kit.method('logout'));
          held.resolve(kit.dialect === 'refine-v4' ? { success: true } : undefined);
          expect(await pending).to.deep.equal({ ok: false, stale: true });
          expect(fake.countOf(kit.method('logout'))).to.equal(logouts + 1);
          expect(store.state.status).to.equal('unauthenticated');
          expect(navigations).to.deep.equal([]);
        });

        it(`${action}: another sign-in made meanwhile makes its answer stale, without a logout`, async () => {
          const { fake, store } = setup(all());
          const held = fake.hold(action);
          const pending = store[action](PARAMS[action]);
          expect((await store.login({})).ok).to.equal(true);
          const session = store.state.session;
          held.resolve(kit.dialect === 'refine-v4' ? { success: true } : undefined);
          expect(await pending).to.deep.equal({ ok: false, stale: true });
          expect(fake.countOf(kit.method('logout'))).to.equal(0);
          expect(store.state.session).to.equal(session);
        });
      }

      for (const action of OPTIONAL) {
        it(`${action}: onSuccess runs once on success, never on a failure`, async () => {
          const { fake, store } = setup(all({ [action]: kit.fail({ message: 'No' }) }));
          let calls = 0;
          const onSuccess = () => {
            calls += 1;
          };
          await store[action](PARAMS[action], { onSuccess });
          expect(calls).to.equal(0);
          fake.set(action, kit.succeed(false));
          await store[action](PARAMS[action], { onSuccess });
          expect(calls).to.equal(1);
        });
      }

      it('a challenge is no success: onSuccess does not run', async () => {
        const { store } = setup(all({ login: challenge(TWO_FACTOR) }));
        let calls = 0;
        const outcome = await store.login({}, { onSuccess: () => (calls += 1) });
        expect(outcome).to.deep.equal({ ok: false, challenge: TWO_FACTOR });
        expect(calls).to.equal(0);
      });

      it('a second factor that signs in starts a new session (state.session)', async () => {
        const { store } = setup(all({ login: challenge(TWO_FACTOR) }));
        await store.login({});
        const before = store.state.session;
        expect((await store.verifyTwoFactor(PARAMS.verifyTwoFactor)).ok).to.equal(true);
        expect(store.state.session).to.equal(before + 1);
        expect(store.state).to.include({ status: 'authenticated', challenge: null });
      });
    });

    describe('verifyTwoFactor and loginWithCode sign in like login', () => {
      for (const action of SIGN_IN_ACTIONS) {
        it(`${action}: passes its params, signs in, clears the challenge, pushes /`, async () => {
          const { fake, store, navigations } = setup(all({ login: challenge(TWO_FACTOR) }));
          await store.login({});
          const outcome = await store[action](PARAMS[action]);
          expect(fake.argsOf(action)).to.deep.equal([[PARAMS[action]]]);
          expect(fake.calls.at(-1)!.self).to.equal(fake.provider);
          expect(outcome).to.deep.equal({ ok: true, redirectTo: '/', navigated: true });
          expect(navigations).to.deep.equal([{ to: '/', replace: false }]);
          expect(store.state.status).to.equal('authenticated');
          expect(store.state.challenge).to.equal(null);
        });

        it(`${action}: a ?to= return path wins and replaces; an unsafe resolved path falls back`, async () => {
          const { fake, store, navigations, at } = setup(all());
          at('/login?to=%2Freports%3Fy%3D1');
          expect((await store[action](PARAMS[action])).redirectTo).to.equal('/reports?y=1');
          at('/login');
          fake.set(action, kit.succeed('https://evil.example/'));
          expect((await store[action](PARAMS[action])).redirectTo).to.equal('/');
          fake.set(action, kit.succeed(false));
          expect(await store[action](PARAMS[action])).to.deep.equal({ ok: true });
          expect(navigations).to.deep.equal([
            { to: '/reports?y=1', replace: true },
            { to: '/', replace: false },
          ]);
        });

        it(`${action}: a failure keeps the challenge, records and notifies the error with its code`, async () => {
          const { fake, store, navigations } = setup(all({ login: challenge(TWO_FACTOR) }));
          await store.login({});
          fake.set(action, kit.fail({ name: 'Two-factor', message: 'Invalid code', code: 'invalid-code' }));
          const error = { name: 'Two-factor', message: 'Invalid code', code: 'invalid-code' };
          expect(await store[action](PARAMS[action])).to.deep.equal({ ok: false, error });
          expect(store.state.errors[action]).to.deep.equal(error);
          expect(store.state.notifications.map((n) => [n.action, n.error])).to.deep.equal([[action, error]]);
          expect(store.state.challenge).to.deep.equal(TWO_FACTOR);
          expect(store.state.status).to.equal('unauthenticated');
          expect(navigations).to.deep.equal([]);
        });

        it(`${action}: a bare failure gets the default error and code; notify: false only records it`, async () => {
          const { store } = setup(all({ [action]: kit.fail() }));
          const outcome = await store[action](PARAMS[action], { notify: false });
          expect(outcome.error).to.deep.equal(DEFAULT_ERRORS[action]);
          expect(outcome.error?.code).to.equal(action === 'verifyTwoFactor' ? 'verify-two-factor-failed' : 'login-with-code-failed');
          expect(store.state.notifications).to.deep.equal([]);
          expect(store.state.errors[action]).to.deep.equal(DEFAULT_ERRORS[action]);
        });
      }
    });

    describe('the send actions', () => {
      for (const action of SEND_ACTIONS) {
        it(`${action}: passes its params, stays, keeps the challenge`, async () => {
          const { fake, store, navigations } = setup(all({ login: challenge(TWO_FACTOR) }));
          await store.login({});
          expect(await store[action](PARAMS[action])).to.deep.equal({ ok: true });
          expect(fake.argsOf(action)).to.deep.equal([[PARAMS[action]]]);
          expect(store.state.challenge).to.deep.equal(TWO_FACTOR);
          expect(store.state.status).to.equal('unauthenticated');
          expect(navigations).to.deep.equal([]);
        });

        it(`${action}: a resolved safe path goes there (push), an unsafe one stays`, async () => {
          const { fake, store, navigations } = setup(all({ [action]: kit.succeed('/check-inbox') }));
          expect(await store[action](PARAMS[action])).to.deep.equal({ ok: true, redirectTo: '/check-inbox', navigated: true });
          fake.set(action, kit.succeed('//evil.example/x'));
          expect(await store[action](PARAMS[action])).to.deep.equal({ ok: true });
          expect(navigations).to.deep.equal([{ to: '/check-inbox', replace: false }]);
        });

        it(`${action}: a failure is an error with the provider's code; a later success clears it`, async () => {
          const { fake, store } = setup(all({ [action]: kit.fail({ message: 'Too many attempts', code: 'too-many-attempts' }) }));
          const outcome = await store[action](PARAMS[action]);
          expect(outcome).to.deep.equal({
            ok: false,
            // The provider gave no title: the action's default title, translated by its code.
            error: { name: DEFAULT_ERRORS[action].name, message: 'Too many attempts', code: 'too-many-attempts', titleCode: DEFAULT_ERRORS[action].code },
          });
          expect(store.state.notifications).to.have.length(1);
          fake.set(action, kit.succeed());
          await store[action](PARAMS[action]);
          expect(store.state.errors[action]).to.equal(undefined);
        });
      }

      it('sendMagicLink: a safe redirectTo is passed on as given', async () => {
        const { fake, store } = setup(all());
        expect(await store.sendMagicLink(PARAMS.sendMagicLink)).to.deep.equal({ ok: true });
        expect(fake.argsOf('sendMagicLink')).to.deep.equal([[{ email: 'ada@example.com', redirectTo: '/reports' }]]);
      });

      it('sendMagicLink: an unsafe redirectTo becomes the page\'s ?to=, else homePath', async () => {
        const { fake, store, at } = setup(all(), { homePath: '/home' });
        at('/login?to=/orders');
        await store.sendMagicLink({ email: 'a@b.c', redirectTo: 'https://evil.example/' });
        at('/login?to=javascript:alert(1)');
        await store.sendMagicLink({ email: 'a@b.c' });
        expect(fake.argsOf('sendMagicLink')).to.deep.equal([
          [{ email: 'a@b.c', redirectTo: '/orders' }],
          [{ email: 'a@b.c', redirectTo: '/home' }],
        ]);
      });
    });

    describe('verifyEmail', () => {
      it('merges the query-string params with its own (its own win)', async () => {
        const { fake, store, at } = setup(all());
        at('/verify-email?token=from-url&callbackURL=%2Fx');
        await store.verifyEmail({ callbackURL: '/mine' });
        expect(fake.argsOf('verifyEmail')).to.deep.equal([[{ token: 'from-url', callbackURL: '/mine' }]]);
      });

      it('success: the session is asked again, the challenge cleared, stays without a path', async () => {
        const { fake, store, navigations } = setup(all({ register: challenge(VERIFY_EMAIL) }));
        await store.register({});
        const checks = fake.countOf(kit.method('check'));
        expect(await store.verifyEmail()).to.deep.equal({ ok: true });
        expect(store.state.challenge).to.equal(null);
        expect(store.state.status).to.equal('unknown');
        await store.checkAuth();
        expect(fake.countOf(kit.method('check'))).to.equal(checks + 1);
        expect(navigations).to.deep.equal([]);
      });

      it('a resolved path goes there; a failure keeps the verify-email challenge and carries the code', async () => {
        const { fake, store, navigations } = setup(all({ register: challenge(VERIFY_EMAIL), verifyEmail: kit.succeed('/dashboard?welcome=1') }));
        expect(await store.verifyEmail()).to.deep.equal({ ok: true, redirectTo: '/dashboard?welcome=1', navigated: true });
        expect(navigations).to.deep.equal([{ to: '/dashboard?welcome=1', replace: false }]);
        await store.register({});
        fake.set('verifyEmail', kit.fail({ message: 'This link has expired.', code: 'link-expired' }));
        const outcome = await store.verifyEmail({ token: 'old' });
        expect(outcome.error).to.deep.equal({ name: 'Verification Error', message: 'This link has expired.', code: 'link-expired', titleCode: 'verify-email-failed' });
        expect(store.state.challenge).to.deep.equal(VERIFY_EMAIL);
      });

      it('an answer after a logout is stale', async () => {
        const { fake, store } = setup(all());
        const held = fake.hold('verifyEmail');
        const verify = store.verifyEmail({ token: 't' });
        await store.logout({ redirectPath: false });
        held.resolve(kit.dialect === 'refine-v4' ? { success: true } : undefined);
        expect(await verify).to.deep.equal({ ok: false, stale: true });
        expect(store.state.status).to.equal('unauthenticated');
      });
    });

    describe('the rules every action follows', () => {
      for (const action of OPTIONAL) {
        it(`${action}: without the provider method, supports() is false and it fails with code "unsupported"`, async () => {
          const { fake, store } = setup();
          expect(store.supports(action)).to.equal(false);
          const outcome = await store[action](PARAMS[action]);
          expect(outcome).to.deep.equal({
            ok: false,
            error: { name: DEFAULT_ERRORS[action].name, message: `This authProvider does not implement ${action}.`, code: 'unsupported' },
          });
          expect(fake.calls.filter((c) => c.method === action)).to.deep.equal([]);
          expect(store.state.pending[action]).to.equal(false);
        });

        it(`${action}: one call while pending, a pending flag of its own, never rejects on a throw`, async () => {
          const { fake, store } = setup(all());
          expect(store.supports(action)).to.equal(true);
          const held = fake.hold(action);
          const first = store[action](PARAMS[action]);
          const second = store[action](PARAMS[action]);
          expect(store.state.pending[action]).to.equal(true);
          expect(Object.entries(store.state.pending).filter(([, v]) => v).map(([k]) => k)).to.deep.equal([action]);
          held.reject(new Error('boom'));
          const [a, b] = await Promise.all([first, second]);
          expect(a).to.equal(b);
          expect(fake.countOf(action)).to.equal(1);
          expect(a.ok).to.equal(false);
          expect(a.error?.message).to.equal('boom');
          expect(a.error?.name).to.equal(DEFAULT_ERRORS[action].name);
          expect(store.state.pending[action]).to.equal(false);
          fake.set(action, throws('sync'));
          expect((await store[action](PARAMS[action])).error?.message).to.equal('sync');
        });

        it(`${action}: a provider that never answers times out`, async () => {
          const { store } = setup(all({ [action]: neverSettles }), { timeout: 1 });
          const outcome = await store[action](PARAMS[action]);
          expect(outcome).to.deep.equal({ ok: false, error: TIMEOUT_ERROR });
          expect(store.state.pending[action as AuthAction]).to.equal(false);
        });
      }
    });
  });
}

describe('factors: refine v4 answers', () => {
  it('a challenge wins even beside success: true', async () => {
    const { store, navigations } = storeHarness(
      DIALECTS[1].create({ login: resolves({ success: true, redirectTo: '/x', challenge: TWO_FACTOR }) }).provider,
    );
    expect(await store.login({})).to.deep.equal({ ok: false, challenge: TWO_FACTOR });
    expect(navigations).to.deep.equal([]);
  });

  it('react-admin: a challenge beside redirectTo is still a challenge', async () => {
    const { store } = storeHarness(DIALECTS[2].create({ login: resolves({ redirectTo: '/x', challenge: VERIFY_EMAIL }) }).provider);
    expect(await store.login({})).to.deep.equal({ ok: false, challenge: VERIFY_EMAIL });
  });
});
