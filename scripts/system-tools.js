#!/usr/bin/env node
// The first step of `npm test`: are the programs the tests run outside npm there (scripts/lib/
// systemTools.js lists them with their Debian packages)? Missing ones are installed with apt when
// this runs as root on Debian or Ubuntu (CI, a fresh container); otherwise it stops at once with
// the one command to run, rather than letting the tests fail one by one much later.
//
//   node scripts/system-tools.js           check, and install as root with apt
//   node scripts/system-tools.js --check   check only: exit 1 with the command when one is missing
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const { TOOLS, onPath, plan } = require('./lib/systemTools');

function missingTools() {
  return TOOLS.filter((tool) => !tool.present());
}

function describe(tools) {
  return tools
    .map(
      (tool) =>
        `  ${tool.name} (${tool.packages.join(', ')}): ${tool.usedBy}${tool.note ? ` (${tool.note()})` : ''}`,
    )
    .join('\n');
}

function apt(args) {
  const run = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return run.status === 0;
}

function main() {
  const checkOnly = process.argv.includes('--check');
  const missing = missingTools();
  if (missing.length === 0) {
    console.log(`system tools: ${TOOLS.map((tool) => tool.name).join(', ')} are there.`);
    return 0;
  }
  let osRelease = '';
  try {
    osRelease = fs.readFileSync('/etc/os-release', 'utf8');
  } catch {
    // not Linux, or a system without it
  }
  const decision = plan({
    missing,
    isRoot: !checkOnly && typeof process.getuid === 'function' && process.getuid() === 0,
    hasApt: process.platform === 'linux' && onPath('apt-get') !== null,
    osRelease,
  });
  console.error(`system tools: the tests need programs that are not installed:\n${describe(missing)}`);
  if (decision.action === 'install') {
    console.error(
      `system tools: installing ${decision.packages.join(' ')} with apt-get (running as root) ...`,
    );
    const options = ['-y', '-qq', '-o', 'DPkg::Lock::Timeout=600'];
    if (!apt(['update', '-qq']) || !apt(['install', ...options, ...decision.packages])) {
      console.error('system tools: apt-get failed (see above).');
      return 1;
    }
    const still = missingTools();
    if (still.length > 0) {
      console.error(`system tools: still missing after the installation:\n${describe(still)}`);
      return 1;
    }
    console.log(`system tools: installed ${decision.packages.join(' ')}.`);
    return 0;
  }
  if (decision.command) {
    console.error(`\nRun this, then npm test again:\n\n  ${decision.command}\n`);
  } else {
    console.error(
      `\nThis system has no apt-get. Install the programs above (Debian packages: ${decision.packages.join(' ')}), ` +
        'or run the tests on Debian or Ubuntu (a container or WSL will do).',
    );
  }
  return 1;
}

process.exit(main());
