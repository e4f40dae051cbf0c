// Signing in without a password on the demo's /login, in headless Chromium against the real
// server: a code e-mailed by better-auth's emailOTP plugin, a link from its magicLink plugin, and
// (two-factor demo user) the second step continuing in place. E-mails are read from the outbox.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertText, launchBrowser, startTestServer } from './helpers.mjs';
import { newestMail, outbox, totpNow } from './factors-harness.mjs';

describe('passwordless sign-in on /login', { timeout: 120_000 }, () => {
  let server;
  let chrome;
  before(async () => {
    [server, chrome] = await Promise.all([startTestServer({ twoFactorDemoUser: true }), launchBrowser()]);
  });
  after(async () => {
    await chrome?.close();
    await server?.stop();
  });

  const login = (page) => page.locator('auth-login');
  const title = (page) => page.locator('auth-login [part="title"]');
  const status = (page) => page.locator('auth-login [part="status"]');
  const error = (page) => page.locator('auth-login [part="error-message"]');

  async function dashboardShows(page, email) {
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await assertText(page.locator('demo-identity [data-field="email"]'), email);
  }

  test('with a code sent by e-mail: a wrong code is refused, the right one signs in', async () => {
    const { page, problems, blocked } = await chrome.newPage(server.url);
    const email = server.demoUser.email;
    await page.goto('/login');
    await login(page).locator('input[name="email"]').fill(email);
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/auth/email-otp/send-verification-otp'));
    await login(page).locator('[part="login-code-button"]').click();
    assert.equal((await sent).status(), 200);
    await assertText(title(page), 'Enter your sign-in code');
    await assertText(status(page), `If an account exists for ${email}, a sign-in code is on its way. Check your inbox.`);
    const field = login(page).locator('input[name="code"]');
    assert.equal(await field.getAttribute('autocomplete'), 'one-time-code');
    assert.equal(await field.evaluate((input) => input === document.activeElement), true, 'the code field has focus');

    const { code } = await newestMail(server.url, email, /sign-in code/);
    assert.match(code, /^\d{6}$/);
    const wrong = code === '000000' ? '111111' : '000000';
    // A complete code submits itself: no click.
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in/email-otp'));
    await field.fill(wrong);
    assert.equal((await refused).status(), 400);
    await assertText(error(page), 'This code is wrong or has expired. Check it, or ask for a new one.');
    assert.equal(new URL(page.url()).pathname, '/login');

    await field.fill(code);
    await dashboardShows(page, email);
    assert.deepEqual(problems, []);
    assert.deepEqual(blocked, []);
  });

  test('an unknown address gets the same code step, and no e-mail is sent', async () => {
    const { page, problems } = await chrome.newPage(server.url);
    const before = (await outbox(server.url)).length;
    await page.goto('/login');
    await login(page).locator('input[name="email"]').fill('nobody@example.com');
    await login(page).locator('[part="login-code-button"]').click();
    await assertText(status(page), 'If an account exists for nobody@example.com, a sign-in code is on its way. Check your inbox.');
    assert.equal(await error(page).count(), 0);
    assert.equal((await outbox(server.url)).length, before);
    assert.deepEqual(problems, []);
  });

  test('with a magic link: the same words for any address; the link signs in at ?to=, and works once', async () => {
    const { page, problems, blocked } = await chrome.newPage(server.url);
    const email = server.demoUser.email;

    // An address without an account: the same status, word for word.
    await page.goto('/login?to=%2Fdashboard%3Ffrom%3Dlink');
    await login(page).locator('input[name="email"]').fill('nobody@example.com');
    await login(page).locator('[part="magic-link-button"]').click();
    await assertText(title(page), 'Check your inbox');
    const unknown = (await status(page).textContent()).trim();
    assert.equal(unknown, 'If an account exists for nobody@example.com, a sign-in link is on its way. Open it to sign in.');
    assert.equal(await error(page).count(), 0);

    await login(page).locator('[part="back-button"]').click();
    const address = login(page).locator('input[name="email"]');
    assert.equal(await address.inputValue(), 'nobody@example.com', 'back keeps the address');
    await address.fill(email);
    await login(page).locator('[part="magic-link-button"]').click();
    await assertText(status(page), unknown.replace('nobody@example.com', email));

    const mail = await newestMail(server.url, email, /sign-in link/);
    const link = new URL(mail.url);
    assert.equal(link.origin, server.url);
    assert.equal(link.searchParams.get('callbackURL'), `${server.url}/dashboard?from=link`);
    await page.goto(mail.url);
    await dashboardShows(page, email);
    assert.equal(new URL(page.url()).search, '?from=link');

    // Used once: opened again (another browser), it lands on /login saying why.
    const other = await chrome.newPage(server.url);
    await other.page.goto(mail.url);
    await other.page.waitForURL((url) => url.pathname === '/login');
    await assertText(other.page.locator('auth-login [part="error-message"]'), 'This link has expired or was already used. Ask for a new one.');
    await other.page.waitForURL((url) => !url.searchParams.has('auth_error'));
    assert.deepEqual(problems, []);
    assert.deepEqual(other.problems, []);
    assert.deepEqual(blocked, []);
  });

  test('the two-factor user continues in place on /login with an authenticator code', async () => {
    const { page, problems, blocked } = await chrome.newPage(server.url);
    const user = server.twoFactorUser;
    await page.goto('/login?to=%2Fdashboard%3Ffrom%3D2fa');
    await login(page).locator('input[name="email"]').fill(user.email);
    await login(page).locator('input[name="password"]').fill(user.password);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in/email'));
    await login(page).locator('[data-part="submit"]').click();
    assert.equal((await answer).status(), 200);

    // The same card asks for the second factor: no error, the password form gone, focus on the code.
    const step = page.locator('auth-login > auth-two-factor[slot="challenge"]');
    const code = step.locator('input[name="code"]');
    await code.waitFor();
    assert.equal(await code.evaluate((input) => input === document.activeElement), true, 'focus on the code');
    assert.equal(await login(page).locator('input[name="password"]').count(), 0);
    assert.equal(await error(page).count(), 0);
    assert.equal(new URL(page.url()).pathname, '/login');

    // "Back" returns to the form with the address; signing in again asks again.
    await step.locator('[part~="back-button"]').click();
    const address = login(page).locator('input[name="email"]');
    await address.waitFor();
    assert.equal(await address.inputValue(), user.email);
    await login(page).locator('input[name="password"]').fill(user.password);
    await login(page).locator('[data-part="submit"]').click();
    await code.waitFor();

    await code.fill(totpNow(user.totpSecret));
    await dashboardShows(page, user.email);
    assert.equal(new URL(page.url()).search, '?from=2fa');
    assert.deepEqual(problems, []);
    assert.deepEqual(blocked, []);
  });
});
