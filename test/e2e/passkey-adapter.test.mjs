// The better-auth adapter's passkey methods, end to end: real headless Chromium with a CDP
// virtual authenticator (resident keys, user verification), the kit's real store and adapter
// bundled from src/ (harness/account-page.ts), better-auth's real client, and the demo server
// with its passkey plugin on http://localhost:PORT (WebAuthn refuses IP addresses).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { request } from 'node:http';
import { attachAuthenticator, freshDataDir, openHarness, startServerProcess, withServerAndBrowser } from './helpers.mjs';

// A real browser, a real server and several WebAuthn ceremonies: give it room on a busy machine.
const TIMEOUT = 120_000;
// Conditional mediation (passkey autofill) needs a field whose autocomplete ends in `webauthn`.
const FIELD = '<input id="user" name="username" autocomplete="username webauthn" aria-label="E-mail">';

let server;
let chrome;
withServerAndBrowser({}, (started, browser) => {
  [server, chrome] = [started, browser];
});

/** A harness page with a virtual authenticator attached (resident keys, user verification on). */
async function openWithAuthenticator() {
  return attachAuthenticator(await openHarness(chrome, server, { entry: 'test/e2e/harness/account-page.ts', body: FIELD }));
}

/** Runs `method(params)` on the page's adapter; `{ ok, value }` or `{ ok: false, error }`. */
const run = (page, method, params) =>
  page.evaluate(([m, p]) => globalThis.harness.settle(() => globalThis.harness.provider[m](p)), [method, params]);

/** The store's own check (a real `getSession`): `true` when signed in. */
const signedIn = async (page) => (await page.evaluate(() => globalThis.harness.store.checkAuth())).ok;

const identityEmail = (page) =>
  page.evaluate(async () => (await globalThis.harness.store.getIdentity()).data?.email);

