// One local server for the demo: the pages, their bundled script, the dev outbox and, unless in
// mock mode, better-auth under /api/auth. Plain node:http, loopback only.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleDemo } from './bundle.mjs';
import { createOutbox } from './outbox.mjs';
import { renderNotFound, renderOutbox, renderPage } from './pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the database lives unless told otherwise: `<repo>/.data`, or `$DATA_DIR`. */
export const DEFAULT_DATA_DIR = resolve(root, '.data');

const PAGES = new Set(['login', 'register', 'forgot-password', 'update-password', 'dashboard']);

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

/**
 * Starts the demo server.
 *
 * @param {object} [o]
 * @param {number} [o.port] 0 picks a free port. Default 3000.
 * @param {string} [o.dataDir] folder for auth.sqlite, the dev secret and the outbox. Default `$DATA_DIR` or `<repo>/.data`.
 * @param {boolean} [o.mock] serve the seed tutorial's mock authProvider instead of better-auth.
 * @param {boolean} [o.quiet] print nothing (tests).
 * @param {{ window: number, max: number }} [o.rateLimit] rate-limit every auth endpoint (seconds,
 *   requests); default: better-auth's own choice (on only with NODE_ENV=production).
 * @param {boolean} [o.requireEmailVerification] sign-in needs a verified address. Default true.
 * @returns {Promise<{ url: string, port: number, mode: string, dataDir?: string, dbFile?: string,
 *   demoUser?: { email: string, password: string }, demoCreated?: boolean, secretFrom?: string,
 *   twoFactorUser?: { email: string, password: string, totpSecret: string, totpURI: string, backupCodes: string[] },
 *   outbox: ReturnType<typeof createOutbox>, close: () => Promise<void> }>}
 */
export async function startServer({ port = 3000, dataDir, mock = false, quiet = false, rateLimit, requireEmailVerification = true } = {}) {
  const mode = mock ? 'mock' : 'better-auth';
  const log = quiet ? () => {} : (line) => console.log(line);
  const host = '127.0.0.1';
  const dir = mock ? undefined : resolve(dataDir ?? process.env.DATA_DIR ?? DEFAULT_DATA_DIR);

  const [bundle, css] = await Promise.all([bundleDemo(mode), Promise.resolve(readFileSync(resolve(root, 'demo/demo.css'), 'utf8'))]);
  const outbox = createOutbox({ dataDir: dir, log });

  /** Set once better-auth is ready; requests that arrive earlier wait for it. */
  let authHandler;
  let ready;
  const readyPromise = new Promise((r) => (ready = r));
  let allowedHosts = new Set();
  let demoUser;

  const server = createServer(async (req, res) => {
    try {
      // Loopback only, and no DNS rebinding: a page on another name must not reach this API.
      if (!allowedHosts.has(String(req.headers.host ?? '').toLowerCase())) {
        return send(res, 421, 'Unexpected Host header\n', { 'Content-Type': 'text/plain; charset=utf-8' });
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const path = url.pathname;

      if (path === '/api/auth' || path.startsWith('/api/auth/')) {
        if (mock) return send(res, 404, '{"message":"The mock demo has no auth API"}', { 'Content-Type': 'application/json' });
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
      if (PAGES.has(page)) return send(res, 200, renderPage(page, { mode, demoUser }), PAGE_HEADERS);
      if (path === '/outbox') return send(res, 200, renderOutbox(outbox.list(), { mode }), PAGE_HEADERS);
      if (path === '/outbox.json') {
        return send(res, 200, JSON.stringify(outbox.list()), { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      }
      if (path === '/app.js') {
        return send(res, 200, bundle.js, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      }
      if (path === '/app.js.map') return send(res, 200, bundle.map, { 'Content-Type': 'application/json' });
      if (path === '/demo.css') return send(res, 200, css, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-cache' });
      if (path === '/favicon.ico') return send(res, 204, '');
      return send(res, 404, renderNotFound({ mode }), PAGE_HEADERS);
    } catch (error) {
      log(`server: ${req.method} ${req.url} failed: ${error?.stack ?? error}`);
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
  const url = `http://${host}:${actualPort}`;
  allowedHosts = new Set([`${host}:${actualPort}`, `localhost:${actualPort}`]);

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
        trustedOrigins: [url, `http://localhost:${actualPort}`],
        sendMail: (mail) => outbox.add(mail),
        quiet,
        rateLimit,
        requireEmailVerification,
      });
      authHandler = toNodeHandler(auth.auth);
      demoUser = { email: DEMO_USER.email, password: DEMO_USER.password };
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
    log(`  two-factor user: ${tf.email} / ${tf.password}${tf.created ? ' (created now)' : ''}`);
    log(`    authenticator app secret: ${tf.totpSecret}`);
    log(`    (or the URI ${tf.totpURI})`);
    log(`    backup codes (each works once): ${tf.backupCodes.join(' ')}`);
    log(`  e-mail:    sign-up needs a verified address${requireEmailVerification ? '' : ' (off)'}; sign-in codes, magic links and two-factor codes by e-mail`);
    log(`  outbox:    ${url}/outbox (every e-mail is printed here too)`);
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
    close() {
      closing ??= new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }).then(() => auth?.close());
      return closing;
    },
  };
}
