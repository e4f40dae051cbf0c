/**
 * The better-auth adapter beyond passwords: two-factor, e-mailed sign-in codes, magic links and
 * e-mail verification — against a recording fake client, through the store, and against the real
 * better-auth client with its fetch faked (so the routes and methods on the wire are checked).
 */
import { expect } from '@open-wc/testing';
// Test-only: the adapter itself never imports better-auth.
import type { createAuthClient as CreateAuthClient } from 'better-auth/client';
import { createAuthStore } from '../core/index.js';
import { storeHarness } from '../test-utils/store.js';
import {
  createBetterAuthProvider,
  type BetterAuthClientLike,
  type BetterAuthFetchOptionsLike,
  BetterAuthProviderError,
  type BetterAuthProviderOptions,
} from './better-auth.js';
import { nextReply, rejection, type Reply } from '../test-utils/better-auth-client.js';

type Call = { method: string; params: Record<string, unknown>; fetchMethod?: string };

/** A recording fake client with every plugin route; `replies[route]` answers (the last one repeats). */
function fakeClient(replies: Record<string, Reply[]> = {}) {
  const calls: Call[] = [];
  const endpoint = (method: string) => async (params: Record<string, unknown> = {}) => {
    const { fetchOptions, ...rest } = params as { fetchOptions?: BetterAuthFetchOptionsLike };
    calls.push({ method, params: rest, ...(fetchOptions?.method ? { fetchMethod: fetchOptions.method } : {}) });
    return nextReply(replies, method);
  };
  const client: BetterAuthClientLike = {
    signIn: { email: endpoint('signIn.email'), emailOtp: endpoint('signIn.emailOtp'), magicLink: endpoint('signIn.magicLink') },
    signUp: { email: endpoint('signUp.email') },
    signOut: endpoint('signOut'),
    getSession: endpoint('getSession') as BetterAuthClientLike['getSession'],
    resetPassword: endpoint('resetPassword'),
    twoFactor: {
      verifyTotp: endpoint('twoFactor.verifyTotp'),
      sendOtp: endpoint('twoFactor.sendOtp'),
      verifyOtp: endpoint('twoFactor.verifyOtp'),
      verifyBackupCode: endpoint('twoFactor.verifyBackupCode'),
    },
    emailOtp: { sendVerificationOtp: endpoint('emailOtp.sendVerificationOtp') },
    sendVerificationEmail: endpoint('sendVerificationEmail'),
    verifyEmail: endpoint('verifyEmail'),
  };
  return { client, calls };
}

const ALL: BetterAuthProviderOptions = { features: { twoFactor: true, emailOTP: true, magicLink: true, emailVerification: true } };

const FACTOR_METHODS = ['verifyTwoFactor', 'sendTwoFactorCode', 'sendLoginCode', 'loginWithCode', 'sendMagicLink', 'sendVerificationEmail', 'verifyEmail'] as const;

describe('better-auth adapter: features', () => {
  it('offers no factor method unless the app names the feature (the client cannot tell)', () => {
    const provider = createBetterAuthProvider(fakeClient().client);
    for (const method of FACTOR_METHODS) expect(provider[method], method).to.equal(undefined);
    const store = createAuthStore({ authProvider: provider, navigate: () => {} });
    expect(FACTOR_METHODS.some((m) => store.supports(m))).to.equal(false);
  });

  it('each feature adds exactly its methods', () => {
    const has = (features: BetterAuthProviderOptions['features']) => {
      const provider = createBetterAuthProvider(fakeClient().client, { features });
      return FACTOR_METHODS.filter((m) => typeof provider[m] === 'function');
    };
    expect(has({ twoFactor: true })).to.deep.equal(['verifyTwoFactor', 'sendTwoFactorCode']);
    expect(has({ emailOTP: true })).to.deep.equal(['sendLoginCode', 'loginWithCode']);
    expect(has({ magicLink: true })).to.deep.equal(['sendMagicLink']);
    expect(has({ emailVerification: true })).to.deep.equal(['sendVerificationEmail', 'verifyEmail']);
  });
});

