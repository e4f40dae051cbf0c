import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { configureAuth, createAuthStore, provideAuth, setAuthStrings, type AuthStore } from '../../index.js';
import type { AuthRedirectEvent } from '../../events/index.js';
import { fr } from '../../locales/fr.js';
import { ar } from '../../locales/ar.js';
import { neverSettles, refineV3, refineV3Provider, refineV4Provider, rejects, resolves, throws } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import { fill, input, part, pressEnter, recordEvents, submitButton, type } from '../../test-utils/elements.js';
import './auth-login.js';
import type { AuthLogin } from './auth-login.js';
import { runFormConformanceTests } from '../../test-utils/form-conformance.js';

async function mount(store: AuthStore, template = html`<auth-login .store=${store}></auth-login>`) {
  const el = await fixture<AuthLogin>(template);
  await el.updateComplete;
  return el;
}

/** Fills valid credentials, submits, and resolves with the first `eventName` event. */
async function signIn<K extends 'auth-error' | 'auth-success' | 'auth-redirect'>(el: AuthLogin, eventName: K) {
  fill(el, 'email', 'a@b.co');
  fill(el, 'password', 'x');
  const event = oneEvent(el, eventName);
  submitButton(el).click();
  return (await event) as GlobalEventHandlersEventMap[K];
}

async function submitted(el: AuthLogin, settle: () => Promise<unknown>) {
  submitButton(el).click();
  await settle();
  await el.updateComplete;
}

