/**
 * Public types of the framework-free core. Nothing here touches the DOM.
 */

/** The shape every error takes once the core has normalised it. Always plain text. */
export interface AuthError {
  name: string;
  message: string;
  /**
   * A stable, machine-readable code (`invalid-credentials`, `timeout`, `network`, …) when the
   * kit or an adapter knows what went wrong. Elements show the strings entry for the code in
   * the page's locale, and fall back to `name`/`message` (the provider's own words) without one.
   */
  code?: string;
  /**
   * Set when the provider worded the message but gave no title: `name` is the kit's title for
   * the failed action, and elements show the title of this code's strings entry instead.
   */
  titleCode?: string;
  /**
   * Set when the provider gave a title but no message: `message` is the kit's default, and
   * elements show the message of this code's strings entry instead.
   */
  messageCode?: string;
  /** Values for the `{placeholders}` of the code's message (`{min}`, `{max}`, `{seconds}`). */
  values?: Readonly<Record<string, string | number>>;
}

/** The store actions. Each one has its own pending flag and last error. */
export type AuthAction =
  | 'login'
  | 'logout'
  | 'register'
  | 'forgotPassword'
  | 'updatePassword'
  | 'checkAuth'
  | 'checkError'
  | 'getPermissions'
  | 'getIdentity'
  /** Optional: completes an OAuth/OpenID Connect return (react-admin's name). */
  | 'handleCallback'
  | 'verifyTwoFactor'
  | 'sendTwoFactorCode'
  | 'sendLoginCode'
  | 'loginWithCode'
  | 'sendMagicLink'
  | 'sendVerificationEmail'
  | 'verifyEmail'
  /** Optional: signs in with a passkey (`{ autoFill, signal }`). */
  | 'loginWithPasskey'
  | AccountAction;

/**
 * The optional methods of a signed-in user's account page. Each answers with data (a list, a
 * secret) or nothing; the store runs them with `store.perform(action, params)`.
 */
export type AccountAction =
  | 'listPasskeys'
  | 'addPasskey'
  | 'renamePasskey'
  | 'deletePasskey'
  | 'changePassword'
  | 'changeEmail'
  | 'listSessions'
  | 'revokeSession'
  | 'revokeOtherSessions'
  | 'enableTwoFactor'
  | 'confirmTwoFactor'
  | 'disableTwoFactor'
  | 'generateBackupCodes'
  | 'deleteAccount';

/** A way to prove the second factor: an authenticator app, a code sent by e-mail (or SMS), a backup code. */
export type TwoFactorMethod = 'totp' | 'otp' | 'backup-code';

/**
 * One more step a sign-in needs before the user is signed in. Not an error: the provider said
 * which step comes next, and the store exposes it as `state.challenge` until it is done.
 */
export type AuthChallenge =
  | {
      type: 'two-factor';
      /** The methods this user can use, in the provider's order; absent when the provider did not say. */
      methods?: readonly TwoFactorMethod[];
    }
  | {
      type: 'verify-email';
      /** The address the verification e-mail went to, when the provider said. */
      email?: string;
    };

/** Any params object an app passes to a provider method. */
export type AuthParams = Record<string, unknown>;

/* ---------------------------------------------------------------------------
 * The three provider dialects the kit accepts unchanged.
 * Methods are typed loosely on purpose: real providers return anything.
 * ------------------------------------------------------------------------- */

type AnyFn = (...args: any[]) => unknown;

/** The optional methods beyond passwords (see README, "Beyond passwords"), in every dialect. */
export interface BeyondPasswordMethods {
  verifyTwoFactor?: AnyFn;
  sendTwoFactorCode?: AnyFn;
  sendLoginCode?: AnyFn;
  loginWithCode?: AnyFn;
  sendMagicLink?: AnyFn;
  sendVerificationEmail?: AnyFn;
  verifyEmail?: AnyFn;
}

/** refine v3 (`@pankod/refine-core`), the shape the refine tutorial teaches. */
export interface RefineV3AuthProvider extends BeyondPasswordMethods {
  login: AnyFn;
  logout: AnyFn;
  checkAuth: AnyFn;
  checkError: AnyFn;
  getPermissions?: AnyFn;
  getUserIdentity?: AnyFn;
  register?: AnyFn;
  forgotPassword?: AnyFn;
  updatePassword?: AnyFn;
}

/** refine v4+ (`@refinedev/core`): results are objects instead of rejections. */
export interface RefineV4AuthProvider extends BeyondPasswordMethods {
  login: AnyFn;
  logout: AnyFn;
  check: AnyFn;
  onError: AnyFn;
  getPermissions?: AnyFn;
  getIdentity?: AnyFn;
  register?: AnyFn;
  forgotPassword?: AnyFn;
  updatePassword?: AnyFn;
}

/** react-admin: `checkAuth`/`checkError` like refine v3, but `getIdentity`. */
export interface ReactAdminAuthProvider {
  login: AnyFn;
  logout: AnyFn;
  checkAuth: AnyFn;
  checkError: AnyFn;
  getIdentity?: AnyFn;
  getPermissions?: AnyFn;
  [key: string]: unknown;
}

/** Any authProvider the kit accepts. */
export type AnyAuthProvider = RefineV3AuthProvider | RefineV4AuthProvider | ReactAdminAuthProvider;

