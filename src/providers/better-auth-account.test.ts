/**
 * The better-auth adapter's passkey and account methods against a recording fake client, with the
 * browser's WebAuthn calls replaced where a test needs an answer no authenticator gives on demand
 * (a dismissed dialog, an abort mid-request, a refused origin). The real ceremonies run end to end
 * in test/e2e/passkey-adapter.test.mjs.
 */
import { expect } from '@open-wc/testing';
import {
  createBetterAuthProvider,
  type BetterAuthClientLike,
  type BetterAuthFetchOptionsLike,
  BetterAuthProviderError,
  type BetterAuthProviderOptions,
  type BetterAuthRequestLike,
} from './better-auth.js';
import { nextReply, rejection, type Reply } from '../test-utils/better-auth-client.js';

type Call = { method: string; params: Record<string, unknown> };

/** A recording fake client; `replies[route]` answers (the last one repeats). `$fetch` routes by path. */
function fakeClient(replies: Record<string, Reply[]> = {}) {
  const calls: Call[] = [];
  const answer = (method: string) => nextReply(replies, method);
  const endpoint = (method: string) => async (params: Record<string, unknown> = {}) => {
    const { fetchOptions, ...rest } = params as { fetchOptions?: BetterAuthFetchOptionsLike };
    calls.push({ method, params: { ...rest, ...(fetchOptions?.method ? { fetchMethod: fetchOptions.method } : {}) } });
    return answer(method);
  };
  const client: BetterAuthClientLike = {
    signIn: { email: endpoint('signIn.email') },
    signUp: { email: endpoint('signUp.email') },
    signOut: endpoint('signOut'),
    getSession: endpoint('getSession') as BetterAuthClientLike['getSession'],
    resetPassword: endpoint('resetPassword'),
    twoFactor: {
      verifyTotp: endpoint('twoFactor.verifyTotp'),
      sendOtp: endpoint('twoFactor.sendOtp'),
      verifyOtp: endpoint('twoFactor.verifyOtp'),
      verifyBackupCode: endpoint('twoFactor.verifyBackupCode'),
      enable: endpoint('twoFactor.enable'),
      disable: endpoint('twoFactor.disable'),
      generateBackupCodes: endpoint('twoFactor.generateBackupCodes'),
    },
    passkey: {
      listUserPasskeys: endpoint('passkey.listUserPasskeys'),
      updatePasskey: endpoint('passkey.updatePasskey'),
      deletePasskey: endpoint('passkey.deletePasskey'),
    },
    async $fetch(path: string, options: BetterAuthRequestLike = {}) {
      const { onError: _hook, signal, ...rest } = options;
      calls.push({ method: path, params: { ...rest, ...(signal ? { signal } : {}) } });
      return answer(path);
    },
    changePassword: endpoint('changePassword'),
    changeEmail: endpoint('changeEmail'),
    listSessions: endpoint('listSessions'),
    revokeSession: endpoint('revokeSession'),
    revokeOtherSessions: endpoint('revokeOtherSessions'),
    deleteUser: endpoint('deleteUser'),
  };
  return { client, calls };
}

const PASSKEY_METHODS = ['loginWithPasskey', 'listPasskeys', 'addPasskey', 'renamePasskey', 'deletePasskey'] as const;
const ACCOUNT_METHODS = ['changePassword', 'listSessions', 'revokeSession', 'revokeOtherSessions'] as const;
const TWO_FACTOR_SETUP = ['enableTwoFactor', 'confirmTwoFactor', 'disableTwoFactor', 'generateBackupCodes'] as const;
const EVERY = [...PASSKEY_METHODS, ...ACCOUNT_METHODS, ...TWO_FACTOR_SETUP, 'changeEmail', 'deleteAccount'] as const;

const has = (features: BetterAuthProviderOptions['features']) => {
  const provider = createBetterAuthProvider(fakeClient().client, { features });
  return EVERY.filter((m) => typeof provider[m] === 'function');
};

