import type { AccountAction, AuthAction, AuthError } from './types.js';

/**
 * Every error code the kit knows, each with its own strings entry (`strings.errors[code]`): the
 * kit's and the adapters' errors carry one of these, so elements show them in the page's locale.
 * A provider may reject with one of them too (`{ code: 'invalid-credentials' }`) to get the kit's
 * words; any other code is kept for the app, and the provider's own text is shown.
 */
export const AUTH_ERROR_CODES = [
  // One default per action: what the kit says when the provider rejects without words.
  'login-failed',
  'logout-failed',
  'register-failed',
  'forgot-password-failed',
  'update-password-failed',
  'not-signed-in',
  'unknown',
  'permissions-failed',
  'identity-failed',
  'verify-two-factor-failed',
  'send-two-factor-code-failed',
  'send-login-code-failed',
  'login-with-code-failed',
  'send-magic-link-failed',
  'send-verification-email-failed',
  'verify-email-failed',
  'login-with-passkey-failed',
  // The kit's own situations.
  'timeout',
  'unsupported',
  'no-store',
  'offline',
  'network',
  'server-error',
  'rate-limited',
  // What a server may answer (the better-auth adapter maps its codes to these).
  'invalid-credentials',
  'user-exists',
  'weak-password',
  'password-too-short',
  'password-too-long',
  'password-required',
  'invalid-email',
  'invalid-input',
  'invalid-token',
  'invalid-code',
  'email-not-verified',
  'session-expired',
  'untrusted-origin',
  // Beyond passwords: second factors, e-mailed codes and links.
  'invalid-backup-code',
  'code-expired',
  'too-many-attempts',
  'account-locked',
  'two-factor-expired',
  'method-unavailable',
  'link-expired',
  // Passkeys on the sign-in page (a dismissed prompt is `passkey-cancelled`, which no element shows).
  'passkey-cancelled',
  'passkey-unavailable',
  'passkey-failed',
  // A passkey the server does not know (removed from the account, or another site's).
  'passkey-not-found',
  // An OAuth / OpenID Connect return that signs nobody in (refused at the provider, a bad state, anything else).
  'access-denied',
  'invalid-state',
  'sign-in-failed',
] as const;

/** A code from {@link AUTH_ERROR_CODES}. */
export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];

/** Whether `code` is one of the kit's codes (and so has a strings entry). */
export function isAuthErrorCode(code: unknown): code is AuthErrorCode {
  // A search, not a module-level Set: bundles that never ask keep no copy of the list.
  return typeof code === 'string' && (AUTH_ERROR_CODES as readonly string[]).includes(code);
}

/** The actions whose default error is one of {@link AUTH_ERROR_CODES} (the account page's have their own codes). */
export type CoreAction = Exclude<AuthAction, AccountAction>;

/** The code of each action's default error. */
export const ACTION_ERROR_CODES: Readonly<Record<CoreAction, AuthErrorCode>> = {
  login: 'login-failed',
  logout: 'logout-failed',
  register: 'register-failed',
  forgotPassword: 'forgot-password-failed',
  updatePassword: 'update-password-failed',
  checkAuth: 'not-signed-in',
  checkError: 'unknown',
  getPermissions: 'permissions-failed',
  getIdentity: 'identity-failed',
  handleCallback: 'login-failed',
  verifyTwoFactor: 'verify-two-factor-failed',
  sendTwoFactorCode: 'send-two-factor-code-failed',
  sendLoginCode: 'send-login-code-failed',
  loginWithCode: 'login-with-code-failed',
  sendMagicLink: 'send-magic-link-failed',
  sendVerificationEmail: 'send-verification-email-failed',
  verifyEmail: 'verify-email-failed',
  loginWithPasskey: 'login-with-passkey-failed',
};

/**
 * refine's default notification text per action, used when a rejection carries none. The
 * English here is what `auth-error` events and the state carry; elements show the strings
 * entry of the `code` instead.
 */
