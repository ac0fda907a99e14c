// What the production dependencies (direct and transitive: every package-lock.json entry npm does
// not mark dev) may be: under a licence of the allow-list, not deprecated, and no telemetry or
// error-reporting client. test/tooling/dependencies.test.ts applies it to the lock and
// node_modules without the network; docs/dependencies.md explains each decision below.
//
// Where the facts come from:
//   licence     the lock's `license` (npm copies it from each package.json when it resolves the
//               package), else the installed package.json (`license`, or the old `licenses` list).
//   deprecated  the lock's `deprecated` (npm records the registry's notice when it resolves the
//               package), and docs/dependencies.json: notices the lock does not carry, each with
//               its source. The registry these machines reach leaves every notice out (it shows
//               none even for request@2.88.2), so those are recorded from upstream by hand;
//               `npm run deps:refresh` (scripts/dependency-metadata.js) adds the registry's own
//               where the registry carries them.

/** SPDX identifiers a production dependency may carry (permissive licences only). */
const ALLOWED_LICENCES = [
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'Unlicense',
  'Zlib',
];

/** Licence strings that are not SPDX but say an allowed licence: the SPDX identifier they mean. */
const LICENCE_ALIASES = {
  // chainsaw@0.1.0 (exceljs → unzipper → binary): "MIT/X11" is the MIT licence under its old name.
  'MIT/X11': 'MIT',
};

/**
 * Production packages whose licence is not allowed or not declared, accepted on purpose, with why.
 * An entry whose package has left the tree, or now declares an allowed licence, fails the test.
 */
const ACCEPTED_LICENCES = {
  'buffers@0.1.1':
    'declares no licence (neither package.json nor its files). exceljs 4.4.0 → unzipper 0.10.14 → binary → buffers: ' +
    'code of ExcelJS’s streaming reader, which the project never calls and which is not in the browser bundle; ' +
    'it goes when exceljs moves to unzipper 0.12.',
};

/**
 * Deprecated production packages accepted on purpose, with why. All come with exceljs 4.4.0, the
 * latest release (no newer one has come since 2023), through code the project never runs: the
 * streaming reader (unzipper) and writer (archiver) and the CSV reader/writer (fast-csv). A test
 * checks that src/ uses none of the three. An entry whose package has left the tree, or is no
 * longer deprecated, fails the test.
 */
const ACCEPTED_DEPRECATIONS = {
  'fstream@1.0.12': 'exceljs → unzipper 0.10.14 → fstream: ExcelJS’s streaming reader only.',
  'rimraf@2.7.1': 'exceljs → unzipper → fstream → rimraf 2: ExcelJS’s streaming reader only.',
  'glob@7.2.3':
    'exceljs → archiver 5 → archiver-utils → glob 7 (and fstream → rimraf → glob): ExcelJS’s streaming writer and reader only.',
  'inflight@1.0.6': 'glob 7 → inflight: as glob@7.2.3.',
  'lodash.isequal@4.5.0':
    'exceljs → fast-csv 4 → @fast-csv/format → lodash.isequal: ExcelJS’s CSV reader/writer only.',
};

/**
 * Clients of telemetry and error-reporting services: none may be a production dependency (the
 * add-in sends nothing anywhere). Names, or scopes ending in '/'.
 */
const TELEMETRY_PACKAGES = [
  '@sentry/',
  '@bugsnag/',
  '@datadog/',
  '@microsoft/applicationinsights-',
  'applicationinsights',
  '@amplitude/',
  'amplitude-js',
  'mixpanel',
  'mixpanel-browser',
  'posthog-js',
  'logrocket',
  'rollbar',
  'raygun4js',
  'trackjs',
  '@honeybadger-io/',
  'newrelic',
  '@newrelic/',
  '@opentelemetry/',
  'react-ga',
  'react-ga4',
  'analytics',
  '@segment/',
  '@vercel/analytics',
  'web-vitals',
];

/** The package name a lock path names: the last node_modules/ segment (scoped names kept whole). */
function nameOfPath(lockPath) {
  const at = lockPath.lastIndexOf('node_modules/');
  return at === -1 ? lockPath : lockPath.slice(at + 'node_modules/'.length);
}

/**
 * Every production package of a lockfile (v2 or v3): { path, name, version, license, deprecated },
 * one per installed copy. Links and the root project are left out.
 */
function productionPackages(lock) {
  const packages = lock.packages || {};
  return Object.entries(packages)
    .filter(([lockPath, entry]) => lockPath !== '' && !entry.dev && !entry.link)
    .map(([lockPath, entry]) => ({
      path: lockPath,
      name: entry.name || nameOfPath(lockPath),
      version: entry.version,
      license: entry.license,
      deprecated: entry.deprecated,
    }));
}

/** The licence an installed package.json declares (`license`, or the old `licenses` list). */
function licenceOfManifest(manifest) {
  if (!manifest) return undefined;
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license && typeof manifest.license.type === 'string') return manifest.license.type;
  if (Array.isArray(manifest.licenses) && manifest.licenses.length > 0) {
    const types = manifest.licenses.map((l) => (typeof l === 'string' ? l : l && l.type)).filter(Boolean);
    if (types.length > 0) return types.length === 1 ? types[0] : `(${types.join(' OR ')})`;
  }
  return undefined;
}

