import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/store.js';
import type { AuthErrorEvent, AuthRedirectEvent } from '../../events/index.js';
import { fill, input, part, pressEnter, recordEvents, submitButton, type } from '../../test-utils/elements.js';
import { refineV3Provider, refineV4Provider, rejects, resolves, type Behaviour } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import './auth-forgot-password.js';
import type { AuthForgotPassword } from './auth-forgot-password.js';
import { runFormConformanceTests } from '../../test-utils/form-conformance.js';

async function mount(store: AuthStore, template = html`<auth-forgot-password .store=${store}></auth-forgot-password>`) {
  const el = await fixture<AuthForgotPassword>(template);
  await el.updateComplete;
  return el;
}

const SENT = 'If an account exists for that address, a link to reset the password is on its way. Check your inbox.';

describe('<auth-forgot-password>', () => {
  it('renders a light-DOM form with an email field and the description', async function () {
    // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
    this.timeout(30_000);
    const el = await mount(storeHarness(refineV3Provider().provider).store);
    expect(document.querySelector('form input[type=email]')).to.equal(input(el, 'email'));
    expect(input(el, 'email').autocomplete).to.equal('username');
    expect(input(el, 'email').form).to.equal(el.querySelector('form'));
    expect(part(el, 'title')!.textContent).to.equal('Forgot your password?');
    expect(part(el, 'description')!.textContent).to.equal('Enter your email and we will send you a link to reset your password.');
    await expect(el).to.be.accessible();
  });

  it('sends the email typed, on Enter, and shows the sent message instead of the form', async function () {
    // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
    this.timeout(30_000);
    const fake = refineV3Provider();
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('');
    await type(el, 'email', ' jane@mail.com ');
    await pressEnter();
    await waitUntil(() => part(el, 'status')!.textContent === SENT);
    expect(part(el, 'status')).to.equal(status);
    expect(fake.argsOf('forgotPassword')).to.deep.equal([[{ email: 'jane@mail.com' }]]);
    expect(h.navigations).to.deep.equal([]);
    expect(el.querySelector('form')).to.equal(null);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'resend-button'));
    await expect(el).to.be.accessible();
  });

  // The message must not tell whether the address has an account, whatever the provider says.
  const answers: Array<[string, Behaviour, 'v3' | 'v4']> = [
    ['undefined (v3)', resolves(), 'v3'],
    ['true (v3)', resolves(true), 'v3'],
    ['an object (v3)', resolves({ exists: false, message: 'No such user' }), 'v3'],
    ['{ success: true } (v4)', resolves({ success: true }), 'v4'],
    ['{ success: true, successNotification } (v4)', resolves({ success: true, successNotification: { message: 'Sent to jane' } }), 'v4'],
  ];
  for (const [label, behaviour, dialect] of answers) {
    it(`shows the same status message when the provider resolves ${label}`, async () => {
      const fake = dialect === 'v3' ? refineV3Provider({ forgotPassword: behaviour }) : refineV4Provider({ forgotPassword: behaviour });
      const el = await mount(storeHarness(fake.provider).store);
      fill(el, 'email', 'jane@mail.com');
      const success = oneEvent(el, 'auth-success');
      submitButton(el).click();
      expect((await success).detail).to.deep.equal({ action: 'forgotPassword' });
      await el.updateComplete;
      expect(part(el, 'status')!.textContent).to.equal(SENT);
      expect(part(el, 'error')!.textContent).to.equal('');
    });
  }

  it('"Send again" brings the form back with the address, and sends again', async () => {
    const fake = refineV3Provider();
    const el = await mount(storeHarness(fake.provider).store);
    fill(el, 'email', 'jane@mail.com');
    submitButton(el).click();
    await waitUntil(() => part(el, 'resend-button'));
    (part(el, 'resend-button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(part(el, 'status')!.textContent).to.equal('');
    expect(input(el, 'email').value).to.equal('jane@mail.com');
    expect(document.activeElement).to.equal(input(el, 'email'));
    await pressEnter();
    await waitUntil(() => fake.countOf('forgotPassword') === 2);
  });

  it('navigates to a path the provider resolved (auth-redirect), unless cancelled', async () => {
    const fake = refineV3Provider({ forgotPassword: resolves('/check-email') });
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    const redirects = recordEvents<AuthRedirectEvent>('auth-redirect');
    fill(el, 'email', 'a@b.co');
    submitButton(el).click();
    await waitUntil(() => h.navigations.length === 1);
    expect(h.navigations).to.deep.equal([{ to: '/check-email', replace: false }]);
    expect(redirects.events.map((e) => e.detail)).to.deep.equal([{ to: '/check-email', action: 'forgotPassword', replace: false }]);

    const h2 = storeHarness(fake.provider);
    const other = await mount(h2.store);
    other.addEventListener('auth-redirect', (e) => e.preventDefault());
    fill(other, 'email', 'a@b.co');
    submitButton(other).click();
    await waitUntil(() => redirects.events.length === 2);
    redirects.stop();
    await waitUntil(() => !other.busy);
    expect(h2.navigations).to.deep.equal([]);
  });

  it('shows a rejection as text (no element from an XSS payload), keeps the form, fires auth-error', async function () {
    // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
    this.timeout(30_000);
    const payload = '<img src=x onerror="window.__xss=1">';
    const fake = refineV3Provider({ forgotPassword: rejects({ name: 'Mail failed', message: payload }) });
    const el = await mount(storeHarness(fake.provider).store);
    const errors = recordEvents<AuthErrorEvent>('auth-error');
    const region = part(el, 'error')!;
    fill(el, 'email', 'a@b.co');
    submitButton(el).click();
    await waitUntil(() => errors.events.length === 1);
    errors.stop();
    await el.updateComplete;
    expect(errors.events[0].detail).to.deep.equal({ action: 'forgotPassword', error: { name: 'Mail failed', message: payload } });
    expect(part(el, 'error')).to.equal(region);
    expect(part(el, 'error-message')!.textContent).to.equal(payload);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(part(el, 'status')!.textContent).to.equal('');
    expect(el.querySelector('form')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('validates the email (aria-invalid, described-by, focus) without calling the provider', async function () {
    // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
    this.timeout(30_000);
    const fake = refineV3Provider();
    const el = await mount(storeHarness(fake.provider).store);
    fill(el, 'email', 'not-an-email');
    submitButton(el).click();
    const email = input(el, 'email');
    await waitUntil(() => email.getAttribute('aria-invalid') === 'true');
    expect(el.querySelector(`#${email.getAttribute('aria-describedby')}`)!.textContent).to.equal('Please enter a valid email address.');
    expect(document.activeElement).to.equal(email);
    expect(fake.countOf('forgotPassword')).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('has every documented part; "Back to sign in" only with login-link', async () => {
    const store = storeHarness(refineV3Provider().provider).store;
    const bare = await mount(store);
    expect(part(bare, 'login-link')).to.equal(null);
    const el = await mount(store, html`<auth-forgot-password login-link="/login" .store=${store}></auth-forgot-password>`);
    for (const name of ['base', 'header', 'title', 'description', 'error', 'status', 'footer', 'link', 'login-link']) {
      expect(part(el, name), name).to.not.equal(null);
    }
    expect(part(el, 'login-link')!.textContent).to.equal('Back to sign in');
    expect(part(el, 'login-link')!.getAttribute('href')).to.equal('/login');
    fill(el, 'email', 'a@b.co');
    submitButton(el).click();
    await waitUntil(() => part(el, 'resend-button'));
  });

  it('shows error-title and error-message parts after a failure', async () => {
    const el = await mount(storeHarness(refineV3Provider({ forgotPassword: rejects(new Error('Down')) }).provider).store);
    fill(el, 'email', 'a@b.co');
    submitButton(el).click();
    await oneEvent(el, 'auth-error');
    await el.updateComplete;
    expect(part(el, 'error-title')).to.not.equal(null);
    expect(part(el, 'error-message')!.textContent).to.equal('Down');
  });
});

runFormConformanceTests({
  tag: 'auth-forgot-password',
  action: 'forgotPassword',
  submitKey: 'forgotSubmit',
  attributes: { 'login-link': '/login' },
  fillValid: (el) => fill(el, 'email', 'jane@example.com'),
  partStates: [
    async (mount) => {
      const el = await mount(storeHarness(refineV3Provider().provider).store);
      fill(el, 'email', 'jane@example.com');
      submitButton(el).click();
      await waitUntil(() => part(el, 'resend-button') !== null, 'never sent');
      return el;
    },
  ],
});
