import type { AuthAction, AuthError } from './types.js';

/** refine's default notification text per action, used when a rejection carries none. */
export const DEFAULT_ERRORS: Readonly<Record<AuthAction, AuthError>> = {
  login: { name: 'Login Error', message: 'Invalid credentials' },
  logout: { name: 'Logout Error', message: 'Something went wrong during logout' },
  register: { name: 'Register Error', message: 'Error while registering' },
  forgotPassword: { name: 'Forgot Password Error', message: 'Error while resetting password' },
  updatePassword: { name: 'Update Password Error', message: 'Error while updating password' },
  checkAuth: { name: 'Authentication Error', message: 'You are not signed in' },
  checkError: { name: 'Error', message: 'Something went wrong' },
  getPermissions: { name: 'Permissions Error', message: 'Could not load permissions' },
  getIdentity: { name: 'Identity Error', message: 'Could not load the user identity' },
  verifyTwoFactor: { name: 'Verification Error', message: 'The code could not be verified', code: 'verify-two-factor-failed' },
  sendTwoFactorCode: { name: 'Send Code Error', message: 'The code could not be sent', code: 'send-two-factor-code-failed' },
  sendLoginCode: { name: 'Send Code Error', message: 'The sign-in code could not be sent', code: 'send-login-code-failed' },
  loginWithCode: { name: 'Login Error', message: 'The sign-in code is invalid', code: 'login-with-code-failed' },
  sendMagicLink: { name: 'Send Link Error', message: 'The sign-in link could not be sent', code: 'send-magic-link-failed' },
  sendVerificationEmail: { name: 'Send Email Error', message: 'The verification e-mail could not be sent', code: 'send-verification-email-failed' },
  verifyEmail: { name: 'Verification Error', message: 'The e-mail address could not be verified', code: 'verify-email-failed' },
};

/** The error every action resolves with when the provider does not answer in time. */
export const TIMEOUT_ERROR: AuthError = {
  name: 'Timeout',
  message: 'The server took too long to answer. Please try again.',
};

// The names of JavaScript's own error classes (and of axios's): a program's words, not a title for a person.
const GENERIC_NAMES = new Set(['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError', 'InternalError', 'AxiosError']);

// Messages are shown to people: a hostile or broken backend must not be able to flood the UI.
const MAX_NAME = 120;
const MAX_MESSAGE = 500;
const MAX_CODE = 64;
// The kit's codes are lowercase kebab-case (`invalid-code`). Other vocabularies riding on an
// error (axios's `ERR_BAD_REQUEST`, Node's `ECONNREFUSED`) name no strings entry: not kept.
const KIT_CODE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

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

/**
 * Turns whatever a provider rejected with (nothing, a string, an `Error`, `{ name, message }`,
 * `{ message }`, a refine v4 `error`, an axios error whose `response.data.message` is preferred)
 * into a plain-text `{ name, message, code? }`. A kebab-case `code` on the value is kept (adapters
 * name their errors that way); without one, the fallback's code comes along when its message does.
 *
 * The generic names of JavaScript's own error classes ("Error", "TypeError", …) are replaced by
 * the action's name ("Login Error"), since that tells the user more. The result is always two non-empty strings, never HTML-bearing
 * objects, and never longer than a notification can show.
 */
export function toAuthError(value: unknown, fallback: AuthError): AuthError {
  let name: string | undefined;
  let message: string | undefined;
  let code: string | undefined;
  if (typeof value === 'string') {
    message = text(value);
  } else if (value !== null && typeof value === 'object') {
    // Property reads on a hostile object (a throwing getter, a Proxy) must not escape.
    try {
      const record = value as { name?: unknown; message?: unknown };
      name = text(record.name);
      message = bodyMessage(value) ?? text(record.message);
      const own = (value as { code?: unknown }).code;
      if (typeof own === 'string' && own.length <= MAX_CODE && KIT_CODE.test(own)) code = own;
    } catch {
      /* fall back to the defaults */
    }
  }
  if (name !== undefined && GENERIC_NAMES.has(name)) name = undefined;
  // The fallback's code names the fallback's words: it applies only when those words are shown.
  code ??= message === undefined ? fallback.code : undefined;
  return {
    name: clip(name ?? fallback.name, MAX_NAME),
    message: clip(message ?? fallback.message, MAX_MESSAGE),
    ...(code ? { code } : {}),
  };
}
