import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureAuth, type AuthStore } from '../../core/index.js';
import '../auth-scope/auth-scope.js';
import type { AuthRedirectEvent } from '../../events/index.js';
import { en } from '../../internal/strings.js';
import { neverSettles, refineV3Provider, rejects, resolves, throws } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import { part, recordEvents } from '../../test-utils/elements.js';
import { hasPermission, type AuthGuard } from './auth-guard.js';
import './auth-guard.js';

/** A guard with plain protected content and content inside a `<template>`. */
function mount(store: AuthStore, attrs: { noRedirect?: boolean; permission?: string } = {}) {
  return fixture<AuthGuard>(html`<auth-guard .store=${store} ?no-redirect=${attrs.noRedirect} permission=${attrs.permission ?? ''}>
    <p id="plain">plain secret</p>
    <template><p id="stamped">stamped secret</p></template>
  </auth-guard>`);
}

const plain = (el: AuthGuard) => el.querySelector<HTMLElement>('#plain')!;
const stamped = () => document.getElementById('stamped');
const defaultSlot = (el: AuthGuard) => el.shadowRoot!.querySelector('slot:not([name])');

/** Content is shown only when it is assigned to a rendered slot and has a box. */
function shown(node: HTMLElement | null): boolean {
  return Boolean(node && node.assignedSlot && node.checkVisibility());
}

function expectClosed(el: AuthGuard) {
  // Booleans, not nodes: a failing assertion must not try to serialise a DOM node.
  expect(defaultSlot(el) !== null, 'default slot rendered').to.equal(false);
  expect(plain(el).assignedSlot !== null, 'plain content slotted').to.equal(false);
  expect(plain(el).checkVisibility(), 'plain content visible').to.equal(false);
  expect(stamped() !== null, 'template content instantiated').to.equal(false);
}

async function settled(el: AuthGuard, state: AuthGuard['state']) {
  await waitUntil(() => el.state === state, `guard never became ${state} (is ${el.state})`);
  await el.updateComplete;
}

