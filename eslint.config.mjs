// ESLint flat config: typescript-eslint's recommended rules for the TypeScript sources and tests, ESLint's own
// recommended rules for the Node build, test-host and bench scripts. Type checking itself is `npm run typecheck`.
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Build output and local caches (see .gitignore).
    ignores: ['dist/**', 'out/**', '**/node_modules/**', '.vscode-test/**', '.bench/**', '.eval/**', 'screenshots/tmp/**'],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node, sourceType: 'module' },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