/** Which provider dialect was detected. */
export type AuthDialect = 'refine-v3' | 'refine-v4' | 'react-admin';

/** Overall authentication status of a store. */
export type AuthStatus = 'unknown' | 'checking' | 'authenticated' | 'unauthenticated';

/** A provider error shown to the user (by `<auth-notifications>` or a form). */
export interface AuthNotification {
  /** Unique within the store; pass it to `dismiss`. */
  id: number;
  /** The action that failed. */
  action: AuthAction;
  /** The normalised, plain-text error. */
  error: AuthError;
}

/**
 * The observable state of a store. Replaced (never mutated) on every change.
 * `Identity` and `Permissions` are the app's own types (`createAuthStore<MyUser>(…)`); the kit
 * does not check them at run time, it passes on what the provider resolved.
 */
export interface AuthState<Identity = unknown, Permissions = unknown> {
  /** Authentication status; `checking` only while no earlier answer is known. */
  status: AuthStatus;
  /**
   * Bumped whenever the session may have changed: a login, logout or registration (also one
   * a `checkError` caused), or a check that flips the status between authenticated and
   * unauthenticated. A new value means "the user may be someone else now": anything derived
   * from the old session (a guard's permission answer) must be asked again.
   */
  session: number;
  /**
   * Data from `getIdentity`/`getUserIdentity`, or `null`. Loaded by the store itself each time
   * the status becomes `authenticated` (unless `loadIdentity: false`).
   */
  identity: Identity | null;
  /**
   * Data from `getPermissions`, or `null`. Loaded when the status becomes `authenticated` once
   * something asked for permissions (`store.keepLoaded('permissions')`, `useAuth(store, {
   * permissions: true })`, `loadPermissions: true`) or called `getPermissions()`.
   */
  permissions: Permissions | null;
  /** Which actions are pending (an account action's flag appears once it first runs). */
  pending: Readonly<Record<Exclude<AuthAction, AccountAction>, boolean> & Partial<Record<AccountAction, boolean>>>;
  /** The last error per action, cleared when the action next succeeds. */
  errors: Readonly<Partial<Record<AuthAction, AuthError>>>;
  /** Errors not yet dismissed, oldest first. */
  notifications: readonly AuthNotification[];
  /**
   * The step a sign-in is waiting for (a second factor, a verified e-mail), or `null`. Set when
   * `login`, `register`, `loginWithCode`, `verifyTwoFactor` or `verifyEmail` answer with a
   * challenge; cleared by a sign-in, a logout or a later answer without one.
   */
  challenge: AuthChallenge | null;
}

/** Where and how the kit wants to navigate. */
export interface RedirectIntent {
  /** Same-origin path (with search and hash) that already passed the validator. */
  to: string;
  /** The action that caused it. */
  action: AuthAction;
  /** `true` to replace the current history entry instead of pushing. */
  replace: boolean;
}

/** What every store action resolves to. Actions never reject. */
export interface AuthOutcome<T = unknown> {
  /** The action succeeded (for `checkAuth`: the user is authenticated; for `checkError`: no logout). */
  ok: boolean;
  /** Where the kit navigated (or would have, had navigation been cancelled); `undefined` for "stay". */
  redirectTo?: string;
  /** Whether navigation really happened (not cancelled, not suppressed). */
  navigated?: boolean;
  /** The normalised error when `ok` is false (absent for a plain "not authenticated"). */
  error?: AuthError;
  /** Data resolved by the provider (`getIdentity`, `getPermissions`, `checkAuth`). */
  data?: T;
  /**
   * The result arrived after something made it obsolete (a logout during a pending login,
   * a timeout): it changed nothing and navigated nowhere.
   */
  stale?: boolean;
  /**
   * The user or the page cancelled a browser ceremony (a passkey prompt dismissed, an autofill
   * request aborted): `ok` is `false`, nothing was recorded as an error.
   */
  cancelled?: boolean;
  /**
   * The provider answered that one more step is needed (`ok` is `false`, there is no `error`,
   * nothing navigated): the same value as `state.challenge`.
   */
  challenge?: AuthChallenge;
}

/** Per-call options of a store action. */
export interface ActionOptions {
  /**
   * Whether the action may navigate. Default `true`, except for `checkAuth`, which navigates
   * only when asked (as refine's `<Authenticated>` does and `useIsAuthenticated` does not).
   */
  redirect?: boolean;
  /**
   * Called before navigating; return `false` to cancel the navigation (the elements dispatch
   * their cancelable `auth-redirect` event here).
   */
  beforeRedirect?: (intent: RedirectIntent) => boolean;
  /**
   * Called once when the action succeeded, before any navigation (and also when there is none):
   * the place to announce success, since a router may remove the caller as it navigates. Not
   * called for a failure or a stale result. For `checkAuth`: when the user is authenticated.
   */
  onSuccess?: () => void;
  /**
   * Whether a failure also becomes a store notification (what `<auth-notifications>` shows).
   * Default `true`; the form elements pass `false` because they show their errors themselves.
   * `state.errors` records the failure either way.
   */
  notify?: boolean;
}

/** Navigates to a validated same-origin target. */
export type NavigateFn = (to: string, options: { replace: boolean }) => void;
