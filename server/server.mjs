// One local server for the demo: the pages, their bundled script, the dev outbox and, unless in
// mock mode, better-auth under /api/auth. Plain node:http, loopback only.
import { createServer } from 'node:http';
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleDemo } from './bundle.mjs';
import { consoleSafe } from './log.mjs';
import { createOutbox } from './outbox.mjs';
import { renderNotFound, renderOutbox, renderPage } from './pages.mjs';
import { betterAuthIdpConfig, createDemoIdp, DEMO_IDP_USER, isOidcPage, renderOidcPage } from './oidc-demo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the database lives unless told otherwise: `<repo>/.data`, or `$DATA_DIR`. */
export const DEFAULT_DATA_DIR = resolve(root, '.data');

const PAGES = new Set(['login', 'register', 'forgot-password', 'update-password', 'verify-email', 'dashboard', 'two-factor', 'account']);

// The elements need no inline script or style: a strict policy proves it stays that way.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': CSP,
  // The update-password page carries a reset token in its first URL: never send it anywhere.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** The largest request body accepted, in bytes. Sign-in, sign-up and reset bodies are under 1 KiB. */
export const MAX_BODY = 64 * 1024;

function tooLarge(req, res) {
  // Close the connection: the rest of the body is not worth reading, nor its socket reusing.
  send(res, 413, `{"message":"Request body larger than ${MAX_BODY} bytes","code":"PAYLOAD_TOO_LARGE"}`, {
    'Content-Type': 'application/json',
    Connection: 'close',
  });
  // Drain what the client still sends, so the 413 reaches it instead of a connection reset.
  req.resume();
}

/**
 * Reads the whole request body, or resolves `undefined` as soon as it passes `limit` bytes (a
 * chunked body declares no length), without buffering more than the limit; `null` when the
 * client went away first.
 */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
    // A client that hangs up mid-body gets no answer (and holds nothing here).
    req.once('close', () => resolve(null));
  });
}

/**
 * Starts the demo server.
 *
 * @param {object} [o]
 * @param {number} [o.port] 0 picks a free port. Default 3000.
 * @param {string} [o.dataDir] folder for auth.sqlite, the dev secret and the outbox. Default `$DATA_DIR` or `<repo>/.data`.
 * @param {boolean} [o.mock] serve the seed tutorial's mock authProvider instead of better-auth.
 * @param {boolean} [o.quiet] print nothing (tests).
 * @param {object} [o.idpTtl] token lifetimes (seconds) of the demo IdP at /idp (tests shorten them)
 * @param {(line: string) => void} [o.log] receives every line the server prints (default: the
 *   console, or nothing when quiet). Request values in them are escaped.
 * @param {{ window: number, max: number } | false} [o.rateLimit] the rate limit (seconds, requests
 *   per client) of sign-in, sign-up and password reset. Default: on, 5 per 60 s; `false`: off.
 * @param {boolean} [o.production] production mode: no dev outbox page. Default: NODE_ENV=production.
 * @param {boolean} [o.requireEmailVerification] password sign-in needs a verified address and
 *   sign-up sends a verification link. Default false (no element shows that step yet).
 * @param {boolean} [o.twoFactorDemoUser] create (and print) the two-factor demo account. Default false
 *   (`npm start` turns it on; the e2e tests choose per file).
 * @returns {Promise<{ url: string, port: number, mode: string, dataDir?: string, dbFile?: string,
 *   demoUser?: { email: string, password: string }, demoCreated?: boolean, secretFrom?: string,
 *   twoFactorUser?: { email: string, password: string, totpSecret: string, totpURI: string, backupCodes: string[] },
 *   outbox: ReturnType<typeof createOutbox>, close: () => Promise<void> }>}
 */
