import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, rmSync } from 'node:fs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

// One entry per element folder (`auth-elements/login` → src/components/auth-login/auth-login.ts)
// and per locale (`auth-elements/locales/fr`), so apps can load only what a page uses.
const elements = Object.fromEntries(
  readdirSync('src/components').map((dir) => [`components/${dir.replace(/^auth-/, '')}`, `src/components/${dir}/${dir}.ts`]),
);
const locales = Object.fromEntries(
  readdirSync('src/locales').map((file) => [`locales/${file.replace(/\.ts$/, '')}`, `src/locales/${file}`]),
);

/**
 * Library build: minified ESM with Lit kept external (apps dedupe it), shared code split into
 * chunks so `auth-elements/core` and the per-element entries never load each other's code.
 */
export default {
  input: {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    'providers/better-auth': 'src/providers/better-auth.ts',
    'providers/oidc': 'src/providers/oidc.ts',
    'frameworks/vue': 'src/frameworks/vue.ts',
    ...elements,
    ...locales,
  },
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  // vue: optional peer of auth-elements/vue only; oauth4webapi: a dependency of auth-elements/providers/oidc,
  // lean-qr: a dependency of <auth-two-factor-setup> (imported on demand) — both deduped by the app's bundler
  external: [/^lit(\/|$)/, /^@lit\//, /^vue$/, /^oauth4webapi$/, /^lean-qr(\/|$)/],
  plugins: [
    // Chunk names carry a content hash: without a clean `dist/`, every earlier build's chunks
    // would ship in the package too.
    { name: 'clean-dist', buildStart: () => rmSync('dist', { recursive: true, force: true }) },
    resolve(),
    // css`` and html`` templates minified (terser leaves template literals as written).
    minifyTemplatesPlugin(),
    typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declarationDir: 'dist/types' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
