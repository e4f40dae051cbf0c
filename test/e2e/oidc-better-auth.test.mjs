// Sign-in with the demo's OpenID Provider (server/idp.mjs at /idp) through better-auth's
// generic-oauth plugin, in headless Chromium against the real server: the "Demo IdP" button on
// /login, a real authorization-code round trip, the dashboard, a reload, a server-side token
// refresh, sign-out at the IdP too, `?to=`, a cancel at the IdP, a tampered `state`, a replay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { assertText, withServerAndBrowser } from './helpers.mjs';
import { pathOf, signInAtIdp } from './idp-pages.mjs';
import { DEMO_IDP_USER } from '../../server/idp.mjs';

let server;
let chrome;
withServerAndBrowser({}, (started, browser) => {
  [server, chrome] = [started, browser];
});

const sessionOf = async (context) => {
  const response = await context.request.get(`${server.url}/api/auth/get-session`);
  return response.json();
};

test('the Demo IdP button signs in through the IdP and lands on ?to=; reload keeps it; refresh; sign-out ends the IdP session too', async () => {
  const { page, context, problems, blocked } = await chrome.newPage(server.url);

  let callbackUrl;
  page.on('request', (request) => {
    if (request.url().includes('/api/auth/callback/demo-idp')) callbackUrl = request.url();
  });

  await page.goto('/login?to=%2Fdashboard%3Ftab%3Dkeys');
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).click();
  await signInAtIdp(page);
  await page.waitForURL((url) => url.pathname === '/dashboard');
  assert.equal(pathOf(page), '/dashboard?tab=keys', 'the ?to= return path survived the round trip');
  await assertText(page.locator('demo-identity [data-field="email"]'), DEMO_IDP_USER.claims.email);
  await assertText(page.locator('demo-identity [data-field="name"]'), DEMO_IDP_USER.claims.name);
  assert.ok(callbackUrl, 'better-auth received the authorization code');

  // Reload: better-auth's cookie session.
  await page.reload();
  await assertText(page.locator('demo-identity [data-field="email"]'), DEMO_IDP_USER.claims.email);

  // The IdP's access token, kept by better-auth, expires: better-auth renews it with the refresh token.
  const db = new Database(server.dbFile);
  try {
    const before = db.prepare("SELECT id, accessToken, refreshToken FROM account WHERE providerId = 'demo-idp'").get();
    assert.ok(before.accessToken && before.refreshToken, 'the IdP issued an access and a refresh token');
    db.prepare("UPDATE account SET accessTokenExpiresAt = ? WHERE providerId = 'demo-idp'").run(new Date(0).toISOString());
    const answer = await page.evaluate(async (accountId) => {
      const response = await fetch('/api/auth/get-access-token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ accountId }),
      });
      return { status: response.status, body: await response.json() };
    }, before.id);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.notEqual(answer.body.accessToken, before.accessToken, 'a new access token');
    const after = db.prepare("SELECT accessToken, accessTokenExpiresAt FROM account WHERE providerId = 'demo-idp'").get();
    assert.equal(after.accessToken, answer.body.accessToken);
    assert.ok(new Date(after.accessTokenExpiresAt).getTime() > Date.now(), 'valid again');
    // The new token is one the IdP honours.
    const userinfo = await fetch(`${server.url}/idp/me`, { headers: { Authorization: `Bearer ${answer.body.accessToken}` } });
    assert.equal(userinfo.status, 200);
  } finally {
    db.close();
  }

  // Sign out: better-auth's session ends, and the IdP asks to end its own session too.
  await page.locator('auth-logout').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign out?' }).waitFor();
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  assert.equal(await sessionOf(context), null);

  // The IdP session is gone: signing in again asks for the password (no silent sign-in).
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/idp/interaction/'));
  await page.getByLabel('Password').waitFor();

  assert.deepEqual(problems, []);
  assert.deepEqual(blocked, []);

  // The callback URL replayed (another browser that got hold of it): refused, no session.
  const other = await chrome.newPage(server.url);
  await other.page.goto(callbackUrl);
  assert.equal(await sessionOf(other.context), null, 'a replayed callback creates no session');
  assert.notEqual(new URL(other.page.url()).pathname, '/dashboard');
  await other.context.close();
  await context.close();
});

test('cancel at the IdP: back on the sign-in page with the message, the URL cleaned, no session', async () => {
  const { page, context, problems, blocked } = await chrome.newPage(server.url);
  const visited = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && visited.push(new URL(frame.url()).pathname));
  await page.goto('/login');
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/idp/interaction/'));
  await page.getByRole('button', { name: 'Cancel' }).click();
  // better-auth sends the refusal to its errorCallbackURL (/auth/callback?error=access_denied),
  // whose <auth-callback> goes on to /login?auth_error=access-denied; <auth-login> says it.
  await page.waitForURL((url) => url.pathname === '/login' && !url.search.includes('auth_error'));
  const login = page.locator('auth-login');
  await assertText(login.locator('[part~="error-message"]'), 'Sign-in was cancelled or refused at the identity provider.');
  assert.equal(await login.locator('[part~="error"]').getAttribute('role'), 'alert');
  assert.equal(new URL(page.url()).search, '', 'the error code left the address bar');
  assert.ok(visited.includes('/auth/callback'), 'through the callback page');
  assert.equal(await sessionOf(context), null);
  // The form is right there to try again.
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).waitFor();
  assert.deepEqual(problems, []);
  assert.deepEqual(blocked, []);
  await context.close();
});

test('a tampered state is refused by better-auth: no session', async () => {
  const { page, context } = await chrome.newPage(server.url);
  // The state that comes back is not the one this browser's sign-in started with. (Browsers
  // follow the IdP's redirect back without letting a test touch it, so the authorization request
  // is where the state is swapped; the IdP echoes it faithfully.)
  await context.route((url) => url.pathname === '/idp/auth', (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set('state', 'tampered-state-value-0123456789');
    return route.continue({ url: url.href });
  });
  await page.goto('/login');
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).click();
  await signInAtIdp(page);
  // Whatever page better-auth shows, it is not the signed-in dashboard.
  await page.waitForURL((url) => url.searchParams.get('error') !== null || url.pathname.includes('error'));
  assert.match(page.url(), /state/i);
  assert.equal(await sessionOf(context), null);
  await context.close();
});
