// <auth-change-password>, <auth-change-email> and <auth-delete-account> on the demo's /account
// page, in headless Chromium against the real server (better-auth on a fresh SQLite file), driven
// as a person would: each test signs a fresh user up on /register, uses the account page, then
// proves the effect where it shows — the old password refused and the new one accepted on /login,
// the confirmation link from the outbox changing the address the page shows, a deleted account
// refused on /login. Playwright locators pierce shadow roots, so these keep working when the
// elements sit inside another element.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertText, step, submitRegistration, withServerAndBrowser } from './helpers.mjs';
import { newestMail } from './factors-harness.mjs';

// A real browser, a real server and several scrypt hashes per test: room for a busy machine.
const TIMEOUT = 180_000;

let server;
let chrome;
withServerAndBrowser({}, (started, browser) => {
  [server, chrome] = [started, browser];
});

let counter = 0;
/** A fresh address for this run. */
const freshEmail = (what) => `${what}-${(counter += 1)}-${Date.now()}@example.com`;

/** Signs a new user up on /register (the demo signs straight in) and opens /account. */
async function signUpAndOpenAccount(page, email, password) {
  await submitRegistration(page, email, password);
  await page.waitForURL((url) => url.pathname !== '/register');
  await page.goto('/account');
  await page.locator('auth-change-password input[name="currentPassword"]').waitFor();
}

/** Signs in on /login in a fresh browser; resolves to the page once it left /login, or to the error shown. */
async function signIn(email, password) {
  const opened = await chrome.newPage(server.url);
  const { page } = opened;
  await page.goto('/login');
  await page.locator('auth-login input[name="email"]').fill(email);
  await page.locator('auth-login input[name="password"]').fill(password);
  await page.locator('auth-login [data-part="submit"]').click();
  const error = page.locator('auth-login [part~="error-title"]');
  await Promise.race([page.waitForURL((url) => url.pathname !== '/login'), error.waitFor()]);
  const left = new URL(page.url()).pathname !== '/login';
  return { ...opened, left, error: left ? undefined : (await error.textContent()).trim() };
}

/** The focused element's `name` (light DOM: the forms' inputs live there). */
const focusedName = (page) => page.evaluate(() => document.activeElement?.getAttribute('name') ?? null);

function assertClean({ problems, blocked }) {
  assert.deepEqual(problems, []);
  assert.deepEqual(blocked, []);
}

