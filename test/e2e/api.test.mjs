// The demo server over HTTP: many users at once, hostile input, restarts, the outbox.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { apiClient, freshDataDir, startTestServer } from './helpers.mjs';

describe('the better-auth server', () => {
  let server;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server?.stop());

  test('creates the demo user on first start, and it can sign in', async () => {
    assert.equal(server.demoCreated, true);
    const client = apiClient(server.url);
    const res = await client.signIn(server.demoUser.email, server.demoUser.password);
    assert.equal(res.status, 200);
    const session = await client.session();
    assert.equal(session.json.user.email, server.demoUser.email);
    assert.equal(session.json.user.role, 'admin');
  });

  test('50 different users signing in at the same time all succeed', async () => {
    const users = Array.from({ length: 50 }, (_, i) => ({ email: `parallel-${i}@example.com`, password: `password-${i}-long` }));
    const signUps = await Promise.all(users.map((u) => apiClient(server.url).signUp(u.email, u.password)));
    assert.deepEqual(signUps.map((r) => r.status), users.map(() => 200));

    const clients = users.map(() => apiClient(server.url));
    const signIns = await Promise.all(users.map((u, i) => clients[i].signIn(u.email, u.password)));
    assert.deepEqual(signIns.map((r) => r.status), users.map(() => 200), JSON.stringify(signIns.find((r) => r.status !== 200)?.json));
    // Each one got its own session, for the right user.
    const sessions = await Promise.all(clients.map((c) => c.session()));
    assert.deepEqual(sessions.map((s) => s.json?.user?.email), users.map((u) => u.email));
    assert.equal(new Set(clients.map((c) => [...c.jar.values()].join())).size, 50);
  });

  describe('bad input gets a clear error and the server keeps answering', () => {
    const long = 'a'.repeat(10_000);
    const cases = [
      ['empty e-mail and password', '', ''],
      ['empty password', 'someone@example.com', ''],
      ['10 000-character e-mail', `${long}@example.com`, 'password-long-enough'],
      ['10 000-character password', 'long-password@example.com', long],
      ['non-ASCII e-mail', 'jörg@exämple.com', 'password-long-enough'],
      ['e-mail that is not one', 'not an e-mail', 'password-long-enough'],
    ];
    // Every code here has its own human message in the adapter (src/providers/better-auth.ts).
    const known = ['VALIDATION_ERROR', 'INVALID_EMAIL', 'PASSWORD_TOO_SHORT', 'PASSWORD_TOO_LONG', 'INVALID_EMAIL_OR_PASSWORD'];
    for (const [label, email, password] of cases) {
      test(`${label}: sign-up and sign-in are refused with a code and a message`, async () => {
        const client = apiClient(server.url);
        for (const res of [await client.signUp(email, password), await client.signIn(email, password)]) {
          assert.ok([400, 401, 422].includes(res.status), `${res.status} ${res.text.slice(0, 200)}`);
          assert.ok(known.includes(res.json?.code), res.text.slice(0, 200));
          assert.ok(res.json.message.length > 0 && res.json.message.length < 300, res.json.message.slice(0, 300));
        }
        assert.equal(client.jar.size, 0, 'no session for bad input');
      });
    }

    test('nothing was stored for the refused e-mails', async () => {
      const client = apiClient(server.url);
      // Had the 10 000-character address been stored, signing up again would say "already exists".
      const again = await client.signUp(`${long}@example.com`, 'password-long-enough');
      assert.equal(again.json.code, 'INVALID_EMAIL');
    });

    test('a non-ASCII password is kept exactly as typed', async () => {
      const client = apiClient(server.url);
      const password = 'пароль-密码-ümlaut-🔑';
      assert.equal((await client.signUp('unicode@example.com', password)).status, 200);
      const other = apiClient(server.url);
      assert.equal((await other.signIn('unicode@example.com', password)).status, 200);
      const wrong = await apiClient(server.url).signIn('unicode@example.com', password.replace('🔑', '🔒'));
      assert.equal(wrong.status, 401);
      assert.equal(wrong.json.code, 'INVALID_EMAIL_OR_PASSWORD');
    });

    test('a body that is not JSON is refused', async () => {
      const res = await fetch(new URL('/api/auth/sign-in/email', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: '{"email": ',
      });
      assert.ok(res.status >= 400 && res.status < 500, String(res.status));
    });

    test('afterwards the server still answers', async () => {
      const client = apiClient(server.url);
      assert.equal((await client.signIn(server.demoUser.email, server.demoUser.password)).status, 200);
      assert.equal((await client.session()).json.user.email, server.demoUser.email);
      assert.equal((await client.get('/login')).status, 200);
    });
  });

  test('a wrong password and an unknown user get the same answer', async () => {
    const wrong = await apiClient(server.url).signIn(server.demoUser.email, 'not-the-password');
    const unknown = await apiClient(server.url).signIn('nobody@example.com', 'not-the-password');
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.json, unknown.json);
    assert.equal(wrong.json.code, 'INVALID_EMAIL_OR_PASSWORD');
  });

  test('requests without the page origin are refused (CSRF)', async () => {
    const res = await fetch(new URL('/api/auth/sign-in/email', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example', cookie: 'x=y' },
      body: JSON.stringify({ email: server.demoUser.email, password: server.demoUser.password }),
    });
    assert.equal(res.status, 403);
  });

  test('a request for another host name is refused (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise((resolve, reject) => {
      const req = request(new URL('/login', server.url), { headers: { host: 'attacker.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 421);
  });

  test('password reset: the same answer for known and unknown addresses, the link only in the outbox', async () => {
    const before = server.outbox.list().length;
    const client = apiClient(server.url);
    const known = await client.post('/api/auth/request-password-reset', { email: server.demoUser.email, redirectTo: `${server.url}/update-password` });
    const unknown = await client.post('/api/auth/request-password-reset', { email: 'nobody@example.com', redirectTo: `${server.url}/update-password` });
    assert.equal(known.status, 200);
    assert.deepEqual(unknown.json, known.json);
    const mails = (await client.get('/outbox.json')).json;
    assert.equal(mails.length, before + 1);
    assert.equal(mails[0].to, server.demoUser.email);
    const link = new URL(mails[0].url);
    assert.equal(link.origin, server.url);
    // The link leads to the update-password page with a token.
    const hop = await client.get(link.pathname + link.search);
    assert.equal(hop.status, 302);
    const landing = new URL(hop.headers.get('location'), server.url);
    assert.equal(landing.pathname, '/update-password');
    assert.ok(landing.searchParams.get('token'));
    // The outbox page lists it.
    const page = await client.get('/outbox');
    assert.match(page.text, new RegExp(`${server.demoUser.email.replace('.', '\\.')}`));
    assert.ok(page.text.includes(mails[0].url.replaceAll('&', '&amp;')));
  });

  test('pages carry a strict CSP and no referrer', async () => {
    const res = await apiClient(server.url).get('/update-password?token=abc');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy'), /script-src 'self';/);
    assert.doesNotMatch(res.headers.get('content-security-policy'), /unsafe-inline/);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.match(res.text, /<auth-update-password/);
  });

  test('/ goes to the dashboard, unknown paths are 404', async () => {
    const client = apiClient(server.url);
    const root = await client.get('/');
    assert.equal(root.status, 302);
    assert.equal(root.headers.get('location'), '/dashboard');
    assert.equal((await client.get('/nope')).status, 404);
    assert.equal((await client.post('/login', {})).status, 405);
  });
});

