// The whole account life cycle in headless Chromium against the real server (better-auth on a
// fresh SQLite file): register, sign out, a wrong password, sign in, the guarded dashboard,
// a reload, the reset e-mail from the outbox, the new password, and the guard's return path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiClient, assertText, step, withServerAndBrowser } from './helpers.mjs';

let server;
let chrome;
withServerAndBrowser({}, (started, browser) => {
  [server, chrome] = [started, browser];
});

const EMAIL = 'ada@example.com';
const FIRST_PASSWORD = 'first-Passwort-ü-123';
const NEW_PASSWORD = 'second password 456 ✓';

const path = (page) => {
  const url = new URL(page.url());
  return url.pathname + url.search;
};

async function signIn(page, email, password) {
  await page.locator('auth-login input[name="email"]').fill(email);
  await page.locator('auth-login input[name="password"]').fill(password);
  await page.locator('auth-login [data-part="submit"]').click();
}

/** The provider error the login form shows (its live region part, in the shadow root). */
const loginError = (page) => page.locator('auth-login [part="error-message"]');

test('register → sign out → wrong password → sign in → reload → reset by e-mail → new password → guard returns', async () => {
  const { page, problems, blocked } = await chrome.newPage(server.url);

  await step('register, and land on the guarded dashboard signed in', async () => {
    await page.goto('/register');
    await page.locator('auth-register input[name="email"]').fill(EMAIL);
    await page.locator('auth-register input[name="name"]').fill('Ada Lovelace');
    await page.locator('auth-register input[name="password"]').fill(FIRST_PASSWORD);
    await page.locator('auth-register input[name="confirmPassword"]').fill(FIRST_PASSWORD);
    await page.locator('auth-register [data-part="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await assertDashboardShows(page, { email: EMAIL, name: 'Ada Lovelace', permissions: 'user' });
    // Not an admin: the nested guard shows its fallback, not the panel.
    await page.locator('auth-guard[permission="admin"] [slot="fallback"]').waitFor();
    assert.equal(await page.locator('#admin-title').count(), 0);
  });

  await step('sign out goes to the login page', async () => {
    await page.locator('auth-logout').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
  });

  await step('a wrong password shows the error and stays on the page', async () => {
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in/email'));
    await signIn(page, EMAIL, 'not-my-password');
    assert.equal((await answer).status(), 401);
    await assertText(loginError(page), 'The e-mail address or password is incorrect.');
    assert.equal(path(page), '/login');
  });

  await step('the right password signs in; the dashboard shows the identity', async () => {
    await signIn(page, EMAIL, FIRST_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await assertDashboardShows(page, { email: EMAIL, name: 'Ada Lovelace', permissions: 'user' });
  });

  await step('a reload keeps the session', async () => {
    await page.reload();
    await assertDashboardShows(page, { email: EMAIL, name: 'Ada Lovelace', permissions: 'user' });
    assert.equal(path(page), '/dashboard');
  });

  let linkStatus;
  await step('forgot password says the same for an unknown address and for a real one', async () => {
    await page.goto('/forgot-password');
    await page.locator('auth-forgot-password input[name="email"]').fill('nobody@example.com');
    await page.locator('auth-forgot-password [data-part="submit"]').click();
    const status = page.locator('auth-forgot-password [part="status"]');
    await status.filter({ hasText: /\S/ }).waitFor();
    const unknownText = (await status.textContent()).trim();
    assert.ok(unknownText.length > 0);

    await page.reload();
    await page.locator('auth-forgot-password input[name="email"]').fill(EMAIL);
    await page.locator('auth-forgot-password [data-part="submit"]').click();
    await status.filter({ hasText: /\S/ }).waitFor();
    linkStatus = (await status.textContent()).trim();
    assert.equal(linkStatus, unknownText);
  });

  await step('the outbox holds one link, for the real address only', async () => {
    await page.goto('/outbox');
    const mails = page.locator('.demo-outbox li');
    assert.equal(await mails.count(), 1);
    assert.equal((await mails.locator('.demo-to').textContent()).trim(), EMAIL);
  });

  await step('the link opens the update-password page, which strips the token from the address bar', async () => {
    const reset = page.locator('.demo-outbox li a').first();
    const href = await reset.getAttribute('href');
    assert.ok(href.startsWith(`${server.url}/api/auth/reset-password/`), href);
    const landed = page.waitForResponse((r) => new URL(r.url()).pathname === '/update-password');
    await reset.click();
    // better-auth's link answers with a redirect to /update-password?token=…
    assert.ok(new URL((await landed).url()).searchParams.get('token'), 'the page was opened with a token');
    await page.waitForURL((url) => url.pathname === '/update-password' && !url.searchParams.has('token'));
    await page.locator('auth-update-password input[name="password"]').waitFor();
    assert.equal(await page.evaluate(() => location.search), '');
  });

  await step('a new password is accepted, and the old session is revoked', async () => {
    await page.locator('auth-update-password input[name="password"]').fill(NEW_PASSWORD);
    await page.locator('auth-update-password input[name="confirmPassword"]').fill(NEW_PASSWORD);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/reset-password'));
    await page.locator('auth-update-password [data-part="submit"]').click();
    const response = await answer;
    assert.equal(response.status(), 200);
    // The token travelled in the body, not in a URL.
    assert.ok(JSON.parse(response.request().postData()).token);
    await page.locator('auth-update-password [part="status"]').filter({ hasText: /\S/ }).waitFor();

    await page.goto('/dashboard');
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('to') === '/dashboard');
  });

  await step('the new password signs in (and the return path brings the user back)', async () => {
    await signIn(page, EMAIL, NEW_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/dashboard' && url.search === '');
    await assertDashboardShows(page, { email: EMAIL, name: 'Ada Lovelace', permissions: 'user' });
  });

  await step('the old password fails', async () => {
    const other = await chrome.newPage(server.url);
    await other.page.goto('/login');
    await signIn(other.page, EMAIL, FIRST_PASSWORD);
    await assertText(loginError(other.page), 'The e-mail address or password is incorrect.');
    assert.equal(path(other.page), '/login');
    assert.deepEqual(other.problems, []);
    await other.context.close();
  });

  await step('sign out; a guarded page sends to /login?to=…, and signing in returns there', async () => {
    await page.locator('auth-logout').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/login');

    await page.goto('/dashboard?tab=settings&x=1');
    await page.waitForURL((url) => url.pathname === '/login');
    assert.equal(new URL(page.url()).searchParams.get('to'), '/dashboard?tab=settings&x=1');
    await signIn(page, EMAIL, NEW_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/dashboard' && url.search === '?tab=settings&x=1');
    await assertDashboardShows(page, { email: EMAIL, name: 'Ada Lovelace', permissions: 'user' });
  });

  assert.deepEqual(problems, [], 'no page errors, CSP violations or console errors');
  assert.deepEqual(blocked, [], 'no request left 127.0.0.1');
});

test('the demo admin sees the admin panel', async () => {
  const { page, problems, context } = await chrome.newPage(server.url);
  await page.goto('/dashboard');
  await page.waitForURL((url) => url.pathname === '/login');
  await signIn(page, server.demoUser.email, server.demoUser.password);
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await assertDashboardShows(page, { email: server.demoUser.email, name: 'Demo Admin', permissions: 'admin' });
  await page.locator('#admin-title').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('bad input in the login form gets a clear message, and the page keeps working', async () => {
  const { page, problems, context } = await chrome.newPage(server.url);
  const long = `${'a'.repeat(10_000)}@example.com`;
  const providerError = 'auth-login [part="error-message"]';
  const fieldError = 'auth-login [data-part="field-error"]:not([hidden])';
  const cases = [
    // The server refuses these; the adapter words its answer.
    ['10 000-character e-mail', long, 'some-password', providerError, 'Enter a valid e-mail address.'],
    ['10 000-character password', server.demoUser.email, 'p'.repeat(10_000), providerError, 'This password is too long: use at most 128 characters.'],
    ['unknown non-ASCII password', server.demoUser.email, 'pässwörd-ü', providerError, 'The e-mail address or password is incorrect.'],
    // The form refuses these before asking anyone.
    ['non-ASCII e-mail', 'jörg@exämple.com', 'pässwörd', fieldError, 'Please enter a valid email address.'],
    ['empty fields', '', '', fieldError, 'Please fill in this field.'],
  ];
  for (const [label, email, password, where, message] of cases) {
    // A fresh page per case: no message may be left over from the one before.
    await page.goto('/login');
    await signIn(page, email, password);
    await step(label, async () => {
      await assertText(page.locator(where).filter({ hasText: message }), message);
      assert.equal(path(page), '/login');
    });
  }
  await signIn(page, server.demoUser.email, server.demoUser.password);
  await page.waitForURL((url) => url.pathname === '/dashboard');
  assert.deepEqual(problems, []);
  await context.close();
});

test("better-auth's refusals are worded for people: existing account, short password, used reset link", async () => {
  const { page, problems, context } = await chrome.newPage(server.url);
  const registerError = page.locator('auth-register [part="error-message"]');

  await step('an existing account', async () => {
    await page.goto('/register');
    await page.locator('auth-register input[name="email"]').fill(server.demoUser.email);
    await page.locator('auth-register input[name="password"]').fill('long-enough-password');
    await page.locator('auth-register input[name="confirmPassword"]').fill('long-enough-password');
    await page.locator('auth-register [data-part="submit"]').click();
    await assertText(registerError, 'An account with this e-mail address already exists. Sign in, or use another address.');
    assert.equal(path(page), '/register');
  });

  await step('a password shorter than the server allows', async () => {
    await page.goto('/register');
    await page.locator('auth-register input[name="email"]').fill('shorty@example.com');
    await page.locator('auth-register input[name="password"]').fill('short');
    await page.locator('auth-register input[name="confirmPassword"]').fill('short');
    await page.locator('auth-register [data-part="submit"]').click();
    await assertText(registerError, 'This password is too short: use at least 8 characters.');
  });

  const email = 'twice@example.com';
  const http = apiClient(server.url);
  assert.equal((await http.signUp(email, 'twice-password-1')).status, 200);
  assert.equal((await http.post('/api/auth/request-password-reset', { email, redirectTo: `${server.url}/update-password` })).status, 200);
  const mail = (await http.get('/outbox.json')).json.find((m) => m.to === email);

  await step('a reset link used elsewhere meanwhile', async () => {
    await page.goto(mail.url);
    await page.waitForURL((url) => url.pathname === '/update-password' && url.search === '');
    // Another tab (here: plain HTTP) uses the same link first.
    const token = new URL((await http.get(new URL(mail.url).pathname + new URL(mail.url).search)).headers.get('location'), server.url).searchParams.get('token');
    assert.equal((await http.post('/api/auth/reset-password', { newPassword: 'used-by-the-other-tab', token })).status, 200);

    await page.locator('auth-update-password input[name="password"]').fill('too-late-password');
    await page.locator('auth-update-password input[name="confirmPassword"]').fill('too-late-password');
    await page.locator('auth-update-password [data-part="submit"]').click();
    await assertText(
      page.locator('auth-update-password [part="error-message"]'),
      'This password reset link is invalid or has expired. Ask for a new one.',
    );
  });

  await step('opening a used link again shows the invalid-link state, not a form', async () => {
    await page.goto(mail.url);
    // better-auth sends a used token to ?error=INVALID_TOKEN, without a token.
    await page.waitForURL((url) => url.pathname === '/update-password' && url.searchParams.get('error') === 'INVALID_TOKEN');
    await page.locator('auth-update-password [part="title"]').filter({ hasText: /invalid/i }).waitFor();
    assert.equal(await page.locator('auth-update-password input[name="password"]').count(), 0);
  });

  assert.deepEqual(problems, []);
  await context.close();
});

/** One step of a story: later steps make no sense after a failure, so the first one ends the test. */
async function assertDashboardShows(page, { email, name, permissions }) {
  await assertText(page.locator('demo-identity [data-field="email"]'), email);
  await assertText(page.locator('demo-identity [data-field="name"]'), name);
  await assertText(page.locator('demo-identity [data-field="permissions"]'), permissions);
}
