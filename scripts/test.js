#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
// The jest suite runs twice, under a UTC+8 and a UTC-8/-7 time zone, because calendar dates must
// never depend on the machine's zone. The browser tests share one production build, made into a
// temporary folder (or BROWSER_TEST_DIST when given) and removed at the end.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const givenDist = process.env.BROWSER_TEST_DIST;
const tempDir = givenDist ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'party-day-test-'));
const dist = givenDist ? path.resolve(givenDist) : path.join(tempDir, 'dist');
if (tempDir) process.on('exit', () => fs.rmSync(tempDir, { recursive: true, force: true }));

const steps = [
  // First, so that a machine without LibreOffice or Chromium stops at once with the command to
  // run (or, as root with apt, installs them) instead of failing tests one by one much later.
  ['system tools', 'node', ['scripts/system-tools.js']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['jest (TZ=Asia/Shanghai)', 'npx', ['jest', '--ci'], { TZ: 'Asia/Shanghai' }],
  ['jest (TZ=America/Los_Angeles)', 'npx', ['jest', '--ci'], { TZ: 'America/Los_Angeles' }],
  ['manifest validation', 'node', ['scripts/validate-manifest.js']],
  ...(givenDist ? [] : [['production build for the browser tests', 'node', ['scripts/lib/build.js', dist]]]),
  ['browser smoke test', 'node', ['scripts/smoke.js'], { BROWSER_TEST_DIST: dist }],
  ['browser end-to-end test', 'node', ['scripts/e2e.js'], { BROWSER_TEST_DIST: dist }],
  // The test pane of `npm run test:excel`, run on the strict fake; it also checks that the
  // production build holds no part of the fake.
  ['Excel run on the fake (Chromium)', 'node', ['scripts/testpane-fake.js'], { BROWSER_TEST_DIST: dist }],
];

for (const [name, cmd, args, env] of steps) {
  console.log(`\n=== npm test: ${name} ===`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\nnpm test: step "${name}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`=== ${name}: ok (${((Date.now() - started) / 1000).toFixed(1)} s) ===`);
}
console.log('\nnpm test: all steps passed.');
