// The demo's OpenID Connect side: a local IdP (server/idp.mjs) at /idp with two clients — the
// better-auth server (a confidential client, through better-auth's generic-oauth plugin) and the
// browser-only /oidc pages (a public client using auth-elements/providers/oidc) — and the pages
// that belong to them. Same origin as the demo, so nothing leaves the machine.
import { createIdp, DEMO_IDP_USER } from './idp.mjs';
import { baseLayout, escapeHtml } from './pages.mjs';

/** The id better-auth knows the demo IdP by (the login button's `providerName`). */
export const DEMO_IDP_ID = 'demo-idp';
/** The browser-only client of the /oidc pages. */
export const SPA_CLIENT_ID = 'demo-spa';

/**
 * @param {object} o
 * @param {string} o.url the demo's own origin (http://127.0.0.1:PORT)
 * @param {string} [o.dataDir] where the IdP's development keys live (in memory without one)
 * @param {object} [o.ttl] token lifetimes in seconds (tests shorten them)
 * @param {(line: string) => void} [o.log]
 */
export function createDemoIdp({ url, dataDir, ttl, log }) {
  const origins = [url, url.replace('127.0.0.1', 'localhost')];
  const idp = createIdp({
    issuer: `${url}/idp`,
    dataDir,
    ttl,
    log,
    clients: ({ clientSecret }) => [
      {
        client_id: 'demo-better-auth',
        client_name: 'auth-elements demo (better-auth)',
        client_secret: clientSecret,
        redirect_uris: origins.map((o) => `${o}/api/auth/callback/${DEMO_IDP_ID}`),
        post_logout_redirect_uris: origins.map((o) => `${o}/login`),
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
      {
        client_id: SPA_CLIENT_ID,
        client_name: 'auth-elements demo (browser only)',
        token_endpoint_auth_method: 'none',
        redirect_uris: origins.map((o) => `${o}/oidc/callback`),
        post_logout_redirect_uris: origins.map((o) => `${o}/oidc`),
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
  });
  return idp;
}

/** The generic-oauth config that makes better-auth trust the demo IdP. */
export function betterAuthIdpConfig(idp, url) {
  return {
    providerId: DEMO_IDP_ID,
    name: 'Demo IdP',
    discoveryUrl: `${idp.issuer}/.well-known/openid-configuration`,
    requireIdTokenVerification: true,
    clientId: 'demo-better-auth',
    clientSecret: idp.clientSecret,
    scopes: ['openid', 'email', 'profile', 'roles'],
    pkce: true,
    postLogoutRedirectURI: `${url}/login`,
  };
}

export { DEMO_IDP_USER };

const OIDC_PAGES = new Set(['oidc', 'oidc/dashboard', 'oidc/callback', 'auth/callback']);

/** Whether a page path (without the leading slash) is one of these pages. */
export const isOidcPage = (page) => OIDC_PAGES.has(page);

/**
 * @param {string} page oidc | oidc/dashboard | oidc/callback | auth/callback
 * @param {{ mode: string, idpUser?: { username: string, password: string }, outbox?: boolean }} ctx
 */
export function renderOidcPage(page, { mode, idpUser, outbox = true }) {
  const layout = (o) => baseLayout({ ...o, outbox });
  const hint = idpUser
    ? `<p class="demo-hint">Demo IdP user: <code>${escapeHtml(idpUser.username)}</code> / <code>${escapeHtml(idpUser.password)}</code></p>`
    : '';
  switch (page) {
    case 'auth/callback':
      // Where better-auth sends a failed OAuth return (`?error=…`); successes go straight to the app.
      return layout({ title: 'Signing in', mode, current: '', body: '      <auth-callback login-link="/login"></auth-callback>' });
    case 'oidc':
      return layout({
        title: 'OpenID Connect (browser only)',
        mode,
        current: '/oidc',
        script: '/oidc.js',
        body: `      <section class="demo-card" aria-labelledby="oidc-title">
        <h1 id="oidc-title">Sign in with the Demo IdP, no backend of ours in between</h1>
        <p>This page uses <code>auth-elements/providers/oidc</code> directly: authorization code + PKCE against the local OpenID Provider at <code>/idp</code>, tokens in this tab's <code>sessionStorage</code>.</p>
        <auth-login providers-only data-oidc-login></auth-login>
      </section>
      ${hint}`,
      });
    case 'oidc/dashboard':
      return layout({
        title: 'OpenID Connect dashboard',
        mode,
        current: '/oidc',
        script: '/oidc.js',
        notifications: true,
        body: `      <auth-guard>
        <p slot="fallback" class="demo-card" role="status">Checking your session…</p>
        <template>
          <section class="demo-card" aria-labelledby="oidc-dash-title">
            <h1 id="oidc-dash-title">Signed in at the Demo IdP</h1>
            <demo-identity></demo-identity>
            <demo-api-call></demo-api-call>
            <auth-logout>Sign out</auth-logout>
          </section>
        </template>
      </auth-guard>`,
      });
    case 'oidc/callback':
      return layout({ title: 'Signing in', mode, current: '/oidc', script: '/oidc.js', body: '      <auth-callback login-link="/oidc"></auth-callback>' });
    default:
      return undefined;
  }
}
