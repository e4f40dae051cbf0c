import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AuthStore } from '../../core/index.js';
import { en } from '../../internal/strings.js';
import { refineV3Provider, rejects } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import { part } from '../../test-utils/elements.js';
import type { AuthNotifications } from './auth-notifications.js';
import './auth-notifications.js';

const mount = (store: AuthStore) => fixture<AuthNotifications>(html`<auth-notifications .store=${store}></auth-notifications>`);
const items = (el: AuthNotifications) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="notification"]'));
const text = (node: Element | null | undefined) => node?.textContent?.trim();

/** A store whose login fails with each message in turn (one notification per call). */
async function withErrors(...messages: string[]) {
  const fake = refineV3Provider();
  const h = storeHarness(fake.provider);
  for (const message of messages) {
    fake.set('login', rejects({ name: 'Login Error', message }));
    await h.store.login({});
  }
  return h;
}

describe('<auth-notifications>', () => {
  it('has its labelled region and live list before any notification', async () => {
    const el = await mount(storeHarness(refineV3Provider().provider).store);
    const region = part(el, 'base')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal(en.notificationsLabel);
    expect(part(el, 'region') === region).to.equal(true);
    const list = part(el, 'list')!;
    expect(list.getAttribute('aria-live')).to.equal('assertive');
    expect(list.getAttribute('aria-relevant')).to.equal('additions');
    expect(region.contains(list)).to.equal(true);
    expect(items(el)).to.have.length(0);
  });

  it('shows the error of checkError, which has no form (refine v3 rejecting with { message })', async () => {
    const h = storeHarness(refineV3Provider({ checkError: rejects({ message: 'Your session expired' }) }).provider);
    const el = await mount(h.store);
    await h.store.checkError({ status: 401 });
    await el.updateComplete;
    const [item] = items(el);
    expect(item.dataset.action).to.equal('checkError');
    expect(text(item.querySelector('[part~="message"]'))).to.equal('Your session expired');
    expect(text(item.querySelector('[part~="title"]'))).to.not.equal('');
  });

  it('shows the error of a failed logout', async () => {
    const h = storeHarness(refineV3Provider({ logout: rejects({ name: 'Logout failed', message: 'Server down' }) }).provider);
    const el = await mount(h.store);
    await h.store.logout();
    await el.updateComplete;
    const [item] = items(el);
    expect(item.dataset.action).to.equal('logout');
    expect(text(item.querySelector('[part~="title"]'))).to.equal('Logout failed');
    expect(text(item.querySelector('[part~="message"]'))).to.equal('Server down');
  });

  it('renders an XSS payload as text and creates no element', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const fake = refineV3Provider({ logout: rejects({ name: '<b>bold</b>', message: payload }) });
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    await h.store.logout();
    await el.updateComplete;
    const [item] = items(el);
    expect(text(item.querySelector('[part~="message"]'))).to.equal(payload);
    expect(text(item.querySelector('[part~="title"]'))).to.equal('<b>bold</b>');
    expect(el.shadowRoot!.querySelectorAll('img, script, b')).to.have.length(0);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('dismisses with its button, whose accessible name is "Dismiss"', async () => {
    const h = await withErrors('first', 'second');
    const el = await mount(h.store);
    const [first] = items(el);
    const button = first.querySelector<HTMLButtonElement>('[part~="dismiss"]')!;
    expect(button.getAttribute('aria-label')).to.equal(en.dismiss);
    button.click();
    await el.updateComplete;
    expect(h.store.state.notifications.map((n) => n.error.message)).to.deep.equal(['second']);
    expect(items(el).map((i) => text(i.querySelector('[part~="message"]')))).to.deep.equal(['second']);
  });

  it('dismisses the focused notification with Escape and keeps focus in the stack', async () => {
    const h = await withErrors('first', 'second');
    const el = await mount(h.store);
    items(el)[0].querySelector<HTMLButtonElement>('[part~="dismiss"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => items(el).length === 1);
    expect(h.store.state.notifications.map((n) => n.error.message)).to.deep.equal(['second']);
    const focused = el.shadowRoot!.activeElement;
    expect(focused === items(el)[0].querySelector('[part~="dismiss"]')).to.equal(true);
  });

  it('keeps shown notifications as the same nodes when another arrives (announced once)', async () => {
    const fake = refineV3Provider({ login: rejects({ message: 'first' }) });
    const h = storeHarness(fake.provider);
    const el = await mount(h.store);
    await h.store.login({});
    await el.updateComplete;
    const [first] = items(el);
    fake.set('login', rejects({ message: 'second' }));
    await h.store.login({});
    await el.updateComplete;
    expect(items(el)).to.have.length(2);
    expect(items(el)[0] === first).to.equal(true);
  });

  it('dismisses by itself after `duration` ms', async () => {
    const h = await withErrors('first');
    const el = await fixture<AuthNotifications>(html`<auth-notifications duration="20" .store=${h.store}></auth-notifications>`);
    expect(items(el)).to.have.length(1);
    await waitUntil(() => h.store.state.notifications.length === 0, 'not dismissed');
    await el.updateComplete;
    expect(items(el)).to.have.length(0);
  });

  it('sits at the inline-end, block-end corner, mirrored in right-to-left', async () => {
    const h = await withErrors('first');
    const ltr = await mount(h.store);
    expect(ltr.getAttribute('position')).to.equal('bottom-end');
    expect(getComputedStyle(ltr).position).to.equal('fixed');
    const rect = ltr.getBoundingClientRect();
    expect(Math.round(innerWidth - rect.right)).to.equal(16);
    expect(Math.round(innerHeight - rect.bottom)).to.equal(16);
    const rtl = (await fixture(html`<div dir="rtl"><auth-notifications .store=${h.store}></auth-notifications></div>`)).firstElementChild as AuthNotifications;
    await rtl.updateComplete;
    expect(Math.round(rtl.getBoundingClientRect().left)).to.equal(16);
    const top = await fixture<AuthNotifications>(html`<auth-notifications position="top-start" .store=${h.store}></auth-notifications>`);
    expect(Math.round(top.getBoundingClientRect().top)).to.equal(16);
    expect(Math.round(top.getBoundingClientRect().left)).to.equal(16);
  });

  it('passes axe, empty and with notifications', async function () {
    // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
    this.timeout(30_000);
    const h = storeHarness(refineV3Provider({ logout: rejects({ message: 'Server down' }) }).provider);
    const el = await mount(h.store);
    await expect(el).to.be.accessible();
    await h.store.logout();
    await h.store.checkError(new Error('x'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('has every documented part', async () => {
    const el = await mount((await withErrors('first')).store);
    for (const name of ['base', 'region', 'list', 'notification', 'content', 'title', 'message', 'dismiss']) {
      expect(part(el, name) !== null, name).to.equal(true);
    }
  });
});
