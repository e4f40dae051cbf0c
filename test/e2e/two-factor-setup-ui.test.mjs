// <auth-two-factor-setup> in headless Chromium against the real server (better-auth's twoFactor
// plugin on a fresh SQLite file), driven as a person would: a fresh user turns two-factor
// authentication on from /account by reading the key off the page (the TOTP is computed here with
// the `otpauth` library), signing in then asks for a code in place on /login, and turning it off
// again makes the password enough. Playwright's CSS locators pierce the elements' shadow roots.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as OTPAuth from 'otpauth';
import { apiClient, assertText, withServerAndBrowser } from './helpers.mjs';

const el = 'auth-two-factor-setup';
const setup = (page, name) => page.locator(`${el} [part~="${name}"]`);
const setupInput = (page, name) => page.locator(`${el} input[name="${name}"]`);

let server;
let chrome;
withServerAndBrowser({}, (started, browser) => {
  [server, chrome] = [started, browser];
});

/** The code an authenticator app holding `secret` (base32) shows now. */
const totp = (secret) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();

/** Signs in on /login with the password; resolves once the form was sent. */
async function signIn(page, email, password) {
  await page.goto('/login');
  await page.locator('auth-login input[name="email"]').fill(email);
  await page.locator('auth-login input[name="password"]').fill(password);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in/email'));
  await page.locator('auth-login [data-part="submit"]').click();
  assert.equal((await answer).status(), 200);
}

async function signOut(page) {
  await page.locator('auth-logout').getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
}

describe('<auth-two-factor-setup> on /account against the demo server', () => {
  test('a fresh user turns two-factor on from the page’s key; sign-in then asks for a code; turning it off makes the password enough', { timeout: 180_000 }, async () => {
    const email = `setup-${Date.now()}@example.com`;
    const password = 'setup-password-1';
    assert.equal((await apiClient(server.url).signUp(email, password, 'Setup User')).status, 200);

    const { page, problems, blocked } = await chrome.newPage(server.url);
    await signIn(page, email, password);
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await page.goto('/account');

    // Off at first (the identity's twoFactorEnabled is false): "Turn on" asks the password.
    await setup(page, 'enable-button').click();
    const passwordInput = setupInput(page, 'password');
    assert.equal(await passwordInput.getAttribute('autocomplete'), 'current-password');
    await passwordInput.fill(password);
    const enabled = page.waitForResponse((r) => r.url().endsWith('/api/auth/two-factor/enable'));
    await page.locator(`${el} [data-part="submit"]`).click();
    assert.equal((await enabled).status(), 200);

    // The scan step: a QR code (SVG, named) and the key written out.
    const qr = setup(page, 'qr');
    await qr.waitFor();
    assert.equal(await qr.getAttribute('aria-label'), 'QR code for your authenticator app');
    assert.equal(await qr.evaluate((node) => node.localName), 'svg');
    const secret = (await setup(page, 'secret').textContent()).replace(/\s+/g, '');
    assert.match(secret, /^[A-Z2-7]{16,}$/);

    // Not on before a first code: another browser still signs in with the password alone.
    const probe = apiClient(server.url);
    const early = await probe.signIn(email, password);
    assert.equal(early.status, 200);
    assert.notEqual(early.json?.twoFactorRedirect, true);

    const code = setupInput(page, 'code');
    assert.equal(await code.getAttribute('autocomplete'), 'one-time-code');
    const verified = page.waitForResponse((r) => r.url().endsWith('/api/auth/two-factor/verify-totp'));
    // A whole code submits by itself.
    await code.fill(totp(secret));
    assert.equal((await verified).status(), 200);

    // Backup codes, shown once; the downloaded file holds them.
    await assertText(setup(page, 'status'), 'Two-factor authentication is on.');
    const codes = (await setup(page, 'code').allTextContents()).map((text) => text.trim());
    assert.equal(codes.length, 10);
    // A real download under the demo's strict CSP (a blob: link: no fetch, no inline anything).
    const download = page.waitForEvent('download');
    await setup(page, 'download-link').click();
    const saved = await download;
    assert.equal(saved.suggestedFilename(), 'backup-codes.txt');
    const file = await readFile(await saved.path(), 'utf8');
    for (const backup of codes) assert.ok(file.includes(backup), `the file holds ${backup}`);
    await setup(page, 'done-button').click();
    await setup(page, 'regenerate-button').waitFor();

    // On a fresh load the identity (better-auth's user) says it is on.
    await page.reload();
    await setup(page, 'disable-button').waitFor();
    assert.equal(await setup(page, 'enable-button').count(), 0);

    // Signing in now stops at the second factor, in place on /login, and a computed TOTP passes.
    await signOut(page);
    await signIn(page, email, password);
    const second = page.locator('auth-login auth-two-factor input[name="code"]');
    await second.waitFor();
    assert.equal(new URL(page.url()).pathname, '/login');
    await second.fill(totp(secret));
    await page.waitForURL((url) => url.pathname === '/dashboard');

    // Turn it off on /account (the password again).
    await page.goto('/account');
    await setup(page, 'disable-button').click();
    await setupInput(page, 'password').fill(password);
    const disabled = page.waitForResponse((r) => r.url().endsWith('/api/auth/two-factor/disable'));
    await page.locator(`${el} [data-part="submit"]`).click();
    assert.equal((await disabled).status(), 200);
    await assertText(setup(page, 'status'), 'Two-factor authentication is off.');
    await setup(page, 'enable-button').waitFor();

    // The password alone signs in again.
    await signOut(page);
    await signIn(page, email, password);
    await page.waitForURL((url) => url.pathname === '/dashboard');
    assert.equal(await page.locator('auth-two-factor').count(), 0);

    assert.deepEqual(problems, []);
    assert.deepEqual(blocked, []);
  });

  test('a wrong password and a wrong first code are shown; two-factor stays off', { timeout: 180_000 }, async () => {
    const email = `setup-wrong-${Date.now()}@example.com`;
    const password = 'setup-password-2';
    assert.equal((await apiClient(server.url).signUp(email, password, 'Wrong User')).status, 200);
    const { page, problems, blocked } = await chrome.newPage(server.url);
    await signIn(page, email, password);
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await page.goto('/account');

    await setup(page, 'enable-button').click();
    await setupInput(page, 'password').fill('not-the-password');
    await page.locator(`${el} [data-part="submit"]`).click();
    await assertText(setup(page, 'error-message'), 'This password is not correct.');

    await setupInput(page, 'password').fill(password);
    await page.locator(`${el} [data-part="submit"]`).click();
    const secret = (await setup(page, 'secret').textContent()).replace(/\s+/g, '');
    const otp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    const valid = new Set([-2, -1, 0, 1, 2].map((w) => otp.generate({ timestamp: Date.now() + w * 30_000 })));
    let wrong = '000000';
    for (let n = 0; valid.has(wrong); n++) wrong = String(n).padStart(6, '0');
    await setupInput(page, 'code').fill(wrong);
    await assertText(setup(page, 'error-message'), 'This code is wrong or has expired. Check it, or ask for a new one.');
    const selected = await setupInput(page, 'code').evaluate((node) => [document.activeElement === node, node.selectionStart, node.selectionEnd]);
    assert.deepEqual(selected, [true, 0, 6]);

    // Still off: a sign-in elsewhere needs only the password.
    const other = await apiClient(server.url).signIn(email, password);
    assert.equal(other.status, 200);
    assert.notEqual(other.json?.twoFactorRedirect, true);
    assert.deepEqual(problems, []);
    assert.deepEqual(blocked, []);
  });
});
