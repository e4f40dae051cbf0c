// <auth-sessions> in headless Chromium against the real server (better-auth on a fresh SQLite
// file), driven as a person would: one user signs in on /login from several browser contexts
// (each its own cookies: several "devices"); on /account the first one sees them all, this one
// marked, and signs the others out; their next check of the session lands on /login.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { apiClient, assertText, withServerAndBrowser } from './helpers.mjs';

// Real browsers, a real server and scrypt hashes: room for a busy machine.
const TIMEOUT = 180_000;

let server;
let chrome;
withServerAndBrowser({}, (started, browser) => {
  [server, chrome] = [started, browser];
});

const el = 'auth-sessions';
const sessionRows = (page) => page.locator(`${el} [part~="session"]`);

let counter = 0;
/** A fresh account (created through the API: the test server does not ask for a confirmed address). */
async function newUser() {
  counter += 1;
  const email = `sessions-${counter}-${Date.now()}@example.com`;
  const password = `sessions-password-${counter}`;
  const api = apiClient(server.url);
  const created = await api.signUp(email, password, `Sessions ${counter}`);
  assert.equal(created.status, 200, created.text);
  // Signing up signed this client in: end that session, so only the browsers' are listed.
  assert.equal((await api.signOut()).status, 200);
  return { email, password };
}

/** A new "device" (its own browser context), signed in as `user` through /login. */
async function signedInDevice(user) {
  const opened = await chrome.newPage(server.url);
  const { page } = opened;
  await page.goto('/login');
  await page.locator('auth-login input[name="email"]').fill(user.email);
  await page.locator('auth-login input[name="password"]').fill(user.password);
  await page.locator('auth-login [data-part="submit"]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
  return opened;
}

/** Opens /account and waits for `count` sessions in the list. */
async function accountPage(page, count) {
  await page.goto('/account');
  await sessionRows(page).nth(count - 1).waitFor();
  await page.locator(`${el} [part~="list"][aria-busy="false"]`).waitFor();
  assert.equal(await sessionRows(page).count(), count);
}

/** Waits until the list shows `count` sessions (rows after it detached, the reload done). */
async function rowsLeft(page, count) {
  await sessionRows(page).nth(count).waitFor({ state: 'detached' });
  await page.locator(`${el} [part~="list"][aria-busy="false"]`).waitFor();
  assert.equal(await sessionRows(page).count(), count);
}

/** The device's next look at its session (the dashboard's guard asks the server) lands on /login. */
async function assertSignedOut(page) {
  await page.goto('/dashboard');
  await page.waitForURL((url) => url.pathname === '/login');
  assert.equal(new URL(page.url()).searchParams.get('to'), '/dashboard');
}

function assertClean(...opened) {
  for (const { problems, blocked } of opened) {
    assert.deepEqual(problems, []);
    assert.deepEqual(blocked, []);
  }
}

describe('<auth-sessions> on /account against the demo server', () => {
  test('two devices: A lists both with its own marked, signs B out; B’s next check lands on /login', { timeout: TIMEOUT }, async () => {
    const user = await newUser();
    const a = await signedInDevice(user);
    const b = await signedInDevice(user);

    await accountPage(a.page, 2);
    const rows = sessionRows(a.page);
    // This device first, marked, with no sign-out button of its own.
    const mine = rows.nth(0);
    assert.equal(await mine.getAttribute('part'), 'session current-session');
    await assertText(mine.locator('[part~="current-badge"]'), 'This device');
    assert.equal(await mine.locator('[part~="revoke-button"]').count(), 0);
    // Headless Chromium on Linux, by its user agent; when it was last active, in words.
    await assertText(mine.locator('[part~="device"]'), 'Chrome on Linux');
    await assertText(rows.nth(1).locator('[part~="device"]'), 'Chrome on Linux');
    assert.match(await rows.nth(1).locator('[part~="last-active"]').textContent(), /^Last active (now|\d+ seconds? ago|\d+ minutes? ago)$/);
    assert.equal(await rows.nth(1).getAttribute('part'), 'session');

    // Keyboard: focus B's button, press Enter.
    const revoke = a.page.locator(`${el} [part~="revoke-button"]`);
    assert.equal(await revoke.count(), 1);
    await revoke.focus();
    await a.page.keyboard.press('Enter');
    await assertText(a.page.locator(`${el} [part~="status"]`), 'That session is signed out.');
    await rowsLeft(a.page, 1);
    // The button's row is gone; focus went to the list, not to the page's body.
    assert.equal(await a.page.locator(`${el} [part~="list"]`).evaluate((list) => list.getRootNode().activeElement === list), true);
    assert.equal(await a.page.locator(`${el} [part~="revoke-others-button"]`).count(), 0);

    await assertSignedOut(b.page);

    // A is still signed in, and the list fetched afresh has only A.
    await accountPage(a.page, 1);
    assert.equal(await sessionRows(a.page).nth(0).getAttribute('part'), 'session current-session');
    assertClean(a, b);
  });

  test('three devices: "sign out of all other sessions" signs out both others, A stays', { timeout: TIMEOUT }, async () => {
    const user = await newUser();
    const a = await signedInDevice(user);
    const b = await signedInDevice(user);
    const c = await signedInDevice(user);

    await accountPage(a.page, 3);
    assert.equal(await a.page.locator(`${el} [part~="revoke-button"]`).count(), 2);
    const revokeAnswer = a.page.waitForResponse((r) => r.url().endsWith('/api/auth/revoke-other-sessions'));
    await a.page.locator(`${el} [part~="revoke-others-button"]`).click();
    assert.equal((await revokeAnswer).status(), 200);
    await assertText(a.page.locator(`${el} [part~="status"]`), 'All other sessions are signed out.');
    await rowsLeft(a.page, 1);
    assert.equal(await a.page.locator(`${el} [part~="revoke-others-button"]`).count(), 0);

    await assertSignedOut(b.page);
    await assertSignedOut(c.page);
    await accountPage(a.page, 1);
    assertClean(a, b, c);
  });
});
