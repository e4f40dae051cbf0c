// E-mail verification through the demo's pages in headless Chromium, against the real server
// with verification required (as `npm start` runs it): sign-up continues into "check your inbox"
// in place, the link from the outbox lands on /verify-email and signs in; an expired or a used
// link shows "this link has expired" with a "send a new link" that works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEmailVerificationToken } from 'better-auth/api';
import { rm } from 'node:fs/promises';
import { assertText, freshDataDir, startServerProcess, step, submitRegistration, withServerAndBrowser } from './helpers.mjs';
import { devSecret, newestMail, outbox } from './factors-harness.mjs';

let server;
let chrome;
withServerAndBrowser({ requireEmailVerification: true }, (started, browser) => {
  [server, chrome] = [started, browser];
});

const VERIFY = /Verify your e-mail/;

/** Signs up on /register and waits for the check-your-inbox step. */
async function signUp(page, email, password) {
  await submitRegistration(page, email, password);
  await assertText(page.locator('auth-register auth-verify-email [part~="title"]'), 'Check your inbox');
}

/** The dashboard shows `email` as the signed-in user. */
async function assertSignedInAs(page, email) {
  await page.goto('/dashboard');
  await assertText(page.locator('demo-identity [data-field="email"]'), email);
}

test('sign-up → "check your inbox" in place (not an error) → the link from the outbox → confirmed and signed in', async () => {
  const { page, problems, blocked } = await chrome.newPage(server.url);
  const email = 'verify-me@example.com';
  const password = 'verify-me-password-1';

  await step('sign-up continues into "check your inbox", saying where the link went', async () => {
    await signUp(page, email, password);
    assert.equal(new URL(page.url()).pathname, '/register');
    const step = page.locator('auth-register auth-verify-email');
    await assertText(step.locator('[part~="description"]'), `We sent a link to ${email}. Open it to confirm your address.`);
    // A next step, not a failure: the error region stays empty.
    assert.equal((await page.locator('auth-register auth-verify-email [part~="error"]').textContent()).trim(), '');
    // "send again" waits: the sign-up just sent an e-mail.
    assert.equal(await step.locator('[data-part="submit"]').isDisabled(), true);
    assert.match(await step.locator('[data-part="submit"]').textContent(), /Send again in \d+ s/);
  });

  await step('not signed in yet: the dashboard sends us to sign in', async () => {
    const other = await page.context().newPage();
    await other.goto('/dashboard');
    await other.waitForURL((url) => url.pathname === '/login');
    await other.close();
  });

  await step('"back" brings the sign-up form back with the address', async () => {
    await page.locator('auth-register auth-verify-email [part~="back-button"]').click();
    await page.locator('auth-register form input[name="email"]').waitFor();
    assert.equal(await page.locator('auth-register input[name="email"]').inputValue(), email);
  });

  await step('the link from the outbox lands on /verify-email, which confirms and signs in', async () => {
    const mail = await newestMail(server.url, email, VERIFY);
    await page.goto(mail.url);
    await page.waitForURL((url) => url.pathname === '/verify-email');
    await assertText(page.locator('auth-verify-email [part~="title"]'), 'E-mail address confirmed');
    await assertText(page.locator('auth-verify-email [part~="status"]'), 'Thank you: your e-mail address is confirmed.');
    assert.doesNotMatch(page.url(), /token=/);
    await page.locator('auth-verify-email [part~="continue-link"]').click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await assertText(page.locator('demo-identity [data-field="email"]'), email);
  });

  assert.deepEqual(problems, []);
  assert.deepEqual(blocked, []);
});

test('a used link shows "this link has expired"; "send a new link" says the same as for any address', async () => {
  const { page: first } = await chrome.newPage(server.url);
  const email = 'used-link@example.com';
  await signUp(first, email, 'used-link-password-1');
  const mail = await newestMail(server.url, email, VERIFY);
  await first.goto(mail.url);
  await assertText(first.locator('auth-verify-email [part~="title"]'), 'E-mail address confirmed');

  const { page, problems, blocked } = await chrome.newPage(server.url);
  await page.goto(mail.url);
  await page.waitForURL((url) => url.pathname === '/verify-email');
  await assertText(page.locator('auth-verify-email [part~="title"]'), 'This link has expired');
  await assertText(page.locator('auth-verify-email [part~="error-message"]'), 'This link has expired or was already used. Ask for a new one.');
  await page.locator('auth-verify-email input[name="email"]').fill(email);
  const before = (await outbox(server.url)).length;
  await page.locator('auth-verify-email [data-part="submit"]').click();
  await assertText(page.locator('auth-verify-email [part~="status"]'), 'If this address is waiting for confirmation, a new link is on its way. Check your inbox.');
  // Already confirmed: nothing is sent, and the page cannot tell.
  assert.equal((await outbox(server.url)).length, before);
  assert.deepEqual(problems, []);
  assert.deepEqual(blocked, []);
});

