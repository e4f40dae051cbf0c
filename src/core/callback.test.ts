/**
 * `store.handleCallback`: the optional OAuth-return action (react-admin's name). It follows the
 * login rules, in every dialect, and a failure signs nobody in.
 */
import { expect } from '@open-wc/testing';
import { reactAdminProvider, refineV3Provider, refineV4Provider, deferred } from '../test-utils/providers.js';
import { storeHarness } from '../test-utils/store.js';

function v3(answer: () => unknown) {
  const fake = refineV3Provider();
  const calls: unknown[] = [];
  return {
    calls,
    provider: Object.assign(fake.provider, {
      handleCallback: (params: unknown) => {
        calls.push(params);
        return answer();
      },
    }),
  };
}

describe('store.handleCallback', () => {
  it('passes the current query by default, signs in, goes to homePath (push)', async () => {
    const { provider, calls } = v3(() => Promise.resolve());
    const h = storeHarness(provider);
    h.at('/callback?code=c&state=s');
    const outcome = await h.store.handleCallback();
    expect(calls).to.deep.equal([{ code: 'c', state: 's' }]);
    expect(outcome).to.include({ ok: true, redirectTo: '/', navigated: true });
    expect(h.store.state.status).to.equal('authenticated');
    expect(h.navigations).to.deep.equal([{ to: '/', replace: false }]);
    expect(h.store.supports('handleCallback')).to.equal(true);
  });

  it('a resolved path is validated; ?to= wins; false stays', async () => {
    const a = storeHarness(v3(() => '/reports').provider);
    await a.store.handleCallback({ code: 'c' });
    expect(a.navigations).to.deep.equal([{ to: '/reports', replace: false }]);

    const b = storeHarness(v3(() => '//evil.example/').provider);
    await b.store.handleCallback({ code: 'c' });
    expect(b.navigations).to.deep.equal([{ to: '/', replace: false }]);

    const c = storeHarness(v3(() => '/reports').provider);
    c.at('/callback?to=%2Finbox');
    await c.store.handleCallback({ code: 'c' });
    expect(c.navigations).to.deep.equal([{ to: '/inbox', replace: true }]);

    const d = storeHarness(v3(() => false).provider);
    expect(await d.store.handleCallback({ code: 'c' })).to.deep.equal({ ok: true });
    expect(d.navigations).to.deep.equal([]);
    expect(d.store.state.status).to.equal('authenticated');
  });

  it('a rejection: no session, the error (with its code) recorded, no navigation', async () => {
    const h = storeHarness(v3(() => Promise.reject({ name: 'Sign-in failed', message: 'Refused', code: 'access-denied' })).provider);
    const outcome = await h.store.handleCallback({ error: 'access_denied' }, { notify: false });
    expect(outcome.ok).to.equal(false);
    expect(outcome.error).to.include({ name: 'Sign-in failed', message: 'Refused' });
    expect(h.store.state.status).to.not.equal('authenticated');
    expect(h.store.state.errors.handleCallback?.message).to.equal('Refused');
    expect(h.store.state.notifications).to.deep.equal([]);
    expect(h.navigations).to.deep.equal([]);
  });

  it('a provider without it: ok false, naming the method', async () => {
    const h = storeHarness(refineV3Provider().provider);
    expect(h.store.supports('handleCallback')).to.equal(false);
    const outcome = await h.store.handleCallback({ code: 'c' });
    expect(outcome.error?.message).to.equal('This authProvider does not implement handleCallback.');
    expect(h.store.state.status).to.not.equal('authenticated');
  });

  it('refine v4 { success, redirectTo } and react-admin { redirectTo } answers', async () => {
    const four = refineV4Provider();
    const v4 = storeHarness(Object.assign(four.provider, { handleCallback: () => Promise.resolve({ success: true, redirectTo: '/v4' }) }));
    await v4.store.handleCallback({ code: 'c' });
    expect(v4.navigations).to.deep.equal([{ to: '/v4', replace: false }]);

    const failed = storeHarness(Object.assign(refineV4Provider().provider, { handleCallback: () => Promise.resolve({ success: false, error: { message: 'Nope' } }) }));
    expect((await failed.store.handleCallback({})).error?.message).to.equal('Nope');

    const ra = storeHarness(Object.assign(reactAdminProvider().provider, { handleCallback: () => Promise.resolve({ redirectTo: '/ra' }) }));
    await ra.store.handleCallback({ code: 'c' });
    expect(ra.navigations).to.deep.equal([{ to: '/ra', replace: false }]);
  });

  it('one provider call while pending; a logout meanwhile makes the answer stale', async () => {
    const held = deferred();
    let calls = 0;
    const provider = Object.assign(refineV3Provider().provider, {
      handleCallback: () => {
        calls += 1;
        return held.promise;
      },
    });
    const h = storeHarness(provider);
    const first = h.store.handleCallback({ code: 'c' });
    const second = h.store.handleCallback({ code: 'c' });
    expect(h.store.state.pending.handleCallback).to.equal(true);
    await h.store.logout();
    held.resolve(undefined);
    expect(await first).to.deep.equal({ ok: false, stale: true });
    expect(await second).to.deep.equal({ ok: false, stale: true });
    expect(calls).to.equal(1);
    expect(h.store.state.status).to.equal('unauthenticated');
  });
});
