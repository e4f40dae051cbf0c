/**
 * A logout that overtakes a pending login or register: the late answer is stale, and when it
 * says "signed in" the provider has just created a session the user asked to end. The store
 * ends it (one provider logout, no navigation, no notification), once per dialect.
 */
import { expect } from '@open-wc/testing';
import { DIALECTS, type Behaviour } from '../test-utils/providers.js';
import { loadLazyActions, nextTask, storeHarness } from '../test-utils/store.js';

// These races send the register before the logout, as a person's two clicks would: the register's
// code has arrived by the time anyone can click again.
before(loadLazyActions);

const CREDENTIALS = { email: 'jane@mail.com', password: 'secret' };

for (const kit of DIALECTS) {
  const setup = (overrides: Record<string, Behaviour | undefined> = {}) => {
    // react-admin has no register of its own; give every dialect one to race.
    const fake = kit.create({ register: kit.succeed(), ...overrides });
    return { fake, ...storeHarness(fake.provider, { checkCacheTime: 60_000 }) };
  };
  // The sign-in and sign-out calls; the identity the store loads after a sign-in is beside the point here.
  const methods = (fake: { calls: { method: string }[] }) =>
    fake.calls.map((c) => c.method).filter((m) => m !== 'getIdentity' && m !== 'getUserIdentity');

  describe(`stale session after logout: ${kit.dialect}`, () => {
    for (const action of ['login', 'register'] as const) {
      describe(action, () => {
        it(`a ${action} that succeeds after the logout finished is stale, and its session is logged out`, async () => {
          const { fake, store, navigations } = setup();
          const held = fake.hold(action);
          const late = store[action](CREDENTIALS);
          expect(await store.logout()).to.deep.equal({ ok: true, redirectTo: '/login', navigated: true });
          held.resolve(kit.succeed('/inbox')());
          expect(await late).to.deep.equal({ ok: false, stale: true });
          expect(methods(fake)).to.deep.equal([action, 'logout', 'logout']);
          // The clean-up logout gets no redirectPath and does not navigate.
          expect(fake.argsOf('logout')[1]).to.deep.equal([{}]);
          expect(navigations).to.deep.equal([{ to: '/login', replace: false }]);
          expect(store.state.status).to.equal('unauthenticated');
          expect(store.state.notifications).to.deep.equal([]);
          expect(store.state.errors).to.deep.equal({});
          expect(store.state.pending[action]).to.equal(false);
          expect(store.state.pending.logout).to.equal(false);
        });

        it(`a ${action} that succeeds while the logout is pending: the clean-up runs after that logout`, async () => {
          const { fake, store, navigations } = setup();
          const heldAction = fake.hold(action);
          const heldLogout = fake.hold('logout');
          const late = store[action](CREDENTIALS);
          const logout = store.logout();
          heldAction.resolve(kit.succeed()());
          // The clean-up waits for the user's logout rather than racing it.
          await nextTask();
          expect(methods(fake)).to.deep.equal([action, 'logout']);
          fake.set('logout', kit.succeed());
          heldLogout.resolve(kit.succeed()());
          expect(await logout).to.deep.equal({ ok: true, redirectTo: '/login', navigated: true });
          expect(await late).to.deep.equal({ ok: false, stale: true });
          expect(methods(fake)).to.deep.equal([action, 'logout', 'logout']);
          expect(navigations).to.deep.equal([{ to: '/login', replace: false }]);
          expect(store.state.status).to.equal('unauthenticated');
        });

        it(`a ${action} that fails after the logout is stale: no clean-up, no error shown`, async () => {
          const { fake, store } = setup();
          const held = fake.hold(action);
          const late = store[action](CREDENTIALS);
          await store.logout();
          held.resolve(kit.fail({ message: 'late' })());
          expect(await late).to.deep.equal({ ok: false, stale: true });
          expect(methods(fake)).to.deep.equal([action, 'logout']);
          expect(store.state.errors).to.deep.equal({});
          expect(store.state.notifications).to.deep.equal([]);
        });

        it('when the clean-up logout fails, the state says so: a coded logout error, still unauthenticated', async () => {
          const { fake, store, navigations } = setup();
          const held = fake.hold(action);
          const late = store[action](CREDENTIALS);
          await store.logout();
          fake.set('logout', kit.fail({ message: 'Server down' }));
          held.resolve(kit.succeed()());
          expect(await late).to.deep.equal({ ok: false, stale: true });
          expect(methods(fake)).to.deep.equal([action, 'logout', 'logout']);
          expect(store.state.status).to.equal('unauthenticated');
          const error = store.state.errors.logout;
          expect(error?.code).to.equal('logout-failed');
          expect(error?.message).to.equal('Server down');
          expect(store.state.notifications).to.deep.equal([]);
          expect(navigations).to.deep.equal([{ to: '/login', replace: false }]);
        });

        it('when the clean-up logout throws synchronously, the state says so too', async () => {
          const { fake, store } = setup();
          const held = fake.hold(action);
          const late = store[action](CREDENTIALS);
          await store.logout();
          fake.set('logout', () => {
            throw new Error('boom');
          });
          held.resolve(kit.succeed()());
          expect(await late).to.deep.equal({ ok: false, stale: true });
          expect(store.state.status).to.equal('unauthenticated');
          expect(store.state.errors.logout?.code).to.equal('logout-failed');
        });

        it(`after the clean-up, checkAuth asks the provider again`, async () => {
          const { fake, store } = setup();
          const held = fake.hold(action);
          const late = store[action](CREDENTIALS);
          await store.logout();
          // A check answered while the late session still existed must not be reused.
          fake.set(kit.method('check'), kit.authenticated());
          const checking = store.checkAuth();
          held.resolve(kit.succeed()());
          await late;
          await checking;
          fake.set(kit.method('check'), kit.unauthenticated());
          expect((await store.checkAuth()).ok).to.equal(false);
          expect(store.state.status).to.equal('unauthenticated');
        });
      });
    }

    it('a register outrun by a successful login is stale, and the login session is not logged out', async () => {
      const { fake, store } = setup();
      const held = fake.hold('register');
      const late = store.register(CREDENTIALS);
      expect((await store.login(CREDENTIALS, { redirect: false })).ok).to.equal(true);
      held.resolve(kit.succeed()());
      expect(await late).to.deep.equal({ ok: false, stale: true });
      expect(methods(fake)).to.deep.equal(['register', 'login']);
      expect(store.state.status).to.equal('authenticated');
    });

    it('a login outrun by logout then a fresh register stays signed in as the register made it', async () => {
      const { fake, store } = setup();
      const held = fake.hold('login');
      const late = store.login(CREDENTIALS);
      await store.logout();
      expect((await store.register(CREDENTIALS, { redirect: false })).ok).to.equal(true);
      held.resolve(kit.succeed()());
      expect(await late).to.deep.equal({ ok: false, stale: true });
      // The user's last word was "sign me up", not "sign me out".
      expect(methods(fake)).to.deep.equal(['login', 'logout', 'register']);
    });
  });
}
