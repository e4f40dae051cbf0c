import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/store.js';
import type { AuthRedirectEvent, AuthSuccessEvent } from '../../events/index.js';
import { resetAuthStrings, setAuthStrings } from '../../internal/strings.js';
import { de } from '../../locales/de.js';
import { runAccountFormTests } from '../../test-utils/account-form.js';
import { fill, input, part, pressEnter, submitButton, type } from '../../test-utils/elements.js';
import { runFormConformanceTests } from '../../test-utils/form-conformance.js';
import { refineV3Provider, rejects, resolves, type Behaviour } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import './auth-delete-account.js';
import type { AuthDeleteAccount } from './auth-delete-account.js';

async function mount(store: AuthStore, template = html`<auth-delete-account .store=${store}></auth-delete-account>`) {
  const el = await fixture<AuthDeleteAccount>(template);
  await el.updateComplete;
  return el;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').trim();

function confirm(el: HTMLElement, word = 'DELETE', password = 'the-password') {
  fill(el, 'confirmation', word);
  if (el.querySelector('input[name=password]')) fill(el, 'password', password);
}

async function signedIn(deleteAccount: Behaviour = resolves()) {
  const fake = refineV3Provider({ deleteAccount });
  const h = storeHarness(fake.provider);
  await h.store.login({}, { redirect: false });
  return { fake, h };
}

describe('<auth-delete-account>', () => {
  it('explains, asks for the typed word and the password (current-password), the submit disabled until the word matches', async () => {
    const { fake, h } = await signedIn();
    const el = await mount(h.store);
    expect(text(part(el, 'description'))).to.equal('This permanently deletes your account and everything in it. It cannot be undone.');
    expect(input(el, 'confirmation').labels?.[0]?.textContent?.trim()).to.equal('Type DELETE to confirm');
    expect(input(el, 'confirmation').autocomplete).to.equal('off');
    expect(input(el, 'password').autocomplete).to.equal('current-password');
    expect(submitButton(el).disabled).to.equal(true);
    for (const typed of ['', 'DELET', 'DELETE!', 'supprimer']) {
      fill(el, 'confirmation', typed);
      await el.updateComplete;
      expect(submitButton(el).disabled, typed).to.equal(true);
    }
    // Enter while it does not match calls nothing either.
    input(el, 'confirmation').focus();
    await pressEnter();
    for (const typed of ['DELETE', 'delete', '  Delete  ']) {
      fill(el, 'confirmation', typed);
      await el.updateComplete;
      expect(submitButton(el).disabled, typed).to.equal(false);
    }
    expect(fake.countOf('deleteAccount')).to.equal(0);
  });

  it('typed with real key presses, Enter deletes: deleteAccount gets exactly { password }', async function () {
    this.timeout(30_000);
    const { fake, h } = await signedIn();
    const el = await mount(h.store);
    await type(el, 'confirmation', 'delete');
    await type(el, 'password', ' pässword 🔑 ');
    await pressEnter();
    await waitUntil(() => fake.countOf('deleteAccount') === 1);
    expect(fake.argsOf('deleteAccount')).to.deep.equal([[{ password: ' pässword 🔑 ' }]]);
  });

  it('the word is the locale’s (LÖSCHEN in German, compared ignoring case)', async () => {
    setAuthStrings(de);
    try {
      const { h } = await signedIn();
      const el = await mount(h.store);
      expect(input(el, 'confirmation').labels?.[0]?.textContent?.trim()).to.equal('Geben Sie LÖSCHEN ein, um zu bestätigen');
      fill(el, 'confirmation', 'DELETE');
      await el.updateComplete;
      expect(submitButton(el).disabled).to.equal(true);
      fill(el, 'confirmation', 'löschen');
      await el.updateComplete;
      expect(submitButton(el).disabled).to.equal(false);
    } finally {
      resetAuthStrings();
    }
  });

  it('no-password: no password field, deleteAccount gets {}', async () => {
    const { fake, h } = await signedIn();
    const el = await mount(h.store, html`<auth-delete-account no-password .store=${h.store}></auth-delete-account>`);
    expect(el.querySelector('input[name=password]')).to.equal(null);
    confirm(el);
    await el.updateComplete;
    submitButton(el).click();
    await waitUntil(() => fake.countOf('deleteAccount') === 1);
    expect(fake.argsOf('deleteAccount')).to.deep.equal([[{}]]);
  });

  it('deleted: signed out, auth-success then a cancelable auth-redirect to the login page, the card says so', async () => {
    const { h } = await signedIn(resolves({ confirmationSent: false }));
    const el = await mount(h.store);
    const order: string[] = [];
    el.addEventListener('auth-success', (e) => order.push(`success:${(e as AuthSuccessEvent).detail.action}`));
    el.addEventListener('auth-redirect', (e) => order.push(`redirect:${(e as AuthRedirectEvent).detail.to}`));
    confirm(el);
    await el.updateComplete;
    submitButton(el).click();
    await waitUntil(() => text(part(el, 'status')) === 'Your account has been deleted.');
    expect(order).to.deep.equal(['success:deleteAccount', 'redirect:/login']);
    expect(h.navigations).to.deep.equal([{ to: '/login', replace: false }]);
    expect(h.store.state.status).to.equal('unauthenticated');
    expect(el.querySelector('form'), 'the form is gone').to.equal(null);
  });

  it('redirect-path goes elsewhere (validated by the store); a cancelled auth-redirect stays', async () => {
    const { fake, h } = await signedIn();
    const el = await mount(h.store, html`<auth-delete-account redirect-path="/goodbye" .store=${h.store}></auth-delete-account>`);
    confirm(el);
    await el.updateComplete;
    submitButton(el).click();
    await waitUntil(() => h.navigations.length === 1);
    expect(fake.argsOf('deleteAccount')).to.deep.equal([[{ password: 'the-password', redirectPath: '/goodbye' }]]);
    expect(h.navigations).to.deep.equal([{ to: '/goodbye', replace: false }]);

    const other = await signedIn();
    const stays = await mount(other.h.store, html`<auth-delete-account redirect-path="https://evil.example/" .store=${other.h.store}></auth-delete-account>`);
    stays.addEventListener('auth-redirect', (e) => e.preventDefault());
    confirm(stays);
    await stays.updateComplete;
    submitButton(stays).click();
    await waitUntil(() => text(part(stays, 'status')) === 'Your account has been deleted.');
    expect(other.h.navigations).to.deep.equal([]);
  });

  it('{ confirmationSent: true }: says a link was e-mailed to finish, stays signed in, no navigation', async () => {
    const { h } = await signedIn(resolves({ confirmationSent: true }));
    const el = await mount(h.store);
    confirm(el);
    await el.updateComplete;
    const success = oneEvent(el, 'auth-success');
    submitButton(el).click();
    await success;
    await waitUntil(() => text(part(el, 'status')) !== '');
    expect(text(part(el, 'status'))).to.equal('We sent you a link by e-mail. Open it to finish deleting your account.');
    expect(h.navigations).to.deep.equal([]);
    expect(h.store.state.status).to.equal('authenticated');
  });

  it('a wrong password: the locale’s words and the password field focused with its text selected; the typed word kept', async () => {
    const { h } = await signedIn(rejects({ code: 'invalid-password', message: 'Invalid password' }));
    const el = await mount(h.store);
    confirm(el, 'DELETE', 'wrong-one');
    await el.updateComplete;
    submitButton(el).click();
    await waitUntil(() => document.activeElement === input(el, 'password'), 'password not focused');
    expect(text(part(el, 'error-title'))).to.equal('Wrong password');
    expect(text(part(el, 'error-message'))).to.equal('This password is not correct.');
    expect([input(el, 'password').selectionStart, input(el, 'password').selectionEnd]).to.deep.equal([0, 'wrong-one'.length]);
    expect(submitButton(el).disabled).to.equal(false);
    expect(h.store.state.status).to.equal('authenticated');
  });
});

runAccountFormTests({ tag: 'auth-delete-account', action: 'deleteAccount', fillValid: (el) => confirm(el) });

runFormConformanceTests({
  tag: 'auth-delete-account',
  action: 'deleteAccount',
  submitKey: { section: 'deleteAccount', key: 'submit' },
  fillValid: (el, password) => confirm(el, 'DELETE', password),
  unblock: (el) => fill(el, 'confirmation', 'DELETE'),
});
