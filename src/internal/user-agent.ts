/**
 * The browser and operating system a user agent string names, for a list of sessions ("Chrome on
 * macOS"). Deliberately small: the names people recognise, no versions, no engines. Browser and
 * system names are proper nouns (not translated); the words that join them come from strings.
 */

/** What {@link parseUserAgent} found; either may be missing. */
export interface UserAgentInfo {
  browser?: string;
  os?: string;
}

// Order matters: many browsers also say "Chrome" and "Safari" (Edge, Opera, Samsung Internet,
// Chromium-based browsers), and every Chromium and WebKit browser says "Safari".
const BROWSERS: ReadonlyArray<[RegExp, string]> = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOPiOS\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bVivaldi\//, 'Vivaldi'],
  [/\bYaBrowser\//, 'Yandex Browser'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bChromium\//, 'Chromium'],
  [/\b(?:Headless)?Chrome\/|\bCriOS\//, 'Chrome'],
  [/\bMSIE |\bTrident\//, 'Internet Explorer'],
  // Safari says "Version/x … Safari/y"; the iOS in-app web views that do not are left unnamed.
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

// iPhone and iPad before macOS (they say "like Mac OS X"), Android before Linux.
const SYSTEMS: ReadonlyArray<[RegExp, string]> = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\biPod\b/, 'iPod'],
  [/\bWindows Phone\b/, 'Windows Phone'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b|\bX11\b/, 'Linux'],
];

// A user agent is a few hundred characters; anything much longer is not one worth reading.
const MAX_LENGTH = 1024;

const find = (table: ReadonlyArray<[RegExp, string]>, text: string): string | undefined => table.find(([pattern]) => pattern.test(text))?.[1];

/**
 * The browser and system named in `userAgent`. Anything that is not a string (or names neither)
 * gives `{}`; nothing here throws.
 */
export function parseUserAgent(userAgent: unknown): UserAgentInfo {
  if (typeof userAgent !== 'string') return {};
  const text = userAgent.slice(0, MAX_LENGTH);
  const info: UserAgentInfo = {};
  const browser = find(BROWSERS, text);
  const os = find(SYSTEMS, text);
  if (browser) info.browser = browser;
  if (os) info.os = os;
  return info;
}
