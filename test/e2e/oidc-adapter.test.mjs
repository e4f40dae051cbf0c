// The browser-only path: the demo's /oidc pages use auth-elements/providers/oidc straight against
// the local OpenID Provider at /idp (no backend of ours in between), in headless Chromium.
// Sign in with `?to=`, identity, reload, refresh when the access token expires (the page's clock
// is moved on, nobody waits) and on a 401, RP-initiated sign-out, cancel, tampered state, replay.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { startServer } from '../../server/start.mjs';
import { DEMO_IDP_USER } from '../../server/idp.mjs';
import { assertText, freshDataDir, launchBrowser } from './helpers.mjs';
import { pathOf, signInAtIdp } from './idp-pages.mjs';

let server;
let chrome;
let dataDir;
before(async () => {
  dataDir = await freshDataDir();
  // Access tokens live two minutes (longer than the adapter's 30 s margin); ID tokens an hour,
  // so that moving the page's clock on expires the one and not the other.
  server = await startServer({ port: 0, dataDir, quiet: true, idpTtl: { AccessToken: 120, IdToken: 3600 } });
  chrome = await launchBrowser();
});
after(async () => {
  await chrome?.close();
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const SESSION_KEY = 'auth-elements:oidc:session';

/**
 * A failed return lands on the sign-in page (`<auth-callback>` sends `?auth_error=<code>`), whose
 * `<auth-login>` shows the message in its live error region and removes the parameter.
 */
async function assertLoginError(page, expected) {
  await page.waitForURL((url) => url.pathname === '/oidc' && !url.search.includes('auth_error'));
  const login = page.locator('auth-login');
  await assertText(login.locator('[part~="error-message"]'), expected);
  assert.equal(await login.locator('[part~="error"]').getAttribute('role'), 'alert');
  assert.equal(new URL(page.url()).search, '', 'code, state and the error code left the address bar');
}

const storedSession = (page) => page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY);

/** Asserts the guarded page sends this browser to the sign-in page: no session. */
async function assertSignedOut(page) {
  await page.goto('/oidc/dashboard');
  await page.waitForURL((url) => url.pathname === '/oidc');
  assert.equal(await storedSession(page), null);
}

test('sign in (?to= through state), identity, reload, refresh on expiry and on 401, sign-out at the IdP', async () => {
  const { page, context, problems, blocked } = await chrome.newPage(server.url);
  await page.clock.install();
  const tokenRequests = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/idp/token') && request.method() === 'POST') tokenRequests.push(new URLSearchParams(request.postData() ?? '').get('grant_type'));
  });
  let callbackUrl;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/oidc/callback') callbackUrl ??= request.url();
  });

  // The guard sends us to the sign-in page with the return path.
  await page.goto('/oidc/dashboard?tab=tokens');
  await page.waitForURL((url) => url.pathname === '/oidc');
  assert.equal(pathOf(page), `/oidc?to=${encodeURIComponent('/oidc/dashboard?tab=tokens')}`);
  const authRequest = page.waitForRequest((request) => new URL(request.url()).pathname === '/idp/auth');
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).click();
  const authorize = new URL((await authRequest).url()).searchParams;
  assert.equal(authorize.get('response_type'), 'code');
  assert.equal(authorize.get('code_challenge_method'), 'S256');
  assert.ok(authorize.get('code_challenge') && authorize.get('state') && authorize.get('nonce'), 'PKCE, state and nonce');
  assert.equal(authorize.get('to'), null, 'the return path stays in this tab, not in the request');
  await signInAtIdp(page);

  await page.waitForURL((url) => url.pathname === '/oidc/dashboard');
  assert.equal(pathOf(page), '/oidc/dashboard?tab=tokens', 'the return path came back through state');
  const callback = new URL(callbackUrl);
  assert.ok(callback.searchParams.get('code') && callback.searchParams.get('state'), 'a code flow with state');
  assert.deepEqual(tokenRequests, ['authorization_code']);
  await assertText(page.locator('demo-identity [data-field="email"]'), DEMO_IDP_USER.claims.email);
  await assertText(page.locator('demo-identity [data-field="name"]'), DEMO_IDP_USER.claims.name);
  await assertText(page.locator('demo-identity [data-field="permissions"]'), 'editor, idp-user');

  // A reload keeps the session (sessionStorage), without another round trip.
  await page.reload();
  await assertText(page.locator('demo-identity [data-field="email"]'), DEMO_IDP_USER.claims.email);
  assert.deepEqual(tokenRequests, ['authorization_code']);

  // The API call works with the access token.
  await page.getByRole('button', { name: 'Call the API with the access token' }).click();
  await assertText(page.locator('[data-field="api"]'), `API answered for ${DEMO_IDP_USER.accountId}`);
  const first = JSON.parse(await storedSession(page));

  // Five minutes later (the page's clock; the access token lives two): renewed before use.
  await page.clock.fastForward('05:00');
  await page.getByRole('button', { name: 'Call the API with the access token' }).click();
  await assertText(page.locator('[data-field="api"]'), `API answered for ${DEMO_IDP_USER.accountId}`);
  assert.deepEqual(tokenRequests, ['authorization_code', 'refresh_token']);
  const second = JSON.parse(await storedSession(page));
  assert.notEqual(second.accessToken, first.accessToken);

  // The API refuses the token before it expires (the IdP dropped it, the refresh token stays
  // good): the 401 goes through checkError, which renews once, and the call is retried.
  const dropped = await server.idp.provider.AccessToken.find(second.accessToken);
  assert.ok(dropped, 'the IdP knows the current access token');
  await dropped.destroy();
  await page.getByRole('button', { name: 'Call the API with the access token' }).click();
  await assertText(page.locator('[data-field="api"]'), `API answered for ${DEMO_IDP_USER.accountId}`);
  assert.deepEqual(tokenRequests, ['authorization_code', 'refresh_token', 'refresh_token']);
  assert.notEqual(JSON.parse(await storedSession(page)).accessToken, second.accessToken);

  // Sign out: the tokens are gone and the IdP ends its own session (RP-initiated logout).
  await page.locator('auth-logout').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign out?' }).waitFor();
  assert.equal(await storedSession(page), null);
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await page.waitForURL((url) => url.pathname === '/oidc');
  await assertSignedOut(page);
  // The IdP asks for the password again: its session ended too.
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/idp/interaction/'));
  await page.getByLabel('Password').waitFor();

  // The first callback URL, replayed in this browser: its state was used up.
  await page.goto(callbackUrl);
  await assertLoginError(page, 'This sign-in link is invalid, was already used, or was started in another tab. Please sign in again.');
  assert.equal(await storedSession(page), null);

  assert.deepEqual(problems, []);
  assert.deepEqual(blocked, []);

  // …and in another browser (a stolen URL): refused too, no session.
  const other = await chrome.newPage(server.url);
  await other.page.goto(callbackUrl);
  await assertLoginError(other.page, 'This sign-in link is invalid, was already used, or was started in another tab. Please sign in again.');
  await assertSignedOut(other.page);
  await other.context.close();
  await context.close();
});

