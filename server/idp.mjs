// A local OpenID Provider for the demo and the tests, built on `oidc-provider` (the certified
// Node implementation): discovery, /auth, /token, /me, /session/end, refresh tokens, with its own
// login and consent pages, an in-memory adapter, and development keys kept in the data folder.
// Loopback only; nothing here is meant for production (plain-text demo passwords, memory store).
import { createHash, generateKeyPairSync, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Provider from 'oidc-provider';

/** The demo identity at the demo IdP (printed on the console by `npm start`). */
export const DEMO_IDP_USER = Object.freeze({
  accountId: 'idp-ida',
  username: 'ida@idp.example',
  password: 'idp-password-123',
  claims: { name: 'Ida Provider', email: 'ida@idp.example', email_verified: true, roles: ['editor', 'idp-user'] },
});

const escapeHtml = (value) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const digest = (value) => createHash('sha256').update(String(value)).digest();

/** Keys and the cookie secret: generated once into `<dataDir>/idp-keys.json` (owner-only), or in memory. */
function devKeys(dataDir) {
  const file = dataDir ? join(dataDir, 'idp-keys.json') : undefined;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' };
  const keys = { jwks: { keys: [jwk] }, cookieKeys: [randomBytes(32).toString('base64url')], clientSecret: randomBytes(24).toString('base64url') };
  if (file) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  }
  return keys;
}

/** oidc-provider's storage contract on a Map: enough for one process, gone on restart. */
function memoryAdapter() {
  const items = new Map();
  const grants = new Map();
  const uids = new Map();
  const live = (key) => {
    const entry = items.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt && entry.expiresAt <= Date.now()) {
      items.delete(key);
      return undefined;
    }
    return entry.payload;
  };
  return class MemoryAdapter {
    constructor(model) {
      this.model = model;
    }
    key(id) {
      return `${this.model}:${id}`;
    }
    async upsert(id, payload, expiresIn) {
      const key = this.key(id);
      items.set(key, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
      if (payload.grantId) {
        // Per model: oidc-provider revokes a grant's access tokens without its refresh tokens.
        const grantKey = this.key(payload.grantId);
        if (!grants.has(grantKey)) grants.set(grantKey, new Set());
        grants.get(grantKey).add(key);
      }
      if (payload.uid) uids.set(payload.uid, key);
    }
    async find(id) {
      return live(this.key(id));
    }
    async findByUid(uid) {
      const key = uids.get(uid);
      return key ? live(key) : undefined;
    }
    async findByUserCode() {
      return undefined;
    }
    async consume(id) {
      const payload = live(this.key(id));
      // A consumed code presented again is a replay: oidc-provider refuses it and revokes its grant.
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id) {
      items.delete(this.key(id));
    }
    async revokeByGrantId(grantId) {
      const grantKey = this.key(grantId);
      for (const key of grants.get(grantKey) ?? []) items.delete(key);
      grants.delete(grantKey);
    }
  };
}

const CSS = `:root{color-scheme:light dark;font-family:system-ui,sans-serif}
body{margin:0;min-height:100vh;display:grid;place-items:center;background:Canvas;color:CanvasText}
main{width:min(22rem,90vw);padding:1.5rem;border:1px solid color-mix(in srgb,CanvasText 20%,transparent);border-radius:.75rem}
h1{font-size:1.25rem;margin:0 0 1rem}p{line-height:1.4}
label{display:grid;gap:.25rem;margin-block:.75rem}input{font:inherit;padding:.5rem;border:1px solid color-mix(in srgb,CanvasText 35%,transparent);border-radius:.375rem}
.actions{display:flex;gap:.5rem;margin-top:1rem}button{font:inherit;padding:.5rem .9rem;border-radius:.375rem;border:1px solid #3b5bdb;background:#3b5bdb;color:#fff;cursor:pointer}
button.secondary{background:transparent;color:inherit;border-color:color-mix(in srgb,CanvasText 35%,transparent)}
.error{color:#c92a2a}.badge{font-size:.75rem;opacity:.7}ul{padding-inline-start:1.2rem}`;

