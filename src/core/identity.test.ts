import { expect, waitUntil } from '@open-wc/testing';
import { ADMIN, deferred, JANE, refineV3Provider, refineV4Provider, rejects } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';

// The store loads the identity itself when the status becomes `authenticated`, and shares
// that one provider call with everyone who asks.
describe('identity loads itself', () => {
  it('after a login: one provider call, state.identity filled, later askers share it', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    await store.login({ email: 'jane@example.com' }, { redirect: false });
    expect(fake.countOf('getUserIdentity')).to.equal(1);
    const asked = await Promise.all([store.getIdentity(), store.getIdentity(), store.getIdentity()]);
    for (const outcome of asked) expect(outcome).to.deep.equal({ ok: true, data: JANE });
    expect(store.state.identity).to.deep.equal(JANE);
    expect(fake.countOf('getUserIdentity')).to.equal(1);
    // Permissions were not asked for: not loaded.
    expect(fake.countOf('getPermissions')).to.equal(0);
  });

  it('a check that finds a session loads it once, however many guards check at once', async () => {
    const fake = refineV4Provider();
    const held = fake.hold('check');
    const { store } = storeHarness(fake.provider);
    const guards = [1, 2, 3].map(() => store.checkAuth({}, { redirect: true }));
    const readers = [store.getIdentity(), store.getIdentity()];
    held.resolve({ authenticated: true });
    await Promise.all(guards);
    await Promise.all(readers);
    await waitUntil(() => store.state.identity !== null, 'identity never loaded');
    expect(fake.countOf('check')).to.equal(1);
    expect(fake.countOf('getIdentity')).to.equal(1);
    expect(store.state.identity).to.deep.equal(JANE);
  });

  it('a failed check loads nothing', async () => {
    const fake = refineV3Provider({ checkAuth: rejects() });
    const { store } = storeHarness(fake.provider);
    await store.checkAuth();
    expect(store.state.status).to.equal('unauthenticated');
    expect(fake.countOf('getUserIdentity')).to.equal(0);
  });

  it('loads again after the next sign-in (one call per session), and clears on logout', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    await store.login({}, { redirect: false });
    await store.getIdentity();
    await store.logout({}, { redirect: false });
    expect(store.state.identity).to.equal(null);
    fake.set('getUserIdentity', () => Promise.resolve({ id: 2 }));
    await store.login({}, { redirect: false });
    expect(await store.getIdentity()).to.deep.equal({ ok: true, data: { id: 2 } });
    expect(fake.countOf('getUserIdentity')).to.equal(2);
  });

  it('`loadIdentity: false` leaves it to the app', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider, { loadIdentity: false });
    await store.login({}, { redirect: false });
    expect(fake.countOf('getUserIdentity')).to.equal(0);
    expect(store.state.identity).to.equal(null);
  });

  it('a provider without an identity method is left alone (no call, no error)', async () => {
    const fake = refineV3Provider();
    fake.remove('getUserIdentity');
    const { store } = storeHarness(fake.provider);
    await store.login({}, { redirect: false });
    expect(store.state.errors).to.deep.equal({});
    expect(store.state.pending.getIdentity).to.equal(false);
  });

  it('a failing identity load is recorded, not notified, and the next ask tries again', async () => {
    const fake = refineV3Provider({ getUserIdentity: rejects(new Error('down')) });
    const { store } = storeHarness(fake.provider);
    await store.login({}, { redirect: false });
    await waitUntil(() => store.state.errors.getIdentity !== undefined, 'the failure was not recorded');
    expect(store.state.notifications).to.deep.equal([]);
    fake.set('getUserIdentity', () => Promise.resolve(JANE));
    expect(await store.getIdentity()).to.deep.equal({ ok: true, data: JANE });
    expect(fake.countOf('getUserIdentity')).to.equal(2);
  });
});

describe('permissions load once something asks for them', () => {
  it('keepLoaded("permissions") before sign-in: loaded with the login, one call for several askers', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    store.keepLoaded('permissions');
    store.keepLoaded('permissions');
    await store.login({}, { redirect: false });
    await Promise.all([store.getPermissions(), store.getPermissions()]);
    expect(store.state.permissions).to.deep.equal(ADMIN);
    expect(fake.countOf('getPermissions')).to.equal(1);
    expect(fake.countOf('getUserIdentity')).to.equal(1);
  });

  it('keepLoaded("permissions") while signed in loads now, sharing a pending load', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    await store.login({}, { redirect: false });
    const held = deferred();
    fake.set('getPermissions', () => held.promise);
    store.keepLoaded('permissions');
    const asked = store.getPermissions();
    store.keepLoaded('permissions');
    held.resolve(ADMIN);
    expect(await asked).to.deep.equal({ ok: true, data: ADMIN });
    expect(fake.countOf('getPermissions')).to.equal(1);
  });

  it('`loadPermissions: true` loads them with every sign-in', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider, { loadPermissions: true });
    await store.login({}, { redirect: false });
    await waitUntil(() => store.state.permissions !== null, 'permissions never loaded');
    expect(fake.countOf('getPermissions')).to.equal(1);
  });
});

// After an account change that alters the identity (a new e-mail address), the cached identity
// must not outlive it.
describe('reloadIdentity', () => {
  it('asks the provider again although the session has an identity cached, and publishes the answer', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    await store.login({}, { redirect: false });
    await store.getIdentity();
    expect(fake.countOf('getUserIdentity')).to.equal(1);
    const moved = { id: 1, name: 'Jane Doe', email: 'new@example.com' };
    fake.set('getUserIdentity', () => Promise.resolve(moved));
    expect(await store.getIdentity(), 'still cached').to.deep.equal({ ok: true, data: JANE });
    expect(await store.reloadIdentity()).to.deep.equal({ ok: true, data: moved });
    expect(store.state.identity).to.deep.equal(moved);
    expect(fake.countOf('getUserIdentity')).to.equal(2);
    // The new answer is the cached one from now on.
    expect(await store.getIdentity()).to.deep.equal({ ok: true, data: moved });
    expect(fake.countOf('getUserIdentity')).to.equal(2);
  });

  it('an older load answering after the reload does not overwrite it', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider, { loadIdentity: false });
    await store.login({}, { redirect: false });
    const old = deferred();
    fake.set('getUserIdentity', () => old.promise);
    const first = store.getIdentity();
    const fresh = { id: 1, email: 'new@example.com' };
    fake.set('getUserIdentity', () => Promise.resolve(fresh));
    expect(await store.reloadIdentity()).to.deep.equal({ ok: true, data: fresh });
    old.resolve({ id: 1, email: 'old@example.com' });
    expect(await first).to.deep.equal({ ok: false, stale: true });
    expect(store.state.identity).to.deep.equal(fresh);
  });

  it('a failing reload leaves no identity cached, never rejects, and the next ask tries again', async () => {
    const fake = refineV3Provider();
    const { store } = storeHarness(fake.provider);
    await store.login({}, { redirect: false });
    await store.getIdentity();
    fake.set('getUserIdentity', () => Promise.reject(new Error('down')));
    const outcome = await store.reloadIdentity();
    expect(outcome.ok).to.equal(false);
    expect(store.state.identity).to.equal(null);
    fake.set('getUserIdentity', () => Promise.resolve(JANE));
    expect(await store.getIdentity()).to.deep.equal({ ok: true, data: JANE });
  });
});
