import * as ExcelJS from 'exceljs';
import * as path from 'node:path';
import { dateOf, toExcelSerial } from '../../src/domain/date';
import { openWorkbookPath } from '../../src/file/nodeFiles';
import { readOwnedGrids, readSheetGrid } from '../../src/file/readGrid';
import { newWorkbookFile, openWorkbookBytes, workbookFileBytes } from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import { gridCell, gridValue } from '../../src/workbook/grid';
import { attendanceSheet, settingsSheet } from './sampleDescriptions';

async function roundTrip(build: (sheet: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('表'));
  const file = await openWorkbookBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), 't.xlsx');
  return file.workbook.getWorksheet('表')!;
}

describe('readSheetGrid', () => {
  it('gives what Office.js gives: text, numbers, booleans, errors, dates as serials', async () => {
    const sheet = await roundTrip((ws) => {
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
    const grid = readSheetGrid(sheet);
    expect(grid.sheetName).toBe('表');
    expect(grid.origin).toEqual({ row: 2, column: 2 });
    expect(grid.values).toEqual([
      [
        '张三',
        3.5,
        true,
        { error: '#N/A' },
        toExcelSerial(dateOf(2027, 3, 12)),
        '机关第一党支部',
        '活动照片',
      ],
    ]);
    expect(gridCell(grid, 2, 6).numberFormat).toBe('yyyy"年"m"月"d"日"');
    expect(gridCell(grid, 2, 2).numberFormat).toBe('General');
  });

  it('gives formulas with their cached results, shared formulas translated', async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('B1').value = { formula: 'A1*10', result: 10 } as ExcelJS.CellFormulaValue;
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 20 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('C1').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('D1').value = { formula: 'A1+A2' } as ExcelJS.CellFormulaValue;
    });
    const grid = readSheetGrid(sheet);
    expect(gridCell(grid, 1, 2)).toMatchObject({ value: 10, formula: '=A1*10' });
    expect(gridCell(grid, 2, 2)).toMatchObject({ value: 20, formula: '=A2*10' });
    expect(gridCell(grid, 1, 3)).toMatchObject({ value: { error: '#DIV/0!' }, formula: '=A1/0' });
    expect(gridCell(grid, 1, 4)).toMatchObject({ value: null, formula: '=A1+A2' });
  });

  it('gives a merged range its value in the top-left cell only', async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell('A1').value = '标题';
      ws.mergeCells('A1:C1');
      ws.getCell('D2').value = 'x';
    });
    const grid = readSheetGrid(sheet);
    expect(grid.values).toEqual([
      ['标题', null, null, null],
      [null, null, null, 'x'],
    ]);
  });

  it("reads the fixture's roster sheet", async () => {
    const file = await openWorkbookPath(path.join(__dirname, '..', 'fixtures', 'existing-workbook.xlsx'));
    const grid = readSheetGrid(file.workbook.getWorksheet('党费收缴')!);
    expect(gridCell(grid, 2, 6).formula).toBe('=SUM(C2:E2)');
    // The fixture stores its formulas without cached results.
    expect(gridValue(grid, 2, 6)).toBeNull();
    expect(gridValue(grid, 2, 3)).toEqual(expect.any(Number));
  });
});

describe('readOwnedGrids', () => {
  it('finds the owned sheets by their marks and reads them', async () => {
    const file = newWorkbookFile();
    file.workbook.addWorksheet('我的表').getCell('A1').value = '不属于助手';
    writeDescriptions(file, [settingsSheet, attendanceSheet()]);
    const reopened = await openWorkbookBytes(await workbookFileBytes(file), 'x.xlsx');
    const grids = readOwnedGrids(reopened.workbook);
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
});
