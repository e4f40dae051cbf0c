// `npm run start:mock`: the same demo pages driven by the seed tutorial's mock authProvider.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser } from './helpers.mjs';

let server;
let chrome;
withServerAndBrowser({ mock: true }, (started, browser) => {
  [server, chrome] = [started, browser];
});

async function signIn(page, email, password) {
  await page.locator('auth-login input[name="email"]').fill(email);
  await page.locator('auth-login input[name="password"]').fill(password);
  await page.locator('auth-login [data-part="submit"]').click();
}

test('the tutorial provider: unknown user refused, john is an admin kept in localStorage, jane is not', async () => {
  const { page, problems, blocked, context } = await chrome.newPage(server.url);

  await page.goto('/dashboard');
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('to') === '/dashboard');

  // The tutorial rejects with nothing: the store's default words (refine's) are shown.
  await signIn(page, 'nobody@mail.com', 'whatever');
  await page.locator('auth-login [part="error-message"]').filter({ hasText: 'Invalid credentials' }).waitFor();

  await signIn(page, 'john@mail.com', 'any password');
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await page.locator('demo-identity [data-field="email"]').filter({ hasText: 'john@mail.com' }).waitFor();
  await page.locator('demo-identity [data-field="permissions"]').filter({ hasText: 'admin' }).waitFor();
  await page.locator('#admin-title').waitFor();
  assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem('auth'))), { email: 'john@mail.com', roles: ['admin'] });

  await page.reload();
  await page.locator('demo-identity [data-field="email"]').filter({ hasText: 'john@mail.com' }).waitFor();

  await page.locator('auth-logout').getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  assert.equal(await page.evaluate(() => localStorage.getItem('auth')), null);

  await signIn(page, 'jane@mail.com', 'x');
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await page.locator('demo-identity [data-field="permissions"]').filter({ hasText: 'editor' }).waitFor();
  await page.locator('auth-guard[permission="admin"] [slot="fallback"]').waitFor();
  assert.equal(await page.locator('#admin-title').count(), 0);

  assert.deepEqual(problems, []);
  assert.deepEqual(blocked, []);
  await context.close();
});

test('the tutorial provider: register refuses an existing e-mail; forgot and update password resolve', async () => {
  const { page, problems, context } = await chrome.newPage(server.url);

  await page.goto('/register');
  await page.locator('auth-register input[name="email"]').fill('john@mail.com');
  await page.locator('auth-register input[name="password"]').fill('secret-123');
  await page.locator('auth-register input[name="confirmPassword"]').fill('secret-123');
  await page.locator('auth-register [data-part="submit"]').click();
  await page.locator('auth-register [part="error-message"]').filter({ hasText: /\S/ }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/register');

  await page.goto('/forgot-password');
  await page.locator('auth-forgot-password input[name="email"]').fill('john@mail.com');
  await page.locator('auth-forgot-password [data-part="submit"]').click();
  await page.locator('auth-forgot-password [part="status"]').filter({ hasText: /\S/ }).waitFor();

  await page.goto('/update-password?token=demo');
  await page.waitForURL((url) => url.pathname === '/update-password' && url.search === '');
  await page.locator('auth-update-password input[name="password"]').fill('new-secret-1');
  await page.locator('auth-update-password input[name="confirmPassword"]').fill('new-secret-1');
  await page.locator('auth-update-password [data-part="submit"]').click();
  await page.locator('auth-update-password [part="status"]').filter({ hasText: /\S/ }).waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});
