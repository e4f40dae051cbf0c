import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/store.js';
import type { AuthSuccessEvent } from '../../events/index.js';
import { resetAuthStrings, setAuthStrings } from '../../internal/strings.js';
import { ja } from '../../locales/ja.js';
import { runAccountFormTests } from '../../test-utils/account-form.js';
import { fill, input, part, submitButton } from '../../test-utils/elements.js';
import { runFormConformanceTests } from '../../test-utils/form-conformance.js';
import { refineV3Provider, rejects, resolves, type Behaviour } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import './auth-change-email.js';
import type { AuthChangeEmail } from './auth-change-email.js';
import '../auth-change-password/auth-change-password.js';

async function mount(store: AuthStore, template = html`<auth-change-email .store=${store}></auth-change-email>`) {
  const el = await fixture<AuthChangeEmail>(template);
  await el.updateComplete;
  return el;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').trim();
const current = (el: HTMLElement) => text(el.querySelector('[data-part~="current-email-value"]'));

/** A store signed in as `identity` (loaded by the store itself). */
async function signedIn(identity: Behaviour, changeEmail: Behaviour = resolves({ confirmationSent: true })) {
  const fake = refineV3Provider({ getUserIdentity: identity, changeEmail });
  const h = storeHarness(fake.provider);
  await h.store.login({}, { redirect: false });
  await waitUntil(() => h.store.state.identity !== null, 'identity never loaded');
  return { fake, h };
}

describe('<auth-change-email>', () => {
  it('shows the current address (as text) and a new-address field with type=email, autocomplete=email', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">@example.com';
    const { h } = await signedIn(resolves({ email: payload }));
    const el = await mount(h.store);
    expect(current(el)).to.equal(payload);
    expect(el.querySelector('img')).to.equal(null);
    expect(text(el.querySelector('[data-part~="current-email-label"]'))).to.equal('Current address');
    const field = input(el, 'newEmail');
    expect(field.type).to.equal('email');
    expect(field.autocomplete).to.equal('email');
    expect(field.labels?.[0]?.textContent?.trim()).to.equal('New e-mail address');
  });

  it('is accessible (axe) with the current address shown, light and dark', async function () {
    this.timeout(30_000); // axe: its own budget
    const { h } = await signedIn(resolves({ email: 'ada@example.com' }));
    for (const theme of ['light', 'dark']) {
      const el = await mount(h.store, html`<auth-change-email theme=${theme} .store=${h.store}></auth-change-email>`);
      expect(current(el)).to.equal('ada@example.com');
      await expect(el).to.be.accessible();
    }
  });

  it('without an identity e-mail (none loaded, not a string, a throwing getter) it shows no current address and still works', async () => {
    for (const identity of [resolves({ id: 1 }), resolves({ email: 42 }), resolves(Object.defineProperty({}, 'email', { get: () => { throw new Error('getter'); } }))]) {
      const { fake, h } = await signedIn(identity);
      const el = await mount(h.store);
      expect(el.querySelector('[data-part~="current-email"]')).to.equal(null);
      fill(el, 'newEmail', 'new@example.com');
      submitButton(el).click();
      await waitUntil(() => fake.countOf('changeEmail') === 1);
    }
  });

  it('calls changeEmail with exactly { newEmail } (trimmed), and refuses an invalid or the current address before calling', async () => {
    const { fake, h } = await signedIn(resolves({ email: 'Ada@Example.com' }));
    const el = await mount(h.store);
    fill(el, 'newEmail', 'not an address');
    submitButton(el).click();
    await waitUntil(() => input(el, 'newEmail').getAttribute('aria-invalid') === 'true');
    fill(el, 'newEmail', ' ada@example.COM ');
    submitButton(el).click();
    await waitUntil(() => text(el.querySelector('[data-part~="field-error"]:not([hidden])')) === 'This is already your e-mail address.');
    expect(fake.countOf('changeEmail')).to.equal(0);
    fill(el, 'newEmail', ' new@example.com ');
    submitButton(el).click();
    await waitUntil(() => fake.countOf('changeEmail') === 1);
    expect(fake.argsOf('changeEmail')).to.deep.equal([[{ newEmail: 'new@example.com' }]]);
  });

  it('{ confirmationSent: true }: says a link was sent to the new address (as text), keeps the identity, empties the field', async () => {
    const { fake, h } = await signedIn(resolves({ email: 'ada@example.com' }));
    const el = await mount(h.store);
    fill(el, 'newEmail', 'new@example.com');
    const success = oneEvent(el, 'auth-success') as Promise<AuthSuccessEvent>;
    submitButton(el).click();
    expect((await success).detail.action).to.equal('changeEmail');
    await waitUntil(() => text(part(el, 'status')) !== '');
    expect(text(part(el, 'status'))).to.equal('We sent a confirmation link to new@example.com. Open it to finish the change.');
    expect(input(el, 'newEmail').value).to.equal('');
    expect(fake.countOf('getUserIdentity'), 'no reload: nothing changed yet').to.equal(1);
    expect(current(el)).to.equal('ada@example.com');
  });

  it('changed at once: says so and reloads the identity, so this and other elements show the new address', async () => {
    let address = 'ada@example.com';
    const { fake, h } = await signedIn(() => Promise.resolve({ email: address }), () => {
      address = 'new@example.com';
      return Promise.resolve({ email: address, confirmationSent: false });
    });
    fake.set('changePassword', resolves());
    const wrapper = await fixture<HTMLElement>(html`<div>
      <auth-change-email .store=${h.store}></auth-change-email>
      <auth-change-password .store=${h.store}></auth-change-password>
    </div>`);
    const el = wrapper.querySelector('auth-change-email')!;
    const password = wrapper.querySelector('auth-change-password')!;
    await el.updateComplete;
    expect(current(el)).to.equal('ada@example.com');
    fill(el, 'newEmail', 'new@example.com');
    submitButton(el).click();
    await waitUntil(() => text(part(el, 'status')) === 'Your e-mail address is now new@example.com.');
    await waitUntil(() => current(el) === 'new@example.com', 'identity not reloaded');
    expect(fake.countOf('getUserIdentity')).to.equal(2);
    await password.updateComplete;
    expect(input(password, 'username').value).to.equal('new@example.com');
  });

  it('a provider answer of any shape (nothing, a string, a throwing getter) counts as changed at once', async () => {
    const answers: Behaviour[] = [
      resolves(),
      resolves('yes'),
      resolves(Object.defineProperty({}, 'confirmationSent', { get: () => { throw new Error('getter'); } })),
    ];
    for (const answer of answers) {
      const { h } = await signedIn(resolves({ email: 'ada@example.com' }), answer);
      const el = await mount(h.store);
      fill(el, 'newEmail', 'new@example.com');
      submitButton(el).click();
      await waitUntil(() => text(part(el, 'status')) === 'Your e-mail address is now new@example.com.');
    }
  });

  it('a refusal is shown in the page’s language; the field keeps the address for a retry', async () => {
    setAuthStrings(ja);
    try {
      const { h } = await signedIn(resolves({ email: 'ada@example.com' }), rejects({ code: 'session-not-fresh', message: 'Session is not fresh' }));
      const el = await mount(h.store);
      expect(text(el.querySelector('[data-part~="current-email-label"]'))).to.equal('現在のアドレス');
      fill(el, 'newEmail', 'new@example.com');
      submitButton(el).click();
      await waitUntil(() => text(part(el, 'error-title')) !== '');
      expect(text(part(el, 'error-title'))).to.equal(ja.account.errors['session-not-fresh'].title);
      expect(text(part(el, 'error-message'))).to.equal(ja.account.errors['session-not-fresh'].message);
      expect(input(el, 'newEmail').value).to.equal('new@example.com');
      expect(text(part(el, 'status'))).to.equal('');
    } finally {
      resetAuthStrings();
    }
  });
});

runAccountFormTests({ tag: 'auth-change-email', action: 'changeEmail', fillValid: (el) => fill(el, 'newEmail', 'new@example.com') });

runFormConformanceTests({
  tag: 'auth-change-email',
  action: 'changeEmail',
  submitKey: { section: 'changeEmail', key: 'submit' },
  fillValid: (el) => fill(el, 'newEmail', 'new@example.com'),
});
