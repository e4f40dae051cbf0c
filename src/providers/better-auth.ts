/**
 * auth-elements/providers/better-auth — turns the app's better-auth client into a refine
 * v3-shaped authProvider. The kit has no dependency on better-auth: the app passes its own
 * client (`createAuthClient()` from `better-auth/client`), which is typed here structurally.
 * @packageDocumentation
 */
import { safeRedirect } from '../core/redirect.js';
import type { AuthErrorCode } from '../core/errors.js';
import type { AccountAction as KitAccountAction, AuthChallenge, RefineV3AuthProvider, TwoFactorMethod } from '../core/types.js';
import type { AccountErrorCode } from '../internal/account-strings.js';

/* ---------------------------------------------------------------------------------------------
 * The slice of a better-auth client this adapter calls. Methods (not function-valued properties)
 * on purpose: their parameters are checked bivariantly, so the real client, whose signatures are
 * generic and much richer, is assignable without the kit importing a single better-auth type.
 * ------------------------------------------------------------------------------------------- */

/** better-auth's error object: `{ message, code, status, statusText }`, any of them may be absent. */
export interface BetterAuthErrorLike {
  message?: string;
  code?: string;
  status?: number;
  statusText?: string;
}

/** What every better-auth client call resolves to. */
export interface BetterAuthResultLike<T = unknown> {
  data: T | null;
  error: BetterAuthErrorLike | null;
}

/** The fetch hooks the adapter passes along (used to read the rate limit's retry time). */
export interface BetterAuthFetchOptionsLike {
  /** Forces the HTTP method (a body-less POST would otherwise go out as GET without the plugin's client). */
  method?: string;
  onError?: (context: { response: { status: number; headers: { get(name: string): string | null } } }) => void | Promise<void>;
}

/** A request through the client's own `$fetch` (the passkey ceremonies' two steps each). */
export interface BetterAuthRequestLike extends BetterAuthFetchOptionsLike {
  body?: unknown;
  signal?: AbortSignal;
}

/** A better-auth user as the session returns it; a `role` exists where the server has roles. */
export interface BetterAuthUserLike {
  id: string;
  email: string;
  name?: string | null;
  image?: string | null;
  role?: string | string[] | null;
  [field: string]: unknown;
}

/** `getSession()`'s data: `null` when signed out. */
export interface BetterAuthSessionLike {
  user: BetterAuthUserLike;
  session?: unknown;
}

type WithFetch<P> = P & { fetchOptions?: BetterAuthFetchOptionsLike };

/** The part of a better-auth client (`createAuthClient()` from `better-auth/client`) the adapter uses. */
export interface BetterAuthClientLike {
  signIn: {
    email(params: WithFetch<{ email: string; password: string; rememberMe?: boolean }>): Promise<BetterAuthResultLike>;
    /** Present with the `username` plugin. */
    username?(params: WithFetch<{ username: string; password: string; rememberMe?: boolean }>): Promise<BetterAuthResultLike>;
    /** Present when social providers are configured. */
    social?(params: WithFetch<{ provider: string; callbackURL?: string; errorCallbackURL?: string }>): Promise<BetterAuthResultLike>;
    /** The `emailOTP` plugin: `/sign-in/email-otp`. */
    emailOtp?(params: WithFetch<{ email: string; otp: string }>): Promise<BetterAuthResultLike>;
    /** The `magicLink` plugin: `/sign-in/magic-link`. */
    magicLink?(
      params: WithFetch<{ email: string; callbackURL?: string; newUserCallbackURL?: string; errorCallbackURL?: string }>,
    ): Promise<BetterAuthResultLike>;
  };
  /** The `twoFactor` plugin (`twoFactorClient()`): `/two-factor/*`. */
  twoFactor?: {
    verifyTotp(params: WithFetch<{ code: string; trustDevice?: boolean }>): Promise<BetterAuthResultLike>;
    sendOtp(params?: WithFetch<{ trustDevice?: boolean }>): Promise<BetterAuthResultLike>;
    verifyOtp(params: WithFetch<{ code: string; trustDevice?: boolean }>): Promise<BetterAuthResultLike>;
    verifyBackupCode(params: WithFetch<{ code: string; trustDevice?: boolean }>): Promise<BetterAuthResultLike>;
    /** `/two-factor/enable`: `{ totpURI, backupCodes }`; on only once a first code is verified. */
    enable?(params: WithFetch<{ password: string; issuer?: string }>): Promise<BetterAuthResultLike>;
    /** `/two-factor/disable`. */
    disable?(params: WithFetch<{ password: string }>): Promise<BetterAuthResultLike>;
    /** `/two-factor/generate-backup-codes`: `{ status, backupCodes }`. */
    generateBackupCodes?(params: WithFetch<{ password: string }>): Promise<BetterAuthResultLike>;
  };
  /**
   * The passkey plugin's management routes (`/passkey/*`). The client reaches them with or
   * without `passkeyClient()`: its Proxy builds a route for any property read.
   */
  passkey?: {
    listUserPasskeys(params?: WithFetch<Record<string, unknown>>): Promise<BetterAuthResultLike>;
    updatePasskey(params: WithFetch<{ id: string; name: string }>): Promise<BetterAuthResultLike>;
    deletePasskey(params: WithFetch<{ id: string }>): Promise<BetterAuthResultLike>;
  };
  /** The client's own fetch (every better-auth client has it): the passkey ceremonies' requests. */
  $fetch?(path: string, options?: BetterAuthRequestLike): Promise<unknown>;
  /** The client's atoms: told when a passkey sign-in changed the session, as its own routes do. */
  $store?: { notify?(signal: string): void };
  /** `/change-password`. */
  changePassword?(
    params: WithFetch<{ currentPassword: string; newPassword: string; revokeOtherSessions?: boolean }>,
  ): Promise<BetterAuthResultLike>;
  /** `/change-email` (the server's `user.changeEmail.enabled`). */
  changeEmail?(params: WithFetch<{ newEmail: string; callbackURL?: string }>): Promise<BetterAuthResultLike>;
  /** `/list-sessions`. */
  listSessions?(params?: WithFetch<Record<string, unknown>>): Promise<BetterAuthResultLike>;
  /** `/revoke-session` (by the session's token). */
  revokeSession?(params: WithFetch<{ token: string }>): Promise<BetterAuthResultLike>;
  /** `/revoke-other-sessions`. */
  revokeOtherSessions?(params?: WithFetch<Record<string, unknown>>): Promise<BetterAuthResultLike>;
  /** `/delete-user` (the server's `user.deleteUser.enabled`). */
  deleteUser?(params?: WithFetch<{ password?: string; callbackURL?: string }>): Promise<BetterAuthResultLike>;
  /** The `emailOTP` plugin (`emailOTPClient()`): `/email-otp/*`. */
  emailOtp?: {
    sendVerificationOtp(
      params: WithFetch<{ email: string; type: 'sign-in' | 'email-verification' | 'forget-password' }>,
    ): Promise<BetterAuthResultLike>;
  };
  /** `/send-verification-email`. */
  sendVerificationEmail?(params: WithFetch<{ email: string; callbackURL?: string }>): Promise<BetterAuthResultLike>;
  /** `/verify-email?token=…`. */
  verifyEmail?(params: WithFetch<{ query: { token: string; callbackURL?: string } }>): Promise<BetterAuthResultLike>;
  signUp: {
    email(params: WithFetch<{ email: string; password: string; name: string; callbackURL?: string }>): Promise<BetterAuthResultLike>;
  };
  /** Resolves `{ url, redirect }` when the user signed in through an OpenID Provider with an end-session endpoint (better-auth then leaves for it). */
  signOut(params?: WithFetch<Record<string, unknown>>): Promise<BetterAuthResultLike<{ url?: string; redirect?: boolean } | unknown>>;
  getSession(params?: WithFetch<Record<string, unknown>>): Promise<BetterAuthResultLike<BetterAuthSessionLike>>;
  /** better-auth ≥ 1.3. */
  requestPasswordReset?(params: WithFetch<{ email: string; redirectTo?: string }>): Promise<BetterAuthResultLike>;
  /** The same endpoint in better-auth < 1.3. */
  forgetPassword?(params: WithFetch<{ email: string; redirectTo?: string }>): Promise<BetterAuthResultLike>;
  resetPassword(params: WithFetch<{ newPassword: string; token: string }>): Promise<BetterAuthResultLike>;
}

