// Bundles the demo's page script from TypeScript source at start-up (esbuild, in memory),
// so `npm start` needs no build step and always serves the current src/.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = { 'better-auth': 'demo/app-better-auth.ts', mock: 'demo/app-mock.ts', oidc: 'demo/app-oidc.ts' };
const cache = new Map();

/**
 * @param {'better-auth' | 'mock' | 'oidc'} mode
 * @returns {Promise<{ js: string, map: string }>}
 */
export function bundleDemo(mode) {
  // One bundle per mode and process: tests start many servers.
  if (!cache.has(mode)) {
    const result = build({
      absWorkingDir: root,
      entryPoints: { app: entries[mode] },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: 'demo-dist',
      write: false,
      sourcemap: 'linked',
      minify: true,
      legalComments: 'none',
      tsconfig: 'tsconfig.json',
      logLevel: 'silent',
    }).then((out) => ({
      js: new TextDecoder().decode(out.outputFiles.find((f) => f.path.endsWith('.js')).contents),
      map: new TextDecoder().decode(out.outputFiles.find((f) => f.path.endsWith('.map')).contents),
    }));
    // A failed build is not cached: the next start tries again.
    result.catch(() => cache.delete(mode));
    cache.set(mode, result);
  }
  return cache.get(mode);
}
