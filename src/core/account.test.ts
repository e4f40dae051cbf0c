/**
 * The account page's store side, once per dialect: `store.perform` (every account method) and
 * `store.loginWithPasskey` with and without autofill. Each test asserts the provider calls, the
 * outcome and the resulting state.
 */
import { expect } from '@open-wc/testing';
import type { AccountAction } from './index.js';
import { DIALECTS, deferred, neverSettles, rejects, resolves, throws, type Behaviour, type DialectKit } from '../test-utils/providers.js';
import { nextTask, storeHarness } from '../test-utils/store.js';

/** How each dialect answers data: v3 and react-admin resolve it, v4 wraps it in a result. */
const answer = (kit: DialectKit, data: unknown): Behaviour =>
  kit.dialect === 'refine-v4' ? resolves({ success: true, data }) : resolves(data);

const SESSIONS = [
  { id: 's1', current: true, userAgent: 'Mozilla/5.0' },
  { id: 's2', current: false },
];

const ACCOUNT_ACTIONS: readonly AccountAction[] = [
  'listPasskeys', 'addPasskey', 'renamePasskey', 'deletePasskey', 'changePassword', 'changeEmail', 'listSessions',
  'revokeSession', 'revokeOtherSessions', 'enableTwoFactor', 'confirmTwoFactor', 'disableTwoFactor', 'generateBackupCodes', 'deleteAccount',
];

/** A DOMException-like rejection a provider may let through from `navigator.credentials`. */
const notAllowed = () => Object.assign(new Error('The operation either timed out or was not allowed.'), { name: 'NotAllowedError' });

