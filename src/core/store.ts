import { normalizeProvider, type ActionMethod, type ActionResult, type CheckResult, type NormalizedProvider } from './dialect.js';
import { NETWORK_ERROR, defaultError, toAuthError, unsupportedError } from './errors.js';
import { loginRedirect, safeRedirect } from './redirect.js';
import { getQueryParams, report } from './url.js';
import { OFFLINE_ERROR, SessionSync, defaultChannelName, offline, unansweredError, type SessionSyncHost, type SessionSyncOptions } from './session-sync.js';
import type { ActionHost, LazyAction, Mark } from './actions.js';
import type {
  AccountAction,
  ActionOptions,
  AnyAuthProvider,
  AuthAction,
  AuthChallenge,
  AuthDialect,
  AuthError,
  AuthOutcome,
  AuthParams,
  AuthState,
  NavigateFn,
  RedirectIntent,
} from './types.js';

/** Where the store reads the current page from. Injectable for servers and tests. */
export interface LocationLike {
  href: string;
  pathname: string;
  search: string;
}

/** Options of {@link createAuthStore}. Session sync options: see {@link SessionSyncOptions}. */
export interface AuthStoreOptions extends SessionSyncOptions {
  /** The app's authProvider (refine v3, refine v4+ or react-admin shape). */
  authProvider: AnyAuthProvider;
  /** Force a dialect instead of detecting it. */
  dialect?: AuthDialect;
  /** Performs navigation (a router's push/replace). Default: `location.assign`/`location.replace`. */
  navigate?: NavigateFn;
  /** Called before every navigation; return `false` to cancel it. */
  beforeRedirect?: (intent: RedirectIntent) => boolean;
  /** The login page. Default `/login`. */
  loginPath?: string;
  /** Where login and register go by default. Default `/`. */
  homePath?: string;
  /** The query parameter carrying the return path. Default `to`. */
  returnParam?: string;
  /** How long a `checkAuth` answer is reused, in ms. Default 2000; 0 disables the cache. */
  checkCacheTime?: number;
  /** How long a provider call may take before the action fails with a timeout, in ms. Default 30000; 0 waits forever. */
  timeout?: number;
  /** How many undismissed notifications are kept. Default 5. */
  maxNotifications?: number;
  /** The current page. Default: `globalThis.location`. */
  location?: () => LocationLike | undefined;
  /**
   * Load the identity each time the status becomes `authenticated` (after a login, or a check
   * that finds a session), so `state.identity` fills itself. Default `true` when the provider
   * has `getIdentity`/`getUserIdentity`.
   */
  loadIdentity?: boolean;
  /**
   * Load the permissions likewise. Default `false`: they load once something asks for them
   * (`keepLoaded('permissions')`, `useAuth(store, { permissions: true })`, `getPermissions()`).
   */
  loadPermissions?: boolean;
}

/** What the store can keep loaded while a user is signed in. */
export type AuthData = 'identity' | 'permissions';

/** Called with the new state after every change. */
export type AuthListener<Identity = unknown, Permissions = unknown> = (state: AuthState<Identity, Permissions>) => void;

const ACTIONS: readonly AuthAction[] = [
  'login', 'logout', 'register', 'forgotPassword', 'updatePassword',
  'checkAuth', 'checkError', 'getPermissions', 'getIdentity', 'handleCallback',
  'verifyTwoFactor', 'sendTwoFactorCode', 'sendLoginCode', 'loginWithCode', 'sendMagicLink',
  'sendVerificationEmail', 'verifyEmail', 'loginWithPasskey',
];

const idle = Object.freeze(Object.fromEntries(ACTIONS.map((a) => [a, false]))) as AuthState['pending'];

/**
 * The code of the `logout` error recorded when the store could not end a session that a login
 * or register created after the user had logged out: that session may still exist.
 */
export const STALE_LOGOUT_FAILED = 'logout-failed';

/**
 * Whether a failure is a cancelled browser ceremony rather than an error: the provider's
 * `passkey-cancelled`, or the browser's own `NotAllowedError` (dismissed, timed out, nothing to
 * offer — WebAuthn does not tell them apart, on purpose) or `AbortError` passed through.
 */
function isCancel(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  try {
    const { code, name } = error as { code?: unknown; name?: unknown };
    return code === 'passkey-cancelled' || name === 'NotAllowedError' || name === 'AbortError';
  } catch {
    return false;
  }
}

/**
 * The actions a sign-in page does not run before someone acts (actions.ts): `load` fetches them
 * (a property, not a bare `import()`, so a test can play a chunk that fails to load), `loaded`
 * keeps them once they came, so later calls reach the provider synchronously, as before.
 * @internal
 */
export const lazyActions: { load(): Promise<typeof import('./actions.js')>; loaded?: typeof import('./actions.js') } = {
  load: () => import('./actions.js'),
};

const FALLBACK_LOCATION: LocationLike = { href: 'http://localhost/', pathname: '/', search: '' };

const asParams = (value: unknown): AuthParams =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...(value as AuthParams) } : {};


/**
 * The only caller of the authProvider. Elements and framework code call its actions and render
 * its `state`; several stores on one page are fully independent.
 *
 * Every action resolves (never rejects) to an {@link AuthOutcome}.
 *
 * `Identity` and `Permissions` type `state.identity`, `state.permissions` and the data of
 * `getIdentity()`/`getPermissions()`: `createAuthStore<MyUser>({ authProvider })`.
 */
