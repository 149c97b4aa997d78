// ESLint as the Astro projects set it up: the JavaScript and typescript-eslint recommended
// rules, and eslint-plugin-astro's for .astro files. Formatting is Prettier's (npm run format).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.previous-*/',
      '.astro/',
      'node_modules/',
      'bench-out/',
      'test-results/',
      'playwright-report/',
      'public/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      // a leading underscore marks a parameter or a destructured part left out on purpose;
      // a catch that only needs to know that something failed may leave its error unnamed in use
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // TypeScript already reports unknown names, and knows Astro's global types (astroHTML),
    // as typescript-eslint advises for .ts files
    files: ['**/*.astro'],
    rules: { 'no-undef': 'off' },
  },
);
