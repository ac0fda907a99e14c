import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dateOf, toExcelSerial } from '../../src/domain/date';
import { markName } from '../../src/workbook/marks';
import { readOwnedGrids, readSheetGrid, sheetNames } from '../../src/file/readGrid';
import {
  newWorkbookFile,
  openWorkbookBytes,
  workbookFileBytes,
  type WorkbookFile,
} from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import { gridCell } from '../../src/workbook/grid';
import { reopenBytes } from '../helpers/generatedWorkbook';
import { cellXml, readPart, sheetXml } from '../helpers/xlsxZip';
import { attendanceSheet, settingsSheet } from './sampleDescriptions';

async function written(): Promise<{ file: WorkbookFile; bytes: Uint8Array }> {
  const file = newWorkbookFile();
  await writeDescriptions(file, [settingsSheet, attendanceSheet()]);
  return { file, bytes: await workbookFileBytes(file) };
}

/** The text of a cell written as an inline string, or null when the cell is not one. */
function inlineStringOf(xml: string, address: string): string | null {
  const cell = cellXml(xml, address);
  if (cell === null || !/t="inlineStr"/.test(cell)) return null;
  return /<is><t[^>]*>([\s\S]*?)<\/t><\/is>/.exec(cell)?.[1] ?? null;
}

/** A workbook of the user's made by ExcelJS, opened as the add-in opens a file. */
async function userWorkbook(build: (workbook: ExcelJS.Workbook) => void): Promise<WorkbookFile> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return openWorkbookBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), 'mine.xlsx');
}

async function ownedSheetNames(file: WorkbookFile): Promise<Array<[string, string]>> {
  return [...(await readOwnedGrids(file))].map(([kind, grid]) => [kind, grid.sheetName]);
}

