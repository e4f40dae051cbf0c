/**
 * auth-elements/providers/oidc — a refine-shaped authProvider for any OpenID Provider (Keycloak,
 * Auth0, Entra ID, Okta, Zitadel, Authentik, …), running entirely in the browser: discovery,
 * authorization code flow with PKCE (S256), `state` and `nonce`, ID token claims validated,
 * refresh tokens, RP-initiated logout. The protocol work is done by `oauth4webapi`; this file
 * only decides what to keep, where, and what to tell the user.
 *
 * Nothing runs at import time: no `window`, no `location`, no storage access until a method is
 * called, so the module imports cleanly on a server.
 * @packageDocumentation
 */
import * as oauth from 'oauth4webapi';
import { safeRedirect } from '../core/redirect.js';
import type { AuthError, RefineV3AuthProvider } from '../core/types.js';

/** The stable codes an {@link OidcProviderError} carries. */
export type OidcErrorCode =
  /** The user (or the provider's policy) refused at the provider: `error=access_denied`. */
  | 'access-denied'
  /** The return carried no `state`, or one this tab never sent (tampered, replayed, another tab's). */
  | 'invalid-state'
  /** The provider refused the authorization code (replayed, tampered or expired): `invalid_grant`. */
  | 'invalid-grant'
  /** Another error the provider returned, by redirect or from its token endpoint. */
  | 'provider-error'
  /** An answer failed validation (issuer, audience, nonce, expiry of the ID token; malformed JSON). */
  | 'invalid-response'
  /** The provider could not be reached. */
  | 'network'
  /** Discovery failed: the `issuer` is wrong or the provider is down. */
  | 'discovery'
  /** There is no session (or it expired and could not be renewed). */
  | 'not-signed-in';

/** What the adapter rejects with: `{ name, message, code }`, text meant for people. */
export interface OidcProviderError extends AuthError {
  code: OidcErrorCode;
  /** The provider's own OAuth error code (`access_denied`, `invalid_grant`, …), when it sent one. */
  oauthError?: string;
}

