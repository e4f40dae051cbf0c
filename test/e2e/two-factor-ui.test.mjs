// <auth-two-factor> in headless Chromium against the real server (better-auth's twoFactor
// plugin on a fresh SQLite file), driven as a person would: the two-factor demo user signs in
// on /login, and finishes on /two-factor with an authenticator code (computed here with a TOTP
// library), an e-mailed code (read from the outbox) or a backup code.
//
// How the browser gets to /two-factor: `<auth-login>` does not (yet) continue into the second
// step in place, so after the sign-in answers better-auth's `twoFactorRedirect` the test opens
// /two-factor itself — what an app whose backend redirects there does. better-auth's
// half-finished sign-in lives in a cookie, so the page on its own (no challenge in its store)
// offers its `methods` and verifies against that cookie.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import * as OTPAuth from 'otpauth';
import { assertText, freshDataDir, launchBrowser, startServerProcess, startTestServer } from './helpers.mjs';
import { newestMail, outbox, totpNow, wrongTotp } from './factors-harness.mjs';

const el = 'auth-two-factor';
const codeInput = (page) => page.locator(`${el} input[name="code"]`);
const errorMessage = (page) => page.locator(`${el} [part~="error-message"]`);
const methodButton = (page, method) => page.locator(`${el} [part~="method-button"][data-method="${method}"]`);

