// The demo server's defences, each against the real server: request size, the avatar URL, file
// modes, the outbox (dev only, survives a damaged file), the console, and the rate limit that
// `npm start` turns on.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { consoleSafe } from '../../server/log.mjs';
import { createOutbox } from '../../server/outbox.mjs';
import { apiClient, freshDataDir, launchBrowser, openHarness, startServerProcess, startTestServer } from './helpers.mjs';

const mode = (file) => statSync(file).mode & 0o777;
const octal = (n) => `0${n.toString(8)}`;

describe('request bodies over 64 KiB get 413 before anything parses them', () => {
  let server;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  const big = (bytes) => JSON.stringify({ email: 'big@example.com', password: 'p'.repeat(bytes) });

  test('a declared Content-Length over the limit: 413, for the auth API and for pages', async () => {
    for (const path of ['/api/auth/sign-up/email', '/api/auth/sign-in/email', '/login']) {
      const res = await fetch(new URL(path, server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: big(100 * 1024),
      });
      assert.equal(res.status, 413, path);
      await res.arrayBuffer();
    }
    // Nothing was stored: the same address can still sign up.
    const client = apiClient(server.url);
    assert.equal((await client.signUp('big@example.com', 'password-long-enough')).status, 200);
  });

  test('the answer comes before the body: a 10 MiB announcement is refused after a few bytes', { timeout: 60_000 }, async () => {
    const url = new URL('/api/auth/sign-in/email', server.url);
    const status = await new Promise((resolve, reject) => {
      const req = request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url, 'content-length': String(10 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
        req.destroy();
      });
      req.on('error', reject);
      // Only a few bytes of the promised 10 MiB: a server that parsed first would wait forever.
      req.write('{"email":"');
    });
    assert.equal(status, 413);
  });

  test('a chunked body (no Content-Length) that grows past the limit: 413', { timeout: 60_000 }, async () => {
    const url = new URL('/api/auth/sign-in/email', server.url);
    const status = await new Promise((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url } });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode);
        req.destroy();
      });
      req.on('error', (error) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
      const chunk = 'x'.repeat(16 * 1024);
      for (let i = 0; i < 8; i += 1) req.write(chunk);
    });
    assert.equal(status, 413);
  });

  test('a body under the limit still works, chunked or not, and the server keeps answering', { timeout: 60_000 }, async () => {
    const client = apiClient(server.url);
    assert.equal((await client.signIn(server.demoUser.email, server.demoUser.password)).status, 200);
    assert.equal((await client.session()).json.user.email, server.demoUser.email);
    const chunked = await new Promise((resolve, reject) => {
      const req = request(new URL('/api/auth/sign-in/email', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
      });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode, json: JSON.parse(text) }));
      });
      req.on('error', reject);
      const body = JSON.stringify({ email: server.demoUser.email, password: server.demoUser.password });
      req.write(body.slice(0, 10));
      req.end(body.slice(10));
    });
    assert.equal(chunked.status, 200);
    assert.equal(chunked.json.user.email, server.demoUser.email);
  });
});

describe('avatars: only http(s) and data:image, never too long', () => {
  let server;
  let chrome;
  before(async () => {
    server = await startTestServer();
    chrome = await launchBrowser();
  });
  after(async () => {
    await chrome?.close();
    await server?.stop();
  });

  const signUp = (email, image) =>
    fetch(new URL('/api/auth/sign-up/email', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email, password: 'password-long-enough', name: 'A', image }),
    }).then(async (res) => ({ status: res.status, json: await res.json() }));

  test('the server refuses an image that is not http(s) or data:image, or is too long', async () => {
    const refused = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/a.png',
      `https://example.com/${'a'.repeat(10_000)}.png`,
    ];
    for (const [i, image] of refused.entries()) {
      const res = await signUp(`bad-image-${i}@example.com`, image);
      assert.equal(res.status, 400, image.slice(0, 40));
      assert.equal(res.json.code, 'INVALID_IMAGE', image.slice(0, 40));
    }
    for (const [i, image] of ['https://example.com/a.png', 'http://example.com/b.png', 'data:image/png;base64,iVBORw0KGgo='].entries()) {
      assert.equal((await signUp(`good-image-${i}@example.com`, image)).status, 200, image);
    }
  });

  test('an unsafe image already in the database never becomes identity.avatar (adapter)', async () => {
    const email = 'stored-image@example.com';
    assert.equal((await signUp(email, 'https://example.com/ok.png')).status, 200);
    const identity = async (image) => {
      // As if an older server or another tool had stored it.
      const db = new Database(server.dbFile);
      db.prepare('UPDATE user SET image = ? WHERE email = ?').run(image, email);
      db.close();
      const { page, context } = await openHarness(chrome, server);
      const result = await page.evaluate(async (credentials) => {
        const { store } = globalThis.harness;
        await store.login(credentials, { redirect: false });
        return (await store.getIdentity()).data;
      }, { email, password: 'password-long-enough' });
      await context.close();
      return result;
    };
    for (const image of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'blob:http://x/1', '  ']) {
      const data = await identity(image);
      assert.equal(data.email, email);
      assert.equal(data.avatar, undefined, image);
    }
    assert.equal((await identity('https://example.com/me.png')).avatar, 'https://example.com/me.png');
    assert.equal((await identity('data:image/png;base64,AAAA')).avatar, 'data:image/png;base64,AAAA');
  });
});

