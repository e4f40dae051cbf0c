// A small static server for the session e2e tests: pages for two "apps" (/a and /b) on one
// origin, the fixture script bundled from source, and a cookie-session API whose sessions the
// test can expire. Loopback only, port 0. Pages are cacheable so Chromium may keep them in its
// back/forward cache (the demo server's `no-store` pages never enter it).
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../..', import.meta.url));

async function bundle() {
  const out = await build({
    absWorkingDir: root,
    entryPoints: ['test/e2e/session-fixture/app.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

const page = ({ app, channel, recheckAfter }, title, body) => `<!doctype html>
<html lang="en" data-app="${app}" data-channel="${channel ?? ''}" data-recheck-after="${recheckAfter ?? ''}">
<head><meta charset="utf-8"><title>${title}</title><script type="module" src="/app.js"></script></head>
<body>
<h1>${title}</h1>
${body}
<nav><a id="to-other" href="${app}/other">other</a> <a id="to-dashboard" href="${app}/dashboard">dashboard</a></nav>
</body>
</html>`;

const bodies = {
  login: '<auth-login></auth-login>',
  dashboard: '<auth-guard><template><p id="secret">The dashboard</p><auth-logout></auth-logout></template></auth-guard>',
  other: '<p id="other">A page without a guard</p><auth-logout></auth-logout>',
  home: '<p id="home">Home</p>',
};

/**
 * @param {{ apps: Record<string, { channel?: string, recheckAfter?: number }> }} options
 *   path prefix → store options of that app's pages
 */
export async function startSessionServer({ apps }) {
  const script = await bundle();
  const sessions = new Set();
  /** Provider calls the server saw, per app prefix (from the Referer-free `x-app` header: the page path). */
  const hits = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const cookie = /(?:^|;\s*)sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const json = (status, body, headers = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/api/')) {
      hits.push({ path: url.pathname, page: req.headers.referer ? new URL(req.headers.referer).pathname : '' });
      if (url.pathname === '/api/session') return sessions.has(cookie) ? json(200, { email: 'jane@example.com' }) : json(401, {});
      if (url.pathname === '/api/login' && req.method === 'POST') {
        let body = '';
        for await (const chunk of req) body += chunk;
        const { password } = JSON.parse(body || '{}');
        if (password !== 'right') return json(401, {});
        const sid = randomUUID();
        sessions.add(sid);
        return json(200, {}, { 'set-cookie': `sid=${sid}; Path=/; HttpOnly; SameSite=Lax` });
      }
      if (url.pathname === '/api/logout' && req.method === 'POST') {
        sessions.delete(cookie);
        return json(200, {}, { 'set-cookie': 'sid=; Path=/; Max-Age=0' });
      }
      return json(404, {});
    }
    if (url.pathname === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
      return res.end(script);
    }
    const [, prefix = '', name] = /^(\/[ab])?\/([a-z]+)$/.exec(url.pathname) ?? [];
    const config = apps[prefix];
    if (config && bodies[name]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      return res.end(page({ app: prefix, ...config }, name, bodies[name]));
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    /** Ends every session on the server, as an expiry would; the pages are not told. */
    expireAll: () => sessions.clear(),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
