/**
 * For the login-page English tests (src/internal/i18n-login-page*.test.ts): what `<auth-login>`
 * shows for an error, and what the complete English says it should. Imports no element, so a
 * test file using it still loads `<auth-login>` alone.
 */
import { fixture, html } from '@open-wc/testing';
import { AUTH_ERROR_CODES, type AuthErrorCode } from '../core/index.js';
import type { AuthLogin } from '../components/auth-login/auth-login.js';
import { format, type AuthStrings } from '../internal/strings.js';
import { part } from './elements.js';
import { refineV3Provider } from './providers.js';
import { storeHarness } from './store.js';

/** The values a rejection carries for the codes whose message has placeholders. */
export const VALUES = { min: 8, max: 128, seconds: 7 };

export type Shown = { title: string | undefined; message: string | undefined };

/** The error `el` shows. */
export const shown = (el: HTMLElement): Shown => ({
  title: part(el, 'error-title')?.textContent ?? undefined,
  message: part(el, 'error-message')?.textContent ?? undefined,
});

/** What the complete English says for `code`, with `values` (as a rejection carries them) or without (as `?auth_error=` does). */
export function english(t: AuthStrings, code: AuthErrorCode, values?: typeof VALUES): Shown {
  const entry = t.errors[code];
  if (code === 'rate-limited' && values) {
    const seconds = new Intl.NumberFormat('en', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(values.seconds);
    return { title: entry.title, message: format(t.errors['rate-limited'].messageWithDelay, { seconds }) };
  }
  return { title: entry.title, message: format(entry.message, values ?? {}) };
}

/**
 * What a login page opened with `?auth_error=<code>` shows, for each of `codes`. Two address-bar
 * changes per code (the test's, and the element removing the parameter): WebKit refuses more than
 * 100 in 10 seconds, so a file passes at most 45 codes.
 */
export async function arrivedWith(codes: readonly AuthErrorCode[]): Promise<Map<AuthErrorCode, Shown>> {
  if (codes.length > 45) throw new Error(`arrivedWith: ${codes.length} codes is over WebKit's history limit; split them across files`);
  const original = `${location.pathname}${location.search}${location.hash}`;
  const arrived = new Map<AuthErrorCode, Shown>();
  try {
    for (const code of codes) {
      history.replaceState(history.state, '', `${location.pathname}?auth_error=${code}`);
      const page = await fixture<AuthLogin>(html`<auth-login .store=${storeHarness(refineV3Provider().provider).store}></auth-login>`);
      arrived.set(code, shown(page));
    }
  } finally {
    history.replaceState(history.state, '', original);
  }
  return arrived;
}

/** Every other kit code, starting at `half` (0 or 1): the two halves make every code. */
export const halfOfTheCodes = (half: 0 | 1): AuthErrorCode[] => AUTH_ERROR_CODES.filter((_, i) => i % 2 === half);