describe('the account forms on /account against the demo server', () => {
  test('change password: a wrong current password is said and focused; then the old password fails on /login and the new one works', { timeout: TIMEOUT }, async () => {
    const opened = await chrome.newPage(server.url);
    const { page } = opened;
    const email = freshEmail('password');
    const [oldPassword, newPassword] = ['first-password-1', 'second-password-2'];
    const form = page.locator('auth-change-password');

    await step('sign up, open /account: the hidden username is the signed-in address', async () => {
      await signUpAndOpenAccount(page, email, oldPassword);
      // The identity loads after the session check: wait for it to reach the field.
      await page.waitForFunction((e) => document.querySelector('auth-change-password input[name="username"]')?.value === e, email);
      assert.equal(await form.locator('input[name="currentPassword"]').getAttribute('autocomplete'), 'current-password');
      assert.equal(await form.locator('input[name="newPassword"]').getAttribute('autocomplete'), 'new-password');
    });

    await step('a wrong current password: the server says so, the field is focused', async () => {
      await form.locator('input[name="currentPassword"]').fill('not-my-password');
      await form.locator('input[name="newPassword"]').fill(newPassword);
      await form.locator('input[name="confirmPassword"]').fill(newPassword);
      await form.locator('[data-part="submit"]').click();
      await assertText(form.locator('[part~="error-title"]'), 'Wrong password');
      await assertText(form.locator('[part~="error-message"]'), 'This password is not correct.');
      assert.equal(await focusedName(page), 'currentPassword');
    });

    await step('the right one: changed, said in the status region, the form emptied', async () => {
      await form.locator('input[name="currentPassword"]').fill(oldPassword);
      await form.locator('[data-part="submit"]').click();
      await assertText(form.locator('[part~="status"]'), 'Your password has been changed.');
      assert.equal((await form.locator('[part~="error"]').textContent()).trim(), '');
      await page.waitForFunction(() => document.querySelector('auth-change-password input[name="currentPassword"]')?.value === '');
      assert.equal(await form.locator('input[name="currentPassword"]').inputValue(), '');
      assert.equal(await form.locator('input[name="newPassword"]').inputValue(), '');
    });

    await step('on /login the old password fails and the new one signs in', async () => {
      const old = await signIn(email, oldPassword);
      assert.equal(old.left, false);
      assert.equal(old.error, 'Sign-in failed');
      assertClean(old);
      const fresh = await signIn(email, newPassword);
      assert.equal(fresh.left, true, `still on /login: ${fresh.error}`);
      assertClean(fresh);
    });
    assertClean(opened);
  });

  test('change e-mail: "a link was sent" as text; after following the link from the outbox the page shows the new address', { timeout: TIMEOUT }, async () => {
    const opened = await chrome.newPage(server.url);
    const { page } = opened;
    const email = freshEmail('moving');
    const newEmail = freshEmail('moved');
    const password = 'moving-password-1';
    const form = page.locator('auth-change-email');

    await step('sign up, open /account: the current address is shown', async () => {
      await signUpAndOpenAccount(page, email, password);
      await assertText(form.locator('[data-part~="current-email-value"]'), email);
      assert.equal(await form.locator('input[name="newEmail"]').getAttribute('autocomplete'), 'email');
    });

    await step('the current address again is refused before the server is asked', async () => {
      await form.locator('input[name="newEmail"]').fill(email.toUpperCase());
      await form.locator('[data-part="submit"]').click();
      await assertText(form.locator('[data-part~="field-error"]:not([hidden])'), 'This is already your e-mail address.');
    });

    await step('a new address: the server mails a link, the page says so', async () => {
      await form.locator('input[name="newEmail"]').fill(newEmail);
      await form.locator('[data-part="submit"]').click();
      await assertText(form.locator('[part~="status"]'), `We sent a confirmation link to ${newEmail}. Open it to finish the change.`);
      // Not changed until the link is followed.
      assert.equal((await form.locator('[data-part~="current-email-value"]').textContent()).trim(), email);
    });

    await step('following the link changes the address: /account shows the new one', async () => {
      const mail = await newestMail(server.url, newEmail, /Verify your e-mail/);
      assert.equal(new URL(mail.url).origin, server.url);
      await page.goto(mail.url);
      await page.goto('/account');
      await assertText(form.locator('[data-part~="current-email-value"]'), newEmail);
      await page.waitForFunction((e) => document.querySelector('auth-change-password input[name="username"]')?.value === e, newEmail);
    });

    await step('the new address signs in', async () => {
      const signedIn = await signIn(newEmail, password);
      assert.equal(signedIn.left, true, `still on /login: ${signedIn.error}`);
    });
    assertClean(opened);
  });

  test('delete account: typed word and password; a wrong password is said; then signed out to /login, and the account cannot sign in', { timeout: TIMEOUT }, async () => {
    const opened = await chrome.newPage(server.url);
    const { page } = opened;
    const email = freshEmail('leaving');
    const password = 'leaving-password-1';
    const form = page.locator('auth-delete-account');
    const submit = form.locator('[data-part="submit"]');

    await step('sign up, open /account: the delete button waits for the typed word', async () => {
      await signUpAndOpenAccount(page, email, password);
      assert.equal(await submit.isDisabled(), true);
      await form.locator('input[name="confirmation"]').fill('DELET');
      assert.equal(await submit.isDisabled(), true);
      await form.locator('input[name="confirmation"]').fill(' delete ');
      await submit.and(page.locator(':enabled')).waitFor();
    });

    await step('a wrong password: the server says so, the field is focused, still signed in', async () => {
      await form.locator('input[name="password"]').fill('not-my-password');
      await submit.click();
      await assertText(form.locator('[part~="error-title"]'), 'Wrong password');
      assert.equal(await focusedName(page), 'password');
      assert.equal(new URL(page.url()).pathname, '/account');
    });

    await step('the right password: deleted, signed out, on /login', async () => {
      await form.locator('input[name="password"]').fill(password);
      await submit.click();
      await page.waitForURL((url) => url.pathname === '/login');
      await page.goto('/account');
      await page.waitForURL((url) => url.pathname === '/login');
    });

    await step('the account cannot sign in any more', async () => {
      const again = await signIn(email, password);
      assert.equal(again.left, false);
      assert.equal(again.error, 'Sign-in failed');
      await assertText(again.page.locator('auth-login [part~="error-message"]'), 'The e-mail address or password is incorrect.');
    });
    assertClean(opened);
  });
});
