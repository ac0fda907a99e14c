// The programs outside npm that the tests run (scripts/lib/systemTools.js): the list npm test
// checks and installs from must name every program a test, script or bench runs, and the plan for
// a missing one is to install it (root with apt) or to stop with the one command to run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TOOLS, osIds, packagesFor, plan } from '../../scripts/lib/systemTools';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Programs a test might run that npm does not bring. A quoted name from this list in a test,
 * script or bench is taken as a program it runs.
 */
const KNOWN_PROGRAMS = [
  'soffice',
  'libreoffice',
  'localc',
  'unoconv',
  'pdfinfo',
  'pdftoppm',
  'pdftotext',
  'pdffonts',
  'pdfimages',
  'pdftocairo',
  'qpdf',
  'mutool',
  'gs',
  'xmllint',
  'xsltproc',
  'python3',
  '/usr/bin/python3',
  'python',
  'chromium',
  'chromium-browser',
  'google-chrome',
  'fc-list',
  'fc-match',
  'convert',
  'magick',
  'compare',
  'identify',
  'tesseract',
  'Xvfb',
  'xvfb-run',
  'zip',
  'unzip',
  'sqlite3',
];

/** Files of these folders that run programs: every .js and .ts under them. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'fixtures') out.push(...sourceFiles(full));
    } else if (/\.(js|ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Each known program named in quotes in these files, with the files that name it. */
function programsNamed(files: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const program of KNOWN_PROGRAMS) {
      const escaped = program.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      if (new RegExp(`['"\`]${escaped}['"\`]`).test(text)) {
        found.set(program, [...(found.get(program) ?? []), path.relative(ROOT, file)]);
      }
    }
  }
  return found;
}

describe('the list of system tools', () => {
  test('names the Debian packages the tests need, each once', () => {
    expect(TOOLS.flatMap((tool) => tool.packages)).toEqual([
      'chromium',
      'libxml2-utils',
      'libreoffice-calc',
      'fonts-noto-cjk',
      'fontconfig',
      'poppler-utils',
      'python3-openpyxl',
      'python3-pil',
    ]);
  });

  test('names every program that a test, script or bench runs', () => {
    // scripts/start.js and scripts/test-excel.js run Excel, reg and open on the developer's own
    // computer, never in npm test; the list itself and this file name packages and programs on purpose.
    const skipped = new Set([
      'scripts/start.js',
      'scripts/test-excel.js',
      'scripts/lib/systemTools.js',
      'scripts/system-tools.js',
      'test/tooling/systemTools.test.ts',
    ]);
    const files = ['test', 'scripts', 'bench']
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .filter((file) => !skipped.has(path.relative(ROOT, file)));
    const declared = new Set(TOOLS.flatMap((tool) => tool.executables));
    const named = programsNamed(files);
    const undeclared = [...named].filter(([program]) => !declared.has(program));
    expect(undeclared).toEqual([]);
    // The scan finds what the tests are known to run (a scan that finds nothing proves nothing).
    expect(named.get('soffice')).toContain('test/helpers/libreoffice.ts');
    expect(named.get('pdfinfo')).toContain('test/helpers/libreoffice.ts');
    expect(named.get('xmllint')).toContain('scripts/manifest-xmllint.js');
  });

  test('the scan sees a program a new test would run', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'party-day-tools-'));
    try {
      const file = path.join(dir, 'ocr.test.ts');
      fs.writeFileSync(file, "execFile('tesseract', [png, 'out']);\n");
      expect([...programsNamed([file]).keys()]).toEqual(['tesseract']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what npm test does about a missing tool', () => {
  const poppler = { packages: ['poppler-utils'] };
  const fonts = { packages: ['fonts-noto-cjk', 'fontconfig'] };
  const chromium = { packages: ['chromium'] };
  const debian = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
  const ubuntu = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';

  test('nothing when nothing is missing', () => {
    expect(plan({ missing: [], isRoot: false, hasApt: false })).toEqual({ action: 'none' });
  });

  test('installs as root with apt', () => {
    expect(plan({ missing: [poppler, fonts], isRoot: true, hasApt: true, osRelease: debian })).toEqual({
      action: 'install',
      packages: ['poppler-utils', 'fonts-noto-cjk', 'fontconfig'],
    });
  });

  test('stops with the one command to run when not root', () => {
    expect(plan({ missing: [chromium, poppler], isRoot: false, hasApt: true, osRelease: debian })).toEqual({
      action: 'stop',
      command: 'sudo apt-get update && sudo apt-get install -y chromium poppler-utils',
    });
  });

  test("on Ubuntu, Chromium is Ubuntu's chromium-browser package", () => {
    expect(osIds(ubuntu)).toEqual(['ubuntu', 'debian']);
    expect(packagesFor([chromium, poppler], osIds(ubuntu))).toEqual(['chromium-browser', 'poppler-utils']);
    expect(packagesFor([chromium], osIds(debian))).toEqual(['chromium']);
  });

  test('without apt, stops with the Debian names of what to install', () => {
    expect(plan({ missing: [fonts, fonts], isRoot: true, hasApt: false })).toEqual({
      action: 'stop',
      command: null,
      packages: ['fonts-noto-cjk', 'fontconfig'],
    });
  });
});
