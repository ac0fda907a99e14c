// ESLint flat config, run by `office-addin-lint check` (npm run lint), which picks up this file.
// The office-addins rules are those of office-addin-lint's own config, as errors; the layering rules
// keep domain/ and workbook/ free of Office.js, React, ExcelJS and Node built-ins.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import prettierRecommended from 'eslint-plugin-prettier/recommended';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Imports a pure layer may not make. */
const pureLayerBans = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'domain/ and workbook/ are pure: no Node built-ins.' })),
    { name: 'exceljs', message: 'domain/ and workbook/ are pure: ExcelJS belongs in src/file.' },
    { name: 'react', message: 'domain/ and workbook/ are pure: React belongs in src/taskpane.' },
    { name: 'react-dom', message: 'domain/ and workbook/ are pure: React belongs in src/taskpane.' },
    {
      name: '@microsoft/office-js',
      message: 'domain/ and workbook/ are pure: Office.js belongs in src/excel.',
    },
  ],
  patterns: [
    { group: ['react/*', 'react-dom/*', '@fluentui/*'], message: 'UI code belongs in src/taskpane.' },
    { group: ['exceljs/*'], message: 'ExcelJS belongs in src/file.' },
    {
      group: ['**/excel/*', '**/file/*', '**/app/*', '**/taskpane/*', '**/cli/*'],
      message: 'A pure layer may not import an outer layer.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'artifacts/**', 'src/taskpane/legacy/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierRecommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/workbook/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureLayerBans],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Office.js belongs in src/excel.' },
        { name: 'Excel', message: 'Office.js belongs in src/excel.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...pureLayerBans,
          patterns: [
            ...pureLayerBans.patterns,
            { group: ['**/workbook/*'], message: 'domain/ is the innermost layer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
