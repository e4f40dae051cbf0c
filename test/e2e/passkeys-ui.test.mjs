// Passkeys through the elements, end to end: the demo server (`npm start`'s, with better-auth's
// passkey plugin) on http://localhost:PORT, headless Chromium with a CDP virtual authenticator
// (resident keys, user verification), driven as a person would: add a passkey on /account with
// <auth-passkeys>, sign in on /login with the passkey button and through autofill (conditional
// mediation from the focused address field), rename and delete it, after which it no longer
// signs in and /login says so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertText, attachAuthenticator, withServerAndBrowser } from './helpers.mjs';

// A real browser, a real server and several WebAuthn ceremonies: room on a busy machine.
const TIMEOUT = 180_000;
const PASSWORD = 'passkey-ui-password-1';

let server;
let chrome;
withServerAndBrowser({}, (started, browser) => {
  [server, chrome] = [started, browser];
});

/** A fresh browser (own cookies) on the demo, with a virtual authenticator attached. */
async function openWithAuthenticator() {
  const opened = await attachAuthenticator(await chrome.newPage(server.url));
  // While this key is set, the page's browser offers no passkey autofill (the button still works).
  await opened.context.addInitScript((key) => {
    if (localStorage.getItem(key) === '1' && globalThis.PublicKeyCredential) {
      PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);
    }
  }, NO_AUTOFILL);
  return opened;
}

const pathOf = (page) => new URL(page.url()).pathname;
const passkeys = (page) => page.locator('auth-passkeys');
const itemNames = (page) => page.locator('auth-passkeys [part~="item"] [part~="name"]');
/** The localStorage key that switches passkey autofill off in the next pages (see openWithAuthenticator). */
const NO_AUTOFILL = 'e2e:no-passkey-autofill';

const verifyAuthentication = (page) => page.waitForResponse((r) => r.url().endsWith('/api/auth/passkey/verify-authentication'));

async function signOut(page) {
  await page.locator('auth-logout button').click();
  await page.waitForURL((url) => url.pathname === '/login');
}

async function assertSignedInAs(page, email) {
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await assertText(page.locator('demo-identity [data-field="email"]'), email);
}

