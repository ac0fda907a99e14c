#!/usr/bin/env node
// `npm run audit` (in .ci/run after npm test): `npm audit --omit=dev` on the production
// dependencies. When the advisory service answers, its report is printed and a vulnerability of
// high or critical severity fails the run; when it cannot be reached (these machines' registry
// answers the request with 405), that is said and the run passes. See scripts/lib/audit.js.
//
//   node scripts/audit.js [--registry URL]   (extra arguments go to npm audit)
const { spawnSync } = require('node:child_process');
const { auditOutcome } = require('./lib/audit');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--json', ...process.argv.slice(2)], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  timeout: 5 * 60 * 1000,
  shell: process.platform === 'win32',
});
if (run.error) {
  console.log(`npm audit: could not run npm (${run.error.message}); not checked this time.`);
  process.exit(0);
}
const outcome = auditOutcome(run.stdout, run.stderr);
for (const line of outcome.lines) console.log(line);
process.exit(outcome.failed ? 1 : 0);