describe('better-auth adapter: challenges', () => {
  it('a sign-in answering twoFactorRedirect is a two-factor challenge with the server\'s methods (+ backup codes with TOTP)', async () => {
    const { client } = fakeClient({
      'signIn.email': [
        { data: { twoFactorRedirect: true, twoFactorMethods: ['totp', 'otp'] } },
        { data: { twoFactorRedirect: true, twoFactorMethods: ['otp', 'otp', 'sms'] } },
        { data: { twoFactorRedirect: true } },
      ],
    });
    const provider = createBetterAuthProvider(client, ALL);
    const login = () => provider.login({ email: 'ada@example.com', password: 'pw' });
    expect(await login()).to.deep.equal({ challenge: { type: 'two-factor', methods: ['totp', 'otp', 'backup-code'] } });
    expect(await login()).to.deep.equal({ challenge: { type: 'two-factor', methods: ['otp'] } });
    expect(await login()).to.deep.equal({ challenge: { type: 'two-factor' } });
  });

  it('an ordinary sign-in still resolves the default target', async () => {
    const { client } = fakeClient({ 'signIn.email': [{ data: { token: 't', user: { id: 'u' } } }] });
    expect(await createBetterAuthProvider(client, ALL).login({ email: 'a@b.c', password: 'pw' })).to.equal(undefined);
  });

  it('an unverified address at sign-in is a verify-email challenge, in the store too: no error, no notification', async () => {
    const { client } = fakeClient({ 'signIn.email': [{ error: { status: 403, code: 'EMAIL_NOT_VERIFIED', message: 'Email not verified' } }] });
    const provider = createBetterAuthProvider(client);
    expect(await provider.login({ email: 'ada@example.com', password: 'pw' })).to.deep.equal({
      challenge: { type: 'verify-email', email: 'ada@example.com' },
    });
    const { store, navigations } = storeHarness(provider);
    const outcome = await store.login({ email: 'ada@example.com', password: 'pw' });
    expect(outcome).to.deep.equal({ ok: false, challenge: { type: 'verify-email', email: 'ada@example.com' } });
    expect(store.state.notifications).to.deep.equal([]);
    expect(navigations).to.deep.equal([]);
  });

  it('a sign-up without a session on a verifying server is a verify-email challenge', async () => {
    const unverified = { data: { token: null, user: { id: 'u', email: 'ada@example.com', emailVerified: false } } };
    const signedIn = { data: { token: 'tok', user: { id: 'u', email: 'ada@example.com', emailVerified: false } } };
    const params = { email: 'ada@example.com', password: 'pw12345678' };
    const fake = fakeClient({ 'signUp.email': [unverified, signedIn] });
    const verifying = createBetterAuthProvider(fake.client, ALL);
    expect(await verifying.register!(params)).to.deep.equal({ challenge: { type: 'verify-email', email: 'ada@example.com' } });
    expect(await verifying.register!(params)).to.equal(undefined);
    // The link sent on sign-up returns to the verify page.
    expect(fake.calls[0].params).to.deep.equal({ ...params, name: 'ada', callbackURL: `${location.origin}/verify-email` });
    // Without the feature the adapter cannot know why there is no session: the old answer.
    const plain = createBetterAuthProvider(fakeClient({ 'signUp.email': [unverified] }).client);
    expect(await plain.register!(params)).to.equal(undefined);
  });
});

