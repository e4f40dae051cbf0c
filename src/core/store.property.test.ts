/**
 * Any interleaving of login, logout and check: generated call sequences against a provider
 * whose answers resolve in generated orders (fast-check's scheduler). The provider models a
 * server session; the store must end in a state that matches the provider's last word, and
 * never report "authenticated" after a logout that won. Seed: see src/test-utils/fast-check.ts.
 */
import { expect } from '@open-wc/testing';
import { createAuthStore, type AuthStatus } from './index.js';
import { fc } from '../test-utils/fast-check.js';

type Command = { kind: 'login'; accept: boolean } | { kind: 'logout' } | { kind: 'check' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.boolean().map((accept): Command => ({ kind: 'login', accept })),
  fc.constant<Command>({ kind: 'logout' }),
  fc.constant<Command>({ kind: 'check' }),
);

/**
 * A server with one session. `answerAt` decides when a check reads it: when the request
 * arrives (`call`) or when its answer is sent (`answer`); sign-in and sign-out take effect when
 * their answer is sent (the moment the server commits).
 */
function server(s: fc.Scheduler, answerAt: 'call' | 'answer') {
  const model = { session: false, log: [] as string[] };
  const later = <T>(label: string, act: () => T): Promise<Awaited<T>> =>
    s.schedule(Promise.resolve(label), label).then(() => act() as Awaited<T>);
  const provider = {
    login: (params: { accept?: boolean }) =>
      later('login', () => {
        if (!params.accept) throw { message: 'Invalid credentials' };
        model.session = true;
        model.log.push('login');
      }),
    logout: () =>
      later('logout', () => {
        model.session = false;
        model.log.push('logout');
      }),
    checkAuth: () => {
      const atCall = model.session;
      return later('checkAuth', () => {
        if (!(answerAt === 'call' ? atCall : model.session)) throw {};
      });
    },
    checkError: () => Promise.resolve(),
  };
  return { model, provider };
}

const known = (status: AuthStatus) => status === 'authenticated' || status === 'unauthenticated';

describe('property: any interleaving of login, logout and check', function () {
  this.timeout(120_000);

  it('ends matching the server, and a logout that was asked last always wins', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(command, { minLength: 1, maxLength: 8 }), fc.constantFrom('call' as const, 'answer' as const), async (s, commands, answerAt) => {
        const { model, provider } = server(s, answerAt);
        const store = createAuthStore({ authProvider: provider, navigate: () => {}, checkCacheTime: 0, channel: false, timeout: 0 });
        const outcomes: Promise<unknown>[] = [];
        // The calls themselves are issued in order, interleaved with the provider's answers.
        const sequence = s.scheduleSequence(
          commands.map((c) => ({
            label: c.kind,
            builder: () => {
              const outcome = c.kind === 'login' ? store.login({ accept: c.accept }) : c.kind === 'logout' ? store.logout() : store.checkAuth();
              outcomes.push(outcome);
              return Promise.resolve();
            },
          })),
        );
        await s.waitFor(sequence.task);
        await s.waitFor(Promise.all(outcomes));
        await s.waitIdle();

        const status = store.state.status;
        // What the store says, if it says anything, is what the server holds.
        if (known(status)) expect(status === 'authenticated', `${status} vs server ${model.session}; ${s.report().map((r) => r.label).join(',')}`).to.equal(model.session);
        // A logout asked after every sign-in wins: signed out here and on the server.
        const lastSessionCall = [...commands].reverse().find((c) => c.kind !== 'check');
        if (lastSessionCall?.kind === 'logout') {
          expect(status).not.to.equal('authenticated');
          expect(model.session, 'the server still holds a session the user signed out of').to.equal(false);
        }
        // And the next check agrees with the server.
        expect((await s.waitFor(store.checkAuth())).ok).to.equal(model.session);
        expect(store.state.status).to.equal(model.session ? 'authenticated' : 'unauthenticated');
      }),
      { numRuns: 300 },
    );
  });
});
