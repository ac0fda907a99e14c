/**
 * Workbooks made by other programs, for the file-mode corpus tests (test/fixtures/SOURCES.md):
 * generated in the tests' setup by openpyxl (and that file re-saved by LibreOffice), or kept small
 * in test/fixtures/corpus with their source noted. Each names the roster it is set up with: a
 * sheet of its own, or test/fixtures/roster-basic.csv for files that have none.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FIXTURES = path.join(__dirname, '..', 'fixtures');
const CORPUS = path.join(FIXTURES, 'corpus');
/** Debian's python3, which has python3-openpyxl (the pyenv python first on PATH may not). */
const PYTHON = '/usr/bin/python3';

export interface CorpusEntry {
  /** How the test names it. */
  name: string;
  /** The program that wrote it. */
  writer: 'openpyxl' | 'LibreOffice' | 'Excel' | 'WPS' | 'ExcelJS';
  /** The file name the user opens (its extension matters: .xlsm stays .xlsm). */
  fileName: string;
  /** What the file holds that the add-in must keep, for the test's title. */
  holds: string;
  /** The sheet of the workbook the roster is imported from; null to import roster-basic.csv. */
  rosterSheet: string | null;
  /** Members due in the first branch at its first activity (worked out from the roster by hand). */
  firstBranchDue: number;
  bytes: () => Promise<Uint8Array>;
}

let openpyxl: Promise<Uint8Array> | null = null;
let libreOffice: Promise<Uint8Array> | null = null;

/** The openpyxl workbook, made once per test file. */
function openpyxlFile(): Promise<Uint8Array> {
  openpyxl ??= inTemporaryFolder(async (dir) => {
    const made = path.join(dir, 'openpyxl.xlsx');
    await run(PYTHON, [path.join(CORPUS, 'openpyxl_workbook.py'), made], { timeout: 60_000 });
    return new Uint8Array(await fs.readFile(made));
  });
  return openpyxl;
}

/** The openpyxl workbook re-saved by LibreOffice, made once per test file. */
function libreOfficeFile(): Promise<Uint8Array> {
  libreOffice ??= inTemporaryFolder(async (dir) => {
    const made = path.join(dir, 'openpyxl.xlsx');
    await fs.writeFile(made, await openpyxlFile());
    const out = path.join(dir, 'resaved');
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        out,
        made,
      ],
      { timeout: 120_000, env: { ...process.env, HOME: dir } },
    );
    return new Uint8Array(await fs.readFile(path.join(out, 'openpyxl.xlsx')));
  });
  return libreOffice;
}

async function inTemporaryFolder<T>(action: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-corpus-'));
  try {
    return await action(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

const kept = (file: string) => async () => new Uint8Array(await fs.readFile(path.join(CORPUS, file)));

export const CORPUS_FILES: readonly CorpusEntry[] = [
  {
    name: 'a workbook written by openpyxl',
    writer: 'openpyxl',
    fileName: '党建台账.xlsx',
    holds: 'a chart, a picture, comments, data validation, conditional formats, hyperlinks, a Ctrl+T table',
    rosterSheet: '花名册',
    firstBranchDue: 6,
    bytes: openpyxlFile,
  },
  {
    name: 'the openpyxl workbook re-saved by LibreOffice',
    writer: 'LibreOffice',
    fileName: '党建台账.xlsx',
    holds: 'a chart, a picture, comments, a table',
    rosterSheet: '花名册',
    firstBranchDue: 6,
    bytes: libreOfficeFile,
  },
  {
    name: 'a pivot table made in LibreOffice',
    writer: 'LibreOffice',
    fileName: '党费透视.xlsx',
    holds: 'a pivot table and its cache',
    rosterSheet: null,
    firstBranchDue: 15,
    bytes: kept('libreoffice-pivot.xlsx'),
  },
  {
    name: 'pivot tables made in Excel',
    writer: 'Excel',
    fileName: 'pivot.xlsx',
    holds: 'two pivot tables, a table and a data connection',
    rosterSheet: null,
    firstBranchDue: 15,
    bytes: kept('excel-pivot-table.xlsx'),
  },
  {
    name: 'threaded comments made in Excel',
    writer: 'Excel',
    fileName: 'comments.xlsx',
    holds: 'threaded comments, notes and their persons part',
    rosterSheet: null,
    firstBranchDue: 15,
    bytes: kept('excel-threaded-comments.xlsx'),
  },
  {
    name: 'sparklines made in Excel',
    writer: 'Excel',
    fileName: 'sparklines.xlsx',
    holds: 'sparkline groups on six sheets',
    rosterSheet: null,
    firstBranchDue: 15,
    bytes: kept('excel-sparklines.xlsx'),
  },
  {
    name: 'an .xlsm made in Excel (macros, a form control)',
    writer: 'Excel',
    fileName: '宏台账.xlsm',
    holds: 'a VBA project, a form control, a picture and printer settings',
    rosterSheet: null,
    firstBranchDue: 15,
    bytes: kept('excel-macros-controls.xlsm'),
  },
  {
    name: 'a workbook written by WPS Office',
    writer: 'WPS',
    fileName: 'wps.xlsx',
    holds: 'notes, internal hyperlinks, merged cells and WPS custom properties',
    rosterSheet: null,
    firstBranchDue: 15,
    bytes: kept('wps-comments-hyperlinks.xlsx'),
  },
  {
    name: 'the fixture (a unit’s own workbook, written by ExcelJS)',
    writer: 'ExcelJS',
    fileName: 'existing-workbook.xlsx',
    holds: 'a ledger with merged title and formulas, 党费 with a defined name, a 花名册',
    rosterSheet: '党员花名册',
    firstBranchDue: 15,
    bytes: async () => new Uint8Array(await fs.readFile(path.join(FIXTURES, 'existing-workbook.xlsx'))),
  },
];

export const ROSTER_CSV = path.join(FIXTURES, 'roster-basic.csv');