describe('better-auth adapter: two-factor', () => {
  it('verifies each method with its route; trustDevice from a checkbox; the code trimmed', async () => {
    const fake = fakeClient();
    const provider = createBetterAuthProvider(fake.client, ALL);
    expect(await provider.verifyTwoFactor!({ method: 'totp', code: ' 123456 ', trustDevice: 'on' })).to.equal(undefined);
    await provider.verifyTwoFactor!({ method: 'otp', code: '654321', trustDevice: false });
    await provider.verifyTwoFactor!({ method: 'backup-code', code: 'abcde-fghij' });
    expect(fake.calls).to.deep.equal([
      { method: 'twoFactor.verifyTotp', params: { code: '123456', trustDevice: true } },
      { method: 'twoFactor.verifyOtp', params: { code: '654321', trustDevice: false } },
      { method: 'twoFactor.verifyBackupCode', params: { code: 'abcde-fghij', trustDevice: false } },
    ]);
  });

  it('sends an e-mailed code as a POST; other methods send nothing', async () => {
    const fake = fakeClient();
    const provider = createBetterAuthProvider(fake.client, ALL);
    await provider.sendTwoFactorCode!({ method: 'otp' });
    expect(fake.calls).to.deep.equal([{ method: 'twoFactor.sendOtp', params: {}, fetchMethod: 'POST' }]);
    expect(await rejection(provider.sendTwoFactorCode!({ method: 'totp' }))).to.include({ code: 'method-unavailable' });
    expect(fake.calls).to.have.length(1);
  });

  const cases: Array<[string, string, string, string]> = [
    ['INVALID_CODE', 'totp', 'invalid-code', 'This code is not correct. Check it and try again.'],
    ['INVALID_BACKUP_CODE', 'backup-code', 'invalid-backup-code', 'This backup code is not valid, or it was already used.'],
    ['OTP_HAS_EXPIRED', 'otp', 'code-expired', 'This code has expired. Ask for a new one.'],
    ['TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE', 'otp', 'too-many-attempts', 'Too many wrong codes. Ask for a new code.'],
    ['ACCOUNT_TEMPORARILY_LOCKED', 'totp', 'account-locked', 'Too many failed attempts: this account is locked for a while. Try again later.'],
    ['INVALID_TWO_FACTOR_COOKIE', 'totp', 'two-factor-expired', 'This sign-in has expired. Sign in again.'],
    ['TOTP_NOT_ENABLED', 'totp', 'method-unavailable', 'This way of confirming is not available for this account.'],
  ];
  for (const [serverCode, method, code, message] of cases) {
    it(`maps ${serverCode} to "${code}" and reaches the store with that code`, async () => {
      const route = { totp: 'twoFactor.verifyTotp', otp: 'twoFactor.verifyOtp', 'backup-code': 'twoFactor.verifyBackupCode' }[method]!;
      const { client } = fakeClient({ [route]: [{ error: { status: 401, code: serverCode, message: 'raw' } }] });
      const provider = createBetterAuthProvider(client, ALL);
      const error = await rejection(provider.verifyTwoFactor!({ method, code: '000000' }));
      expect(error).to.be.instanceOf(BetterAuthProviderError);
      expect({ ...error, name: error.name, message: error.message }).to.deep.equal({
        name: 'Verification failed', message, code, betterAuthCode: serverCode, status: 401,
      });
      const store = createAuthStore({ authProvider: provider, navigate: () => {} });
      expect((await store.verifyTwoFactor({ method, code: '000000' })).error).to.deep.equal({ name: 'Verification failed', message, code });
    });
  }

  it('lets the app replace a plugin message per better-auth code', async () => {
    const { client } = fakeClient({ 'twoFactor.verifyTotp': [{ error: { status: 401, code: 'INVALID_CODE' } }] });
    const provider = createBetterAuthProvider(client, { ...ALL, messages: { INVALID_CODE: 'Falscher Code.' } });
    const error = await rejection(provider.verifyTwoFactor!({ method: 'totp', code: '1' }));
    // The app's own words are shown as given: no kit code would replace them; the title still translates.
    expect(error).to.include({ message: 'Falscher Code.', betterAuthCode: 'INVALID_CODE', titleCode: 'verify-two-factor-failed' });
    expect(error.code).to.equal(undefined);
  });

  it('a signed-in verification through the store navigates like login', async () => {
    const { client } = fakeClient({ 'signIn.email': [{ data: { twoFactorRedirect: true, twoFactorMethods: ['totp'] } }] });
    const { store, navigations, at } = storeHarness(createBetterAuthProvider(client, ALL));
    at('/login?to=/reports');
    expect((await store.login({ email: 'a@b.c', password: 'pw' })).challenge).to.deep.equal({ type: 'two-factor', methods: ['totp', 'backup-code'] });
    expect(await store.verifyTwoFactor({ method: 'totp', code: '123456' })).to.deep.equal({ ok: true, redirectTo: '/reports', navigated: true });
    expect(navigations).to.deep.equal([{ to: '/reports', replace: true }]);
    expect(store.state.challenge).to.equal(null);
  });
});

