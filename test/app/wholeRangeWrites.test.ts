/**
 * A sheet rewritten whole, through both ports (the file port, and the Office.js port on the strict
 * fake): the second write covers its area from A1 whole — a cell the new description leaves empty
 * is emptied, what the user typed inside the area is replaced — and what the first write (or the
 * user) left below or right of the new area is cleared. Read back, the sheet's used range is cell
 * for cell the literal grid below. (The values write's shape is tested in
 * test/excel/failureParts.test.ts; this is the same rule seen from the workbook.)
 */
import type { WorkbookPort } from '../../src/app/port';
import { dateOf } from '../../src/domain/date';
import type { SheetDescription } from '../../src/workbook/description';
import type { RawGrid } from '../../src/workbook/grid';
import { createFakeExcel } from '../fakes/excel';
import { excelDriver, fileDriver, type Driver } from '../helpers/portDrivers';

jest.setTimeout(60_000);

const FIRST: SheetDescription = {
  kind: 'probe',
  name: '试写',
  blocks: [
    {
      anchor: 'A1',
      cells: [
        ['编号', '姓名', '备注', '旧列'],
        ['P1', '李建国', '旧备注', 1],
        ['P2', '王芳', '旧备注', 2],
        ['P3', '张伟', '旧备注', 3],
      ],
    },
    { anchor: 'F8', cells: [['旧的角落']] },
  ],
};

const SECOND: SheetDescription = {
  kind: 'probe',
  name: '试写',
  blocks: [
    {
      anchor: 'A1',
      cells: [
        ['编号', '姓名', '倍数'],
        ['P1', null, { formula: '=D2*2' }],
        ['P2', { date: dateOf(2026, 3, 13) }, true],
      ],
    },
    { anchor: 'D2', cells: [[21], [0.8]] },
  ],
};

async function rewritten(driver: Driver): Promise<RawGrid> {
  await driver.act((port: WorkbookPort) => port.writeDescriptions([FIRST]));
  // Typed by the user: inside the second write's area, and right of and below it.
  await driver.type('试写', 'B2', '手填');
  await driver.type('试写', 'E1', '右侧');
  await driver.type('试写', 'A9', '下方');
  await driver.act((port) => port.writeDescriptions([SECOND]));
  return (await driver.act((port) => port.readSheetGrid('试写')))!;
}

describe.each([
  ['file port', () => fileDriver()],
  ['Office.js port (fake)', () => excelDriver(createFakeExcel())],
])('a sheet written whole a second time, %s', (_label, driver) => {
  it('holds exactly the second description, cell for cell, over its whole used range', async () => {
    const grid = await rewritten(driver());
    expect(grid.origin).toEqual({ row: 1, column: 1 });
    expect(grid.formulas).toEqual([
      [null, null, null, null],
      [null, null, '=D2*2', null],
      [null, null, null, null],
    ]);
    // The formula's result is computed by neither port (null until Excel calculates).
    expect(grid.values).toEqual([
      ['编号', '姓名', '倍数', null],
      ['P1', null, null, 21],
      ['P2', 46094, true, 0.8],
    ]);
    expect(grid.numberFormats[2][1]).toMatch(/y/);
  });
});
