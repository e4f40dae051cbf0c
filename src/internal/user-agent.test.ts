import { expect } from '@open-wc/testing';
import { fc } from '../test-utils/fast-check.js';
import { parseUserAgent } from './user-agent.js';

// Real user agent strings, as browsers send them.
const CASES: Array<[string, string | undefined, string | undefined]> = [
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome', 'macOS'],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox', 'Windows'],
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1', 'Safari', 'iPhone'],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', 'Edge', 'Windows'],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', 'Safari', 'macOS'],
  ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36', 'Chrome', 'Android'],
  ['Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36', 'Samsung Internet', 'Android'],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0', 'Opera', 'Windows'],
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1', 'Chrome', 'iPhone'],
  ['Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15', 'Firefox', 'iPad'],
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) EdgiOS/131.0.2903.68 Version/17.0 Mobile/15E148 Safari/604.1', 'Edge', 'iPhone'],
  ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36', 'Chrome', 'Linux'],
  ['Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox', 'Linux'],
  ['Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome', 'ChromeOS'],
  ['Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko', 'Internet Explorer', 'Windows'],
  ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/120.0.0.0 Chrome/120.0.0.0 Safari/537.36', 'Chromium', 'Linux'],
  ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15', 'Safari', 'Linux'],
  // An iOS app's web view names no browser; a command-line client names neither.
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148', undefined, 'iPhone'],
  ['curl/8.5.0', undefined, undefined],
  ['', undefined, undefined],
];

describe('parseUserAgent', () => {
  for (const [ua, browser, os] of CASES) {
    it(`${browser ?? '(no browser)'} on ${os ?? '(no system)'}: ${ua.slice(0, 60) || '(empty)'}…`, () => {
      const expected: Record<string, string> = {};
      if (browser) expected.browser = browser;
      if (os) expected.os = os;
      expect(parseUserAgent(ua)).to.deep.equal(expected);
    });
  }

  it('anything that is not a string names nothing, and never throws', () => {
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    for (const value of [undefined, null, 42, {}, [], hostile, Symbol('ua')]) expect(parseUserAgent(value)).to.deep.equal({});
  });

  it('names only browsers and systems from its own list, whatever the string (property)', () => {
    const browsers = new Set(['Edge', 'Opera', 'Samsung Internet', 'Vivaldi', 'Yandex Browser', 'Firefox', 'Chromium', 'Chrome', 'Internet Explorer', 'Safari']);
    const systems = new Set(['iPhone', 'iPad', 'iPod', 'Windows Phone', 'Android', 'ChromeOS', 'Windows', 'macOS', 'Linux']);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...CASES.map((c) => c[0])), (noise, ua) => {
        for (const text of [noise, `${noise}${ua}`, `${ua}${noise}`]) {
          const info = parseUserAgent(text);
          if (info.browser !== undefined) expect(browsers.has(info.browser)).to.equal(true);
          if (info.os !== undefined) expect(systems.has(info.os)).to.equal(true);
        }
      }),
    );
  });

  it('reads a long string only as far as a user agent goes', () => {
    expect(parseUserAgent(`${'x'.repeat(2000)} Firefox/133.0`)).to.deep.equal({});
    expect(parseUserAgent(`Firefox/133.0 ${'x'.repeat(100_000)}`)).to.deep.equal({ browser: 'Firefox' });
  });
});
