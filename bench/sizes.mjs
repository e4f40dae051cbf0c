// What each public entry costs a user.
//
// What is measured: the PUBLISHED build, `dist/` (run `npm run build` first), bundled the way an
// app bundles the package — esbuild, minified, Lit's production build resolved from
// node_modules — then brotli (quality 11) and gzip (level 9), each output file compressed on its
// own as a server sends it. Build-time transforms of the published build (rollup.config.mjs:
// minified css``/html`` templates, terser) are therefore in the figures, and nothing else is.
//
// Two figures per entry. Code splitting is on, as in an app's bundler:
//   initial  the entry's file and every file it reaches through static imports: what a page
//            loads before any interaction.
//   total    everything reachable, dynamic `import()`s included: the initial parts plus what
//            loads on demand (a second-factor step, session sync once something subscribes…).
// Deterministic for a given tree and tool versions, which is what lets `npm test` enforce
// bench/budget.json (test/node/budget.test.mjs).
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const src = (name) => `./src/components/${name}/${name}.ts`;
const dist = (name) => `./dist/components/${name.replace(/^auth-/, '')}.js`;
const page = (name) => `import '${dist(name)}'; export { configureAuth } from './dist/core.js';`;

/** Every public entry worth a ceiling. An entry whose source does not exist (yet) is skipped. */
export const ENTRIES = [
  { id: 'login', name: 'login page (auth-login + core)', needs: src('auth-login'), source: page('auth-login') },
  { id: 'register', name: 'register page (auth-register + core)', needs: src('auth-register'), source: page('auth-register') },
  { id: 'guard', name: 'guard (auth-guard + core)', needs: src('auth-guard'), source: page('auth-guard') },
  { id: 'account', name: 'account page (auth-account + core)', needs: src('auth-account'), source: page('auth-account') },
  { id: 'kit', name: 'whole kit (every element + core, no locales)', needs: './src/index.ts', source: `export * from './dist/index.js';` },
  { id: 'core', name: 'core only (no Lit)', needs: './src/core/index.ts', source: `export * from './dist/core.js';` },
];

/** For scale only (no ceiling): the parts of Lit the kit uses. */
export const LIT = {
  id: 'lit',
  name: 'for scale: the parts of Lit the kit uses',
  source: `export { LitElement, html, svg, css, nothing, render } from 'lit'; export { ContextConsumer, ContextProvider, createContext } from '@lit/context';`,
};

const options = (source, extra = {}) => ({
  absWorkingDir: root, // the metafile's paths are relative to it
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
  logLevel: 'silent',
  ...extra,
});

function assertBuilt(source) {
  for (const [, file] of source.matchAll(/'(\.\/dist\/[^']+)'/g)) {
    if (!existsSync(new URL(file, `file://${root}`))) {
      throw new Error(`bench/sizes.mjs measures the published build: ${file} is missing, run \`npm run build\` first.`);
    }
  }
}

/** Bundles `source` (a module body, resolved from the repository root) into one file and returns its minified bytes. */
export async function bundle(source, { minify = true } = {}) {
  assertBuilt(source);
  const result = await build(options(source, { minify }));
  return result.outputFiles[0].contents;
}

/**
 * Bundles `source` with code splitting and sorts the output files into those a page loads at
 * once (reached from the entry through static imports) and those it loads on demand.
 * @returns {Promise<{ initial: Uint8Array[], onDemand: Uint8Array[] }>}
 */
export async function split(source) {
  assertBuilt(source);
  const outdir = `${root}.bench-out`; // never written: esbuild only needs a directory to name chunks
  const result = await build(options(source, { splitting: true, outdir, metafile: true, chunkNames: 'chunk-[hash]' }));
  const outputs = result.metafile.outputs;
  const key = (path) => path.slice(root.length); // absolute output path → metafile key
  const byKey = new Map(result.outputFiles.map((file) => [key(file.path), file.contents]));
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint !== undefined);
  const initial = new Set();
  const all = new Set();
  const visit = (file, seen, staticOnly) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of outputs[file].imports) {
      if (imported.external) continue;
      if (staticOnly && imported.kind !== 'import-statement') continue;
      visit(imported.path, seen, staticOnly);
    }
  };
  visit(entry, initial, true);
  visit(entry, all, false);
  const files = (set) => [...set].filter((file) => file.endsWith('.js')).map((file) => byKey.get(file));
  return { initial: files(initial), onDemand: files(all).filter((code) => !files(initial).includes(code)) };
}

const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const sum = (files, size) => files.reduce((total, code) => total + size(code), 0);

/**
 * Sizes of one entry: `min`, `gzip`, `brotli` of what the page loads at once, and `totalMin`,
 * `totalBrotli` with the on-demand parts added (equal when nothing loads on demand).
 */
export async function measure(entry) {
  const { initial, onDemand } = await split(entry.source);
  const every = [...initial, ...onDemand];
  return {
    id: entry.id,
    name: entry.name,
    min: sum(initial, (code) => code.length),
    gzip: sum(initial, gzip),
    brotli: sum(initial, brotli),
    totalMin: sum(every, (code) => code.length),
    totalBrotli: sum(every, brotli),
    files: { initial: initial.length, onDemand: onDemand.length },
  };
}

/** Sizes of every entry that exists in this tree. */
export async function measureEntries() {
  const present = ENTRIES.filter((entry) => existsSync(new URL(entry.needs, `file://${root}`)));
  return Promise.all(present.map(measure));
}
