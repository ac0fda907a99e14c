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

/** Imports a port may not make: the other port, the UI, the command line, app/ beyond its port interface. */
function portBans(otherPort, otherPortDir) {
  return {
    patterns: [
      {
        group: [otherPort],
        message: `The ports are siblings: share through src/workbook, not ${otherPortDir}.`,
      },
      {
        group: ['**/taskpane/*', '**/cli/*'],
        message: 'A port knows nothing of the UI or the command line.',
      },
      {
        group: ['**/app/*', '!**/app/port'],
        message: 'A port implements app/port (the interface) and uses no action.',
      },
    ],
  };
}

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
    // The two ports are siblings: what they share (marks, addresses, formulas) lives in workbook/.
    // They implement app/'s port interface (app/port, types only) and know nothing of the UI.
    files: ['src/excel/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', portBans('**/file/*', 'src/file')],
    },
  },
  {
    files: ['src/file/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', portBans('**/excel/*', 'src/excel')],
    },
  },
  {
    // The actions are written once against the port interface, never against one port.
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/excel/*', '**/file/*', '**/taskpane/*', '**/cli/*'],
              message: 'src/app uses the WorkbookPort interface, not a port, and knows nothing of the UI.',
            },
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
