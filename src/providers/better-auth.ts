/**
 * auth-elements/providers/better-auth — turns the app's better-auth client into a refine
 * v3-shaped authProvider. The kit has no dependency on better-auth: the app passes its own
 * client (`createAuthClient()` from `better-auth/client`), which is typed here structurally.
 * @packageDocumentation
 */
import { safeRedirect } from '../core/redirect.js';
import type { AuthErrorCode } from '../core/errors.js';
import type { AuthChallenge, RefineV3AuthProvider, TwoFactorMethod } from '../core/types.js';

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
  };
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
   */
  features?: Readonly<Partial<Record<'twoFactor' | 'emailOTP' | 'magicLink' | 'emailVerification', boolean>>>;
  /** Where a failed magic link lands (better-auth appends `?error=`). Default `/login`. */
  magicLinkErrorPath?: string;
  /** The page that shows `<auth-verify-email>`, where better-auth's own verification link returns. Default `/verify-email`. */
  verifyEmailPath?: string;
}

type Action =
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
const TITLE_CODES: Record<Action, AuthErrorCode> = {
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
  code?: AuthErrorCode;
  /** better-auth's own error code, or `RATE_LIMITED` / `NETWORK_ERROR` / `SERVER_ERROR` / `NOT_SUPPORTED`. */
  betterAuthCode?: string;
  /** HTTP status, when there was a response. */
  status?: number;
  /** Seconds to wait, for a rate-limited request whose response said so. */
  retryAfter?: number;
  /** Values for the placeholders of the code's message (`min`, `max`, `seconds`). */
  values?: Readonly<Record<string, string | number>>;
  /** Set when the message is better-auth's or the app's own words: the kit code whose title to show. */
  titleCode?: AuthErrorCode;
}

/**
 * What the adapter rejects with: an `Error` whose `name` and `message` are English words for
 * people, whose `code` is the kit's (so elements show the page's language), plus better-auth's
 * details.
 */
export class BetterAuthProviderError extends Error implements BetterAuthProviderErrorDetails {
  declare code?: AuthErrorCode;
  declare betterAuthCode?: string;
  declare status?: number;
  declare retryAfter?: number;
  declare values?: Readonly<Record<string, string | number>>;
  declare titleCode?: AuthErrorCode;

  constructor(name: string, message: string, details: BetterAuthProviderErrorDetails = {}) {
    super(message);
    this.name = name;
    // Only the fields that say something: a consumer comparing errors sees no `undefined` keys.
    for (const [key, value] of Object.entries(details)) {
      if (value !== undefined) (this as Record<string, unknown>)[key] = value;
    }
  }
}

type Mapped = { code?: AuthErrorCode; betterAuthCode?: string; message: string; values?: Record<string, number> };

/*
 * Errors of the twoFactor, emailOTP and magic-link plugins and of e-mail verification, for the
 * actions that use them: finer kit codes than the general mapping's (`invalid-backup-code`, not
 * `invalid-code`; `too-many-attempts`, which a new code cures, not `rate-limited`).
 */
type Known = { code: AuthErrorCode; message: string };
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
const FACTOR_ACTIONS = new Set<Action>(['verifyTwoFactor', 'sendTwoFactorCode', 'sendLoginCode', 'loginWithCode', 'sendMagicLink', 'sendVerificationEmail', 'verifyEmail']);

/**
 * The kit code and message of a plugin error, or `undefined` to use the general mapping (which
 * also applies the app's own `messages`, shown as given).
 */
function factorMessage(action: Action, error: BetterAuthErrorLike, options: BetterAuthProviderOptions): Mapped | undefined {
  if (!FACTOR_ACTIONS.has(action) || !error.code || error.status === 429 || options.messages?.[error.code]) return undefined;
  const known =
    action === 'verifyEmail' && (error.code === 'INVALID_TOKEN' || error.code === 'TOKEN_EXPIRED' || error.code === 'USER_NOT_FOUND')
      ? LINK_EXPIRED
      : FACTOR_ERRORS[error.code];
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
export function createBetterAuthProvider(
  client: BetterAuthClientLike,
  options: BetterAuthProviderOptions = {},
): RefineV3AuthProvider & { handleCallback(params?: Record<string, unknown>): Promise<undefined> } {
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

  const provider: RefineV3AuthProvider & { handleCallback(params?: Record<string, unknown>): Promise<undefined> } = {
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

  return provider;
}
