/**
 * A workbook saved with the 1904 date system (old Excel for Mac; <workbookPr date1904="1"/>),
 * written by openpyxl (test/fixtures/corpus/openpyxl_1904.py): its serials count from 1904-01-01,
 * 1,462 less than the 1900 system's (2027-03-12 is 44996 there, 46458 in 1900). The file port
 * reads its dates as the dates they show and writes the add-in's dates as its serials, so the
 * roster, the due figures and LibreOffice's own computation all see the same days.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { generateWorkbook } from '../../src/app/generate';
import { previewSheetImport } from '../../src/app/importPreview';
import { computeSummaries } from '../../src/app/summaries';
import { parseIsoDate } from '../../src/domain/date';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids, readSheetGrid } from '../../src/file/readGrid';
import { openWorkbookBytes, workbookFileBytes } from '../../src/file/workbookFile';
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { DATE_ROW, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { readWorkbookState } from '../../src/workbook/state';
import { recalcToCsv } from '../helpers/libreoffice';
import { cellXml, readPart, sheetXml } from '../helpers/xlsxZip';

jest.setTimeout(240_000);

const run = promisify(execFile);
const SCRIPT = path.join(__dirname, '..', 'fixtures', 'corpus', 'openpyxl_1904.py');
const BRANCH = '机关第一党支部';
const YEAR = 2027;

let dir: string;
let original: Uint8Array;
let members: Member[];
let planned: Uint8Array;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-1904-'));
  const made = path.join(dir, 'mac.xlsx');
  await run('/usr/bin/python3', [SCRIPT, made], { timeout: 60_000 });
  original = new Uint8Array(await fs.readFile(made));
  const file = await openWorkbookBytes(original, '花名册（Mac）.xlsx');
  const port = createFilePort(file);
  const preview = await previewSheetImport(port, '花名册');
  if (preview === null) throw new Error('no 花名册');
  members = preview.members;
  const setup = await generateWorkbook(port, {
    settings: defaultSettings(YEAR, '测试局', [BRANCH]),
    members,
  });
  expect(setup.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  planned = await workbookFileBytes(file);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** The sheet column whose row-3 id is `id`. */
function activityColumn(grid: RawGrid, id: string): number {
  for (let column = grid.origin.column; column <= gridEnd(grid).column; column++)
    if (gridCell(grid, ID_ROW, column).value === id) return column;
  throw new Error(`no column for ${id}`);
}