describe('better-auth adapter: e-mailed codes and magic links', () => {
  it('sends a sign-in code and signs in with it', async () => {
    const fake = fakeClient();
    const provider = createBetterAuthProvider(fake.client, ALL);
    await provider.sendLoginCode!({ email: 'ada@example.com' });
    expect(await provider.loginWithCode!({ email: 'ada@example.com', code: ' 123456 ' })).to.equal(undefined);
    expect(fake.calls).to.deep.equal([
      { method: 'emailOtp.sendVerificationOtp', params: { email: 'ada@example.com', type: 'sign-in' } },
      { method: 'signIn.emailOtp', params: { email: 'ada@example.com', otp: '123456' } },
    ]);
  });

  it('maps the e-mail OTP errors', async () => {
    const { client } = fakeClient({
      'signIn.emailOtp': [
        { error: { status: 400, code: 'INVALID_OTP' } },
        { error: { status: 400, code: 'OTP_EXPIRED' } },
        { error: { status: 403, code: 'TOO_MANY_ATTEMPTS' } },
      ],
    });
    const provider = createBetterAuthProvider(client, ALL);
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await rejection(provider.loginWithCode!({ email: 'a@b.c', code: '1' }))).code);
    expect(codes).to.deep.equal(['invalid-code', 'code-expired', 'too-many-attempts']);
  });

  it('"no such user" when asking for a code or a link answers as for a real account; other failures stay', async () => {
    const { client } = fakeClient({
      'emailOtp.sendVerificationOtp': [{ error: { status: 400, code: 'USER_NOT_FOUND', message: 'User not found' } }, { error: { status: 500 } }],
      'signIn.magicLink': [{ error: { status: 400, code: 'USER_NOT_FOUND', message: 'User not found' } }, { error: { status: 500 } }],
    });
    const provider = createBetterAuthProvider(client, ALL);
    expect(await provider.sendLoginCode!({ email: 'nobody@example.com' })).to.equal(undefined);
    expect(await provider.sendMagicLink!({ email: 'nobody@example.com' })).to.equal(undefined);
    expect((await rejection(provider.sendLoginCode!({ email: 'a@b.c' }))).code).to.equal('server-error');
    expect((await rejection(provider.sendMagicLink!({ email: 'a@b.c' }))).code).to.equal('server-error');
  });

  it('sends a magic link whose landing pages are absolute URLs on this origin', async () => {
    const fake = fakeClient();
    const { store, at } = storeHarness(createBetterAuthProvider(fake.client, { ...ALL, magicLinkErrorPath: '/login?link=failed' }));
    at('/login?to=/reports');
    expect(await store.sendMagicLink({ email: 'ada@example.com' })).to.deep.equal({ ok: true });
    expect(fake.calls).to.deep.equal([
      {
        method: 'signIn.magicLink',
        params: {
          email: 'ada@example.com',
          callbackURL: `${location.origin}/reports`,
          newUserCallbackURL: `${location.origin}/reports`,
          errorCallbackURL: `${location.origin}/login?link=failed`,
        },
      },
    ]);
  });
});

describe('better-auth adapter: e-mail verification', () => {
  it('sends the verification e-mail back to the verify page', async () => {
    const fake = fakeClient();
    await createBetterAuthProvider(fake.client, ALL).sendVerificationEmail!({ email: 'ada@example.com' });
    await createBetterAuthProvider(fake.client, { ...ALL, verifyEmailPath: '/confirm' }).sendVerificationEmail!({ email: 'ada@example.com' });
    expect(fake.calls.map((c) => c.params.callbackURL)).to.deep.equal([`${location.origin}/verify-email`, `${location.origin}/confirm`]);
  });

  it('verifies a token from the link; an expired or used one is "link-expired"', async () => {
    const fake = fakeClient({
      verifyEmail: [{ data: { status: true, user: null } }, { error: { status: 401, code: 'TOKEN_EXPIRED' } }, { error: { status: 400, code: 'INVALID_TOKEN' } }],
    });
    const provider = createBetterAuthProvider(fake.client, ALL);
    expect(await provider.verifyEmail!({ token: 'tok' })).to.equal(undefined);
    expect(fake.calls).to.deep.equal([{ method: 'verifyEmail', params: { query: { token: 'tok' } } }]);
    const expired = await rejection(provider.verifyEmail!({ token: 'old' }));
    expect(expired).to.be.instanceOf(BetterAuthProviderError);
    expect({ ...expired, name: expired.name, message: expired.message }).to.deep.equal({
      name: 'Verification failed',
      message: 'This verification link has expired or was already used. Ask for a new one.',
      code: 'link-expired',
      betterAuthCode: 'TOKEN_EXPIRED',
      status: 401,
    });
    expect((await rejection(provider.verifyEmail!({ token: 'used' }))).code).to.equal('link-expired');
  });

  it('better-auth\'s own link lands with ?error= (refused without a call) or verified and signed in', async () => {
    const fake = fakeClient({ getSession: [{ data: { user: { id: 'u', email: 'a@b.c', emailVerified: true } } }, { data: null }] });
    const provider = createBetterAuthProvider(fake.client, ALL);
    expect((await rejection(provider.verifyEmail!({ error: 'TOKEN_EXPIRED' }))).code).to.equal('link-expired');
    expect(fake.calls).to.deep.equal([]);
    expect(await provider.verifyEmail!({})).to.equal(undefined);
    expect((await rejection(provider.verifyEmail!({}))).code).to.equal('link-expired');
  });

  it('through the store: query params are read, the failure carries its code, "send again" works', async () => {
    const fake = fakeClient({ verifyEmail: [{ error: { status: 401, code: 'TOKEN_EXPIRED' } }] });
    const { store, at } = storeHarness(createBetterAuthProvider(fake.client, ALL));
    at('/verify-email?token=abc');
    const outcome = await store.verifyEmail();
    expect(outcome.error?.code).to.equal('link-expired');
    expect(await store.sendVerificationEmail({ email: 'ada@example.com' })).to.deep.equal({ ok: true });
    expect(fake.calls.map((c) => c.method)).to.deep.equal(['verifyEmail', 'sendVerificationEmail']);
  });
});