describe('<auth-login>', () => {
  afterEach(() => setAuthStrings({}));

  describe('form for password managers', () => {
    it('renders a real <form> with native inputs in the light DOM', async () => {
      const h = storeHarness(refineV3Provider().provider);
      const el = await mount(h.store);
      const password = document.querySelector('form input[type=password]');
      expect(password === input(el, 'password')).to.equal(true);
      expect(password!.closest('auth-login') === el).to.equal(true);
      expect(input(el, 'email').form === el.querySelector('form')).to.equal(true);
      expect(submitButton(el).form === el.querySelector('form')).to.equal(true);
    });

    it('uses the autocomplete tokens password managers expect', async () => {
      const el = await mount(storeHarness(refineV3Provider().provider).store);
      expect(input(el, 'email').autocomplete).to.equal('username');
      expect(input(el, 'email').type).to.equal('email');
      expect(input(el, 'password').autocomplete).to.equal('current-password');
    });

    it('asks for a username when identifier="username"', async () => {
      const h = storeHarness(refineV3Provider().provider);
      const el = await mount(h.store, html`<auth-login identifier="username" .store=${h.store}></auth-login>`);
      expect(input(el, 'username').autocomplete).to.equal('username');
      expect(input(el, 'username').type).to.equal('text');
      expect(el.querySelector('input[name=email]') === null).to.equal(true);
    });

    it('gives each of two forms on one page its own ids', async () => {
      const store = storeHarness(refineV3Provider().provider).store;
      const wrap = await fixture(html`<div><auth-login .store=${store}></auth-login><auth-login .store=${store}></auth-login></div>`);
      const [a, b] = Array.from(wrap.querySelectorAll('auth-login'));
      await a.updateComplete;
      await b.updateComplete;
      expect(input(a, 'email').id).to.not.equal(input(b, 'email').id);
      expect(a.querySelector('label')!.htmlFor).to.equal(input(a, 'email').id);
    });
  });

  describe('submitting', () => {
    it('sends the values exactly as typed (the password untrimmed) and goes to /', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      const redirects = recordEvents<AuthRedirectEvent>('auth-redirect');
      await type(el, 'email', ' john@mail.com ');
      await type(el, 'password', ' pä ss wörd ');
      await pressEnter();
      await waitUntil(() => h.navigations.length === 1);
      redirects.stop();
      expect(fake.argsOf('login')).to.deep.equal([[{ email: 'john@mail.com', password: ' pä ss wörd ' }]]);
      expect(h.navigations).to.deep.equal([{ to: '/', replace: false }]);
      expect(redirects.events.map((e) => e.detail)).to.deep.equal([{ to: '/', action: 'login', replace: false }]);
    });

    it('accepts a pasted password', async () => {
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      fill(el, 'email', 'jane@mail.com');
      fill(el, 'password', 'pasted-секрет');
      await submitted(el, () => waitUntil(() => h.navigations.length === 1));
      expect(fake.argsOf('login')[0]).to.deep.equal([{ email: 'jane@mail.com', password: 'pasted-секрет' }]);
    });

    it('sends remember as a boolean when remember-me is shown', async () => {
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider);
      const el = await mount(h.store, html`<auth-login remember-me .store=${h.store}></auth-login>`);
      fill(el, 'email', 'a@b.co');
      fill(el, 'password', 'x');
      (el.querySelector('input[name=remember]') as HTMLInputElement).click();
      await submitted(el, () => waitUntil(() => fake.countOf('login') === 1));
      expect(fake.argsOf('login')[0]).to.deep.equal([{ email: 'a@b.co', password: 'x', remember: true }]);
    });

    it('goes to the path the provider resolved, and stays on false', async () => {
      const fake = refineV3Provider({ login: resolves('/reports') });
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      fill(el, 'email', 'a@b.co');
      fill(el, 'password', 'x');
      await submitted(el, () => waitUntil(() => h.navigations.length === 1));
      expect(h.navigations).to.deep.equal([{ to: '/reports', replace: false }]);

      fake.set('login', resolves(false));
      const success = oneEvent(el, 'auth-success');
      submitButton(el).click();
      expect((await success).detail).to.deep.equal({ action: 'login' });
      expect(h.navigations).to.have.length(1);
    });

    it('returns to ?to= after login (replace), for a refine v4 provider too', async () => {
      const fake = refineV4Provider({ login: resolves({ success: true, redirectTo: '/home' }) });
      const h = storeHarness(fake.provider);
      h.at('/login?to=%2Forders%3Fpage%3D2');
      const el = await mount(h.store);
      fill(el, 'email', 'a@b.co');
      fill(el, 'password', 'x');
      await submitted(el, () => waitUntil(() => h.navigations.length === 1));
      expect(h.navigations).to.deep.equal([{ to: '/orders?page=2', replace: true }]);
    });

    it('lets the app cancel auth-redirect and navigate itself', async () => {
      const h = storeHarness(refineV3Provider().provider);
      const el = await mount(h.store);
      el.addEventListener('auth-redirect', (e) => e.preventDefault());
      fill(el, 'email', 'a@b.co');
      fill(el, 'password', 'x');
      const redirect = oneEvent(el, 'auth-redirect');
      submitButton(el).click();
      const event = await redirect;
      expect(event.cancelable).to.equal(true);
      expect(event.composed && event.bubbles).to.equal(true);
      await waitUntil(() => !el.busy);
      expect(h.navigations).to.deep.equal([]);
    });

    it('announces success before the redirect, and no event carries the password', async () => {
      const h = storeHarness(refineV3Provider().provider);
      const el = await mount(h.store);
      const order: string[] = [];
      const seen: Event[] = [];
      for (const name of ['auth-success', 'auth-redirect', 'auth-error']) {
        el.addEventListener(name, (e) => {
          order.push(e.type);
          seen.push(e);
        });
      }
      fill(el, 'email', 'a@b.co');
      fill(el, 'password', 'hunter2-secret');
      await submitted(el, () => waitUntil(() => h.navigations.length === 1));
      expect(order).to.deep.equal(['auth-success', 'auth-redirect']);
      for (const event of seen) expect(JSON.stringify((event as CustomEvent).detail)).to.not.include('hunter2');
    });
  });

  describe('errors', () => {
    it('shows the provider error as text in the live region and fires auth-error', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      const fake = refineV3Provider({ login: rejects({ name: 'Login Failed!', message: 'No such account' }) });
      const el = await mount(storeHarness(fake.provider).store);
      const region = part(el, 'error')!;
      expect(region.getAttribute('role')).to.equal('alert');
      fill(el, 'email', 'a@b.co');
      fill(el, 'password', 'secret');
      const error = oneEvent(el, 'auth-error');
      submitButton(el).click();
      expect((await error).detail).to.deep.equal({ action: 'login', error: { name: 'Login Failed!', message: 'No such account' } });
      await el.updateComplete;
      expect(part(el, 'error') === region).to.equal(true);
      expect(part(el, 'error-title')!.textContent).to.equal('Login Failed!');
      expect(part(el, 'error-message')!.textContent).to.equal('No such account');
      await expect(el).to.be.accessible();
    });

    it('a new submit that fails validation removes the previous provider error', async () => {
      const fake = refineV3Provider({ login: rejects({ message: 'Wrong password' }) });
      const el = await mount(storeHarness(fake.provider).store);
      await signIn(el, 'auth-error');
      await el.updateComplete;
      expect(part(el, 'error-message')!.textContent).to.equal('Wrong password');
      fill(el, 'password', '');
      submitButton(el).click();
      await el.updateComplete;
      expect(input(el, 'password').getAttribute('aria-invalid')).to.equal('true');
      expect(part(el, 'error-message') === null).to.equal(true);
      expect(part(el, 'error')!.classList.contains('active')).to.equal(false);
    });

    it('shows its error itself, so the store keeps it out of the page-wide notifications', async () => {
      const fake = refineV3Provider({ login: rejects({ message: 'Wrong password' }) });
      const { store } = storeHarness(fake.provider);
      const el = await mount(store);
      await signIn(el, 'auth-error');
      expect(store.state.errors.login?.message).to.equal('Wrong password');
      expect(store.state.notifications).to.deep.equal([]);
      // The same failure from app code (no form to show it) is a notification.
      await store.login({ email: 'a@b.co', password: 'x' });
      expect(store.state.notifications.map((n) => n.error.message)).to.deep.equal(['Wrong password']);
    });

    it('uses refine’s defaults for a bare rejection', async () => {
      const fake = refineV3Provider({ login: rejects() });
      const el = await mount(storeHarness(fake.provider).store);
      expect((await signIn(el, 'auth-error')).detail.error).to.deep.equal({ name: 'Login Error', message: 'Invalid credentials', code: 'login-failed' });
    });

    it('a provider that never answers leaves a usable form with a timeout error', async () => {
      const fake = refineV3Provider({ login: neverSettles });
      const el = await mount(storeHarness(fake.provider, { timeout: 20 }).store);
      const event = await signIn(el, 'auth-error');
      expect(event.detail.error.name).to.equal('Timeout');
      await el.updateComplete;
      expect(submitButton(el).disabled).to.equal(false);
      expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('false');
      expect(part(el, 'error-title')!.textContent).to.equal('Timeout');
      // The user can try again, and the next answer counts.
      fake.set('login', resolves(false));
      await signIn(el, 'auth-success');
    });

    it('a provider that throws synchronously shows its message, with no unhandled rejection', async () => {
      const unhandled: unknown[] = [];
      const spy = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
      window.addEventListener('unhandledrejection', spy);
      try {
        const fake = refineV3Provider({ login: throws(new TypeError('fetch is not a function')) });
        const el = await mount(storeHarness(fake.provider).store);
        const event = await signIn(el, 'auth-error');
        expect(event.detail.error).to.deep.equal({ name: 'Login Error', message: 'fetch is not a function', titleCode: 'login-failed' });
        await el.updateComplete;
        expect(submitButton(el).disabled).to.equal(false);
      } finally {
        window.removeEventListener('unhandledrejection', spy);
      }
      expect(unhandled).to.deep.equal([]);
    });

    it('renders an HTML payload in an error as text, creating no element', async () => {
      const payload = '<img src=x onerror="window.__xss=1"><b>bold</b>';
      const fake = refineV3Provider({ login: rejects({ name: '<script>window.__xss=2</script>', message: payload }) });
      const el = await mount(storeHarness(fake.provider).store);
      await signIn(el, 'auth-error');
      await el.updateComplete;
      const region = part(el, 'error')!;
      expect(region.querySelector('img, b, script') === null).to.equal(true);
      expect(part(el, 'error-message')!.textContent).to.equal(payload);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });

    it('shows a clear error when no store is configured', async () => {
      // Runs before the configureAuth test below (each test file gets a fresh page).
      const el = await fixture<AuthLogin>(html`<auth-login></auth-login>`);
      expect((await signIn(el, 'auth-error')).detail.error.name).to.equal('Configuration Error');
    });
  });

  describe('validation', () => {
    it('marks empty and malformed fields, describes them, focuses the first, and calls nothing', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      const fake = refineV3Provider();
      const el = await mount(storeHarness(fake.provider).store);
      fill(el, 'email', 'not-an-email');
      submitButton(el).click();
      await el.updateComplete;
      const email = input(el, 'email');
      const password = input(el, 'password');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(password.getAttribute('aria-invalid')).to.equal('true');
      expect(document.getElementById(email.getAttribute('aria-describedby')!)!.textContent).to.equal('Please enter a valid email address.');
      expect(document.getElementById(password.getAttribute('aria-describedby')!)!.textContent).to.equal('Please fill in this field.');
      expect(document.activeElement === email).to.equal(true);
      expect(fake.countOf('login')).to.equal(0);
      await expect(el).to.be.accessible();
      fill(el, 'email', 'ok@mail.com');
      await el.updateComplete;
      expect(email.getAttribute('aria-invalid')).to.equal('false');
    });
  });

  describe('show password', () => {
    it('toggles the input type and aria-pressed', async () => {
      const el = await mount(storeHarness(refineV3Provider().provider).store);
      const toggle = el.querySelector<HTMLButtonElement>('[data-part~=toggle]')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(input(el, 'password').id);
      toggle.click();
      await el.updateComplete;
      expect(input(el, 'password').type).to.equal('text');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      toggle.click();
      await el.updateComplete;
      expect(input(el, 'password').type).to.equal('password');
    });
  });

  describe('links, providers and slots', () => {
    it('hides the links when their attributes are absent and shows them when set', async () => {
      const h = storeHarness(refineV3Provider().provider);
      const bare = await mount(h.store);
      expect(part(bare, 'register-link') === null).to.equal(true);
      expect(bare.querySelector('[data-part~=forgot-link]') === null).to.equal(true);
      const el = await mount(h.store, html`<auth-login register-link="/register" forgot-password-link="/forgot" .store=${h.store}></auth-login>`);
      expect(part(el, 'register-link')!.getAttribute('href')).to.equal('/register');
      expect(el.querySelector('[data-part~=forgot-link]')!.getAttribute('href')).to.equal('/forgot');
    });

    it('calls login({ providerName }) from a provider button', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      const fake = refineV3Provider({ login: resolves(false) });
      const h = storeHarness(fake.provider);
      const el = await mount(h.store, html`<auth-login .providers=${[{ name: 'github', label: 'GitHub' }]} .store=${h.store}></auth-login>`);
      const button = part(el, 'provider-button') as HTMLButtonElement;
      expect(button.textContent).to.equal('Sign in with GitHub');
      const success = oneEvent(el, 'auth-success');
      button.click();
      button.click();
      await success;
      expect(fake.argsOf('login')).to.deep.equal([[{ providerName: 'github' }]]);
      await expect(el).to.be.accessible();
    });

    it('treats a missing or malformed providers list as none', async () => {
      const h = storeHarness(refineV3Provider().provider);
      const el = await mount(h.store);
      for (const bad of [null, undefined, 'github', [null, { label: 'no name' }]]) {
        (el as unknown as { providers: unknown }).providers = bad;
        await el.updateComplete;
        expect(part(el, 'providers') === null, String(bad)).to.equal(true);
      }
    });

    it('lets the title slot replace the heading', async () => {
      const h = storeHarness(refineV3Provider().provider);
      const el = await mount(h.store, html`<auth-login .store=${h.store}><h1 slot="title">Welcome back</h1></auth-login>`);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=title]')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Welcome back');
    });

  });

  describe('stores', () => {
    it('finds its store through context, and .store overrides it', async () => {
      const a = refineV3Provider({ login: resolves(false) });
      const b = refineV3Provider({ login: resolves(false) });
      const storeA = createAuthStore({ authProvider: a.provider, navigate: () => {} });
      const storeB = createAuthStore({ authProvider: b.provider, navigate: () => {} });
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      provideAuth(wrap, storeA);
      wrap.innerHTML = '<auth-login></auth-login><auth-login></auth-login>';
      const [first, second] = Array.from(wrap.querySelectorAll('auth-login'));
      second.store = storeB;
      await first.updateComplete;
      await second.updateComplete;
      for (const el of [first, second]) {
        await signIn(el, 'auth-success');
      }
      expect(a.countOf('login')).to.equal(1);
      expect(b.countOf('login')).to.equal(1);
    });

    it('falls back to the default store from configureAuth', async () => {
      const fake = refineV3Provider({ login: resolves(false) });
      configureAuth({ authProvider: fake.provider, navigate: () => {} });
      const el = await fixture<AuthLogin>(html`<auth-login></auth-login>`);
      await signIn(el, 'auth-success');
      expect(fake.countOf('login')).to.equal(1);
    });

    it('two forms on two stores do not share busy state', async () => {
      const slow = refineV3Provider();
      slow.hold('login');
      const one = storeHarness(slow.provider).store;
      const two = storeHarness(refineV3Provider().provider).store;
      const a = await mount(one);
      const b = await mount(two);
      fill(a, 'email', 'a@b.co');
      fill(a, 'password', 'x');
      submitButton(a).click();
      await waitUntil(() => submitButton(a).disabled);
      await b.updateComplete;
      expect(submitButton(b).disabled).to.equal(false);
    });
  });

  describe('i18n and direction', () => {
    it('takes page-wide strings, per-element overrides win', async () => {
      setAuthStrings(fr);
      const h = storeHarness(refineV3Provider().provider);
      const el = await mount(h.store, html`<auth-login .strings=${{ loginSubmit: 'Entrer' }} .store=${h.store}></auth-login>`);
      expect(part(el, 'title')!.textContent).to.equal(fr.loginTitle);
      expect(submitButton(el).textContent!.trim()).to.equal('Entrer');
      expect(el.querySelector('label')!.textContent).to.equal(fr.emailLabel);
    });

    it('lays out right-to-left with the Arabic strings and stays accessible', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      setAuthStrings(ar);
      const h = storeHarness(refineV3Provider().provider);
      const el = await mount(h.store, html`<div dir="rtl" lang="ar"><auth-login forgot-password-link="/f" .store=${h.store}></auth-login></div>`);
      const login = el.querySelector('auth-login')!;
      await login.updateComplete;
      const field = input(login, 'password').getBoundingClientRect();
      const toggle = login.querySelector('[data-part~=toggle]')!.getBoundingClientRect();
      // The toggle sits at the inline end, which is the left in RTL.
      expect(toggle.left - field.left).to.be.lessThan(field.right - toggle.right);
      await expect(el).to.be.accessible();
    });
  });

  it('passes axe in its initial state', async function () {
    // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
    this.timeout(30_000);
    const h = storeHarness(refineV3Provider().provider);
    const el = await mount(h.store, html`<auth-login remember-me register-link="/r" forgot-password-link="/f" .store=${h.store}></auth-login>`);
    await expect(el).to.be.accessible();
  });
});