describe('better-auth adapter: passkey and account features', () => {
  it('offers none of these methods unless the app names the feature', () => {
    expect(has(undefined)).to.deep.equal([]);
    expect(has({ twoFactor: true })).to.deep.equal([]);
  });

  it('each feature adds exactly its methods; two-factor setup needs both account and twoFactor', () => {
    expect(has({ passkey: true })).to.deep.equal([...PASSKEY_METHODS]);
    expect(has({ account: true })).to.deep.equal([...ACCOUNT_METHODS]);
    expect(has({ account: true, twoFactor: true })).to.deep.equal([...ACCOUNT_METHODS, ...TWO_FACTOR_SETUP]);
    expect(has({ changeEmail: true })).to.deep.equal(['changeEmail']);
    expect(has({ deleteAccount: true })).to.deep.equal(['deleteAccount']);
  });
});

/** A PublicKeyCredential-shaped answer of `navigator.credentials.get`. */
const bytes = (...values: number[]) => new Uint8Array(values).buffer;
const assertion = {
  id: 'AQID',
  rawId: bytes(1, 2, 3),
  type: 'public-key',
  authenticatorAttachment: 'platform',
  response: { clientDataJSON: bytes(123, 125), authenticatorData: bytes(9), signature: bytes(250, 251), userHandle: bytes(255) },
};
const OPTIONS = { challenge: 'AAEC', rpId: 'localhost', userVerification: 'preferred', allowCredentials: [{ id: 'BAUG', type: 'public-key' }] };

/**
 * WebKitGTK (one of the engines `npm run test:browsers` runs) has no WebAuthn at all. The tests
 * below stand in for the browser's side of every ceremony anyway, so where the entry points are
 * missing they get placeholders for the duration of the suite, removed again afterwards.
 */
function provideWebAuthnEntryPoints(): () => void {
  const undo: Array<() => void> = [];
  if (typeof globalThis.PublicKeyCredential !== 'function') {
    Object.defineProperty(globalThis, 'PublicKeyCredential', { value: class PublicKeyCredential {}, configurable: true, writable: true });
    undo.push(() => delete (globalThis as { PublicKeyCredential?: unknown }).PublicKeyCredential);
  }
  if (!navigator.credentials) {
    const missing = () => Promise.reject(new Error('no WebAuthn in this engine'));
    Object.defineProperty(navigator, 'credentials', { value: { get: missing, create: missing }, configurable: true });
    undo.push(() => delete (navigator as { credentials?: unknown }).credentials);
  }
  return () => undo.forEach((step) => step());
}

