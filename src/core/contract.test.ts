/**
 * The provider contract table of DESIGN.md, row by row, once per dialect. Each test asserts the
 * provider calls, the outcome, the navigation and the resulting store state.
 */
import { expect } from '@open-wc/testing';
import { createAuthStore, type AuthStoreOptions } from './index.js';
import { ADMIN, DIALECTS, JANE, rejects, type Behaviour } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';

const CREDENTIALS = { email: 'jane@mail.com', password: 'secret' };

for (const kit of DIALECTS) {
  const setup = (overrides: Record<string, Behaviour | undefined> = {}, options: Partial<AuthStoreOptions> = {}) => {
    const fake = kit.create(overrides);
    return { fake, ...storeHarness(fake.provider, options) };
  };
  const check = kit.method('check');
  const onError = kit.method('onError');

  describe(`contract: ${kit.dialect}`, () => {
    it('is detected as its dialect', () => {
      expect(setup().store.dialect).to.equal(kit.dialect);
    });

    describe('login', () => {
      it('resolved with nothing: authenticated, pushes /', async () => {
        const { fake, store, navigations } = setup({ login: kit.succeed() });
        const outcome = await store.login(CREDENTIALS);
        expect(fake.argsOf('login')).to.deep.equal([[CREDENTIALS]]);
        expect(fake.calls[0].self).to.equal(fake.provider);
        expect(outcome).to.deep.equal({ ok: true, redirectTo: '/', navigated: true });
        expect(navigations).to.deep.equal([{ to: '/', replace: false }]);
        expect(store.state.status).to.equal('authenticated');
        expect(store.state.pending.login).to.equal(false);
      });

      it('resolved with a path: pushes that path', async () => {
        const { store, navigations } = setup({ login: kit.succeed('/welcome?tour=1') });
        expect(await store.login(CREDENTIALS)).to.deep.equal({ ok: true, redirectTo: '/welcome?tour=1', navigated: true });
        expect(navigations).to.deep.equal([{ to: '/welcome?tour=1', replace: false }]);
      });

      it('resolved with false: authenticated, stays', async () => {
        const { store, navigations } = setup({ login: kit.succeed(false) });
        expect(await store.login(CREDENTIALS)).to.deep.equal({ ok: true });
        expect(navigations).to.deep.equal([]);
        expect(store.state.status).to.equal('authenticated');
      });

      it('a ?to= return path wins over the resolved path and replaces', async () => {
        const { store, navigations, at } = setup({ login: kit.succeed('/welcome') });
        at('/login?to=%2Freports%3Fyear%3D2024');
        expect(await store.login(CREDENTIALS)).to.deep.equal({ ok: true, redirectTo: '/reports?year=2024', navigated: true });
        expect(navigations).to.deep.equal([{ to: '/reports?year=2024', replace: true }]);
      });

      it('resolved false beats ?to= (stays)', async () => {
        const { store, navigations, at } = setup({ login: kit.succeed(false) });
        at('/login?to=/reports');
        expect(await store.login(CREDENTIALS)).to.deep.equal({ ok: true });
        expect(navigations).to.deep.equal([]);
      });

      it('an unsafe ?to= is ignored: the resolved path is used', async () => {
        const { store, navigations, at } = setup({ login: kit.succeed('/welcome') });
        at('/login?to=https://evil.example/phish');
        expect(await store.login(CREDENTIALS)).to.deep.equal({ ok: true, redirectTo: '/welcome', navigated: true });
        expect(navigations).to.deep.equal([{ to: '/welcome', replace: false }]);
      });

      it('an unsafe resolved path falls back to /', async () => {
        const { store, navigations } = setup({ login: kit.succeed('javascript:alert(1)') });
        expect(await store.login(CREDENTIALS)).to.deep.equal({ ok: true, redirectTo: '/', navigated: true });
        expect(navigations).to.deep.equal([{ to: '/', replace: false }]);
      });

      it('rejected with nothing: stays, notifies "Login Error" / "Invalid credentials"', async () => {
        const { store, navigations } = setup({ login: kit.fail() });
        const error = { name: 'Login Error', message: 'Invalid credentials', code: 'login-failed' };
        expect(await store.login(CREDENTIALS)).to.deep.equal({ ok: false, error });
        expect(navigations).to.deep.equal([]);
        expect(store.state.status).to.equal('unknown');
        expect(store.state.errors.login).to.deep.equal(error);
        expect(store.state.notifications).to.deep.equal([{ id: 1, action: 'login', error }]);
        expect(store.state.pending.login).to.equal(false);
      });

      it('rejected with { name, message }: notifies them', async () => {
        const error = { name: 'Login Failed!', message: "The email or password that you've entered doesn't match any account." };
        const { store } = setup({ login: kit.fail(error) });
        expect(await store.login(CREDENTIALS)).to.deep.equal({ ok: false, error });
        expect(store.state.notifications.map((n) => n.error)).to.deep.equal([error]);
      });

      it('a later success clears the login error', async () => {
        const { fake, store } = setup({ login: kit.fail() });
        await store.login(CREDENTIALS);
        fake.set('login', kit.succeed(false));
        await store.login(CREDENTIALS);
        expect(store.state.errors.login).to.equal(undefined);
        expect(fake.countOf('login')).to.equal(2);
      });
    });

    describe('logout', () => {
      it('resolved with nothing: unauthenticated, pushes /login', async () => {
        const { fake, store, navigations } = setup({ logout: kit.succeed() });
        await store.login(CREDENTIALS);
        const outcome = await store.logout({ id: '1' });
        expect(fake.argsOf('logout')).to.deep.equal([[{ id: '1' }]]);
        expect(outcome).to.deep.equal({ ok: true, redirectTo: '/login', navigated: true });
        expect(navigations.at(-1)).to.deep.equal({ to: '/login', replace: false });
        expect(store.state.status).to.equal('unauthenticated');
      });

      it('resolved with a path: goes there', async () => {
        const { store, navigations } = setup({ logout: kit.succeed('/bye') });
        expect(await store.logout()).to.deep.equal({ ok: true, redirectTo: '/bye', navigated: true });
        expect(navigations).to.deep.equal([{ to: '/bye', replace: false }]);
      });

      it('params.redirectPath wins over the resolved path', async () => {
        const { fake, store, navigations } = setup({ logout: kit.succeed('/bye') });
        expect(await store.logout({ redirectPath: '/custom-page' })).to.deep.equal({
          ok: true,
          redirectTo: '/custom-page',
          navigated: true,
        });
        expect(fake.argsOf('logout')).to.deep.equal([[{ redirectPath: '/custom-page' }]]);
        expect(navigations).to.deep.equal([{ to: '/custom-page', replace: false }]);
      });

      it('resolved with false: logged out, stays', async () => {
        const { store, navigations } = setup({ logout: kit.succeed(false) });
        expect(await store.logout()).to.deep.equal({ ok: true });
        expect(navigations).to.deep.equal([]);
        expect(store.state.status).to.equal('unauthenticated');
      });

      it('params.redirectPath false stays even when the provider resolved a path', async () => {
        const { store, navigations } = setup({ logout: kit.succeed('/bye') });
        expect(await store.logout({ redirectPath: false })).to.deep.equal({ ok: true });
        expect(navigations).to.deep.equal([]);
      });

      it('rejected: stays signed in and notifies', async () => {
        const error = { name: 'Logout Failed!', message: 'Something went wrong.' };
        const { store, navigations } = setup({ logout: kit.fail(error) });
        await store.login(CREDENTIALS);
        expect(await store.logout()).to.deep.equal({ ok: false, error });
        expect(navigations).to.have.length(1); // only the login's
        expect(store.state.status).to.equal('authenticated');
        expect(store.state.errors.logout).to.deep.equal(error);
        expect(store.state.notifications.map((n) => n.action)).to.deep.equal(['logout']);
      });

      it('rejected with nothing: notifies the logout default', async () => {
        const { store } = setup({ logout: kit.fail() });
        const outcome = await store.logout();
        expect(outcome.error).to.deep.equal({ name: 'Logout Error', message: 'Something went wrong during logout', code: 'logout-failed' });
      });
    });

    describe('checkAuth', () => {
      it('resolved: authenticated, no navigation even for a guard', async () => {
        const { fake, store, navigations } = setup({ [check]: kit.authenticated() });
        const outcome = await store.checkAuth({ scope: 'admin' }, { redirect: true });
        expect(fake.argsOf(check)).to.deep.equal([[{ scope: 'admin' }]]);
        expect(outcome.ok).to.equal(true);
        expect(outcome.navigated).to.equal(undefined);
        expect(navigations).to.deep.equal([]);
        expect(store.state.status).to.equal('authenticated');
        expect(store.state.pending.checkAuth).to.equal(false);
      });

      it('rejected: not authenticated, no navigation unless asked', async () => {
        const { fake, store, navigations } = setup({ [check]: kit.unauthenticated() });
        expect(await store.checkAuth()).to.deep.equal({ ok: false });
        expect(fake.argsOf(check)).to.deep.equal([[{}]]);
        expect(navigations).to.deep.equal([]);
        expect(store.state.status).to.equal('unauthenticated');
        expect(store.state.notifications).to.deep.equal([]);
      });

      it('rejected with a redirect path: a guard replaces to it', async () => {
        const { store, navigations } = setup({ [check]: kit.unauthenticated('/custom-page') }, { checkCacheTime: 0 });
        expect(await store.checkAuth()).to.deep.equal({ ok: false });
        expect(navigations).to.deep.equal([]);
        expect(await store.checkAuth({}, { redirect: true })).to.deep.equal({
          ok: false,
          redirectTo: '/custom-page',
          navigated: true,
        });
        expect(navigations).to.deep.equal([{ to: '/custom-page', replace: true }]);
      });

      it('rejected without a path: a guard goes to /login?to=<path+search>', async () => {
        const { store, navigations, at } = setup({ [check]: kit.unauthenticated() });
        at('/orders/7?tab=items&page=2');
        const outcome = await store.checkAuth({}, { redirect: true });
        const to = `/login?to=${encodeURIComponent('/orders/7?tab=items&page=2')}`;
        expect(outcome).to.deep.equal({ ok: false, redirectTo: to, navigated: true });
        expect(navigations).to.deep.equal([{ to, replace: true }]);
        expect(new URL(to, location.origin).searchParams.get('to')).to.equal('/orders/7?tab=items&page=2');
      });

      it('a guard already on the login page does not redirect', async () => {
        const { store, navigations, at } = setup({ [check]: kit.unauthenticated() });
        at('/login?to=/orders');
        expect(await store.checkAuth({}, { redirect: true })).to.deep.equal({ ok: false });
        expect(navigations).to.deep.equal([]);
      });

      it('an unsafe redirect path falls back to the login page', async () => {
        const { store, navigations } = setup({ [check]: kit.unauthenticated('//evil.example/x') });
        await store.checkAuth({}, { redirect: true });
        expect(navigations).to.deep.equal([{ to: '/login?to=%2Fdashboard', replace: true }]);
      });
    });

    describe('checkError', () => {
      const apiError = { status: 401, message: 'Unauthorized' };

      it('resolved: keeps the session, calls no logout', async () => {
        const { fake, store, navigations } = setup({ [onError]: kit.keepSession() });
        await store.login(CREDENTIALS, { redirect: false });
        expect(await store.checkError(apiError)).to.deep.equal({ ok: true });
        expect(fake.argsOf(onError)).to.deep.equal([[apiError]]);
        expect(fake.countOf('logout')).to.equal(0);
        expect(navigations).to.deep.equal([]);
        expect(store.state.status).to.equal('authenticated');
      });

      it('logging out with a path: logs out, then goes there', async () => {
        const { fake, store, navigations } = setup({ [onError]: kit.logOut('/session-expired') });
        await store.login(CREDENTIALS, { redirect: false });
        expect(await store.checkError(apiError)).to.deep.equal({ ok: false, redirectTo: '/session-expired', navigated: true });
        expect(fake.argsOf('logout')).to.deep.equal([[{ redirectPath: '/session-expired' }]]);
        expect(navigations).to.deep.equal([{ to: '/session-expired', replace: false }]);
        expect(store.state.status).to.equal('unauthenticated');
        expect(store.state.pending.checkError).to.equal(false);
      });

      it('logging out with false: logs out, no redirect', async () => {
        const { fake, store, navigations } = setup({ [onError]: kit.logOut(false) });
        expect(await store.checkError(apiError)).to.deep.equal({ ok: false });
        expect(fake.argsOf('logout')).to.deep.equal([[{ redirectPath: false }]]);
        expect(navigations).to.deep.equal([]);
        expect(store.state.status).to.equal('unauthenticated');
      });

      it('logging out with no path: goes to the logout default', async () => {
        const { fake, store, navigations } = setup({ [onError]: kit.logOut() });
        expect(await store.checkError(apiError)).to.deep.equal({ ok: false, redirectTo: '/login', navigated: true });
        expect(fake.argsOf('logout')).to.deep.equal([[{}]]);
        expect(navigations).to.deep.equal([{ to: '/login', replace: false }]);
      });

      it('logging out with no path: the logout resolved path is used', async () => {
        const { store, navigations } = setup({ [onError]: kit.logOut(), logout: kit.succeed('/signed-out') });
        await store.checkError(apiError);
        expect(navigations).to.deep.equal([{ to: '/signed-out', replace: false }]);
      });
    });

    describe('register', () => {
      it('resolved with false: stays', async () => {
        const { fake, store, navigations } = setup({ register: kit.succeed(false) });
        expect(await store.register(CREDENTIALS)).to.deep.equal({ ok: true });
        expect(fake.argsOf('register')).to.deep.equal([[CREDENTIALS]]);
        expect(navigations).to.deep.equal([]);
      });

      it('resolved with a path: goes there', async () => {
        const { store, navigations } = setup({ register: kit.succeed('/onboarding') });
        expect(await store.register(CREDENTIALS)).to.deep.equal({ ok: true, redirectTo: '/onboarding', navigated: true });
        expect(navigations).to.deep.equal([{ to: '/onboarding', replace: false }]);
      });

      it('resolved with nothing: goes to /', async () => {
        const { store, navigations } = setup({ register: kit.succeed() });
        expect(await store.register(CREDENTIALS)).to.deep.equal({ ok: true, redirectTo: '/', navigated: true });
        expect(navigations).to.deep.equal([{ to: '/', replace: false }]);
        expect(store.state.status).to.equal('unknown');
      });

      it('rejected: notifies, stays', async () => {
        const { store, navigations } = setup({ register: kit.fail({ message: 'Email taken' }) });
        // The provider's words, under the kit's title for the action (translated by that code).
        const error = { name: 'Register Error', message: 'Email taken', titleCode: 'register-failed' };
        expect(await store.register(CREDENTIALS)).to.deep.equal({ ok: false, error });
        expect(navigations).to.deep.equal([]);
        expect(store.state.errors.register).to.deep.equal(error);
        expect(store.state.notifications.map((n) => n.error)).to.deep.equal([error]);
      });
    });

    describe('forgotPassword', () => {
      it('resolved with a path: goes there', async () => {
        const { fake, store, navigations } = setup({ forgotPassword: kit.succeed('/check-your-email') });
        expect(await store.forgotPassword({ email: 'jane@mail.com' })).to.deep.equal({
          ok: true,
          redirectTo: '/check-your-email',
          navigated: true,
        });
        expect(fake.argsOf('forgotPassword')).to.deep.equal([[{ email: 'jane@mail.com' }]]);
        expect(navigations).to.deep.equal([{ to: '/check-your-email', replace: false }]);
      });

      it('resolved with nothing or false: stays', async () => {
        for (const answer of [undefined, false] as const) {
          const { store, navigations } = setup({ forgotPassword: kit.succeed(answer) });
          expect(await store.forgotPassword({ email: 'jane@mail.com' })).to.deep.equal({ ok: true });
          expect(navigations).to.deep.equal([]);
        }
      });

      it('rejected: notifies the default', async () => {
        const { store } = setup({ forgotPassword: kit.fail() });
        const error = { name: 'Forgot Password Error', message: 'Error while resetting password', code: 'forgot-password-failed' };
        expect(await store.forgotPassword({ email: 'x' })).to.deep.equal({ ok: false, error });
        expect(store.state.errors.forgotPassword).to.deep.equal(error);
      });
    });

    describe('updatePassword', () => {
      it('merges the query params with the form params (the form wins)', async () => {
        const { fake, store, at } = setup({ updatePassword: kit.succeed() });
        at('/update-password?token=abc123&email=from-url%40mail.com');
        await store.updatePassword({ password: 'n3w', email: 'from-form@mail.com' });
        expect(fake.argsOf('updatePassword')).to.deep.equal([
          [{ token: 'abc123', email: 'from-form@mail.com', password: 'n3w' }],
        ]);
      });

      it('resolved with a path: goes there', async () => {
        const { store, navigations } = setup({ updatePassword: kit.succeed('/login') });
        expect(await store.updatePassword({ password: 'n3w' })).to.deep.equal({ ok: true, redirectTo: '/login', navigated: true });
        expect(navigations).to.deep.equal([{ to: '/login', replace: false }]);
      });

      it('resolved with nothing: stays', async () => {
        const { store, navigations } = setup({ updatePassword: kit.succeed() });
        expect(await store.updatePassword({ password: 'n3w' })).to.deep.equal({ ok: true });
        expect(navigations).to.deep.equal([]);
      });

      it('rejected: notifies', async () => {
        const { store } = setup({ updatePassword: kit.fail({ name: 'Expired', message: 'The link expired' }) });
        expect(await store.updatePassword({ password: 'n3w' })).to.deep.equal({
          ok: false,
          error: { name: 'Expired', message: 'The link expired' },
        });
      });
    });

    describe('getIdentity / getPermissions', () => {
      const identity = kit.method('getIdentity');

      it('resolve data into the state, and are cached', async () => {
        const { fake, store } = setup();
        expect(await store.getIdentity()).to.deep.equal({ ok: true, data: JANE });
        expect(await store.getPermissions()).to.deep.equal({ ok: true, data: ADMIN });
        expect(await store.getIdentity()).to.deep.equal({ ok: true, data: JANE });
        expect(await store.getPermissions()).to.deep.equal({ ok: true, data: ADMIN });
        expect(fake.countOf(identity)).to.equal(1);
        expect(fake.countOf('getPermissions')).to.equal(1);
        expect(store.state.identity).to.equal(JANE);
        expect(store.state.permissions).to.equal(ADMIN);
      });

      it('rejected: no data', async () => {
        // Every dialect (refine v4 included) rejects here rather than resolving a result object.
        const { store } = setup({ [identity]: rejects({ message: 'nope' }), getPermissions: rejects() });
        expect(await store.getIdentity()).to.deep.equal({ ok: false, error: { name: 'Identity Error', message: 'nope', titleCode: 'identity-failed' } });
        expect(await store.getPermissions()).to.deep.equal({
          ok: false,
          error: { name: 'Permissions Error', message: 'Could not load permissions', code: 'permissions-failed' },
        });
        expect(store.state.identity).to.equal(null);
        expect(store.state.permissions).to.equal(null);
        expect(store.state.notifications).to.deep.equal([]);
      });
    });

    describe('missing methods', () => {
      it('an absent optional action gives a clear error outcome without calling anything', async () => {
        const { fake, store } = setup({ register: undefined, forgotPassword: undefined, updatePassword: undefined });
        expect(store.supports('register')).to.equal(false);
        expect(await store.register(CREDENTIALS)).to.deep.equal({
          ok: false,
          error: { name: 'Register Error', message: 'This authProvider does not implement register.', code: 'unsupported' },
        });
        expect((await store.forgotPassword()).error?.message).to.equal('This authProvider does not implement forgotPassword.');
        expect((await store.updatePassword()).error?.message).to.equal('This authProvider does not implement updatePassword.');
        expect(fake.calls).to.deep.equal([]);
      });

      it('absent identity and permissions methods give no data and a clear error', async () => {
        const { fake, store } = setup({ [kit.method('getIdentity')]: undefined, getPermissions: undefined });
        const identity = await store.getIdentity();
        expect(identity.ok).to.equal(false);
        // Without getIdentity nothing tells react-admin from refine v3, whose name for it is getUserIdentity.
        const expected = kit.dialect === 'refine-v4' ? 'getIdentity' : 'getUserIdentity';
        expect(identity.error?.message).to.equal(`This authProvider does not implement ${expected}.`);
        const permissions = await store.getPermissions();
        expect(permissions.error?.message).to.equal('This authProvider does not implement getPermissions.');
        expect(store.state.identity).to.equal(null);
        expect(fake.calls).to.deep.equal([]);
      });

      for (const method of ['login', 'logout', 'check', 'onError'] as const) {
        const name = kit.method(method);
        it(`a missing required ${name} throws a TypeError naming it`, () => {
          const { provider } = kit.create({ [name]: undefined });
          expect(() => createAuthStore({ authProvider: provider })).to.throw(TypeError, `"${name}"`);
        });
      }
    });
  });
}
