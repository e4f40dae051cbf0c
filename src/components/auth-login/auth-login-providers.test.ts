import { expect, fixture, html } from '@open-wc/testing';
import { fr } from '../../locales/fr.js';
import { refineV3Provider } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import type { AuthLogin, AuthLoginProvider } from './auth-login.js';
import './auth-login.js';

const buttons = (el: AuthLogin) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="provider-button"]')].map((b) => b.textContent!.trim());

describe('<auth-login> provider buttons', () => {
  it('show well-known names capitalised, unknown ones as given, and a label as given', async () => {
    const providers: AuthLoginProvider[] = [
      { name: 'github' }, { name: 'google' }, { name: 'microsoft' }, { name: 'gitlab' },
      { name: 'acme' }, { name: 'okta', label: 'Company account' },
    ];
    const el = await fixture<AuthLogin>(html`<auth-login .store=${storeHarness(refineV3Provider().provider).store} .providers=${providers}></auth-login>`);
    expect(buttons(el)).to.deep.equal([
      'Sign in with GitHub', 'Sign in with Google', 'Sign in with Microsoft', 'Sign in with GitLab',
      'Sign in with acme', 'Sign in with Company account',
    ]);
  });

  it('pass the name, not the label, to login({ providerName })', async () => {
    const fake = refineV3Provider();
    const el = await fixture<AuthLogin>(html`<auth-login .store=${storeHarness(fake.provider).store} .providers=${[{ name: 'github' }]}></auth-login>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="provider-button"]')!.click();
    await el.updateComplete;
    expect(fake.argsOf('login')).to.deep.equal([[{ providerName: 'github' }]]);
  });

  it('use the brand name inside a translated sentence', async () => {
    const el = await fixture<AuthLogin>(html`<auth-login .store=${storeHarness(refineV3Provider().provider).store} .strings=${fr} .providers=${[{ name: 'linkedin' }]}></auth-login>`);
    expect(buttons(el)).to.deep.equal(['Se connecter avec LinkedIn']);
  });
});
