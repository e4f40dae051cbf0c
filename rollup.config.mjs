import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Library build: minified ESM with Lit kept external (apps dedupe it), shared code split into
 * chunks so `auth-elements/core` and the per-element entries never load each other's code.
 */
export default {
  input: {
    index: 'src/index.ts',
    core: 'src/core/index.ts',
    'providers/better-auth': 'src/providers/better-auth.ts',
  },
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  external: [/^lit(\/|$)/, /^@lit\//],
  plugins: [
    resolve(),
    typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declarationDir: 'dist/types' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