/**
 * Creates an OpenID Provider mounted at the issuer's path.
 *
 * @param {object} o
 * @param {string} o.issuer e.g. http://127.0.0.1:3000/idp — the path is where it is mounted
 * @param {object[] | ((dev: { clientSecret: string }) => object[])} o.clients oidc-provider client metadata, or a
 *   function of the development client secret (kept with the keys) that returns it
 * @param {Array<{ accountId: string, username: string, password: string, claims: object }>} [o.accounts]
 * @param {Record<string, string[]>} [o.claims] scope → claims (oidc-provider's `claims`)
 * @param {object} [o.ttl] lifetimes in seconds (AccessToken, IdToken, RefreshToken, …)
 * @param {string} [o.dataDir] where the development keys live; in memory without one
 * @param {string} [o.title] the name its pages show
 * @param {(line: string) => void} [o.log]
 */
export function createIdp({ issuer, clients: clientList, accounts = [DEMO_IDP_USER], claims, ttl = {}, dataDir, title = 'Demo IdP', log = () => {} }) {
  const keys = devKeys(dataDir);
  const clients = typeof clientList === 'function' ? clientList({ clientSecret: keys.clientSecret }) : clientList;
  const mountPath = new URL(issuer).pathname.replace(/\/$/, '');
  const byId = new Map(accounts.map((a) => [a.accountId, a]));

  // The pages' forms post here, and their redirects then lead to a client: CSP's form-action
  // covers those redirects too, so every client origin is allowed, nothing else.
  const clientOrigins = new Set();
  for (const client of clients) {
    for (const uri of [...(client.redirect_uris ?? []), ...(client.post_logout_redirect_uris ?? [])]) clientOrigins.add(new URL(uri).origin);
  }
  const headers = {
    'Content-Security-Policy': [
      "default-src 'none'",
      "style-src 'self'",
      `form-action 'self' ${[...clientOrigins].join(' ')}`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  };

  const page = (heading, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)} · ${escapeHtml(title)}</title><link rel="stylesheet" href="${mountPath}/idp.css"></head>
<body><main><p class="badge">${escapeHtml(title)} (local OpenID Provider)</p><h1>${escapeHtml(heading)}</h1>
${body}
</main></body></html>`;

  const provider = new Provider(issuer, {
    adapter: memoryAdapter(),
    clients,
    jwks: keys.jwks,
    cookies: { keys: keys.cookieKeys },
    claims: claims ?? { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'], roles: ['roles'] },
    async findAccount(_ctx, id) {
      const account = byId.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account.claims }) };
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.body = page(
            'Sign out?',
            `<p>Sign out of ${escapeHtml(title)} too?</p>${form}<div class="actions">
<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button class="secondary" type="submit" form="op.logoutForm">No, stay signed in</button></div>`,
          );
        },
        postLogoutSuccessSource(ctx) {
          ctx.body = page('Signed out', '<p>You are signed out of the identity provider.</p>');
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}` },
    // Every client that may use refresh tokens gets one, without the `offline_access` dance.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris.some((uri) => new URL(uri).origin === origin),
    pkce: { required: () => true },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Something went wrong', `<p class="error">${escapeHtml(out.error)}: ${escapeHtml(out.error_description ?? '')}</p>`);
    },
    ttl: {
      AccessToken: ttl.AccessToken ?? 600,
      AuthorizationCode: ttl.AuthorizationCode ?? 60,
      IdToken: ttl.IdToken ?? 600,
      RefreshToken: ttl.RefreshToken ?? 24 * 3600,
      Interaction: 600,
      Session: 24 * 3600,
      Grant: 24 * 3600,
    },
  });
  provider.on('server_error', (_ctx, error) => log(`idp: ${error?.stack ?? error}`));
  const callback = provider.callback();

  async function readForm(req) {
    let size = 0;
    const chunks = [];
    for await (const chunk of req) {
      size += chunk.length;
      if (size > 16_384) throw Object.assign(new Error('form too large'), { status: 413 });
      chunks.push(chunk);
    }
    return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  }

  function send(res, status, body) {
    res.writeHead(status, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  }

  function loginForm(uid, params, error) {
    return page(
      'Sign in',
      `<p>to continue to <strong>${escapeHtml(params.client_id)}</strong></p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${mountPath}/interaction/${escapeHtml(uid)}/login" autocomplete="on">
<label>E-mail <input name="username" type="email" autocomplete="username" required value="${escapeHtml(params.login_hint ?? '')}"></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<div class="actions"><button type="submit">Sign in</button>
<button class="secondary" type="submit" formaction="${mountPath}/interaction/${escapeHtml(uid)}/abort" formnovalidate>Cancel</button></div>
</form>`,
    );
  }

  function consentForm(uid, details, client) {
    const scopes = details.missingOIDCScope ?? [];
    return page(
      'Allow access?',
      `<p><strong>${escapeHtml(client?.clientName ?? client?.clientId ?? '')}</strong> asks for:</p>
<ul>${scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>
<form method="post" action="${mountPath}/interaction/${escapeHtml(uid)}/confirm">
<div class="actions"><button type="submit">Allow</button>
<button class="secondary" type="submit" formaction="${mountPath}/interaction/${escapeHtml(uid)}/abort">Deny</button></div>
</form>`,
    );
  }

  /** Our own interaction routes: /interaction/:uid[/login|/confirm|/abort]. */
  async function interaction(req, res, rest) {
    const [, , uid, step] = rest.split('/');
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return send(res, 400, page('Something went wrong', '<p class="error">This sign-in page has expired. Start again from the application.</p>'));
    const { prompt, params } = details;
    if (req.method === 'GET' && !step) {
      if (prompt.name === 'login') return send(res, 200, loginForm(uid, params));
      const client = await provider.Client.find(params.client_id);
      return send(res, 200, consentForm(uid, prompt.details, client));
    }
    if (req.method !== 'POST') return send(res, 405, page('Not allowed', ''));
    const form = await readForm(req);
    if (step === 'abort') {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false });
    }
    if (step === 'login' && prompt.name === 'login') {
      const account = accounts.find((a) => a.username.toLowerCase() === String(form.get('username') ?? '').trim().toLowerCase());
      // Compare digests, so the time taken says nothing about the password's length or prefix.
      const ok = account && timingSafeEqual(digest(account.password), digest(form.get('password') ?? ''));
      if (!ok) return send(res, 200, loginForm(uid, params, 'Wrong e-mail address or password.'));
      return provider.interactionFinished(req, res, { login: { accountId: account.accountId } }, { mergeWithLastSubmission: false });
    }
    if (step === 'confirm' && prompt.name === 'consent') {
      const { accountId } = details.session;
      const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId: params.client_id });
      const missing = prompt.details;
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
      const grantId = await grant.save();
      return provider.interactionFinished(req, res, { consent: details.grantId ? {} : { grantId } }, { mergeWithLastSubmission: true });
    }
    return send(res, 400, page('Something went wrong', '<p class="error">Unexpected step. Start again from the application.</p>'));
  }

  return {
    issuer,
    mountPath,
    provider,
    clientSecret: keys.clientSecret,
    /** Whether a request path belongs to the IdP. */
    handles: (path) => path === mountPath || path.startsWith(`${mountPath}/`),
    /** Serves one request whose path {@link handles} accepted. */
    async handle(req, res) {
      const original = req.url ?? '/';
      const rest = original.slice(mountPath.length) || '/';
      const path = rest.split('?')[0];
      try {
        if (path === '/idp.css') {
          res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
          return res.end(CSS);
        }
        if (path.startsWith('/interaction/')) return await interaction(req, res, path);
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        // oidc-provider works out its mount path from originalUrl minus url.
        req.originalUrl = original;
        req.url = rest;
        return await callback(req, res);
      } catch (error) {
        const expired = error?.name === 'SessionNotFound';
        if (!expired) log(`idp: ${req.method} ${original} failed: ${error?.stack ?? error}`);
        if (res.headersSent) return res.destroy();
        return send(res, expired ? 400 : error?.status ?? 500, page('Something went wrong', `<p class="error">${expired ? 'This sign-in page has expired. Start again from the application.' : 'The identity provider ran into a problem.'}</p>`));
      }
    },
  };
}
