/**
 * The file port reads grids from the package's XML: what Office.js gives (text, numbers, booleans,
 * errors, dates as serials with their format, formulas with cached results, shared formulas moved
 * to each cell, merged cells), from what the writers of .xlsx files actually store — shared and
 * inline strings, rich text with phonetic runs, typed dates, cells without addresses, a namespace
 * prefix, built-in Chinese date formats. On files ExcelJS can load, it gives what ExcelJS gives.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dateOf, toExcelSerial } from '../../src/domain/date';
import { readOwnedGrids, readSheetGrid, sheetNames } from '../../src/file/readGrid';
import { newWorkbookFile, openWorkbookBytes, workbookFileBytes } from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import { gridCell, gridValue, type RawGrid } from '../../src/workbook/grid';
import { excelJsSheetGrid } from '../helpers/excelJsGrid';
import { generatedFixtureWorkbook } from '../helpers/generatedWorkbook';
import { attendanceSheet, settingsSheet } from './sampleDescriptions';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

async function roundTrip(build: (sheet: ExcelJS.Worksheet) => void): Promise<RawGrid> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('表'));
  const file = await openWorkbookBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), 't.xlsx');
  return (await readSheetGrid(file, '表'))!;
}

/** A package with one sheet whose <sheetData> (and the rest of the part) is given as written. */
async function packageWith(options: {
  sheet: string;
  sharedStrings?: string;
  numFmts?: string;
  cellXfs?: string;
  extraParts?: Record<string, string>;
  extraSheets?: string;
  extraRels?: string;
}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表" sheetId="1" r:id="rId1"/>${options.extraSheets ?? ''}</sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${options.extraRels ?? ''}</Relationships>`,
  );
  zip.file('xl/worksheets/sheet1.xml', options.sheet);
  zip.file(
    'xl/sharedStrings.xml',
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${options.sharedStrings ?? ''}</sst>`,
  );
  zip.file(
    'xl/styles.xml',
    `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${options.numFmts ?? ''}<cellXfs>${options.cellXfs ?? '<xf numFmtId="0"/>'}</cellXfs></styleSheet>`,
  );
  for (const [name, text] of Object.entries(options.extraParts ?? {})) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

const sheetXml = (data: string, rest = '') =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${rest}</worksheet>`;

async function gridOf(bytes: Uint8Array): Promise<RawGrid> {
  return (await readSheetGrid(await openWorkbookBytes(bytes, 'p.xlsx'), '表'))!;
}

describe('readSheetGrid', () => {
  it('gives what Office.js gives: text, numbers, booleans, errors, dates as serials', async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell('B2').value = '张三';
      ws.getCell('C2').value = 3.5;
      ws.getCell('D2').value = true;
      ws.getCell('E2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('F2').value = new Date(Date.UTC(2027, 2, 12));
      ws.getCell('F2').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('G2').value = {
        richText: [{ text: '机关' }, { font: { bold: true }, text: '第一党支部' }],
      } as ExcelJS.CellRichTextValue;
      ws.getCell('H2').value = {
        text: '活动照片',
        hyperlink: 'https://example.invalid/a',
      } as ExcelJS.CellHyperlinkValue;
    });
    expect(grid.sheetName).toBe('表');
    expect(grid.origin).toEqual({ row: 2, column: 2 });
    expect(grid.values).toEqual([
      ['张三', 3.5, true, { error: '#N/A' }, 46458, '机关第一党支部', '活动照片'],
    ]);
    expect(toExcelSerial(dateOf(2027, 3, 12))).toBe(46458);
    expect(gridCell(grid, 2, 6).numberFormat).toBe('yyyy"年"m"月"d"日"');
    expect(gridCell(grid, 2, 2).numberFormat).toBe('General');
  });

  it('gives formulas with their cached results, shared formulas moved to each cell', async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('B1').value = { formula: 'A1*10', result: 10 } as ExcelJS.CellFormulaValue;
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 20 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('C1').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('D1').value = { formula: 'A1+A2' } as ExcelJS.CellFormulaValue;
      ws.getCell('E1').value = { formula: 'T(A1)&"x"', result: 'x' } as ExcelJS.CellFormulaValue;
    });
    expect(gridCell(grid, 1, 2)).toMatchObject({ value: 10, formula: '=A1*10' });
    expect(gridCell(grid, 2, 2)).toMatchObject({ value: 20, formula: '=A2*10' });
    expect(gridCell(grid, 1, 3)).toMatchObject({ value: { error: '#DIV/0!' }, formula: '=A1/0' });
    expect(gridCell(grid, 1, 4)).toMatchObject({ value: null, formula: '=A1+A2' });
    expect(gridCell(grid, 1, 5)).toMatchObject({ value: 'x', formula: '=T(A1)&"x"' });
  });

  it('gives a merged range its value in the top-left cell only', async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell('A1').value = '标题';
      ws.mergeCells('A1:C1');
      ws.getCell('D2').value = 'x';
    });
    expect(grid.values).toEqual([
      ['标题', null, null, null],
      [null, null, null, 'x'],
    ]);
  });

  it('reads inline strings, rich text without its phonetic runs, and escaped characters', async () => {
    const grid = await gridOf(
      await packageWith({
        sheet: sheetXml(
          '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 李 建国 </t></is></c>' +
            '<c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c>' +
            '<c r="D1" t="inlineStr"><is><r><rPr><b/></rPr><t>机关</t></r><r><t>第一</t></r></is></c></row>',
        ),
        sharedStrings:
          '<si><r><t>王</t></r><r><rPr><sz val="9"/></rPr><t>芳</t></r><rPh sb="0" eb="1"><t>おう</t></rPh></si>' +
          '<si><t>第1行_x000D_第2行 &amp; &lt;备注&gt;</t></si>',
      }),
    );
    expect(grid.values).toEqual([[' 李 建国 ', '王芳', '第1行\r第2行 & <备注>', '机关第一']]);
  });

  it('reads typed dates, booleans written as words, and string results of formulas', async () => {
    const grid = await gridOf(
      await packageWith({
        sheet: sheetXml(
          '<row r="3"><c r="B3" t="d" s="1"><v>2027-03-12T00:00:00</v></c><c r="C3" t="b"><v>0</v></c>' +
            '<c r="D3" t="str"><f>B3&amp;""</f><v>46458</v></c><c r="E3" t="e"><v>#VALUE!</v></c></row>',
        ),
        numFmts: '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>',
        cellXfs: '<xf numFmtId="0"/><xf numFmtId="164"/>',
      }),
    );
    expect(grid.values).toEqual([[46458, false, '46458', { error: '#VALUE!' }]]);
    expect(grid.formulas[0][2]).toBe('=B3&""');
    expect(gridCell(grid, 3, 2).numberFormat).toBe('yyyy\\-mm\\-dd');
  });

  it('places cells and rows that carry no address after the ones before them', async () => {
    const grid = await gridOf(
      await packageWith({
        sheet: sheetXml('<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>'),
      }),
    );
    expect(grid.origin).toEqual({ row: 2, column: 1 });
    expect(grid.values).toEqual([
      [null, 1, 2],
      [3, null, null],
    ]);
  });

  it('reads a part written with a namespace prefix (the Open XML SDK writes x:)', async () => {
    const grid = await gridOf(
      await packageWith({
        sheet:
          '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
          '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>' +
          '</x:sheetData><x:mergeCells><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>',
        sharedStrings: '<si><t>编号</t></si>',
      }),
    );
    expect(grid.values).toEqual([['编号', 2]]);
    expect(grid.formulas).toEqual([[null, '=1+1']]);
  });

  it('gives dates in the built-in Chinese formats (id 31, 57, 58) a date format', async () => {
    const grid = await gridOf(
      await packageWith({
        sheet: sheetXml(
          '<row r="1"><c r="A1" s="1"><v>46458</v></c><c r="B1" s="2"><v>46458</v></c><c r="C1" s="3"><v>46458</v></c><c r="D1" s="4"><v>46458</v></c></row>',
        ),
        cellXfs:
          '<xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="57"/><xf numFmtId="58"/><xf numFmtId="14"/>',
      }),
    );
    expect(grid.numberFormats).toEqual([['yyyy"年"m"月"d"日"', 'yyyy"年"m"月"', 'm"月"d"日"', 'mm-dd-yy']]);
  });

  it('moves shared formulas with whole columns, whole rows and table references as Excel does', async () => {
    const grid = await gridOf(
      await packageWith({
        sheet: sheetXml(
          '<row r="2"><c r="B2"><f t="shared" ref="B2:C4" si="0">COUNTIF($A:$A,A2)+SUM(C:D)+SUM(2:2)+名册[@金额]+\'A:B\'!A1&amp;"A1"</f><v>1</v></c>' +
            '<c r="C2"><f t="shared" si="0"/><v>1</v></c></row>' +
            '<row r="4"><c r="B4"><f t="shared" si="0"/><v>2</v></c></row>' +
            '<row r="5"><c r="B5"><f t="shared" ref="B5:B6" si="1">A1048576</f></c></row>' +
            '<row r="6"><c r="B6"><f t="shared" si="1"/></c></row>',
        ),
      }),
    );
    expect(gridCell(grid, 2, 2).formula).toBe(
      '=COUNTIF($A:$A,A2)+SUM(C:D)+SUM(2:2)+名册[@金额]+\'A:B\'!A1&"A1"',
    );
    expect(gridCell(grid, 2, 3).formula).toBe(
      '=COUNTIF($A:$A,B2)+SUM(D:E)+SUM(2:2)+名册[@金额]+\'A:B\'!B1&"A1"',
    );
    expect(gridCell(grid, 4, 2).formula).toBe(
      '=COUNTIF($A:$A,A4)+SUM(C:D)+SUM(4:4)+名册[@金额]+\'A:B\'!A3&"A1"',
    );
    expect(gridCell(grid, 6, 2).formula).toBe('=#REF!');
    expect(gridCell(grid, 4, 2).value).toBe(2);
  });

  it('lists worksheets only, and names the sheet and part of a sheet whose part is missing', async () => {
    const bytes = await packageWith({
      sheet: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'),
      extraSheets:
        '<sheet name="图表1" sheetId="2" r:id="rId4"/><sheet name="缺失" sheetId="3" r:id="rId5"/>',
      extraRels:
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>' +
        '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/>',
      extraParts: { 'xl/chartsheets/sheet1.xml': '<chartsheet/>' },
    });
    const file = await openWorkbookBytes(bytes, '台账.xlsx');
    expect(await sheetNames(file)).toEqual(['表', '缺失']);
    expect(await readSheetGrid(file, '图表1')).toBeNull();
    expect(await readSheetGrid(file, '没有')).toBeNull();
    await expect(readSheetGrid(file, '缺失')).rejects.toMatchObject({
      code: 'unreadable',
      message:
        '“台账.xlsx”中缺少工作表“缺失”的内容（xl/worksheets/sheet9.xml），文件不完整。请在 Excel 或 WPS 中打开它，另存后再试。',
    });
    // The sheets that are there still read.
    expect(gridValue((await readSheetGrid(file, '表'))!, 1, 1)).toBe(1);
  });

  it("reads the fixture's sheets as ExcelJS reads them", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'existing-workbook.xlsx')));
    const file = await openWorkbookBytes(bytes, 'existing-workbook.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(await sheetNames(file)).toEqual(['工作台账', '党费收缴', '党员花名册']);
    for (const sheet of workbook.worksheets)
      expect(await readSheetGrid(file, sheet.name)).toEqual(excelJsSheetGrid(sheet));
    const dues = (await readSheetGrid(file, '党费收缴'))!;
    expect(gridCell(dues, 2, 6).formula).toBe('=SUM(C2:E2)');
    // The fixture stores its formulas without cached results.
    expect(gridValue(dues, 2, 6)).toBeNull();
  });
});