/**
 * Whether an SPDX licence expression is satisfied by the allow-list: `A OR B` needs one side,
 * `A AND B` both, `A WITH exception` is A; parentheses group. Unknown words are not allowed.
 */
function licenceAllowed(expression, allowed = ALLOWED_LICENCES) {
  const text = LICENCE_ALIASES[expression.trim()] ?? expression;
  const tokens = text.match(/\(|\)|[^\s()]+/g) || [];
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  function primary() {
    const token = next();
    if (token === '(') {
      const value = orExpression();
      if (next() !== ')') throw new Error('unbalanced parentheses');
      return value;
    }
    if (token === undefined || token === ')' || /^(AND|OR|WITH)$/i.test(token))
      throw new Error(`unexpected ${token ?? 'end'}`);
    let id = token.replace(/\+$/, '');
    if (LICENCE_ALIASES[id]) id = LICENCE_ALIASES[id];
    if (peek() && peek().toUpperCase() === 'WITH') {
      next();
      next();
    }
    return allowed.includes(id);
  }
  function andExpression() {
    let value = primary();
    while (peek() && peek().toUpperCase() === 'AND') {
      next();
      value = primary() && value;
    }
    return value;
  }
  function orExpression() {
    let value = andExpression();
    while (peek() && peek().toUpperCase() === 'OR') {
      next();
      value = andExpression() || value;
    }
    return value;
  }
  try {
    const value = orExpression();
    return at === tokens.length && value;
  } catch {
    return false;
  }
}

function isTelemetryPackage(name) {
  return TELEMETRY_PACKAGES.some((entry) =>
    entry.endsWith('/') || entry.endsWith('-') ? name.startsWith(entry) : name === entry,
  );
}

/**
 * The problems of a lock's production packages, one sentence each (none: the list is empty).
 * `manifestOf(path)` returns the installed package.json at that lock path (or undefined);
 * `deprecations` is docs/dependencies.json's `deprecated` map ("name@version" → { message, source }).
 */
function dependencyProblems({
  lock,
  manifestOf = () => undefined,
  deprecations = {},
  acceptedLicences = ACCEPTED_LICENCES,
  acceptedDeprecations = ACCEPTED_DEPRECATIONS,
}) {
  const problems = [];
  const packages = productionPackages(lock);
  const present = new Set(packages.map((p) => `${p.name}@${p.version}`));
  const seen = new Set();
  for (const pkg of packages) {
    const id = `${pkg.name}@${pkg.version}`;
    const licence = pkg.license ?? licenceOfManifest(manifestOf(pkg.path));
    const licenceOk = licence !== undefined && licenceAllowed(licence);
    if (!licenceOk && !acceptedLicences[id])
      problems.push(
        licence === undefined
          ? `${id} (${pkg.path}) declares no licence.`
          : `${id} (${pkg.path}) is under ${licence}, which is not on the allow-list.`,
      );
    if (licenceOk && acceptedLicences[id] && !seen.has(`licence:${id}`))
      problems.push(
        `${id} is accepted without an allowed licence, but is under ${licence}: remove it from ACCEPTED_LICENCES.`,
      );
    const deprecated = pkg.deprecated ?? deprecations[id]?.message;
    if (deprecated && !acceptedDeprecations[id])
      problems.push(`${id} (${pkg.path}) is deprecated: "${deprecated}"`);
    if (!deprecated && acceptedDeprecations[id] && !seen.has(`deprecated:${id}`))
      problems.push(
        `${id} is accepted as deprecated, but no notice says so: remove it from ACCEPTED_DEPRECATIONS.`,
      );
    if (isTelemetryPackage(pkg.name))
      problems.push(
        `${id} (${pkg.path}) is a telemetry or error-reporting client; the add-in sends nothing anywhere.`,
      );
    seen.add(`licence:${id}`);
    seen.add(`deprecated:${id}`);
  }
  for (const id of Object.keys(acceptedLicences))
    if (!present.has(id))
      problems.push(
        `${id} is accepted in ACCEPTED_LICENCES but is no production dependency any more: remove it.`,
      );
  for (const id of Object.keys(acceptedDeprecations))
    if (!present.has(id))
      problems.push(
        `${id} is accepted in ACCEPTED_DEPRECATIONS but is no production dependency any more: remove it.`,
      );
  for (const id of Object.keys(deprecations))
    if (!present.has(id))
      problems.push(
        `${id} is in docs/dependencies.json but is no production dependency any more: npm run deps:refresh.`,
      );
  return problems;
}

module.exports = {
  ALLOWED_LICENCES,
  LICENCE_ALIASES,
  ACCEPTED_LICENCES,
  ACCEPTED_DEPRECATIONS,
  TELEMETRY_PACKAGES,
  nameOfPath,
  productionPackages,
  licenceOfManifest,
  licenceAllowed,
  isTelemetryPackage,
  dependencyProblems,
};
