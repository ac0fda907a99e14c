#!/usr/bin/env node
// `npm run deps:refresh`: brings docs/dependencies.json (the deprecation notices of production
// dependencies that package-lock.json does not carry) up to date, for the test that fails on a
// deprecated production dependency (test/tooling/dependencies.test.ts) to read without the network.
//
// It first asks the registry about a package deprecated for years (request@2.88.2). A registry
// that gives no notice for it carries none (the one these machines reach, for instance): then
// nothing else is asked and nothing is written, and notices are recorded by hand, with their
// source. Otherwise it asks `npm view <name>@<version> deprecated` for every production package,
// adds the notices found, and keeps the hand-recorded ones. With --offline it asks nothing and only
// drops the notices of packages that have left the tree.
//
//   node scripts/dependency-metadata.js [--offline]
const fs = require('node:fs');
const path = require('node:path');
const { execFile, spawnSync } = require('node:child_process');
const { productionPackages } = require('./lib/dependencyPolicy');

const ROOT = path.resolve(__dirname, '..');
const RECORD = path.join(ROOT, 'docs', 'dependencies.json');
const CANARY = 'request@2.88.2';
const CONCURRENCY = 4;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The registry's deprecation notice of name@version ('' when none), through npm view. */
function deprecationOf(id) {
  return new Promise((resolve, reject) => {
    execFile(
      npm,
      ['view', id, 'deprecated', '--json'],
      { encoding: 'utf8', timeout: 60_000 },
      (error, stdout) => {
        if (error) reject(new Error(`npm view ${id} failed: ${error.message}`));
        else resolve(stdout.trim() === '' ? '' : String(JSON.parse(stdout)));
      },
    );
  });
}

async function mapLimited(items, limit, action) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await action(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function registryUrl() {
  const run = spawnSync(npm, ['config', 'get', 'registry'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : 'the configured registry';
}

async function main() {
  const offline = process.argv.includes('--offline');
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const record = JSON.parse(fs.readFileSync(RECORD, 'utf8'));
  const ids = [...new Set(productionPackages(lock).map((p) => `${p.name}@${p.version}`))].sort();
  const inTree = new Set(ids);
  const kept = Object.fromEntries(Object.entries(record.deprecated).filter(([id]) => inTree.has(id)));
  const dropped = Object.keys(record.deprecated).filter((id) => !inTree.has(id));
  const today = new Date().toISOString().slice(0, 10);
  const registry = registryUrl();

  if (!offline) {
    const canary = await deprecationOf(CANARY);
    if (canary === '') {
      console.error(
        `deps:refresh: ${registry} gives no deprecation notice for ${CANARY} (deprecated upstream since 2020): ` +
          'it carries none, so nothing else was asked. Record notices by hand in docs/dependencies.json with ' +
          'their source, or run this where the registry carries them.',
      );
      if (dropped.length === 0) process.exit(2);
    } else {
      console.log(`deps:refresh: asking ${registry} about ${ids.length} production packages ...`);
      const notices = await mapLimited(ids, CONCURRENCY, deprecationOf);
      ids.forEach((id, index) => {
        if (notices[index])
          kept[id] = { message: notices[index], source: `npm view ${id} deprecated (${registry}, ${today})` };
      });
      record.refreshed = {
        date: today,
        registry,
        result: `asked about ${ids.length} production packages; ${notices.filter(Boolean).length} deprecated.`,
      };
    }
  }
  record.deprecated = Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
  fs.writeFileSync(RECORD, `${JSON.stringify(record, null, 2)}\n`);
  for (const id of dropped) console.log(`deps:refresh: dropped ${id} (no longer a production dependency).`);
  console.log(
    `deps:refresh: ${Object.keys(record.deprecated).length} notices in ${path.relative(ROOT, RECORD)}.`,
  );
}

main().catch((error) => {
  console.error(`deps:refresh: ${error.message}`);
  process.exit(1);
});