export async function startServer({
  port = 3000,
  dataDir,
  mock = false,
  quiet = false,
  log: sink,
  rateLimit,
  production = process.env.NODE_ENV === 'production',
  idpTtl,
  requireEmailVerification = false,
  twoFactorDemoUser = false,
} = {}) {
  const mode = mock ? 'mock' : 'better-auth';
  const log = sink ?? (quiet ? () => {} : (line) => console.log(line));
  const host = '127.0.0.1';
  const dir = mock ? undefined : resolve(dataDir ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR);
  // The outbox reads and writes here before better-auth starts: owner-only from the start.
  if (dir) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  }
  // The outbox page and its JSON are a development tool: reset links of every user, unguarded.
  const devOutbox = !production;

  const [bundle, oidcBundle, css] = await Promise.all([bundleDemo(mode), bundleDemo('oidc'), Promise.resolve(readFileSync(resolve(root, 'demo/demo.css'), 'utf8'))]);
  const outbox = createOutbox({ dataDir: dir, log });

  /** Set once better-auth is ready; requests that arrive earlier wait for it. */
  let authHandler;
  let ready;
  const readyPromise = new Promise((r) => (ready = r));
  let allowedHosts = new Set();
  let demoUser;
  /** The two-factor demo account's sign-in (not its secret), for the /two-factor page's hint. */
  let twoFactorUser;
  let idp;

  const server = createServer(async (req, res) => {
    try {
      // Loopback only, and no DNS rebinding: a page on another name must not reach this API.
      if (!allowedHosts.has(String(req.headers.host ?? '').toLowerCase())) {
        return send(res, 421, 'Unexpected Host header\n', { 'Content-Type': 'text/plain; charset=utf-8' });
      }
      // Refused on the announcement alone, before a byte of the body is read.
      if (Number(req.headers['content-length']) > MAX_BODY) return tooLarge(req, res);
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const path = url.pathname;
      if (idp?.handles(path)) return await idp.handle(req, res);

      if (path === '/api/auth' || path.startsWith('/api/auth/')) {
        if (mock) return send(res, 404, '{"message":"The mock demo has no auth API"}', { 'Content-Type': 'application/json' });
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          // Read here, within the limit, so better-auth never streams an unbounded body: it
          // takes an already-read request's `body` as it is.
          const body = await readBody(req, MAX_BODY);
          if (body === null) return undefined;
          if (body === undefined) return tooLarge(req, res);
          if (body.length) req.body = body.toString('utf8');
        }
        await readyPromise;
        // better-auth reads the client IP (rate limits, sessions) from X-Forwarded-For: it must
        // come from the socket, never from the client.
        req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '127.0.0.1';
        return authHandler(req, res);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      }
      if (path === '/') return send(res, 302, '', { Location: '/dashboard' });
      const page = path.slice(1).replace(/\/$/, '');
      if (PAGES.has(page)) return send(res, 200, renderPage(page, { mode, demoUser, twoFactorUser, outbox: devOutbox }), PAGE_HEADERS);
      if (isOidcPage(page)) return send(res, 200, renderOidcPage(page, { mode, idpUser: DEMO_IDP_USER, outbox: devOutbox }), PAGE_HEADERS);
      if (path === '/oidc.js') {
        return send(res, 200, oidcBundle.js, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      }
      if (path === '/outbox' && devOutbox) return send(res, 200, renderOutbox(outbox.list(), { mode }), PAGE_HEADERS);
      if (path === '/outbox.json' && devOutbox) {
        return send(res, 200, JSON.stringify(outbox.list()), { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      }
      if (path === '/app.js') {
        return send(res, 200, bundle.js, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      }
      if (path === '/app.js.map') return send(res, 200, bundle.map, { 'Content-Type': 'application/json' });
      if (path === '/demo.css') return send(res, 200, css, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' });
      if (path === '/favicon.ico') return send(res, 204, '');
      return send(res, 404, renderNotFound({ mode, outbox: devOutbox }), PAGE_HEADERS);
    } catch (error) {
      log(`server: ${consoleSafe(req.method)} ${consoleSafe(req.url)} failed: ${consoleSafe(error?.stack ?? error)}`);
      if (!res.headersSent) send(res, 500, 'Internal server error\n', { 'Content-Type': 'text/plain; charset=utf-8' });
      else res.destroy();
    }
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const actualPort = server.address().port;
  // Pages are served under the name `localhost` (still only on the loopback address): WebAuthn
  // refuses an IP address as a passkey's relying party, and localhost is a secure context.
  const url = `http://localhost:${actualPort}`;
  allowedHosts = new Set([`${host}:${actualPort}`, `localhost:${actualPort}`]);
  idp = createDemoIdp({ url, dataDir: dir, ttl: idpTtl, log });

  let auth;
  if (!mock) {
    try {
      const [{ createAuth, DEMO_USER }, { toNodeHandler }] = await Promise.all([
        import('./auth.mjs'),
        import('better-auth/node'),
      ]);
      auth = await createAuth({
        dataDir: dir,
        baseURL: url,
        trustedOrigins: [url, `http://${host}:${actualPort}`],
        sendMail: (mail) => outbox.add(mail),
        quiet,
        // better-auth's lines go where ours go; when quiet, its errors still reach the console.
        log: sink ?? (quiet ? undefined : log),
        ...(rateLimit === undefined ? {} : { rateLimit }),
        oauthProviders: [betterAuthIdpConfig(idp, url)],
        requireEmailVerification,
        twoFactorDemoUser,
      });
      authHandler = toNodeHandler(auth.auth);
      demoUser = { email: DEMO_USER.email, password: DEMO_USER.password };
      if (auth.twoFactorUser) twoFactorUser = { email: auth.twoFactorUser.email, password: auth.twoFactorUser.password };
    } catch (error) {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      throw error;
    }
  }
  ready();

  log(`auth-elements demo (${mode === 'mock' ? 'the tutorial\'s mock authProvider' : 'better-auth'}) at ${url}`);
  if (auth) {
    log(`  database:  ${auth.dbFile}`);
    log(`  secret:    ${auth.secretFrom === 'BETTER_AUTH_SECRET' ? 'from BETTER_AUTH_SECRET' : `${auth.secretFrom} (dev only; set BETTER_AUTH_SECRET to use your own)`}`);
    log(`  demo user: ${demoUser.email} / ${demoUser.password}${auth.demoCreated ? ' (created now)' : ''}`);
    const tf = auth.twoFactorUser;
    if (tf) {
      log(`  two-factor user: ${tf.email} / ${tf.password}${tf.created ? ' (created now)' : ''}`);
      log(`    authenticator app secret: ${tf.totpSecret}`);
      log(`    (or the URI ${tf.totpURI})`);
      log(`    backup codes (each works once): ${tf.backupCodes.join(' ')}`);
    }
    log(
      `  e-mail:    verified address for sign-in ${requireEmailVerification ? 'required' : 'not required'}; sign-in codes, magic links and two-factor codes go by e-mail`,
    );
    log(
      auth.rateLimit
        ? `  rate limit: on, ${auth.rateLimit.max} per ${auth.rateLimit.window} s per client for sign-in, sign-up and password reset`
        : '  rate limit: off',
    );
    log(
      devOutbox
        ? `  outbox:    ${url}/outbox (a development tool; every e-mail is printed here too)`
        : '  outbox:    e-mails are printed here (production: no outbox page)',
    );
    log(`  demo IdP:  ${idp.issuer} (OpenID Provider), user ${DEMO_IDP_USER.username} / ${DEMO_IDP_USER.password}; try ${url}/oidc`);
  } else {
    log('  mock users: john@mail.com (admin), jane@mail.com (editor), any password');
  }

  let closing;
  return {
    url,
    port: actualPort,
    mode,
    dataDir: dir,
    dbFile: auth?.dbFile,
    demoUser,
    demoCreated: auth?.demoCreated,
    secretFrom: auth?.secretFrom,
    twoFactorUser: auth?.twoFactorUser,
    outbox,
    idp,
    close() {
      closing ??= new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }).then(() => auth?.close());
      return closing;
    },
  };
}
