// `npm run bench`: what a user pays. Bundles entry points the way an app would (esbuild,
// minified, Lit included), compresses them with brotli and gzip, and prints the sizes against
// the targets; then times the core store in Node. Numbers, not assertions: nothing here fails
// the test suite.
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const KiB = 1024;

const entries = [
  {
    name: 'login page (auth-login + core)',
    source: `import './src/components/auth-login/auth-login.ts'; export { configureAuth } from './src/core/index.ts';`,
    target: 9 * KiB,
  },
  { name: 'whole kit (every element + core, no locales)', source: `export * from './src/index.ts';`, target: 14 * KiB },
  { name: 'core only (no Lit)', source: `export * from './src/core/index.ts';` },
  {
    name: 'for scale: the parts of Lit the kit uses',
    source: `export { LitElement, html, svg, css, nothing, render } from 'lit'; export { property, state, query } from 'lit/decorators.js'; export { ContextConsumer, ContextProvider, createContext } from '@lit/context';`,
  },
];

async function bundle(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    tsconfig: `${root}tsconfig.json`,
    // What a production app bundles: Lit's production build, not its dev-mode warnings.
    conditions: ['production'],
  });
  return result.outputFiles[0].contents;
}

const format = (bytes) => `${(bytes / KiB).toFixed(2)} KiB`;
console.log('Bundle size (minified, Lit included)');
for (const entry of entries) {
  const code = await bundle(entry.source);
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const gzip = gzipSync(code, { level: 9 }).length;
  const verdict = entry.target ? (brotli <= entry.target ? `within ${format(entry.target)}` : `OVER ${format(entry.target)}`) : '';
  console.log(`  ${entry.name.padEnd(48)} ${format(code.length).padStart(10)} min  ${format(gzip).padStart(10)} gzip  ${format(brotli).padStart(10)} brotli  ${verdict}`);
}

// Core speed: how much the store adds on top of the provider.
const { createAuthStore } = await import(`data:text/javascript;base64,${Buffer.from(await bundle(`export * from './src/core/index.ts';`)).toString('base64')}`);
const provider = {
  login: () => Promise.resolve(false),
  logout: () => Promise.resolve(false),
  checkAuth: () => Promise.resolve({ ok: true }),
  checkError: () => Promise.resolve(),
};
const store = createAuthStore({ authProvider: provider, navigate: () => {}, checkCacheTime: 0 });
store.subscribe(() => {});

async function time(name, runs, fn) {
  for (let i = 0; i < 200; i += 1) await fn(); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) await fn();
  const perCall = ((performance.now() - start) * 1000) / runs;
  console.log(`  ${name.padEnd(48)} ${perCall.toFixed(2).padStart(8)} µs/call`);
}

console.log('Core store overhead (Node, provider answers at once)');
await time('login → outcome', 20000, () => store.login({ email: 'a@b.c', password: 'x' }));
await time('checkAuth, no cache', 20000, () => store.checkAuth());
const cached = createAuthStore({ authProvider: provider, navigate: () => {} });
await time('checkAuth, cached', 20000, () => cached.checkAuth());
await time('100 concurrent checkAuth (one provider call)', 2000, () =>
  Promise.all(Array.from({ length: 100 }, () => store.checkAuth())),
);
