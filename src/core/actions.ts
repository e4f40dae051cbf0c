/**
 * The store actions a sign-in page never runs before someone acts — registering, the
 * password-reset pair, e-mail verification, the "send me a code / link / e-mail" actions and
 * the account page's `perform` — loaded by the store with `import()` on their first call. Their
 * methods stay on the store, which sets `pending` at once, snapshots what the call began with
 * (the sign-in counters, the page's query), and hands them an {@link ActionHost}: private store
 * state cannot be reached from another module.
 *
 * Imports nothing at run time, on purpose: a lazy chunk that shared code with the page would
 * make bundlers split the page's own code into one more (less compressible) file.
 */
import type { ActionResult, NormalizedProvider } from './dialect.js';
import type { AuthStore } from './store.js';
import type { AccountAction, ActionOptions, AuthAction, AuthChallenge, AuthOutcome, AuthParams, AuthState } from './types.js';

/** What a lazy action may do to its store. Closures over the store's private state. */
export interface ActionHost {
  readonly provider: NormalizedProvider;
  /** The store itself, for its public paths. */
  readonly store: AuthStore;
  /** The outcome of an answer made stale by a logout or another sign-in since `mark`, if it is. */
  stale(mark: Mark, success: boolean): Promise<AuthOutcome> | undefined;
  /** A sign-in succeeded (it makes sign-ins still on their way stale). */
  signedIn(): void;
  /** The session ended (as a logout does): whatever was pending is stale. */
  signedOut(): void;
  /** The session changed: caches dropped, other tabs told, the action's error cleared. */
  changed(patch: Partial<AuthState>, action: AuthAction): void;
  /** The provider asked for one more step. */
  challenged(action: AuthAction, challenge: AuthChallenge): AuthOutcome;
  /** Records and returns the failure of a provider answer. */
  fail(action: AuthAction, result: ActionResult, options: ActionOptions): AuthOutcome;
  /** The action succeeded: its old error cleared, the caller's `onSuccess` called. */
  done(action: AuthAction, options: ActionOptions): void;
  /** Whether a failure is a cancelled browser ceremony (see the store's `isCancel`). */
  isCancel(error: unknown): boolean;
  /** A safe same-origin path, or `undefined`. */
  safe(target: unknown): string | undefined;
  /** Navigates to a safe target (as every action does). */
  go(action: AuthAction, to: string, replace: boolean, options: ActionOptions): Pick<AuthOutcome, 'redirectTo' | 'navigated'>;
}

/** The sign-in counters when the call began (logouts, sign-ins). */
export type Mark = readonly [number, number];

/** A lazy action: its store, its name, what the caller gave, and what the call began with. */
export type LazyAction = (
  host: ActionHost,
  action: AuthAction,
  params: AuthParams | undefined,
  options: ActionOptions,
  mark: Mark,
  query: Record<string, string>,
) => Promise<AuthOutcome>;

const asParams = (value: unknown): AuthParams =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as AuthParams) } : {};

/** A success that goes to the resolved path if it is safe, else stays. */
function maybeGo(h: ActionHost, action: AuthAction, target: unknown, options: ActionOptions): AuthOutcome {
  const safe = h.safe(target);
  return safe ? { ok: true, ...h.go(action, safe, false, options) } : { ok: true };
}

/**
 * register, verifyEmail: may sign the user in (the session is asked again next time), follow
 * login's stale rule, and may answer a challenge (register: check your inbox; verifyEmail: a
 * second factor). register goes to a resolved path, else `homePath`; verifyEmail (which gets
 * the page's query parameters merged with `params`, params winning) goes only to a resolved
 * path.
 */
export const signUp: LazyAction = async (h, action, params, options, mark, query) => {
  const register = action === 'register';
  const result = await h.provider.action(action as 'register', register ? (params ?? {}) : { ...query, ...asParams(params) });
  const stale = h.stale(mark, result.success);
  if (stale) return stale;
  if (result.challenge) return h.challenged(action, result.challenge);
  if (!result.success) return h.fail(action, result, options);
  h.signedIn();
  h.changed({ status: 'unknown', challenge: null }, action);
  h.done(action, options);
  if (!register) return maybeGo(h, action, result.redirectTo, options);
  if (result.redirectTo === false) return { ok: true };
  return { ok: true, ...h.go(action, h.safe(result.redirectTo) ?? h.store.homePath, false, options) };
};

/**
 * forgotPassword, updatePassword and the "send me something" actions: no session change; a
 * resolved path goes there, anything else stays. updatePassword gets the page's query
 * parameters merged with `params` (params win), as refine does; sendMagicLink's landing page is
 * a safe `redirectTo`, else the page's `?to=`, else `homePath`.
 */
export const send: LazyAction = async (h, action, params, options, _mark, query) => {
  // The others get `params` as given, as the provider always did.
  const given = action === 'updatePassword' || action === 'sendMagicLink' ? asParams(params) : undefined;
  const sent = !given
    ? (params ?? {})
    : action === 'updatePassword'
      ? { ...query, ...given }
      : { ...given, redirectTo: h.safe(given.redirectTo) ?? h.safe(query[h.store.returnParam]) ?? h.store.homePath };
  const result = await h.provider.action(action as 'forgotPassword', sent);
  if (!result.success) return h.fail(action, result, options);
  h.done(action, options);
  return maybeGo(h, action, result.redirectTo, options);
};

/** The account page's actions (see `AuthStore.perform`). */
export const perform: LazyAction = async (h, action, params, options, mark) => {
  const ceremony = action === 'addPasskey';
  const given = asParams(params);
  const result = await h.provider.action(action as AccountAction, given, ceremony ? h.provider.ceremonyMs : undefined);
  // Never a stale session to end here (no account action signs anyone in): just drop the answer.
  if (h.stale(mark, false)) return { ok: false, stale: true };
  if (!result.success) return ceremony && h.isCancel(result.error) ? { ok: false, cancelled: true } : h.fail(action, result, options);
  const data = result.data ?? undefined;
  if (action === 'deleteAccount' && asParams(data).confirmationSent !== true) {
    // The account and its sessions are gone: signed out, as a logout that the server made.
    h.signedOut();
    h.changed({ status: 'unauthenticated', challenge: null }, action);
    h.done(action, options);
    return { ok: true, data, ...h.go(action, h.safe(given.redirectPath) ?? h.store.loginPath, false, options) };
  }
  h.done(action, options);
  return { ok: true, data };
};