describe('<auth-two-factor> against the demo server', { timeout: 180_000 }, () => {
  let server;
  let chrome;
  let user;
  before(async () => {
    [server, chrome] = await Promise.all([startTestServer({ twoFactorDemoUser: true }), launchBrowser()]);
    user = server.twoFactorUser;
  });
  after(async () => {
    await chrome?.close();
    await server?.stop();
  });

  /** A fresh browser (own cookies) on the server, with its page-error and CSP records. */
  const open = () => chrome.newPage(server.url);

  /** Signs in with the password on /login; the server answers that a second factor is due. Then /two-factor. */
  async function firstStep(page) {
    await page.goto('/login');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in/email'));
    await page.locator('auth-login input[name="email"]').fill(user.email);
    await page.locator('auth-login input[name="password"]').fill(user.password);
    await page.locator('auth-login [data-part="submit"]').click();
    const body = await (await answer).json();
    assert.equal(body.twoFactorRedirect, true, 'the server asks for the second factor');
    // No session yet: the dashboard's guard still sends the browser to sign in.
    await page.goto('/two-factor');
    await codeInput(page).waitFor();
  }

  /** The guarded dashboard shows the two-factor user: really signed in. */
  async function assertOnDashboard(page) {
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await assertText(page.locator('demo-identity [data-field="email"]'), user.email);
  }

  function assertClean({ problems, blocked }) {
    assert.deepEqual(problems, []);
    assert.deepEqual(blocked, []);
  }

  test('the page offers the three methods; an authenticator code pasted as a whole signs in', async () => {
    const opened = await open();
    const { page } = opened;
    await firstStep(page);
    const input = codeInput(page);
    assert.equal(await input.getAttribute('autocomplete'), 'one-time-code');
    assert.equal(await input.getAttribute('inputmode'), 'numeric');
    assert.deepEqual(await page.locator(`${el} [part~="method-button"]`).evaluateAll((b) => b.map((x) => x.dataset.method)), ['otp', 'backup-code']);
    const code = totpNow(user.totpSecret);
    // A paste of the authenticator's "123 456", with words around it: one paste, no button press.
    const verify = page.waitForResponse((r) => r.url().endsWith('/api/auth/two-factor/verify-totp'));
    await input.evaluate((node, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      node.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, `Code: ${code.slice(0, 3)} ${code.slice(3)}`);
    assert.equal((await verify).status(), 200);
    await assertOnDashboard(page);
    assertClean(opened);
  });

  test('a wrong code shows the error and keeps the code selected; the right one then signs in', async () => {
    const opened = await open();
    const { page } = opened;
    await firstStep(page);
    await codeInput(page).fill(wrongTotp(user.totpSecret));
    await assertText(errorMessage(page), 'This code is wrong or has expired. Check it, or ask for a new one.');
    assert.equal(new URL(page.url()).pathname, '/two-factor');
    const selection = await codeInput(page).evaluate((node) => [document.activeElement === node, node.selectionStart, node.selectionEnd]);
    assert.deepEqual(selection, [true, 0, 6]);
    // Typing replaces the selected code.
    await page.keyboard.type(totpNow(user.totpSecret));
    await assertOnDashboard(page);
    assertClean(opened);
  });

  test('a code by e-mail: sent when chosen, read from the outbox; "send again" waits its cooldown', async () => {
    const opened = await open();
    const { page } = opened;
    await firstStep(page);
    const before = (await outbox(server.url)).length;
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/auth/two-factor/send-otp'));
    await methodButton(page, 'otp').click();
    assert.equal((await sent).status(), 200);
    await assertText(page.locator(`${el} [part~="status"]`), 'A code is on its way. Check your inbox.');
    assert.equal((await outbox(server.url)).length, before + 1);
    const resend = page.locator(`${el} [part~="resend-button"]`);
    assert.equal(await resend.isDisabled(), true);
    assert.match((await resend.textContent()).trim(), /^Send again in \d+ s$/);
    const { code } = await newestMail(server.url, user.email, /verification code/);
    await codeInput(page).fill(code);
    await assertOnDashboard(page);
    assertClean(opened);
  });

  test('a backup code signs in once; the same code then no longer works', async () => {
    const code = user.backupCodes[0];
    const first = await open();
    await firstStep(first.page);
    await methodButton(first.page, 'backup-code').click();
    assert.equal(await codeInput(first.page).getAttribute('inputmode'), 'text');
    await codeInput(first.page).fill(code);
    // Not sent by itself: a backup code has no fixed length.
    await first.page.locator(`${el} [data-part="submit"]`).click();
    await assertOnDashboard(first.page);
    assertClean(first);

    const second = await open();
    await firstStep(second.page);
    await methodButton(second.page, 'backup-code').click();
    await codeInput(second.page).fill(code);
    await second.page.locator(`${el} [data-part="submit"]`).click();
    await assertText(errorMessage(second.page), 'This backup code is wrong or was already used.');
    assert.equal(new URL(second.page.url()).pathname, '/two-factor');
    // "Back" leaves the half-finished sign-in for the login page.
    await second.page.locator(`${el} [part~="back-button"]`).click();
    await second.page.waitForURL((url) => url.pathname === '/login');
    assertClean(second);
  });

  test('"trust this device" skips the second step at the next sign-in', async () => {
    const opened = await open();
    const { page } = opened;
    await firstStep(page);
    await page.locator(`${el} input[name="trustDevice"]`).check();
    await methodButton(page, 'backup-code').click();
    await codeInput(page).fill(user.backupCodes[1]);
    const verify = page.waitForResponse((r) => r.url().endsWith('/api/auth/two-factor/verify-backup-code'));
    await page.locator(`${el} [data-part="submit"]`).click();
    assert.equal(JSON.parse((await verify).request().postData()).trustDevice, true);
    await assertOnDashboard(page);

    await page.locator('auth-logout').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    const secondSteps = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/auth/two-factor/')) secondSteps.push(request.url());
    });
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in/email'));
    await page.locator('auth-login input[name="email"]').fill(user.email);
    await page.locator('auth-login input[name="password"]').fill(user.password);
    await page.locator('auth-login [data-part="submit"]').click();
    assert.equal((await answer).status(), 200);
    // Straight to the dashboard: a two-factor answer would have left <auth-login> on /login.
    await assertOnDashboard(page);
    assert.deepEqual(secondSteps, [], 'no second step on this device');
    assertClean(opened);
  });
});

test('`npm start` has the two-factor demo user: printed with its authenticator secret, named on /two-factor', { timeout: 120_000 }, async () => {
  const dataDir = await freshDataDir();
  const child = startServerProcess({ dataDir });
  try {
    const url = await child.ready;
    // The last line of the start-up banner: everything before it is printed by then.
    const out = await child.waitForOutput(/demo IdP: .+\n/);
    assert.match(out, /backup codes \(each works once\): (\S+ ){9}\S+\n/);
    assert.match(out, /two-factor user: two-factor@example\.com \/ \S+/);
    const secret = /authenticator app secret: ([A-Z2-7]+=*)/.exec(out)?.[1];
    assert.ok(secret, 'the TOTP secret is printed');
    // The printed secret is a working one: the URI printed beside it carries the same secret.
    const uri = /\(or the URI (otpauth:\/\/\S+)\)/.exec(out)?.[1];
    assert.equal(OTPAuth.URI.parse(uri).secret.base32, secret);
    const page = await fetch(new URL('/two-factor', url));
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<auth-two-factor login-link="\/login" trust-device><\/auth-two-factor>/);
    assert.match(html, /<code>two-factor@example\.com<\/code>/);
    assert.doesNotMatch(html, new RegExp(secret));
  } finally {
    await child.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
