// ESLint 9 flat config. `npm run lint` runs it; `npm test` runs lint first.
// Layering rules live in eslint/layering.js (and the README's Architecture section).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import kith from './eslint/layering.js';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/results*', 'public/**', 'server/**/data/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.worker },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { kith },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'kith/layering': 'error',
      // Local Maps/Sets built inside a $derived or a function are scratch values, not state.
      'svelte/prefer-svelte-reactivity': 'off',
      // A form that resets from props when they change is clearer as $state + $effect.
      'svelte/prefer-writable-derived': 'off',
      // {' · '} keeps spaces at the edge of a block that Svelte would otherwise trim.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig } },
  },
  { files: ['src/ui/**'], rules: { 'kith/no-table-writes': 'error' } },
  {
    files: ['**/*.js', 'eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