describe('files: the data folder is 0700, the database and the outbox 0600', () => {
  test('a fresh data folder', async () => {
    const dir = join(await freshDataDir(), 'nested', 'data');
    const server = await startTestServer({ dataDir: dir });
    try {
      await apiClient(server.url).post('/api/auth/request-password-reset', { email: server.demoUser.email, redirectTo: '/update-password' });
      assert.equal(server.outbox.list().length, 1);
      assert.equal(octal(mode(dir)), '0700');
      for (const name of ['auth.sqlite', 'auth.sqlite-wal', 'auth.sqlite-shm', 'dev-secret', 'outbox.json']) {
        const file = join(dir, name);
        assert.ok(existsSync(file), name);
        assert.equal(octal(mode(file)), '0600', name);
      }
    } finally {
      await server.stop();
      await rm(join(dir, '..', '..'), { recursive: true, force: true });
    }
  });

  test('an existing folder with loose modes is tightened on start', async () => {
    const dir = await freshDataDir();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'outbox.json'), '[]', { mode: 0o644 });
    chmodSync(join(dir, 'outbox.json'), 0o644);
    const first = await startTestServer({ dataDir: dir });
    await first.stop();
    for (const name of ['auth.sqlite', 'outbox.json']) chmodSync(join(dir, name), 0o644);
    const server = await startTestServer({ dataDir: dir });
    try {
      assert.equal(octal(mode(dir)), '0700');
      for (const name of ['auth.sqlite', 'outbox.json']) assert.equal(octal(mode(join(dir, name))), '0600', name);
    } finally {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the outbox is a development tool', () => {
  test('its page says so', async () => {
    const server = await startTestServer();
    try {
      const res = await fetch(new URL('/outbox', server.url));
      assert.equal(res.status, 200);
      assert.match(await res.text(), /development tool/i);
    } finally {
      await server.stop();
    }
  });

  test('with production on, /outbox and /outbox.json are 404 and no page links to them', async () => {
    const server = await startTestServer({ production: true });
    try {
      for (const path of ['/outbox', '/outbox.json']) {
        const res = await fetch(new URL(path, server.url));
        assert.equal(res.status, 404, path);
        await res.arrayBuffer();
      }
      for (const path of ['/login', '/forgot-password', '/dashboard']) {
        const html = await (await fetch(new URL(path, server.url))).text();
        assert.doesNotMatch(html, /href="\/outbox"/, path);
      }
    } finally {
      await server.stop();
    }
  });

  test('NODE_ENV=production in the environment (npm start) turns it off', { timeout: 120_000 }, async () => {
    const dataDir = await freshDataDir();
    const child = startServerProcess({ dataDir, env: { NODE_ENV: 'production' } });
    try {
      const url = await child.ready;
      const res = await fetch(new URL('/outbox', url));
      assert.equal(res.status, 404);
      await res.arrayBuffer();
      assert.doesNotMatch(child.output(), /\/outbox/);
    } finally {
      await child.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a damaged outbox.json', () => {
  for (const [label, content] of [
    ['not JSON', '{"id": 1, "to": '],
    ['JSON but not a list', '{"mails": []}'],
  ]) {
    test(`${label}: one console line, then a fresh outbox`, async () => {
      const dir = await freshDataDir();
      writeFileSync(join(dir, 'outbox.json'), content);
      const lines = [];
      const server = await startTestServer({ dataDir: dir, log: (line) => lines.push(line) });
      try {
        const about = lines.filter((line) => line.includes('outbox.json'));
        assert.equal(about.length, 1, lines.join('\n'));
        assert.match(about[0], /ignored/);
        assert.equal((await fetch(new URL('/outbox', server.url))).status, 200);
        await apiClient(server.url).post('/api/auth/request-password-reset', { email: server.demoUser.email, redirectTo: '/update-password' });
        assert.equal(JSON.parse(readFileSync(join(dir, 'outbox.json'), 'utf8')).length, 1);
      } finally {
        await server.stop();
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  test('entries of the wrong shape are dropped, the others kept and shown', async () => {
    const dir = await freshDataDir();
    const good = { id: 3, to: 'a@example.com', subject: 'Reset your password', url: 'http://127.0.0.1:1/x', sentAt: '2026-01-01T00:00:00.000Z' };
    writeFileSync(join(dir, 'outbox.json'), JSON.stringify([good, { id: 2, sentAt: 5 }, null, 'mail']));
    const lines = [];
    const server = await startTestServer({ dataDir: dir, log: (line) => lines.push(line) });
    try {
      assert.deepEqual(server.outbox.list(), [good]);
      assert.equal(lines.filter((line) => line.includes('outbox.json')).length, 1, lines.join('\n'));
      const res = await fetch(new URL('/outbox', server.url));
      assert.equal(res.status, 200);
      assert.match(await res.text(), /a@example\.com/);
    } finally {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the console shows request values with control characters escaped', () => {
  test('consoleSafe escapes C0, DEL, C1, line separators and bidi controls, and keeps the rest', () => {
    assert.equal(consoleSafe('a\x1b[2Jb\r\nc\x00\x7f\x9b'), 'a\\x1b[2Jb\\r\\nc\\x00\\x7f\\x9b');
    assert.equal(consoleSafe('x\u2028y\u202ez\u2066'), 'x\\u2028y\\u202ez\\u2066');
    assert.equal(consoleSafe('jörg@exämple.com ✓ 密码'), 'jörg@exämple.com ✓ 密码');
    assert.equal(consoleSafe(42), '42');
  });

  test('the outbox line escapes the address, subject and link', () => {
    const lines = [];
    const outbox = createOutbox({ log: (line) => lines.push(line) });
    outbox.add({ to: 'a\x1b[31m@example.com', subject: 'Reset\nFAKE LINE', url: 'http://x/\x1b]0;title\x07' });
    const text = lines.join('\n');
    assert.doesNotMatch(text, /[\x00-\x08\x0b-\x1f\x7f]/);
    assert.match(text, /a\\x1b\[31m@example\.com/);
    assert.match(text, /Reset\\nFAKE LINE/);
    // What is stored (and shown on the HTML page, escaped there) is unchanged.
    assert.equal(outbox.list()[0].to, 'a\x1b[31m@example.com');
  });

  test("better-auth's own log lines, which quote the request, are escaped too", async () => {
    const lines = [];
    const server = await startTestServer({ log: (line) => lines.push(line) });
    try {
      const res = await apiClient(server.url).post('/api/auth/request-password-reset', {
        email: server.demoUser.email,
        redirectTo: 'http://evil.example/\x1b[2J\x1b[31mPWNED\nserver: all good',
      });
      assert.equal(res.status, 403);
      const quoted = lines.filter((line) => line.includes('evil.example'));
      assert.ok(quoted.length >= 1, lines.join('\n'));
      for (const line of quoted) {
        assert.doesNotMatch(line, /[\x00-\x08\x0b-\x1f\x7f]|\n/, JSON.stringify(line));
        assert.match(line, /\\x1b\[2J/);
      }
    } finally {
      await server.stop();
    }
  });
});

describe('rate limiting is on by default', () => {
  test('`npm start` (no option, no NODE_ENV) refuses the sixth sign-in within a minute', { timeout: 120_000 }, async () => {
    const dataDir = await freshDataDir();
    const child = startServerProcess({ dataDir });
    try {
      const url = await child.ready;
      const statuses = [];
      for (let attempt = 1; attempt <= 6; attempt += 1) {
        const res = await fetch(new URL('/api/auth/sign-in/email', url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: url },
          body: JSON.stringify({ email: 'demo@example.com', password: `wrong-${attempt}` }),
        });
        await res.arrayBuffer();
        statuses.push(res.status);
        if (res.status === 429) assert.ok(Number(res.headers.get('x-retry-after')) > 0);
      }
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
      assert.match(child.output(), /rate limit: on/);
    } finally {
      await child.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  test('startServer without a rateLimit option has it on (reset requests too)', async () => {
    // A path no other test in this process counts: they all run with the limit off.
    const resets = async (server, count) => {
      const statuses = [];
      for (let i = 0; i < count; i += 1) {
        const res = await apiClient(server.url).post('/api/auth/request-password-reset', { email: `nobody-${i}@example.com`, redirectTo: '/update-password' });
        statuses.push(res.status);
      }
      return statuses;
    };
    const dir = await freshDataDir();
    const { startServer } = await import('../../server/start.mjs');
    const on = await startServer({ port: 0, dataDir: dir, quiet: true });
    try {
      assert.deepEqual(await resets(on, 6), [200, 200, 200, 200, 200, 429]);
    } finally {
      await on.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
