import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium } from './scripts/find-browser.mjs';

const executablePath = findChromium();

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, args: chromiumArgs } }),
  ],
  // Lit's one-time dev-mode banner is noise in every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
  coverageConfig: {
    include: ['src/core/**/*.ts'],
    exclude: ['**/*.test.ts', 'src/test-utils/**'],
    threshold: { statements: 95, lines: 95, branches: 85, functions: 95 },
    report: true,
    reportDir: 'coverage',
  },
};
