import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { refineV3Provider } from '../../test-utils/providers.js';
import { storeHarness } from '../../test-utils/store.js';
import type { AuthGuard } from './auth-guard.js';
import './auth-guard.js';

// Several guards on one page (and the page's own code asking) cost one check and one
// identity call: the store loads the identity when the shared check finds a session.
describe('<auth-guard> and the identity', () => {
  it('three guards, one with a permission: one checkAuth, one identity call, one permissions call', async () => {
    const fake = refineV3Provider();
    const held = fake.hold('checkAuth');
    const { store } = storeHarness(fake.provider);
    const page = await fixture<HTMLElement>(html`<div>
      <auth-guard .store=${store}><p>a</p></auth-guard>
      <auth-guard .store=${store}><p>b</p></auth-guard>
      <auth-guard .store=${store} permission="admin"><p>c</p></auth-guard>
    </div>`);
    const guards = [...page.querySelectorAll<AuthGuard>('auth-guard')];
    const appAsks = store.getIdentity();
    held.resolve(undefined);
    await waitUntil(() => guards.every((g) => g.state === 'allowed'), 'the guards never opened');
    await appAsks;
    await waitUntil(() => store.state.identity !== null && !store.state.pending.getIdentity, 'identity never loaded');
    expect(fake.countOf('checkAuth')).to.equal(1);
    expect(fake.countOf('getUserIdentity')).to.equal(1);
    expect(fake.countOf('getPermissions')).to.equal(1);
  });
});
