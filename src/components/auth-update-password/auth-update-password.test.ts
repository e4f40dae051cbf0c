import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/store.js';
import type { AuthErrorEvent, AuthRedirectEvent, AuthSuccessEvent } from '../../events/index.js';
import { fill, input, part, pressEnter, recordEvents, submitButton, type } from '../../test-utils/elements.js';
import { refineV3Provider, refineV4Provider, rejects, resolves } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import './auth-update-password.js';
import type { AuthUpdatePassword } from './auth-update-password.js';
import { runFormConformanceTests } from '../../test-utils/form-conformance.js';

async function mount(store: AuthStore, template = html`<auth-update-password .store=${store}></auth-update-password>`) {
  const el = await fixture<AuthUpdatePassword>(template);
  await el.updateComplete;
  return el;
}

/** Puts `search` in the address bar, as a reset link would. */
const at = (search: string) => history.replaceState(history.state, '', `${location.pathname}${search}`);

/** Submits the form as Enter in its password field does. */
async function pressEnterIn(el: AuthUpdatePassword) {
  input(el, 'password').focus();
  await pressEnter();
}

function fillBoth(el: AuthUpdatePassword, password = 'n3w-pass') {
  fill(el, 'password', password);
  if (el.querySelector('input[name=confirmPassword]')) fill(el, 'confirmPassword', password);
}