describe('<auth-guard>', () => {
  describe('fails closed', () => {
    it('shows nothing of its content while the check is pending, then shows it', async () => {
      const fake = refineV3Provider();
      const held = fake.hold('checkAuth');
      const el = await mount(storeHarness(fake.provider).store);
      expect(el.state).to.equal('checking');
      expect(el.getAttribute('state')).to.equal('checking');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expectClosed(el);
      expect(part(el, 'message')!.textContent!.trim()).to.equal(en.checking);

      held.resolve(undefined);
      await settled(el, 'allowed');
      expect(el.getAttribute('state')).to.equal('allowed');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(shown(plain(el))).to.equal(true);
      expect(shown(stamped())).to.equal(true);
      // Stamped right after its template, in the light DOM, so it is slotted like any child.
      expect(el.querySelector('template')!.nextElementSibling === stamped()).to.equal(true);
      expect(part(el, 'fallback') === null).to.equal(true);
    });

    it('shows nothing of its content when the check fails', async () => {
      const el = await mount(storeHarness(refineV3Provider({ checkAuth: rejects() }).provider).store, { noRedirect: true });
      await settled(el, 'denied');
      expectClosed(el);
      expect(el.getAttribute('state')).to.equal('denied');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(part(el, 'message')!.textContent!.trim()).to.equal(en.denied);
    });

    it('stays closed when the provider throws synchronously', async () => {
      const el = await mount(storeHarness(refineV3Provider({ checkAuth: throws(new Error('boom')) }).provider).store, { noRedirect: true });
      await settled(el, 'denied');
      expectClosed(el);
    });

    it('stays closed when the provider never answers (store timeout), without navigating', async () => {
      const h = storeHarness(refineV3Provider({ checkAuth: neverSettles }).provider, { timeout: 20 });
      const el = await mount(h.store);
      expectClosed(el);
      await settled(el, 'denied');
      expectClosed(el);
      expect(h.navigations).to.deep.equal([]);
    });

    it('lets the fallback slot replace the default text', async () => {
      const fake = refineV3Provider();
      fake.hold('checkAuth');
      const el = await fixture<AuthGuard>(html`<auth-guard .store=${storeHarness(fake.provider).store}>
        <p>secret</p><p slot="fallback" id="loading">Loading…</p>
      </auth-guard>`);
      const custom = el.querySelector<HTMLElement>('#loading')!;
      expect(custom.assignedSlot!.name).to.equal('fallback');
      expect(custom.checkVisibility()).to.equal(true);
      expect(part(el, 'message')!.checkVisibility()).to.equal(false);
    });
  });

  it('five guards on one page make one provider call', async () => {
    const fake = refineV3Provider();
    const held = fake.hold('checkAuth');
    const store = storeHarness(fake.provider).store;
    const wrap = await fixture(html`<div>
      ${[1, 2, 3, 4, 5].map((i) => html`<auth-guard .store=${store}><p>content ${i}</p></auth-guard>`)}
    </div>`);
    const guards = Array.from(wrap.querySelectorAll('auth-guard'));
    expect(guards.every((g) => g.state === 'checking')).to.equal(true);
    held.resolve(undefined);
    await waitUntil(() => guards.every((g) => g.state === 'allowed'));
    expect(fake.countOf('checkAuth')).to.equal(1);
  });

  it('does not call the provider again on unrelated state changes (no loops)', async () => {
    const fake = refineV3Provider();
    const h = storeHarness(fake.provider, { checkCacheTime: 0 });
    const el = await mount(h.store);
    await settled(el, 'allowed');
    await h.store.getIdentity();
    await h.store.checkError({ status: 500 });
    await el.updateComplete;
    expect(fake.countOf('checkAuth')).to.equal(1);
    expect(el.state).to.equal('allowed');
  });

  describe('redirects', () => {
    it('sends the user to /login?to=<path+search>, announced by a cancelable auth-redirect', async () => {
      const h = storeHarness(refineV3Provider({ checkAuth: rejects() }).provider);
      h.at('/reports?tab=2');
      const redirects = recordEvents<AuthRedirectEvent>('auth-redirect');
      const el = await mount(h.store);
      await waitUntil(() => h.navigations.length === 1);
      redirects.stop();
      expect(h.navigations).to.deep.equal([{ to: '/login?to=%2Freports%3Ftab%3D2', replace: true }]);
      expect(redirects.events).to.have.length(1);
      expect(redirects.events[0].target === el).to.equal(true);
      expect(redirects.events[0].cancelable).to.equal(true);
      expect(redirects.events[0].detail).to.deep.equal({ to: '/login?to=%2Freports%3Ftab%3D2', action: 'checkAuth', replace: true });
      await settled(el, 'denied');
      expectClosed(el);
    });

    it('goes to the redirectPath the provider rejected with', async () => {
      const h = storeHarness(refineV3Provider({ checkAuth: rejects({ redirectPath: '/signin' }) }).provider);
      await mount(h.store);
      await waitUntil(() => h.navigations.length === 1);
      expect(h.navigations).to.deep.equal([{ to: '/signin', replace: true }]);
    });

    it('does not navigate when auth-redirect is cancelled', async () => {
      const h = storeHarness(refineV3Provider({ checkAuth: rejects() }).provider);
      const cancel = (event: Event) => event.preventDefault();
      const redirects = recordEvents<AuthRedirectEvent>('auth-redirect');
      document.addEventListener('auth-redirect', cancel);
      try {
        const el = await mount(h.store);
        await settled(el, 'denied');
        await waitUntil(() => redirects.events.length === 1);
      } finally {
        document.removeEventListener('auth-redirect', cancel);
        redirects.stop();
      }
      expect(h.navigations).to.deep.equal([]);
      expect(redirects.events[0].defaultPrevented).to.equal(true);
    });

    it('neither navigates nor fires auth-redirect with no-redirect', async () => {
      const h = storeHarness(refineV3Provider({ checkAuth: rejects() }).provider);
      const redirects = recordEvents<AuthRedirectEvent>('auth-redirect');
      const el = await mount(h.store, { noRedirect: true });
      await settled(el, 'denied');
      // Let any redirect that would follow the answer happen before asserting it did not.
      await h.store.checkAuth();
      redirects.stop();
      expect(h.navigations).to.deep.equal([]);
      expect(redirects.events).to.deep.equal([]);
    });
  });

  describe('permission', () => {
    it('shows the content when getPermissions includes it', async () => {
      const fake = refineV3Provider({ getPermissions: resolves(['editor', 'admin']) });
      const el = await mount(storeHarness(fake.provider).store, { permission: 'admin' });
      await settled(el, 'allowed');
      expect(shown(stamped())).to.equal(true);
      expect(fake.countOf('getPermissions')).to.equal(1);
    });

    it('denies, without redirecting, when getPermissions lacks it', async () => {
      const h = storeHarness(refineV3Provider({ getPermissions: resolves(['editor']) }).provider);
      const el = await mount(h.store, { permission: 'admin' });
      await settled(el, 'denied');
      expectClosed(el);
      expect(part(el, 'message')!.textContent!.trim()).to.equal(en.denied);
      expect(h.navigations).to.deep.equal([]);
    });

    it('denies when getPermissions rejects', async () => {
      const el = await mount(storeHarness(refineV3Provider({ getPermissions: rejects() }).provider).store, { permission: 'admin' });
      await settled(el, 'denied');
      expectClosed(el);
    });

    it('reads arrays, strings and objects, own keys only', () => {
      expect(hasPermission(['admin'], 'admin')).to.equal(true);
      expect(hasPermission('admin', 'admin')).to.equal(true);
      expect(hasPermission({ admin: true }, 'admin')).to.equal(true);
      expect(hasPermission({ admin: false }, 'admin')).to.equal(false);
      expect(hasPermission('administrator', 'admin')).to.equal(false);
      expect(hasPermission({}, 'constructor')).to.equal(false);
      expect(hasPermission(null, 'admin')).to.equal(false);
    });
  });

  describe('follows the session', () => {
    it('removes the content again after a logout, and leaves navigation to the logout', async () => {
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      await settled(el, 'allowed');
      expect(shown(stamped())).to.equal(true);
      await h.store.logout();
      await settled(el, 'denied');
      expectClosed(el);
      expect(el.querySelectorAll('template')).to.have.length(1);
      expect(h.navigations).to.deep.equal([{ to: '/login', replace: false }]);
      expect(fake.countOf('checkAuth')).to.equal(1);
    });

    it('closes after the account is deleted, and leaves navigation to the deletion (no second redirect)', async () => {
      const fake = refineV3Provider({ deleteAccount: resolves({ confirmationSent: false }) } as never);
      const h = storeHarness(fake.provider);
      const el = await mount(h.store);
      await settled(el, 'allowed');
      await h.store.perform('deleteAccount', { password: 'pw' });
      await settled(el, 'denied');
      expectClosed(el);
      expect(h.navigations).to.deep.equal([{ to: '/login', replace: false }]);
      expect(fake.countOf('checkAuth')).to.equal(1);
    });

    it('opens when the user signs in elsewhere on the page', async () => {
      const fake = refineV3Provider({ checkAuth: rejects() });
      const h = storeHarness(fake.provider);
      const el = await mount(h.store, { noRedirect: true });
      await settled(el, 'denied');
      fake.set('checkAuth', resolves());
      await h.store.login({ email: 'jane@example.com', password: 'x' }, { redirect: false });
      await settled(el, 'allowed');
      expect(shown(stamped())).to.equal(true);
      // Stamped once, not once per check.
      expect(el.querySelectorAll('#stamped')).to.have.length(1);
    });

    it('closes a permission guard when someone without the permission signs in over an admin (no logout between)', async () => {
      const fake = refineV3Provider({ getPermissions: resolves(['admin']) });
      const h = storeHarness(fake.provider);
      await h.store.login({ email: 'admin@example.com', password: 'x' }, { redirect: false });
      const el = await mount(h.store, { permission: 'admin', noRedirect: true });
      await settled(el, 'allowed');
      expect(shown(stamped())).to.equal(true);
      fake.set('getPermissions', resolves(['editor']));
      await h.store.login({ email: 'editor@example.com', password: 'x' }, { redirect: false });
      await settled(el, 'denied');
      expectClosed(el);
      expect(fake.countOf('getPermissions')).to.equal(2);
    });

    it('re-checks and redirects when the session ends some other way (another caller’s check)', async () => {
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider, { checkCacheTime: 0 });
      const el = await mount(h.store);
      await settled(el, 'allowed');
      fake.set('checkAuth', rejects());
      // Another tab signed out; this tab's app code notices it with a check of its own.
      await h.store.checkAuth();
      await settled(el, 'denied');
      expectClosed(el);
      await waitUntil(() => h.navigations.length === 1);
      expect(h.navigations).to.deep.equal([{ to: '/login?to=%2Fdashboard', replace: true }]);
    });

    it('re-checks when it is re-attached, and closes if the session ended', async () => {
      const fake = refineV3Provider();
      const h = storeHarness(fake.provider, { checkCacheTime: 0 });
      const el = await mount(h.store, { noRedirect: true });
      await settled(el, 'allowed');
      const parent = el.parentNode!;
      el.remove();
      fake.set('checkAuth', rejects());
      parent.appendChild(el);
      await settled(el, 'denied');
      expectClosed(el);
      expect(fake.countOf('checkAuth')).to.equal(2);
    });
  });

  describe('finding the store', () => {
    it('uses the store of an enclosing <auth-scope>', async () => {
      const fake = refineV3Provider();
      const store = storeHarness(fake.provider).store;
      const scope = await fixture(html`<auth-scope .store=${store}><auth-guard><p>x</p></auth-guard></auth-scope>`);
      const el = scope.querySelector('auth-guard')!;
      await settled(el, 'allowed');
      expect(fake.countOf('checkAuth')).to.equal(1);
    });

    it('never asks the default store when given its own .store', async () => {
      const fallback = refineV3Provider();
      configureAuth(storeHarness(fallback.provider).store);
      const own = refineV3Provider({ checkAuth: rejects() });
      const el = await mount(storeHarness(own.provider).store, { noRedirect: true });
      await settled(el, 'denied');
      expect(fallback.countOf('checkAuth')).to.equal(0);
      expect(own.countOf('checkAuth')).to.equal(1);
    });
  });

  describe('accessibility and parts', () => {
    it('passes axe while checking, when allowed and when denied', async function () {
      // Heavy (axe, or real key presses): its own timeout, so a loaded machine cannot fail it.
      this.timeout(30_000);
      const fake = refineV3Provider();
      const held = fake.hold('checkAuth');
      const el = await mount(storeHarness(fake.provider).store);
      await expect(el).to.be.accessible();
      held.resolve(undefined);
      await settled(el, 'allowed');
      await expect(el).to.be.accessible();
      const denied = await mount(storeHarness(refineV3Provider({ checkAuth: rejects() }).provider).store, { noRedirect: true });
      await settled(denied, 'denied');
      await expect(denied).to.be.accessible();
    });

    it('has every documented part', async () => {
      const fake = refineV3Provider();
      fake.hold('checkAuth');
      const el = await mount(storeHarness(fake.provider).store);
      for (const name of ['base', 'fallback', 'message', 'spinner']) expect(part(el, name), name).to.not.equal(null);
      expect(part(el, 'fallback')!.getAttribute('role')).to.equal('status');
    });
  });
});
