// ESLint (flat config): typescript-eslint for the TypeScript, eslint-plugin-lit / -wc / -lit-a11y
// for the elements, plain recommended rules for the Node scripts and the demo server.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', '.readme-check/', '.scratch/', 'node_modules/', '**/node_modules/', 'demo/vue/', 'demo/angular/', '.data/', 'screenshots/', 'bench/report.json'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      // Provider methods are typed loosely on purpose (real providers return anything).
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Code that runs in a page (playwright's page.evaluate / addInitScript bodies) beside Node code.
    files: ['test/**/*.mjs', 'bench/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The kit's own code and its adapters throw and reject with Errors only.
    rules: {
      'no-throw-literal': 'error',
      'prefer-promise-reject-errors': 'error',
    },
  },
  {
    // Tests and the demo's tutorial providers stand in for the providers people really write:
    // refine v3 rejects with `{ name, message }` or a path, react-admin with `{ redirectTo }`,
    // and the kit must take anything. Rejecting with non-Errors is the point there.
    files: ['**/*.test.ts', '**/*.test.mjs', 'src/test-utils/**', 'test/**', 'demo/*-provider.ts'],
    rules: {
      'no-throw-literal': 'off',
      'prefer-promise-reject-errors': 'off',
      // Tests look for control characters on purpose (log escaping).
      'no-control-regex': 'off',
    },
  },
);