export const DEFAULT_ERRORS: Readonly<Record<CoreAction, AuthError>> = {
  login: { name: 'Login Error', message: 'Invalid credentials', code: 'login-failed' },
  logout: { name: 'Logout Error', message: 'Something went wrong during logout', code: 'logout-failed' },
  register: { name: 'Register Error', message: 'Error while registering', code: 'register-failed' },
  forgotPassword: { name: 'Forgot Password Error', message: 'Error while resetting password', code: 'forgot-password-failed' },
  updatePassword: { name: 'Update Password Error', message: 'Error while updating password', code: 'update-password-failed' },
  checkAuth: { name: 'Authentication Error', message: 'You are not signed in', code: 'not-signed-in' },
  checkError: { name: 'Error', message: 'Something went wrong', code: 'unknown' },
  getPermissions: { name: 'Permissions Error', message: 'Could not load permissions', code: 'permissions-failed' },
  getIdentity: { name: 'Identity Error', message: 'Could not load the user identity', code: 'identity-failed' },
  handleCallback: { name: 'Login Error', message: 'Could not complete the sign-in', code: 'login-failed' },
  verifyTwoFactor: { name: 'Verification Error', message: 'The code could not be verified', code: 'verify-two-factor-failed' },
  sendTwoFactorCode: { name: 'Send Code Error', message: 'The code could not be sent', code: 'send-two-factor-code-failed' },
  sendLoginCode: { name: 'Send Code Error', message: 'The sign-in code could not be sent', code: 'send-login-code-failed' },
  loginWithCode: { name: 'Login Error', message: 'The sign-in code is invalid', code: 'login-with-code-failed' },
  sendMagicLink: { name: 'Send Link Error', message: 'The sign-in link could not be sent', code: 'send-magic-link-failed' },
  sendVerificationEmail: { name: 'Send Email Error', message: 'The verification e-mail could not be sent', code: 'send-verification-email-failed' },
  verifyEmail: { name: 'Verification Error', message: 'The e-mail address could not be verified', code: 'verify-email-failed' },
  loginWithPasskey: { name: 'Passkey Error', message: 'Signing in with the passkey failed', code: 'login-with-passkey-failed' },
};

/**
 * The default error of any action. An account action's is generic English with the code
 * `<action>-failed` (`changePassword` → `change-password-failed`): the account elements carry
 * the words for those codes, so pages without them do not load them.
 */
export function defaultError(action: AuthAction): AuthError {
  return (
    (DEFAULT_ERRORS as Partial<Record<AuthAction, AuthError>>)[action] ?? {
      name: 'Account Error',
      message: 'The request failed',
      code: `${action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-failed`,
    }
  );
}

/** The error every action resolves with when the provider does not answer in time. */
export const TIMEOUT_ERROR: AuthError = {
  name: 'Timeout',
  message: 'The server took too long to answer. Please try again.',
  code: 'timeout',
};

/** A part of the kit's own code could not be loaded (offline, or a deployment replaced it). */
export const NETWORK_ERROR: AuthError = {
  name: 'Network Error',
  message: 'Could not reach the server. Check your connection and try again.',
  code: 'network',
};

/**
 * The error of an optional provider method that is missing. The English message names the
 * method for the developer; people see the `unsupported` strings entry.
 */
export function unsupportedError(action: AuthAction, method: string): AuthError {
  return { name: defaultError(action).name, message: `This authProvider does not implement ${method}.`, code: 'unsupported' };
}

/** What an element reports when it finds no store: a configuration mistake of the page. */
export const NO_STORE_ERROR: AuthError = Object.freeze({
  name: 'Configuration Error',
  message: 'No authProvider: call configureAuth({ authProvider }) or give this element a store.',
  code: 'no-store',
});

// The names of JavaScript's own error classes (and of axios's): a program's words, not a title for a person.
const GENERIC_NAME = /^(?:Type|Range|Reference|Syntax|Eval|URI|Aggregate|Internal|Axios)?Error$/;

// Messages are shown to people: a hostile or broken backend must not be able to flood the UI.
const MAX_NAME = 120;
const MAX_MESSAGE = 500;