describe('<auth-update-password>', () => {
  let original = '';
  beforeEach(() => {
    original = `${location.pathname}${location.search}${location.hash}`;
  });
  afterEach(() => history.replaceState(history.state, '', original));

  describe('the token in the URL', () => {
    it('removes the token from the address bar on upgrade, keeping the other parameters', async () => {
      at('?token=abc&email=x%40y.co&lang=fr');
      await mount(storeHarness(refineV3Provider().provider).store);
      const params = new URLSearchParams(location.search);
      expect(params.has('token')).to.equal(false);
      expect(params.get('email')).to.equal('x@y.co');
      expect(params.get('lang')).to.equal('fr');
    });

    it('still gives the provider the token and the other parameters, merged with the form values (form wins)', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      at('?token=abc&email=x&password=from-url');
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      expect(location.search).to.equal('?email=x&password=from-url');
      await type(el, 'password', ' nëw pass 🔑 ');
      await type(el, 'confirmPassword', ' nëw pass 🔑 ');
      await pressEnter();
      await waitUntil(() => fake.countOf('updatePassword') === 1);
      expect(fake.argsOf('updatePassword')).to.deep.equal([
        [{ token: 'abc', email: 'x', password: ' nëw pass 🔑 ', confirmPassword: ' nëw pass 🔑 ' }],
      ]);
      expect(h.navigations).to.deep.equal([]);
    });

    it('a token-param set after connect is also removed from the address bar, and its token used', async () => {
      at('?code=abc&email=x');
      const fake = refineV3Provider();
      const el = await mount(storeHarness(fake.provider).store);
      // Read on connect, before the page's framework set the property.
      expect(el.hasToken).to.equal(false);
      el.tokenParam = 'code';
      await el.updateComplete;
      expect(location.search).to.equal('?email=x');
      expect(el.hasToken).to.equal(true);
      fillBoth(el);
      await pressEnterIn(el);
      await waitUntil(() => fake.countOf('updatePassword') === 1);
      expect(fake.argsOf('updatePassword')[0][0]).to.include({ code: 'abc', email: 'x' });
    });

    it('reads the URL when it connects, not when it is created', async () => {
      const fake = refineV3Provider();
      const el = document.createElement('auth-update-password');
      el.store = storeHarness(fake.provider).store;
      at('?token=later');
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.append(el);
      await el.updateComplete;
      expect(location.search).to.equal('');
      fillBoth(el, 'p');
      submitButton(el).click();
      await waitUntil(() => fake.countOf('updatePassword') === 1);
      expect(fake.argsOf('updatePassword')[0]).to.deep.equal([{ token: 'later', password: 'p', confirmPassword: 'p' }]);
    });

    it('uses token-param for the parameter name', async () => {
      at('?code=xyz&token=other');
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider);
      const el = await mount(h.store, html`<auth-update-password token-param="code" no-confirm .store=${h.store}></auth-update-password>`);
      expect(new URLSearchParams(location.search).has('code')).to.equal(false);
      expect(new URLSearchParams(location.search).get('token')).to.equal('other');
      fill(el, 'password', 'p');
      submitButton(el).click();
      await waitUntil(() => fake.countOf('updatePassword') === 1);
      expect(fake.argsOf('updatePassword')[0]).to.deep.equal([{ code: 'xyz', token: 'other', password: 'p' }]);
    });

    it('shows "this link is invalid or incomplete" instead of a form without a token', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      at('?email=x');
      const store = storeHarness(refineV3Provider().provider).store;
      const el = await mount(
        store,
        html`<auth-update-password forgot-password-link="/forgot" .store=${store}></auth-update-password>`,
      );
      expect(el.querySelector('form')).to.equal(null);
      expect(el.querySelector('input')).to.equal(null);
      expect(part(el, 'title')!.textContent).to.equal('This link is invalid or incomplete');
      expect(part(el, 'description')!.textContent).to.equal('Open the link from your email again, or ask for a new one.');
      const link = part(el, 'request-link') as HTMLAnchorElement;
      expect(link.textContent).to.equal('Request a new link');
      expect(link.getAttribute('href')).to.equal('/forgot');
      expect(location.search).to.equal('?email=x');
      await expect(el).to.be.accessible();

      at('?token=');
      const empty = await mount(store);
      expect(empty.querySelector('form')).to.equal(null);
      expect(part(empty, 'request-link')).to.equal(null);
    });
  });

  describe('form for password managers', () => {
    it('has new-password fields and a hidden username field that `username` fills', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      at('?token=abc');
      const store = storeHarness(refineV3Provider().provider).store;
      const el = await mount(store, html`<auth-update-password username="jane@mail.com" .store=${store}></auth-update-password>`);
      expect(document.querySelector('form input[type=password]')).to.equal(input(el, 'password'));
      expect(input(el, 'password').autocomplete).to.equal('new-password');
      expect(input(el, 'confirmPassword').autocomplete).to.equal('new-password');
      const hidden = el.querySelector<HTMLInputElement>('[data-part~=hidden-username]')!;
      expect(hidden.autocomplete).to.equal('username');
      expect(hidden.form).to.equal(el.querySelector('form'));
      expect(hidden.value).to.equal('jane@mail.com');
      expect(getComputedStyle(hidden).display).to.equal('none');
      el.username = 'john@mail.com';
      await el.updateComplete;
      expect(hidden.value).to.equal('john@mail.com');
      expect(el.querySelectorAll('[data-part~=toggle][aria-pressed=false]')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('does not send the hidden username to the provider; no-confirm removes the confirmation', async () => {
      at('?token=abc');
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider);
      const el = await mount(h.store, html`<auth-update-password username="jane" no-confirm .store=${h.store}></auth-update-password>`);
      expect(el.querySelector('input[name=confirmPassword]')).to.equal(null);
      fill(el, 'password', 'pasted пароль');
      submitButton(el).click();
      await waitUntil(() => fake.countOf('updatePassword') === 1);
      expect(fake.argsOf('updatePassword')[0]).to.deep.equal([{ token: 'abc', password: 'pasted пароль' }]);
    });
  });

  describe('outcomes', () => {
    it('shows the success message, hides the form, and stays when the provider resolves nothing', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      at('?token=abc');
      const fake = refineV4Provider();
      const h = storeHarness(fake.provider);
      const store = h.store;
      const el = await mount(store, html`<auth-update-password login-link="/login" .store=${store}></auth-update-password>`);
      const status = part(el, 'status')!;
      const successes = recordEvents<AuthSuccessEvent>('auth-success');
      fillBoth(el, 'Secret-Pa55');
      submitButton(el).click();
      await waitUntil(() => part(el, 'status')!.textContent === 'Your password has been updated.');
      successes.stop();
      expect(part(el, 'status')).to.equal(status);
      expect(el.querySelector('form')).to.equal(null);
      expect(h.navigations).to.deep.equal([]);
      expect(successes.events.map((e) => e.detail)).to.deep.equal([{ action: 'updatePassword' }]);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'login-link'));
      await expect(el).to.be.accessible();
    });

    it('navigates to a resolved path (auth-redirect), and not when the event is cancelled', async () => {
      at('?token=abc');
      const fake = refineV3Provider({ updatePassword: resolves('/login') });
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      const redirect = oneEvent(el, 'auth-redirect');
      fillBoth(el);
      submitButton(el).click();
      expect((await redirect).detail).to.deep.equal({ to: '/login', action: 'updatePassword', replace: false });
      await waitUntil(() => h.navigations.length === 1);
      expect(h.navigations).to.deep.equal([{ to: '/login', replace: false }]);

      at('?token=def');
      const h2 = storeHarness(fake.provider);
      const other = await mount(h2.store);
      other.addEventListener('auth-redirect', (e: AuthRedirectEvent) => e.preventDefault());
      const cancelled = oneEvent(other, 'auth-redirect');
      fillBoth(other);
      submitButton(other).click();
      expect((await cancelled).defaultPrevented).to.equal(true);
      await waitUntil(() => !other.busy);
      expect(h2.navigations).to.deep.equal([]);
    });

    it('shows a rejection as text (no element from an XSS payload) with no password in the event', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      at('?token=abc');
      const payload = '<img src=x onerror="window.__xss=1">';
      const fake = refineV3Provider({ updatePassword: rejects({ name: 'Expired', message: payload }) });
      const el = await mount(storeHarness(fake.provider).store);
      const errors = recordEvents<AuthErrorEvent>('auth-error');
      fillBoth(el, 'Secret-Pa55');
      submitButton(el).click();
      await waitUntil(() => errors.events.length === 1);
      errors.stop();
      await el.updateComplete;
      expect(errors.events[0].detail).to.deep.equal({ action: 'updatePassword', error: { name: 'Expired', message: payload } });
      expect(JSON.stringify(errors.events[0].detail)).to.not.include('Secret-Pa55');
      expect(part(el, 'error-message')!.textContent).to.equal(payload);
      expect(part(el, 'error-title')!.textContent).to.equal('Expired');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      expect(el.querySelector('form')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

  });

  describe('validation', () => {
    it('blocks a mismatch with aria-invalid, a described-by message and focus', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      at('?token=abc');
      const fake = refineV3Provider();
      const el = await mount(storeHarness(fake.provider).store);
      fill(el, 'password', 'one');
      fill(el, 'confirmPassword', 'two');
      submitButton(el).click();
      const confirm = input(el, 'confirmPassword');
      await waitUntil(() => confirm.getAttribute('aria-invalid') === 'true');
      expect(el.querySelector(`#${confirm.getAttribute('aria-describedby')}`)!.textContent).to.equal('The passwords do not match.');
      expect(document.activeElement).to.equal(confirm);
      expect(fake.countOf('updatePassword')).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('marks an empty password first', async () => {
      at('?token=abc');
      const fake = refineV3Provider();
      const el = await mount(storeHarness(fake.provider).store);
      submitButton(el).click();
      await waitUntil(() => input(el, 'password').getAttribute('aria-invalid') === 'true');
      expect(document.activeElement).to.equal(input(el, 'password'));
      expect(fake.countOf('updatePassword')).to.equal(0);
    });
  });

  it('has every documented part', async () => {
    at('?token=abc');
    const store = storeHarness(refineV3Provider({ updatePassword: rejects({ message: 'x' }) }).provider).store;
    const el = await mount(store, html`<auth-update-password login-link="/login" .store=${store}></auth-update-password>`);
    fillBoth(el);
    submitButton(el).click();
    await oneEvent(el, 'auth-error');
    await el.updateComplete;
    for (const name of ['base', 'header', 'title', 'error', 'error-title', 'error-message', 'status', 'footer', 'link', 'login-link']) {
      expect(part(el, name), name).to.not.equal(null);
    }
    expect(part(el, 'title')!.textContent).to.equal('Set a new password');
    at('');
    const invalid = await mount(store, html`<auth-update-password forgot-password-link="/forgot" .store=${store}></auth-update-password>`);
    for (const name of ['description', 'request-link']) expect(part(invalid, name), name).to.not.equal(null);
  });
});

runFormConformanceTests({
  tag: 'auth-update-password',
  action: 'updatePassword',
  submitKey: 'updateSubmit',
  attributes: { 'login-link': '/login', 'forgot-password-link': '/forgot' },
  setUp: () => at('?token=abc'),
  fillValid: (el, password) => fillBoth(el as AuthUpdatePassword, password),
  partStates: [
    async () => {
      // Without a token: the invalid-link state (description, request link).
      at('');
      const store = storeHarness(refineV3Provider().provider).store;
      return mount(store, html`<auth-update-password .store=${store} forgot-password-link="/forgot"></auth-update-password>`);
    },
  ],
});
