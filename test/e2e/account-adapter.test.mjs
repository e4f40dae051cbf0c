// The better-auth adapter's account methods, end to end: two real headless Chromium contexts
// (two "devices", each its own cookies) run the kit's real store and adapter bundled from src/
// (harness/account-page.ts) over better-auth's real client, against the demo server. TOTP codes
// come from the `otpauth` library reading the URI the server returned; e-mails from the outbox.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import { openHarness, withServerAndBrowser } from './helpers.mjs';
import { newestMail } from './factors-harness.mjs';

// Real browsers, a real server and many scrypt hashes: room for a busy machine.
const TIMEOUT = 180_000;

let server;
let chrome;
withServerAndBrowser({}, (started, browser) => {
  [server, chrome] = [started, browser];
});

/** A new "device": its own browser context and harness page. */
async function device() {
  const opened = await openHarness(chrome, server, { entry: 'test/e2e/harness/account-page.ts' });
  const { page } = opened;
  return {
    ...opened,
    /** A provider method's answer: `{ ok, value }` or `{ ok: false, error }`. */
    run: (method, params) => page.evaluate(([m, p]) => globalThis.harness.settle(() => globalThis.harness.provider[m](p)), [method, params]),
    /** A store action's outcome (`login`, `logout`, `checkAuth`, `verifyTwoFactor`, …). */
    store: (action, params) => page.evaluate(([a, p]) => globalThis.harness.store[a](p), [action, params]),
    signedIn: async () => (await page.evaluate(() => globalThis.harness.store.checkAuth())).ok,
    email: () => page.evaluate(async () => (await globalThis.harness.store.getIdentity()).data?.email),
  };
}

const totp = (uri) => OTPAuth.URI.parse(uri).generate();

/** A 6-digit code that no window around now accepts for this URI. */
function wrongCode(uri) {
  const otp = OTPAuth.URI.parse(uri);
  const valid = new Set([-2, -1, 0, 1, 2].map((w) => otp.generate({ timestamp: Date.now() + w * otp.period * 1000 })));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(otp.digits, '0');
    if (!valid.has(code)) return code;
  }
}

let counter = 0;
/** A fresh account, signed in on `first` (registration signs in). */
async function account(first) {
  counter += 1;
  const email = `account-${counter}-${Date.now()}@example.com`;
  const password = `first-password-${counter}`;
  assert.equal((await first.store('register', { email, password, name: `User ${counter}` })).ok, true);
  assert.equal(await first.signedIn(), true);
  return { email, password };
}

