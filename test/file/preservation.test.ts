/**
 * Writing the add-in's sheets into a secretary's own workbook leaves everything of theirs as it
 * was: every sheet, value, formula, style, merged range, column width, row height, page setup and
 * defined name, compared cell by cell against the original file.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseDefinedNames } from '../../src/file/definedNamesXml';
import { openWorkbookPath, saveWorkbookPath } from '../../src/file/nodeFiles';
import { findOwnedSheets } from '../../src/file/ownedMark';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import { readPart } from '../helpers/xlsxZip';
import { attendanceSheet, settingsSheet } from './sampleDescriptions';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'existing-workbook.xlsx');

/** Names ExcelJS cannot read back (constants, formulas, sheet scope, hidden, a user print area). */
const EXTRA_NAMES = [
  '<definedName name="税率">0.05</definedName>',
  '<definedName name="动态名单" comment="用户自己的名称">OFFSET(党员花名册!$B$3,0,0,COUNTA(党员花名册!$B:$B)-2,1)</definedName>',
  '<definedName name="本表合计" localSheetId="1">&apos;党费收缴&apos;!$F$2:$F$11</definedName>',
  '<definedName name="_隐藏的" hidden="1">&apos;工作台账&apos;!$A$1</definedName>',
  '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;工作台账&apos;!$A$1:$F$15</definedName>',
].join('');

async function fixtureVariant(dir: string, withExtraNames: boolean): Promise<string> {
  const target = path.join(dir, 'existing.xlsx');
  const bytes = await fs.readFile(FIXTURE);
  if (!withExtraNames) {
    await fs.writeFile(target, bytes);
    return target;
  }
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', xml.replace('</definedNames>', `${EXTRA_NAMES}</definedNames>`));
  await fs.writeFile(target, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return target;
}

async function load(filePath: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filePath);
  return workbook;
}

/** Everything ExcelJS knows about a cell that the user could have set. */
function cellSnapshot(cell: ExcelJS.Cell): string {
  return JSON.stringify({
    type: cell.type,
    value: cell.value,
    formula: cell.formula ?? null,
    numFmt: cell.numFmt ?? null,
    font: cell.font ?? null,
    fill: cell.fill ?? null,
    border: cell.border ?? null,
    alignment: cell.alignment ?? null,
  });
}

function sheetSnapshot(sheet: ExcelJS.Worksheet): Map<string, string> {
  const cells = new Map<string, string>();
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => cells.set(cell.address, cellSnapshot(cell))),
  );
  return cells;
}

describe.each([
  ['the fixture as shipped', false],
  ['the fixture with names ExcelJS cannot read', true],
])('writing owned sheets into %s', (_label, withExtraNames) => {
  let dir: string;
  let inputPath: string;
  let outputPath: string;
  let inputBytes: Buffer;
  let notices: string[];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-preserve-'));
    inputPath = await fixtureVariant(dir, withExtraNames);
    inputBytes = await fs.readFile(inputPath);
    outputPath = path.join(dir, 'result.xlsx');
    const file = await openWorkbookPath(inputPath);
    expect(file.warnings).toEqual([]);
    notices = writeDescriptions(file, [settingsSheet, attendanceSheet()]).notices;
    await saveWorkbookPath(file, outputPath);
  });

  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('adds its sheets after the existing ones, without notices', async () => {
    const output = await load(outputPath);
    expect(output.worksheets.map((s) => s.name)).toEqual([
      '工作台账',
      '党费收缴',
      '党员花名册',
      '设置',
      '出勤登记',
    ]);
    expect(notices).toEqual([]);
    expect([...findOwnedSheets(output).keys()]).toEqual(['settings', 'attendance.b01']);
  });

  it('keeps every cell of every existing sheet: value, formula, cached result and style', async () => {
    const original = await load(inputPath);
    const output = await load(outputPath);
    let compared = 0;
    for (const sheet of original.worksheets) {
      const before = sheetSnapshot(sheet);
      const after = sheetSnapshot(output.getWorksheet(sheet.name)!);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [address, snapshot] of before) {
        expect([sheet.name, address, after.get(address)]).toEqual([sheet.name, address, snapshot]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
    // A few cells by hand, so the comparison is known to look at real content.
    const ledger = output.getWorksheet('工作台账')!;
    expect(ledger.getCell('D3').numFmt).toBe(original.getWorksheet('工作台账')!.getCell('D3').numFmt);
    expect(ledger.getCell('A1').font?.bold).toBe(true);
    const dues = output.getWorksheet('党费收缴')!;
    expect(dues.getCell('F2').formula).toBe('SUM(C2:E2)');
  });

  it('keeps merged ranges, column widths, row heights, views and page setup', async () => {
    const original = await load(inputPath);
    const output = await load(outputPath);
    for (const sheet of original.worksheets) {
      const after = output.getWorksheet(sheet.name)!;
      expect(after.model.merges.sort()).toEqual(sheet.model.merges.sort());
      expect(after.columns?.map((c) => [c.number, c.width, c.hidden])).toEqual(
        sheet.columns?.map((c) => [c.number, c.width, c.hidden]),
      );
      const heights = (ws: ExcelJS.Worksheet) => {
        const list: Array<[number, number | undefined]> = [];
        ws.eachRow({ includeEmpty: true }, (row, n) => list.push([n, row.height]));
        return list;
      };
      expect(heights(after)).toEqual(heights(sheet));
      expect(after.views).toEqual(sheet.views);
      expect(after.pageSetup).toEqual(sheet.pageSetup);
      expect(after.properties).toEqual(sheet.properties);
    }
    expect(output.getWorksheet('工作台账')!.model.merges).toEqual(['A1:F1']);
  });

  it('keeps every defined name exactly as the original file stores it', async () => {
    const originalXml = await readPart(inputBytes, 'xl/workbook.xml');
    const outputXml = await readPart(await fs.readFile(outputPath), 'xl/workbook.xml');
    const originalNames = parseDefinedNames(originalXml);
    expect(originalNames.length).toBe(withExtraNames ? 6 : 1);
    for (const entry of originalNames) expect(outputXml).toContain(entry.xml);
    expect(outputXml).toContain('<definedName name="党费合计">&apos;党费收缴&apos;!$F$2:$F$11</definedName>');
    const names = parseDefinedNames(outputXml).map((entry) => `${entry.name}@${entry.localSheetId ?? '-'}`);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        '_PartyDay_settings@-',
        '_PartyDay_attendance.b01@-',
        'PD_Threshold@-',
        '_xlnm.Print_Titles@4',
      ]),
    );
  });

  it('leaves the input file untouched', async () => {
    expect(await fs.readFile(inputPath)).toEqual(inputBytes);
  });
});