for (const kit of DIALECTS) {
  const setup = (overrides: Record<string, Behaviour | undefined> = {}) => {
    const fake = kit.create({ [kit.method('check')]: kit.authenticated(), ...overrides });
    return { fake, ...storeHarness(fake.provider) };
  };

  describe(`account: ${kit.dialect}`, () => {
    describe('perform', () => {
      it('resolves what the provider answered as data, with its params, and stays', async () => {
        const { store, fake, navigations } = setup({ listSessions: answer(kit, SESSIONS), changePassword: kit.succeed() });
        const listed = await store.perform('listSessions');
        expect(listed).to.deep.equal({ ok: true, data: SESSIONS });
        const changed = await store.perform('changePassword', { currentPassword: 'a', newPassword: 'b', revokeOtherSessions: true });
        expect(changed.ok).to.equal(true);
        expect(fake.argsOf('changePassword')).to.deep.equal([[{ currentPassword: 'a', newPassword: 'b', revokeOtherSessions: true }]]);
        expect(navigations).to.deep.equal([]);
        expect(store.state.errors).to.deep.equal({});
      });

      it('is pending while the provider works, and a second call shares the first one', async () => {
        const { store, fake } = setup();
        const held = fake.hold('listSessions');
        const first = store.perform('listSessions');
        const second = store.perform('listSessions');
        expect(store.state.pending.listSessions).to.equal(true);
        held.resolve(kit.dialect === 'refine-v4' ? { success: true, data: SESSIONS } : SESSIONS);
        const [a, b] = await Promise.all([first, second]);
        expect(a).to.equal(b);
        expect(fake.countOf('listSessions')).to.equal(1);
        expect(store.state.pending.listSessions).to.equal(false);
      });

      it('a failure is recorded under the action with the provider words, or the action default code', async () => {
        const { store } = setup({ changePassword: kit.fail({ name: 'Nope', message: 'Wrong password', code: 'invalid-password' }), revokeSession: kit.fail() });
        const failed = await store.perform('changePassword', {});
        expect(failed.ok).to.equal(false);
        expect(failed.error).to.include({ message: 'Wrong password', code: 'invalid-password' });
        expect(store.state.errors.changePassword).to.deep.equal(failed.error);
        const bare = await store.perform('revokeSession', { id: 's2' });
        expect(bare.error?.code).to.equal('revoke-session-failed');
      });

      it('a provider that throws or never answers leaves a clean failure and no pending flag', async () => {
        const { store } = setup({ listPasskeys: throws(new TypeError('boom')), enableTwoFactor: neverSettles });
        const thrown = await store.perform('listPasskeys');
        expect(thrown.ok).to.equal(false);
        expect(store.state.pending.listPasskeys).to.equal(false);
        const { store: timed } = (() => {
          const fake = kit.create({ [kit.method('check')]: kit.authenticated(), enableTwoFactor: neverSettles });
          return storeHarness(fake.provider, { timeout: 1 });
        })();
        const late = await timed.perform('enableTwoFactor', { password: 'pw' });
        expect(late.error?.code).to.equal('timeout');
        expect(timed.state.pending.enableTwoFactor).to.equal(false);
      });

      it('every account method is unsupported without its provider method', async () => {
        const { store } = setup();
        for (const action of ACCOUNT_ACTIONS) {
          expect(store.supports(action), action).to.equal(false);
          const outcome = await store.perform(action);
          expect(outcome.error?.code, action).to.equal('unsupported');
        }
      });

      it('an answer that arrives after a logout is dropped: no data, no error', async () => {
        const { store, fake } = setup({ logout: kit.succeed(false) });
        const held = fake.hold('listSessions');
        const pending = store.perform('listSessions');
        await store.logout({}, { redirect: false });
        held.resolve(kit.dialect === 'refine-v4' ? { success: true, data: SESSIONS } : SESSIONS);
        expect(await pending).to.deep.equal({ ok: false, stale: true });
        expect(store.state.errors).to.deep.equal({});
      });

      it('deleteAccount signs out and goes to the login page, unless a confirmation was e-mailed', async () => {
        const mailed = setup({ deleteAccount: answer(kit, { confirmationSent: true }) });
        await mailed.store.checkAuth();
        const waiting = await mailed.store.perform('deleteAccount', { password: 'pw' });
        expect(waiting).to.deep.equal({ ok: true, data: { confirmationSent: true } });
        expect(mailed.store.state.status).to.equal('authenticated');
        expect(mailed.navigations).to.deep.equal([]);

        const gone = setup({ deleteAccount: answer(kit, { confirmationSent: false }) });
        await gone.store.checkAuth();
        const session = gone.store.state.session;
        const outcome = await gone.store.perform('deleteAccount', { password: 'pw' });
        expect(outcome.ok).to.equal(true);
        expect(outcome.redirectTo).to.equal('/login');
        expect(gone.store.state.status).to.equal('unauthenticated');
        expect(gone.store.state.session).to.equal(session + 1);
        expect(gone.navigations).to.deep.equal([{ to: '/login', replace: false }]);
      });

      it('a cancelled ceremony (addPasskey dismissed) is no error', async () => {
        const { store } = setup({ addPasskey: kit.fail({ name: 'Passkey cancelled', message: 'x', code: 'passkey-cancelled' }) });
        expect(await store.perform('addPasskey', { name: 'Laptop' })).to.deep.equal({ ok: false, cancelled: true });
        expect(store.state.errors).to.deep.equal({});
      });

      it('only a passkey ceremony can be cancelled: the same error from any other action is an error', async () => {
        const cancel = { name: 'NotAllowedError', message: 'Not allowed', code: 'passkey-cancelled' };
        const { store } = setup({ changePassword: kit.fail(cancel), verifyTwoFactor: kit.fail(cancel), loginWithCode: kit.fail(cancel) });
        expect((await store.perform('changePassword', {})).error?.code).to.equal('passkey-cancelled');
        expect((await store.verifyTwoFactor({ method: 'totp', code: '1' })).error?.code).to.equal('passkey-cancelled');
        expect((await store.loginWithCode({ email: 'a@b.c', code: '1' })).error?.code).to.equal('passkey-cancelled');
        expect(Object.keys(store.state.errors).sort()).to.deep.equal(['changePassword', 'loginWithCode', 'verifyTwoFactor']);
      });
    });

    describe('loginWithPasskey', () => {
      it('the button: pending during the ceremony, then signed in like login', async () => {
        const { store, fake, navigations } = setup();
        const held = fake.hold('loginWithPasskey');
        const outcome = store.loginWithPasskey();
        expect(store.state.pending.loginWithPasskey).to.equal(true);
        held.resolve(kit.dialect === 'refine-v4' ? { success: true } : undefined);
        expect((await outcome).ok).to.equal(true);
        expect(store.state.status).to.equal('authenticated');
        expect(navigations).to.deep.equal([{ to: '/', replace: false }]);
      });

      it('the button: a dismissed prompt (NotAllowedError passed through) is cancelled, not an error', async () => {
        const { store } = setup({ loginWithPasskey: rejects(notAllowed()) });
        expect(await store.loginWithPasskey()).to.deep.equal({ ok: false, cancelled: true });
        expect(store.state.errors).to.deep.equal({});
        expect(store.state.notifications).to.deep.equal([]);
      });

      it('the button: a real failure is recorded with its code', async () => {
        const { store } = setup({ loginWithPasskey: kit.fail({ name: 'Passkey error', message: 'Unknown passkey', code: 'passkey-not-found' }) });
        const outcome = await store.loginWithPasskey();
        expect(outcome.error?.code).to.equal('passkey-not-found');
        expect(store.state.errors.loginWithPasskey?.code).to.equal('passkey-not-found');
      });

      it('autofill: not pending, gets a signal, and is aborted by the caller signal without an error', async () => {
        const { store, fake } = setup();
        const held = deferred();
        let signal: AbortSignal | undefined;
        fake.set('loginWithPasskey', (params: { signal: AbortSignal }) => {
          signal = params.signal;
          params.signal.addEventListener('abort', () => held.reject(notAllowed()));
          return held.promise;
        });
        const caller = new AbortController();
        const outcome = store.loginWithPasskey({ autoFill: true, signal: caller.signal });
        expect(store.state.pending.loginWithPasskey).to.equal(false);
        expect(fake.argsOf('loginWithPasskey')[0][0]).to.include({ autoFill: true });
        expect(signal).to.be.instanceOf(AbortSignal);
        expect(signal!.aborted).to.equal(false);
        caller.abort();
        expect(signal!.aborted).to.equal(true);
        expect(await outcome).to.deep.equal({ ok: false, cancelled: true });
        expect(store.state.errors).to.deep.equal({});
      });

      it('autofill is aborted before the button ceremony, before addPasskey, and by a new autofill request', async () => {
        const { store, fake } = setup({ addPasskey: kit.succeed() });
        const signals: AbortSignal[] = [];
        fake.set('loginWithPasskey', (params: { autoFill?: boolean; signal?: AbortSignal }) => {
          if (params.signal) signals.push(params.signal);
          // The button's ceremony must find the autofill request already ended.
          if (!params.autoFill) return signals.every((s) => s.aborted) ? resolves(kit.dialect === 'refine-v4' ? { success: true } : undefined)() : rejects(new Error('pending'))();
          return new Promise((_, reject) => params.signal!.addEventListener('abort', () => reject(notAllowed())));
        });
        const first = store.loginWithPasskey({ autoFill: true });
        const second = store.loginWithPasskey({ autoFill: true });
        expect(signals[0].aborted).to.equal(true);
        expect(await first).to.deep.equal({ ok: false, cancelled: true });
        await store.perform('addPasskey', { name: 'Key' });
        expect(signals[1].aborted).to.equal(true);
        expect(await second).to.deep.equal({ ok: false, cancelled: true });
        const third = store.loginWithPasskey({ autoFill: true });
        const button = await store.loginWithPasskey({}, { redirect: false });
        expect(button.ok).to.equal(true);
        expect(signals[2].aborted).to.equal(true);
        expect(await third).to.deep.equal({ ok: false, cancelled: true });
      });

      it('autofill: a chosen passkey signs in; a refused one is an error to show', async () => {
        const ok = setup({ loginWithPasskey: kit.succeed() });
        expect((await ok.store.loginWithPasskey({ autoFill: true })).ok).to.equal(true);
        expect(ok.store.state.status).to.equal('authenticated');

        const refused = setup({ loginWithPasskey: kit.fail({ name: 'Passkey error', message: 'Unknown', code: 'passkey-not-found' }) });
        const outcome = await refused.store.loginWithPasskey({ autoFill: true }, { notify: false });
        expect(outcome.error?.code).to.equal('passkey-not-found');
        expect(refused.store.state.errors.loginWithPasskey?.code).to.equal('passkey-not-found');
        expect(refused.store.state.notifications).to.deep.equal([]);
      });

      it('a passkey ceremony outlives the store-wide timeout: autofill waits untimed, the button up to the ceremony limit', async () => {
        // Regression: the offline gate dropped the per-call limit, so both were cut at `timeout`.
        const fake = kit.create({ [kit.method('check')]: kit.authenticated() });
        const { store } = storeHarness(fake.provider, { timeout: 1 });
        const success = kit.succeed();
        // The person picks a passkey after the store-wide limit has passed (timers fire in order).
        fake.set('loginWithPasskey', (...args: unknown[]) => new Promise((resolve) => setTimeout(resolve, 20)).then(() => success(...args)));
        expect(await store.loginWithPasskey({ autoFill: true }, { redirect: false })).to.include({ ok: true });
        await store.logout({}, { redirect: false });
        expect(await store.loginWithPasskey({}, { redirect: false })).to.include({ ok: true });
        // Any other call still has the store-wide limit.
        fake.set(kit.method('login'), () => new Promise((resolve) => setTimeout(resolve, 20)));
        expect((await store.login({}, { redirect: false })).error?.code).to.equal('timeout');
      });

      it('autofill: an answer after a logout signs nobody in', async () => {
        const { store, fake } = setup({ logout: kit.succeed(false) });
        const held = fake.hold('loginWithPasskey');
        const outcome = store.loginWithPasskey({ autoFill: true });
        await store.logout({}, { redirect: false });
        held.reject(notAllowed());
        expect((await outcome).ok).to.equal(false);
        await nextTask();
        expect(store.state.status).to.equal('unauthenticated');
      });

      it('without the provider method: unsupported, for the button and for autofill', async () => {
        const { store } = setup();
        expect(store.supports('loginWithPasskey')).to.equal(false);
        expect((await store.loginWithPasskey()).error?.code).to.equal('unsupported');
        expect((await store.loginWithPasskey({ autoFill: true })).error?.code).to.equal('unsupported');
      });
    });
  });
}