/** Options of {@link createBetterAuthProvider}. */
export interface BetterAuthProviderOptions {
  /**
   * The page that shows `<auth-update-password>`; the reset e-mail's link lands there with
   * `?token=`. Relative paths are resolved against the current page's origin. Default `/update-password`.
   */
  resetPasswordPath?: string;
  /** Extra register fields forwarded to `signUp.email` besides email, password and name (e.g. better-auth `additionalFields`). */
  registerFields?: readonly string[];
  /** The server's minimum password length, used only in messages. Default 8 (better-auth's default). */
  minPasswordLength?: number;
  /** The server's maximum password length, used only in messages. Default 128 (better-auth's default). */
  maxPasswordLength?: number;
  /**
   * The page showing `<auth-callback>`, where better-auth sends the browser back when a social or
   * generic-OAuth sign-in fails (`?error=…`). Default `/auth/callback`.
   */
  callbackPath?: string;
  /** Where the identity provider sends the browser after its own sign-out (RP-initiated logout). Default `/login`. */
  postLogoutPath?: string;
  /**
   * Replaces messages per better-auth error code (or `RATE_LIMITED`, `NETWORK_ERROR`,
   * `SERVER_ERROR`, `NOT_SUPPORTED`). Such a message is shown as given, in every locale: prefer
   * the strings' `errors` entries to reword the kit's codes per language.
   */
  messages?: Readonly<Record<string, string>>;
  /**
   * The server's sign-in features beyond passwords. Each adds the provider methods that use it,
   * so `store.supports()` (and the elements) offer exactly these. Needed because the better-auth
   * client cannot tell: it builds a route for any property read.
   * - `twoFactor`: `verifyTwoFactor`, `sendTwoFactorCode` (the `twoFactor` plugin)
   * - `emailOTP`: `sendLoginCode`, `loginWithCode` (the `emailOTP` plugin)
   * - `magicLink`: `sendMagicLink` (the `magicLink` plugin)
   * - `emailVerification`: `sendVerificationEmail`, `verifyEmail`, and a sign-up that needs a
   *   verified address answers a `verify-email` challenge
   * - `passkey`: `loginWithPasskey`, `listPasskeys`, `addPasskey`, `renamePasskey`, `deletePasskey`
   *   (the `passkey` plugin of `@better-auth/passkey`; no client plugin needed)
   * - `account`: `changePassword`, `listSessions`, `revokeSession`, `revokeOtherSessions`, and with
   *   `twoFactor` also `enableTwoFactor`, `confirmTwoFactor`, `disableTwoFactor`, `generateBackupCodes`
   * - `changeEmail`: `changeEmail` (the server's `user.changeEmail.enabled`)
   * - `deleteAccount`: `deleteAccount` (the server's `user.deleteUser.enabled`)
   */
  features?: Readonly<Partial<Record<BetterAuthFeature, boolean>>>;
  /** Where a failed magic link lands (better-auth appends `?error=`). Default `/login`. */
  magicLinkErrorPath?: string;
  /** The page that shows `<auth-verify-email>`, where better-auth's own verification link returns. Default `/verify-email`. */
  verifyEmailPath?: string;
}

/** The names {@link BetterAuthProviderOptions.features} takes. */
export type BetterAuthFeature =
  | 'twoFactor'
  | 'emailOTP'
  | 'magicLink'
  | 'emailVerification'
  | 'passkey'
  | 'account'
  | 'changeEmail'
  | 'deleteAccount';

/** A passkey as `listPasskeys()`, `addPasskey()` and `renamePasskey()` resolve it. */
export interface BetterAuthPasskey {
  /** better-auth's id of the passkey (what `renamePasskey` and `deletePasskey` take). */
  id: string;
  /** The name the user gave it, when there is one. */
  name?: string;
  /** When it was added. */
  createdAt?: Date;
  /** `singleDevice` or `multiDevice` (synced, e.g. by a password manager). */
  deviceType?: string;
  /** Whether the authenticator says it is backed up (synced). */
  backedUp?: boolean;
  /** How the authenticator can be reached (`internal`, `usb`, `hybrid`, …). */
  transports?: string[];
}

/** A session as `listSessions()` resolves it. */
export interface BetterAuthSessionInfo {
  /** better-auth's id of the session (what `revokeSession` takes; never its secret token). */
  id: string;
  /** Whether this is the session of the page that asked. */
  current: boolean;
  /** The browser's user agent when it signed in, when the server kept it. */
  userAgent?: string;
  /** The client's address when it signed in, when the server kept it. */
  ipAddress?: string;
  /** When it started. */
  createdAt?: Date;
  /** When it was last refreshed. */
  updatedAt?: Date;
  /** When it ends unless refreshed. */
  expiresAt?: Date;
}

/**
 * Codes only the account methods' errors carry (their words are in `strings.account.errors`);
 * the passkey sign-in's codes (`passkey-cancelled` — a ceremony the user or the page cancelled,
 * not a failure — `passkey-not-found`, `passkey-unavailable`, `passkey-failed`) are kit codes.
 */
export type BetterAuthAccountErrorCode = AccountErrorCode;

/** Every code the adapter's errors carry. */
export type BetterAuthErrorCode = AuthErrorCode | BetterAuthAccountErrorCode;

/** The methods beyond refine v3 that the adapter adds, each only with its feature on. */
export interface BetterAuthProviderMethods {
  /** better-auth's failed OAuth returns (`?error=`), else the session. */
  handleCallback(params?: Record<string, unknown>): Promise<undefined>;
  /** Signs in with a passkey; `autoFill`: conditional mediation (the field's suggestions), ended by `signal`. */
  loginWithPasskey?(params?: { autoFill?: boolean; signal?: AbortSignal }): Promise<undefined>;
  listPasskeys?(): Promise<BetterAuthPasskey[]>;
  addPasskey?(params?: { name?: string; signal?: AbortSignal }): Promise<BetterAuthPasskey | undefined>;
  renamePasskey?(params: { id: string; name: string }): Promise<BetterAuthPasskey | undefined>;
  deletePasskey?(params: { id: string }): Promise<undefined>;
  changePassword?(params: { currentPassword: string; newPassword: string; revokeOtherSessions?: boolean }): Promise<undefined>;
  /** `email`: the account's address now; `confirmationSent`: the change waits for a link sent by e-mail. */
  changeEmail?(params: { newEmail: string }): Promise<{ email: string | undefined; confirmationSent: boolean }>;
  listSessions?(): Promise<BetterAuthSessionInfo[]>;
  revokeSession?(params: { id: string }): Promise<undefined>;
  revokeOtherSessions?(): Promise<undefined>;
  enableTwoFactor?(params: { password: string }): Promise<{ totpURI: string; backupCodes: string[] }>;
  confirmTwoFactor?(params: { code: string }): Promise<undefined>;
  disableTwoFactor?(params: { password: string }): Promise<undefined>;
  generateBackupCodes?(params: { password: string }): Promise<{ backupCodes: string[] }>;
  /** `confirmationSent`: the server mailed a link that finishes the deletion. */
  deleteAccount?(params?: { password?: string }): Promise<{ confirmationSent: boolean }>;
}

/** What {@link createBetterAuthProvider} returns. */
export type BetterAuthAuthProvider = RefineV3AuthProvider & BetterAuthProviderMethods;

type PasskeyAction = 'loginWithPasskey' | 'listPasskeys' | 'addPasskey' | 'renamePasskey' | 'deletePasskey';
/** The kit's account actions the `account`, `changeEmail` and `deleteAccount` features serve. */
type AccountAction = Exclude<KitAccountAction, PasskeyAction>;

type Action =
  | PasskeyAction
  | AccountAction
  | 'login'
  | 'logout'
  | 'register'
  | 'forgotPassword'
  | 'updatePassword'
  | 'session'
  | 'verifyTwoFactor'
  | 'sendTwoFactorCode'
  | 'sendLoginCode'
  | 'loginWithCode'
  | 'sendMagicLink'
  | 'sendVerificationEmail'
  | 'verifyEmail';