describe('better-auth adapter: loginWithPasskey', () => {
  let credentials: CredentialsContainer;
  let originalGet: CredentialsContainer['get'];
  let originalCreate: CredentialsContainer['create'];
  let originalProbe: typeof PublicKeyCredential.isConditionalMediationAvailable;
  let removeEntryPoints: () => void;
  before(() => {
    removeEntryPoints = provideWebAuthnEntryPoints();
    ({ credentials } = navigator);
    originalGet = credentials.get;
    originalCreate = credentials.create;
    originalProbe = PublicKeyCredential.isConditionalMediationAvailable;
  });
  after(() => removeEntryPoints());
  let requests: CredentialRequestOptions[];
  beforeEach(() => {
    // Each test says whether the browser offers passkey autofill, not the engine it runs in.
    PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(true);
  });
  afterEach(() => {
    credentials.get = originalGet;
    credentials.create = originalCreate;
    PublicKeyCredential.isConditionalMediationAvailable = originalProbe;
  });
  beforeEach(() => {
    requests = [];
  });
  /** The browser answers `answer` (or rejects with it when it is an Error) and records the request. */
  const browserAnswers = (answer: unknown) => {
    credentials.get = (request?: CredentialRequestOptions) => {
      requests.push(request!);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer as Credential);
    };
  };
  const passkeys = (replies: Record<string, Reply[]> = {}) => {
    const fake = fakeClient({ '/passkey/generate-authenticate-options': [{ data: OPTIONS }], ...replies });
    return { ...fake, provider: createBetterAuthProvider(fake.client, { features: { passkey: true } }) };
  };

  it('signs in: options, the browser\'s assertion as base64url JSON, verification', async () => {
    browserAnswers(assertion);
    const { provider, calls } = passkeys();
    expect(await provider.loginWithPasskey!({})).to.equal(undefined);
    expect(calls.map((c) => c.method)).to.deep.equal(['/passkey/generate-authenticate-options', '/passkey/verify-authentication']);
    expect(calls[0].params.method).to.equal('GET');
    expect(calls[1].params).to.deep.equal({
      method: 'POST',
      body: {
        response: {
          id: 'AQID',
          rawId: 'AQID',
          type: 'public-key',
          authenticatorAttachment: 'platform',
          response: { clientDataJSON: 'e30', authenticatorData: 'CQ', signature: '-vs', userHandle: '_w' },
        },
      },
    });
    const [request] = requests;
    expect((request as { mediation?: string }).mediation).to.equal(undefined);
    expect(new Uint8Array(request.publicKey!.challenge as ArrayBuffer)).to.deep.equal(new Uint8Array([0, 1, 2]));
    expect(request.publicKey!.allowCredentials!.map((c) => new Uint8Array(c.id as ArrayBuffer))).to.deep.equal([new Uint8Array([4, 5, 6])]);
  });

  it('autoFill: a conditional request with the page\'s signal and no named credentials', async () => {
    browserAnswers(assertion);
    const { provider } = passkeys();
    const controller = new AbortController();
    await provider.loginWithPasskey!({ autoFill: true, signal: controller.signal });
    expect((requests[0] as { mediation?: string }).mediation).to.equal('conditional');
    expect(requests[0].signal).to.equal(controller.signal);
    expect(requests[0].publicKey!.allowCredentials).to.equal(undefined);
  });

  it('an abort before it starts: passkey-cancelled, no request, no ceremony', async () => {
    browserAnswers(assertion);
    const { provider, calls } = passkeys();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(provider.loginWithPasskey!({ autoFill: true, signal: controller.signal }));
    expect(error).to.be.instanceOf(BetterAuthProviderError);
    expect(error.code).to.equal('passkey-cancelled');
    expect(calls).to.deep.equal([]);
    expect(requests).to.deep.equal([]);
  });

  it('an abort while the autofill request waits: passkey-cancelled, nothing verified', async () => {
    let started!: () => void;
    const waiting = new Promise<void>((resolve) => (started = resolve));
    credentials.get = (request?: CredentialRequestOptions) =>
      new Promise((_, reject) => {
        request!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        started();
      });
    const { provider, calls } = passkeys();
    const controller = new AbortController();
    const pending = rejection(provider.loginWithPasskey!({ autoFill: true, signal: controller.signal }));
    await waiting;
    controller.abort();
    expect((await pending).code).to.equal('passkey-cancelled');
    expect(calls.map((c) => c.method)).to.deep.equal(['/passkey/generate-authenticate-options']);
  });

  it('a dismissed dialog (NotAllowedError) is passkey-cancelled; other browser errors are failures', async () => {
    const { provider } = passkeys();
    browserAnswers(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));
    expect((await rejection(provider.loginWithPasskey!({}))).code).to.equal('passkey-cancelled');
    browserAnswers(null);
    expect((await rejection(provider.loginWithPasskey!({}))).code).to.equal('passkey-cancelled');
    browserAnswers(new DOMException('This is an invalid domain.', 'SecurityError'));
    const security = await rejection(provider.loginWithPasskey!({}));
    expect(security.code).to.equal('passkey-unavailable');
    expect(security.name).to.equal('Passkey sign-in failed');
    browserAnswers(new TypeError('bad options'));
    expect((await rejection(provider.loginWithPasskey!({}))).code).to.equal('passkey-failed');
  });

  it('autoFill where the browser offers no passkey autofill: unsupported, before any request', async () => {
    PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);
    const { provider, calls } = passkeys();
    expect((await rejection(provider.loginWithPasskey!({ autoFill: true }))).code).to.equal('unsupported');
    expect(calls).to.deep.equal([]);
  });

  it('the server\'s refusals keep their meaning: an unknown passkey, a failed verification, a network error', async () => {
    browserAnswers(assertion);
    const unknown = passkeys({ '/passkey/verify-authentication': [{ error: { status: 401, code: 'PASSKEY_NOT_FOUND', message: 'Passkey not found' } }] });
    const notFound = await rejection(unknown.provider.loginWithPasskey!({}));
    expect(notFound).to.be.instanceOf(BetterAuthProviderError);
    expect([notFound.code, notFound.betterAuthCode, notFound.status]).to.deep.equal(['passkey-not-found', 'PASSKEY_NOT_FOUND', 401]);
    const failed = passkeys({ '/passkey/verify-authentication': [{ error: { status: 400, code: 'AUTHENTICATION_FAILED' } }] });
    expect((await rejection(failed.provider.loginWithPasskey!({}))).code).to.equal('passkey-failed');
    const offline = fakeClient();
    offline.client.$fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const provider = createBetterAuthProvider(offline.client, { features: { passkey: true } });
    expect((await rejection(provider.loginWithPasskey!({}))).code).to.equal('network');
  });

  it('a client without $fetch: unsupported, not a TypeError', async () => {
    const { client } = fakeClient();
    delete client.$fetch;
    const provider = createBetterAuthProvider(client, { features: { passkey: true } });
    const error = await rejection(provider.loginWithPasskey!({}));
    expect(error).to.be.instanceOf(BetterAuthProviderError);
    expect(error.code).to.equal('unsupported');
  });

  it('addPasskey: an authenticator that already holds one is passkey-exists; the name goes with the result only', async () => {
    const created: CredentialCreationOptions[] = [];
    credentials.create = (options?: CredentialCreationOptions) => {
      created.push(options!);
      return Promise.reject(new DOMException('already registered', 'InvalidStateError'));
    };
    const fake = fakeClient({
      '/passkey/generate-register-options': [
        { data: { challenge: 'AAEC', rp: { id: 'localhost', name: 'Demo' }, user: { id: 'dXNlcg', name: 'a@b.test' }, pubKeyCredParams: [{ type: 'public-key', alg: -7 }] } },
      ],
    });
    const provider = createBetterAuthProvider(fake.client, { features: { passkey: true } });
    expect((await rejection(provider.addPasskey!({ name: 'Laptop' }))).code).to.equal('passkey-exists');
    expect(fake.calls).to.deep.equal([{ method: '/passkey/generate-register-options', params: { method: 'GET' } }]);
    expect(created[0].publicKey!.user.name).to.equal('a@b.test');
    expect(new TextDecoder().decode(created[0].publicKey!.user.id as ArrayBuffer)).to.equal('user');
  });
});