function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * The server's own words in an HTTP client's rejection (axios: `response.data.message`), which
 * say more than the client's "Request failed with status code 401".
 */
function bodyMessage(value: object): string | undefined {
  try {
    return text((value as { response?: { data?: { message?: unknown } } }).response?.data?.message);
  } catch {
    return undefined;
  }
}

// A code is an identifier, not text: anything else a provider puts there is dropped.
const CODE = /^[A-Za-z0-9][\w.:-]{0,63}$/;

function codeOf(value: unknown): string | undefined {
  return typeof value === 'string' && CODE.test(value) ? value : undefined;
}

/** Placeholder values: a few short strings or finite numbers, nothing else. */
function valuesOf(value: unknown): Record<string, string | number> | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const values: Record<string, string | number> = {};
  let count = 0;
  for (const [key, item] of Object.entries(value).slice(0, 8)) {
    if (!/^\w{1,32}$/.test(key)) continue;
    if (typeof item === 'number' && Number.isFinite(item)) values[key] = item;
    else if (typeof item === 'string') values[key] = clip(item, 100);
    else continue;
    count += 1;
  }
  return count ? values : undefined;
}

/**
 * Turns whatever a provider rejected with (nothing, a string, an `Error`, `{ name, message }`,
 * `{ message }`, a refine v4 `error`, an axios error whose `response.data.message` is preferred)
 * into a plain-text `{ name, message, code? }`.
 *
 * The generic names of JavaScript's own error classes ("Error", "TypeError", …) are replaced by
 * the action's name ("Login Error"), since that tells the user more. The result is always two
 * non-empty strings, never HTML-bearing objects, and never longer than a notification can show.
 *
 * Codes: the rejection's own `code` is kept (a kit code makes elements show the kit's words for
 * it). When the kit fills in a missing part from `fallback`, the result says which, so that part
 * is translated too: nothing given → the fallback whole (its `code`); only a message →
 * `titleCode`; only a title → `messageCode`.
 */
export function toAuthError(value: unknown, fallback: AuthError): AuthError {
  let name: string | undefined;
  let message: string | undefined;
  let code: string | undefined;
  let titleCode: string | undefined;
  let messageCode: string | undefined;
  let values: Record<string, string | number> | undefined;
  if (typeof value === 'string') {
    message = text(value);
  } else if (value !== null && typeof value === 'object') {
    // Property reads on a hostile object (a throwing getter, a Proxy) must not escape.
    try {
      const record = value as { name?: unknown; message?: unknown; code?: unknown; titleCode?: unknown; messageCode?: unknown; values?: unknown };
      name = text(record.name);
      message = bodyMessage(value) ?? text(record.message);
      code = codeOf(record.code);
      // An adapter (like the kit's better-auth one) marks its own kit-worded parts the same way.
      titleCode = codeOf(record.titleCode);
      messageCode = codeOf(record.messageCode);
      if (code !== undefined) values = valuesOf(record.values);
    } catch {
      /* fall back to the defaults */
    }
  }
  if (name !== undefined && GENERIC_NAME.test(name)) name = undefined;
  const error: AuthError = {
    name: clip(name ?? fallback.name, MAX_NAME),
    message: clip(message ?? fallback.message, MAX_MESSAGE),
  };
  // Which code translates what the kit filled in. (The core does not know which codes have
  // strings: an element tries `code` first, then these, then shows the words as they are.)
  if (code === undefined && name === undefined && message === undefined) {
    code = fallback.code;
    values = fallback.values && { ...fallback.values };
  } else {
    if (name === undefined) titleCode ??= fallback.code ?? fallback.titleCode;
    if (message === undefined) messageCode ??= fallback.code ?? fallback.messageCode;
  }
  if (code !== undefined) error.code = code;
  if (titleCode !== undefined) error.titleCode = titleCode;
  if (messageCode !== undefined) error.messageCode = messageCode;
  if (values) error.values = values;
  return error;
}
