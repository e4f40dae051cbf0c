import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/index.js';
import { accountEn } from '../../internal/account-strings.js';
import { registerAuthLocale } from '../../internal/strings.js';
import { fr } from '../../locales/fr.js';
import { part } from '../../test-utils/elements.js';
import { refineV3Provider, resolves, type Behaviour } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import type { AuthAccount } from './auth-account.js';
import './auth-account.js';

/** Every account method, answering as an empty account would. */
const EVERYTHING: Record<string, Behaviour> = {
  changePassword: resolves(),
  changeEmail: resolves({ confirmationSent: true }),
  listSessions: resolves([]),
  revokeSession: resolves(),
  revokeOtherSessions: resolves(),
  listPasskeys: resolves([]),
  addPasskey: resolves(),
  renamePasskey: resolves(),
  deletePasskey: resolves(),
  enableTwoFactor: resolves({ totpURI: 'otpauth://totp/x?secret=JBSWY3DPEHPK3PXP', backupCodes: [] }),
  confirmTwoFactor: resolves(),
  disableTwoFactor: resolves(),
  generateBackupCodes: resolves({ backupCodes: [] }),
  deleteAccount: resolves({ confirmationSent: true }),
};

const ORDER = ['auth-change-password', 'auth-change-email', 'auth-sessions', 'auth-passkeys', 'auth-two-factor-setup', 'auth-delete-account'];

const storeWith = (methods: Record<string, Behaviour>): AuthStore =>
  storeHarness(refineV3Provider({ checkAuth: resolves(), ...methods } as never).provider).store;

const mount = (store: AuthStore, hide = '') =>
  fixture<AuthAccount>(html`<auth-account .store=${store} hide=${hide}></auth-account>`);

const children = (el: AuthAccount) => [...el.children].map((child) => child.localName);

describe('<auth-account>', () => {
  it('shows every supported section, in order, in its light DOM, each on its own store', async () => {
    const store = storeWith(EVERYTHING);
    const el = await mount(store);
    expect(children(el)).to.deep.equal(ORDER);
    for (const child of el.children) expect((child as HTMLElement & { store?: AuthStore }).store).to.equal(store);
    expect(el.sections).to.deep.equal(['change-password', 'change-email', 'sessions', 'passkeys', 'two-factor', 'delete-account']);
    expect(part(el, 'empty')).to.equal(null);
    expect(part(el, 'title')!.textContent).to.equal(accountEn.page.title);
  });

  it('leaves out what the provider cannot do', async () => {
    const el = await mount(storeWith({ listSessions: EVERYTHING.listSessions, revokeSession: EVERYTHING.revokeSession, deleteAccount: EVERYTHING.deleteAccount }));
    expect(children(el)).to.deep.equal(['auth-sessions', 'auth-delete-account']);
  });

  it('hide removes sections, and changing it brings them back', async () => {
    const el = await mount(storeWith(EVERYTHING), 'sessions delete-account');
    expect(children(el)).to.deep.equal(['auth-change-password', 'auth-change-email', 'auth-passkeys', 'auth-two-factor-setup']);
    el.hide = [];
    await el.updateComplete;
    expect(children(el)).to.deep.equal(ORDER);
  });

  it('says so when there is nothing to manage, and follows a new store', async () => {
    const el = await mount(storeWith({}));
    expect(children(el)).to.deep.equal([]);
    expect(part(el, 'empty')!.textContent).to.equal(accountEn.page.empty);
    el.store = storeWith({ changePassword: resolves() });
    await el.updateComplete;
    expect(children(el)).to.deep.equal(['auth-change-password']);
    expect(part(el, 'empty')).to.equal(null);
  });

  it('keeps content of your own before its sections, and passes its theme on', async () => {
    const store = storeWith({ changePassword: resolves() });
    const el = await fixture<AuthAccount>(html`<auth-account .store=${store} theme="dark"><p id="mine">Mine</p></auth-account>`);
    expect(children(el)).to.deep.equal(['p', 'auth-change-password']);
    expect(el.querySelector('auth-change-password')!.getAttribute('theme')).to.equal('dark');
  });

  it('speaks the page locale', async () => {
    registerAuthLocale('fr', fr);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><auth-account .store=${storeWith({})}></auth-account></div>`);
    const el = wrapper.querySelector('auth-account')!;
    await waitUntil(() => part(el, 'title')!.textContent === fr.account.page.title);
    expect(part(el, 'empty')!.textContent).to.equal(fr.account.page.empty);
  });

  it('is accessible with every section', async function () {
    // Six forms and lists under axe: room for a busy machine.
    this.timeout(30_000);
    const el = await mount(storeWith(EVERYTHING));
    await expect(el).to.be.accessible();
  });
});