describe('better-auth adapter: passkey and account results', () => {
  it('listPasskeys: the contract\'s shape, never the key material', async () => {
    const created = '2026-11-29T10:00:00.000Z';
    const { client } = fakeClient({
      'passkey.listUserPasskeys': [
        {
          data: [
            { id: 'p1', name: 'Laptop', publicKey: 'secret', credentialID: 'cred', userId: 'u', counter: 3, deviceType: 'multiDevice', backedUp: true, transports: 'internal,hybrid', createdAt: created },
            { id: 'p2', name: '', createdAt: 'not a date' },
            { name: 'no id' },
          ],
        },
      ],
    });
    const provider = createBetterAuthProvider(client, { features: { passkey: true } });
    expect(await provider.listPasskeys!()).to.deep.equal([
      { id: 'p1', name: 'Laptop', createdAt: new Date(created), deviceType: 'multiDevice', backedUp: true, transports: ['internal', 'hybrid'] },
      { id: 'p2' },
    ]);
  });

  it('listSessions marks the current one and hides tokens; revokeSession sends the token of the id', async () => {
    const { client, calls } = fakeClient({
      listSessions: [
        {
          data: [
            { id: 's1', token: 'secret-1', userAgent: 'Firefox', ipAddress: '127.0.0.1', createdAt: new Date(0), expiresAt: new Date(1) },
            { id: 's2', token: 'secret-2', userAgent: '' },
          ],
        },
      ],
      getSession: [{ data: { user: { id: 'u', email: 'a@b.test' }, session: { id: 's2' } } }],
    });
    const provider = createBetterAuthProvider(client, { features: { account: true } });
    expect(await provider.listSessions!()).to.deep.equal([
      { id: 's1', current: false, userAgent: 'Firefox', ipAddress: '127.0.0.1', createdAt: new Date(0), expiresAt: new Date(1) },
      { id: 's2', current: true },
    ]);
    calls.length = 0;
    await provider.revokeSession!({ id: 's1' });
    expect(calls.map((c) => [c.method, c.params])).to.deep.equal([
      ['listSessions', { fetchMethod: 'GET' }],
      ['revokeSession', { token: 'secret-1' }],
    ]);
    calls.length = 0;
    await provider.revokeSession!({ id: 'gone' });
    expect(calls.map((c) => c.method)).to.deep.equal(['listSessions']);
  });

  it('account errors: a wrong password, a stale session, signed out', async () => {
    const { client } = fakeClient({
      changePassword: [{ error: { status: 400, code: 'INVALID_PASSWORD', message: 'Invalid password' } }],
      deleteUser: [{ error: { status: 400, code: 'SESSION_EXPIRED' } }],
      revokeOtherSessions: [{ error: { status: 401, code: 'UNAUTHORIZED', message: 'Unauthorized' } }],
    });
    const provider = createBetterAuthProvider(client, { features: { account: true, deleteAccount: true } });
    const wrong = await rejection(provider.changePassword!({ currentPassword: 'x', newPassword: 'y' }));
    expect([wrong.name, wrong.code]).to.deep.equal(['Could not change the password', 'invalid-password']);
    expect((await rejection(provider.deleteAccount!({}))).code).to.equal('session-not-fresh');
    expect((await rejection(provider.revokeOtherSessions!())).code).to.equal('not-signed-in');
  });

  it('changeEmail tells a change made at once from one waiting for a mailed link', async () => {
    const waiting = fakeClient({ getSession: [{ data: { user: { id: 'u', email: 'old@b.test' } } }] });
    const later = createBetterAuthProvider(waiting.client, { features: { changeEmail: true } });
    expect(await later.changeEmail!({ newEmail: 'new@b.test' })).to.deep.equal({ email: 'old@b.test', confirmationSent: true });
    expect(waiting.calls[0].params.newEmail).to.equal('new@b.test');
    const now = fakeClient({ getSession: [{ data: { user: { id: 'u', email: 'new@b.test' } } }] });
    const atOnce = createBetterAuthProvider(now.client, { features: { changeEmail: true } });
    expect(await atOnce.changeEmail!({ newEmail: 'New@b.test' })).to.deep.equal({ email: 'new@b.test', confirmationSent: false });
  });

  it('two-factor setup: the URI and codes, and a code confirmed through verifyTotp', async () => {
    const { client, calls } = fakeClient({
      'twoFactor.enable': [{ data: { totpURI: 'otpauth://totp/x?secret=ABC', backupCodes: ['a', 'b', 3] } }],
      'twoFactor.generateBackupCodes': [{ data: { status: true, backupCodes: ['c'] } }],
    });
    const provider = createBetterAuthProvider(client, { features: { account: true, twoFactor: true } });
    expect(await provider.enableTwoFactor!({ password: 'pw' })).to.deep.equal({ totpURI: 'otpauth://totp/x?secret=ABC', backupCodes: ['a', 'b'] });
    expect(await provider.confirmTwoFactor!({ code: ' 123456 ' })).to.equal(undefined);
    expect(await provider.generateBackupCodes!({ password: 'pw' })).to.deep.equal({ backupCodes: ['c'] });
    expect(calls.map((c) => [c.method, c.params])).to.deep.equal([
      ['twoFactor.enable', { password: 'pw' }],
      ['twoFactor.verifyTotp', { code: '123456' }],
      ['twoFactor.generateBackupCodes', { password: 'pw' }],
    ]);
  });
});
