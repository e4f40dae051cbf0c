import type { AuthError } from '../core/types.js';
import { format, type AuthErrorText, type AuthStrings } from './strings.js';

function entry(t: AuthStrings, code: string | undefined): AuthErrorText | undefined {
  // Own keys only: a code such as "constructor" or "__proto__" must not find Object's members.
  return code !== undefined && Object.prototype.hasOwnProperty.call(t.errors, code) ? (t.errors as Record<string, AuthErrorText>)[code] : undefined;
}

/** Words a wait in seconds with its unit in the strings' language ("7 seconds", "7 secondes"). */
function seconds(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(value);
  } catch {
    return String(value);
  }
}

function message(text: AuthErrorText & { messageWithDelay?: string }, error: AuthError, t: AuthStrings): string {
  const values: Record<string, string | number> = { ...error.values };
  const wait = values.seconds;
  if (typeof wait === 'number' && text.messageWithDelay) {
    return format(text.messageWithDelay, { ...values, seconds: seconds(wait, t.locale) });
  }
  return format(text.message, values);
}

/**
 * The text an element shows for an error, in the strings of its locale: the entry for the
 * error's `code` when the strings have one, else the error's own (provider-given) words — with
 * a kit-made title or message (`titleCode`, `messageCode`) translated too.
 * Always plain text; callers render it as text, never as HTML.
 */
export function localizeError(error: AuthError, t: AuthStrings): { name: string; message: string } {
  const whole = entry(t, error.code);
  if (whole) return { name: whole.title, message: message(whole, error, t) };
  const title = entry(t, error.titleCode);
  const body = entry(t, error.messageCode);
  return {
    name: title ? title.title : error.name,
    message: body ? message(body, error, t) : error.message,
  };
}