const TITLES: Record<Action, string> = {
  loginWithPasskey: 'Passkey sign-in failed',
  listPasskeys: 'Could not load your passkeys',
  addPasskey: 'Could not add the passkey',
  renamePasskey: 'Could not rename the passkey',
  deletePasskey: 'Could not delete the passkey',
  changePassword: 'Could not change the password',
  changeEmail: 'Could not change the e-mail address',
  listSessions: 'Could not load your sessions',
  revokeSession: 'Could not sign out that session',
  revokeOtherSessions: 'Could not sign out the other sessions',
  enableTwoFactor: 'Could not turn on two-factor authentication',
  confirmTwoFactor: 'Verification failed',
  disableTwoFactor: 'Could not turn off two-factor authentication',
  generateBackupCodes: 'Could not create backup codes',
  deleteAccount: 'Could not delete the account',
  verifyTwoFactor: 'Verification failed',
  sendTwoFactorCode: 'Could not send the code',
  sendLoginCode: 'Could not send the code',
  loginWithCode: 'Sign-in failed',
  sendMagicLink: 'Could not send the link',
  sendVerificationEmail: 'Could not send the e-mail',
  verifyEmail: 'Verification failed',
  login: 'Sign-in failed',
  logout: 'Sign-out failed',
  register: 'Registration failed',
  forgotPassword: 'Password reset failed',
  updatePassword: 'Password update failed',
  session: 'Session error',
};

/** The kit code whose title names an error of each action that keeps better-auth's own words. */
const TITLE_CODES: Record<Action, BetterAuthErrorCode> = {
  loginWithPasskey: 'login-with-passkey-failed',
  listPasskeys: 'list-passkeys-failed',
  addPasskey: 'add-passkey-failed',
  renamePasskey: 'rename-passkey-failed',
  deletePasskey: 'delete-passkey-failed',
  changePassword: 'change-password-failed',
  changeEmail: 'change-email-failed',
  listSessions: 'list-sessions-failed',
  revokeSession: 'revoke-session-failed',
  revokeOtherSessions: 'revoke-other-sessions-failed',
  enableTwoFactor: 'enable-two-factor-failed',
  confirmTwoFactor: 'confirm-two-factor-failed',
  disableTwoFactor: 'disable-two-factor-failed',
  generateBackupCodes: 'generate-backup-codes-failed',
  deleteAccount: 'delete-account-failed',
  login: 'login-failed',
  logout: 'logout-failed',
  register: 'register-failed',
  forgotPassword: 'forgot-password-failed',
  updatePassword: 'update-password-failed',
  session: 'unknown',
  verifyTwoFactor: 'verify-two-factor-failed',
  sendTwoFactorCode: 'send-two-factor-code-failed',
  sendLoginCode: 'send-login-code-failed',
  loginWithCode: 'login-with-code-failed',
  sendMagicLink: 'send-magic-link-failed',
  sendVerificationEmail: 'send-verification-email-failed',
  verifyEmail: 'verify-email-failed',
};

/** The parts of a {@link BetterAuthProviderError} besides its title and message. */
export interface BetterAuthProviderErrorDetails {
  /** The kit's code (`invalid-credentials`, `rate-limited`, …): elements show its strings entry. */
  code?: BetterAuthErrorCode;
  /** better-auth's own error code, or `RATE_LIMITED` / `NETWORK_ERROR` / `SERVER_ERROR` / `NOT_SUPPORTED`. */
  betterAuthCode?: string;
  /** HTTP status, when there was a response. */
  status?: number;
  /** Seconds to wait, for a rate-limited request whose response said so. */
  retryAfter?: number;
  /** Values for the placeholders of the code's message (`min`, `max`, `seconds`). */
  values?: Readonly<Record<string, string | number>>;
  /** Set when the message is better-auth's or the app's own words: the kit code whose title to show. */
  titleCode?: BetterAuthErrorCode;
}

/**
 * What the adapter rejects with: an `Error` whose `name` and `message` are English words for
 * people, whose `code` is the kit's (so elements show the page's language), plus better-auth's
 * details.
 */
export class BetterAuthProviderError extends Error implements BetterAuthProviderErrorDetails {
  declare code?: BetterAuthErrorCode;
  declare betterAuthCode?: string;
  declare status?: number;
  declare retryAfter?: number;
  declare values?: Readonly<Record<string, string | number>>;
  declare titleCode?: BetterAuthErrorCode;

  constructor(name: string, message: string, details: BetterAuthProviderErrorDetails = {}) {
    super(message);
    this.name = name;
    // Only the fields that say something: a consumer comparing errors sees no `undefined` keys.
    for (const [key, value] of Object.entries(details)) {
      if (value !== undefined) (this as Record<string, unknown>)[key] = value;
    }
  }
}

type Mapped = { code?: BetterAuthErrorCode; betterAuthCode?: string; message: string; values?: Record<string, number> };

/*
 * Errors of the twoFactor, emailOTP and magic-link plugins and of e-mail verification, for the
 * actions that use them: finer kit codes than the general mapping's (`invalid-backup-code`, not
 * `invalid-code`; `too-many-attempts`, which a new code cures, not `rate-limited`).
 */
type Known = { code: BetterAuthErrorCode; message: string };
const CODE_WRONG: Known = { code: 'invalid-code', message: 'This code is not correct. Check it and try again.' };
const CODE_EXPIRED: Known = { code: 'code-expired', message: 'This code has expired. Ask for a new one.' };
const CODE_ATTEMPTS: Known = { code: 'too-many-attempts', message: 'Too many wrong codes. Ask for a new code.' };
const METHOD_OFF: Known = { code: 'method-unavailable', message: 'This way of confirming is not available for this account.' };
const FACTOR_ERRORS: Readonly<Record<string, Known>> = {
  INVALID_CODE: CODE_WRONG,
  INVALID_OTP: CODE_WRONG,
  INVALID_BACKUP_CODE: { code: 'invalid-backup-code', message: 'This backup code is not valid, or it was already used.' },
  OTP_HAS_EXPIRED: CODE_EXPIRED,
  OTP_EXPIRED: CODE_EXPIRED,
  TOO_MANY_ATTEMPTS: CODE_ATTEMPTS,
  TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE: CODE_ATTEMPTS,
  ACCOUNT_TEMPORARILY_LOCKED: { code: 'account-locked', message: 'Too many failed attempts: this account is locked for a while. Try again later.' },
  // The half-finished sign-in (better-auth's two-factor cookie) lasts 10 minutes.
  INVALID_TWO_FACTOR_COOKIE: { code: 'two-factor-expired', message: 'This sign-in has expired. Sign in again.' },
  TWO_FACTOR_NOT_ENABLED: METHOD_OFF,
  TOTP_NOT_ENABLED: METHOD_OFF,
  OTP_NOT_ENABLED: METHOD_OFF,
  TOTP_NOT_CONFIGURED: METHOD_OFF,
  OTP_NOT_CONFIGURED: METHOD_OFF,
  BACKUP_CODES_NOT_ENABLED: METHOD_OFF,
  EMAIL_NOT_VERIFIED: { code: 'email-not-verified', message: 'Confirm your e-mail address first: follow the link in the e-mail we sent you.' },
};
/** Verification links say INVALID_TOKEN or TOKEN_EXPIRED (better-auth's redirect puts them in `?error=`). */
const LINK_EXPIRED: Known = { code: 'link-expired', message: 'This verification link has expired or was already used. Ask for a new one.' };
const FACTOR_ACTIONS = new Set<Action>([
  'verifyTwoFactor',
  'sendTwoFactorCode',
  'sendLoginCode',
  'loginWithCode',
  'sendMagicLink',
  'sendVerificationEmail',
  'verifyEmail',
  'confirmTwoFactor',
]);

/*
 * Errors of the passkey plugin and of the signed-in account routes, for the passkey and account
 * actions: a wrong password here is the account's own (not "e-mail or password"), and a
 * sensitive route may want a fresh sign-in (better-auth's `freshAge`), which the user must be told.
 */
