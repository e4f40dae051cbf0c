// Sign-in beyond passwords against the real demo server, at the provider level: the kit's store
// and better-auth adapter drive better-auth's own client (see factors-harness.mjs). Codes come
// from a TOTP library and from the outbox; links are opened as a browser would open them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createEmailVerificationToken } from 'better-auth/api';
import { renderOutbox } from '../../server/pages.mjs';
import { startTestServer } from './helpers.mjs';
import { devSecret, loadKit, newestMail, openBrowser, outbox, totpNow, wrongTotp } from './factors-harness.mjs';

const TWO_FACTOR_CHALLENGE = { type: 'two-factor', methods: ['totp', 'otp', 'backup-code'] };

describe('beyond passwords, against the demo server', { timeout: 120_000 }, () => {
  let server;
  let kit;
  let user;
  before(async () => {
    [server, kit] = await Promise.all([startTestServer({ requireEmailVerification: true, twoFactorDemoUser: true }), loadKit()]);
    user = server.twoFactorUser;
  });
  after(() => server?.stop());

  const open = () => openBrowser(kit, server.url);

  /** Signs the two-factor user in with the password: the store must stop at the second step. */
  async function firstStep(browser) {
    const outcome = await browser.store.login({ email: user.email, password: user.password });
    assert.deepEqual(outcome, { ok: false, challenge: TWO_FACTOR_CHALLENGE });
    assert.deepEqual(browser.store.state.challenge, TWO_FACTOR_CHALLENGE);
    assert.equal(browser.store.state.status, 'unauthenticated');
    assert.deepEqual(browser.store.state.notifications, []);
    assert.deepEqual(browser.navigations, []);
    assert.equal((await browser.store.checkAuth()).ok, false, 'no session before the second factor');
  }

  async function assertSignedInAs(browser, email) {
    assert.equal((await browser.store.checkAuth()).ok, true);
    assert.equal((await browser.store.getIdentity()).data.email, email);
    assert.equal(browser.store.state.challenge, null);
  }

  test('the printed two-factor user has a secret, a URI and ten backup codes', () => {
    assert.match(user.totpSecret, /^[A-Z2-7]+=*$/);
    assert.equal(new URL(user.totpURI).searchParams.get('secret'), user.totpSecret);
    assert.equal(user.backupCodes.length, 10);
  });

  test('two-factor with an authenticator code: signed in, and ?to= is honoured', async () => {
    const browser = open();
    browser.at('/login?to=/reports');
    await firstStep(browser);
    const outcome = await browser.store.verifyTwoFactor({ method: 'totp', code: totpNow(user.totpSecret) });
    assert.deepEqual(outcome, { ok: true, redirectTo: '/reports', navigated: true });
    assert.deepEqual(browser.navigations, [{ to: '/reports', replace: true }]);
    await assertSignedInAs(browser, user.email);
  });

  test('a wrong code is an error with its code; the challenge stays for another try', async () => {
    const browser = open();
    await firstStep(browser);
    const outcome = await browser.store.verifyTwoFactor({ method: 'totp', code: wrongTotp(user.totpSecret) });
    assert.equal(outcome.ok, false);
    assert.deepEqual(outcome.error, {
      name: 'Verification failed',
      message: 'This code is not correct. Check it and try again.',
      code: 'invalid-code',
    });
    assert.deepEqual(browser.store.state.errors.verifyTwoFactor, outcome.error);
    assert.deepEqual(browser.store.state.challenge, TWO_FACTOR_CHALLENGE);
    assert.equal((await browser.store.checkAuth()).ok, false);
  });

  test('two-factor with a code sent by e-mail (read from the outbox)', async () => {
    const browser = open();
    await firstStep(browser);
    const before = (await outbox(server.url)).length;
    assert.deepEqual(await browser.store.sendTwoFactorCode({ method: 'otp' }), { ok: true });
    const mail = await newestMail(server.url, user.email, /verification code/);
    assert.equal((await outbox(server.url)).length, before + 1);
    assert.match(mail.code, /^\d{6}$/);
    assert.equal((await browser.store.verifyTwoFactor({ method: 'otp', code: mail.code })).ok, true);
    await assertSignedInAs(browser, user.email);
  });

  test('two-factor with a backup code, which then no longer works', async () => {
    const code = user.backupCodes[0];
    const first = open();
    await firstStep(first);
    assert.equal((await first.store.verifyTwoFactor({ method: 'backup-code', code })).ok, true);
    await assertSignedInAs(first, user.email);

    const second = open();
    await firstStep(second);
    const again = await second.store.verifyTwoFactor({ method: 'backup-code', code });
    assert.equal(again.ok, false);
    assert.equal(again.error.code, 'invalid-backup-code');
    assert.equal((await second.store.checkAuth()).ok, false);
    // Another, unused backup code still works.
    assert.equal((await second.store.verifyTwoFactor({ method: 'backup-code', code: user.backupCodes[1] })).ok, true);
  });

  test('"trust this device" skips the second step next time, on that device only', async () => {
    const trusted = open();
    await firstStep(trusted);
    await trusted.store.sendTwoFactorCode({ method: 'otp' });
    const { code } = await newestMail(server.url, user.email, /verification code/);
    assert.equal((await trusted.store.verifyTwoFactor({ method: 'otp', code, trustDevice: true })).ok, true);
    assert.equal((await trusted.store.logout({ redirectPath: false })).ok, true);
    assert.equal((await trusted.store.checkAuth()).ok, false);

    const again = await trusted.store.login({ email: user.email, password: user.password });
    assert.deepEqual(again, { ok: true, redirectTo: '/', navigated: true });
    await assertSignedInAs(trusted, user.email);

    // A device that never said so still gets the second step.
    await firstStep(open());
  });

  test('a stale challenge: a sign-in answered after a logout changes nothing', async () => {
    const browser = open();
    const login = browser.store.login({ email: user.email, password: user.password });
    const logout = browser.store.logout({ redirectPath: false });
    assert.deepEqual(await login, { ok: false, stale: true });
    await logout;
    assert.equal(browser.store.state.challenge, null);
    assert.equal(browser.store.state.status, 'unauthenticated');
  });

  test('sign in with a code sent by e-mail', async () => {
    const browser = open();
    const email = server.demoUser.email;
    assert.deepEqual(await browser.store.sendLoginCode({ email }), { ok: true });
    const { code } = await newestMail(server.url, email, /sign-in code/);
    assert.match(code, /^\d{6}$/);
    const wrong = await browser.store.loginWithCode({ email, code: code === '000000' ? '111111' : '000000' });
    assert.equal(wrong.error?.code, 'invalid-code');
    assert.deepEqual(await browser.store.loginWithCode({ email, code }), { ok: true, redirectTo: '/', navigated: true });
    await assertSignedInAs(browser, email);
  });

  test('a code goes to the outbox three ways: the JSON, the /outbox page and the file behind them', async () => {
    const browser = open();
    const email = server.demoUser.email;
    await browser.store.sendLoginCode({ email });
    const mail = await newestMail(server.url, email, /sign-in code/);
    const page = await (await fetch(new URL('/outbox', server.url))).text();
    assert.ok(page.includes(`Code: <code>${mail.code}</code>`), 'the /outbox page shows the code');
    const file = JSON.parse(await readFile(join(server.dataDir, 'outbox.json'), 'utf8'));
    assert.deepEqual(file[0], mail);
    assert.equal(mail.url, undefined);
  });

  test('sign in with a magic link', async () => {
    const browser = open();
    const email = server.demoUser.email;
    browser.at('/login?to=/reports');
    assert.deepEqual(await browser.store.sendMagicLink({ email }), { ok: true });
    const mail = await newestMail(server.url, email, /sign-in link/);
    const landed = await browser.follow(mail.url);
    assert.equal(landed.pathname, '/reports');
    assert.equal(landed.searchParams.get('error'), null);
    await assertSignedInAs(browser, email);

    // The link works once.
    const other = open();
    const reused = await other.follow(mail.url);
    assert.equal(reused.pathname, '/login');
    assert.ok(reused.searchParams.get('error'), `expected ?error= on ${reused}`);
    assert.equal((await other.store.checkAuth()).ok, false);
  });

  test('sign-up is blocked until the address is verified, then the link signs in', async () => {
    const browser = open();
    const email = 'new-reader@example.com';
    const password = 'new-reader-password';
    const registered = await browser.store.register({ email, password, name: 'New Reader' });
    assert.deepEqual(registered, { ok: false, challenge: { type: 'verify-email', email } });
    assert.deepEqual(browser.store.state.notifications, []);
    assert.deepEqual(browser.navigations, []);

    // Signing in before verifying is the same next step, not an error.
    const blocked = await browser.store.login({ email, password });
    assert.deepEqual(blocked, { ok: false, challenge: { type: 'verify-email', email } });
    assert.equal(blocked.error, undefined);
    assert.equal((await browser.store.checkAuth()).ok, false);

    // Two links: one from the sign-up, a fresh one from the blocked sign-in (both land on /verify-email).
    const mails = (await outbox(server.url)).filter((m) => m.to === email && /Verify your e-mail/.test(m.subject));
    assert.equal(mails.length, 2);
    const mail = mails.at(-1);
    const landed = await browser.follow(mail.url);
    assert.equal(landed.pathname, '/verify-email');
    assert.equal(landed.search, '');
    const verified = await browser.store.verifyEmail();
    assert.deepEqual(verified, { ok: true }, `landed on ${landed}`);
    await assertSignedInAs(browser, email);

    // The same link again, in another browser: used, so it fails with a code.
    const other = open();
    await other.follow(mail.url);
    const reused = await other.store.verifyEmail();
    assert.equal(reused.ok, false);
    assert.equal(reused.error.code, 'link-expired');
    // And as a token handed to the page.
    const token = new URL(mail.url).searchParams.get('token');
    assert.equal((await open().store.verifyEmail({ token })).error?.code, 'link-expired');
    // A used link never redirects off the server's origins (no open redirect).
    const offsite = new URL(mail.url);
    offsite.searchParams.set('callbackURL', 'https://evil.example/phish');
    const refused = await fetch(offsite, { redirect: 'manual', headers: { origin: server.url } });
    assert.equal(refused.headers.get('location'), null);
    assert.ok(refused.status >= 400, `status ${refused.status}`);
  });

  test('an expired link fails with a code; "send again" sends a working one', async () => {
    const browser = open();
    const email = 'late-reader@example.com';
    assert.equal((await browser.store.register({ email, password: 'late-reader-password' })).challenge?.type, 'verify-email');
    const { url } = await newestMail(server.url, email, /Verify your e-mail/);
    const link = new URL(url);
    // An expired token for the same account, as the server would have issued an hour ago.
    const payload = JSON.parse(Buffer.from(link.searchParams.get('token').split('.')[1], 'base64url').toString());
    link.searchParams.set('token', await createEmailVerificationToken(await devSecret(server.dataDir), email, undefined, -60, { userId: payload.userId }));
    link.searchParams.set('callbackURL', '/verify-email');
    const landed = await browser.follow(link.href);
    assert.equal(landed.pathname, '/verify-email');
    const expired = await browser.store.verifyEmail();
    assert.equal(expired.ok, false);
    assert.equal(expired.error.code, 'link-expired');
    assert.equal(expired.error.message, 'This verification link has expired or was already used. Ask for a new one.');
    assert.equal((await browser.store.checkAuth()).ok, false);

    const before = (await outbox(server.url)).length;
    assert.deepEqual(await browser.store.sendVerificationEmail({ email }), { ok: true });
    assert.equal((await outbox(server.url)).length, before + 1);
    // (Not compared with the first link: tokens issued in the same second are identical.)
    const fresh = await newestMail(server.url, email, /Verify your e-mail/);
    await browser.follow(fresh.url);
    assert.deepEqual(await browser.store.verifyEmail(), { ok: true });
    await assertSignedInAs(browser, email);
  });
});

test('the outbox page shows codes and links as text', () => {
  const html = renderOutbox(
    [
      { id: 2, to: 'a@b.c', subject: 'Your sign-in code', code: '<img src=x onerror=alert(1)>', sentAt: '2026-01-01T00:00:00.000Z' },
      { id: 1, to: 'a@b.c', subject: 'Your sign-in link', url: 'javascript:alert(1)', sentAt: '2026-01-01T00:00:00.000Z' },
    ],
    { mode: 'better-auth' },
  );
  assert.ok(html.includes('Code: <code>&lt;img src=x onerror=alert(1)&gt;</code>'));
  assert.ok(!html.includes('<img'));
  assert.ok(html.includes('<code>javascript:alert(1)</code>'));
  assert.ok(!html.includes('href="javascript'));
});
