import { expect } from '@open-wc/testing';
// Test-only: the adapter itself never imports better-auth; the real client checks it against the wire.
import type { createAuthClient as CreateAuthClient } from 'better-auth/client';
import { createAuthStore, isAuthErrorCode } from '../core/index.js';
import {
  createBetterAuthProvider,
  type BetterAuthClientLike,
  type BetterAuthErrorLike,
  type BetterAuthFetchOptionsLike,
  BetterAuthProviderError,
  type BetterAuthResultLike,
  type BetterAuthSessionLike,
} from './better-auth.js';
import { rejection } from '../test-utils/better-auth-client.js';

type Call = { method: string; params: Record<string, unknown> };

/** What a fake endpoint does: answer data, answer an error (optionally with response headers), or throw. */
type Reply =
  | { data: unknown }
  | { error: BetterAuthErrorLike; headers?: Record<string, string> }
  | { throws: unknown };

/**
 * A fake better-auth client: records every call (without its fetchOptions), and answers from
 * `replies[method]` (a queue; the last entry repeats). Errors run the `onError` hook first, with
 * a response carrying the given headers, as better-fetch does.
 */
function fakeClient(replies: Record<string, Reply[]> = {}, extra: Partial<BetterAuthClientLike> = {}) {
  const calls: Call[] = [];
  const gates: Array<() => void> = [];
  let gated = false;
  const endpoint = (method: string) => async (params: Record<string, unknown> = {}) => {
    const { fetchOptions, ...rest } = params as { fetchOptions?: BetterAuthFetchOptionsLike };
    calls.push({ method, params: rest });
    if (gated) await new Promise<void>((resolve) => gates.push(resolve));
    const queue = replies[method] ?? [{ data: { ok: true } }];
    const reply = queue.length > 1 ? queue.shift()! : queue[0];
    if ('throws' in reply) throw reply.throws;
    if ('error' in reply) {
      const headers = new Headers(reply.headers ?? {});
      await fetchOptions?.onError?.({ response: { status: reply.error.status ?? 0, headers } });
      return { data: null, error: reply.error } as BetterAuthResultLike<never>;
    }
    return { data: reply.data, error: null } as BetterAuthResultLike<never>;
  };
  const client: BetterAuthClientLike = {
    signIn: { email: endpoint('signIn.email') },
    signUp: { email: endpoint('signUp.email') },
    signOut: endpoint('signOut'),
    getSession: endpoint('getSession') as BetterAuthClientLike['getSession'],
    requestPasswordReset: endpoint('requestPasswordReset'),
    resetPassword: endpoint('resetPassword'),
    ...extra,
  };
  return {
    client,
    calls,
    endpoint,
    /** Holds every call until `release()`: lets a test start several calls at once. */
    hold() {
      gated = true;
    },
    release() {
      gated = false;
      gates.splice(0).forEach((go) => go());
    },
  };
}

const session = (user: Record<string, unknown>): { data: BetterAuthSessionLike } => ({
  data: { user: { id: 'u1', email: 'ada@example.com', name: 'Ada', image: null, ...user }, session: { id: 's1' } },
});