const PASSKEY_FAILED: Known = { code: 'passkey-failed', message: 'The passkey could not be verified. Try again, or sign in another way.' };
const NOT_SIGNED_IN: Known = { code: 'not-signed-in', message: 'You are not signed in.' };
const PASSKEY_UNKNOWN: Known = { code: 'passkey-not-found', message: 'This passkey is not registered (it may have been removed). Sign in another way.' };
const NOT_FRESH: Known = { code: 'session-not-fresh', message: 'For your security, sign in again, then try once more.' };
const ACCOUNT_ERRORS: Readonly<Record<string, Known>> = {
  INVALID_PASSWORD: { code: 'invalid-password', message: 'This password is not correct.' },
  CREDENTIAL_ACCOUNT_NOT_FOUND: { code: 'no-password', message: 'This account has no password: it signs in another way.' },
  SESSION_NOT_FRESH: NOT_FRESH,
  // What delete-user says for a stale session when no password is given.
  SESSION_EXPIRED: NOT_FRESH,
  UNAUTHORIZED: NOT_SIGNED_IN,
  SESSION_REQUIRED: NOT_SIGNED_IN,
  CHANGE_EMAIL_DISABLED: { code: 'unsupported', message: 'This server does not let you change your e-mail address.' },
  PASSKEY_NOT_FOUND: PASSKEY_UNKNOWN,
  YOU_ARE_NOT_ALLOWED_TO_REGISTER_THIS_PASSKEY: PASSKEY_UNKNOWN,
  PREVIOUSLY_REGISTERED: { code: 'passkey-exists', message: 'This device already holds a passkey for your account.' },
  AUTHENTICATION_FAILED: PASSKEY_FAILED,
  FAILED_TO_VERIFY_REGISTRATION: PASSKEY_FAILED,
  CHALLENGE_NOT_FOUND: PASSKEY_FAILED,
};
const ACCOUNT_ACTIONS = new Set<Action>([
  'loginWithPasskey',
  'listPasskeys',
  'addPasskey',
  'renamePasskey',
  'deletePasskey',
  'changePassword',
  'changeEmail',
  'listSessions',
  'revokeSession',
  'revokeOtherSessions',
  'enableTwoFactor',
  'confirmTwoFactor',
  'disableTwoFactor',
  'generateBackupCodes',
  'deleteAccount',
]);

/**
 * The kit code and message of a plugin error, or `undefined` to use the general mapping (which
 * also applies the app's own `messages`, shown as given).
 */
function factorMessage(action: Action, error: BetterAuthErrorLike, options: BetterAuthProviderOptions): Mapped | undefined {
  if (!error.code || error.status === 429 || options.messages?.[error.code]) return undefined;
  if (!FACTOR_ACTIONS.has(action) && !ACCOUNT_ACTIONS.has(action)) return undefined;
  const known =
    action === 'verifyEmail' && (error.code === 'INVALID_TOKEN' || error.code === 'TOKEN_EXPIRED' || error.code === 'USER_NOT_FOUND')
      ? LINK_EXPIRED
      : (ACCOUNT_ACTIONS.has(action) ? ACCOUNT_ERRORS[error.code] : undefined) ?? (FACTOR_ACTIONS.has(action) ? FACTOR_ERRORS[error.code] : undefined);
  if (!known) return undefined;
  return { code: known.code, betterAuthCode: error.code, message: known.message };
}

function messageFor(
  action: Action,
  error: BetterAuthErrorLike,
  retryAfter: number | undefined,
  options: BetterAuthProviderOptions,
): Mapped {
  const min = options.minPasswordLength ?? 8;
  const max = options.maxPasswordLength ?? 128;
  const status = error.status;
  const betterAuthCode = status === 429 ? 'RATE_LIMITED' : error.code;
  const custom = betterAuthCode ? options.messages?.[betterAuthCode] : undefined;
  // The app's own words win, in whatever language it wrote them: no kit code, so they are shown.
  if (custom) return { betterAuthCode, message: custom };
  const is = (code: AuthErrorCode, message: string, values?: Record<string, number>): Mapped => ({
    code,
    betterAuthCode,
    message,
    ...(values ? { values } : {}),
  });
  switch (betterAuthCode) {
    case 'INVALID_EMAIL_OR_PASSWORD':
    case 'INVALID_USERNAME_OR_PASSWORD':
    case 'INVALID_PASSWORD':
    case 'CREDENTIAL_ACCOUNT_NOT_FOUND':
      return is('invalid-credentials', 'The e-mail address or password is incorrect.');
    case 'USER_ALREADY_EXISTS':
    case 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL':
      return is('user-exists', 'An account with this e-mail address already exists. Sign in, or use another address.');
    case 'PASSWORD_TOO_SHORT':
      return is('password-too-short', `This password is too short: use at least ${min} characters.`, { min });
    case 'PASSWORD_TOO_LONG':
      return is('password-too-long', `This password is too long: use at most ${max} characters.`, { max });
    case 'PASSWORD_COMPROMISED':
      return is('weak-password', 'This password is too easy to guess. Choose another one.');
    case 'INVALID_TOKEN':
    case 'TOKEN_EXPIRED':
      return is('invalid-token', 'This password reset link is invalid or has expired. Ask for a new one.');
    case 'INVALID_CODE':
    case 'INVALID_OTP':
    case 'OTP_EXPIRED':
    case 'OTP_HAS_EXPIRED':
    case 'INVALID_BACKUP_CODE':
      return is('invalid-code', 'This code is wrong or has expired. Check it, or ask for a new one.');
    case 'TOO_MANY_ATTEMPTS':
    case 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE':
      return is('rate-limited', 'Too many attempts. Wait a moment, then try again.');
    case 'INVALID_EMAIL':
    case 'USER_EMAIL_NOT_FOUND':
      return is('invalid-email', 'Enter a valid e-mail address.');
    case 'EMAIL_NOT_VERIFIED':
      return is('email-not-verified', 'Confirm your e-mail address first: follow the link in the e-mail we sent you.');
    case 'SESSION_EXPIRED':
      return is('session-expired', 'Your session has expired. Please sign in again.');
    case 'INVALID_ORIGIN':
    case 'MISSING_OR_NULL_ORIGIN':
    case 'INVALID_CALLBACK_URL':
    case 'INVALID_REDIRECT_URL':
      return is('untrusted-origin', 'The server refused a request from this page (its origin is not trusted).');
    case 'VALIDATION_ERROR': {
      // better-auth's text here is a schema report ("[body.email] Invalid email address").
      const text = String(error.message ?? '');
      if (/body\.email/.test(text)) return is('invalid-email', 'Enter a valid e-mail address.');
      if (/body\.(new)?password/i.test(text)) return is('password-required', 'Enter a password.');
      return is('invalid-input', 'Some fields are missing or invalid.');
    }
    case 'RATE_LIMITED':
      return retryAfter !== undefined
        ? is('rate-limited', `Too many attempts. Try again in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`, { seconds: retryAfter })
        : is('rate-limited', 'Too many attempts. Wait a moment, then try again.');
    default:
      break;
  }
  if (status === 404 && !betterAuthCode) {
    // better-auth's client is a Proxy that builds any route, so a route of a plugin the server
    // lacks (signIn.username without the username plugin) only shows up here.
    const own = options.messages?.NOT_SUPPORTED;
    if (own) return { betterAuthCode: 'NOT_SUPPORTED', message: own };
    return {
      code: 'unsupported',
      betterAuthCode: 'NOT_SUPPORTED',
      message: action === 'login' ? 'This server does not offer this way of signing in.' : 'This server does not support this request.',
    };
  }
  if (typeof status === 'number' && status >= 500) {
    const own = options.messages?.SERVER_ERROR;
    if (own) return { betterAuthCode: betterAuthCode ?? 'SERVER_ERROR', message: own };
    return { code: 'server-error', betterAuthCode: betterAuthCode ?? 'SERVER_ERROR', message: 'The server ran into a problem. Please try again later.' };
  }
  if (!status && !betterAuthCode) {
    const own = options.messages?.NETWORK_ERROR;
    if (own) return { betterAuthCode: 'NETWORK_ERROR', message: own };
    return { code: 'network', betterAuthCode: 'NETWORK_ERROR', message: 'Could not reach the server. Check your connection and try again.' };
  }
  // An unknown code: better-auth's own message is written for people; use it when there is one.
  const own = typeof error.message === 'string' && error.message.trim() ? error.message.trim() : undefined;
  if (own) return { betterAuthCode, message: own };
  return { code: 'unknown', betterAuthCode, message: action === 'login' ? 'Could not sign you in.' : 'Something went wrong. Please try again.' };
}

function toError(
  action: Action,
  error: BetterAuthErrorLike,
  retryAfter: number | undefined,
  options: BetterAuthProviderOptions,
): BetterAuthProviderError {
  const { code, betterAuthCode, message, values } = factorMessage(action, error, options) ?? messageFor(action, error, retryAfter, options);
  return new BetterAuthProviderError(TITLES[action], message, {
    code,
    betterAuthCode,
    status: typeof error.status === 'number' && error.status > 0 ? error.status : undefined,
    retryAfter,
    values,
    // Words that are not the kit's keep their place; the adapter's English title still translates.
    titleCode: code ? undefined : TITLE_CODES[action],
  });
}

