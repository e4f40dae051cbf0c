// Logout during a pending login or register, against the real better-auth server in Chromium:
// the late answer creates a server session after the user logged out; the store must end it,
// so no session survives (get-session answers null) and the next checkAuth stays signed out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiClient, openHarness, withServerAndBrowser } from './helpers.mjs';

let server;
let chrome;
withServerAndBrowser({}, (started, browser) => {
  [server, chrome] = [started, browser];
});

const harnessPage = () => openHarness(chrome, server);

/**
 * Holds the next request to `endpoint` before it reaches the server, as a slow network would:
 * the user's logout overtakes it. `seen` resolves when the browser sent it; `release()` lets it go.
 */
async function holdRequest(page, endpoint) {
  let release;
  const gate = new Promise((r) => (release = r));
  let seen;
  const sent = new Promise((r) => (seen = r));
  await page.route(`**${endpoint}`, async (route) => {
    seen();
    await gate;
    await route.continue();
  }, { times: 1 });
  return { sent, release };
}

/** Asks the server, with the page's own cookies, whether a session exists. */
const serverSession = (page) =>
  page.evaluate(async () => (await fetch('/api/auth/get-session', { credentials: 'same-origin' })).json());

for (const { action, endpoint, params } of [
  { action: 'login', endpoint: '/api/auth/sign-in/email', params: () => ({ email: server.demoUser.email, password: server.demoUser.password }) },
  { action: 'register', endpoint: '/api/auth/sign-up/email', params: () => ({ email: `late-${Date.now()}@example.com`, password: 'late-register-password' }) },
]) {
  test(`logout during a pending ${action}: no session survives on the server`, async () => {
    const { page, context, problems } = await harnessPage();
    const signOuts = [];
    page.on('response', (r) => r.url().endsWith('/api/auth/sign-out') && signOuts.push(r.status()));
    const held = await holdRequest(page, endpoint);
    await page.evaluate(({ action, params }) => {
      globalThis.late = globalThis.harness.store[action](params);
    }, { action, params: params() });
    await held.sent;

    const logout = await page.evaluate(() => globalThis.harness.store.logout());
    assert.equal(logout.redirectTo, '/login');

    // The late request now reaches the server, which creates a session and sets its cookie.
    const answer = page.waitForResponse((r) => r.url().endsWith(endpoint));
    held.release();
    const response = await answer;
    assert.equal(response.status(), 200);
    // The session cookie the late answer set, kept to replay it from elsewhere below.
    const lateCookies = (await response.headersArray())
      .filter((h) => h.name.toLowerCase() === 'set-cookie')
      .flatMap((h) => h.value.split('\n'))
      .map((line) => line.split(';')[0]);
    assert.ok(lateCookies.some((c) => c.includes('session_token=')), lateCookies.join(' | '));
    assert.deepEqual(await page.evaluate(() => globalThis.late), { ok: false, stale: true });

    assert.equal(await serverSession(page), null);
    // Not just a cookie the browser dropped: the session itself is gone on the server.
    const elsewhere = apiClient(server.url);
    for (const pair of lateCookies) {
      const eq = pair.indexOf('=');
      elsewhere.jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const replay = await elsewhere.session();
    assert.equal(replay.status, 200);
    assert.equal(replay.json, null);
    const check = await page.evaluate(() => globalThis.harness.store.checkAuth());
    assert.equal(check.ok, false);
    const state = await page.evaluate(() => {
      const { status, errors } = globalThis.harness.store.state;
      return { status, errors };
    });
    assert.deepEqual(state, { status: 'unauthenticated', errors: {} });
    // The user's logout (no session yet to end) and exactly one clean-up, which ended it.
    assert.equal(signOuts.length, 2, String(signOuts));
    assert.equal(signOuts[1], 200);
    // Only the user's logout navigated.
    assert.deepEqual(await page.evaluate(() => globalThis.harness.navigations), ['/login']);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
