import { isAuthErrorCode, type AuthErrorCode } from '../core/errors.js';

/**
 * The query parameter that carries a failed sign-in to the sign-in page: `<auth-callback>` sends
 * `?auth_error=<kit code>`, `<auth-login>` shows that code's strings entry. Only a code travels,
 * never text: a crafted link can pick one of the kit's own messages, nothing else.
 */
export const SIGN_IN_ERROR_PARAM = 'auth_error';

/** The code a failed callback sends to the sign-in page: its own when the kit knows it, else the generic one. */
export function signInErrorCode(code: unknown): AuthErrorCode {
  return isAuthErrorCode(code) ? code : 'sign-in-failed';
}

/**
 * `login` with `?auth_error=<code>` (and the return path, when there is one), resolved against
 * `base`. The caller still passes it through the store's same-origin validator.
 */
export function signInErrorTarget(login: string, code: AuthErrorCode, base: string, returnParam: string, returnTo?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(login, base);
  } catch {
    return undefined;
  }
  url.searchParams.set(SIGN_IN_ERROR_PARAM, code);
  if (returnTo) url.searchParams.set(returnParam, returnTo);
  return url.href;
}
