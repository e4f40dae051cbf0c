import { expect } from '@open-wc/testing';
import { formatDateTime, formatWhen, toDate } from './when.js';

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);

describe('toDate', () => {
  it('reads a Date, an ISO string and a number of milliseconds', () => {
    expect(toDate(new Date(NOW))!.getTime()).to.equal(NOW);
    expect(toDate('2026-11-30T12:00:00.000Z')!.getTime()).to.equal(NOW);
    expect(toDate(NOW)!.getTime()).to.equal(NOW);
  });

  it('gives undefined for anything else, and never throws', () => {
    const hostile = {
      valueOf() {
        throw new Error('no');
      },
    };
    const revoked = Proxy.revocable(new Date(NOW), {});
    revoked.revoke();
    for (const value of [undefined, null, '', '  ', 'yesterday', NaN, Infinity, 1e20, new Date(NaN), {}, [], hostile, revoked.proxy, true]) {
      expect(toDate(value), String(typeof value)).to.equal(undefined);
    }
  });

  it('hands out a new Date (the provider’s object is never kept)', () => {
    const given = new Date(NOW);
    const read = toDate(given)!;
    given.setTime(0);
    expect(read.getTime()).to.equal(NOW);
  });
});

describe('formatWhen', () => {
  const rtf = (locale: string) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

  it('says how long ago within a week, in the locale', () => {
    expect(formatWhen(new Date(NOW - 10_000), 'en', NOW)).to.equal(rtf('en').format(0, 'second'));
    expect(formatWhen(new Date(NOW - 5 * 60_000), 'en', NOW)).to.equal('5 minutes ago');
    expect(formatWhen(new Date(NOW - 3 * 3_600_000), 'fr', NOW)).to.equal(rtf('fr').format(-3, 'hour'));
    expect(formatWhen(new Date(NOW - 24 * 3_600_000), 'en', NOW)).to.equal('yesterday');
    expect(formatWhen(new Date(NOW - 3 * 86_400_000), 'de', NOW)).to.equal(rtf('de').format(-3, 'day'));
    expect(formatWhen(new Date(NOW + 2 * 86_400_000), 'en', NOW)).to.equal('in 2 days');
  });

  it('gives the date and time from a week on', () => {
    const old = new Date(NOW - 30 * 86_400_000);
    expect(formatWhen(old, 'ja', NOW)).to.equal(new Intl.DateTimeFormat('ja', { dateStyle: 'medium', timeStyle: 'short' }).format(old));
    expect(formatDateTime(old, 'ar')).to.equal(new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeStyle: 'short' }).format(old));
  });

  it('a locale tag Intl refuses falls back to the default instead of throwing', () => {
    const old = new Date(NOW - 30 * 86_400_000);
    expect(formatDateTime(old, 'not a tag!')).to.equal(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(old));
    expect(formatWhen(new Date(NOW - 5 * 60_000), '', NOW)).to.be.a('string');
  });
});
