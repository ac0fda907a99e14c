// The production bundle carries nothing that only tests or tools need (scripts/lib/bundleGuard.js,
// run by the production build on webpack's module list): a module of a dev dependency, of the test
// pane or from outside src/ fails the build. The build itself runs in npm test (production build
// for the browser tests), where the plugin reads the real module list.
import { bundleProblems, classify, packagePathOf } from '../../scripts/lib/bundleGuard';
import type { Lock } from '../../scripts/lib/dependencyPolicy';

const lock: Lock = {
  packages: {
    '': { name: 'party-day-assistant' },
    'node_modules/react': { version: '19.3.1' },
    'node_modules/@fluentui/react-button': { version: '9.0.0' },
    'node_modules/exceljs': { version: '4.4.0' },
    'node_modules/jszip': { version: '3.10.2' },
    'node_modules/exceljs/node_modules/uuid': { version: '8.3.2' },
    'node_modules/fast-check': { version: '4.11.0', dev: true },
    'node_modules/@testing-library/react': { version: '16.3.3', dev: true },
  },
};

describe('packagePathOf', () => {
  test('the innermost installed package, scoped names whole', () => {
    expect(packagePathOf('node_modules/react/cjs/react.production.js')).toBe('node_modules/react');
    expect(packagePathOf('node_modules/@fluentui/react-button/lib/index.js')).toBe(
      'node_modules/@fluentui/react-button',
    );
    expect(packagePathOf('node_modules/exceljs/node_modules/uuid/dist/v4.js')).toBe(
      'node_modules/exceljs/node_modules/uuid',
    );
    expect(packagePathOf('src/taskpane/App.tsx')).toBeNull();
  });
});

describe('the production bundle', () => {
  test('passes with the add-in’s sources and production packages', () => {
    expect(
      bundleProblems(
        [
          'src/taskpane/index.tsx',
          'src/file/workbookFile.ts',
          'node_modules/react/index.js',
          'node_modules/@fluentui/react-button/lib/index.js',
          'node_modules/exceljs/dist/exceljs.min.js',
          'node_modules/exceljs/node_modules/uuid/dist/v4.js',
        ],
        lock,
      ),
    ).toEqual([]);
  });

  test('fails on a dev dependency, the test pane, the Excel fake, a script, an unknown package', () => {
    expect(
      bundleProblems(
        [
          'node_modules/fast-check/lib/fast-check.js',
          'node_modules/@testing-library/react/dist/index.js',
          'src/testpane/index.ts',
          'test/fakes/excel/index.ts',
          'scripts/lib/browser.js',
          'node_modules/left-pad/index.js',
        ],
        lock,
      ),
    ).toEqual([
      'node_modules/fast-check/lib/fast-check.js: fast-check is a dev dependency (test or tool code).',
      'node_modules/@testing-library/react/dist/index.js: @testing-library/react is a dev dependency (test or tool code).',
      'src/testpane/index.ts: the test pane of npm run test:excel is not part of the add-in.',
      'test/fakes/excel/index.ts: not add-in source (src/) nor a package.',
      'scripts/lib/browser.js: not add-in source (src/) nor a package.',
      'node_modules/left-pad/index.js: node_modules/left-pad is not in package-lock.json.',
    ]);
  });

  test('classify says where a module comes from', () => {
    expect(classify('node_modules/jszip/lib/index.js', lock)).toEqual({
      kind: 'package',
      lockPath: 'node_modules/jszip',
      name: 'jszip',
      dev: false,
    });
    expect(classify('src/version.ts', lock)).toEqual({ kind: 'source', testOnly: false });
  });
});