describe('account methods through the better-auth adapter, two Chromium contexts', () => {
  test('sessions: listed with the current one marked; revoking the other signs it out at its next check', { timeout: TIMEOUT }, async () => {
    const a = await device();
    const b = await device();
    const { email, password } = await account(a);
    assert.equal((await b.store('login', { email, password })).ok, true);

    const fromA = await a.run('listSessions');
    const fromB = await b.run('listSessions');
    assert.equal(fromA.ok, true, JSON.stringify(fromA.error));
    assert.equal(fromA.value.length, 2);
    assert.equal(fromA.value.filter((s) => s.current).length, 1);
    assert.equal(fromB.value.filter((s) => s.current).length, 1);
    const currentA = fromA.value.find((s) => s.current);
    const currentB = fromB.value.find((s) => s.current);
    assert.notEqual(currentA.id, currentB.id);
    assert.deepEqual(fromA.value.map((s) => s.id).sort(), fromB.value.map((s) => s.id).sort());
    for (const session of fromA.value) {
      assert.match(session.userAgent, /Chrome/);
      assert.ok(session.createdAt instanceof Date && session.expiresAt instanceof Date);
      // The secret token that revokes a session never reaches the page's results.
      assert.equal('token' in session, false);
    }

    // Revoke the other one from A: B's next check finds no session.
    assert.deepEqual(await a.run('revokeOtherSessions'), { ok: true, value: undefined });
    assert.equal(await b.signedIn(), false);
    assert.equal(await a.signedIn(), true);
    assert.deepEqual((await a.run('listSessions')).value.map((s) => s.id), [currentA.id]);

    // B signs in again; A revokes exactly that session by its id.
    assert.equal((await b.store('login', { email, password })).ok, true);
    const other = (await a.run('listSessions')).value.find((s) => !s.current);
    assert.deepEqual(await a.run('revokeSession', { id: other.id }), { ok: true, value: undefined });
    assert.equal(await b.signedIn(), false);
    assert.equal(await a.signedIn(), true);
    // An id that is already gone: what was asked is true.
    assert.deepEqual(await a.run('revokeSession', { id: other.id }), { ok: true, value: undefined });

    // Signed out, the list is the adapter's error with the kit's code.
    const signedOut = await b.run('listSessions');
    assert.equal(signedOut.ok, false);
    assert.equal(signedOut.error.code, 'not-signed-in');
    assert.equal(signedOut.error.isError, true);
  });

  test('change password: a wrong current one is refused; afterwards the old one fails and other devices are out', { timeout: TIMEOUT }, async () => {
    const a = await device();
    const b = await device();
    const { email, password } = await account(a);
    assert.equal((await b.store('login', { email, password })).ok, true);

    const wrong = await a.run('changePassword', { currentPassword: 'not-it-at-all', newPassword: 'second-password-1', revokeOtherSessions: true });
    assert.equal(wrong.ok, false);
    assert.equal(wrong.error.code, 'invalid-password');
    assert.equal(wrong.error.betterAuthCode, 'INVALID_PASSWORD');

    const short = await a.run('changePassword', { currentPassword: password, newPassword: 'short' });
    assert.equal(short.error.code, 'password-too-short');

    assert.deepEqual(await a.run('changePassword', { currentPassword: password, newPassword: 'second-password-1', revokeOtherSessions: true }), {
      ok: true,
      value: undefined,
    });
    assert.equal(await a.signedIn(), true);
    assert.equal(await b.signedIn(), false, 'revokeOtherSessions: the other device is signed out');
    const old = await b.store('login', { email, password });
    assert.equal(old.ok, false);
    assert.equal(old.error.code, 'invalid-credentials');
    assert.equal((await b.store('login', { email, password: 'second-password-1' })).ok, true);
  });

  test('two-factor: enable, confirm with a TOTP from the URI, sign-in asks for it, backup codes renew, disable', { timeout: TIMEOUT }, async () => {
    const a = await device();
    const { email, password } = await account(a);

    const refused = await a.run('enableTwoFactor', { password: 'not-the-password' });
    assert.equal(refused.error.code, 'invalid-password');

    const enabled = await a.run('enableTwoFactor', { password });
    assert.equal(enabled.ok, true, JSON.stringify(enabled.error));
    const { totpURI, backupCodes } = enabled.value;
    const uri = new URL(totpURI);
    assert.equal(uri.protocol, 'otpauth:');
    assert.equal(uri.searchParams.get('issuer'), 'auth-elements demo');
    assert.equal(backupCodes.length, 10);

    // Not on until a first code is verified: sign-in still needs only the password.
    const probe = await device();
    assert.deepEqual(await probe.store('login', { email, password }), { ok: true, redirectTo: '/', navigated: true });

    const wrong = await a.run('confirmTwoFactor', { code: wrongCode(totpURI) });
    assert.equal(wrong.error.code, 'invalid-code');
    assert.deepEqual(await a.run('confirmTwoFactor', { code: totp(totpURI) }), { ok: true, value: undefined });
    assert.equal(await a.signedIn(), true);

    // Now a sign-in stops at the second factor, and the TOTP finishes it.
    const b = await device();
    const first = await b.store('login', { email, password });
    assert.deepEqual(first, { ok: false, challenge: { type: 'two-factor', methods: ['totp', 'otp', 'backup-code'] } });
    assert.equal(await b.signedIn(), false);
    assert.equal((await b.store('verifyTwoFactor', { method: 'totp', code: totp(totpURI) })).ok, true);
    assert.equal(await b.signedIn(), true);

    // New backup codes replace the old ones.
    const renewed = await a.run('generateBackupCodes', { password });
    assert.equal(renewed.ok, true, JSON.stringify(renewed.error));
    assert.equal(renewed.value.backupCodes.length, 10);
    assert.equal(renewed.value.backupCodes.some((code) => backupCodes.includes(code)), false);
    const c = await device();
    assert.equal((await c.store('login', { email, password })).ok, false);
    const stale = await c.store('verifyTwoFactor', { method: 'backup-code', code: backupCodes[0] });
    assert.equal(stale.error.code, 'invalid-backup-code');
    assert.equal((await c.store('verifyTwoFactor', { method: 'backup-code', code: renewed.value.backupCodes[0] })).ok, true);

    // Off again: the password alone signs in.
    assert.equal((await a.run('disableTwoFactor', { password: 'not-the-password' })).error.code, 'invalid-password');
    assert.deepEqual(await a.run('disableTwoFactor', { password }), { ok: true, value: undefined });
    const d = await device();
    assert.deepEqual(await d.store('login', { email, password }), { ok: true, redirectTo: '/', navigated: true });
  });

  test('change e-mail: the demo mails a link to the new address; following it changes the address', { timeout: TIMEOUT }, async () => {
    const a = await device();
    const { email, password } = await account(a);
    const newEmail = `moved-${Date.now()}@example.com`;

    const changed = await a.run('changeEmail', { newEmail });
    assert.equal(changed.ok, true, JSON.stringify(changed.error));
    assert.deepEqual(changed.value, { email, confirmationSent: true });
    assert.equal(await a.email(), email, 'unchanged until the link is followed');

    const same = await a.run('changeEmail', { newEmail: email });
    assert.equal(same.ok, false);
    assert.equal(same.error.isError, true);

    const mail = await newestMail(server.url, newEmail, /Verify your e-mail/);
    assert.equal(new URL(mail.url).origin, server.url);
    await a.page.goto(mail.url);
    await a.page.goto('/__harness');
    await a.page.waitForFunction(() => 'harness' in globalThis);
    assert.equal(await a.email(), newEmail);
    const b = await device();
    assert.equal((await b.store('login', { email: newEmail, password })).ok, true);
  });

  test('delete account: a wrong password is refused; afterwards the account cannot sign in', { timeout: TIMEOUT }, async () => {
    const a = await device();
    const b = await device();
    const { email, password } = await account(a);
    assert.equal((await b.store('login', { email, password })).ok, true);

    const wrong = await a.run('deleteAccount', { password: 'not-the-password' });
    assert.equal(wrong.error.code, 'invalid-password');
    assert.equal(await a.signedIn(), true);

    assert.deepEqual(await a.run('deleteAccount', { password }), { ok: true, value: { confirmationSent: false } });
    assert.equal(await a.signedIn(), false);
    assert.equal(await b.signedIn(), false, 'every session of the account ends with it');
    const again = await a.store('login', { email, password });
    assert.equal(again.ok, false);
    assert.equal(again.error.code, 'invalid-credentials');
  });
});