describe('writeDescriptions into a new workbook', () => {
  it('writes text as text, even when it begins with = + - or @', async () => {
    const { bytes } = await written();
    const xml = await sheetXml(bytes, '出勤登记');
    expect(inlineStringOf(xml, 'B5')).toBe('=SUM(1,2)');
    expect(inlineStringOf(xml, 'B6')).toBe('+86 138');
    expect(inlineStringOf(xml, 'A13')).toBe('@备注：以上为示例');
    expect(inlineStringOf(xml, 'A14')).toBe('-1 不是公式');
    expect(xml).not.toContain('<f>SUM(1,2)</f>');
  });

  it('writes formulas without a cached result and asks for a full calculation on load', async () => {
    const { bytes } = await written();
    const xml = await sheetXml(bytes, '出勤登记');
    expect(cellXml(xml, 'C8')).toMatch(
      /^<c r="C8"[^>]*><f>COUNTA\(C3:C6\)-COUNTIF\(C3:C6,&quot;免&quot;\)<\/f><\/c>$/,
    );
    expect(cellXml(xml, 'D10')).toMatch(/<f>IFERROR\(D9\/D8,&quot;&quot;\)<\/f><\/c>$/);
    // The sheet token became the quoted name of the settings sheet.
    expect(cellXml(xml, 'A1')).toContain('<f>&apos;设置&apos;!$B$3&amp;&quot; 出勤登记&quot;</f>');
    expect(await readPart(bytes, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('writes dates as serial numbers with a date format, the same in every time zone', async () => {
    const { bytes } = await written();
    const xml = await sheetXml(bytes, '出勤登记');
    expect(toExcelSerial(dateOf(2027, 1, 8))).toBe(46395);
    expect(cellXml(xml, 'C2')).toMatch(/<v>46395<\/v>/);
    expect(cellXml(xml, 'E2')).toMatch(/<v>46430<\/v>/);
    const reopened = await openWorkbookBytes(bytes, 'x.xlsx');
    const grid = (await readSheetGrid(reopened, '出勤登记'))!;
    expect(gridCell(grid, 2, 3)).toEqual({ value: 46395, formula: null, numberFormat: 'm"月"d"日"' });
  });

  it('gives date cells yyyy-mm-dd when no style formats them', async () => {
    const file = newWorkbookFile();
    await writeDescriptions(file, [
      { kind: 'd', name: '日期', blocks: [{ anchor: 'B2', cells: [[{ date: dateOf(2027, 12, 31) }]] }] },
    ]);
    const reopened = await openWorkbookBytes(await workbookFileBytes(file), 'd.xlsx');
    expect(gridCell((await readSheetGrid(reopened, '日期'))!, 2, 2)).toEqual({
      value: toExcelSerial(dateOf(2027, 12, 31)),
      formula: null,
      numberFormat: 'yyyy-mm-dd',
    });
  });

  it('marks owned sheets with hidden workbook-scope names and writes the described names', async () => {
    const { bytes } = await written();
    const workbookXml = await readPart(bytes, 'xl/workbook.xml');
    expect(workbookXml).toContain(
      '<definedName hidden="1" name="_PartyDay_settings">&apos;设置&apos;!$A$1</definedName>',
    );
    expect(workbookXml).toContain(
      '<definedName hidden="1" name="_PartyDay_attendance.b01">&apos;出勤登记&apos;!$A$1</definedName>',
    );
    expect(workbookXml).toContain('<definedName name="PD_Threshold">&apos;设置&apos;!$B$2</definedName>');
    expect(workbookXml).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;出勤登记&apos;!$1:$2</definedName>',
    );
    expect(workbookXml).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;出勤登记&apos;!$A$1:$E$14</definedName>',
    );
    const reopened = await openWorkbookBytes(bytes, 'x.xlsx');
    expect(await ownedSheetNames(reopened)).toEqual([
      ['settings', '设置'],
      ['attendance.b01', '出勤登记'],
    ]);
  });

  it('writes validation, conditional formats, merges, freeze panes, tab colour and print setup', async () => {
    const { bytes } = await written();
    const xml = await sheetXml(bytes, '出勤登记');
    expect(xml).toContain('<mergeCell ref="A1:E1"/>');
    expect(xml).toMatch(
      /<dataValidation type="list" allowBlank="1"[^>]*error="请从下拉列表中选择出勤代码[^"]*"[^>]*sqref="C3:E6"><formula1>&quot;√,迟,早,事,病,×,免&quot;<\/formula1>/,
    );
    expect(xml).toMatch(
      /<conditionalFormatting sqref="C3:E6"><cfRule type="cellIs" dxfId="\d+" priority="1" operator="equal"><formula>&quot;×&quot;<\/formula>/,
    );
    expect(xml).toMatch(
      /<conditionalFormatting sqref="C10:E10"><cfRule type="expression" dxfId="\d+" priority="3"><formula>AND\(C10&lt;&gt;&quot;&quot;,C10&lt;PD_Threshold\)<\/formula>/,
    );
    expect(xml).toMatch(/<pane xSplit="2" ySplit="2" topLeftCell="C3"[^>]*state="frozen"\/>/);
    expect(xml).toContain('<tabColor rgb="FF2F5597"/>');
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toMatch(
      /<pageSetup paperSize="9" orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"\/>/,
    );
    expect(xml).toContain(
      '<pageMargins left="0.709" right="0.709" top="0.748" bottom="0.748" header="0.315" footer="0.315"/>',
    );
    expect(xml).toContain(
      '<oddHeader>&amp;C张店分局机关党总支</oddHeader><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>',
    );
    expect(xml).toContain('<printOptions horizontalCentered="1"/>');
    const styles = await readPart(bytes, 'xl/styles.xml');
    expect(styles).toContain('formatCode="0.0%"');
    expect(styles).toMatch(
      /<dxf><font><color rgb="FF9C0006"\/><\/font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"\/>/,
    );
  });

  it('writes tables with their header from the cells', async () => {
    const { bytes } = await written();
    const table = await readPart(bytes, 'xl/tables/table1.xml');
    expect(table).toMatch(/name="PD_Settings"/);
    expect(table).toMatch(/ref="A1:B4"/);
    expect(table).toContain('<tableColumn id="1" name="项目"');
    expect(table).toContain('<tableStyleInfo name="TableStyleLight9"');
  });

  it('applies range styles cell by cell: fill, font, borders by edge, alignment', async () => {
    const { bytes } = await written();
    const sheet = (await reopenBytes(bytes)).workbook.getWorksheet('出勤登记')!;
    const { font, fill, alignment } = sheet.getCell('C2');
    expect(font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    expect(fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F5597' } });
    expect(alignment).toMatchObject({ horizontal: 'center' });
    // ALL_EDGES on A2:E11: every side of every cell, outer and inside lines alike.
    for (const address of ['A2', 'C5', 'E11']) {
      expect(sheet.getCell(address).border).toMatchObject({
        top: { style: 'thin', color: { argb: 'FF808080' } },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      });
    }
    expect(sheet.getCell('A13').border ?? {}).toEqual({});
    expect(sheet.getColumn(2).width).toBe(14);
    expect(sheet.getRow(1).height).toBe(28);
  });

  it('refuses a faulty description before writing anything', async () => {
    const file = newWorkbookFile();
    const bad = { ...attendanceSheet(), merges: ['A1:E1', 'E1:F1'] };
    await expect(writeDescriptions(file, [settingsSheet, bad])).rejects.toThrow('overlaps');
    expect(file.pkg).toBeNull();
    expect(await sheetNames(file)).toEqual([]);
  });
});

describe('writeDescriptions into a workbook that already has sheets', () => {
  it('updates an owned sheet in place: same sheet, position and (renamed) name; old content gone', async () => {
    const first = await written();
    // The user renames the attendance sheet in Excel: the mark follows the sheet.
    const saved = await reopenBytes(first.bytes);
    saved.workbook.getWorksheet('出勤登记')!.name = '我的出勤';
    saved.workbook.definedNames.model = saved.workbook.definedNames.model.map((entry) =>
      entry.name === markName('attendance.b01') ? { name: entry.name, ranges: ["'我的出勤'!$A$1"] } : entry,
    );
    const file = await openWorkbookBytes(new Uint8Array(await saved.workbook.xlsx.writeBuffer()), 'y.xlsx');
    const sheetEntry = (xml: string) => /<sheet [^>]*name="我的出勤"[^>]*\/>/.exec(xml)?.[0];
    const before = sheetEntry(await readPart(await workbookFileBytes(file), 'xl/workbook.xml'));
    expect(before).toBeDefined();
    const shorter = attendanceSheet();
    shorter.blocks = shorter.blocks.slice(0, 2);
    const report = await writeDescriptions(file, [settingsSheet, shorter]);
    expect(report.sheets.map((s) => [s.kind, s.name, s.created, s.reason])).toEqual([
      ['settings', '设置', false, 'owned'],
      ['attendance.b01', '我的出勤', false, 'owned'],
    ]);
    expect(report.notices).toEqual([]);
    const bytes = await workbookFileBytes(file);
    // The same <sheet> entry (id, relationship) as before: the sheet was rewritten, not replaced.
    expect(sheetEntry(await readPart(bytes, 'xl/workbook.xml'))).toBe(before);
    const reopened = await openWorkbookBytes(bytes, 'y.xlsx');
    expect(await sheetNames(reopened)).toEqual(['设置', '我的出勤']);
    const updated = (await readSheetGrid(reopened, '我的出勤'))!;
    expect(gridCell(updated, 8, 3).formula).toBeNull();
    expect(gridCell(updated, 13, 1).value).toBeNull();
    expect(gridCell(updated, 3, 2).value).toBe('阎平');
    const xml = await sheetXml(bytes, '我的出勤');
    expect(xml.match(/<dataValidation /g)).toHaveLength(1);
    expect(xml.match(/<conditionalFormatting /g)).toHaveLength(3);
    expect(xml.match(/<mergeCell /g)).toHaveLength(1);
    expect(cellXml(xml, 'A1')).toContain('&apos;设置&apos;!$B$3');
    // One table, not two, after rewriting the settings sheet.
    expect(await tablesIn(bytes)).toEqual(['PD_Settings']);
  });

  it("writes under a free name when a sheet of the user's has the wanted name, and says so", async () => {
    const file = await userWorkbook((workbook) => {
      workbook.addWorksheet('设置').getCell('A1').value = '我自己的设置';
    });
    const report = await writeDescriptions(file, [settingsSheet, attendanceSheet()]);
    expect(report.sheets[0]).toMatchObject({
      kind: 'settings',
      name: '设置(2)',
      created: true,
      reason: 'name-taken',
    });
    expect(report.notices).toEqual([
      '工作簿中已有一个不是由本助手生成的“设置”工作表，为避免覆盖，本次写入“设置(2)”。原表未作改动，可在助手中从原表导入。',
    ]);
    const mine = (await readSheetGrid(file, '设置'))!;
    expect(mine.values).toEqual([['我自己的设置']]);
    const xml = await sheetXml(await workbookFileBytes(file), '出勤登记');
    expect(cellXml(xml, 'A1')).toContain('&apos;设置(2)&apos;!$B$3');
  });

  it("never replaces a user's defined name or table name", async () => {
    const file = await userWorkbook((workbook) => {
      const mine = workbook.addWorksheet('台账');
      workbook.definedNames.add("'台账'!$A$1", 'PD_Unit');
      mine.addTable({ name: 'PD_Settings', ref: 'C1', columns: [{ name: '列1' }], rows: [['x']] });
    });
    const report = await writeDescriptions(file, [settingsSheet]);
    expect(report.notices).toEqual([
      '工作簿中已有名为“PD_Settings”的表格，本助手的表格改名为“PD_Settings_2”。',
      '工作簿中已有名称“PD_Unit”（不是由本助手定义），本助手未修改它；引用该名称的公式可能不正确，请在“公式 → 名称管理器”中改名后重新生成。',
    ]);
    const workbookXml = await readPart(await workbookFileBytes(file), 'xl/workbook.xml');
    expect(workbookXml).toContain('<definedName name="PD_Unit">&apos;台账&apos;!$A$1</definedName>');
    expect(workbookXml).not.toMatch(/name="PD_Unit">&apos;设置/);
    expect(workbookXml).toContain('<definedName name="PD_Threshold">&apos;设置&apos;!$B$2</definedName>');
    expect((await tablesIn(await workbookFileBytes(file))).sort()).toEqual(['PD_Settings', 'PD_Settings_2']);
  });
});

async function tablesIn(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names: string[] = [];
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/.+\.xml$/.test(p))) {
    names.push(/<table\b[^>]*\bname="([^"]+)"/.exec(await zip.files[path].async('string'))![1]);
  }
  return names;
}
