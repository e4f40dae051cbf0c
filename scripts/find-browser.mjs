// Finds the browsers for tests and screenshots — Chromium ($CHROME_PATH first), Firefox
// ($FIREFOX_PATH) and WebKitGTK ($WEBKIT_WEBDRIVER_PATH, $WEBKIT_BROWSER_PATH) — then the
// usual system locations. Playwright must be given an executable path,
// because it would otherwise look for a browser it downloaded itself (impossible here).
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that keep Chromium quiet and working as root on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Returns the browser path, or exits the process with one line saying how to get one. */
export function findChromium() {
  return findExecutable({
    envVar: 'CHROME_PATH',
    what: 'a Chromium or Chrome binary',
    candidates,
    missing: 'no Chromium found — install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
  });
}

/** Firefox (ESR or release), driven by puppeteer-core over WebDriver BiDi: $FIREFOX_PATH first. */
export function findFirefox() {
  return findExecutable({
    envVar: 'FIREFOX_PATH',
    what: 'a Firefox binary',
    candidates: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/usr/lib/firefox-esr/firefox-esr',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    ],
    missing: 'no Firefox found — install it (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox binary.',
  });
}

const webkitInstall = 'Debian/Ubuntu: `sudo apt-get install webkit2gtk-driver xvfb`';

/**
 * WebKitGTK: the WebKitWebDriver server ($WEBKIT_WEBDRIVER_PATH first) and the MiniBrowser
 * it automates ($WEBKIT_BROWSER_PATH first). Both come with Debian's webkit2gtk-driver.
 */
export function findWebKit() {
  const driver = findExecutable({
    envVar: 'WEBKIT_WEBDRIVER_PATH',
    what: 'a WebKitWebDriver binary',
    candidates: ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver'],
    missing: `no WebKitWebDriver found — install it (${webkitInstall}) or set WEBKIT_WEBDRIVER_PATH.`,
  });
  const browser = findExecutable({
    envVar: 'WEBKIT_BROWSER_PATH',
    what: 'a WebKitGTK MiniBrowser binary',
    candidates: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    ],
    missing: `no WebKitGTK MiniBrowser found — install it (${webkitInstall}) or set WEBKIT_BROWSER_PATH.`,
  });
  return { driver, browser };
}

/** MiniBrowser has no headless mode: without $DISPLAY the WebKit launcher needs Xvfb. */
export function findXvfb() {
  return findExecutable({
    envVar: 'XVFB_PATH',
    what: 'an Xvfb binary',
    candidates: ['/usr/bin/Xvfb'],
    missing: `no Xvfb found and $DISPLAY is unset — install it (${webkitInstall}), set XVFB_PATH, or set DISPLAY.`,
  });
}

function findExecutable({ envVar, what, candidates: paths, missing }) {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`auth-elements: ${envVar}=${fromEnv} does not exist; point it at ${what}.`);
    process.exit(1);
  }
  const found = paths.find((p) => existsSync(p));
  if (found) return found;
  console.error(`auth-elements: ${missing}`);
  process.exit(1);
}
