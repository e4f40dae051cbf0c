import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthStore } from '../../core/index.js';
import type { AuthErrorEvent, AuthRedirectEvent, AuthSuccessEvent } from '../../events/index.js';
import { en } from '../../internal/strings.js';
import { refineV3Provider, rejects, resolves } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import { part, recordEvents } from '../../test-utils/elements.js';
import type { AuthLogout } from './auth-logout.js';
import './auth-logout.js';

const mount = (store: AuthStore) => fixture<AuthLogout>(html`<auth-logout .store=${store}></auth-logout>`);
const button = (el: AuthLogout) => part(el, 'button') as HTMLButtonElement;

/** Counts calls the element makes to the store (not only to the provider). */
function spyLogout(store: AuthStore): unknown[][] {
  const calls: unknown[][] = [];
  const original = store.logout.bind(store);
  store.logout = (...args) => {
    calls.push(args);
    return original(...args);
  };
  return calls;
}

describe('<auth-logout>', () => {
  it('is a native button labelled by its slot, "Sign out" by default', async () => {
    const el = await mount(storeHarness(refineV3Provider().provider).store);
    expect(button(el).localName).to.equal('button');
    expect(button(el).type).to.equal('button');
    expect(el.shadowRoot!.querySelector('slot')!.textContent!.trim()).to.equal(en.logout);
    const custom = await fixture<AuthLogout>(html`<auth-logout .store=${storeHarness(refineV3Provider().provider).store}>Leave</auth-logout>`);
    expect(button(custom).querySelector('slot')!.assignedNodes()[0].textContent).to.equal('Leave');
  });

  it('logs out and redirects to /login, announced by auth-success then auth-redirect', async () => {
    const fake = refineV3Provider();
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    const events = recordEvents<AuthSuccessEvent | AuthRedirectEvent>('auth-success');
    const redirects = recordEvents<AuthRedirectEvent>('auth-redirect');
    const order: string[] = [];
    el.addEventListener('auth-success', () => order.push('success'));
    el.addEventListener('auth-redirect', () => order.push('redirect'));
    button(el).click();
    await waitUntil(() => h.navigations.length === 1);
    events.stop();
    redirects.stop();
    expect(fake.argsOf('logout')).to.deep.equal([[{}]]);
    expect(h.navigations).to.deep.equal([{ to: '/login', replace: false }]);
    expect(events.events.map((e) => e.detail)).to.deep.equal([{ action: 'logout' }]);
    expect(redirects.events.map((e) => [e.detail, e.cancelable])).to.deep.equal([[{ to: '/login', action: 'logout', replace: false }, true]]);
    expect(order).to.deep.equal(['success', 'redirect']);
  });

  it('does not navigate when auth-redirect is cancelled', async () => {
    const h = storeHarness(refineV3Provider().provider);
    const el = await mount(h.store);
    el.addEventListener('auth-redirect', (e) => e.preventDefault());
    const outcome = await el.logout();
    expect(outcome).to.include({ ok: true, redirectTo: '/login', navigated: false });
    expect(h.navigations).to.deep.equal([]);
  });

  it('passes redirect-path as logout({ redirectPath })', async () => {
    const fake = refineV3Provider();
    const h = storeHarness(fake.provider);
    const el = await fixture<AuthLogout>(html`<auth-logout redirect-path="/goodbye" .store=${h.store}></auth-logout>`);
    button(el).click();
    await waitUntil(() => h.navigations.length === 1);
    expect(fake.argsOf('logout')).to.deep.equal([[{ redirectPath: '/goodbye' }]]);
    expect(h.navigations).to.deep.equal([{ to: '/goodbye', replace: false }]);
  });

  it('is disabled and aria-busy while pending; a double click calls the provider once', async () => {
    const fake = refineV3Provider();
    const held = fake.hold('logout');
    const h = storeHarness(fake.provider);
    const calls = spyLogout(h.store);
    const el = await mount(h.store);
    expect(button(el).disabled).to.equal(false);
    expect(button(el).getAttribute('aria-busy')).to.equal('false');
    button(el).click();
    // The second click lands before the element re-rendered as disabled.
    button(el).click();
    await el.updateComplete;
    expect(button(el).disabled).to.equal(true);
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    button(el).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(calls).to.have.length(1);
    expect(fake.countOf('logout')).to.equal(1);
    held.resolve(undefined);
    await waitUntil(() => !button(el).disabled);
    expect(button(el).getAttribute('aria-busy')).to.equal('false');
    expect(fake.countOf('logout')).to.equal(1);
  });

  it('is busy too while a logout started elsewhere is pending', async () => {
    const fake = refineV3Provider();
    const held = fake.hold('logout');
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    void h.store.logout();
    await el.updateComplete;
    expect(button(el).disabled).to.equal(true);
    held.resolve(undefined);
    await waitUntil(() => !button(el).disabled);
  });

  it('reports a failed logout through auth-error (as text) and stays', async () => {
    const h = storeHarness(refineV3Provider({ logout: rejects({ name: 'Nope', message: '<img src=x onerror=alert(1)>' }) }).provider);
    const el = await mount(h.store);
    const error = oneEvent(el, 'auth-error');
    button(el).click();
    const event = (await error) as AuthErrorEvent;
    expect(event.detail).to.deep.equal({ action: 'logout', error: { name: 'Nope', message: '<img src=x onerror=alert(1)>' } });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(h.navigations).to.deep.equal([]);
    await el.updateComplete;
    expect(button(el).disabled).to.equal(false);
    expect(h.store.state.notifications.map((n) => n.action)).to.deep.equal(['logout']);
  });

  it('stays when the provider resolves false, and still announces success', async () => {
    const h = storeHarness(refineV3Provider({ logout: resolves(false) }).provider);
    const el = await mount(h.store);
    const success = oneEvent(el, 'auth-success');
    button(el).click();
    await success;
    expect(h.navigations).to.deep.equal([]);
  });

  it('passes axe, idle and pending', async function () {
    // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
    this.timeout(30_000);
    const fake = refineV3Provider();
    const held = fake.hold('logout');
    const el = await mount(storeHarness(fake.provider).store);
    await expect(el).to.be.accessible();
    button(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    held.resolve(undefined);
  });

  it('has every documented part', async () => {
    const el = await mount(storeHarness(refineV3Provider().provider).store);
    expect(part(el, 'button') !== null).to.equal(true);
  });
});