const NETWORK: BetterAuthErrorLike = {};

const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/** A form's checkbox arrives as a boolean or as the value "on". */
const checked = (value: unknown): boolean => value === true || value === 'on' || value === 'true';

/**
 * better-auth's sign-in answer when a second factor is due: `{ twoFactorRedirect, twoFactorMethods }`.
 * Backup codes come with the authenticator app (both are set up by enabling TOTP).
 */
function twoFactorChallenge(data: unknown): { challenge: AuthChallenge } | undefined {
  if (!isRecord(data) || data.twoFactorRedirect !== true) return undefined;
  const listed = Array.isArray(data.twoFactorMethods) ? data.twoFactorMethods : undefined;
  if (!listed) return { challenge: { type: 'two-factor' } };
  const methods: TwoFactorMethod[] = [];
  for (const method of listed) if ((method === 'totp' || method === 'otp') && !methods.includes(method)) methods.push(method);
  if (methods.includes('totp')) methods.push('backup-code');
  return { challenge: { type: 'two-factor', methods } };
}

const verifyEmailChallenge = (email: string): { challenge: AuthChallenge } => ({
  challenge: email ? { type: 'verify-email', email } : { type: 'verify-email' },
});

/** `remember` from a checkbox may arrive as a boolean or as the form value "on". */
function rememberMe(value: unknown): { rememberMe?: boolean } {
  if (value === undefined || value === null) return {};
  return { rememberMe: value === true || value === 'on' || value === 'true' };
}

function absolute(path: string): string {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (!origin || origin === 'null') return path;
  try {
    return new URL(path, origin).href;
  } catch {
    return path;
  }
}

/** An AbortSignal (duck-typed: a signal from another realm is one too), or `undefined`. */
function abortSignal(value: unknown): AbortSignal | undefined {
  return isRecord(value) && typeof value.aborted === 'boolean' && typeof value.addEventListener === 'function' ? (value as unknown as AbortSignal) : undefined;
}

/** better-auth's client revives ISO dates; a plain `fetch` would leave strings. */
function dateOf(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** `{ [key]: value }` when there is a value: results carry no `undefined` keys. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, V>>);
}

/** A passkey record as the contract's shape: never its public key or credential id. */
function passkeyOf(value: unknown): BetterAuthPasskey | undefined {
  if (!isRecord(value) || typeof value.id !== 'string') return undefined;
  const transports = typeof value.transports === 'string' ? value.transports.split(',').filter(Boolean) : undefined;
  return {
    id: value.id,
    ...optional('name', nonEmpty(value.name)),
    ...optional('createdAt', dateOf(value.createdAt)),
    ...optional('deviceType', nonEmpty(value.deviceType)),
    ...optional('backedUp', typeof value.backedUp === 'boolean' ? value.backedUp : undefined),
    ...optional('transports', transports?.length ? transports : undefined),
  };
}

function codesOf(data: unknown): string[] {
  return isRecord(data) && Array.isArray(data.backupCodes) ? data.backupCodes.filter((c): c is string => typeof c === 'string') : [];
}

// Longer than any link or small inline picture: not worth handing to an <img>.
const MAX_AVATAR = 64 * 1024;

/**
 * `image` as an avatar only when it is an absolute http(s) URL or an inline `data:image/`: a
 * profile field is user input, and an app may put the avatar in `<img src>` or a link, where
 * `javascript:` or `data:text/html` would run.
 */
