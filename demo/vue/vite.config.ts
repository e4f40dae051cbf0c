import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const src = fileURLToPath(new URL('../../src', import.meta.url));

export default defineConfig({
  plugins: [
    vue({
      // Every <auth-*> tag is a custom element, not a Vue component.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('auth-') } },
    }),
  ],
  resolve: {
    // The kit straight from its source (an app installing the package needs none of this).
    alias: [
      { find: /^auth-elements\/vue$/, replacement: `${src}/frameworks/vue.ts` },
      { find: /^auth-elements$/, replacement: `${src}/index.ts` },
    ],
    // The kit's source imports `vue` (useAuth) and `lit`: one copy of each, this app's.
    dedupe: ['vue', 'lit', '@lit/context'],
  },
  build: { target: 'es2022' },
});
