// The production dependencies, direct and transitive (scripts/lib/dependencyPolicy.js): each under
// a licence of the allow-list, none deprecated, no telemetry client — read from package-lock.json,
// node_modules and docs/dependencies.json, without the network. The exceptions are named, with
// why, and the reason they rest on (the code that pulls them in is never called) is checked here.
import fs from 'node:fs';
import path from 'node:path';
import {
  ACCEPTED_DEPRECATIONS,
  dependencyProblems,
  isTelemetryPackage,
  licenceAllowed,
  licenceOfManifest,
  productionPackages,
  type Deprecation,
  type Lock,
} from '../../scripts/lib/dependencyPolicy';

const ROOT = path.resolve(__dirname, '..', '..');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lock;
const recorded = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'dependencies.json'), 'utf8')) as {
  deprecated: Record<string, Deprecation>;
};

function installedManifest(lockPath: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, lockPath, 'package.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

describe("this project's production dependencies", () => {
  test('are all allowed: licences, no deprecation beyond the accepted ones, no telemetry', () => {
    expect(
      dependencyProblems({ lock, manifestOf: installedManifest, deprecations: recorded.deprecated }),
    ).toEqual([]);
  });

  test('are read from the lock: the direct ones and their dependencies, not the dev tools', () => {
    const names = new Set(productionPackages(lock).map((p) => p.name));
    for (const name of [
      'exceljs',
      'react',
      'react-dom',
      '@fluentui/react-components',
      'jszip',
      'unzipper',
      'fstream',
    ])
      expect(names).toContain(name);
    for (const name of ['jest', 'webpack', 'typescript', 'office-addin-lint', '@microsoft/office-js'])
      expect(names).not.toContain(name);
  });

  test('every recorded notice has its source', () => {
    for (const [id, notice] of Object.entries(recorded.deprecated)) {
      expect(`${id}: ${notice.message}`).toMatch(/^[^@]+@\d+\.\d+\.\d+: \S/);
      expect(notice.source).toMatch(/https:\/\/github\.com\//);
    }
  });

  test('the accepted deprecations come through ExcelJS code that src/ never calls', () => {
    // The streaming reader (unzipper → fstream, rimraf, glob, inflight), the streaming writer
    // (archiver → glob) and the CSV reader/writer (fast-csv → lodash.isequal).
    const calls =
      /\.stream\.xlsx|WorkbookReader|WorkbookWriter|\.csv\.(read|write|load|readFile|writeFile|writeBuffer)\b/;
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && calls.test(fs.readFileSync(full, 'utf8')))
          offenders.push(path.relative(ROOT, full));
      }
    };
    walk(path.join(ROOT, 'src'));
    expect(offenders).toEqual([]);
    expect(Object.keys(ACCEPTED_DEPRECATIONS).sort()).toEqual(Object.keys(recorded.deprecated).sort());
  });
});

