/**
 * A page that forgot `configureAuth` gets one console hint instead of a guard that says
 * "Checking your session…" forever. This file never configures a default store: each test
 * file runs in a fresh page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../components/auth-guard/auth-guard.js';
import '../components/auth-login/auth-login.js';
import '../components/auth-logout/auth-logout.js';
import type { AuthLogout } from '../components/auth-logout/auth-logout.js';
import { shallowEqual } from './store-controller.js';
import { storeHarness } from '../test-utils/store.js';
import { refineV3Provider } from '../test-utils/providers.js';

/** One task later: after everything the current task queued. Not a sleep. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('AuthStoreController: no store at all', () => {
  const realWarn = console.warn;
  let warnings: string[] = [];
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = realWarn;
  });

  it('an element with a store of its own does not warn', async () => {
    const { store } = storeHarness(refineV3Provider().provider);
    await fixture(html`<auth-guard no-redirect .store=${store}></auth-guard>`);
    await nextTask();
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming the element and the fix, when no store can be found', async () => {
    await fixture(html`<div><auth-guard></auth-guard><auth-login></auth-login></div>`);
    await waitUntil(() => warnings.length > 0);
    await nextTask();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/<auth-(guard|login)> has no store/);
    expect(warnings[0]).to.include('configureAuth');
  });
});

describe('StateSliceController: re-renders only on the state shown', () => {
  it('an unrelated state change does not update an element; its own slice does', async () => {
    const h = storeHarness(refineV3Provider().provider);
    const logout = await fixture<AuthLogout>(html`<auth-logout .store=${h.store}></auth-logout>`);
    await logout.updateComplete;
    let updates = 0;
    const count = () => (updates += 1);
    logout.addController({ hostUpdated: count });
    // Identity, permissions, status and checks are not what a logout button shows.
    await h.store.getIdentity();
    await h.store.getPermissions();
    await h.store.checkAuth();
    await logout.updateComplete;
    expect(updates).to.equal(0);
    await h.store.logout({}, { redirect: false });
    await logout.updateComplete;
    // Pending on, pending off (one update may batch both).
    expect(updates).to.be.greaterThan(0);
  });

  it('compares slices shallowly', () => {
    expect(shallowEqual({ a: 1, b: 'x' }, { a: 1, b: 'x' })).to.equal(true);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).to.equal(false);
    expect(shallowEqual({ a: {} }, { a: {} })).to.equal(false);
    expect(shallowEqual(1, 1)).to.equal(true);
    expect(shallowEqual(null, {})).to.equal(false);
  });
});