test('an expired link shows "this link has expired"; "send a new link" sends one that works', async () => {
  const { page, problems, blocked } = await chrome.newPage(server.url);
  const email = 'late-link@example.com';
  await signUp(page, email, 'late-link-password-1');
  const { url } = await newestMail(server.url, email, VERIFY);
  const link = new URL(url);
  // An expired token for the same account, as the server would have issued an hour ago.
  const payload = JSON.parse(Buffer.from(link.searchParams.get('token').split('.')[1], 'base64url').toString());
  link.searchParams.set('token', await createEmailVerificationToken(await devSecret(server.dataDir), email, undefined, -60, { userId: payload.userId }));

  await step('the expired link lands on the expired state, the token gone from the address bar', async () => {
    await page.goto(link.href);
    await page.waitForURL((u) => u.pathname === '/verify-email');
    await assertText(page.locator('auth-verify-email [part~="title"]'), 'This link has expired');
    assert.doesNotMatch(page.url(), /token=/);
  });

  await step('"send a new link" → check your inbox → the new link confirms and signs in', async () => {
    await page.locator('auth-verify-email input[name="email"]').fill(email);
    const before = (await outbox(server.url)).length;
    await page.locator('auth-verify-email [data-part="submit"]').click();
    await assertText(page.locator('auth-verify-email [part~="title"]'), 'Check your inbox');
    await assertText(page.locator('auth-verify-email [part~="status"]'), 'If this address is waiting for confirmation, a new link is on its way. Check your inbox.');
    assert.equal((await outbox(server.url)).length, before + 1);
    const fresh = await newestMail(server.url, email, VERIFY);
    await page.goto(fresh.url);
    await assertText(page.locator('auth-verify-email [part~="title"]'), 'E-mail address confirmed');
    await assertSignedInAs(page, email);
  });

  assert.deepEqual(problems, []);
  assert.deepEqual(blocked, []);
});

test('the link a refused sign-in sends (unconfirmed address) also lands on /verify-email', async () => {
  const { page, problems } = await chrome.newPage(server.url);
  const email = 'sign-in-first@example.com';
  const password = 'sign-in-first-password';
  await signUp(page, email, password);
  // A sign-in refused for an unconfirmed address sends a fresh link; it lands on the verify page.
  const response = await page.evaluate(
    async ([address, secret]) => (await fetch('/api/auth/sign-in/email', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: address, password: secret }) })).status,
    [email, password],
  );
  assert.equal(response, 403);
  const mail = await newestMail(server.url, email, VERIFY);
  assert.equal(new URL(mail.url).searchParams.get('callbackURL'), '/verify-email');
  await page.goto(mail.url);
  await assertText(page.locator('auth-verify-email [part~="title"]'), 'E-mail address confirmed');
  assert.deepEqual(problems.filter((p) => !/403/.test(p)), []);
});

test('`npm start` requires a confirmed address for sign-up; the printed demo user signs straight in', { timeout: 120_000 }, async () => {
  const dataDir = await freshDataDir();
  const child = startServerProcess({ dataDir });
  try {
    const url = await child.ready;
    const post = async (path, body) => {
      const res = await fetch(new URL(path, url), { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify(body) });
      return { status: res.status, json: await res.json() };
    };
    const demo = await post('/api/auth/sign-in/email', { email: 'demo@example.com', password: 'demo-password-123' });
    assert.equal(demo.status, 200);
    assert.ok(demo.json.token, 'the demo user gets a session');
    const signUp = await post('/api/auth/sign-up/email', { email: 'fresh@example.com', password: 'fresh-password-123', name: 'Fresh' });
    assert.equal(signUp.status, 200);
    assert.equal(signUp.json.token, null, 'no session before the address is confirmed');
    const held = await post('/api/auth/sign-in/email', { email: 'fresh@example.com', password: 'fresh-password-123' });
    assert.equal(held.status, 403);
    assert.equal(held.json.code, 'EMAIL_NOT_VERIFIED');
    // Printed with the rest of the start-up lines, which follow the URL.
    assert.match(child.output(), /verified address for sign-in required/);
  } finally {
    await child.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