describe('better-auth adapter beyond passwords with the real client (fetch faked)', function () {
  // Loading better-auth's client is the heavy part, and its speed is the machine's: its own bound.
  this.timeout(60_000);
  let createAuthClient: typeof CreateAuthClient;
  before(async () => {
    const g = globalThis as { process?: unknown };
    g.process ??= { env: { NODE_ENV: 'test' } };
    ({ createAuthClient } = await import('better-auth/client'));
  });

  it('type-checks against the real client and hits the plugins\' routes with the right methods', async () => {
    const sent: Array<{ method: string; path: string; body: unknown }> = [];
    const client = createAuthClient({
      baseURL: 'http://auth.test',
      fetchOptions: {
        customFetchImpl: async (input: string | URL | Request, init?: RequestInit) => {
          const url = new URL(input instanceof Request ? input.url : String(input));
          sent.push({ method: init?.method ?? 'GET', path: url.pathname.replace(/^\/api\/auth/, '') + url.search, body: init?.body ? JSON.parse(String(init.body)) : undefined });
          const body = url.pathname.endsWith('/sign-in/email') ? { twoFactorRedirect: true, twoFactorMethods: ['totp'] } : { status: true };
          return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
        },
      },
    });
    const provider = createBetterAuthProvider(client, ALL);
    expect(await provider.login({ email: 'ada@example.com', password: 'pw' })).to.deep.equal({
      challenge: { type: 'two-factor', methods: ['totp', 'backup-code'] },
    });
    await provider.verifyTwoFactor!({ method: 'totp', code: '123456', trustDevice: true });
    await provider.sendTwoFactorCode!({ method: 'otp' });
    await provider.verifyTwoFactor!({ method: 'otp', code: '654321' });
    await provider.verifyTwoFactor!({ method: 'backup-code', code: 'AbCdE-12345' });
    await provider.sendLoginCode!({ email: 'ada@example.com' });
    await provider.loginWithCode!({ email: 'ada@example.com', code: '111111' });
    await provider.sendMagicLink!({ email: 'ada@example.com', redirectTo: '/x' });
    await provider.sendVerificationEmail!({ email: 'ada@example.com' });
    await provider.verifyEmail!({ token: 'tok' });
    const o = location.origin;
    expect(sent).to.deep.equal([
      { method: 'POST', path: '/sign-in/email', body: { email: 'ada@example.com', password: 'pw' } },
      { method: 'POST', path: '/two-factor/verify-totp', body: { code: '123456', trustDevice: true } },
      { method: 'POST', path: '/two-factor/send-otp', body: {} },
      { method: 'POST', path: '/two-factor/verify-otp', body: { code: '654321', trustDevice: false } },
      { method: 'POST', path: '/two-factor/verify-backup-code', body: { code: 'AbCdE-12345', trustDevice: false } },
      { method: 'POST', path: '/email-otp/send-verification-otp', body: { email: 'ada@example.com', type: 'sign-in' } },
      { method: 'POST', path: '/sign-in/email-otp', body: { email: 'ada@example.com', otp: '111111' } },
      { method: 'POST', path: '/sign-in/magic-link', body: { email: 'ada@example.com', callbackURL: `${o}/x`, newUserCallbackURL: `${o}/x`, errorCallbackURL: `${o}/login` } },
      { method: 'POST', path: '/send-verification-email', body: { email: 'ada@example.com', callbackURL: `${o}/verify-email` } },
      { method: 'GET', path: '/verify-email?token=tok', body: undefined },
    ]);
  });
});
