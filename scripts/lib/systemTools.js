// The programs outside npm that the tests run, with the Debian package of each: the one list that
// `npm test` checks first (scripts/system-tools.js), installs from when it can (root with apt) and
// names in the one command to run when it cannot. test/tooling/systemTools.test.ts fails when a
// test, script or bench runs a program that is not listed here.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/** Debian's python3, which has python3-openpyxl (a pyenv python first on PATH may not). */
const SYSTEM_PYTHON = '/usr/bin/python3';
/** Where Chromium is looked for when CHROMIUM_PATH is not set: Debian's, then Ubuntu's names. */
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** An executable file of that name on PATH (or that absolute path), else null. */
function onPath(command, env = process.env) {
  const candidates = path.isAbsolute(command)
    ? [command]
    : (env.PATH || '')
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, command));
  for (const file of candidates) {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not there
    }
  }
  return null;
}

/** The Chromium the browser tests drive: CHROMIUM_PATH when set (even if wrong), else the first found. */
function chromiumPath(env = process.env) {
  if (env.CHROMIUM_PATH) return onPath(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CHROMIUM_CANDIDATES.find((file) => onPath(file)) ?? null;
}

function succeeds(command, args) {
  const run = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  return run.status === 0;
}

/** A font that covers Chinese, as fontconfig (which LibreOffice uses) sees it. */
function hasCjkFont() {
  if (!onPath('fc-list')) return false;
  const run = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 30_000 });
  return run.status === 0 && run.stdout.trim() !== '';
}

/**
 * Each tool: what it is, the Debian packages that bring it, the programs the tests run from it
 * (`executables`, what the sync test looks for), what uses it, and how to tell it is there.
 */
const TOOLS = [
  {
    name: 'Chromium',
    packages: ['chromium'],
    executables: ['chromium'],
    usedBy: 'the browser smoke, end-to-end and test-pane runs and the pane bench (driven by playwright-core)',
    present: () => chromiumPath() !== null,
    note: () =>
      process.env.CHROMIUM_PATH
        ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file`
        : `looked for ${CHROMIUM_CANDIDATES.join(', ')}; CHROMIUM_PATH names another`,
  },
  {
    name: 'xmllint',
    packages: ['libxml2-utils'],
    executables: ['xmllint'],
    usedBy: 'offline validation of the manifests against the Office XSDs',
    present: () => onPath('xmllint') !== null,
  },
  {
    name: 'LibreOffice Calc',
    packages: ['libreoffice-calc'],
    executables: ['soffice'],
    usedBy: 'recalculating the generated workbooks and printing them to PDF',
    present: () => onPath('soffice') !== null,
  },
  {
    name: 'CJK fonts',
    packages: ['fonts-noto-cjk', 'fontconfig'],
    executables: ['fc-list'],
    usedBy: 'the Chinese text of those PDFs',
    present: hasCjkFont,
  },
  {
    name: 'poppler',
    packages: ['poppler-utils'],
    executables: ['pdfinfo', 'pdftoppm', 'pdftotext'],
    usedBy: 'page counts, page sizes, page text and page images of the PDFs',
    present: () => ['pdfinfo', 'pdftoppm', 'pdftotext'].every((command) => onPath(command) !== null),
  },
  {
    name: `openpyxl for ${SYSTEM_PYTHON}`,
    packages: ['python3-openpyxl'],
    executables: [SYSTEM_PYTHON],
    usedBy: 'workbooks written by another program (openpyxl, then LibreOffice) for the file tests',
    present: () => onPath(SYSTEM_PYTHON) !== null && succeeds(SYSTEM_PYTHON, ['-c', 'import openpyxl']),
  },
  {
    name: `Pillow for ${SYSTEM_PYTHON}`,
    packages: ['python3-pil'],
    executables: [SYSTEM_PYTHON],
    usedBy: 'the picture in the openpyxl workbook of the file-mode corpus (openpyxl needs Pillow for images)',
    present: () => onPath(SYSTEM_PYTHON) !== null && succeeds(SYSTEM_PYTHON, ['-c', 'import PIL']),
  },
];

/** ID and ID_LIKE of /etc/os-release, lower case ('' when there is none). */
function osIds(osRelease) {
  const field = (name) => new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm').exec(osRelease)?.[1] ?? '';
  return `${field('ID')} ${field('ID_LIKE')}`.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Ubuntu has no chromium deb: its chromium-browser package installs the snap. */
function packagesFor(tools, ids) {
  const ubuntu = ids.includes('ubuntu');
  return [
    ...new Set(
      tools.flatMap((tool) =>
        tool.packages.map((p) => (p === 'chromium' && ubuntu ? 'chromium-browser' : p)),
      ),
    ),
  ];
}

/**
 * What to do about the missing tools: nothing; install them (root, with apt); or stop with the
 * one command to run (apt but not root), or with the list of what to install (no apt: another
 * system, where the packages have other names).
 */
function plan({ missing, isRoot, hasApt, osRelease = '' }) {
  if (missing.length === 0) return { action: 'none' };
  const packages = packagesFor(missing, osIds(osRelease));
  if (hasApt && isRoot) return { action: 'install', packages };
  if (hasApt) {
    return {
      action: 'stop',
      command: `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    };
  }
  return { action: 'stop', command: null, packages };
}

module.exports = {
  SYSTEM_PYTHON,
  CHROMIUM_CANDIDATES,
  TOOLS,
  onPath,
  chromiumPath,
  hasCjkFont,
  osIds,
  packagesFor,
  plan,
};
