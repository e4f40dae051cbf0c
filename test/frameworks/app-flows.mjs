// The browser flows every framework example app must pass, run against its production build.
// Both apps expose the same hooks: #auth-status (the store's status), #app-error (what the
// app's own auth-error handler received), #dashboard (content of the <auth-guard> route),
// #account (content of the router-guarded route), and <auth-logout> in the header.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/find-browser.mjs';
import { serve } from './serve.mjs';

const USER = { email: 'john@mail.com', password: 'demo-password' };
const WRONG = "The email or password that you've entered doesn't match any account.";

/** Registers the shared flows for the app built into `distDir`. */
export function appFlows(name, distDir) {
  describe(`${name} example app (production build)`, () => {
    let browser;
    let server;

    before(async () => {
      server = await serve(distDir);
      browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** A fresh page (own localStorage) that fails the test on any uncaught page error. */
    async function open(path) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const errors = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(server.url + path);
      return { page, errors, close: () => context.close() };
    }

    /** Waits until the address bar shows `pathname` with exactly the `query` parameters. */
    const at = (page, pathname, query = {}) =>
      page.waitForFunction(
        ([p, q]) =>
          location.pathname === p &&
          JSON.stringify(Object.fromEntries(new URLSearchParams(location.search))) === JSON.stringify(q),
        [pathname, query],
      );
    const setMarker = (page) => page.evaluate(() => { window.__marker = 1; });
    const marker = (page) => page.evaluate(() => window.__marker);
    const status = (page, value) =>
      page.waitForFunction((v) => document.querySelector('#auth-status')?.textContent?.includes(v), value);

    async function signIn(page, { email, password } = USER) {
      await page.locator('auth-login input[name="email"]').fill(email);
      await page.locator('auth-login input[name="password"]').fill(password);
      await page.locator('auth-login input[name="password"]').press('Enter');
    }

    test('logging in navigates through the router, without a page load', async () => {
      const { page, errors, close } = await open('/login');
      await page.locator('auth-login input[name="email"]').waitFor();
      await setMarker(page);
      await signIn(page);
      await at(page, '/');
      await status(page, 'authenticated');
      await page.locator('#identity', { hasText: USER.email }).waitFor();
      assert.equal(await marker(page), 1, 'the page was reloaded');
      assert.deepEqual(errors, []);
      await close();
    });

    test('provider buttons: a well-known name in its brand spelling, a label as given', async () => {
      const { page, errors, close } = await open('/login');
      await page.getByRole('button', { name: 'Sign in with GitHub', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Sign in with Google Workspace', exact: true }).waitFor();
      assert.deepEqual(errors, []);
      await close();
    });

    test("a provider error shows in the form and reaches the app's auth-error handler", async () => {
      const { page, errors, close } = await open('/login');
      await signIn(page, { email: USER.email, password: 'wrong' });
      await page.locator('auth-login [part~="error-message"]', { hasText: WRONG }).waitFor();
      await page.locator('#app-error', { hasText: `login: ${WRONG}` }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/login');
      assert.deepEqual(errors, []);
      await close();
    });

    test('the <auth-guard> route sends a signed-out user to /login?to=… and back after login', async () => {
      const { page, errors, close } = await open('/dashboard');
      await at(page, '/login', { to: '/dashboard' });
      assert.equal(await page.locator('#dashboard').count(), 0, 'guarded content rendered while signed out');
      await setMarker(page);
      await signIn(page);
      await at(page, '/dashboard');
      await page.locator('#dashboard').waitFor();
      assert.equal(await marker(page), 1, 'the page was reloaded');
      assert.deepEqual(errors, []);
      await close();
    });

    test('the router-guarded route (built on store.checkAuth) does the same', async () => {
      const { page, errors, close } = await open('/account');
      await at(page, '/login', { to: '/account' });
      assert.equal(await page.locator('#account').count(), 0);
      await setMarker(page);
      await signIn(page);
      await at(page, '/account');
      await page.locator('#account').waitFor();
      assert.equal(await marker(page), 1, 'the page was reloaded');
      assert.deepEqual(errors, []);
      await close();
    });

    test('logout signs out, routes to /login, and the guard closes again', async () => {
      const { page, errors, close } = await open('/login');
      await signIn(page);
      await status(page, 'authenticated');
      await setMarker(page);
      await page.locator('header auth-logout button').click();
      await at(page, '/login');
      await status(page, 'unauthenticated');
      await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
      await at(page, '/login', { to: '/dashboard' });
      assert.equal(await marker(page), 1, 'the page was reloaded');
      assert.equal(await page.evaluate(() => localStorage.getItem('auth')), null);
      assert.deepEqual(errors, []);
      await close();
    });

    test('update password (auth-redirect cancelled by the app) routes to /login without a page load', async () => {
      const { page, errors, close } = await open('/update-password?token=abc');
      const passwords = page.locator('auth-update-password input[type="password"]');
      await passwords.first().waitFor();
      await at(page, '/update-password'); // the element removed the token from the address bar
      await setMarker(page);
      for (const input of await passwords.all()) await input.fill('n3w-passw0rd!');
      await passwords.first().press('Enter');
      await at(page, '/login');
      assert.equal(await marker(page), 1, 'the page was reloaded');
      assert.deepEqual(errors, []);
      await close();
    });

    test('every element is used and upgraded', async () => {
      const { page, errors, close } = await open('/');
      const routes = [
        ['/login', 'auth-login'],
        ['/register', 'auth-register'],
        ['/forgot-password', 'auth-forgot-password'],
        ['/update-password?token=t', 'auth-update-password'],
        ['/', 'auth-notifications'],
      ];
      for (const [path, tag] of routes) {
        await page.goto(server.url + path);
        await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot != null, tag);
      }
      // Signed in, so that the guard stays (signed out it redirects before it can be seen).
      await page.goto(server.url + '/login');
      await signIn(page);
      await at(page, '/');
      await page.goto(server.url + '/dashboard');
      await page.locator('#dashboard').waitFor();
      for (const selector of ['auth-guard', 'header auth-logout', '#dashboard auth-logout']) {
        await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot != null, selector);
      }
      assert.deepEqual(errors, []);
      await close();
    });
  });
}