describe('createBetterAuthProvider', () => {
  it('needs a client', () => {
    expect(() => createBetterAuthProvider(undefined as unknown as BetterAuthClientLike)).to.throw(TypeError, /createAuthClient/);
  });

  it('has the refine v3 shape the store detects', () => {
    const store = createAuthStore({ authProvider: createBetterAuthProvider(fakeClient().client) });
    expect(store.dialect).to.equal('refine-v3');
    for (const action of ['register', 'forgotPassword', 'updatePassword', 'getIdentity', 'getPermissions'] as const) {
      expect(store.supports(action), action).to.equal(true);
    }
  });

  describe('login', () => {
    it('calls signIn.email with email, password and rememberMe, and resolves to the default target', async () => {
      const fake = fakeClient();
      const provider = createBetterAuthProvider(fake.client);
      expect(await provider.login({ email: 'ada@example.com', password: ' pä ss ', remember: true })).to.equal(undefined);
      await provider.login({ email: 'ada@example.com', password: 'x', remember: false });
      await provider.login({ email: 'ada@example.com', password: 'x', remember: 'on' });
      await provider.login({ email: 'ada@example.com', password: 'x' });
      expect(fake.calls).to.deep.equal([
        { method: 'signIn.email', params: { email: 'ada@example.com', password: ' pä ss ', rememberMe: true } },
        { method: 'signIn.email', params: { email: 'ada@example.com', password: 'x', rememberMe: false } },
        { method: 'signIn.email', params: { email: 'ada@example.com', password: 'x', rememberMe: true } },
        // Without a remember-me box, better-auth's own default (remember) applies.
        { method: 'signIn.email', params: { email: 'ada@example.com', password: 'x' } },
      ]);
    });

    it('turns a wrong password into a clear message', async () => {
      const fake = fakeClient({
        'signIn.email': [{ error: { status: 401, code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' } }],
      });
      const error = await rejection(createBetterAuthProvider(fake.client).login({ email: 'a@b.c', password: 'no' }));
      expect(error).to.be.instanceOf(BetterAuthProviderError);
      expect({ ...error, name: error.name, message: error.message }).to.deep.equal({
        name: 'Sign-in failed',
        message: 'The e-mail address or password is incorrect.',
        code: 'invalid-credentials',
        betterAuthCode: 'INVALID_EMAIL_OR_PASSWORD',
        status: 401,
      });
    });

    it('uses signIn.username for a username when the plugin is there, signIn.email otherwise', async () => {
      const fake = fakeClient();
      fake.client.signIn.username = fake.endpoint('signIn.username');
      await createBetterAuthProvider(fake.client).login({ username: 'ada', password: 'pw' });
      const plain = fakeClient();
      await createBetterAuthProvider(plain.client).login({ username: 'ada@example.com', password: 'pw' });
      expect(fake.calls).to.deep.equal([{ method: 'signIn.username', params: { username: 'ada', password: 'pw' } }]);
      expect(plain.calls).to.deep.equal([{ method: 'signIn.email', params: { email: 'ada@example.com', password: 'pw' } }]);
    });

    it('hands a provider button to signIn.social and stays (the client leaves the page)', async () => {
      const fake = fakeClient();
      fake.client.signIn.social = fake.endpoint('signIn.social');
      expect(await createBetterAuthProvider(fake.client).login({ providerName: 'github' })).to.equal(false);
      expect(fake.calls).to.deep.equal([
        { method: 'signIn.social', params: { provider: 'github', callbackURL: `${location.origin}/`, errorCallbackURL: `${location.origin}/auth/callback` } },
      ]);
      const error = await rejection(createBetterAuthProvider(fakeClient().client).login({ providerName: 'github' }));
      expect(error.message).to.equal('Signing in with github is not available.');
    });

    it('carries a safe ?to= as the callback URL; an unsafe one falls back to /', async () => {
      const original = `${location.pathname}${location.search}`;
      try {
        for (const [to, expected] of [['/reports?x=1', '/reports?x=1'], ['https://evil.example/', '/'], ['//evil.example', '/']]) {
          history.replaceState(history.state, '', `${location.pathname}?to=${encodeURIComponent(to)}`);
          const fake = fakeClient();
          fake.client.signIn.social = fake.endpoint('signIn.social');
          await createBetterAuthProvider(fake.client, { callbackPath: '/cb' }).login({ providerName: 'demo-idp' });
          expect(fake.calls[0].params).to.deep.equal({ provider: 'demo-idp', callbackURL: `${location.origin}${expected}`, errorCallbackURL: `${location.origin}/cb` });
        }
      } finally {
        history.replaceState(history.state, '', original);
      }
    });
  });

  describe('errors', () => {
    const cases: Array<[string, Reply, Partial<BetterAuthProviderError>]> = [
      ['no response (network)', { throws: new TypeError('Failed to fetch') }, {
        code: 'network', betterAuthCode: 'NETWORK_ERROR', message: 'Could not reach the server. Check your connection and try again.',
      }],
      ['rate limit with X-Retry-After', { error: { status: 429, message: 'Too many requests. Please try again later.' }, headers: { 'X-Retry-After': '7' } }, {
        code: 'rate-limited', betterAuthCode: 'RATE_LIMITED', status: 429, retryAfter: 7, message: 'Too many attempts. Try again in 7 seconds.',
      }],
      ['rate limit with Retry-After: 1', { error: { status: 429 }, headers: { 'Retry-After': '1' } }, {
        code: 'rate-limited', betterAuthCode: 'RATE_LIMITED', retryAfter: 1, message: 'Too many attempts. Try again in 1 second.',
      }],
      ['rate limit without a time', { error: { status: 429, statusText: 'Too Many Requests' } }, {
        code: 'rate-limited', betterAuthCode: 'RATE_LIMITED', message: 'Too many attempts. Wait a moment, then try again.',
      }],
      ['a server error', { error: { status: 500, statusText: 'Internal Server Error' } }, {
        code: 'server-error', betterAuthCode: 'SERVER_ERROR', status: 500, message: 'The server ran into a problem. Please try again later.',
      }],
      ['a route the server does not have (a plugin is missing)', { error: { status: 404, statusText: 'Not Found' } }, {
        code: 'unsupported', betterAuthCode: 'NOT_SUPPORTED', status: 404, message: 'This server does not offer this way of signing in.',
      }],
      ['a schema error about the e-mail', { error: { status: 400, code: 'VALIDATION_ERROR', message: '[body.email] Invalid email address' } }, {
        code: 'invalid-email', message: 'Enter a valid e-mail address.',
      }],
      ['a schema error about the password', { error: { status: 400, code: 'VALIDATION_ERROR', message: '[body.password] Too small' } }, {
        code: 'password-required', message: 'Enter a password.',
      }],
      ['INVALID_EMAIL', { error: { status: 400, code: 'INVALID_EMAIL', message: 'Invalid email' } }, {
        code: 'invalid-email', betterAuthCode: 'INVALID_EMAIL', message: 'Enter a valid e-mail address.',
      }],
      // EMAIL_NOT_VERIFIED at sign-in is a verify-email challenge: better-auth-factors.test.ts.
      ['an unknown code with a message', { error: { status: 400, code: 'NAME_TOO_LONG', message: 'Name too long' } }, {
        betterAuthCode: 'NAME_TOO_LONG', message: 'Name too long', titleCode: 'login-failed',
      }],
      ['an unknown code without a message', { error: { status: 400, code: 'WHATEVER' } }, {
        code: 'unknown', betterAuthCode: 'WHATEVER', message: 'Could not sign you in.',
      }],
      ['a client that resolves nothing', { data: undefined } as Reply, { name: 'Sign-in failed', code: 'network' }],
    ];
    for (const [label, reply, expected] of cases) {
      it(`maps ${label}`, async () => {
        const client = fakeClient({ 'signIn.email': [reply] }).client;
        if (label === 'a client that resolves nothing') client.signIn.email = async () => undefined as never;
        const error = await rejection(createBetterAuthProvider(client).login({ email: 'a@b.c', password: 'pw' }));
        expect(error).to.be.instanceOf(BetterAuthProviderError);
        expect(error.name).to.equal('Sign-in failed');
        expect(error).to.include(expected);
        // Better-auth's own words (an unknown code) keep no kit code; everything else has one.
        if (!('titleCode' in expected)) expect(error.code).to.be.a('string');
      });
    }

    it('lets the app replace messages per code', async () => {
      const fake = fakeClient({ 'signIn.email': [{ error: { status: 401, code: 'INVALID_EMAIL_OR_PASSWORD' } }] });
      const provider = createBetterAuthProvider(fake.client, { messages: { INVALID_EMAIL_OR_PASSWORD: 'Falsches Passwort.' } });
      const error = await rejection(provider.login({ email: 'a@b.c', password: 'x' }));
      expect(error.message).to.equal('Falsches Passwort.');
      // The app's own words are shown as given: no kit code would replace them.
      expect(error).to.include({ betterAuthCode: 'INVALID_EMAIL_OR_PASSWORD', titleCode: 'login-failed' });
      expect(error.code).to.equal(undefined);
    });

    it('reaches the store as a plain-text notification', async () => {
      const fake = fakeClient({ 'signIn.email': [{ error: { status: 401, code: 'INVALID_EMAIL_OR_PASSWORD' } }] });
      const store = createAuthStore({ authProvider: createBetterAuthProvider(fake.client), navigate: () => {} });
      const outcome = await store.login({ email: 'a@b.c', password: 'x' });
      expect(outcome.ok).to.equal(false);
      expect(outcome.error).to.deep.equal({ name: 'Sign-in failed', message: 'The e-mail address or password is incorrect.', code: 'invalid-credentials' });
      expect(Object.getPrototypeOf(outcome.error)).to.equal(Object.prototype);
      expect(store.state.notifications.map((n) => n.error.message)).to.deep.equal(['The e-mail address or password is incorrect.']);
    });
  });

  describe('logout', () => {
    it('calls signOut', async () => {
      const fake = fakeClient();
      expect(await createBetterAuthProvider(fake.client).logout({})).to.equal(undefined);
      expect(fake.calls).to.deep.equal([{ method: 'signOut', params: { callbackURL: `${location.origin}/login` } }]);
    });

    it("stays when better-auth leaves for the identity provider's sign-out page", async () => {
      const fake = fakeClient({ signOut: [{ data: { success: true, url: 'https://idp.example/logout?id_token_hint=x', redirect: true } }] });
      expect(await createBetterAuthProvider(fake.client, { postLogoutPath: '/bye' }).logout({})).to.equal(false);
      expect(fake.calls).to.deep.equal([{ method: 'signOut', params: { callbackURL: `${location.origin}/bye` } }]);
    });
  });

  describe('handleCallback', () => {
    it("turns better-auth's ?error= into a coded error, and resolves when the session exists", async () => {
      const provider = createBetterAuthProvider(fakeClient().client);
      expect(await rejection(provider.handleCallback({ error: 'access_denied', error_description: '<b>x</b>' }))).to.include({ code: 'access-denied', betterAuthCode: 'access_denied', message: 'Sign-in was cancelled or refused at the identity provider.' });
      expect(await rejection(provider.handleCallback({ error: 'state_mismatch' }))).to.include({ code: 'invalid-state', betterAuthCode: 'state_mismatch', message: 'The identity provider sign-in could not be completed. Please try again.' });
      expect(await rejection(provider.handleCallback({ error: 'server_error' }))).to.include({ code: 'sign-in-failed', betterAuthCode: 'server_error' });
      // A used or expired magic link (magicLinkErrorPath = the callback page).
      expect(await rejection(provider.handleCallback({ error: 'INVALID_TOKEN' }))).to.include({ code: 'link-expired', betterAuthCode: 'INVALID_TOKEN' });
      expect(await rejection(provider.handleCallback({}))).to.include({ code: 'not-signed-in' });
      const signedIn = fakeClient({ getSession: [{ data: { user: { id: '1', email: 'a@b.c' } } }] });
      expect(await createBetterAuthProvider(signedIn.client).handleCallback({})).to.equal(undefined);
    });

    it('rejects with a message when signOut fails', async () => {
      const fake = fakeClient({ signOut: [{ throws: new TypeError('Failed to fetch') }] });
      const error = await rejection(createBetterAuthProvider(fake.client).logout({}));
      expect(error).to.include({ name: 'Sign-out failed', code: 'network', betterAuthCode: 'NETWORK_ERROR' });
    });
  });

  describe('checkAuth, getUserIdentity, getPermissions', () => {
    it('resolves with a session and rejects without one, leaving the redirect to the store', async () => {
      const fake = fakeClient({ getSession: [session({}), { data: null }] });
      const provider = createBetterAuthProvider(fake.client);
      expect(await provider.checkAuth({})).to.equal(undefined);
      const signedOut = await rejection(provider.checkAuth({}));
      expect(signedOut).to.be.instanceOf(BetterAuthProviderError);
      expect(signedOut).to.include({ code: 'not-signed-in' });
    });

    it('rejects checkAuth with the mapped error when the session cannot be read', async () => {
      const fake = fakeClient({ getSession: [{ throws: new TypeError('Failed to fetch') }] });
      const error = await rejection(createBetterAuthProvider(fake.client).checkAuth({}));
      expect(error).to.include({ code: 'network', betterAuthCode: 'NETWORK_ERROR' });
      expect(error).not.to.have.property('redirectPath');
    });

    it('sends a guard to /login?to=<here> through the store default', async () => {
      const fake = fakeClient({ getSession: [{ data: null }] });
      const went: string[] = [];
      const store = createAuthStore({
        authProvider: createBetterAuthProvider(fake.client),
        navigate: (to) => went.push(to),
        location: () => ({ href: 'http://app.test/dashboard?tab=2', pathname: '/dashboard', search: '?tab=2' }),
      });
      const outcome = await store.checkAuth({}, { redirect: true });
      expect(outcome.ok).to.equal(false);
      expect(went).to.deep.equal(['/login?to=%2Fdashboard%3Ftab%3D2']);
    });

    it('returns the session user as identity, with avatar', async () => {
      const fake = fakeClient({ getSession: [session({ image: 'https://img.test/a.png', role: 'admin' })] });
      expect(await createBetterAuthProvider(fake.client).getUserIdentity!()).to.deep.equal({
        id: 'u1', email: 'ada@example.com', name: 'Ada', image: 'https://img.test/a.png', role: 'admin', avatar: 'https://img.test/a.png',
      });
    });

    it('derives permissions from the role, when the server has one', async () => {
      const perms = async (role: unknown) =>
        createBetterAuthProvider(fakeClient({ getSession: [session({ role })] }).client).getPermissions!();
      expect(await perms('admin')).to.deep.equal(['admin']);
      expect(await perms('admin, editor')).to.deep.equal(['admin', 'editor']);
      expect(await perms(['editor', '', 3])).to.deep.equal(['editor']);
      expect(await perms(undefined)).to.deep.equal([]);
      expect(await perms(null)).to.deep.equal([]);
    });

    it('rejects identity and permissions when signed out', async () => {
      const provider = createBetterAuthProvider(fakeClient({ getSession: [{ data: null }] }).client);
      expect(await rejection(provider.getUserIdentity!())).to.include({ name: 'Not signed in' });
      expect(await rejection(provider.getPermissions!())).to.include({ name: 'Not signed in' });
    });

    it('shares one getSession request between concurrent calls, and asks again afterwards', async () => {
      const fake = fakeClient({ getSession: [session({ role: 'admin' })] });
      const provider = createBetterAuthProvider(fake.client);
      fake.hold();
      const all = Promise.all([provider.checkAuth({}), provider.getUserIdentity!(), provider.getPermissions!()]);
      fake.release();
      const [, identity, permissions] = await all;
      expect(fake.calls.length).to.equal(1);
      expect((identity as { email: string }).email).to.equal('ada@example.com');
      expect(permissions).to.deep.equal(['admin']);
      await provider.checkAuth({});
      expect(fake.calls.length).to.equal(2);
    });
  });

  describe('checkError', () => {
    it('rejects (log out) on 401 and 403 only', async () => {
      const provider = createBetterAuthProvider(fakeClient().client);
      const settled = async (error: unknown) =>
        (provider.checkError(error) as Promise<unknown>).then(() => 'kept', () => 'logout');
      expect(await settled({ status: 401 })).to.equal('logout');
      expect(await settled({ status: 403 })).to.equal('logout');
      expect(await settled({ statusCode: 401 })).to.equal('logout');
      expect(await settled({ response: { status: 403 } })).to.equal('logout');
      expect(await settled({ status: 404 })).to.equal('kept');
      expect(await settled({ status: 500 })).to.equal('kept');
      expect(await settled(undefined)).to.equal('kept');
      expect(await settled(new Error('boom'))).to.equal('kept');
    });

    it('rejects with an Error carrying a code, never with nothing', async () => {
      const provider = createBetterAuthProvider(fakeClient().client);
      const error = await rejection(provider.checkError({ status: 401 }));
      expect(error).to.be.instanceOf(BetterAuthProviderError);
      expect(error).to.include({ code: 'session-expired', status: 401 });
    });
  });

  describe('error codes', () => {
    // Every better-auth answer the adapter words, and the kit code elements translate it by.
    const table: Array<[BetterAuthErrorLike, string]> = [
      [{ status: 401, code: 'INVALID_EMAIL_OR_PASSWORD' }, 'invalid-credentials'],
      [{ status: 401, code: 'INVALID_USERNAME_OR_PASSWORD' }, 'invalid-credentials'],
      [{ status: 401, code: 'INVALID_PASSWORD' }, 'invalid-credentials'],
      [{ status: 401, code: 'CREDENTIAL_ACCOUNT_NOT_FOUND' }, 'invalid-credentials'],
      [{ status: 422, code: 'USER_ALREADY_EXISTS' }, 'user-exists'],
      [{ status: 422, code: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL' }, 'user-exists'],
      [{ status: 400, code: 'PASSWORD_TOO_SHORT' }, 'password-too-short'],
      [{ status: 400, code: 'PASSWORD_TOO_LONG' }, 'password-too-long'],
      [{ status: 400, code: 'PASSWORD_COMPROMISED' }, 'weak-password'],
      [{ status: 400, code: 'INVALID_TOKEN' }, 'invalid-token'],
      [{ status: 400, code: 'TOKEN_EXPIRED' }, 'invalid-token'],
      [{ status: 400, code: 'INVALID_CODE' }, 'invalid-code'],
      [{ status: 400, code: 'INVALID_OTP' }, 'invalid-code'],
      [{ status: 400, code: 'OTP_EXPIRED' }, 'invalid-code'],
      [{ status: 400, code: 'INVALID_BACKUP_CODE' }, 'invalid-code'],
      [{ status: 403, code: 'TOO_MANY_ATTEMPTS' }, 'rate-limited'],
      [{ status: 429 }, 'rate-limited'],
      [{ status: 400, code: 'INVALID_EMAIL' }, 'invalid-email'],
      [{ status: 400, code: 'USER_EMAIL_NOT_FOUND' }, 'invalid-email'],
      [{ status: 403, code: 'EMAIL_NOT_VERIFIED' }, 'email-not-verified'],
      [{ status: 401, code: 'SESSION_EXPIRED' }, 'session-expired'],
      [{ status: 403, code: 'INVALID_ORIGIN' }, 'untrusted-origin'],
      [{ status: 403, code: 'MISSING_OR_NULL_ORIGIN' }, 'untrusted-origin'],
      [{ status: 403, code: 'INVALID_CALLBACK_URL' }, 'untrusted-origin'],
      [{ status: 400, code: 'VALIDATION_ERROR', message: '[body.email] Invalid email address' }, 'invalid-email'],
      [{ status: 400, code: 'VALIDATION_ERROR', message: '[body.newPassword] Required' }, 'password-required'],
      [{ status: 400, code: 'VALIDATION_ERROR', message: '[body.name] Required' }, 'invalid-input'],
      [{ status: 404 }, 'unsupported'],
      [{ status: 500 }, 'server-error'],
      [{ status: 503, code: 'SOMETHING' }, 'server-error'],
      [{}, 'network'],
      [{ status: 400, code: 'NO_WORDS' }, 'unknown'],
    ];
    for (const [answer, code] of table) {
      it(`maps ${answer.code ?? answer.status ?? 'no response'} to ${code}`, async () => {
        const fake = fakeClient({ 'signUp.email': [{ error: answer }] });
        const error = await rejection(createBetterAuthProvider(fake.client).register!({ email: 'a@b.c', password: 'x' }));
        expect(error).to.be.instanceOf(BetterAuthProviderError);
        expect(error.code).to.equal(code);
        expect(isAuthErrorCode(error.code)).to.equal(true);
        if (answer.code && answer.status !== 503) expect(error.betterAuthCode).to.equal(answer.code);
      });
    }

    it('rejects with an Error subclass on every path, never an object literal or nothing', async () => {
      const failing = fakeClient({
        'signIn.email': [{ throws: new TypeError('Failed to fetch') }],
        'signUp.email': [{ error: { status: 422, code: 'USER_ALREADY_EXISTS' } }],
        signOut: [{ error: { status: 500 } }],
        getSession: [{ data: null }],
        requestPasswordReset: [{ error: { status: 429 } }],
        resetPassword: [{ error: { status: 400, code: 'INVALID_TOKEN' } }],
      });
      const provider = createBetterAuthProvider(failing.client);
      const noSocial = createBetterAuthProvider(fakeClient().client);
      const noReset = createBetterAuthProvider(fakeClient({}, { requestPasswordReset: undefined }).client);
      const rejections = await Promise.all([
        rejection(provider.login({ email: 'a@b.c', password: 'x' })),
        rejection(noSocial.login({ providerName: 'github' })),
        rejection(provider.logout({})),
        rejection(provider.checkAuth({})),
        rejection(provider.checkError({ status: 403 })),
        rejection(provider.register!({ email: 'a@b.c', password: 'x' })),
        rejection(provider.forgotPassword!({ email: 'a@b.c' })),
        rejection(noReset.forgotPassword!({ email: 'a@b.c' })),
        rejection(provider.updatePassword!({ password: 'x', token: 't' })),
        rejection(provider.updatePassword!({ password: 'x' })),
        rejection(provider.getUserIdentity!()),
        rejection(provider.getPermissions!()),
      ]);
      for (const error of rejections) {
        expect(error).to.be.instanceOf(BetterAuthProviderError);
        expect(error).to.be.instanceOf(Error);
        expect(isAuthErrorCode(error.code), `${error.name}: ${error.message}`).to.equal(true);
      }
    });
  });

  describe('register', () => {
    it('calls signUp.email, with the name defaulting to the e-mail before the @', async () => {
      const fake = fakeClient();
      const provider = createBetterAuthProvider(fake.client);
      expect(await provider.register!({ email: 'grace.hopper@example.com', password: 'pw12345678', confirmPassword: 'pw12345678' })).to.equal(undefined);
      await provider.register!({ email: 'ada@example.com', password: 'pw12345678', name: '  Ada Lovelace ' });
      expect(fake.calls).to.deep.equal([
        { method: 'signUp.email', params: { email: 'grace.hopper@example.com', password: 'pw12345678', name: 'grace.hopper' } },
        { method: 'signUp.email', params: { email: 'ada@example.com', password: 'pw12345678', name: 'Ada Lovelace' } },
      ]);
    });

    it('forwards only the extra fields it is told to', async () => {
      const fake = fakeClient();
      await createBetterAuthProvider(fake.client, { registerFields: ['company'] }).register!({
        email: 'a@b.c', password: 'pw12345678', company: 'ACME', role: 'admin', remember: true,
      });
      expect(fake.calls[0].params).to.deep.equal({ company: 'ACME', email: 'a@b.c', password: 'pw12345678', name: 'a', rememberMe: true });
    });

    it('explains an existing account and password length limits', async () => {
      const reg = (error: BetterAuthErrorLike, min?: number) =>
        rejection(
          createBetterAuthProvider(fakeClient({ 'signUp.email': [{ error }] }).client, { minPasswordLength: min }).register!({
            email: 'a@b.c', password: 'x',
          }),
        );
      const exists = await reg({ status: 422, code: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL' });
      expect({ ...exists, name: exists.name, message: exists.message }).to.deep.equal({
        name: 'Registration failed',
        message: 'An account with this e-mail address already exists. Sign in, or use another address.',
        code: 'user-exists',
        betterAuthCode: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL',
        status: 422,
      });
      expect(await reg({ status: 422, code: 'USER_ALREADY_EXISTS' })).to.include({ code: 'user-exists', betterAuthCode: 'USER_ALREADY_EXISTS' });
      const short = await reg({ status: 400, code: 'PASSWORD_TOO_SHORT' });
      expect(short.message).to.equal('This password is too short: use at least 8 characters.');
      expect(short).to.include({ code: 'password-too-short' });
      expect(short.values).to.deep.equal({ min: 8 });
      expect((await reg({ status: 400, code: 'PASSWORD_TOO_SHORT' }, 12)).message).to.equal('This password is too short: use at least 12 characters.');
      expect((await reg({ status: 400, code: 'PASSWORD_TOO_SHORT' }, 12)).values).to.deep.equal({ min: 12 });
      const long = await reg({ status: 400, code: 'PASSWORD_TOO_LONG' });
      expect(long.message).to.equal('This password is too long: use at most 128 characters.');
      expect(long).to.include({ code: 'password-too-long' });
      expect(long.values).to.deep.equal({ max: 128 });
    });
  });

  describe('forgotPassword', () => {
    it('asks for a reset link that lands on the update-password page', async () => {
      const fake = fakeClient();
      expect(await createBetterAuthProvider(fake.client).forgotPassword!({ email: 'ada@example.com' })).to.equal(undefined);
      await createBetterAuthProvider(fake.client, { resetPasswordPath: '/account/reset' }).forgotPassword!({ email: 'b@c.d' });
      expect(fake.calls).to.deep.equal([
        { method: 'requestPasswordReset', params: { email: 'ada@example.com', redirectTo: `${location.origin}/update-password` } },
        { method: 'requestPasswordReset', params: { email: 'b@c.d', redirectTo: `${location.origin}/account/reset` } },
      ]);
    });

    it('answers the same whether or not the account exists', async () => {
      const known = createBetterAuthProvider(fakeClient({ requestPasswordReset: [{ data: { status: true } }] }).client);
      const unknown = createBetterAuthProvider(
        fakeClient({ requestPasswordReset: [{ error: { status: 400, code: 'USER_NOT_FOUND', message: 'User not found' } }] }).client,
      );
      expect(await known.forgotPassword!({ email: 'ada@example.com' })).to.equal(undefined);
      expect(await unknown.forgotPassword!({ email: 'nobody@example.com' })).to.equal(undefined);
    });

    it('still reports a malformed address and the rate limit', async () => {
      const provider = createBetterAuthProvider(
        fakeClient({
          requestPasswordReset: [
            { error: { status: 400, code: 'VALIDATION_ERROR', message: '[body.email] Invalid email address' } },
            { error: { status: 429 }, headers: { 'X-Retry-After': '30' } },
          ],
        }).client,
      );
      expect(await rejection(provider.forgotPassword!({ email: 'nope' }))).to.include({
        name: 'Password reset failed', message: 'Enter a valid e-mail address.', code: 'invalid-email',
      });
      const limited = await rejection(provider.forgotPassword!({ email: 'a@b.c' }));
      expect(limited).to.include({ retryAfter: 30, code: 'rate-limited' });
      expect(limited.values).to.deep.equal({ seconds: 30 });
    });

    it('uses forgetPassword on clients older than better-auth 1.3', async () => {
      const fake = fakeClient({}, { requestPasswordReset: undefined });
      fake.client.forgetPassword = fake.endpoint('forgetPassword');
      await createBetterAuthProvider(fake.client).forgotPassword!({ email: 'a@b.c' });
      expect(fake.calls.map((c) => c.method)).to.deep.equal(['forgetPassword']);
    });
  });

  describe('updatePassword', () => {
    it('calls resetPassword with the new password and the token from the link', async () => {
      const fake = fakeClient();
      expect(await createBetterAuthProvider(fake.client).updatePassword!({ password: 'new pässword', confirmPassword: 'new pässword', token: 'tok123' })).to.equal(undefined);
      expect(fake.calls).to.deep.equal([{ method: 'resetPassword', params: { newPassword: 'new pässword', token: 'tok123' } }]);
    });

    it('receives the token from the query string through the store', async () => {
      const fake = fakeClient();
      const store = createAuthStore({
        authProvider: createBetterAuthProvider(fake.client),
        navigate: () => {},
        location: () => ({ href: 'http://app.test/update-password?token=abc', pathname: '/update-password', search: '?token=abc' }),
      });
      expect((await store.updatePassword({ password: 'new-password-1' })).ok).to.equal(true);
      expect(fake.calls).to.deep.equal([{ method: 'resetPassword', params: { newPassword: 'new-password-1', token: 'abc' } }]);
    });

    it('refuses to call the server without a token', async () => {
      const fake = fakeClient();
      const error = await rejection(createBetterAuthProvider(fake.client).updatePassword!({ password: 'x' }));
      expect(error).to.include({ name: 'Password update failed', code: 'invalid-token', betterAuthCode: 'INVALID_TOKEN' });
      expect(error).to.be.instanceOf(BetterAuthProviderError);
      expect(fake.calls).to.deep.equal([]);
    });

    it('explains an invalid or expired token', async () => {
      for (const code of ['INVALID_TOKEN', 'TOKEN_EXPIRED']) {
        const fake = fakeClient({ resetPassword: [{ error: { status: 400, code, message: 'Invalid token' } }] });
        const error = await rejection(createBetterAuthProvider(fake.client).updatePassword!({ password: 'x', token: 't' }));
        expect(error.message).to.equal('This password reset link is invalid or has expired. Ask for a new one.');
        expect(error).to.include({ code: 'invalid-token', betterAuthCode: code });
      }
    });
  });
});

describe('createBetterAuthProvider with the real better-auth client (fetch faked)', () => {
  let createAuthClient: typeof CreateAuthClient;
  before(async () => {
    // better-auth's store library reads process.env.NODE_ENV, which bundlers replace and this
    // unbundled test page lacks. Loaded late, so the shim exists first.
    const g = globalThis as { process?: unknown };
    g.process ??= { env: { NODE_ENV: 'test' } };
    ({ createAuthClient } = await import('better-auth/client'));
  });

  type Sent = { method: string; path: string; body: unknown };

  /** A real `createAuthClient()` whose fetch answers from `answer(path)` and records each request. */
  function realClient(answer: (path: string) => { status: number; body: unknown; headers?: Record<string, string> }) {
    const sent: Sent[] = [];
    const client = createAuthClient({
      baseURL: 'http://auth.test',
      fetchOptions: {
        customFetchImpl: async (input: string | URL | Request, init?: RequestInit) => {
          const url = new URL(input instanceof Request ? input.url : String(input));
          const path = url.pathname.replace(/^\/api\/auth/, '');
          sent.push({ method: init?.method ?? 'GET', path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
          const { status, body, headers } = answer(path);
          return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
        },
      },
    });
    return { client, sent };
  }

  const ok = () => ({ status: 200, body: { status: true } });

  it('type-checks against the real client and hits the real routes', async () => {
    const { client, sent } = realClient((path) =>
      path === '/get-session'
        ? { status: 200, body: { user: { id: 'u1', email: 'ada@example.com', name: 'Ada', role: 'admin' }, session: { id: 's' } } }
        : ok(),
    );
    const provider = createBetterAuthProvider(client);
    await provider.login({ email: 'ada@example.com', password: 'pw', remember: false });
    await provider.register!({ email: 'ada@example.com', password: 'pw12345678', confirmPassword: 'pw12345678' });
    await provider.forgotPassword!({ email: 'ada@example.com' });
    await provider.updatePassword!({ password: 'new-pw-123', token: 'tok' });
    expect(await provider.getPermissions!()).to.deep.equal(['admin']);
    await provider.logout({});
    expect(sent).to.deep.equal([
      { method: 'POST', path: '/sign-in/email', body: { email: 'ada@example.com', password: 'pw', rememberMe: false } },
      { method: 'POST', path: '/sign-up/email', body: { email: 'ada@example.com', password: 'pw12345678', name: 'ada' } },
      { method: 'POST', path: '/request-password-reset', body: { email: 'ada@example.com', redirectTo: `${location.origin}/update-password` } },
      { method: 'POST', path: '/reset-password', body: { newPassword: 'new-pw-123', token: 'tok' } },
      { method: 'GET', path: '/get-session', body: undefined },
      { method: 'POST', path: '/sign-out', body: { callbackURL: `${location.origin}/login` } },
    ]);
  });

  it('reads better-auth error bodies and the rate limit header', async () => {
    const { client } = realClient((path) =>
      path === '/sign-in/email'
        ? { status: 401, body: { message: 'Invalid email or password', code: 'INVALID_EMAIL_OR_PASSWORD' } }
        : { status: 429, body: { message: 'Too many requests. Please try again later.' }, headers: { 'X-Retry-After': '12' } },
    );
    const provider = createBetterAuthProvider(client);
    const plain = (error: BetterAuthProviderError) => ({ ...error, name: error.name, message: error.message });
    expect(plain(await rejection(provider.login({ email: 'a@b.c', password: 'x' })))).to.deep.equal({
      name: 'Sign-in failed', message: 'The e-mail address or password is incorrect.', code: 'invalid-credentials',
      betterAuthCode: 'INVALID_EMAIL_OR_PASSWORD', status: 401,
    });
    expect(plain(await rejection(provider.forgotPassword!({ email: 'a@b.c' })))).to.deep.equal({
      name: 'Password reset failed', message: 'Too many attempts. Try again in 12 seconds.', code: 'rate-limited',
      betterAuthCode: 'RATE_LIMITED', status: 429, retryAfter: 12, values: { seconds: 12 },
    });
  });

  it('reports a network failure', async () => {
    const client = createAuthClient({
      baseURL: 'http://auth.test',
      fetchOptions: { customFetchImpl: () => Promise.reject(new TypeError('Failed to fetch')) },
    });
    expect(await rejection(createBetterAuthProvider(client).checkAuth({}))).to.include({ code: 'network', betterAuthCode: 'NETWORK_ERROR' });
  });

  it('treats a null session as signed out', async () => {
    const { client } = realClient(() => ({ status: 200, body: null }));
    const provider = createBetterAuthProvider(client);
    const signedOut = await rejection(provider.checkAuth({}));
    expect(signedOut).to.be.instanceOf(BetterAuthProviderError);
    expect(signedOut).to.include({ code: 'not-signed-in' });
    expect(await rejection(provider.getUserIdentity!())).to.include({ name: 'Not signed in' });
  });
});
