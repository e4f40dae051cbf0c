import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/store.js';
import type { AuthSuccessEvent } from '../../events/index.js';
import { resetAuthStrings, setAuthStrings } from '../../internal/strings.js';
import { fr } from '../../locales/fr.js';
import { runAccountFormTests } from '../../test-utils/account-form.js';
import { fill, input, part, pressEnter, submitButton, type } from '../../test-utils/elements.js';
import { runFormConformanceTests } from '../../test-utils/form-conformance.js';
import { refineV3Provider, refineV4Provider, rejects, resolves } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import './auth-change-password.js';
import type { AuthChangePassword } from './auth-change-password.js';

async function mount(store: AuthStore, template = html`<auth-change-password .store=${store}></auth-change-password>`) {
  const el = await fixture<AuthChangePassword>(template);
  await el.updateComplete;
  return el;
}

function fillAll(el: HTMLElement, current = 'old-pass', next = 'n3w-pass-long') {
  fill(el, 'currentPassword', current);
  fill(el, 'newPassword', next);
  if (el.querySelector('input[name=confirmPassword]')) fill(el, 'confirmPassword', next);
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').trim();

/** A store signed in as `identity` (loaded by the store itself). */
async function signedIn(identity: unknown, overrides: Parameters<typeof refineV3Provider>[0] = {}) {
  const fake = refineV3Provider({ getUserIdentity: resolves(identity), changePassword: resolves(), ...overrides });
  const h = storeHarness(fake.provider);
  await h.store.login({}, { redirect: false });
  await waitUntil(() => h.store.state.identity !== null, 'identity never loaded');
  return { fake, h };
}

describe('<auth-change-password>', () => {
  it('renders current, new and confirmation with the right autocomplete tokens, and a hidden username from the identity', async () => {
    const { h } = await signedIn({ id: 7, email: 'ada@example.com' });
    const el = await mount(h.store);
    expect(input(el, 'currentPassword').autocomplete).to.equal('current-password');
    expect(input(el, 'newPassword').autocomplete).to.equal('new-password');
    expect(input(el, 'confirmPassword').autocomplete).to.equal('new-password');
    const username = input(el, 'username');
    expect(username.autocomplete).to.equal('username');
    expect(username.value).to.equal('ada@example.com');
    expect(input(el, 'revokeOtherSessions').type).to.equal('checkbox');
    expect(input(el, 'revokeOtherSessions').checked).to.equal(false);
    // Every field is labelled (the checkbox by its wrapping label).
    for (const name of ['currentPassword', 'newPassword', 'confirmPassword', 'revokeOtherSessions']) {
      expect(input(el, name).labels?.[0]?.textContent?.trim(), name).to.not.equal('');
    }
  });

  it('the username attribute wins over the identity; an identity without a usable e-mail falls back to its username, then nothing', async () => {
    const { h } = await signedIn({ email: 'ada@example.com' });
    const el = await mount(h.store, html`<auth-change-password username="ada-the-admin" .store=${h.store}></auth-change-password>`);
    expect(input(el, 'username').value).to.equal('ada-the-admin');
    const other = await signedIn({ email: 42, username: 'ada' });
    const fallback = await mount(other.h.store);
    expect(input(fallback, 'username').value).to.equal('ada');
    const hostile = await signedIn(Object.defineProperty({}, 'email', { get: () => { throw new Error('getter'); }, enumerable: true }));
    const none = await mount(hostile.h.store);
    expect(input(none, 'username').value).to.equal('');
  });

  it('calls changePassword with exactly { currentPassword, newPassword, revokeOtherSessions } (passwords as typed)', async () => {
    const { fake, h } = await signedIn({ email: 'ada@example.com' });
    const el = await mount(h.store);
    fillAll(el, ' öld pass 🔑 ', ' nëw pass 🔑 ');
    input(el, 'revokeOtherSessions').click();
    submitButton(el).click();
    await waitUntil(() => fake.countOf('changePassword') === 1);
    expect(fake.argsOf('changePassword')).to.deep.equal([[{ currentPassword: ' öld pass 🔑 ', newPassword: ' nëw pass 🔑 ', revokeOtherSessions: true }]]);
    await waitUntil(() => text(part(el, 'status')) !== '');
    fillAll(el);
    submitButton(el).click();
    await waitUntil(() => fake.countOf('changePassword') === 2);
    expect((fake.argsOf('changePassword')[1][0] as { revokeOtherSessions: unknown }).revokeOtherSessions).to.equal(false);
  });

  it('Enter in a field submits (real key presses)', async function () {
    this.timeout(30_000);
    const { fake, h } = await signedIn({ email: 'ada@example.com' });
    const el = await mount(h.store);
    await type(el, 'currentPassword', 'old-pass');
    await type(el, 'newPassword', 'new-pass');
    await type(el, 'confirmPassword', 'new-pass');
    await pressEnter();
    await waitUntil(() => fake.countOf('changePassword') === 1);
  });

  it('a confirmation that differs, or a new password under minlength, is refused before the provider is called', async () => {
    const { fake, h } = await signedIn({ email: 'ada@example.com' });
    const el = await mount(h.store, html`<auth-change-password minlength="10" .store=${h.store}></auth-change-password>`);
    fill(el, 'currentPassword', 'old-pass');
    fill(el, 'newPassword', 'long-enough-1');
    fill(el, 'confirmPassword', 'long-enough-2');
    submitButton(el).click();
    await waitUntil(() => input(el, 'confirmPassword').getAttribute('aria-invalid') === 'true');
    expect(text(el.querySelector('[data-field="confirmPassword"] [data-part~="field-error"]'))).to.equal('The passwords do not match.');
    fillAll(el, 'old-pass', 'short');
    submitButton(el).click();
    await waitUntil(() => input(el, 'newPassword').getAttribute('aria-invalid') === 'true');
    expect(text(el.querySelector('[data-field="newPassword"] [data-part~="field-error"]'))).to.equal('Use at least 10 characters.');
    expect(fake.countOf('changePassword')).to.equal(0);
  });

  it('success: a status message, auth-success, every password emptied (the hidden username kept), and typing again clears the message', async () => {
    const { h } = await signedIn({ email: 'ada@example.com' });
    const el = await mount(h.store);
    fillAll(el);
    input(el, 'revokeOtherSessions').click();
    el.querySelector<HTMLButtonElement>('[data-part~="toggle"]')!.click();
    const success = oneEvent(el, 'auth-success') as Promise<AuthSuccessEvent>;
    submitButton(el).click();
    expect((await success).detail.action).to.equal('changePassword');
    await waitUntil(() => text(part(el, 'status')) === 'Your password has been changed.');
    await waitUntil(() => input(el, 'currentPassword').value === '', 'fields not emptied');
    for (const name of ['currentPassword', 'newPassword', 'confirmPassword']) expect(input(el, name).value, name).to.equal('');
    expect(input(el, 'currentPassword').type, 'shown password hidden again').to.equal('password');
    expect(input(el, 'revokeOtherSessions').checked).to.equal(false);
    expect(input(el, 'username').value).to.equal('ada@example.com');
    fill(el, 'currentPassword', 'x');
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('');
  });

  it('keyboard: after a change made with Enter, focus is still in the form (not lost to the page)', async function () {
    this.timeout(30_000);
    const { h } = await signedIn({ email: 'ada@example.com' });
    const el = await mount(h.store);
    await type(el, 'currentPassword', 'old-pass');
    await type(el, 'newPassword', 'new-pass');
    await type(el, 'confirmPassword', 'new-pass');
    submitButton(el).focus();
    await pressEnter();
    await waitUntil(() => input(el, 'currentPassword').value === '', 'not changed');
    await el.updateComplete;
    expect(el.contains(document.activeElement), `focus on ${document.activeElement?.localName}`).to.equal(true);
  });

  it('a wrong current password: the locale’s words, and the current-password field focused with its text selected', async () => {
    setAuthStrings(fr);
    try {
      const { h } = await signedIn({ email: 'ada@example.com' }, { changePassword: rejects({ code: 'invalid-password', message: 'Invalid password' }) });
      const el = await mount(h.store);
      fillAll(el, 'wrong-pass');
      input(el, 'newPassword').focus();
      submitButton(el).click();
      await waitUntil(() => document.activeElement === input(el, 'currentPassword'), 'current password not focused');
      expect(text(part(el, 'error-title'))).to.equal('Mot de passe incorrect');
      expect(text(part(el, 'error-message'))).to.equal('Ce mot de passe n’est pas correct.');
      const current = input(el, 'currentPassword');
      expect([current.selectionStart, current.selectionEnd]).to.deep.equal([0, 'wrong-pass'.length]);
    } finally {
      resetAuthStrings();
    }
  });

  it('the server wanting a fresh sign-in (session-not-fresh), and an account without a password, are said plainly', async () => {
    for (const [code, title, message] of [
      ['session-not-fresh', 'Sign in again', 'For your security, sign in again, then try once more.'],
      ['no-password', 'No password', 'This account has no password: it signs in another way.'],
    ]) {
      const { h } = await signedIn({ email: 'ada@example.com' }, { changePassword: rejects({ code, message: 'raw server words' }) });
      const el = await mount(h.store);
      fillAll(el);
      submitButton(el).click();
      await waitUntil(() => text(part(el, 'error-message')) !== '');
      expect(text(part(el, 'error-title'))).to.equal(title);
      expect(text(part(el, 'error-message'))).to.equal(message);
      // The form stays filled in for a retry after signing in again.
      expect(input(el, 'newPassword').value).to.not.equal('');
    }
  });

  it('works with a refine v4 provider (answers as results)', async () => {
    const fake = refineV4Provider({ changePassword: resolves({ success: false, error: { code: 'invalid-password', message: 'x' } }) });
    const el = await mount(storeHarness(fake.provider).store);
    fillAll(el);
    submitButton(el).click();
    await waitUntil(() => text(part(el, 'error-title')) === 'Wrong password');
    fake.set('changePassword', resolves({ success: true }));
    submitButton(el).click();
    await waitUntil(() => text(part(el, 'status')) === 'Your password has been changed.');
  });

  it('no-confirm removes the confirmation field', async () => {
    const { fake, h } = await signedIn({ email: 'ada@example.com' });
    const el = await mount(h.store, html`<auth-change-password no-confirm .store=${h.store}></auth-change-password>`);
    expect(el.querySelector('input[name=confirmPassword]')).to.equal(null);
    fillAll(el);
    submitButton(el).click();
    await waitUntil(() => fake.countOf('changePassword') === 1);
  });
});

runAccountFormTests({ tag: 'auth-change-password', action: 'changePassword', fillValid: (el) => fillAll(el) });

runFormConformanceTests({
  tag: 'auth-change-password',
  action: 'changePassword',
  submitKey: { section: 'changePassword', key: 'submit' },
  fillValid: (el, password) => fillAll(el, password, password),
});
