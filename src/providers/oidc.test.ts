/**
 * auth-elements/providers/oidc against a scripted OpenID Provider (a fetch stub): the protocol
 * checks the adapter relies on, its error codes, refresh, logout and the claims it maps. The
 * real round trips against oidc-provider are in test/e2e/oidc-*.test.mjs.
 */
import { expect } from '@open-wc/testing';
import { createOidcProvider, type OidcProviderError, type OidcProviderOptions, type StorageLike } from './oidc.js';

const ISSUER = 'https://idp.example/realms/demo';
const APP = location.origin;

const b64url = (value: object) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A JWT-shaped ID token. Its signature is not checked for a token from the token endpoint (TLS). */
function idToken(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ iss: ISSUER, aud: 'app', iat: now, exp: now + 600, ...claims })}.c2ln`;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

interface Scripted {
  options: OidcProviderOptions;
  requests: Array<{ url: string; body?: URLSearchParams }>;
  navigations: string[];
  storage: StorageLike & { map: Map<string, string> };
  /** What the token endpoint answers next. */
  token: (body: URLSearchParams) => Response;
  userinfo: () => Response;
}

function scripted(overrides: Partial<OidcProviderOptions> = {}): Scripted {
  const map = new Map<string, string>();
  const storage = { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
  const s: Scripted = {
    requests: [],
    navigations: [],
    storage,
    token: () => json({ error: 'invalid_grant' }, 400),
    userinfo: () => json({ sub: 'u1', email: 'u1@example.com', realm_access: { roles: ['admin', 'audit'] } }),
    options: {} as OidcProviderOptions,
  };
  s.options = {
    issuer: ISSUER,
    clientId: 'app',
    redirectUri: `${APP}/callback`,
    postLogoutRedirectUri: `${APP}/`,
    permissionsClaim: 'realm_access.roles',
    storage,
    navigate: (url) => s.navigations.push(url),
    fetch: async (url: string, init: RequestInit) => {
      const body = init?.body instanceof URLSearchParams ? init.body : undefined;
      s.requests.push({ url, body });
      if (url === `${ISSUER}/.well-known/openid-configuration`) {
        return json({
          issuer: ISSUER,
          authorization_endpoint: `${ISSUER}/auth`,
          token_endpoint: `${ISSUER}/token`,
          userinfo_endpoint: `${ISSUER}/userinfo`,
          end_session_endpoint: `${ISSUER}/logout`,
          jwks_uri: `${ISSUER}/certs`,
        });
      }
      if (url === `${ISSUER}/token`) return s.token(body!);
      if (url === `${ISSUER}/userinfo`) return s.userinfo();
      return json({}, 404);
    },
    ...overrides,
  };
  return s;
}

/** Runs login, then answers the callback the way the provider would (with this tab's state). */
async function signIn(s: Scripted, provider = createOidcProvider(s.options), extra: Record<string, string> = {}) {
  expect(await provider.login({})).to.equal(false);
  const authorize = new URL(s.navigations.at(-1)!);
  const nonce = authorize.searchParams.get('nonce')!;
  s.token = (body) => {
    expect(body.get('grant_type')).to.equal('authorization_code');
    expect(body.get('code_verifier')).to.be.a('string');
    return json({ access_token: 'at-1', refresh_token: 'rt-1', expires_in: 300, token_type: 'Bearer', id_token: idToken({ sub: 'u1', nonce, name: 'Uma', ...extra }) });
  };
  const returnTo = await provider.handleCallback({ code: 'the-code', state: authorize.searchParams.get('state')! });
  return { provider, authorize, returnTo };
}

const rejection = (promise: Promise<unknown>) => promise.then(() => expect.fail('should reject'), (error: OidcProviderError) => error);

describe('createOidcProvider', () => {
  it('touches no storage and makes no request until used', () => {
    const s = scripted();
    const touched: string[] = [];
    createOidcProvider({ ...s.options, storage: { getItem: (k) => (touched.push(k), null), setItem: (k) => void touched.push(k), removeItem: (k) => void touched.push(k) } });
    expect(touched).to.deep.equal([]);
    expect(s.requests).to.deep.equal([]);
  });

  it('sends code + PKCE S256 + state + nonce, the IdP hint and extra params; keeps ?to= with the state', async () => {
    const s = scripted({ extraAuthParams: { audience: 'api' }, idpHintParam: 'kc_idp_hint' });
    const provider = createOidcProvider(s.options);
    await provider.login({ providerName: 'github', returnTo: '/reports?x=1' });
    const url = new URL(s.navigations[0]);
    expect(url.origin + url.pathname).to.equal(`${ISSUER}/auth`);
    const p = url.searchParams;
    expect([p.get('response_type'), p.get('client_id'), p.get('redirect_uri'), p.get('scope')]).to.deep.equal(['code', 'app', `${APP}/callback`, 'openid profile email']);
    expect(p.get('code_challenge_method')).to.equal('S256');
    expect(p.get('code_challenge')).to.match(/^[\w-]{43}$/);
    expect(p.get('state')).to.match(/^[\w-]{20,}$/);
    expect(p.get('nonce')).to.match(/^[\w-]{20,}$/);
    expect(p.get('kc_idp_hint')).to.equal('github');
    expect(p.get('audience')).to.equal('api');
    expect(p.has('to')).to.equal(false);
  });

  it('completes the callback: tokens, identity from ID token + userinfo, permissions from a dotted claim, the return path', async () => {
    const s = scripted();
    const provider = createOidcProvider(s.options);
    await provider.login({ returnTo: '/reports?x=1' });
    const authorize = new URL(s.navigations[0]);
    const nonce = authorize.searchParams.get('nonce')!;
    s.token = () => json({ access_token: 'at-1', refresh_token: 'rt-1', expires_in: 300, token_type: 'Bearer', id_token: idToken({ sub: 'u1', nonce, name: 'Uma' }) });
    expect(await provider.handleCallback({ code: 'c', state: authorize.searchParams.get('state')! })).to.equal('/reports?x=1');
    await provider.checkAuth();
    expect(await provider.getAccessToken()).to.equal('at-1');
    expect(await provider.getUserIdentity()).to.include({ id: 'u1', name: 'Uma', email: 'u1@example.com' });
    expect(await provider.getPermissions()).to.deep.equal(['admin', 'audit']);
    // An unsafe return path never makes it into the transaction.
    await provider.login({ returnTo: 'https://evil.example/' });
    const second = new URL(s.navigations[1]);
    s.token = () => json({ access_token: 'at-2', token_type: 'Bearer', id_token: idToken({ sub: 'u1', nonce: second.searchParams.get('nonce') }) });
    expect(await provider.handleCallback({ code: 'c2', state: second.searchParams.get('state')! })).to.equal(undefined);
  });

  it('refuses: access_denied, a missing / unknown / replayed state, a refused code, a wrong nonce, no network', async () => {
    const s = scripted();
    const provider = createOidcProvider(s.options);
    expect((await rejection(provider.handleCallback({ error: 'access_denied', error_description: '<b>no</b>' }))).code).to.equal('access-denied');
    expect((await rejection(provider.handleCallback({ code: 'c' }))).code).to.equal('invalid-state');
    expect((await rejection(provider.handleCallback({ code: 'c', state: 'forged' }))).code).to.equal('invalid-state');

    await provider.login({});
    let state = new URL(s.navigations.at(-1)!).searchParams.get('state')!;
    s.token = () => json({ error: 'invalid_grant', error_description: 'used' }, 400);
    const refused = await rejection(provider.handleCallback({ code: 'c', state }));
    expect(refused).to.include({ code: 'invalid-grant', oauthError: 'invalid_grant', name: 'Sign-in failed' });
    // The same callback again: its state was used up.
    expect((await rejection(provider.handleCallback({ code: 'c', state }))).code).to.equal('invalid-state');

    await provider.login({});
    state = new URL(s.navigations.at(-1)!).searchParams.get('state')!;
    s.token = () => json({ access_token: 'at', token_type: 'Bearer', id_token: idToken({ sub: 'u1', nonce: 'someone-elses' }) });
    expect((await rejection(provider.handleCallback({ code: 'c', state }))).code).to.equal('invalid-response');

    await provider.login({});
    state = new URL(s.navigations.at(-1)!).searchParams.get('state')!;
    s.token = () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await rejection(provider.handleCallback({ code: 'c', state }))).code).to.equal('network');
    await rejection(provider.checkAuth());
  });

  it('a discovery document for another issuer is refused (mix-up defence); an unreachable one is "network"', async () => {
    const s = scripted();
    const wrong = createOidcProvider({ ...s.options, fetch: async () => json({ issuer: 'https://evil.example', authorization_endpoint: 'https://evil.example/auth' }) });
    expect((await rejection(wrong.login({}))).code).to.equal('discovery');
    const down = createOidcProvider({ ...s.options, fetch: async () => { throw new TypeError('Failed to fetch'); } });
    expect((await rejection(down.login({}))).code).to.equal('network');
  });

  it('renews the access token before it expires, and once on a 401; a refused refresh ends the session', async () => {
    let now = Date.now();
    const s = scripted({ now: () => now });
    const { provider } = await signIn(s);
    now += 280_000; // 20 s before expiry: inside the 30 s margin
    s.token = (body) => {
      expect(body.get('grant_type')).to.equal('refresh_token');
      expect(body.get('refresh_token')).to.equal('rt-1');
      return json({ access_token: 'at-2', refresh_token: 'rt-2', expires_in: 300, token_type: 'Bearer' });
    };
    // Concurrent callers share one refresh.
    expect(await Promise.all([provider.getAccessToken(), provider.getAccessToken()])).to.deep.equal(['at-2', 'at-2']);
    expect(s.requests.filter((r) => r.url.endsWith('/token'))).to.have.length(2);
    expect(await provider.getUserIdentity()).to.include({ name: 'Uma' });

    s.token = () => json({ access_token: 'at-3', refresh_token: 'rt-3', expires_in: 300, token_type: 'Bearer' });
    await provider.checkError({ status: 401 });
    expect(await provider.getAccessToken()).to.equal('at-3');
    await provider.checkError({ status: 403 });
    expect(await provider.getAccessToken()).to.equal('at-3');

    s.token = () => json({ error: 'invalid_grant' }, 400);
    await rejection(provider.checkError({ response: { status: 401 } }));
    expect((await rejection(provider.checkAuth())).code).to.equal('not-signed-in');
  });

  it('logout forgets the tokens and leaves for end_session_endpoint with id_token_hint', async () => {
    const s = scripted();
    const { provider } = await signIn(s);
    expect(await provider.logout({})).to.equal(false);
    const url = new URL(s.navigations.at(-1)!);
    expect(url.origin + url.pathname).to.equal(`${ISSUER}/logout`);
    expect(url.searchParams.get('id_token_hint')).to.match(/^ey/);
    expect(url.searchParams.get('post_logout_redirect_uri')).to.equal(`${APP}/`);
    expect(url.searchParams.get('client_id')).to.equal('app');
    expect([...s.storage.map.keys()].filter((k) => k.endsWith(':session'))).to.deep.equal([]);
    await rejection(provider.checkAuth());
    // Signed out already: nothing to end at the provider.
    expect(await provider.logout({})).to.equal(undefined);
  });

  it('a secret-less public client sends only its client_id; a confidential one authenticates', async () => {
    const pub = scripted();
    await signIn(pub);
    const tokenRequest = pub.requests.find((r) => r.url.endsWith('/token'))!;
    expect(tokenRequest.body!.get('client_id')).to.equal('app');
    expect(tokenRequest.body!.has('client_secret')).to.equal(false);

    const post = scripted({ clientSecret: 's3cret', clientAuth: 'client_secret_post' });
    await signIn(post);
    expect(post.requests.find((r) => r.url.endsWith('/token'))!.body!.get('client_secret')).to.equal('s3cret');
  });
});
