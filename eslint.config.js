// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

/** Forbid imports that would break the layering in shared/docs/architecture.md. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const noDexie = { group: ['dexie', 'dexie-*'], message: 'IndexedDB is reached only through src/data/.' };
const noRecharts = { group: ['recharts'], message: 'Recharts is wrapped in src/ui/charts/.' };
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'The renderer reaches Electron only through src/platform/.',
};
const noReact = {
  group: ['react', 'react-dom', 'react/*', '@mantine/*'],
  message: 'domain/ is pure TypeScript.',
};
const noFeatureInternals = {
  group: ['**/features/*/*', '!**/features/*/index'],
  message: 'Import another feature only through its index.ts.',
};
const noUpwards = (...folders) => ({
  group: folders.map((f) => `**/${f}/**`),
  message: `This folder may not import from ${folders.join(', ')}.`,
});

module.exports = tseslint.config(
  { ignores: ['out/', 'node_modules/', 'reports/', 'test-results/', 'playwright-report/', '.tools/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '.ci/*.mjs'] } },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // `const { dropped, ...kept } = row` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only matters to the React Compiler, which this project does not use.
      'react-hooks/incompatible-library': 'off',
    },
  },
  { files: ['src/app/**'], rules: restrict([noDexie, noRecharts, noElectron, noUpwards('data')]) },
  { files: ['src/features/**'], rules: restrict([noDexie, noRecharts, noElectron, noFeatureInternals]) },
  {
    files: ['src/domain/**'],
    rules: restrict([
      noDexie,
      noRecharts,
      noElectron,
      noReact,
      noUpwards('data', 'ui', 'features', 'app', 'platform', 'i18n'),
    ]),
  },
  {
    files: ['src/data/**'],
    rules: restrict([noRecharts, noElectron, noUpwards('ui', 'features', 'app', 'platform')]),
  },
  {
    files: ['src/ui/**'],
    ignores: ['src/ui/charts/**'],
    rules: restrict([noDexie, noRecharts, noElectron, noUpwards('data', 'features', 'app', 'platform')]),
  },
  {
    files: ['src/ui/charts/**'],
    rules: restrict([noDexie, noElectron, noUpwards('data', 'features', 'app', 'platform')]),
  },
  {
    files: ['src/platform/**'],
    rules: restrict([noDexie, noRecharts, noElectron, noUpwards('data', 'ui', 'features', 'app', 'domain')]),
  },
  {
    files: ['src/shared/**'],
    rules: restrict([
      noDexie,
      noRecharts,
      noElectron,
      noReact,
      noUpwards('data', 'ui', 'features', 'app', 'platform', 'domain', 'i18n'),
    ]),
  },
  {
    files: ['electron/preload/**'],
    rules: restrict([noUpwards('main', 'app', 'features', 'data', 'ui', 'platform', 'domain')]),
  },
  {
    files: ['electron/main/**'],
    rules: restrict([noUpwards('preload', 'app', 'features', 'data', 'ui', 'platform')]),
  },
  { files: ['e2e/**'], rules: restrict([noUpwards('app', 'features', 'data', 'ui', 'platform', 'domain')]) },
);