export class AuthStore<Identity = unknown, Permissions = unknown> {
  /** The detected (or forced) provider dialect. */
  readonly dialect: AuthDialect;
  /** The login page path. */
  readonly loginPath: string;
  /** The default target after login and register. */
  readonly homePath: string;
  /** The query parameter carrying the return path after login. */
  readonly returnParam: string;

  #provider: NormalizedProvider;
  #options: AuthStoreOptions;
  #state: AuthState<Identity, Permissions> = {
    status: 'unknown',
    session: 0,
    identity: null,
    permissions: null,
    pending: idle,
    errors: {},
    notifications: [],
    challenge: null,
  };
  // Typed loosely on purpose: a store typed `AuthStore<MyUser>` must stay assignable to the plain
  // `AuthStore` the elements accept, and a Set of listeners would make the class invariant.
   
  #listeners = new Set<AuthListener<any, any>>();
  // What is (re)loaded each time the status becomes `authenticated`.
  #keep = { identity: true, permissions: false };
  #inflight = new Map<AuthAction, Promise<AuthOutcome>>();
  /** The pending passkey autofill request's controller (at most one per store). */
  #autofill?: AbortController;
  // Bumped whenever the session may have changed (login, logout, register, a logging-out
  // checkError). Results of calls started under an older epoch are stale.
  #epoch = 0;
  #check?: { epoch: number; at: number; result: Promise<CheckResult>; settled: boolean; redirected: boolean };
  #data: Partial<Record<'getIdentity' | 'getPermissions', { epoch: number; checks: number; outcome: Promise<AuthOutcome> }>> = {};
  // Bumped by reloadIdentity: an identity load started before it answers too late to be kept.
  #identityLoads = 0;
  // Checks started so far: data asked for after a check began describes whatever that check finds.
  #checks = 0;
  #nextNotification = 1;
  // How many logouts were asked for, and whether a login or register succeeded after the last
  // one: together they tell whether a late "signed in" answer created a session the user ended.
  #logouts = 0;
  #signedIn = false;
  // Sign-ins (login, register) that succeeded: one made meanwhile makes another's answer stale.
  #signIns = 0;
  // Provider calls in flight per action: a pending flag clears only when the last one answers.
  #calls = new Map<AuthAction, number>();
  // Other tabs, bfcache, visibility and offline (session-sync.ts); started by the first subscriber.
  #sync: SessionSync;
  #host?: ActionHost;

  constructor(options: AuthStoreOptions) {
    if (options === null || typeof options !== 'object') {
      throw new TypeError('auth-elements: createAuthStore needs an options object with an authProvider.');
    }
    this.#options = options;
    const provider = normalizeProvider(options.authProvider, options.timeout ?? 30_000, options.dialect);
    this.dialect = provider.dialect;
    this.loginPath = options.loginPath ?? '/login';
    this.homePath = options.homePath ?? '/';
    this.returnParam = options.returnParam ?? 'to';
    this.#keep = { identity: options.loadIdentity !== false, permissions: options.loadPermissions === true };
    this.#sync = new SessionSync(this.#syncHost(), options, () =>
      defaultChannelName({
        loginPath: this.loginPath,
        homePath: this.homePath,
        returnParam: this.returnParam,
        dialect: this.dialect,
        provider: options.authProvider,
      }),
    );
    this.#provider = this.#sync.gate(provider);
  }

  /** The `BroadcastChannel` this store shares sign-in and sign-out on, or `undefined` when it does not. */
  get channel(): string | undefined {
    return this.#sync.channelName;
  }

  /**
   * Releases what the store holds on the page — its channel to other tabs, its window listeners —
   * and drops its subscribers. Call it when an app throws a store away (tests, micro-frontends).
   */
  dispose(): void {
    this.#sync.dispose();
    this.#listeners.clear();
  }

  /** The current state (an immutable snapshot). */
  get state(): AuthState<Identity, Permissions> {
    return this.#state;
  }

  /** Calls `listener` after every state change; returns the function that unsubscribes it. */
  subscribe(listener: AuthListener<Identity, Permissions>): () => void {
    // A function object of its own, so subscribing one listener twice still counts twice.
    const entry: AuthListener<Identity, Permissions> = (state) => listener(state);
    this.#listeners.add(entry);
    this.#sync.retain();
    return () => {
      if (this.#listeners.delete(entry)) this.#sync.release();
    };
  }

  /** Whether the provider implements an (optional) action. */
  supports(action: ActionMethod | 'getIdentity' | 'getPermissions'): boolean {
    return this.#provider.has(action);
  }

  /** Removes one notification. */
  dismiss(id: number): void {
    const notifications = this.#state.notifications.filter((n) => n.id !== id);
    if (notifications.length !== this.#state.notifications.length) this.#set({ notifications });
  }

  /** Clears the last error of an action (a form does this when the user edits it). */
  clearError(action: AuthAction): void {
    if (!this.#state.errors[action]) return;
    const errors = { ...this.#state.errors };
    delete errors[action];
    this.#set({ errors });
  }

  /**
   * Drops the pending challenge (the user chose "back" on a second-factor or check-your-inbox
   * step). No provider call: the half-finished sign-in simply ends; a later answer with a
   * challenge sets a new one.
   */
  cancelChallenge(): void {
    if (this.#state.challenge) this.#set({ challenge: null });
  }

  /* ------------------------------------------------------------------ actions */

  /**
   * Logs in. Resolved `false` stays; otherwise a safe `?to=` return path wins (replace), then a
   * resolved path, then `homePath` (push). A logout started meanwhile makes the result stale.
   */
  login(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#once('login', async () => {
      const mark = this.#mark();
      const result = await this.#provider.action('login', params ?? {});
      // Only a logout asked for (or another sign-in made) after this login began makes it stale:
      // a logout asked before it, answering meanwhile, is older news than the user's sign-in
      // (found by store.property.test.ts).
      return this.#staleSince(mark, result.success) ?? this.#signInAnswered('login', result, options);
    });
  }

  /**
   * Completes an OAuth / OpenID Connect return on the callback page: calls the provider's
   * optional `handleCallback` (react-admin's name) with the query parameters (default: the
   * current page's). Success follows the login rules: resolved `false` stays; a safe `?to=`
   * wins; then a resolved path (an adapter resolves the return path it kept with `state`);
   * then `homePath`. A failure signs nobody in.
   */
  handleCallback(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#once('handleCallback', async () => {
      const mark = this.#mark();
      const result = await this.#provider.action('handleCallback', params ?? this.#query());
      // As for login: a logout asked for (or another sign-in made) meanwhile makes it stale.
      const stale = this.#staleSince(mark, result.success);
      if (stale) return stale;
      if (!result.success) return this.#failure('handleCallback', result, options, 'handleCallback');
      return this.#afterSignIn('handleCallback', result.redirectTo, options);
    });
  }

  /**
   * Navigates the way an action's own redirect does — only to a same-origin target (anything
   * else goes nowhere), through `options.beforeRedirect` (an element's cancelable
   * `auth-redirect`), the store's `beforeRedirect` and `navigate` — for a step that leads
   * elsewhere after an action (`<auth-callback>` back to the sign-in page after a failure).
   */
  redirect(action: AuthAction, to: unknown, options: ActionOptions & { replace?: boolean } = {}): Pick<AuthOutcome, 'redirectTo' | 'navigated'> {
    const safe = this.#safe(to);
    return safe ? this.#go(action, safe, options.replace ?? false, options) : { navigated: false };
  }

  /**
   * After a successful sign-in (login, callback, a second factor, an e-mailed code): the session
   * changed, a pending challenge is answered; go where the login rules say.
   */
  #afterSignIn(action: AuthAction, redirectTo: unknown, options: ActionOptions): AuthOutcome {
    this.#signedInNow();
    this.#sessionChanged({ status: 'authenticated', challenge: null }, action);
    this.#succeeded(options);
    if (redirectTo === false) return { ok: true };
    const back = this.#safe(this.#query()[this.returnParam]);
    if (back) return { ok: true, ...this.#go(action, back, true, options) };
    return { ok: true, ...this.#go(action, this.#safe(redirectTo) ?? this.homePath, false, options) };
  }

  /**
   * Logs out. Wins over a pending login. Goes to `params.redirectPath ?? resolved path`,
   * stays on `false`, defaults to `loginPath`.
   */
  logout(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    // Invalidate before asking the provider: whatever was pending is now stale.
    this.#signedOut();
    return this.#once('logout', async () => {
      const result = await this.#provider.action('logout', params ?? {});
      if (!result.success) return this.#failure('logout', result, options);
      this.#sessionChanged({ status: 'unauthenticated', challenge: null }, 'logout');
      this.#succeeded(options);
      const requested = asParams(params).redirectPath;
      const target = requested !== undefined ? requested : result.redirectTo;
      if (target === false) return { ok: true };
      return { ok: true, ...this.#go('logout', this.#safe(target) ?? this.loginPath, false, options) };
    });
  }

  /** Registers. Resolved `false` stays, a path goes there, otherwise `homePath`. A challenge (check your inbox) waits for the next step. */
  register(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#later('register', 'signUp', params, options);
  }

  /** Asks for a reset link. A resolved path goes there; anything else stays. */
  forgotPassword(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#later('forgotPassword', 'send', params, options);
  }

  /**
   * Sets a new password. The provider receives the current query parameters merged with
   * `params` (params win), as refine does. A resolved path goes there; anything else stays.
   */
  updatePassword(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#later('updatePassword', 'send', params, options);
  }

  /**
   * Checks the session. Concurrent calls share one provider call, and an answer is reused for
   * `checkCacheTime` ms. Navigates on failure only with `{ redirect: true }` (what a guard
   * does): to the provider's `redirectPath`, else `loginPath?to=<current path+search>`, unless
   * already on the login page.
   */
  checkAuth(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    const entry = this.#checkEntry(params);
    return entry.result.then((result): AuthOutcome | Promise<AuthOutcome> => {
      // The session changed while we asked: this answer is about the old one, ask again.
      if (entry.epoch !== this.#epoch) return this.checkAuth(params, options);
      if (result.authenticated) {
        this.#succeeded(options);
        return { ok: true, data: result.data };
      }
      const outcome: AuthOutcome = { ok: false };
      if (result.timedOut || result.notify) outcome.error = this.#errorOf('checkAuth', result);
      // Many guards share one failed answer; only the first that may redirect does. A
      // rejected `redirectPath: false` / `redirectTo: false` means "stay", as everywhere else.
      if (options.redirect !== true || entry.redirected || result.timedOut || result.redirectTo === false) return outcome;
      const target = this.#safe(result.redirectTo) ?? this.#loginTarget();
      if (!target) return outcome;
      entry.redirected = true;
      return { ...outcome, ...this.#go('checkAuth', target, true, options) };
    });
  }

  /**
   * Lets the provider judge an API error (as refine's `useCheckError`). When it says so, logs
   * out and goes to the path it gave (`false`: nowhere; none: the logout's own target).
   * Resolves `ok: true` when the session is kept.
   */
  async checkError(error?: unknown, options: ActionOptions = {}): Promise<AuthOutcome> {
    // Not de-duplicated: each API error is its own question. The logout it may cause is.
    this.#begin('checkError');
    try {
      const result = await this.#provider.checkError(error);
      const shown = result.timedOut || result.notify ? this.#errorOf('checkError', result) : undefined;
      if (shown) this.#fail('checkError', shown);
      if (!result.logout) {
        if (shown) return { ok: false, error: shown };
        // refine v4's onError may send the user somewhere (a 403 page) without logging out.
        const target = this.#safe(result.redirectTo);
        return target ? { ok: true, ...this.#go('checkError', target, false, options) } : { ok: true };
      }
      const redirectPath = result.redirectTo;
      const logout = await this.logout(redirectPath === undefined ? {} : { redirectPath }, options);
      return { ...logout, ok: false, ...(shown ? { error: shown } : {}) };
    } finally {
      this.#end('checkError');
    }
  }

  /**
   * Loads the user identity (cached until the session changes; concurrent calls, and the
   * store's own load after sign-in, share one provider call).
   */
  getIdentity(params?: AuthParams): Promise<AuthOutcome<Identity>> {
    return this.#cachedData('getIdentity', params) as Promise<AuthOutcome<Identity>>;
  }

  /**
   * Loads the identity again although this session has one cached: after an account change
   * that alters it (a new e-mail address), so everything showing `state.identity` follows. A
   * load already on its way is superseded: its answer, older than this one, is dropped.
   */
  reloadIdentity(params?: AuthParams): Promise<AuthOutcome<Identity>> {
    delete this.#data.getIdentity;
    this.#identityLoads += 1;
    return this.getIdentity(params);
  }

  /**
   * Loads the user permissions (cached until the session changes). Calling it also keeps them
   * loaded after every later sign-in.
   */
  getPermissions(params?: AuthParams): Promise<AuthOutcome<Permissions>> {
    this.#keep.permissions = true;
    return this.#cachedData('getPermissions', params) as Promise<AuthOutcome<Permissions>>;
  }

  /**
   * Keeps `identity` or `permissions` loaded: loads it now when signed in, and again each time
   * the status becomes `authenticated`. Shares the cached call with everything else, so several
   * guards and `useAuth` users asking cost one provider call. Does nothing when the provider
   * lacks the method.
   */
  keepLoaded(what: AuthData): void {
    this.#keep[what] = true;
    if (this.#state.status === 'authenticated') this.#autoload();
  }

  /* ----------------------------------------------------- beyond passwords */

  /**
   * Proves the second factor a `two-factor` challenge asked for (`{ method, code, trustDevice }`).
   * Succeeds like {@link login}: signed in, then `?to=`, a resolved path or `homePath`.
   */
  verifyTwoFactor(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#signIn('verifyTwoFactor', params, options);
  }

  /** Asks the provider to send a second-factor code (`{ method }`, e.g. `otp` by e-mail). Stays unless it resolves a path. */
  sendTwoFactorCode(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#later('sendTwoFactorCode', 'send', params, options);
  }

  /** Asks for a one-time sign-in code by e-mail (`{ email }`). Stays unless it resolves a path. */
  sendLoginCode(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#later('sendLoginCode', 'send', params, options);
  }

  /** Signs in with an e-mailed code (`{ email, code }`); succeeds like {@link login}. */
  loginWithCode(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#signIn('loginWithCode', params, options);
  }

  /**
   * Asks for a sign-in link by e-mail (`{ email, redirectTo }`). The link's landing page is
   * validated like every target: a safe `redirectTo`, else the page's `?to=`, else `homePath`.
   * Stays unless the provider resolves a path.
   */
  sendMagicLink(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#later('sendMagicLink', 'send', params, options);
  }

  /** Sends the e-mail verification link again (`{ email }`). Stays unless it resolves a path. */
  sendVerificationEmail(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#later('sendVerificationEmail', 'send', params, options);
  }

  /**
   * Confirms an e-mail address from the verification link. The provider receives the current
   * query parameters merged with `params` (params win), as for `updatePassword`. Verifying may
   * sign the user in (as registering may): the session is asked again next time, and the answer
   * follows register's stale rule. A resolved path goes there, anything else stays; a challenge
   * (a second factor) is exposed like login's.
   */
  verifyEmail(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    return this.#later('verifyEmail', 'signUp', params, options);
  }

  /**
   * Signs in with a passkey (`{ autoFill, signal }`); succeeds like {@link login}.
   *
   * With `autoFill: true` this is the conditional-mediation request behind a username field's
   * suggestions: it waits (untimed, not `pending`, so no form looks busy) until the user picks a
   * passkey or it is aborted — by `signal`, by the next autofill request, or by any other passkey
   * ceremony this store starts (the button, `addPasskey`), which browsers refuse to run while one
   * is pending. A cancelled ceremony (the prompt dismissed, a request aborted: the provider's
   * `passkey-cancelled`, or the browser's `NotAllowedError` / `AbortError`) resolves
   * `{ ok: false, cancelled: true }` and records no error.
   */
  loginWithPasskey(params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome> {
    const given = asParams(params);
    this.#autofill?.abort();
    this.#autofill = undefined;
    if (given.autoFill !== true) return this.#signIn('loginWithPasskey', given, options, this.#provider.ceremonyMs);
    if (!this.#provider.has('loginWithPasskey')) return Promise.resolve(this.#failure('loginWithPasskey', {}, options, 'loginWithPasskey'));
    const controller = new AbortController();
    this.#autofill = controller;
    const outer = given.signal as Partial<AbortSignal> | undefined;
    if (outer?.aborted === true) controller.abort();
    else if (typeof outer?.addEventListener === 'function') outer.addEventListener('abort', () => controller.abort(), { once: true });
    const mark = this.#mark();
    return (async (): Promise<AuthOutcome> => {
      try {
        const result = await this.#provider.action('loginWithPasskey', { ...given, signal: controller.signal }, 0);
        if (this.#autofill === controller) this.#autofill = undefined;
        const stale = this.#staleSince(mark, result.success);
        if (stale) return await stale;
        if (!result.success && (controller.signal.aborted || isCancel(result.error))) return { ok: false, cancelled: true };
        return this.#signInAnswered('loginWithPasskey', result, options);
      } catch (error) {
        // As in `#once`: the app's own input misbehaving (a throwing getter), never the provider.
        return this.#failure('loginWithPasskey', { error }, {});
      }
    })();
  }

  /**
   * Runs one of the account page's optional methods ({@link AccountAction}) and resolves its
   * answer as `data` (a list, a new secret; `undefined` for nothing). Like every action: one call
   * at a time per action, `pending` and `errors` in the state, `unsupported` without the
   * method, never a rejection. An answer that arrives after a logout or another sign-in is
   * dropped (`stale`: it describes someone else's account). It never navigates, except
   * `deleteAccount`: unless it answers `{ confirmationSent: true }` the user is signed out and
   * sent to `params.redirectPath ?? loginPath`. `addPasskey` first aborts a pending passkey
   * autofill request; a cancelled ceremony resolves `{ ok: false, cancelled: true }`.
   */
  perform<T = unknown>(action: AccountAction, params?: AuthParams, options: ActionOptions = {}): Promise<AuthOutcome<T>> {
    if (action === 'addPasskey') {
      this.#autofill?.abort();
      this.#autofill = undefined;
    }
    return this.#later(action, 'perform', params, options) as Promise<AuthOutcome<T>>;
  }

  /* ---------------------------------------------------------------- internals */

  /** An optional action run once at a time; without the provider method it fails with `unsupported`. */
  #run(action: ActionMethod & AuthAction, options: ActionOptions, run: () => Promise<AuthOutcome>): Promise<AuthOutcome> {
    return this.#once(action, () =>
      this.#provider.has(action) ? run() : Promise.resolve(this.#failure(action, {}, options, action)),
    );
  }

  /**
   * An optional action whose code loads on its first call (actions.ts). `pending` is set now,
   * and what the call began with is taken now too — the sign-in counters, the page's query —
   * so waiting for the code changes nothing. A load that fails ends like a failed call.
   */
  #later(action: ActionMethod & AuthAction, name: 'signUp' | 'send' | 'perform', params: AuthParams | undefined, options: ActionOptions): Promise<AuthOutcome> {
    return this.#run(action, options, async () => {
      const mark = this.#mark();
      const query = this.#query();
      let run: LazyAction;
      try {
        run = (lazyActions.loaded ??= await lazyActions.load())[name];
      } catch {
        // Offline is said as the offline gate says it, whether or not the provider would be gated.
        return this.#failure(action, { error: offline() ? OFFLINE_ERROR : NETWORK_ERROR }, options);
      }
      return run(this.#actionHost(), action, params, options, mark, query);
    });
  }

  /** An optional action that signs in (a second factor, an e-mailed code): judged like login. */
  #signIn(action: ActionMethod & AuthAction, params: AuthParams | undefined, options: ActionOptions, timeoutMs?: number): Promise<AuthOutcome> {
    return this.#run(action, options, async () => {
      const mark = this.#mark();
      const result = await this.#provider.action(action, params ?? {}, timeoutMs);
      // As for login: a logout asked for (or another sign-in made) meanwhile makes it stale.
      const stale = this.#staleSince(mark, result.success);
      if (stale) return stale;
      // Only a passkey ceremony can be cancelled: for every other action such an error is an error.
      if (!result.success && action === 'loginWithPasskey' && isCancel(result.error)) return { ok: false, cancelled: true };
      return this.#signInAnswered(action, result, options);
    });
  }

  /**
   * What login and every action that signs in do with a current (not stale) answer: a challenge
   * waits for the next step, a failure is an error, a success signs in like login.
   */
  #signInAnswered(action: AuthAction, result: ActionResult, options: ActionOptions): AuthOutcome {
    if (result.challenge) return this.#challenged(action, result.challenge);
    if (!result.success) return this.#failure(action, result, options);
    return this.#afterSignIn(action, result.redirectTo, options);
  }

  /**
   * The provider asked for one more step. Not signed in, not an error, no notification, no
   * navigation, no `onSuccess`: the state says which step is next. (Stale answers never get
   * here: the caller judged them with the logout/sign-in counters.)
   */
  #challenged(action: AuthAction, challenge: AuthChallenge): AuthOutcome {
    this.#sessionChanged({ status: 'unauthenticated', challenge }, action);
    return { ok: false, challenge };
  }

  #set(patch: Partial<AuthState<Identity, Permissions>>): void {
    const was = this.#state.status;
    this.#state = Object.freeze({ ...this.#state, ...patch });
    for (const listener of [...this.#listeners]) {
      // A throwing subscriber must not break the store or the other subscribers.
      try {
        listener(this.#state);
      } catch (error) {
        report(error);
      }
    }
    // One place sees every way into `authenticated` (login, a check finding a session, and
    // whatever later actions set it), so identity follows the status without each action
    // remembering to ask.
    if (was !== 'authenticated' && this.#state.status === 'authenticated') this.#autoload();
  }

  /** Loads what is kept loaded; the cache (per session epoch) makes repeated calls free. */
  #autoload(): void {
    if (this.#keep.identity && this.#provider.has('getIdentity')) void this.#cachedData('getIdentity', undefined);
    if (this.#keep.permissions && this.#provider.has('getPermissions')) void this.#cachedData('getPermissions', undefined);
  }

  /** Counts a provider call of `action` as started: its pending flag is set. */
  #begin(action: AuthAction): void {
    this.#calls.set(action, (this.#calls.get(action) ?? 0) + 1);
    this.#pending(action, true);
  }

  /** Counts a provider call of `action` as answered: the flag clears with the last one. */
  #end(action: AuthAction): void {
    const left = (this.#calls.get(action) ?? 1) - 1;
    this.#calls.set(action, left);
    if (left === 0) this.#pending(action, false);
  }

  #pending(action: AuthAction, value: boolean): void {
    if (this.#state.pending[action] !== value) {
      this.#set({ pending: Object.freeze({ ...this.#state.pending, [action]: value }) });
    }
  }

  /** Runs an action once at a time: a second call while pending shares the first call's outcome. */
  #once(action: AuthAction, run: () => Promise<AuthOutcome>): Promise<AuthOutcome> {
    const pending = this.#inflight.get(action);
    if (pending) return pending;
    this.#pending(action, true);
    const outcome = (async () => {
      try {
        return await run();
      } catch (error) {
        // Provider answers, navigation and listeners are all guarded; what lands here is the
        // app's own input misbehaving (a params object with a throwing getter). Fail cleanly.
        return this.#failure(action, { error }, {});
      } finally {
        this.#inflight.delete(action);
        this.#pending(action, false);
      }
    })();
    this.#inflight.set(action, outcome);
    return outcome;
  }

  /** The sign-in counters now: an answer is stale if a logout or another sign-in happens after. */
  #mark(): Mark {
    return [this.#logouts, this.#signIns];
  }

  /** The stale outcome of an answer to a call begun at `mark`, if a logout or another sign-in came since. */
  #staleSince(mark: Mark, succeeded: boolean): Promise<AuthOutcome> | undefined {
    return mark[0] !== this.#logouts || mark[1] !== this.#signIns ? this.#stale(succeeded, mark[0]) : undefined;
  }

  #signedInNow(): void {
    this.#signedIn = true;
    this.#signIns += 1;
  }

  /** A logout (asked for, or made by the server): whatever was pending is stale. */
  #signedOut(): void {
    this.#invalidate();
    this.#logouts += 1;
    this.#signedIn = false;
  }

  /**
   * A login or register answered after the session changed. Its result is dropped; but if it
   * succeeded after the user asked to log out (and nobody signed in since), the provider has
   * just created a session nobody wants — with a cookie session, the next `checkAuth` would
   * sign the user back in. End it: one provider logout, no navigation, no notification.
   */
  async #stale(succeeded: boolean, logoutsBefore: number): Promise<AuthOutcome> {
    if (!succeeded || this.#logouts === logoutsBefore || this.#signedIn) return { ok: false, stale: true };
    // Let the user's own logout answer first: our request must reach the server after it,
    // and its state change must not wipe the error we may record.
    await this.#inflight.get('logout');
    if (this.#signedIn) return { ok: false, stale: true };
    // Checks answered while the late session existed describe it: forget them, before and after.
    this.#invalidate();
    const result = await this.#provider.action('logout', {});
    this.#invalidate();
    if (this.#signedIn) return { ok: false, stale: true };
    const patch: Partial<AuthState<Identity, Permissions>> = {
      status: 'unauthenticated',
      identity: null,
      permissions: null,
      challenge: null,
    };
    if (!result.success) {
      const error = this.#errorOf('logout', result);
      // The code says what happened (the session may survive on the server) whatever the words.
      patch.errors = { ...this.#state.errors, logout: { ...error, code: STALE_LOGOUT_FAILED } };
    }
    this.#set(patch);
    return { ok: false, stale: true };
  }

  #invalidate(): void {
    this.#epoch += 1;
    this.#check = undefined;
    this.#data = {};
  }

  /** After login, logout and register: forget cached answers and identity. */
  #sessionChanged(patch: Partial<AuthState<Identity, Permissions>>, action: AuthAction): void {
    this.#invalidate();
    this.#sync.announce();
    const errors = { ...this.#state.errors };
    delete errors[action];
    this.#set({ ...patch, session: this.#state.session + 1, identity: null, permissions: null, errors });
  }

  /** Tells the caller its action succeeded; its bug is reported, never turned into a failure. */
  #succeeded(options: ActionOptions): void {
    try {
      options.onSuccess?.();
    } catch (error) {
      report(error);
    }
  }

  /**
   * Sets the status the check numbered `check` found; a flip between signed in and out is a new
   * session.
   */
  #checked(check: number, status: 'authenticated' | 'unauthenticated', patch: Partial<AuthState<Identity, Permissions>> = {}): void {
    const was = this.#state.status;
    const flipped = status === 'authenticated' ? was === 'unauthenticated' : was === 'authenticated';
    // Identity and permissions asked for before this check began belonged to the old session
    // (another tab signed in or out); those asked for since describe the session it found.
    if (flipped) {
      for (const key of ['getIdentity', 'getPermissions'] as const) {
        if ((this.#data[key]?.checks ?? check) < check) delete this.#data[key];
      }
    }
    this.#set({ ...patch, status, ...(flipped ? { session: this.#state.session + 1 } : {}) });
  }

  #failure(
    action: AuthAction,
    result: { error?: unknown; timedOut?: boolean; offline?: boolean },
    options: ActionOptions,
    unsupported?: string,
  ): AuthOutcome {
    const error = this.#errorOf(action, result, unsupported);
    this.#fail(action, error, options.notify !== false);
    return { ok: false, error };
  }

  /**
   * The error of a failed answer: `unsupported` (naming `unsupported`, the provider's own name
   * of the method) when the provider lacks the action; no answer (offline, timed out); else the
   * provider's own, with the action's default words where it gave none.
   */
  #errorOf(action: AuthAction, result: { error?: unknown; timedOut?: boolean }, unsupported?: string): AuthError {
    return unsupported && !this.#provider.has(action as ActionMethod)
      ? unsupportedError(action, unsupported)
      : result.timedOut
        ? unansweredError(result)
        : toAuthError(result.error, defaultError(action));
  }


  /** Records the last error of `action` and, unless the caller shows it itself, notifies. */
  #fail(action: AuthAction, error: AuthError, notify = true): void {
    const errors = { ...this.#state.errors, [action]: error };
    if (!notify) return this.#set({ errors });
    const max = this.#options.maxNotifications ?? 5;
    const notifications = [...this.#state.notifications, { id: this.#nextNotification++, action, error }];
    this.#set({ errors, notifications: notifications.slice(Math.max(0, notifications.length - max)) });
  }

  #checkEntry(params: AuthParams | undefined) {
    const ttl = this.#options.checkCacheTime ?? 2000;
    const cached = this.#check;
    if (cached && cached.epoch === this.#epoch && (!cached.settled || Date.now() - cached.at < ttl)) return cached;
    const epoch = this.#epoch;
    const check = ++this.#checks;
    if (this.#state.status === 'unknown') this.#set({ status: 'checking' });
    this.#begin('checkAuth');
    const entry = {
      epoch,
      at: Date.now(),
      settled: false,
      redirected: false,
      result: this.#provider.check(params ?? {}).then((result) => {
        entry.settled = true;
        entry.at = Date.now();
        this.#end('checkAuth');
        // A login/logout happened meanwhile: this answer describes an old session.
        if (epoch !== this.#epoch) return result;
        if (result.authenticated) {
          this.clearError('checkAuth');
          this.#checked(check, 'authenticated');
        } else if (result.timedOut) {
          // No answer is not "signed out": keep what we knew, fail closed in the guard, and
          // do not keep it, so the next check asks again.
          if (this.#check === entry) this.#check = undefined;
          this.#fail('checkAuth', this.#errorOf('checkAuth', result));
          if (this.#state.status === 'checking') this.#set({ status: 'unknown' });
        } else {
          if (result.notify) this.#fail('checkAuth', this.#errorOf('checkAuth', result));
          this.#checked(check, 'unauthenticated', { identity: null, permissions: null });
        }
        return result;
      }),
    };
    this.#check = entry;
    return entry;
  }

  /** Identity and permissions are cached until the session changes; a failure is not kept. */
  #cachedData(action: 'getIdentity' | 'getPermissions', params: AuthParams | undefined): Promise<AuthOutcome> {
    const cached = this.#data[action];
    if (cached?.epoch === this.#epoch) return cached.outcome;
    const entry = { epoch: this.#epoch, checks: this.#checks, outcome: this.#loadData(action, params) };
    this.#data[action] = entry;
    // "No data" after a network blip or timeout must not stick until the next login.
    void entry.outcome.then((outcome) => {
      if (!outcome.ok && this.#data[action] === entry) delete this.#data[action];
    });
    return entry.outcome;
  }

  #loadData(action: 'getIdentity' | 'getPermissions', params: AuthParams | undefined): Promise<AuthOutcome> {
    const epoch = this.#epoch;
    const loads = this.#identityLoads;
    const key = action === 'getIdentity' ? 'identity' : 'permissions';
    this.#begin(action);
    return this.#provider[action](params ?? {}).then((result) => {
      this.#end(action);
      if (epoch !== this.#epoch || (action === 'getIdentity' && loads !== this.#identityLoads)) return { ok: false, stale: true };
      if (result.ok) {
        this.clearError(action);
        this.#set({ [key]: result.data });
        return { ok: true, data: result.data };
      }
      // Refine shows no notification here: no data is an answer, not an incident.
      const error = this.#errorOf(action, result, action === 'getIdentity' && this.dialect === 'refine-v3' ? 'getUserIdentity' : action);
      this.#set({ [key]: null, errors: { ...this.#state.errors, [action]: error } });
      return { ok: false, error };
    });
  }

  /** What actions.ts may do to this store (made once, on the first lazy action). */
  #actionHost(): ActionHost {
    return (this.#host ??= {
      provider: this.#provider,
      store: this,
      stale: (mark, succeeded) => this.#staleSince(mark, succeeded),
      signedIn: () => this.#signedInNow(),
      signedOut: () => this.#signedOut(),
      changed: (patch, action) => this.#sessionChanged(patch as Partial<AuthState<Identity, Permissions>>, action),
      challenged: (action, challenge) => this.#challenged(action, challenge),
      fail: (action, result, options) => this.#failure(action, result, options),
      done: (action, options) => {
        this.clearError(action);
        this.#succeeded(options);
      },
      isCancel,
      safe: (target) => this.#safe(target),
      go: (action, to, replace, options) => this.#go(action, to, replace, options),
    });
  }

  /** The current page's query parameters. */
  #query(): Record<string, string> {
    return getQueryParams(this.#location().search);
  }

  /** What session-sync.ts may do to this store. */
  #syncHost(): SessionSyncHost {
    return {
      status: () => this.#state.status,
      lastCheck: () => (this.#check ? (this.#check.settled ? this.#check.at : 'pending') : undefined),
      invalidate: () => this.#invalidate(),
      forget: () => {
        this.#invalidate();
        if (this.#state.status !== 'unknown') this.#set({ status: 'unknown' });
      },
      revalidate: async () => {
        const before = this.#state.status;
        const { identity, permissions } = this.#state;
        // A check already on its way was asked after whatever prompted this one: share it.
        if (this.#check?.settled) this.#check = undefined;
        const outcome = await this.checkAuth();
        if (!outcome.ok) return;
        // Another tab may have signed in someone else: what this page shows must follow.
        if (identity !== null) void this.getIdentity();
        if (permissions !== null) void this.getPermissions();
        if (before === 'authenticated' || this.#options.followSignIn === false) return;
        const here = this.#location();
        if (here.pathname !== this.loginPath.split('?')[0]) return;
        // Signed in elsewhere while this tab shows the login form: go where that login would.
        const back = this.#safe(getQueryParams(here.search)[this.returnParam]);
        this.#go('login', back ?? this.homePath, back !== undefined, {});
      },
    };
  }

  #location(): LocationLike {
    const read = this.#options.location;
    return (read ? read() : (globalThis.location as LocationLike | undefined)) ?? FALLBACK_LOCATION;
  }

  #safe(target: unknown): string | undefined {
    return safeRedirect(target, this.#location().href);
  }

  /** `/login?to=<current>` — or nothing when the user is already on the login page. */
  #loginTarget(): string | undefined {
    const here = this.#location();
    const loginPathname = this.loginPath.split('?')[0];
    if (here.pathname === loginPathname) return undefined;
    return loginRedirect(this.loginPath, this.returnParam, here);
  }

  #go(action: AuthAction, to: string, replace: boolean, options: ActionOptions): Pick<AuthOutcome, 'redirectTo' | 'navigated'> {
    const intent: RedirectIntent = Object.freeze({ to, action, replace });
    if (options.redirect === false) return { redirectTo: to, navigated: false };
    // The action itself already succeeded or failed and the state says so; a bug in the app's
    // router or redirect listener must not turn that into a failure, nor reject a guard's check.
    try {
      if (options.beforeRedirect?.(intent) === false || this.#options.beforeRedirect?.(intent) === false) {
        return { redirectTo: to, navigated: false };
      }
      const navigate = this.#options.navigate;
      if (navigate) navigate(to, { replace });
      else if (globalThis.location) globalThis.location[replace ? 'replace' : 'assign'](to);
      else return { redirectTo: to, navigated: false };
    } catch (error) {
      report(error);
      return { redirectTo: to, navigated: false };
    }
    return { redirectTo: to, navigated: true };
  }
}