function safeAvatar(image: unknown): string | undefined {
  if (typeof image !== 'string' || image.length > MAX_AVATAR) return undefined;
  if (/^data:image\/[a-z0-9.+-]+[;,]/i.test(image)) return image;
  if (!/^https?:\/\//i.test(image)) return undefined;
  try {
    const { protocol } = new URL(image);
    return protocol === 'http:' || protocol === 'https:' ? image : undefined;
  } catch {
    return undefined;
  }
}

function rolesOf(user: BetterAuthUserLike): string[] {
  const role = user.role;
  if (Array.isArray(role)) return role.filter((r): r is string => typeof r === 'string' && r !== '');
  // better-auth's admin plugin stores several roles as "admin,user".
  if (typeof role === 'string') return role.split(',').map((r) => r.trim()).filter(Boolean);
  return [];
}

/**
 * Creates a refine v3-shaped authProvider backed by a better-auth client:
 *
 * | method | better-auth call |
 * |---|---|
 * | `login({ email, password, remember })` | `signIn.email` (`rememberMe`); `{ username }` uses `signIn.username`, `{ providerName }` `signIn.social` |
 * | `logout()` | `signOut` (and the identity provider's sign-out page after an OpenID sign-in) |
 * | `handleCallback(query)` | on the page better-auth sends failed OAuth returns to: the `?error=`, else the session |
 * | `checkAuth()` | `getSession`; rejects when there is no session |
 * | `checkError({ status })` | rejects (logs out) on 401 and 403 |
 * | `register({ email, password, name? })` | `signUp.email`; `name` defaults to the e-mail's local part |
 * | `forgotPassword({ email })` | `requestPasswordReset` with `redirectTo` = the update-password page |
 * | `updatePassword({ password, token })` | `resetPassword({ newPassword, token })` |
 * | `getUserIdentity()` | the session's user |
 * | `getPermissions()` | the user's roles (`[]` when the server has none) |
 * | `verifyTwoFactor({ method, code, trustDevice })` | `twoFactor.verifyTotp` / `verifyOtp` / `verifyBackupCode` (`features.twoFactor`) |
 * | `sendTwoFactorCode({ method: 'otp' })` | `twoFactor.sendOtp` (`features.twoFactor`) |
 * | `sendLoginCode({ email })`, `loginWithCode({ email, code })` | `emailOtp.sendVerificationOtp` (`type: 'sign-in'`), `signIn.emailOtp` (`features.emailOTP`) |
 * | `sendMagicLink({ email, redirectTo })` | `signIn.magicLink` (`features.magicLink`) |
 * | `sendVerificationEmail({ email })`, `verifyEmail({ token } \| { error })` | `sendVerificationEmail`, `verifyEmail` (`features.emailVerification`) |
 * | `loginWithPasskey({ autoFill, signal })` | `/passkey/generate-authenticate-options`, `navigator.credentials.get` (`mediation: 'conditional'` with `autoFill`), `/passkey/verify-authentication` (`features.passkey`) |
 * | `addPasskey({ name })` | `/passkey/generate-register-options`, `navigator.credentials.create`, `/passkey/verify-registration` (`features.passkey`) |
 * | `listPasskeys()`, `renamePasskey({ id, name })`, `deletePasskey({ id })` | `passkey.listUserPasskeys`, `passkey.updatePasskey`, `passkey.deletePasskey` (`features.passkey`) |
 * | `changePassword({ currentPassword, newPassword, revokeOtherSessions })` | `changePassword` (`features.account`) |
 * | `listSessions()`, `revokeSession({ id })`, `revokeOtherSessions()` | `listSessions` (+ `getSession` for `current`), `revokeSession({ token })`, `revokeOtherSessions` (`features.account`) |
 * | `enableTwoFactor({ password })`, `confirmTwoFactor({ code })`, `disableTwoFactor({ password })`, `generateBackupCodes({ password })` | `twoFactor.enable`, `twoFactor.verifyTotp`, `twoFactor.disable`, `twoFactor.generateBackupCodes` (`features.account` and `features.twoFactor`) |
 * | `changeEmail({ newEmail })` | `changeEmail` (`features.changeEmail`) |
 * | `deleteAccount({ password })` | `deleteUser` (`features.deleteAccount`) |
 *
 * A passkey ceremony the user dismisses (`NotAllowedError`) or the page aborts (`signal`) rejects
 * with `code: 'passkey-cancelled'`: the kit does not show that as a failure.
 *
 * Challenges: a sign-in answering `twoFactorRedirect` resolves `{ challenge: { type: 'two-factor',
 * methods } }`; an unverified address (403 `EMAIL_NOT_VERIFIED`), or a sign-up without a session
 * on a server that verifies addresses, resolves `{ challenge: { type: 'verify-email', email } }`.
 *
 * Failures reject with a {@link BetterAuthProviderError}: an `Error` whose `name` and `message` are
 * meant for people and whose `code` is the kit's, so elements show it in the page's language.
 *
 * @param client the app's better-auth client
 */
export function createBetterAuthProvider(client: BetterAuthClientLike, options: BetterAuthProviderOptions = {}): BetterAuthAuthProvider {
  if (!client || (typeof client !== 'object' && typeof client !== 'function')) {
    throw new TypeError('auth-elements: createBetterAuthProvider needs the better-auth client from createAuthClient().');
  }

  /** Calls the client and returns its data, or throws the mapped error. */
  async function call<T>(
    action: Action,
    run: (fetchOptions: BetterAuthFetchOptionsLike) => Promise<BetterAuthResultLike<T>>,
  ): Promise<T | null> {
    let retryAfter: number | undefined;
    const fetchOptions: BetterAuthFetchOptionsLike = {
      onError: ({ response }) => {
        // better-auth's rate limiter sends X-Retry-After (seconds); honour the standard header too.
        const header = response?.headers?.get('X-Retry-After') ?? response?.headers?.get('Retry-After');
        const seconds = header == null ? NaN : Number.parseInt(header, 10);
        if (Number.isFinite(seconds) && seconds >= 0) retryAfter = seconds;
      },
    };
    let result: BetterAuthResultLike<T> | undefined;
    try {
      result = await run(fetchOptions);
    } catch {
      // better-fetch rejects only when there is no response at all.
      throw toError(action, NETWORK, undefined, options);
    }
    if (!result || typeof result !== 'object') throw toError(action, NETWORK, undefined, options);
    if (result.error) throw toError(action, result.error, retryAfter, options);
    return result.data ?? null;
  }

  // Guards, identity and permissions all ask at once on page load: share one request.
  let sessionRequest: Promise<BetterAuthSessionLike | null> | undefined;
  function session(): Promise<BetterAuthSessionLike | null> {
    sessionRequest ??= call('session', (fetchOptions) => client.getSession({ fetchOptions })).finally(() => {
      sessionRequest = undefined;
    });
    return sessionRequest;
  }

  async function user(): Promise<BetterAuthUserLike> {
    const current = await session();
    if (!current?.user) throw new BetterAuthProviderError('Not signed in', 'You are not signed in.', { code: 'not-signed-in' });
    return current.user;
  }

  const features = options.features ?? {};

  /**
   * A sign-in code or link asked for: a server that answers "no such user" (better-auth's does
   * not, with `disableSignUp`; other setups may) gets the same answer as a real account, so the
   * form cannot tell anyone which addresses have one.
   */
  async function sent(send: () => Promise<unknown>): Promise<void> {
    try {
      await send();
    } catch (error) {
      if ((error as BetterAuthProviderError).betterAuthCode !== 'USER_NOT_FOUND') throw error;
    }
  }

  const provider: BetterAuthAuthProvider = {
    async login(params: Record<string, unknown> = {}) {
      const { email, username, password, remember, providerName } = params;
      if (typeof providerName === 'string' && providerName) {
        if (!client.signIn.social) {
          throw new BetterAuthProviderError(TITLES.login, `Signing in with ${providerName} is not available.`, { code: 'unsupported' });
        }
        // better-auth's client leaves the page for the provider; nothing is left to do here.
        // The `?to=` return path rides along as the callback URL (validated first).
        const here = (globalThis as { location?: { href?: string; search?: string } }).location;
        const back = here?.href ? safeRedirect(new URLSearchParams(here.search ?? '').get('to'), here.href) : undefined;
        await call('login', (fetchOptions) =>
          client.signIn.social!({
            provider: providerName,
            callbackURL: absolute(back ?? '/'),
            errorCallbackURL: absolute(options.callbackPath ?? '/auth/callback'),
            fetchOptions,
          }),
        );
        return false;
      }
      if (email === undefined && typeof username === 'string' && client.signIn.username) {
        const data = await call('login', (fetchOptions) =>
          client.signIn.username!({ username, password: text(password), ...rememberMe(remember), fetchOptions }),
        );
        return twoFactorChallenge(data);
      }
      const address = text(email ?? username);
      try {
        const data = await call('login', (fetchOptions) =>
          client.signIn.email({ email: address, password: text(password), ...rememberMe(remember), fetchOptions }),
        );
        return twoFactorChallenge(data);
      } catch (error) {
        // Right password, unverified address: the next step is the inbox, not an error.
        if ((error as BetterAuthProviderError).status === 403 && (error as BetterAuthProviderError).betterAuthCode === 'EMAIL_NOT_VERIFIED') {
          return verifyEmailChallenge(address);
        }
        throw error;
      }
    },

    async logout() {
      const data = (await call('logout', (fetchOptions) =>
        client.signOut({ callbackURL: absolute(options.postLogoutPath ?? '/login'), fetchOptions }),
      )) as { url?: unknown; redirect?: unknown } | null;
      // Signed in through an OpenID Provider: better-auth's client is now leaving for its
      // end-session page, which comes back to `postLogoutPath`. Stay, or we would race it.
      return data?.redirect === true && typeof data.url === 'string' ? false : undefined;
    },

    async handleCallback(params: Record<string, unknown> = {}) {
      // better-auth finished the code exchange on the server; it only sends errors back here.
      const error = typeof params.error === 'string' ? params.error : undefined;
      if (error) {
        // A kit code (so elements, and the sign-in page `<auth-callback>` sends it back to, say it
        // in the page's language); the provider's OAuth code rides as betterAuthCode.
        const cancelled = error === 'access_denied';
        // A used or expired magic link (`magicLinkErrorPath` pointing here) says INVALID_TOKEN.
        if (error === 'INVALID_TOKEN' || error === 'EXPIRED_TOKEN') {
          throw new BetterAuthProviderError(TITLES.login, 'This sign-in link has expired or was already used. Ask for a new one.', {
            code: 'link-expired',
            betterAuthCode: error,
          });
        }
        throw new BetterAuthProviderError(
          TITLES.login,
          cancelled ? 'Sign-in was cancelled or refused at the identity provider.' : 'The identity provider sign-in could not be completed. Please try again.',
          { code: cancelled ? 'access-denied' : /state/i.test(error) ? 'invalid-state' : 'sign-in-failed', betterAuthCode: error },
        );
      }
      const current = await session();
      if (!current?.user) throw new BetterAuthProviderError(TITLES.login, 'You are not signed in.', { code: 'not-signed-in' });
      return undefined;
    },

    async checkAuth() {
      const current = await session();
      // No redirectPath: the store's default (`/login?to=<here>`) is what a guard wants.
      if (!current?.user) throw new BetterAuthProviderError('Not signed in', 'You are not signed in.', { code: 'not-signed-in' });
      return undefined;
    },

    checkError(error: unknown) {
      const record = (error ?? {}) as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } };
      const status = record.status ?? record.statusCode ?? record.response?.status;
      if (status !== 401 && status !== 403) return Promise.resolve();
      // The store logs out and, since this rejection has words, tells the user why.
      return Promise.reject(
        new BetterAuthProviderError(TITLES.session, 'Your session has expired. Please sign in again.', {
          code: 'session-expired',
          status,
        }),
      );
    },

    async register(params: Record<string, unknown> = {}) {
      const email = text(params.email);
      const name = typeof params.name === 'string' && params.name.trim() ? params.name.trim() : email.split('@')[0] || email;
      const extra: Record<string, unknown> = {};
      for (const field of options.registerFields ?? []) {
        if (params[field] !== undefined) extra[field] = params[field];
      }
      // Only named fields travel: a password confirmation never leaves the page.
      // The verification link sent on sign-up returns to the verify page (only sign-up: a
      // callbackURL on sign-in would make better-auth's client leave the page after signing in).
      const landing = features.emailVerification ? { callbackURL: absolute(options.verifyEmailPath ?? '/verify-email') } : {};
      const data = await call('register', (fetchOptions) =>
        client.signUp.email({ ...extra, email, password: text(params.password), name, ...rememberMe(params.remember), ...landing, fetchOptions }),
      );
      // A server that requires verification answers without a session token (also, on purpose,
      // for an address that already has an account): the next step is the inbox.
      if (features.emailVerification && isRecord(data) && !data.token && !(isRecord(data.user) && data.user.emailVerified === true)) {
        return verifyEmailChallenge(email);
      }
      return undefined;
    },

    async forgotPassword(params: Record<string, unknown> = {}) {
      // Never detach a method from the client (`.call`, destructuring): better-auth's client is
      // a Proxy that turns every property read into a route, `request.call` → `/…/call`.
      const method = client.requestPasswordReset ? 'requestPasswordReset' : client.forgetPassword ? 'forgetPassword' : undefined;
      if (!method) {
        throw new BetterAuthProviderError(TITLES.forgotPassword, 'This better-auth client cannot send reset links.', { code: 'unsupported' });
      }
      try {
        await call('forgotPassword', (fetchOptions) =>
          client[method]!({
            email: text(params.email),
            redirectTo: absolute(options.resetPasswordPath ?? '/update-password'),
            fetchOptions,
          }),
        );
      } catch (error) {
        // Older servers answer "user not found": say the same as for a real account.
        if ((error as BetterAuthProviderError).betterAuthCode !== 'USER_NOT_FOUND') throw error;
      }
      return undefined;
    },

    async updatePassword(params: Record<string, unknown> = {}) {
      const token = text(params.token);
      if (!token) {
        throw new BetterAuthProviderError(TITLES.updatePassword, 'This password reset link is invalid or incomplete. Ask for a new one.', {
          code: 'invalid-token',
          betterAuthCode: 'INVALID_TOKEN',
        });
      }
      await call('updatePassword', (fetchOptions) =>
        client.resetPassword({ newPassword: text(params.password), token, fetchOptions }),
      );
      return undefined;
    },

    async getUserIdentity() {
      const current = await user();
      return { ...current, avatar: safeAvatar(current.image) };
    },

    async getPermissions() {
      return rolesOf(await user());
    },
  };

  if (features.twoFactor) {
    provider.verifyTwoFactor = async (params: Record<string, unknown> = {}) => {
      const code = text(params.code).trim();
      const trustDevice = checked(params.trustDevice);
      // The plugin hangs off the client Proxy: read it at call time, never detach its methods.
      const factor = client.twoFactor;
      if (!factor) {
        throw new BetterAuthProviderError(TITLES.verifyTwoFactor, 'This better-auth client has no twoFactor plugin.', { code: 'unsupported' });
      }
      const data = await call('verifyTwoFactor', (fetchOptions) =>
        params.method === 'otp'
          ? factor.verifyOtp({ code, trustDevice, fetchOptions })
          : params.method === 'backup-code'
            ? factor.verifyBackupCode({ code, trustDevice, fetchOptions })
            : factor.verifyTotp({ code, trustDevice, fetchOptions }),
      );
      return twoFactorChallenge(data);
    };
    provider.sendTwoFactorCode = async (params: Record<string, unknown> = {}) => {
      // Only e-mailed (or texted) codes are sent; an authenticator app and backup codes are at hand.
      if (params.method !== undefined && params.method !== 'otp') {
        throw new BetterAuthProviderError(TITLES.sendTwoFactorCode, 'Only e-mailed codes can be sent.', { code: 'method-unavailable' });
      }
      await call('sendTwoFactorCode', (fetchOptions) => client.twoFactor!.sendOtp({ fetchOptions: { ...fetchOptions, method: 'POST' } }));
      return undefined;
    };
  }

  if (features.emailOTP) {
    provider.sendLoginCode = async (params: Record<string, unknown> = {}) => {
      await sent(() =>
        call('sendLoginCode', (fetchOptions) =>
          client.emailOtp!.sendVerificationOtp({ email: text(params.email), type: 'sign-in', fetchOptions }),
        ),
      );
      return undefined;
    };
    provider.loginWithCode = async (params: Record<string, unknown> = {}) => {
      const email = text(params.email);
      const data = await call('loginWithCode', (fetchOptions) =>
        client.signIn.emailOtp!({ email, otp: text(params.code).trim(), fetchOptions }),
      );
      return twoFactorChallenge(data);
    };
  }

  if (features.magicLink) {
    provider.sendMagicLink = async (params: Record<string, unknown> = {}) => {
      const target = typeof params.redirectTo === 'string' && params.redirectTo ? params.redirectTo : '/';
      await sent(() =>
        call('sendMagicLink', (fetchOptions) =>
          client.signIn.magicLink!({
            email: text(params.email),
            callbackURL: absolute(target),
            newUserCallbackURL: absolute(target),
            errorCallbackURL: absolute(options.magicLinkErrorPath ?? '/login'),
            fetchOptions,
          }),
        ),
      );
      return undefined;
    };
  }

  if (features.emailVerification) {
    provider.sendVerificationEmail = async (params: Record<string, unknown> = {}) => {
      await call('sendVerificationEmail', (fetchOptions) =>
        client.sendVerificationEmail!({ email: text(params.email), callbackURL: absolute(options.verifyEmailPath ?? '/verify-email'), fetchOptions }),
      );
      return undefined;
    };
    provider.verifyEmail = async (params: Record<string, unknown> = {}) => {
      // better-auth's own link verifies on the server, then lands here with `?error=` or nothing.
      const landed = text(params.error);
      if (landed) throw toError('verifyEmail', { code: landed.toUpperCase(), status: 400 }, undefined, options);
      const token = text(params.token);
      if (token) {
        await call('verifyEmail', (fetchOptions) => client.verifyEmail!({ query: { token }, fetchOptions }));
        return undefined;
      }
      const current = await session().catch(() => null);
      if (current?.user?.emailVerified === true) return undefined;
      throw toError('verifyEmail', { code: 'INVALID_TOKEN', status: 400 }, undefined, options);
    };
  }

  if (features.passkey) {
    // The ceremonies' code is loaded on first use: most apps have no passkeys.
    let ceremonies: Promise<typeof import('./webauthn.js')> | undefined;
    const loadCeremonies = () => {
      ceremonies ??= import('./webauthn.js').catch((error: unknown) => {
        ceremonies = undefined;
        throw error;
      });
      return ceremonies;
    };

    const cancelled = (action: PasskeyAction) =>
      new BetterAuthProviderError('Passkey cancelled', 'The passkey request was cancelled.', { code: 'passkey-cancelled', titleCode: TITLE_CODES[action] });

    /** A browser's ceremony error as the adapter's: a dismissed or aborted one is `passkey-cancelled`. */
    const ceremonyError = (action: PasskeyAction, error: unknown, signal: AbortSignal | undefined): BetterAuthProviderError => {
      const name = isRecord(error) ? error.name : undefined;
      // WebAuthn says NotAllowedError for "dismissed", "timed out" and "nothing to offer" alike, on
      // purpose (a page must not learn which passkeys exist): all of them are a cancel.
      if (signal?.aborted || name === 'AbortError' || name === 'NotAllowedError') return cancelled(action);
      if (name === 'InvalidStateError') {
        return new BetterAuthProviderError(TITLES[action], 'This device already holds a passkey for your account.', { code: 'passkey-exists' });
      }
      if (name === 'SecurityError' || name === 'NotSupportedError') {
        return new BetterAuthProviderError(
          TITLES[action],
          "Passkeys cannot be used on this page's address (a passkey needs the site's name, over HTTPS or on localhost).",
          { code: 'passkey-unavailable', betterAuthCode: String(name) },
        );
      }
      return new BetterAuthProviderError(TITLES[action], PASSKEY_FAILED.message, { code: 'passkey-failed' });
    };

    /** One step of a ceremony through the client's own fetch; an abort while it runs is a cancel. */
    const request = async (action: PasskeyAction, path: string, init: BetterAuthRequestLike, signal?: AbortSignal): Promise<unknown> => {
      if (typeof client.$fetch !== 'function') {
        throw new BetterAuthProviderError(TITLES[action], 'This better-auth client cannot reach the passkey routes.', { code: 'unsupported' });
      }
      try {
        return await call(action, (fetchOptions) =>
          client.$fetch!(path, { ...init, ...fetchOptions, ...(signal ? { signal } : {}) }) as Promise<BetterAuthResultLike>,
        );
      } catch (error) {
        if (signal?.aborted) throw cancelled(action);
        throw error;
      }
    };

    const unsupported = (action: PasskeyAction, message: string) => new BetterAuthProviderError(TITLES[action], message, { code: 'unsupported' });

    provider.loginWithPasskey = async (params: { autoFill?: unknown; signal?: unknown } = {}) => {
      const autoFill = params.autoFill === true;
      const signal = abortSignal(params.signal);
      if (signal?.aborted) throw cancelled('loginWithPasskey');
      const webauthn = await loadCeremonies();
      if (!webauthn.webAuthnAvailable()) throw unsupported('loginWithPasskey', 'This browser cannot use passkeys.');
      if (autoFill && !(await webauthn.conditionalMediationAvailable())) {
        throw unsupported('loginWithPasskey', 'This browser does not offer passkeys in its autofill.');
      }
      if (signal?.aborted) throw cancelled('loginWithPasskey');
      const challenge = await request('loginWithPasskey', '/passkey/generate-authenticate-options', { method: 'GET' }, signal);
      if (!isRecord(challenge)) throw new BetterAuthProviderError(TITLES.loginWithPasskey, PASSKEY_FAILED.message, { code: 'passkey-failed' });
      let assertion: Record<string, unknown>;
      try {
        assertion = await webauthn.getAssertion(challenge, { conditional: autoFill, signal });
      } catch (error) {
        throw ceremonyError('loginWithPasskey', error, signal);
      }
      // Not abortable from here: the user has picked a passkey, and the server signs them in.
      await request('loginWithPasskey', '/passkey/verify-authentication', { method: 'POST', body: { response: assertion } });
      // `$fetch` bypasses the client's route listeners: tell its session atom (`useSession()` in
      // the app's own code) what `signIn.passkey` would have.
      try {
        client.$store?.notify?.('$sessionSignal');
      } catch {
        /* the app's listeners are not the sign-in's business */
      }
      return undefined;
    };

    provider.addPasskey = async (params: { name?: unknown; signal?: unknown } = {}) => {
      const name = text(params.name).trim();
      const signal = abortSignal(params.signal);
      if (signal?.aborted) throw cancelled('addPasskey');
      const webauthn = await loadCeremonies();
      if (!webauthn.webAuthnAvailable()) throw unsupported('addPasskey', 'This browser cannot use passkeys.');
      // The name goes with the result only: in the options' query it would replace the account's
      // address as the credential's user name, which the browser lists when signing in.
      const challenge = await request('addPasskey', '/passkey/generate-register-options', { method: 'GET' }, signal);
      if (!isRecord(challenge)) throw new BetterAuthProviderError(TITLES.addPasskey, PASSKEY_FAILED.message, { code: 'passkey-failed' });
      let attestation: Record<string, unknown>;
      try {
        attestation = await webauthn.createCredential(challenge, signal);
      } catch (error) {
        throw ceremonyError('addPasskey', error, signal);
      }
      const data = await request('addPasskey', '/passkey/verify-registration', {
        method: 'POST',
        body: { response: attestation, ...(name ? { name } : {}) },
      });
      return passkeyOf(data);
    };

    provider.listPasskeys = async () => {
      const data = await call('listPasskeys', (fetchOptions) => client.passkey!.listUserPasskeys({ fetchOptions: { ...fetchOptions, method: 'GET' } }));
      return Array.isArray(data) ? data.map(passkeyOf).filter((p): p is BetterAuthPasskey => p !== undefined) : [];
    };

    provider.renamePasskey = async (params: { id?: unknown; name?: unknown } = {}) => {
      const data = await call('renamePasskey', (fetchOptions) =>
        client.passkey!.updatePasskey({ id: text(params.id), name: text(params.name).trim(), fetchOptions }),
      );
      return passkeyOf(isRecord(data) ? data.passkey : undefined);
    };

    provider.deletePasskey = async (params: { id?: unknown } = {}) => {
      await call('deletePasskey', (fetchOptions) => client.passkey!.deletePasskey({ id: text(params.id), fetchOptions }));
      return undefined;
    };
  }

  if (features.account) {
    provider.changePassword = async (params: { currentPassword?: unknown; newPassword?: unknown; revokeOtherSessions?: unknown } = {}) => {
      await call('changePassword', (fetchOptions) =>
        client.changePassword!({
          currentPassword: text(params.currentPassword),
          newPassword: text(params.newPassword),
          revokeOtherSessions: checked(params.revokeOtherSessions),
          fetchOptions,
        }),
      );
      return undefined;
    };

    const rawSessions = async (action: AccountAction): Promise<Record<string, unknown>[]> => {
      const data = await call(action, (fetchOptions) => client.listSessions!({ fetchOptions: { ...fetchOptions, method: 'GET' } }));
      return Array.isArray(data) ? data.filter(isRecord) : [];
    };

    provider.listSessions = async () => {
      const [list, current] = await Promise.all([rawSessions('listSessions'), session()]);
      const currentId = isRecord(current?.session) ? current.session.id : undefined;
      const sessions: BetterAuthSessionInfo[] = [];
      for (const item of list) {
        if (typeof item.id !== 'string') continue;
        sessions.push({
          id: item.id,
          current: item.id === currentId,
          ...optional('userAgent', nonEmpty(item.userAgent)),
          ...optional('ipAddress', nonEmpty(item.ipAddress)),
          ...optional('createdAt', dateOf(item.createdAt)),
          ...optional('updatedAt', dateOf(item.updatedAt)),
          ...optional('expiresAt', dateOf(item.expiresAt)),
        });
      }
      return sessions;
    };

    provider.revokeSession = async (params: { id?: unknown } = {}) => {
      // better-auth revokes by the session's secret token, which the kit never hands out: look it up.
      const id = text(params.id);
      const token = (await rawSessions('revokeSession')).find((item) => item.id === id)?.token;
      // Already gone (revoked elsewhere, expired): what the user asked for is true.
      if (typeof token !== 'string' || !token) return undefined;
      await call('revokeSession', (fetchOptions) => client.revokeSession!({ token, fetchOptions }));
      return undefined;
    };

    provider.revokeOtherSessions = async () => {
      await call('revokeOtherSessions', (fetchOptions) => client.revokeOtherSessions!({ fetchOptions: { ...fetchOptions, method: 'POST' } }));
      return undefined;
    };

    if (features.twoFactor) {
      const plugin = (action: AccountAction) => {
        const factor = client.twoFactor;
        if (!factor) throw new BetterAuthProviderError(TITLES[action], 'This better-auth client has no twoFactor plugin.', { code: 'unsupported' });
        return factor;
      };
      provider.enableTwoFactor = async (params: { password?: unknown } = {}) => {
        const factor = plugin('enableTwoFactor');
        const data = await call('enableTwoFactor', (fetchOptions) => factor.enable!({ password: text(params.password), fetchOptions }));
        const totpURI = isRecord(data) && typeof data.totpURI === 'string' ? data.totpURI : '';
        if (!totpURI) throw new BetterAuthProviderError(TITLES.enableTwoFactor, 'The server sent no authenticator-app secret.', { code: 'server-error' });
        return { totpURI, backupCodes: codesOf(data) };
      };
      provider.confirmTwoFactor = async (params: { code?: unknown } = {}) => {
        const factor = plugin('confirmTwoFactor');
        await call('confirmTwoFactor', (fetchOptions) => factor.verifyTotp({ code: text(params.code).trim(), fetchOptions }));
        return undefined;
      };
      provider.disableTwoFactor = async (params: { password?: unknown } = {}) => {
        const factor = plugin('disableTwoFactor');
        await call('disableTwoFactor', (fetchOptions) => factor.disable!({ password: text(params.password), fetchOptions }));
        return undefined;
      };
      provider.generateBackupCodes = async (params: { password?: unknown } = {}) => {
        const factor = plugin('generateBackupCodes');
        const data = await call('generateBackupCodes', (fetchOptions) => factor.generateBackupCodes!({ password: text(params.password), fetchOptions }));
        return { backupCodes: codesOf(data) };
      };
    }
  }

  if (features.changeEmail) {
    provider.changeEmail = async (params: { newEmail?: unknown } = {}) => {
      const newEmail = text(params.newEmail).trim();
      await call('changeEmail', (fetchOptions) =>
        client.changeEmail!({ newEmail, callbackURL: absolute(options.verifyEmailPath ?? '/verify-email'), fetchOptions }),
      );
      // better-auth answers `{ status: true }` whether it changed the address at once (an
      // unverified one, when allowed) or mailed a link (and, on purpose, for an address that
      // already has an account): the session tells which.
      const now = await session().catch(() => null);
      const email = typeof now?.user?.email === 'string' ? now.user.email : undefined;
      return { email, confirmationSent: email?.toLowerCase() !== newEmail.toLowerCase() };
    };
  }

  if (features.deleteAccount) {
    provider.deleteAccount = async (params: { password?: unknown } = {}) => {
      const password = text(params.password);
      const data = await call('deleteAccount', (fetchOptions) =>
        client.deleteUser!({ ...(password ? { password } : {}), callbackURL: absolute(options.postLogoutPath ?? '/login'), fetchOptions }),
      );
      return { confirmationSent: isRecord(data) && data.message === 'Verification email sent' };
    };
  }

  return provider;
}