describe('the policy', () => {
  const entry = (version: string, extra: Record<string, unknown> = {}) => ({
    version,
    license: 'MIT',
    ...extra,
  });

  test('licence expressions: OR needs one allowed side, AND both, WITH and + are the licence', () => {
    expect(licenceAllowed('MIT')).toBe(true);
    expect(licenceAllowed('(MIT OR GPL-3.0-or-later)')).toBe(true); // jszip
    expect(licenceAllowed('(MIT AND Zlib)')).toBe(true); // pako
    expect(licenceAllowed('MIT/X11')).toBe(true); // chainsaw's old name for MIT
    expect(licenceAllowed('Apache-2.0 WITH LLVM-exception')).toBe(true);
    expect(licenceAllowed('(MIT AND GPL-3.0-only)')).toBe(false);
    expect(licenceAllowed('GPL-3.0-or-later')).toBe(false);
    expect(licenceAllowed('AGPL-3.0')).toBe(false);
    expect(licenceAllowed('SEE LICENSE IN LICENSE.txt')).toBe(false);
    expect(licenceAllowed('UNLICENSED')).toBe(false);
    expect(licenceAllowed('(MIT OR')).toBe(false);
  });

  test('the licence of an installed package.json, old forms too', () => {
    expect(licenceOfManifest({ license: 'ISC' })).toBe('ISC');
    expect(licenceOfManifest({ license: { type: 'MIT', url: 'x' } })).toBe('MIT');
    expect(licenceOfManifest({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe(
      '(MIT OR Apache-2.0)',
    );
    expect(licenceOfManifest({ name: 'buffers' })).toBeUndefined();
  });

  test('names each problem: licence, none declared, deprecated in the lock or the record, telemetry', () => {
    const problems = dependencyProblems({
      lock: {
        packages: {
          '': { name: 'app' },
          'node_modules/left-pad': entry('1.3.0', { license: 'WTFPL' }),
          'node_modules/a/node_modules/quiet': { version: '0.1.0' },
          'node_modules/request': entry('2.88.2', { deprecated: 'request has been deprecated' }),
          'node_modules/fstream': entry('1.0.12', { license: 'ISC' }),
          'node_modules/@sentry/browser': entry('8.0.0'),
          'node_modules/jest': entry('30.0.0', { dev: true, license: 'GPL-3.0', deprecated: 'x' }),
        },
      },
      deprecations: { 'fstream@1.0.12': { message: 'This package is no longer supported.', source: 's' } },
      acceptedLicences: {},
      acceptedDeprecations: {},
    });
    expect(problems).toEqual([
      'left-pad@1.3.0 (node_modules/left-pad) is under WTFPL, which is not on the allow-list.',
      'quiet@0.1.0 (node_modules/a/node_modules/quiet) declares no licence.',
      'request@2.88.2 (node_modules/request) is deprecated: "request has been deprecated"',
      'fstream@1.0.12 (node_modules/fstream) is deprecated: "This package is no longer supported."',
      '@sentry/browser@8.0.0 (node_modules/@sentry/browser) is a telemetry or error-reporting client; the add-in sends nothing anywhere.',
    ]);
  });

  test('a licence read from node_modules when the lock has none', () => {
    const lockWithout = { packages: { 'node_modules/quiet': { version: '0.1.0' } } };
    const manifests: Record<string, unknown> = { 'node_modules/quiet': { license: 'BSD-3-Clause' } };
    expect(
      dependencyProblems({
        lock: lockWithout,
        manifestOf: (p) => manifests[p],
        acceptedLicences: {},
        acceptedDeprecations: {},
      }),
    ).toEqual([]);
  });

  test('an exception passes only while it is needed', () => {
    const base = {
      lock: {
        packages: {
          'node_modules/fstream': entry('1.0.12', { license: 'ISC' }),
          'node_modules/buffers': { version: '0.1.1' },
        },
      },
      deprecations: { 'fstream@1.0.12': { message: 'no longer supported', source: 's' } },
      acceptedDeprecations: { 'fstream@1.0.12': 'why' },
      acceptedLicences: { 'buffers@0.1.1': 'why' },
    };
    expect(dependencyProblems(base)).toEqual([]);
    // The package left the tree, or the notice went, or the licence came: the exception must go.
    expect(dependencyProblems({ ...base, lock: { packages: {} }, deprecations: {} })).toEqual([
      'buffers@0.1.1 is accepted in ACCEPTED_LICENCES but is no production dependency any more: remove it.',
      'fstream@1.0.12 is accepted in ACCEPTED_DEPRECATIONS but is no production dependency any more: remove it.',
    ]);
    expect(dependencyProblems({ ...base, deprecations: {} })).toEqual([
      'fstream@1.0.12 is accepted as deprecated, but no notice says so: remove it from ACCEPTED_DEPRECATIONS.',
    ]);
    expect(
      dependencyProblems({
        ...base,
        lock: { packages: { ...base.lock.packages, 'node_modules/buffers': entry('0.1.1') } },
      }),
    ).toEqual([
      'buffers@0.1.1 is accepted without an allowed licence, but is under MIT: remove it from ACCEPTED_LICENCES.',
    ]);
  });

  test('a recorded notice for a package no longer in the tree asks for a refresh', () => {
    expect(
      dependencyProblems({
        lock: { packages: {} },
        deprecations: { 'gone@1.0.0': { message: 'm', source: 's' } },
        acceptedLicences: {},
        acceptedDeprecations: {},
      }),
    ).toEqual([
      'gone@1.0.0 is in docs/dependencies.json but is no production dependency any more: npm run deps:refresh.',
    ]);
  });

  test('telemetry clients by name and by scope', () => {
    expect(isTelemetryPackage('@sentry/react')).toBe(true);
    expect(isTelemetryPackage('@microsoft/applicationinsights-web')).toBe(true);
    expect(isTelemetryPackage('posthog-js')).toBe(true);
    expect(isTelemetryPackage('react')).toBe(false);
    expect(isTelemetryPackage('@fluentui/react-components')).toBe(false);
  });
});
