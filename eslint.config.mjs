// ESLint flat config: typescript-eslint's recommended rules for the TypeScript sources and tests, ESLint's own
// recommended rules for the Node build, test-host and bench scripts, one code style for all of them
// (@stylistic, fixed by `npm run format`), and the layer rules of CONTRIBUTING.md. Type checking itself is
// `npm run typecheck`; import cycles are checked by madge in `npm run lint`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Node's built-in modules under both spellings ('fs', 'node:fs'): the engine and the pure layers run in a browser.
const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** A `no-restricted-imports` rule: these module names and these relative-path patterns are out of bounds. */
function layerRule(layer, { node, vscode, folders }) {
  const paths = [
    ...(vscode ? [] : [{ name: 'vscode', message: `${layer} must not depend on VS Code: the editor layer (src/vscode) adapts it.` }]),
    ...(node ? [] : NODE_BUILTINS.map((name) => ({ name, message: `${layer} runs in a browser too: no Node built-ins.` }))),
  ];
  const patterns = folders.map((folder) => ({
    // Relative paths only: the bare module name 'vscode' is the rule above, not a folder.
    regex: `^\\.{1,2}/(.*/)?${folder}(/|$)`,
    message: `${layer} must not import from src/${folder} (see the layers in CONTRIBUTING.md).`,
  }));
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

/** The layers, innermost first: each may import only from the ones before it. */
export const LAYERS = [
  { files: ['src/engine/**/*.ts'], layer: 'The engine', node: false, vscode: false, folders: ['corrections', 'formats', 'presentation', 'worker', 'vscode', 'cli'] },
  { files: ['src/corrections/**/*.ts'], layer: 'The corrections', node: false, vscode: false, folders: ['formats', 'presentation', 'worker', 'vscode', 'cli'] },
  { files: ['src/formats/**/*.ts'], layer: 'The formats', node: false, vscode: false, folders: ['presentation', 'worker', 'vscode', 'cli'] },
  { files: ['src/presentation/**/*.ts'], layer: 'The view models', node: false, vscode: false, folders: ['worker', 'vscode', 'cli'] },
  { files: ['src/worker/**/*.ts'], layer: 'The worker', node: true, vscode: false, folders: ['presentation', 'vscode', 'cli'] },
  { files: ['src/webview/**/*.ts'], layer: 'The webview scripts', node: false, vscode: false, folders: ['worker', 'vscode', 'cli'] },
  { files: ['src/cli/**/*.ts'], layer: 'The CLI', node: true, vscode: false, folders: ['presentation', 'vscode'] },
];

export default defineConfig(
  {
    // Build output, local caches (see .gitignore) and generated data (see .gitattributes).
    ignores: [
      'dist/**', 'out/**', '**/node_modules/**', '.vscode-test/**', '.bench/**', '.eval/**', 'screenshots/tmp/**',
      'src/engine/entities/model/weights.ts',
      'src/engine/entities/model/lexicon.ts',
      'src/engine/entities/model/vocabulary.ts',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'eqeqeq': ['error', 'smart'],
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
  {
    files: ['**/*.ts', '**/*.mjs'],
    extends: [
      stylistic.configs.customize({ indent: 2, quotes: 'single', semi: true, braceStyle: '1tbs', arrowParens: true, commaDangle: 'always-multiline' }),
    ],
  },
  ...LAYERS.map(({ files, layer, ...bounds }) => ({ files, rules: layerRule(layer, bounds) })),
);
