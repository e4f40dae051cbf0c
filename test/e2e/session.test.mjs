// The session stays true across tabs, back/forward, time and the network: two (or three) pages
// in ONE browser context (shared cookies, one BroadcastChannel space), driven through the kit's
// own elements over a cookie-session API (session-fixture/). Every wait is on a condition.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/find-browser.mjs';
import { startSessionServer } from './session-fixture/server.mjs';

let server;
let browser;
before(async () => {
  server = await startSessionServer({
    apps: { '': {}, '/a': { channel: 'app-a' }, '/b': { channel: 'app-b' } },
  });
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: chromiumArgs,
    headless: true,
    // Playwright turns the back/forward cache off by default; the Back test needs the real thing.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A browser context (one cookie jar, one BroadcastChannel space) and a way to open tabs in it. */
async function newContext() {
  const context = await browser.newContext({ baseURL: server.url });
  context.setDefaultTimeout(15_000);
  const problems = [];
  const tab = async (path) => {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    if (path) await page.goto(path);
    return page;
  };
  return { context, tab, problems };
}

async function signIn(page, password = 'right') {
  await page.locator('auth-login input[name="email"]').fill('jane@example.com');
  await page.locator('auth-login input[name="password"]').fill(password);
  await page.locator('auth-login [data-part="submit"]').click();
}

const path = (page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};
const signedInTabs = async (tab, app, count) => {
  const first = await tab(`${app}/login`);
  await signIn(first);
  await first.waitForURL((url) => url.pathname === `${app}/home`);
  const pages = [first];
  for (let i = 1; i < count; i += 1) pages.push(await tab());
  for (const page of pages) {
    await page.goto(`${app}/dashboard`);
    await page.locator('#secret').waitFor();
  }
  return pages;
};

test('logout in one tab: the other tab’s guard closes and it lands on the login page, no reload', async () => {
  const { context, tab, problems } = await newContext();
  const [a, b] = await signedInTabs(tab, '', 2);
  // Gone from the page B showed, before and regardless of any navigation: recorded as it happens.
  await b.evaluate(() => {
    const w = window;
    w.secretRemovedAt = null;
    new MutationObserver(() => {
      if (!document.querySelector('#secret') && w.secretRemovedAt === null) w.secretRemovedAt = location.pathname;
    }).observe(document.body, { childList: true, subtree: true });
  });

  await a.locator('auth-logout [part="button"]').click();
  await a.waitForURL((url) => url.pathname === '/login');
  await b.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('to') === '/dashboard');
  await b.locator('auth-login input[name="password"]').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the guard closes before the redirect: B’s content is removed while B is still on the dashboard', async () => {
  const { context, tab } = await newContext();
  const [a, b] = await signedInTabs(tab, '', 2);
  // Keep B on the page: cancel the guard's redirect, so what remains is the closed guard.
  await b.evaluate(() => document.addEventListener('auth-redirect', (event) => event.preventDefault()));
  await a.locator('auth-logout [part="button"]').click();
  await b.waitForFunction(() => document.querySelector('auth-guard')?.getAttribute('state') === 'denied');
  assert.equal(await b.locator('#secret').count(), 0);
  assert.equal(path(b), '/dashboard');
  assert.equal(await b.evaluate(() => window.authStore.state.status), 'unauthenticated');
  await context.close();
});

test('sign-in in one tab: the other tab’s login page follows its ?to= return path', async () => {
  const { context, tab, problems } = await newContext();
  const b = await tab('/dashboard');
  await b.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('to') === '/dashboard');
  await b.locator('auth-login input[name="password"]').waitFor();
  const a = await tab('/login');
  await signIn(a);
  await a.waitForURL((url) => url.pathname === '/home');
  await b.waitForURL((url) => url.pathname === '/dashboard');
  await b.locator('#secret').waitFor();

  // Without a return path the follower goes home, as a login would.
  await b.locator('auth-logout [part="button"]').click();
  await b.waitForURL((url) => url.pathname === '/login');
  const c = await tab('/login');
  await signIn(b);
  await b.waitForURL((url) => url.pathname === '/home');
  await c.waitForURL((url) => url.pathname === '/home');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two stores with different channels on one origin do not hear each other', async () => {
  const { context, tab } = await newContext();
  const [a, control] = await signedInTabs(tab, '/a', 2);
  const b = await tab('/b/dashboard');
  await b.locator('#secret').waitFor();
  const bChecks = () => server.hits.filter((h) => h.page === '/b/dashboard' && h.path === '/api/session').length;
  const before = bChecks();

  await a.locator('auth-logout [part="button"]').click();
  // The control tab shares app A's channel: it hears, re-checks and is sent to A's login page.
  await control.waitForURL((url) => url.pathname === '/a/login' && url.searchParams.get('to') === '/a/dashboard');
  // B, on channel app-b, heard nothing: no check was made, its guard is still open.
  assert.equal(bChecks(), before);
  assert.equal(await b.evaluate(() => window.authStore.channel), 'app-b');
  assert.equal(await b.locator('auth-guard').getAttribute('state'), 'allowed');
  assert.equal(path(b), '/b/dashboard');

  // And B does listen on its own channel: a sign-out from another app-b tab reaches it.
  const b2 = await tab('/b/other');
  await b2.locator('auth-logout [part="button"]').click();
  await b.waitForURL((url) => url.pathname === '/b/login' && url.searchParams.get('to') === '/b/dashboard');
  await context.close();
});

