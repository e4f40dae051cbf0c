import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium, findFirefox } from './scripts/find-browser.mjs';

// Which engines run the suite: BROWSERS=chromium (the default, what `npm test` runs),
// or any comma-separated mix of chromium, firefox, webkit — `npm run test:browsers` is
// BROWSERS=firefox,webkit. Each browser is looked up only when chosen (see find-browser.mjs).
const launchers = {
  chromium: () =>
    playwrightLauncher({ product: 'chromium', launchOptions: { executablePath: findChromium(), args: chromiumArgs } }),
  // puppeteer-core speaks WebDriver BiDi to stock Firefox (Playwright needs its own build).
  firefox: () => chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: findFirefox() } }),
  // WebKitGTK through WebKitWebDriver + MiniBrowser (under Xvfb when there is no $DISPLAY).
  webkit: async () => (await import('./scripts/webkit-launcher.mjs')).webkitLauncher(),
};

// fast-check properties: a fixed seed in CI (CI=true) so a red build is reproducible as-is, a
// fresh one elsewhere to keep exploring; FC_SEED=<n> replays a printed seed anywhere.
const fcSeed = Number(process.env.FC_SEED ?? (process.env.CI === 'true' ? 20261129 : (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0));

const chosen = (process.env.BROWSERS || 'chromium').split(',').map((b) => b.trim().toLowerCase()).filter(Boolean);
const unknown = chosen.filter((b) => !(b in launchers));
if (unknown.length) {
  console.error(`auth-elements: unknown BROWSERS entry ${unknown.join(', ')}; use chromium, firefox and/or webkit.`);
  process.exit(1);
}

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  // Firefox (driven over BiDi) does not run requestAnimationFrame in a page that is not in front,
  // and open-wc's fixture() waits a frame for a plain wrapper element: with two pages at once the
  // one behind hangs. One page at a time there; Chromium and WebKit keep two.
  concurrency: chosen.includes('firefox') ? 1 : 2,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json', define: { __FC_SEED__: String(fcSeed) } })],
  browsers: await Promise.all(chosen.map((b) => launchers[b]())),
  // Lit's one-time dev-mode banner is noise in every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
  // V8 coverage exists only in Chromium; `npm test` (Chromium) enforces these thresholds.
  coverageConfig: {
    include: ['src/core/**/*.ts'],
    exclude: ['**/*.test.ts', 'src/test-utils/**'],
    threshold: { statements: 95, lines: 95, branches: 85, functions: 95 },
    report: true,
    reportDir: 'coverage',
  },
};
