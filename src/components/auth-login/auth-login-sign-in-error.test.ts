import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AuthErrorEvent } from '../../events/index.js';
import { en } from '../../internal/strings.js';
import { fr } from '../../locales/fr.js';
import { neverSettles, refineV3Provider } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import { fill, part, recordEvents, submitButton } from '../../test-utils/elements.js';
import type { AuthLogin } from './auth-login.js';
import './auth-login.js';

const original = `${location.pathname}${location.search}${location.hash}`;

/** Opens the test page as `<auth-callback>` sends a failed sign-in back: `?auth_error=…`. */
function arriveWith(query: string): void {
  history.replaceState(history.state, '', `${location.pathname}?${query}`);
}

const mount = (template = html`<auth-login .store=${storeHarness(refineV3Provider().provider).store}></auth-login>`) => fixture<AuthLogin>(template);

const shown = (el: AuthLogin) => ({
  title: part(el, 'error-title')?.textContent?.trim(),
  message: part(el, 'error-message')?.textContent?.trim(),
});

describe('<auth-login> and ?auth_error=', () => {
  afterEach(() => history.replaceState(history.state, '', original));

  it("shows the kit code's message in the live error region, fires auth-error, and scrubs only that parameter", async () => {
    arriveWith('auth_error=access-denied&to=%2Finbox&keep=1');
    const errors = recordEvents<AuthErrorEvent>('auth-error');
    const el = await mount();
    expect(location.search).to.equal('?to=%2Finbox&keep=1');
    expect(shown(el)).to.deep.equal({ title: en.errors['access-denied'].title, message: en.errors['access-denied'].message });
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    await waitUntil(() => errors.events.length === 1, 'auth-error fired');
    expect(errors.events[0].detail).to.deep.include({ action: 'handleCallback' });
    expect(errors.events[0].detail.error).to.deep.include({ code: 'access-denied', message: en.errors['access-denied'].message });
    errors.stop();
  });

  it("in the page's language", async () => {
    arriveWith('auth_error=invalid-state');
    const el = await mount(html`<auth-login .strings=${fr} .store=${storeHarness(refineV3Provider().provider).store}></auth-login>`);
    expect(shown(el)).to.deep.equal({ title: fr.errors['invalid-state'].title, message: fr.errors['invalid-state'].message });
  });

  for (const value of ['nope', '<img src=x onerror="window.__pwned=1">', '__proto__', 'constructor', 'toString', 'Access-Denied', '']) {
    it(`ignores a value that is not a kit code (${JSON.stringify(value)}), and still scrubs it`, async () => {
      arriveWith(`auth_error=${encodeURIComponent(value)}`);
      const errors = recordEvents<AuthErrorEvent>('auth-error');
      const el = await mount();
      await el.updateComplete;
      expect(shown(el)).to.deep.equal({ title: undefined, message: undefined });
      expect(part(el, 'error')!.textContent!.trim()).to.equal('');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(location.search).to.equal('');
      expect(errors.events).to.deep.equal([]);
      errors.stop();
    });
  }

  it('a new attempt clears it', async () => {
    arriveWith('auth_error=sign-in-failed');
    const fake = refineV3Provider({ login: neverSettles });
    const el = await mount(html`<auth-login .store=${storeHarness(fake.provider).store}></auth-login>`);
    expect(shown(el).message).to.equal(en.errors['sign-in-failed'].message);
    fill(el, 'email', 'a@b.co');
    fill(el, 'password', 'x');
    submitButton(el).click();
    await waitUntil(() => part(el, 'error-message') === null, 'the old message is gone');
    expect(fake.argsOf('login').length).to.equal(1);
  });

  it('is read once: a later element (or a reconnect) does not show it again', async () => {
    arriveWith('auth_error=access-denied');
    const el = await mount();
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(shown(el).message).to.equal(en.errors['access-denied'].message);
    const second = await mount();
    expect(shown(second).message).to.equal(undefined);
  });
});

describe('<auth-login providers-only>', () => {
  it('shows only the provider buttons: no form, no "or" divider', async () => {
    const el = await fixture<AuthLogin>(
      html`<auth-login providers-only .store=${storeHarness(refineV3Provider().provider).store} .providers=${[{ name: 'demo-idp', label: 'Demo IdP' }]}></auth-login>`,
    );
    expect(el.querySelector('form')).to.equal(null);
    expect(el.querySelector('[data-part="submit"]')).to.equal(null);
    expect(part(el, 'divider')).to.equal(null);
    expect(part(el, 'provider-button')!.textContent!.trim()).to.equal('Sign in with Demo IdP');
    await expect(el).to.be.accessible();
  });
});