test('Back after logout does not show the guarded content: the restored page re-checks first', async () => {
  const { context, tab } = await newContext();
  const [page] = await signedInTabs(tab, '', 1);
  // Leave the dashboard (open guard) for a page of the same app, and sign out there.
  await page.locator('#to-other').click();
  await page.waitForURL((url) => url.pathname === '/other');
  await page.locator('auth-logout [part="button"]').click();
  await page.waitForURL((url) => url.pathname === '/login');

  // A bfcache restore fires no `load`: wait for the commit only.
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForURL((url) => url.pathname === '/other', { waitUntil: 'commit' });
  await page.goBack({ waitUntil: 'commit' });
  // The dashboard is restored from the bfcache and its guard's re-check sends it to the login page.
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('to') === '/dashboard');
  const shows = await page.evaluate(() => JSON.parse(sessionStorage.getItem('pageshows')));
  const restored = shows.filter((s) => s.path === '/dashboard' && s.persisted);
  assert.equal(restored.length, 1, `the dashboard came back from the bfcache: ${JSON.stringify(shows)}`);
  assert.equal(restored[0].secret, false, 'the guarded content was gone when the page was shown again');
  assert.notEqual(restored[0].guard, 'allowed');
  await context.close();
});

test('a tab that becomes visible after recheckAfter re-checks; a session expired on the server closes its guard', async () => {
  const { context, tab } = await newContext();
  await context.clock.install();
  const [page] = await signedInTabs(tab, '', 1);
  const checks = () => server.hits.filter((h) => h.path === '/api/session').length;
  const showAgain = () =>
    page.evaluate(() => {
      for (const state of ['hidden', 'visible']) {
        Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }
    });
  server.expireAll();

  // Too soon (the default recheckAfter is a minute): nothing is asked, the guard stays open.
  const before = checks();
  await showAgain();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  assert.equal(checks(), before);
  assert.equal(await page.evaluate(() => window.authStore.state.pending.checkAuth), false);
  assert.equal(await page.locator('auth-guard').getAttribute('state'), 'allowed');

  await page.clock.fastForward('01:01');
  await showAgain();
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('to') === '/dashboard');
  await context.close();
});

test('offline: a sign-in fails at once with code "offline"; back online, the kit re-checks', async () => {
  const { context, tab } = await newContext();
  const login = await tab('/login');
  await login.locator('auth-login input[name="password"]').waitFor();
  const logins = () => server.hits.filter((h) => h.path === '/api/login').length;
  const before = logins();
  await context.setOffline(true);
  await signIn(login);
  await login.locator('auth-login [part="error-message"]').filter({ hasText: /\S/ }).waitFor();
  assert.equal(await login.evaluate(() => window.authStore.state.errors.login?.code), 'offline');
  assert.equal(logins(), before, 'no request was attempted');
  await context.setOffline(false);

  // A signed-in dashboard goes offline, the session ends on the server meanwhile; when the
  // browser is back online the kit asks again and the guard closes.
  const [dashboard] = await signedInTabs(tab, '', 1);
  await context.setOffline(true);
  server.expireAll();
  await context.setOffline(false);
  await dashboard.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('to') === '/dashboard');
  await context.close();
});
