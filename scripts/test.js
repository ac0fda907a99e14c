#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
// The jest suite runs twice, under a UTC+8 and a UTC-8/-7 time zone, because calendar dates must
// never depend on the machine's zone.
const { spawnSync } = require('node:child_process');

const steps = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['jest (TZ=Asia/Shanghai)', 'npx', ['jest', '--ci'], { TZ: 'Asia/Shanghai' }],
  ['jest (TZ=America/Los_Angeles)', 'npx', ['jest', '--ci'], { TZ: 'America/Los_Angeles' }],
  ['manifest validation', 'node', ['scripts/validate-manifest.js']],
  ['browser smoke test', 'node', ['scripts/smoke.js']],
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
