/**
 * A store wired for tests: navigation is recorded instead of performed, the "current page" is
 * a fake location you move with `at()`, and every state the store publishes is kept.
 *
 * ```ts
 * const h = storeHarness(refineV3Provider().provider, { checkCacheTime: 0 });
 * h.at('/login?to=/reports');
 * await h.store.login({ email });
 * expect(h.navigations).to.deep.equal([{ to: '/reports', replace: true }]);
 * ```
 */
import './reset.js';
import { lazyActions } from '../core/store.js';
import { createAuthStore, type AnyAuthProvider, type AuthState, type AuthStore, type AuthStoreOptions, type LocationLike } from '../core/index.js';

/** One navigation the store asked for. */
export interface Navigation {
  to: string;
  replace: boolean;
}

export interface StoreHarness {
  readonly store: AuthStore;
  /** Navigations performed through the store's `navigate` option, in order. */
  readonly navigations: Navigation[];
  /** Every state published to subscribers, in order. */
  readonly states: AuthState[];
  /** The fake current page (same origin as the test page). */
  readonly location: LocationLike;
  /** Moves the fake current page to `pathAndQuery` (e.g. `/login?to=/x`). */
  at(pathAndQuery: string): void;
}

/**
 * Creates a store over `authProvider` for a test. The page starts at `/dashboard`. Pass
 * `location: undefined` in `options` to make the store read the real `globalThis.location`.
 */
export function storeHarness(authProvider: AnyAuthProvider, options: Partial<AuthStoreOptions> = {}): StoreHarness {
  const navigations: Navigation[] = [];
  const states: AuthState[] = [];
  const location: LocationLike = { href: '', pathname: '', search: '' };
  const at = (pathAndQuery: string): void => {
    const url = new URL(pathAndQuery, globalThis.location.origin);
    Object.assign(location, { href: url.href, pathname: url.pathname, search: url.search });
  };
  at('/dashboard');
  const store = createAuthStore({
    authProvider,
    navigate: (to, { replace }) => navigations.push({ to, replace }),
    location: () => location,
    ...options,
  });
  store.subscribe((state) => states.push(state));
  return { store, navigations, states, location, at };
}

/**
 * Resolves after the current task, so every promise chain already queued (a provider's late
 * answer, an `unhandledrejection` dispatch) has run. Not a timer wait: nothing here is timed.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Records errors the code under test reports asynchronously (a throwing subscriber or
 * `navigate`) instead of letting the test runner treat them as uncaught. Call `stop()` to
 * restore the page's handler; `errors` lists what was reported.
 */
export function captureReportedErrors(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const previous = window.onerror;
  window.onerror = (_message, _source, _line, _column, error) => {
    errors.push(error);
    return true; // handled: not a test failure
  };
  return { errors, stop: () => void (window.onerror = previous) };
}

/**
 * Loads the store's on-demand actions (register, the reset pair, e-mail verification, the send
 * actions, `perform`) as their first call would. For races a person cannot produce: a logout
 * clicked within the milliseconds between a first register and its code's arrival.
 */
export async function loadLazyActions(): Promise<void> {
  lazyActions.loaded ??= await lazyActions.load();
}
