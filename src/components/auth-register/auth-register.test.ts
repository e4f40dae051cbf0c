import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/store.js';
import type { AuthErrorEvent, AuthRedirectEvent, AuthSuccessEvent } from '../../events/index.js';
import { fill, input, part, pressEnter, recordEvents, submitButton, type } from '../../test-utils/elements.js';
import { refineV3Provider, refineV4Provider, rejects, resolves } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import './auth-register.js';
import type { AuthRegister } from './auth-register.js';
import { runFormConformanceTests } from '../../test-utils/form-conformance.js';

async function mount(store: AuthStore, template = html`<auth-register .store=${store}></auth-register>`) {
  const el = await fixture<AuthRegister>(template);
  await el.updateComplete;
  return el;
}

function fillAll(el: AuthRegister, email = 'jane@mail.com', password = 's3cret') {
  fill(el, 'email', email);
  fill(el, 'password', password);
  if (el.querySelector('input[name=confirmPassword]')) fill(el, 'confirmPassword', password);
}

describe('<auth-register>', () => {
  describe('form for password managers', () => {
    it('renders a light-DOM <form> that document.querySelector finds, with new-password tokens', async () => {
      const el = await mount(storeHarness(refineV3Provider().provider).store);
      const password = document.querySelector('form input[type=password]');
      expect(password).to.equal(input(el, 'password'));
      expect(password!.closest('auth-register')).to.equal(el);
      expect(input(el, 'email').type).to.equal('email');
      expect(input(el, 'email').autocomplete).to.equal('username');
      expect(input(el, 'password').autocomplete).to.equal('new-password');
      expect(input(el, 'confirmPassword').autocomplete).to.equal('new-password');
      expect(input(el, 'confirmPassword').type).to.equal('password');
      expect(submitButton(el).form).to.equal(el.querySelector('form'));
    });

    it('has a show/hide toggle with aria-pressed on both password fields', async () => {
      const el = await mount(storeHarness(refineV3Provider().provider).store);
      const toggles = el.querySelectorAll<HTMLButtonElement>('[data-part~=toggle]');
      expect(toggles).to.have.length(2);
      expect(toggles[1].getAttribute('aria-pressed')).to.equal('false');
      toggles[1].click();
      await el.updateComplete;
      expect(input(el, 'confirmPassword').type).to.equal('text');
      expect(toggles[1].getAttribute('aria-pressed')).to.equal('true');
      expect(input(el, 'password').type).to.equal('password');
    });

    it('no-confirm removes the confirmation field', async () => {
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider);
      const el = await mount(h.store, html`<auth-register no-confirm .store=${h.store}></auth-register>`);
      expect(el.querySelector('input[name=confirmPassword]')).to.equal(null);
      fillAll(el);
      submitButton(el).click();
      await waitUntil(() => fake.countOf('register') === 1);
      expect(fake.argsOf('register')).to.deep.equal([[{ email: 'jane@mail.com', password: 's3cret' }]]);
    });
  });

  describe('submitting', () => {
    it('sends email and the password exactly as typed (not the confirmation), then goes to /', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      const redirects = recordEvents<AuthRedirectEvent>('auth-redirect');
      await type(el, 'email', ' jane@mail.com ');
      await type(el, 'password', ' pä ss wörd 🔑 ');
      await type(el, 'confirmPassword', ' pä ss wörd 🔑 ');
      await pressEnter();
      await waitUntil(() => h.navigations.length === 1);
      redirects.stop();
      expect(fake.argsOf('register')).to.deep.equal([[{ email: 'jane@mail.com', password: ' pä ss wörd 🔑 ' }]]);
      expect(h.navigations).to.deep.equal([{ to: '/', replace: false }]);
      expect(redirects.events.map((e) => e.detail)).to.deep.equal([{ to: '/', action: 'register', replace: false }]);
    });

    it('accepts pasted passwords', async () => {
      const fake = refineV3Provider({ register: resolves(false) });
      const el = await mount(storeHarness(fake.provider).store);
      fillAll(el, 'a@b.co', 'pasted секрет');
      submitButton(el).click();
      await waitUntil(() => fake.countOf('register') === 1);
      expect(fake.argsOf('register')[0]).to.deep.equal([{ email: 'a@b.co', password: 'pasted секрет' }]);
    });

    it('goes where the provider resolved (refine v4 too), and stays on false', async () => {
      const fake = refineV4Provider({ register: resolves({ success: true, redirectTo: '/welcome' }) });
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      fillAll(el);
      submitButton(el).click();
      await waitUntil(() => h.navigations.length === 1);
      expect(h.navigations).to.deep.equal([{ to: '/welcome', replace: false }]);

      const v3 = refineV3Provider({ register: resolves(false) });
      const h3 = storeHarness(v3.provider);
      el.store = h3.store;
      await el.updateComplete;
      const success = oneEvent(el, 'auth-success');
      submitButton(el).click();
      expect((await success).detail).to.deep.equal({ action: 'register' });
      await waitUntil(() => !el.busy);
      expect(h3.navigations).to.deep.equal([]);
    });

    it('lets the app cancel auth-redirect (no navigation)', async () => {
      const h = storeHarness(refineV3Provider({ register: resolves('/welcome') }).provider);
      const el = await mount(h.store);
      el.addEventListener('auth-redirect', (e) => e.preventDefault());
      fillAll(el);
      const redirect = oneEvent(el, 'auth-redirect');
      submitButton(el).click();
      const event = await redirect;
      expect(event.detail).to.deep.equal({ to: '/welcome', action: 'register', replace: false });
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      await waitUntil(() => !el.busy);
      expect(h.navigations).to.deep.equal([]);
    });

    it('puts no password in auth-success or auth-error', async () => {
      const fake = refineV3Provider({ register: resolves(false) });
      const el = await mount(storeHarness(fake.provider).store);
      const successes = recordEvents<AuthSuccessEvent>('auth-success');
      const errors = recordEvents<AuthErrorEvent>('auth-error');
      fillAll(el, 'a@b.co', 'Pa55-unique');
      submitButton(el).click();
      await waitUntil(() => successes.events.length === 1);
      fake.set('register', rejects({ name: 'Taken', message: 'Email in use' }));
      submitButton(el).click();
      await waitUntil(() => errors.events.length === 1);
      successes.stop();
      errors.stop();
      expect(successes.events[0].detail).to.deep.equal({ action: 'register' });
      expect(errors.events[0].detail).to.deep.equal({ action: 'register', error: { name: 'Taken', message: 'Email in use' } });
      for (const event of [...successes.events, ...errors.events]) expect(JSON.stringify(event.detail)).to.not.include('Pa55-unique');
    });

  });

  describe('validation', () => {
    it('shows a mismatch on the confirmation, focuses it, and calls nothing', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      const fake = refineV3Provider();
      const el = await mount(storeHarness(fake.provider).store);
      fill(el, 'email', 'a@b.co');
      fill(el, 'password', 'one');
      fill(el, 'confirmPassword', 'two');
      submitButton(el).click();
      await waitUntil(() => input(el, 'confirmPassword').getAttribute('aria-invalid') === 'true');
      const confirm = input(el, 'confirmPassword');
      const message = el.querySelector(`#${confirm.getAttribute('aria-describedby')}`)!;
      expect(message.textContent).to.equal('The passwords do not match.');
      expect(document.activeElement).to.equal(confirm);
      expect(input(el, 'password').getAttribute('aria-invalid')).to.equal('false');
      expect(fake.countOf('register')).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('marks empty required fields, focuses the first one, and calls nothing', async () => {
      const fake = refineV3Provider();
      const el = await mount(storeHarness(fake.provider).store);
      fill(el, 'password', 'x');
      submitButton(el).click();
      await waitUntil(() => input(el, 'email').getAttribute('aria-invalid') === 'true');
      expect(document.activeElement).to.equal(input(el, 'email'));
      expect(input(el, 'confirmPassword').getAttribute('aria-invalid')).to.equal('true');
      expect(input(el, 'password').getAttribute('aria-invalid')).to.equal('false');
      expect(el.querySelector(`#${input(el, 'email').getAttribute('aria-describedby')}`)!.textContent).to.equal('Please fill in this field.');
      expect(fake.countOf('register')).to.equal(0);
    });
  });

  describe('extra fields in slot="fields"', () => {
    it('sends slotted inputs, wrapped inputs, checkboxes and selects with the other values', async () => {
      const fake = refineV3Provider({ register: resolves(false) });
      const h = storeHarness(fake.provider);
      const el = await mount(
        h.store,
        html`<auth-register .store=${h.store}>
          <label slot="fields">Name <input name="name" required /></label>
          <div slot="fields">
            <label>Company <input name="company" /></label>
            <label>Plan <select name="plan"><option value="free">Free</option><option value="pro">Pro</option></select></label>
          </div>
          <label slot="fields"><input type="checkbox" name="terms" value="yes" /> I accept the terms</label>
          <input slot="fields" name="source" aria-label="Source" value="ad" />
        </auth-register>`,
      );
      fillAll(el);
      fill(el, 'name', ' Jane Doe ');
      fill(el, 'company', 'ACME');
      (el.querySelector('select[name=plan]') as HTMLSelectElement).value = 'pro';
      (el.querySelector('input[name=terms]') as HTMLInputElement).click();
      // Enter in a page-provided field submits too (it belongs to the form).
      input(el, 'company').focus();
      await pressEnter();
      await waitUntil(() => fake.countOf('register') === 1);
      expect(fake.argsOf('register')).to.deep.equal([
        [{ email: 'jane@mail.com', password: 's3cret', name: 'Jane Doe', company: 'ACME', plan: 'pro', terms: 'yes', source: 'ad' }],
      ]);
    });

    it('validates required extra fields with aria-invalid, a described-by message and focus', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider);
      const el = await mount(
        h.store,
        html`<auth-register .store=${h.store}>
          <label slot="fields">Name <input name="name" required /></label>
          <label slot="fields"><input type="checkbox" name="terms" required /> I accept the terms</label>
          <label slot="fields">Plan <select name="plan" required><option value="">Choose…</option><option value="pro">Pro</option></select></label>
        </auth-register>`,
      );
      fillAll(el);
      submitButton(el).click();
      const name = input(el, 'name');
      await waitUntil(() => name.getAttribute('aria-invalid') === 'true');
      expect(document.activeElement).to.equal(name);
      expect(fake.countOf('register')).to.equal(0);
      const message = el.querySelector(`#${name.getAttribute('aria-describedby')}`)!;
      expect(message.textContent).to.equal('Name: Please fill in this field.');
      expect(input(el, 'terms').getAttribute('aria-invalid')).to.equal('true');
      expect(el.querySelector('select[name=plan]')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();

      // Fixing a field clears its error; the built-in fields come first for focus.
      fill(el, 'name', 'Jane');
      await el.updateComplete;
      expect(name.hasAttribute('aria-invalid')).to.equal(false);
      expect(name.hasAttribute('aria-describedby')).to.equal(false);
      fill(el, 'email', '');
      submitButton(el).click();
      await waitUntil(() => input(el, 'email').getAttribute('aria-invalid') === 'true');
      expect(document.activeElement).to.equal(input(el, 'email'));
    });
  });

  describe('errors', () => {
    it('shows a provider error as text in a live region that existed before, and stays accessible', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      const fake = refineV3Provider({ register: rejects({ name: 'Nope', message: '<img src=x onerror="window.__xss=1">' }) });
      const el = await mount(storeHarness(fake.provider).store);
      const region = part(el, 'error')!;
      expect(region.getAttribute('role')).to.equal('alert');
      fillAll(el);
      const failed = oneEvent(el, 'auth-error');
      submitButton(el).click();
      await failed;
      await el.updateComplete;
      expect(part(el, 'error')).to.equal(region);
      expect(part(el, 'error-message')!.textContent).to.equal('<img src=x onerror="window.__xss=1">');
      expect(part(el, 'error-title')!.textContent).to.equal('Nope');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('parts and links', () => {
    it('has every documented part, and the login link only when login-link is set', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      const store = storeHarness(refineV3Provider({ register: rejects({ message: 'x' }) }).provider).store;
      const bare = await mount(store);
      expect(part(bare, 'footer')).to.equal(null);
      expect(part(bare, 'login-link')).to.equal(null);

      const el = await mount(store, html`<auth-register login-link="/login" .store=${store}></auth-register>`);
      fillAll(el);
      submitButton(el).click();
      await oneEvent(el, 'auth-error');
      await el.updateComplete;
      for (const name of ['base', 'header', 'title', 'error', 'error-title', 'error-message', 'status', 'footer', 'link', 'login-link']) {
        expect(part(el, name), name).to.not.equal(null);
      }
      const link = part(el, 'login-link') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/login');
      expect(link.textContent).to.equal('Sign in');
      expect(part(el, 'footer')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Already have an account? Sign in');
      expect(part(el, 'title')!.textContent).to.equal('Create an account');
      await expect(el).to.be.accessible();
    });
  });
});

runFormConformanceTests({
  tag: 'auth-register',
  action: 'register',
  submitKey: 'registerSubmit',
  attributes: { 'login-link': '/login' },
  fillValid: (el, password) => fillAll(el as AuthRegister, 'jane@example.com', password),
  partStates: [
    async (mount) => {
      // A sign-up that must confirm its address: <auth-verify-email> in place of the card.
      const store = storeHarness(refineV3Provider({ register: resolves({ challenge: { type: 'verify-email' } }) }).provider).store;
      await store.register({});
      return mount(store);
    },
  ],
});
