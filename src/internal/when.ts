/**
 * Dates a provider hands over, read defensively and worded in the strings' locale: "5 minutes
 * ago" while recent, a date and time after that.
 */

/**
 * A valid `Date` from a `Date`, an ISO string or a number of milliseconds since the epoch;
 * `undefined` for anything else (nothing here throws).
 */
export function toDate(value: unknown): Date | undefined {
  try {
    let time: number;
    if (value instanceof Date) time = value.getTime();
    else if (typeof value === 'number') time = value;
    else if (typeof value === 'string' && value.trim()) time = Date.parse(value);
    else return undefined;
    // The range a Date can hold; beyond it `new Date` is Invalid Date.
    return Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? new Date(time) : undefined;
  } catch {
    return undefined;
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `locale` if Intl knows it, else the runtime's default (a bad tag in custom strings must not break a list). */
function safeLocale(locale: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

/** The date and time, in full, in `locale` (`12 Nov 2026, 14:03`). */
export function formatDateTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(safeLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * `date` relative to `now` in `locale` while it is within a week ("now", "5 minutes ago",
 * "yesterday"), else the date and time.
 */
export function formatWhen(date: Date, locale: string, now: number): string {
  const diff = date.getTime() - now;
  const size = Math.abs(diff);
  if (size >= 7 * DAY) return formatDateTime(date, locale);
  const relative = new Intl.RelativeTimeFormat(safeLocale(locale), { numeric: 'auto' });
  if (size < 45_000) return relative.format(0, 'second');
  if (size < 45 * MINUTE) return relative.format(Math.round(diff / MINUTE), 'minute');
  if (size < 22 * HOUR) return relative.format(Math.round(diff / HOUR), 'hour');
  return relative.format(Math.round(diff / DAY), 'day');
}