describe('restarts', () => {
  test('a user created before a restart signs in after it, and the old session still holds', async () => {
    const dataDir = await freshDataDir();
    try {
      const first = await startTestServer({ dataDir });
      const client = apiClient(first.url);
      assert.equal((await client.signUp('survivor@example.com', 'survivor-password')).status, 200);
      await first.stop();

      const second = await startTestServer({ dataDir });
      try {
        assert.equal(second.demoCreated, false, 'the demo user is created only once');
        assert.equal(second.dbFile, first.dbFile);
        // The cookie was signed with the dev secret, which is kept in the data folder.
        const moved = apiClient(second.url);
        for (const [k, v] of client.jar) moved.jar.set(k, v);
        assert.equal((await moved.session()).json?.user?.email, 'survivor@example.com');
        const fresh = apiClient(second.url);
        assert.equal((await fresh.signIn('survivor@example.com', 'survivor-password')).status, 200);
        assert.equal((await fresh.signIn('survivor@example.com', 'wrong-password')).status, 401);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the mock server', () => {
  let server;
  before(async () => {
    server = await startTestServer({ mock: true });
  });
  after(() => server?.stop());

  test('serves the same pages with the mock script and no auth API', async () => {
    const client = apiClient(server.url);
    const login = await client.get('/login');
    assert.equal(login.status, 200);
    assert.match(login.text, /data-mode="mock"/);
    assert.match(login.text, /john@mail\.com/);
    assert.equal((await client.post('/api/auth/sign-in/email', { email: 'a@b.c', password: 'x' })).status, 404);
    const script = await client.get('/app.js');
    assert.equal(script.status, 200);
    assert.match(script.text, /john@mail\.com/);
    assert.doesNotMatch(script.text, /\/api\/auth/);
  });
});