/** A `Storage`-shaped place to keep the session (sessionStorage, localStorage, or your own). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Options of {@link createOidcProvider}. */
export interface OidcProviderOptions {
  /** The provider's issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  /** The client (application) id registered at the provider. */
  clientId: string;
  /** This app's callback page (the one showing `<auth-callback>`), registered at the provider. */
  redirectUri: string;
  /** Requested scopes. Default `openid profile email`; `openid` is added when missing. */
  scope?: string;
  /** Where the provider sends the browser after RP-initiated logout (registered at the provider). Default: none (the provider decides). */
  postLogoutRedirectUri?: string;
  /**
   * A client secret. Only for confidential clients, which a browser app is not: anyone can read
   * it from the page. Prefer a public client (PKCE protects the code).
   */
  clientSecret?: string;
  /** How the token endpoint authenticates the client. Default `none`, or `client_secret_basic` with a secret. */
  clientAuth?: 'none' | 'client_secret_basic' | 'client_secret_post';
  /**
   * The claim (of the userinfo answer, else the ID token) that `getPermissions` returns, as a
   * dotted path: `roles`, `groups`, `realm_access.roles` (Keycloak). Default `roles`.
   */
  permissionsClaim?: string;
  /**
   * Where tokens live: `'session'` (sessionStorage: survives a reload, one tab, gone when the tab
   * closes), `'memory'` (gone on reload), or any Storage-like object. Default `'session'`.
   * The short-lived login transaction (PKCE verifier, state, nonce) always uses sessionStorage
   * when it exists, since it must survive the round trip.
   */
  storage?: 'session' | 'memory' | StorageLike;
  /** Prefix of the storage keys; change it to run two providers on one origin. Default `auth-elements:oidc`. */
  storageKey?: string;
  /** The authorization parameter that carries `login({ providerName })`. Default `kc_idp_hint` (Keycloak); Auth0 uses `connection`. */
  idpHintParam?: string;
  /** Extra parameters for every authorization request (`audience`, `prompt`, `ui_locales`, …). */
  extraAuthParams?: Readonly<Record<string, string>>;
  /** The query parameter of the current page that carries the return path. Default `to`. */
  returnParam?: string;
  /** Renew the access token this many seconds before it expires. Default 30. */
  refreshMargin?: number;
  /** Fetch the userinfo endpoint after sign-in (when the provider has one). Default `true`. */
  userinfo?: boolean;
  /**
   * Allow `http:` URLs for the provider. Only for a provider on this machine (development and
   * tests); a real provider is always `https:`. Default `false`.
   */
  allowInsecureRequests?: boolean;
  /** Replaces messages per error code. */
  messages?: Partial<Record<OidcErrorCode, string>>;
  /** Leaves the page for the provider. Default `location.assign`. */
  navigate?: (url: string) => void;
  /** The fetch to use (called with a URL string and fetch's options). Default `globalThis.fetch`. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number;
}

/** The identity `getUserIdentity` resolves: the claims, plus the names the kit's elements read. */
export interface OidcIdentity {
  id: string;
  name?: string;
  email?: string;
  avatar?: string;
  [claim: string]: unknown;
}

/** The authProvider {@link createOidcProvider} returns: refine v3's shape plus the OAuth return and a token getter. */
export interface OidcAuthProvider extends RefineV3AuthProvider {
  /** Starts the round trip: `{ providerName }` becomes the IdP hint, `{ loginHint }` the `login_hint`, `{ returnTo }` overrides `?to=`. Resolves `false` (the page is leaving). */
  login(params?: Record<string, unknown>): Promise<false>;
  logout(params?: Record<string, unknown>): Promise<false | undefined>;
  checkAuth(params?: unknown): Promise<void>;
  checkError(error: unknown): Promise<void>;
  /** Completes the round trip on the callback page (react-admin's name). Resolves the validated `?to=` path, or `undefined`. */
  handleCallback(params?: Record<string, unknown> | string | URLSearchParams): Promise<string | undefined>;
  /** A valid access token for the app's own API calls, renewed first when it is about to expire. */
  getAccessToken(): Promise<string>;
  getUserIdentity(): Promise<OidcIdentity>;
  getPermissions(): Promise<string[]>;
}

interface Session {
  accessToken: string;
  idToken?: string;
  refreshToken?: string;
  /** ms since the epoch; absent when the provider gave no `expires_in`. */
  expiresAt?: number;
  /** ID token claims merged with userinfo (userinfo wins, `sub` checked to match). */
  claims: Record<string, unknown>;
}

interface Transaction {
  state: string;
  codeVerifier: string;
  nonce: string;
  returnTo?: string;
  createdAt: number;
}

const TITLE = 'Sign-in failed';

const MESSAGES: Record<OidcErrorCode, string> = {
  'access-denied': 'Sign-in was cancelled or refused at the identity provider.',
  'invalid-state': 'This sign-in link is invalid, was already used, or was started in another tab. Please sign in again.',
  'invalid-grant': 'The identity provider refused this sign-in (it may have been used already or expired). Please sign in again.',
  'provider-error': 'The identity provider reported an error. Please try again.',
  'invalid-response': 'The identity provider sent an answer that could not be verified. Please sign in again.',
  network: 'Could not reach the identity provider. Check your connection and try again.',
  discovery: 'The identity provider is not available or not configured correctly.',
  'not-signed-in': 'You are not signed in.',
};

// Transactions older than this are dropped: a login page left open for a day must not succeed.
const TRANSACTION_TTL = 30 * 60_000;

function memoryStorage(): StorageLike {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

function browserSessionStorage(): StorageLike | undefined {
  try {
    return (globalThis as { sessionStorage?: StorageLike }).sessionStorage;
  } catch {
    // Storage access throws in sandboxed frames and with cookies blocked.
    return undefined;
  }
}

function readJson<T>(storage: StorageLike, key: string): T | undefined {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function toSearchParams(params: Record<string, unknown> | string | URLSearchParams | undefined): URLSearchParams {
  if (params instanceof URLSearchParams) return new URLSearchParams(params);
  if (typeof params === 'string') return new URLSearchParams(params);
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string') out.set(key, value);
  }
  return out;
}

function claimAt(claims: Record<string, unknown>, path: string): unknown {
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/**
 * Creates an authProvider for any OpenID Provider. Wire `<auth-callback>` on the page at
 * `redirectUri`; everything else is the usual elements.
 *
 * | method | what it does |
 * |---|---|
 * | `login({ providerName?, loginHint?, returnTo? })` | leaves for the provider's authorization endpoint (PKCE S256, `state`, `nonce`) |
 * | `handleCallback(query)` | checks `state`, exchanges the code, validates the ID token, reads userinfo, keeps the session; resolves the `?to=` path |
 * | `checkAuth()` | resolves while there is a session (renewing an expired access token with the refresh token) |
 * | `checkError({ status })` | on 401 renews the token once; rejects (logs out) when that fails |
 * | `logout()` | forgets the tokens; with an `end_session_endpoint`, leaves for it (RP-initiated logout) |
 * | `getUserIdentity()` / `getPermissions()` | the claims / the `permissionsClaim` as a string array |
 * | `getAccessToken()` | a fresh access token for your API calls |
 */
export function createOidcProvider(options: OidcProviderOptions): OidcAuthProvider {
  if (!options || typeof options.issuer !== 'string' || typeof options.clientId !== 'string' || typeof options.redirectUri !== 'string') {
    throw new TypeError('auth-elements: createOidcProvider needs { issuer, clientId, redirectUri }.');
  }
  const prefix = options.storageKey ?? 'auth-elements:oidc';
  const sessionKey = `${prefix}:session`;
  const txKey = (state: string) => `${prefix}:tx:${state}`;
  const now = options.now ?? Date.now;
  const margin = (options.refreshMargin ?? 30) * 1000;
  const returnParam = options.returnParam ?? 'to';
  const scopes = new Set((options.scope ?? 'openid profile email').split(/\s+/).filter(Boolean));
  scopes.add('openid');
  const scope = [...scopes].join(' ');

  const client: oauth.Client = { client_id: options.clientId };
  const method = options.clientAuth ?? (options.clientSecret ? 'client_secret_basic' : 'none');
  const clientAuth: oauth.ClientAuth =
    method === 'none'
      ? oauth.None()
      : method === 'client_secret_post'
        ? oauth.ClientSecretPost(options.clientSecret ?? '')
        : oauth.ClientSecretBasic(options.clientSecret ?? '');

  type Http = {
    [oauth.allowInsecureRequests]?: boolean;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one fetch serves GET and POST option shapes
    [oauth.customFetch]?: (url: string, init: any) => Promise<Response>;
  };
  const http = (): Http => ({
    ...(options.allowInsecureRequests ? { [oauth.allowInsecureRequests]: true } : {}),
    ...(options.fetch ? { [oauth.customFetch]: options.fetch } : {}),
  });

  // Resolved lazily so that importing (or creating) the provider touches no browser API.
  let tokenStore: StorageLike | undefined;
  function tokens(): StorageLike {
    if (!tokenStore) {
      const choice = options.storage ?? 'session';
      tokenStore = choice === 'memory' ? memoryStorage() : choice === 'session' ? (browserSessionStorage() ?? memoryStorage()) : choice;
    }
    return tokenStore;
  }
  let txStore: StorageLike | undefined;
  function transactions(): StorageLike {
    txStore ??= browserSessionStorage() ?? tokens();
    return txStore;
  }

  function fail(code: OidcErrorCode, oauthError?: string): OidcProviderError {
    const error: OidcProviderError = { name: TITLE, message: options.messages?.[code] ?? MESSAGES[code], code };
    if (oauthError) error.oauthError = oauthError;
    return error;
  }

  /** Maps whatever oauth4webapi or fetch threw to one of our codes. */
  function mapError(error: unknown, fallback: OidcErrorCode = 'invalid-response'): OidcProviderError {
    if (error && typeof error === 'object' && 'code' in error && 'message' in error && 'name' in error && (error as OidcProviderError).name === TITLE) {
      return error as OidcProviderError;
    }
    if (error instanceof oauth.AuthorizationResponseError) {
      return fail(error.error === 'access_denied' ? 'access-denied' : 'provider-error', error.error);
    }
    if (error instanceof oauth.ResponseBodyError) {
      return fail(error.error === 'invalid_grant' ? 'invalid-grant' : 'provider-error', error.error);
    }
    if (error instanceof oauth.WWWAuthenticateChallengeError) return fail('provider-error');
    if (error instanceof oauth.OperationProcessingError || error instanceof oauth.UnsupportedOperationError) return fail(fallback);
    // fetch rejects with a TypeError when there is no response at all.
    if (error instanceof TypeError) return fail('network');
    return fail(fallback);
  }

  let discovery: Promise<oauth.AuthorizationServer> | undefined;
  function server(): Promise<oauth.AuthorizationServer> {
    discovery ??= (async () => {
      const issuer = new URL(options.issuer);
      let response: Response;
      try {
        response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...http() });
      } catch (error) {
        throw error instanceof TypeError ? fail('network') : fail('discovery');
      }
      try {
        // Checks that the document's `issuer` is exactly the one configured (mix-up defence).
        return await oauth.processDiscoveryResponse(issuer, response);
      } catch {
        throw fail('discovery');
      }
    })();
    // A failed discovery is not kept: the next call asks again.
    discovery.catch(() => (discovery = undefined));
    return discovery;
  }

  function readSession(): Session | undefined {
    const session = readJson<Session>(tokens(), sessionKey);
    return session && typeof session.accessToken === 'string' ? session : undefined;
  }

  function saveSession(session: Session | undefined): void {
    if (session) tokens().setItem(sessionKey, JSON.stringify(session));
    else tokens().removeItem(sessionKey);
  }

  async function userinfo(as: oauth.AuthorizationServer, accessToken: string, sub: string): Promise<Record<string, unknown>> {
    if (options.userinfo === false || !as.userinfo_endpoint) return {};
    const response = await oauth.userInfoRequest(as, client, accessToken, http());
    // The subject must be the ID token's: a userinfo answer about someone else is refused.
    return { ...(await oauth.processUserInfoResponse(as, client, sub, response)) };
  }

  function toSession(result: oauth.TokenEndpointResponse, previous?: Session, claims?: Record<string, unknown>): Session {
    const session: Session = {
      accessToken: result.access_token,
      idToken: result.id_token ?? previous?.idToken,
      // Providers that rotate refresh tokens send a new one; others keep the old one valid.
      refreshToken: result.refresh_token ?? previous?.refreshToken,
      claims: claims ?? previous?.claims ?? {},
    };
    if (typeof result.expires_in === 'number') session.expiresAt = now() + result.expires_in * 1000;
    return session;
  }

  // Concurrent guards and API calls that all find an expiring token share one refresh.
  let refreshing: Promise<Session> | undefined;
  function refresh(session: Session): Promise<Session> {
    refreshing ??= (async () => {
      try {
        if (!session.refreshToken) throw fail('not-signed-in');
        const as = await server();
        const response = await oauth.refreshTokenGrantRequest(as, client, clientAuth, session.refreshToken, http());
        const result = await oauth.processRefreshTokenResponse(as, client, response);
        const idClaims = oauth.getValidatedIdTokenClaims(result);
        if (idClaims && idClaims.sub !== session.claims.sub) throw fail('invalid-response');
        const next = toSession(result, session, idClaims ? { ...session.claims, ...idClaims } : undefined);
        // Only keep it if nobody signed out (or in as someone else) meanwhile.
        if (readSession()?.refreshToken === session.refreshToken) saveSession(next);
        return next;
      } catch (error) {
        const mapped = mapError(error);
        // A refused refresh token means the session is over; a network blip does not.
        if (mapped.code !== 'network' && readSession()?.refreshToken === session.refreshToken) saveSession(undefined);
        throw mapped.code === 'network' ? mapped : fail('not-signed-in');
      }
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  const expiring = (session: Session) => session.expiresAt !== undefined && session.expiresAt - margin <= now();

  /** The current session, renewed first when its access token is (nearly) expired. */
  async function current(): Promise<Session> {
    const session = readSession();
    if (!session) throw fail('not-signed-in');
    if (!expiring(session)) return session;
    if (!session.refreshToken) {
      // No way to renew: still usable until it really expires.
      if (session.expiresAt! > now()) return session;
      saveSession(undefined);
      throw fail('not-signed-in');
    }
    return refresh(session);
  }

  function navigate(url: string): void {
    if (options.navigate) options.navigate(url);
    else (globalThis as unknown as { location: { assign(url: string): void } }).location.assign(url);
  }

  function here(): string | undefined {
    return (globalThis as { location?: { href?: string } }).location?.href;
  }

  /** Drops login transactions that were never completed (closed tabs, abandoned sign-ins). */
  function sweep(storage: StorageLike): void {
    const store = storage as Partial<Storage>;
    if (typeof store.length !== 'number' || typeof store.key !== 'function') return;
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (!key?.startsWith(`${prefix}:tx:`)) continue;
      const tx = readJson<Transaction>(storage, key);
      if (!tx || !(now() - tx.createdAt < TRANSACTION_TTL)) storage.removeItem(key);
    }
  }

  return {
    async login(params: Record<string, unknown> = {}) {
      const as = await server();
      if (!as.authorization_endpoint) throw fail('discovery');
      const storage = transactions();
      sweep(storage);
      const location = here();
      const requested = typeof params.returnTo === 'string' ? params.returnTo : location ? new URL(location).searchParams.get(returnParam) : null;
      const returnTo = location ? safeRedirect(requested, location) : undefined;
      const tx: Transaction = {
        state: oauth.generateRandomState(),
        codeVerifier: oauth.generateRandomCodeVerifier(),
        nonce: oauth.generateRandomNonce(),
        createdAt: now(),
        ...(returnTo ? { returnTo } : {}),
      };
      const url = new URL(as.authorization_endpoint);
      for (const [key, value] of Object.entries(options.extraAuthParams ?? {})) url.searchParams.set(key, value);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', options.clientId);
      url.searchParams.set('redirect_uri', options.redirectUri);
      url.searchParams.set('scope', scope);
      url.searchParams.set('state', tx.state);
      url.searchParams.set('nonce', tx.nonce);
      url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(tx.codeVerifier));
      url.searchParams.set('code_challenge_method', 'S256');
      if (str(params.providerName)) url.searchParams.set(options.idpHintParam ?? 'kc_idp_hint', params.providerName as string);
      if (str(params.loginHint)) url.searchParams.set('login_hint', params.loginHint as string);
      storage.setItem(txKey(tx.state), JSON.stringify(tx));
      navigate(url.href);
      // The page is leaving: "stay" here, the callback page finishes the job.
      return false;
    },

    async handleCallback(params) {
      const query = toSearchParams(params);
      const state = query.get('state');
      const storage = transactions();
      const tx = state ? readJson<Transaction>(storage, txKey(state)) : undefined;
      // One use only: a replayed callback URL finds nothing, whatever happens next.
      if (state) storage.removeItem(txKey(state));
      const error = query.get('error');
      if (error) throw fail(error === 'access_denied' ? 'access-denied' : 'provider-error', error);
      if (!tx || tx.state !== state || !(now() - tx.createdAt < TRANSACTION_TTL)) throw fail('invalid-state');
      let session: Session;
      try {
        const as = await server();
        const checked = oauth.validateAuthResponse(as, client, query, tx.state);
        const response = await oauth.authorizationCodeGrantRequest(as, client, clientAuth, checked, options.redirectUri, tx.codeVerifier, http());
        // Validates the ID token's iss, aud, exp, iat and nonce (the signature need not be
        // checked: the token came straight from the token endpoint over TLS, OIDC Core 3.1.3.7).
        const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: tx.nonce, requireIdToken: true });
        const idClaims = oauth.getValidatedIdTokenClaims(result)!;
        const info = await userinfo(as, result.access_token, idClaims.sub);
        session = toSession(result, undefined, { ...idClaims, ...info });
      } catch (err) {
        throw mapError(err);
      }
      saveSession(session);
      return tx.returnTo;
    },

    async logout() {
      const session = readSession();
      saveSession(undefined);
      let as: oauth.AuthorizationServer | undefined;
      try {
        as = await server();
      } catch {
        // The provider is unreachable: the local session is gone, which is what we can do.
      }
      if (!session || !as?.end_session_endpoint) return undefined;
      const url = new URL(as.end_session_endpoint);
      if (session.idToken) url.searchParams.set('id_token_hint', session.idToken);
      url.searchParams.set('client_id', options.clientId);
      if (options.postLogoutRedirectUri) url.searchParams.set('post_logout_redirect_uri', options.postLogoutRedirectUri);
      navigate(url.href);
      return false;
    },

    async checkAuth() {
      await current();
    },

    async checkError(error: unknown) {
      const record = (error ?? {}) as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } };
      const status = record.status ?? record.statusCode ?? record.response?.status;
      // 403 is "not allowed", not "not signed in": keep the session.
      if (status !== 401) return;
      const session = readSession();
      if (!session) throw undefined;
      try {
        // The API refused the token before we thought it expired (revoked, clock skew): renew once.
        await refresh(session);
      } catch (err) {
        if ((err as OidcProviderError).code === 'network') return;
        throw undefined;
      }
    },

    async getAccessToken() {
      return (await current()).accessToken;
    },

    async getUserIdentity() {
      const { claims } = await current();
      return {
        ...claims,
        id: String(claims.sub ?? ''),
        name: str(claims.name) ?? str(claims.preferred_username) ?? str([claims.given_name, claims.family_name].filter(Boolean).join(' ')),
        email: str(claims.email),
        avatar: str(claims.picture),
      };
    },

    async getPermissions() {
      const { claims } = await current();
      const value = claimAt(claims, options.permissionsClaim ?? 'roles');
      if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
      if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
      return [];
    },
  };
}