const passwordlessProvider = () => refineV3Provider({ sendLoginCode: resolves(), loginWithCode: resolves(), sendMagicLink: resolves() });

runFormConformanceTests({
  tag: 'auth-login',
  action: 'login',
  submitKey: 'loginSubmit',
  attributes: { 'register-link': '/register', 'forgot-password-link': '/forgot' },
  fillValid(el, password) {
    fill(el, 'email', 'jane@example.com');
    fill(el, 'password', password);
  },
  partStates: [
    async (mount) => {
      const el = (await mount(storeHarness(refineV3Provider().provider).store)) as AuthLogin;
      el.providers = [{ name: 'github', label: 'GitHub' }];
      await el.updateComplete;
      return el;
    },
    // The e-mail sign-in buttons.
    async (mount) => mount(storeHarness(passwordlessProvider().provider).store),
    // The passkey button (a stand-in WebAuthn entry point where the engine has none).
    async (mount) => {
      const real = Object.getOwnPropertyDescriptor(window, 'PublicKeyCredential');
      Object.defineProperty(window, 'PublicKeyCredential', { value: function PublicKeyCredential() {}, configurable: true, writable: true });
      try {
        return await mount(storeHarness(refineV3.create({ loginWithPasskey: neverSettles }).provider).store);
      } finally {
        if (real) Object.defineProperty(window, 'PublicKeyCredential', real);
        else delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
      }
    },
    // The code step's "send again" and "back".
    async (mount) => {
      const el = await mount(storeHarness(passwordlessProvider().provider).store);
      fill(el, 'email', 'jane@example.com');
      part(el, 'login-code-button')!.click();
      await waitUntil(() => part(el, 'step-actions') !== null, 'no code step');
      return el;
    },
  ],
});