describe('passkeys through the better-auth adapter, in Chromium with a virtual authenticator', () => {
  test('add, sign in (button and autofill), list, rename, delete; a deleted passkey no longer signs in', { timeout: TIMEOUT }, async () => {
    const { page, cdp, authenticatorId, problems } = await openWithAuthenticator();
    const email = `passkey-${Date.now()}@example.com`;
    assert.equal((await page.evaluate(([e]) => globalThis.harness.store.register({ email: e, password: 'passkey-password-1', name: 'Pat' }), [email])).ok, true);
    assert.equal(await signedIn(page), true);

    // Add, while signed in: one resident credential on the authenticator, one passkey on the account.
    const added = await run(page, 'addPasskey', { name: 'Work laptop' });
    assert.equal(added.ok, true, JSON.stringify(added.error));
    assert.equal(added.value.name, 'Work laptop');
    assert.equal(typeof added.value.id, 'string');
    assert.ok(added.value.createdAt instanceof Date);
    assert.deepEqual(added.value.transports, ['internal']);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0].isResidentCredential, true);
    assert.equal(credentials[0].rpId, 'localhost');
    // The credential's user name is the account, not the passkey's label.
    assert.equal(credentials[0].userName, email);

    const listed = await run(page, 'listPasskeys');
    assert.equal(listed.ok, true);
    assert.equal(listed.value.length, 1);
    assert.equal(listed.value[0].id, added.value.id);
    assert.equal(listed.value[0].name, 'Work laptop');
    // Never the key material.
    assert.deepEqual(Object.keys(listed.value[0]).sort(), ['backedUp', 'createdAt', 'deviceType', 'id', 'name', 'transports']);

    // Sign out; sign in with the passkey (a modal request: the button's way).
    assert.equal((await page.evaluate(() => globalThis.harness.store.logout())).ok, true);
    assert.equal(await signedIn(page), false);
    const button = await run(page, 'loginWithPasskey', {});
    assert.equal(button.ok, true, JSON.stringify(button.error));
    assert.equal(button.value, undefined);
    assert.equal(await signedIn(page), true);
    assert.equal(await identityEmail(page), email);
    const modal = (await page.evaluate(() => globalThis.harness.ceremonies)).at(-1);
    assert.equal(modal.kind, 'get');
    assert.equal(modal.mediation, undefined);
    assert.equal(modal.allowCredentials, 0);

    // Sign out; sign in through autofill: conditional mediation from the focused webauthn field.
    assert.equal((await page.evaluate(() => globalThis.harness.store.logout())).ok, true);
    assert.equal(await signedIn(page), false);
    await page.locator('#user').focus();
    const autofill = await page.evaluate(() => {
      const controller = new AbortController();
      return globalThis.harness.settle(() => globalThis.harness.provider.loginWithPasskey({ autoFill: true, signal: controller.signal }));
    });
    assert.equal(autofill.ok, true, JSON.stringify(autofill.error));
    assert.equal(await signedIn(page), true);
    assert.equal(await identityEmail(page), email);
    const conditional = (await page.evaluate(() => globalThis.harness.ceremonies)).at(-1);
    assert.equal(conditional.kind, 'get');
    assert.equal(conditional.mediation, 'conditional');

    // Rename, then delete; the list follows.
    const renamed = await run(page, 'renamePasskey', { id: added.value.id, name: 'Old laptop' });
    assert.equal(renamed.ok, true, JSON.stringify(renamed.error));
    assert.equal(renamed.value.name, 'Old laptop');
    assert.equal((await run(page, 'listPasskeys')).value[0].name, 'Old laptop');
    const deleted = await run(page, 'deletePasskey', { id: added.value.id });
    assert.deepEqual(deleted, { ok: true, value: undefined });
    assert.deepEqual((await run(page, 'listPasskeys')).value, []);

    // The authenticator still holds the credential, but the server no longer knows it.
    assert.equal((await page.evaluate(() => globalThis.harness.store.logout())).ok, true);
    const refused = await run(page, 'loginWithPasskey', {});
    assert.equal(refused.ok, false);
    assert.equal(refused.error.code, 'passkey-not-found');
    assert.equal(refused.error.betterAuthCode, 'PASSKEY_NOT_FOUND');
    assert.equal(refused.error.isError, true);
    assert.equal(await signedIn(page), false);
    assert.deepEqual(problems.filter((p) => !/status of 401/.test(p)), []);
  });

  test('an aborted or dismissed ceremony is passkey-cancelled, not a failure', { timeout: TIMEOUT }, async () => {
    const { page } = await openWithAuthenticator();
    const requests = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/auth/passkey/')) requests.push(new URL(request.url()).pathname);
    });

    // Aborted before it starts: no request, no ceremony.
    const early = await page.evaluate(() => {
      const controller = new AbortController();
      controller.abort();
      return globalThis.harness.settle(() => globalThis.harness.provider.loginWithPasskey({ autoFill: true, signal: controller.signal }));
    });
    assert.equal(early.ok, false);
    assert.equal(early.error.code, 'passkey-cancelled');
    assert.deepEqual(requests, []);
    assert.deepEqual(await page.evaluate(() => globalThis.harness.ceremonies), []);

    // Aborted while the autofill request waits: this authenticator holds no passkey for the
    // site, so the conditional request stays pending until the page ends it.
    await page.locator('#user').focus();
    const pending = await page.evaluate(async () => {
      const controller = new AbortController();
      const result = globalThis.harness.settle(() => globalThis.harness.provider.loginWithPasskey({ autoFill: true, signal: controller.signal }));
      // Abort once the browser holds the request (the page's own record of it, no timer).
      while (!globalThis.harness.ceremonies.some((c) => c.mediation === 'conditional')) await new Promise((r) => requestAnimationFrame(r));
      controller.abort();
      return result;
    });
    assert.equal(pending.ok, false);
    assert.equal(pending.error.code, 'passkey-cancelled');
    assert.deepEqual(requests, ['/api/auth/passkey/generate-authenticate-options']);

    // A modal request the authenticator has nothing for: the browser's NotAllowedError (what a
    // dismissed dialog also says, on purpose alike).
    const nothing = await run(page, 'loginWithPasskey', {});
    assert.equal(nothing.ok, false);
    assert.equal(nothing.error.code, 'passkey-cancelled');
    assert.equal(nothing.error.isError, true);
    assert.equal(await signedIn(page), false);
  });

  test('adding a passkey needs a session; the failure is the adapter\'s error, not a cancel', { timeout: TIMEOUT }, async () => {
    const { page } = await openWithAuthenticator();
    const refused = await run(page, 'addPasskey', { name: 'Nobody' });
    assert.equal(refused.ok, false);
    assert.equal(refused.error.code, 'not-signed-in');
    assert.equal(refused.error.status, 401);
    assert.equal(refused.error.isError, true);
    assert.deepEqual(await page.evaluate(() => globalThis.harness.ceremonies), []);
  });
});

describe('the demo serves its pages as localhost (passkeys refuse an IP address)', () => {
  test('npm start prints a localhost URL; 127.0.0.1 still answers, another name does not', { timeout: TIMEOUT }, async () => {
    const dataDir = await freshDataDir();
    const child = startServerProcess({ dataDir });
    try {
      const url = await child.ready;
      assert.match(url, /^http:\/\/localhost:\d+$/);
      const { port } = new URL(url);
      // To the loopback address, under each name (node:http sends the Host header as given).
      const statusFor = (host) =>
        new Promise((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port, path: '/login', headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode);
          });
          req.on('error', reject);
          req.end();
        });
      assert.equal(await statusFor(`localhost:${port}`), 200);
      assert.equal(await statusFor(`127.0.0.1:${port}`), 200);
      assert.equal(await statusFor(`example.test:${port}`), 421);
    } finally {
      await child.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
