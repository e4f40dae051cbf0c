// Finds a Chromium-family browser for tests and screenshots: $CHROME_PATH first,
// then the usual system locations. Playwright must be given an executable path,
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
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`auth-elements: CHROME_PATH=${fromEnv} does not exist; point it at a Chromium or Chrome binary.`);
    process.exit(1);
  }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  console.error(
    'auth-elements: no Chromium found — install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}