describe('readOwnedGrids', () => {
  it('finds the owned sheets by their marks and reads them', async () => {
    const file = newWorkbookFile();
    await writeDescriptions(file, [settingsSheet, attendanceSheet()]);
    const reopened = await openWorkbookBytes(await workbookFileBytes(file), 'x.xlsx');
    const grids = await readOwnedGrids(reopened);
    expect([...grids.keys()]).toEqual(['settings', 'attendance.b01']);
    const settings = grids.get('settings')!;
    expect(settings.sheetName).toBe('设置');
    expect(settings.values).toEqual([
      ['项目', '内容'],
      ['到会率下限', 0.8],
      ['单位名称', '张店分局机关党总支'],
      ['年度', 2027],
    ]);
    expect(gridCell(grids.get('attendance.b01')!, 5, 2).value).toBe('=SUM(1,2)');
    expect(gridCell(grids.get('attendance.b01')!, 5, 2).formula).toBeNull();
  });

  it("gives a generated year's sheets as ExcelJS reads them, column widths included", async () => {
    const saved = await generatedFixtureWorkbook();
    const grids = await readOwnedGrids(saved);
    expect(grids.size).toBe(7);
    for (const grid of grids.values()) {
      const oracle = excelJsSheetGrid(saved.workbook.getWorksheet(grid.sheetName)!);
      // Widths are read up to the last column with a cell (they serve columns the user added).
      const last = grid.origin.column + (grid.values[0]?.length ?? 0) - 1;
      const widths = Object.fromEntries(
        Object.entries(oracle.columnWidths ?? {}).filter(([column]) => Number(column) <= last),
      );
      expect(withoutEmptyText(grid)).toEqual({ ...oracle, columnWidths: widths });
    }
  });
});

/**
 * The grid with cells holding '' (text the add-in writes as an empty inline string) taken as empty
 * cells: ExcelJS reads an empty inline string as no value, Office.js and this reader as ''.
 */
function withoutEmptyText(grid: RawGrid): RawGrid {
  const empty = (r: number, c: number) => grid.values[r][c] === '' && grid.formulas[r][c] === null;
  return {
    ...grid,
    values: grid.values.map((row, r) => row.map((value, c) => (empty(r, c) ? null : value))),
    numberFormats: grid.numberFormats.map((row, r) =>
      row.map((format, c) => (empty(r, c) ? 'General' : format)),
    ),
    columnWidths: grid.columnWidths ?? {},
  };
}
