// What each public entry costs a user: bundled the way an app would (esbuild, minified, Lit's
// production build included), then brotli (quality 11) and gzip (level 9). Deterministic for a
// given source tree and tool versions, which is what lets `npm test` enforce bench/budget.json.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const component = (name) => `./src/components/${name}/${name}.ts`;

/** Every public entry worth a ceiling. An entry whose source does not exist (yet) is skipped. */
export const ENTRIES = [
  { id: 'login', name: 'login page (auth-login + core)', needs: component('auth-login'), source: `import '${component('auth-login')}'; export { configureAuth } from './src/core/index.ts';` },
  { id: 'register', name: 'register page (auth-register + core)', needs: component('auth-register'), source: `import '${component('auth-register')}'; export { configureAuth } from './src/core/index.ts';` },
  { id: 'guard', name: 'guard (auth-guard + core)', needs: component('auth-guard'), source: `import '${component('auth-guard')}'; export { configureAuth } from './src/core/index.ts';` },
  { id: 'account', name: 'account page (auth-account + core)', needs: component('auth-account'), source: `import '${component('auth-account')}'; export { configureAuth } from './src/core/index.ts';` },
  { id: 'kit', name: 'whole kit (every element + core, no locales)', needs: './src/index.ts', source: `export * from './src/index.ts';` },
  { id: 'core', name: 'core only (no Lit)', needs: './src/core/index.ts', source: `export * from './src/core/index.ts';` },
];

/** For scale only (no ceiling): the parts of Lit the kit uses. */
export const LIT = {
  id: 'lit',
  name: 'for scale: the parts of Lit the kit uses',
  source: `export { LitElement, html, svg, css, nothing, render } from 'lit'; export { property, state, query } from 'lit/decorators.js'; export { ContextConsumer, ContextProvider, createContext } from '@lit/context';`,
};

/** Bundles `source` (a module body, resolved from the repository root) and returns the minified bytes. */
export async function bundle(source, { minify = true } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    tsconfig: `${root}tsconfig.json`,
    // What a production app bundles: Lit's production build, not its dev-mode warnings.
    conditions: ['production'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/** Minified, gzip and brotli sizes (bytes) of one entry. */
export async function measure(entry) {
  const code = await bundle(entry.source);
  return {
    id: entry.id,
    name: entry.name,
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sizes of every entry that exists in this tree. */
export async function measureEntries() {
  const present = ENTRIES.filter((entry) => existsSync(new URL(entry.needs, `file://${root}`)));
  return Promise.all(present.map(measure));
}
