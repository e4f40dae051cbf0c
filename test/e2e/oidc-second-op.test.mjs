// auth-elements/providers/oidc against a SECOND OpenID Provider, configured independently of the
// demo's: its own origin (localhost, so cross-origin with CORS), mounted at the root, a public
// client without a secret, other claims (no name, no e-mail: preferred_username and groups),
// tokens in memory, another IdP-hint parameter. The app page is bundled here from a fixture.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createIdp } from '../../server/idp.mjs';
import { harnessBundle, launchBrowser } from './helpers.mjs';

const GRACE = { accountId: 'grace-7', username: 'grace@corp.example', password: 'corp pass 7', claims: { preferred_username: 'grace', groups: ['ops', 'admins'] } };

let op;
let app;
let chrome;
let appUrl;
let opUrl;

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const close = (server) => new Promise((resolve) => {
  server?.close(() => resolve());
  server?.closeAllConnections();
});

before(async () => {
  const js = await harnessBundle('test/e2e/fixtures/second-op-app.ts');

  let idp;
  op = await listen((req, res) => idp.handle(req, res));
  opUrl = `http://localhost:${op.address().port}`;
  app = await listen((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/app.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(js);
    }
    const routes = {
      '/': '<button type="button" data-sign-in>Sign in at Corp</button>',
      '/callback': '<auth-callback></auth-callback>',
      '/home': '<auth-guard><p slot="fallback">Checking…</p><template><h1>Home</h1><second-identity></second-identity><auth-logout>Sign out</auth-logout></template></auth-guard>',
    };
    if (!routes[path]) {
      res.writeHead(404);
      return res.end();
    }
    const body = `<main></main>${Object.entries(routes).map(([route, html]) => `<template id="route-${route}">${html}</template>`).join('')}`;
    const config = {
      issuer: opUrl,
      clientId: 'second-spa',
      redirectUri: `${appUrl}/callback`,
      postLogoutRedirectUri: `${appUrl}/`,
      scope: 'openid profile groups',
      permissionsClaim: 'groups',
      storage: 'memory',
      storageKey: 'second',
      idpHintParam: 'connection',
      hint: 'corp-ldap',
      allowInsecureRequests: true,
    };
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'self'; connect-src 'self' " + opUrl });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>second</title>
<script type="application/json" id="config">${JSON.stringify(config)}</script>
<script type="module" src="/app.js"></script></head><body>${body}</body></html>`);
  });
  appUrl = `http://127.0.0.1:${app.address().port}`;
  idp = createIdp({
    issuer: opUrl,
    title: 'Corp SSO',
    accounts: [GRACE],
    claims: { openid: ['sub'], profile: ['preferred_username'], groups: ['groups'] },
    clients: [
      {
        client_id: 'second-spa',
        token_endpoint_auth_method: 'none',
        redirect_uris: [`${appUrl}/callback`],
        post_logout_redirect_uris: [`${appUrl}/`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
  });
  chrome = await launchBrowser();
});

after(async () => {
  await chrome?.close();
  await close(app);
  await close(op);
});

test('a second, differently configured OpenID Provider: sign in with a hint, other claims, memory storage, sign out', async () => {
  const context = await chrome.browser.newContext();
  context.setDefaultTimeout(15_000);
  const blocked = [];
  // Two origins on this machine (the app and the IdP); everything else is refused.
  await context.route('**/*', (route) => {
    const origin = new URL(route.request().url()).origin;
    if (origin === appUrl || origin === opUrl) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto(`${appUrl}/home`);
  await page.waitForURL((url) => url.pathname === '/');
  assert.equal(new URL(page.url()).searchParams.get('to'), '/home');

  const authRequest = page.waitForRequest((request) => request.url().startsWith(`${opUrl}/auth`));
  await page.getByRole('button', { name: 'Sign in at Corp' }).click();
  const authorize = new URL((await authRequest).url()).searchParams;
  assert.equal(authorize.get('connection'), 'corp-ldap', 'login({ providerName }) became the IdP hint');
  assert.equal(authorize.get('kc_idp_hint'), null);
  assert.equal(authorize.get('scope'), 'openid profile groups');

  await page.getByLabel('E-mail').fill(GRACE.username);
  await page.getByLabel('Password').fill(GRACE.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL((url) => url.href === `${appUrl}/home`);
  const output = page.locator('second-identity');
  await output.filter({ hasText: 'permissions' }).waitFor();
  const shown = JSON.parse(await output.textContent());
  assert.equal(shown.identity.id, GRACE.accountId);
  assert.equal(shown.identity.name, 'grace', 'the name falls back to preferred_username');
  assert.equal(shown.identity.email, undefined);
  assert.deepEqual(shown.permissions, ['ops', 'admins'], 'permissions from the groups claim (userinfo)');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'memory storage: tokens are not in sessionStorage');

  // Memory storage: a reload forgets the tokens; the IdP still knows the user, so signing in
  // again is a round trip without a password or consent.
  await page.reload();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('button', { name: 'Sign in at Corp' }).click();
  await page.waitForURL((url) => url.href === `${appUrl}/home`);
  await output.filter({ hasText: 'permissions' }).waitFor();

  await page.locator('auth-logout').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await page.waitForURL((url) => url.href === `${appUrl}/`);
  await page.goto(`${appUrl}/home`);
  await page.waitForURL((url) => url.pathname === '/');

  assert.deepEqual(problems, []);
  assert.deepEqual(blocked, []);
  await context.close();
});