/**
 * Creates an independent store around an authProvider. Throws if a required method is missing.
 * Type the identity (and permissions) your provider resolves: `createAuthStore<MyUser>(…)`.
 */
export function createAuthStore<Identity = unknown, Permissions = unknown>(
  options: AuthStoreOptions,
): AuthStore<Identity, Permissions> {
  return new AuthStore<Identity, Permissions>(options);
}

let defaultStore: AuthStore | undefined;

/**
 * Sets the page-wide default store that elements use when no store is provided to them
 * through context or their `store` property. Accepts options or a ready store.
 */
export function configureAuth<Identity = unknown, Permissions = unknown>(
  options: AuthStoreOptions | AuthStore<Identity, Permissions>,
): AuthStore<Identity, Permissions> {
  const store = options instanceof AuthStore ? options : createAuthStore<Identity, Permissions>(options);
  defaultStore = store as AuthStore;
  for (const listener of [...defaultListeners]) listener(store as AuthStore);
  return store;
}

/**
 * Forgets the default store (listeners are not told). For tests: module state must not carry
 * one test's store into the next. Not part of the public entry points.
 * @internal
 */
export function resetDefaultStore(): void {
  defaultStore = undefined;
}

/** The default store set by {@link configureAuth}, if any. */
export function getDefaultStore(): AuthStore | undefined {
  return defaultStore;
}

const defaultListeners = new Set<(store: AuthStore) => void>();

/** Calls `listener` whenever `configureAuth` sets a new default store; returns the unsubscribe function. */
export function onDefaultStoreChange(listener: (store: AuthStore) => void): () => void {
  defaultListeners.add(listener);
  return () => defaultListeners.delete(listener);
}