test('cancel at the IdP: back on the sign-in page with the message, the URL cleaned, no session', async () => {
  const { page, context, problems, blocked } = await chrome.newPage(server.url);
  const visited = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && visited.push(new URL(frame.url()).pathname));
  await page.goto('/oidc');
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/idp/interaction/'));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await assertLoginError(page, 'Sign-in was cancelled or refused at the identity provider.');
  assert.ok(visited.includes('/oidc/callback'), 'through the callback page');
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).waitFor();
  await assertSignedOut(page);
  assert.deepEqual(problems, []);
  assert.deepEqual(blocked, []);
  await context.close();
});

test('a tampered state: the error, and no session', async () => {
  const { page, context, problems } = await chrome.newPage(server.url);
  await context.route((url) => url.pathname === '/idp/auth', (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set('state', 'tampered-state-value-0123456789');
    return route.continue({ url: url.href });
  });
  await page.goto('/oidc');
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).click();
  await signInAtIdp(page);
  await assertLoginError(page, 'This sign-in link is invalid, was already used, or was started in another tab. Please sign in again.');
  await assertSignedOut(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a forged code, and a code replayed into a new sign-in: the IdP refuses them, the error, no session', async () => {
  const { page, context, problems } = await chrome.newPage(server.url);
  // Each authorization request's state, read on its way to the IdP.
  const states = [];
  await context.route((url) => url.pathname === '/idp/auth', (route) => {
    states.push(new URL(route.request().url()).searchParams.get('state'));
    return route.continue();
  });
  let used;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/oidc/callback') used ??= new URL(request.url());
  });
  const expectRefused = async () => {
    // The adapter's invalid-grant is not a kit code: the sign-in page says the generic words.
    await assertLoginError(page, 'The sign-in could not be completed. Please try again.');
    await assertSignedOut(page);
  };

  // A sign-in this tab started (its state is real) comes back with a code the IdP never issued.
  await page.goto('/oidc');
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/idp/interaction/'));
  await page.goto(`/oidc/callback?code=forged-code-0123456789&state=${states[0]}&iss=${encodeURIComponent(`${server.url}/idp`)}`);
  await expectRefused();

  // A real sign-in completes; its code is then injected into a new sign-in of this tab.
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).click();
  await signInAtIdp(page);
  await page.waitForURL((url) => url.pathname === '/oidc/dashboard');
  await page.locator('auth-logout').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'No, stay signed in' }).click();
  await page.goto('/oidc');
  await page.getByRole('button', { name: 'Sign in with Demo IdP' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/idp/'));
  const replay = new URL(used);
  replay.searchParams.set('state', states.at(-1));
  await page.goto(replay.pathname + replay.search);
  await expectRefused();
  // The token endpoint's 400 answers are the expected refusals.
  assert.deepEqual(problems.filter((p) => !/status of 400/.test(p)), []);
  await context.close();
});