describe('passkeys in the elements, against the demo server', () => {
  test('add on /account; sign in with the button and through autofill; rename; delete; then it fails on /login', { timeout: TIMEOUT }, async () => {
    const { page, cdp, authenticatorId, problems, blocked } = await openWithAuthenticator();
    const email = `passkey-ui-${Date.now()}@example.com`;

    // A fresh user, signed up through the page.
    await page.goto('/register');
    await page.locator('auth-register input[name="email"]').fill(email);
    await page.locator('auth-register input[name="name"]').fill('Pat Passkey');
    await page.locator('auth-register input[name="password"]').fill(PASSWORD);
    await page.locator('auth-register input[name="confirmPassword"]').fill(PASSWORD);
    await page.locator('auth-register [data-part="submit"]').click();
    await assertSignedInAs(page, email);

    // /account: no passkey yet; add one with a name.
    await page.goto('/account');
    await assertText(passkeys(page).locator('[part~="empty"]'), 'You have no passkeys yet.');
    await passkeys(page).locator('[part~="add-form"] input[name="name"]').fill('Work laptop');
    await passkeys(page).locator('[part~="add-button"]').click();
    await assertText(passkeys(page).locator('[part~="status"]'), 'Passkey added.');
    await assertText(itemNames(page), 'Work laptop');
    assert.equal(await itemNames(page).count(), 1);
    assert.match((await passkeys(page).locator('[part~="created"]').textContent()).trim(), /^Added \w{3} \d{1,2}, \d{4}$/);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0].isResidentCredential, true);

    // Signed out, /login offers the passkey; the button signs in. The virtual authenticator answers
    // a conditional request at once when it holds a passkey for the site, so for this part the page
    // says it has no passkey autofill: otherwise autofill may sign in before the click (on a busy
    // machine it did). The button's own ceremony is the same either way.
    await page.evaluate((key) => localStorage.setItem(key, '1'), NO_AUTOFILL);
    await signOut(page);
    const login = page.locator('auth-login');
    assert.equal(await login.locator('input[name="email"]').getAttribute('autocomplete'), 'username webauthn');
    const button = login.locator('[part~="passkey-button"]');
    await assertText(button, 'Sign in with a passkey');
    const byButton = verifyAuthentication(page);
    await button.click();
    assert.equal((await byButton).status(), 200);
    await assertSignedInAs(page, email);

    // Signed out again, the passkey on the authenticator: /login's autofill request (conditional
    // mediation) starts on its own and the virtual authenticator picks the passkey at once, as a
    // person picking it from the field's suggestions would. No click.
    await page.evaluate((key) => localStorage.removeItem(key), NO_AUTOFILL);
    const byAutofill = verifyAuthentication(page);
    await signOut(page);
    assert.equal((await byAutofill).status(), 200);
    await assertSignedInAs(page, email);

    // /account: rename it inline, then delete it after the confirmation.
    await page.goto('/account');
    await assertText(itemNames(page), 'Work laptop');
    await passkeys(page).locator('[part~="rename-button"]').click();
    const rename = passkeys(page).locator('[part~="rename-form"] input[name="name"]');
    assert.equal(await rename.inputValue(), 'Work laptop');
    await rename.fill('Old laptop');
    await passkeys(page).locator('[part~="save-button"]').click();
    await assertText(passkeys(page).locator('[part~="status"]'), 'Passkey renamed.');
    await assertText(itemNames(page), 'Old laptop');
    await page.reload();
    await assertText(itemNames(page), 'Old laptop');
    await passkeys(page).locator('[part~="delete-button"]').click();
    await assertText(passkeys(page).locator('[part~="confirm-message"]'), 'Delete “Old laptop”? You will no longer be able to sign in with it.');
    await passkeys(page).locator('[part~="confirm-delete-button"]').click();
    await assertText(passkeys(page).locator('[part~="status"]'), 'Passkey deleted.');
    await assertText(passkeys(page).locator('[part~="empty"]'), 'You have no passkeys yet.');

    // The authenticator still holds the credential; the server no longer knows it. Signed out,
    // /login's autofill picks it at once and the server refuses it: shown in the kit's words.
    const refusedAutofill = verifyAuthentication(page);
    await signOut(page);
    assert.equal((await refusedAutofill).status(), 401);
    await assertText(login.locator('[part~="error-title"]'), 'Passkey not found');
    await assertText(login.locator('[part~="error-message"]'), 'This passkey is not registered (it may have been removed). Sign in another way.');
    // The button: the same answer, and nobody is signed in.
    const refused = verifyAuthentication(page);
    await button.click();
    assert.equal((await refused).status(), 401);
    await assertText(login.locator('[part~="error-title"]'), 'Passkey not found');
    assert.equal(pathOf(page), '/login');
    await page.goto('/dashboard');
    await page.waitForURL((url) => url.pathname === '/login');

    assert.deepEqual(problems, []);
    assert.deepEqual(blocked, []);
  });

  test('leaving /login while the autofill request waits is harmless', { timeout: TIMEOUT }, async () => {
    // An authenticator with no passkey for the site: the conditional request just waits.
    const { page, problems, blocked } = await openWithAuthenticator();
    const options = page.waitForResponse((r) => r.url().endsWith('/api/auth/passkey/generate-authenticate-options'));
    await page.goto('/login');
    assert.equal((await options).status(), 200);
    await page.locator('auth-login input[name="email"]').focus();
    // Removed from the page (what a client-side router does), then a real navigation away.
    await page.evaluate(() => document.querySelector('auth-login').remove());
    await page.goto('/register');
    await page.locator('auth-register input[name="email"]').waitFor();
    await page.goto('/login');
    await page.locator('auth-login [part~="passkey-button"]').waitFor();
    assert.deepEqual(problems, []);
    assert.deepEqual(blocked, []);
  });
});