describe('a workbook in the 1904 date system (file mode)', () => {
  it('is stored as the fixture says: date1904 and 2027-03-12 as 44996', async () => {
    expect(await readPart(original, 'xl/workbook.xml')).toContain('<workbookPr date1904="1"/>');
    expect(cellXml(await sheetXml(original, '花名册'), 'F3')).toContain('<v>44996</v>');
  });

  it('reads the roster dates as the days Excel shows, and a date typed as text as typed', () => {
    const byName = new Map(members.map((member) => [member.name, member]));
    expect(byName.get('李建国')?.joinedParty).toBe('1990-07-01');
    expect(byName.get('王芳')).toMatchObject({ joinedParty: '2005-06-30', onRosterFrom: '2027-03-12' });
    expect(byName.get('张伟')).toMatchObject({ joinedParty: '2012-11-08', onRosterTo: '2027-05-20' });
    expect(byName.get('刘洋')?.joinedParty).toBe('2026-12-01');
    expect(byName.get('陈静')?.joinedParty).toBe('2001-07-01');
  });

  it('reads a date cell of the user sheet as its 1900-system serial, as the parsers take it', async () => {
    const grid = (await readSheetGrid(await openWorkbookBytes(original, 'mac.xlsx'), '花名册'))!;
    expect(gridCell(grid, 3, 6)).toEqual({ value: 46458, formula: null, numberFormat: 'yyyy-mm-dd' });
    // Numbers that are not dates are not moved.
    expect(gridCell(grid, 3, 1).value).toBe(2);
  });

  it('keeps the date system and writes the add-in’s dates as 1904 serials', async () => {
    expect(await readPart(planned, 'xl/workbook.xml')).toContain('<workbookPr date1904="1"/>');
    const attendance = (await readOwnedGrids(await openWorkbookBytes(planned, 'planned.xlsx'))).get(
      'attendance.1',
    )!;
    const column = activityColumn(attendance, '2027-03-1');
    const xml = await sheetXml(planned, attendance.sheetName);
    // 2027-03-12: 46458 in the 1900 system, 46458 − 1462 = 44996 in 1904.
    expect(cellXml(xml, cellRef(DATE_ROW, column))).toMatch(/<v>44996<\/v>/);
    // Read back through the port: the 1900 serial again.
    expect(gridCell(attendance, DATE_ROW, column).value).toBe(46458);
    // 王芳's "on the roster from" helper, compared with that date by the sheet's formulas.
    const row = [...Array(gridEnd(attendance).row).keys()]
      .map((r) => r + 1)
      .find((r) => gridCell(attendance, r, 2).value === '王芳')!;
    expect(cellXml(xml, cellRef(row, 6))).toMatch(/<v>44996<\/v>/);
  });

  it('writes date validation bounds as 1904 serials (one before 1904 as the system’s first day, 0)', async () => {
    const zip = await JSZip.loadAsync(planned);
    const bounds: string[] = [];
    for (const name of Object.keys(zip.files).filter((part) => /^xl\/worksheets\/[^/]+\.xml$/.test(part))) {
      const xml = await zip.file(name)!.async('string');
      for (const match of xml.matchAll(
        /<dataValidation\b[^>]*type="date"[^>]*>([\s\S]*?)<\/dataValidation>/g,
      ))
        bounds.push([...match[1].matchAll(/<formula\d>([^<]*)</g)].map((formula) => formula[1]).join('..'));
    }
    // The roster's five date columns: 1900-01-01..2099-12-31 (1..73050 in 1900; 73050 − 1462 = 71588);
    // the holidays: 2027-01-01..2027-12-31 (46388..46752 in 1900).
    expect(bounds).toEqual([...new Array<string>(5).fill('0..71588'), '44926..45290']);
  });

  it('reads its own sheets back: the same members and dates, the due figures by the days', async () => {
    const reopened = await openWorkbookBytes(planned, 'planned.xlsx');
    const state = readWorkbookState(await readOwnedGrids(reopened), YEAR);
    const wang = state.members.find((member) => member.name === '王芳');
    expect(wang).toMatchObject({ joinedParty: '2005-06-30', onRosterFrom: '2027-03-12' });
    const due = async (month: number, id: string) => {
      const summary = await computeSummaries(createFilePort(reopened), {
        period: { kind: 'month', year: YEAR, month },
        asOf: parseIsoDate('2027-12-28')!,
        generatedAt: '2027-12-28 10:00',
      });
      const line = summary.monthly?.branches[0].lines.find((candidate) => candidate.activityId === id);
      return [line?.date, line?.figures.due];
    };
    // 王芳 is due from 2027-03-12 on, 张伟 until 2027-05-20.
    expect(await due(2, '2027-02-2')).toEqual(['2027-02-26', 4]);
    expect(await due(3, '2027-03-1')).toEqual(['2027-03-12', 5]);
    expect(await due(5, '2027-05-2')).toEqual(['2027-05-28', 4]);
  });

  it('shows the add-in’s dates right in LibreOffice, and its formulas count the same members due', async () => {
    const xlsx = path.join(dir, 'planned.xlsx');
    await fs.writeFile(xlsx, planned);
    const attendance = (await readOwnedGrids(await openWorkbookBytes(planned, 'planned.xlsx'))).get(
      'attendance.1',
    )!;
    const rows = await recalcToCsv(xlsx, attendance.sheetName);
    const column = (id: string) => activityColumn(attendance, id) - 1;
    // The CSV export writes dates as MM/DD/YYYY; read in the wrong system they would be 03/13/2031.
    expect(rows[DATE_ROW - 1][column('2027-03-1')]).toBe('03/12/2027');
    expect(rows[DATE_ROW - 1][column('2027-05-2')]).toBe('05/28/2027');
    const dueRow = rows.find((row) => row[0] === '应到')!;
    expect([column('2027-02-2'), column('2027-03-1'), column('2027-05-2')].map((c) => dueRow[c])).toEqual([
      '4',
      '5',
      '4',
    ]);
  });
});
