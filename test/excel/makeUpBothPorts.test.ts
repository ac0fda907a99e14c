/**
 * 补学登记 through both ports (the file port and the Office.js port on the strict fake): the sheet
 * appears once an activity is recorded with 事, 病 or ×; what the secretary types in it is read back
 * by member id and activity id and written beside the same entry on every regeneration, also when
 * a holiday moves the activity; a row whose code was corrected to √ is kept with what was typed
 * and marked in 状态; the user's own sheets are untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateWorkbook, type GenerateInput } from '../../src/app/generate';
import { dateOf } from '../../src/domain/date';
import { openWorkbookBytes, workbookFileBytes } from '../../src/file/workbookFile';
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { importRosterTable, tableFromCsv } from '../../src/workbook/rosterImport';
import { attendanceSheetKind } from '../../src/workbook/sheets/attendance';
import { ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { MAKE_UP_KIND } from '../../src/workbook/sheets/makeUp';
import { createFakeExcel } from '../fakes/excel';
import { packageChanges } from '../helpers/packageDiff';
import { type Driver, excelDriver, fileDriver } from '../helpers/portDrivers';

jest.setTimeout(120_000);

const roster = importRosterTable(
  tableFromCsv(readFileSync(join(__dirname, '../fixtures/roster-basic.csv'), 'utf8'), 'roster-basic.csv'),
);
const SETUP: GenerateInput = { year: 2027, unit: '张店分局机关党总支', members: roster.value.members };
/** A day off on 2027-03-12 moves March's first activity to 3月15日: its id stays. */
const HOLIDAY_CHANGE: GenerateInput = {
  manualHolidays: [{ date: dateOf(2027, 3, 12), action: 'off', name: '单位活动' }],
};
const BRANCH = '机关第一党支部';

function attendanceAddress(grid: RawGrid, memberId: string, activityId: string): string {
  const end = gridEnd(grid);
  let row = 0;
  let column = 0;
  for (let r = grid.origin.row; r <= end.row && row === 0; r++)
    if (gridCell(grid, r, ID_COLUMN).value === memberId) row = r;
  for (let c = grid.origin.column; c <= end.column && column === 0; c++)
    if (gridCell(grid, ID_ROW, c).value === activityId) column = c;
  if (row === 0 || column === 0) throw new Error(`No cell for ${memberId} at ${activityId}`);
  return cellRef(row, column);
}

/** Rows 3 on of the sheet, columns A to O, as the port reads them (dates as serials). */
function rowsOf(grid: RawGrid): unknown[][] {
  const rows: unknown[][] = [];
  for (let row = 3; row <= gridEnd(grid).row; row++)
    rows.push(Array.from({ length: 15 }, (_, c) => gridCell(grid, row, c + 1).value));
  return rows;
}

const MARCH_12 = 46458;
const MARCH_15 = 46461;
const MARCH_20 = 46466;

async function run(driver: Driver) {
  await driver.act((port) => generateWorkbook(port, SETUP));
  const first = await driver.act((port) => port.readOwnedGrids());
  const attendance = first.get(attendanceSheetKind(1))!;
  const type = (memberId: string, code: string) =>
    driver.type(attendance.sheetName, attendanceAddress(attendance, memberId, '2027-03-1'), code);
  for (const [memberId, code] of [
    ['D0001', '√'],
    ['D0002', '事：出差'],
    ['D0003', '×'],
    ['D0006', '病'],
  ])
    await type(memberId, code);
  await driver.act((port) => generateWorkbook(port, {}));
  const second = await driver.act((port) => port.readOwnedGrids());
  const sheet = second.get(MAKE_UP_KIND)!;
  const listed = rowsOf(sheet);
  // The secretary fills in the 补学 of D0002 and a note on D0003, and adds a column of her own.
  await driver.type(sheet.sheetName, 'F3', '支部书记 阎平');
  await driver.type(sheet.sheetName, 'G3', '自学');
  await driver.type(sheet.sheetName, 'H3', '2027-03-20');
  await driver.type(sheet.sheetName, 'J3', '学习党章第九条，写了心得');
  await driver.type(sheet.sheetName, 'K4', '电话联系两次');
  await driver.type(sheet.sheetName, 'O2', '核实人');
  await driver.type(sheet.sheetName, 'O3', '王');
  // D0003's × was a mistake: corrected to √. Then a holiday moves the activity.
  await type('D0003', '√');
  await driver.act((port) => generateWorkbook(port, HOLIDAY_CHANGE));
  const third = await driver.act((port) => port.readOwnedGrids());
  return {
    kinds: [...first.keys()],
    listed,
    after: rowsOf(third.get(MAKE_UP_KIND)!),
    header: third.get(MAKE_UP_KIND)!,
  };
}

const EMPTY = [null, null, null, null, null, null];

// A date typed into the file stays text (the helper types as WPS saves text); Excel makes it a date.
describe.each([
  ['the file port', () => fileDriver(), '2027-03-20'],
  ['the Office.js port (strict fake)', () => excelDriver(), MARCH_20],
])('补学登记 through %s', (_name, driver, typedDate) => {
  it('lists 事, 病, × once recorded, and keeps what was typed by member and activity id', async () => {
    const result = await run(driver());
    // Nothing recorded yet: no 补学登记 sheet.
    expect(result.kinds).not.toContain(MAKE_UP_KIND);
    expect(result.listed).toEqual([
      ['汪磊', BRANCH, MARCH_12, '学习教育日', '事假：出差', ...EMPTY, null, 'D0002', '2027-03-1', null],
      ['郭娟', BRANCH, MARCH_12, '学习教育日', '缺席', ...EMPTY, null, 'D0003', '2027-03-1', null],
      ['宋杰', BRANCH, MARCH_12, '学习教育日', '病假', ...EMPTY, null, 'D0006', '2027-03-1', null],
    ]);
    expect(gridCell(result.header, 2, 15).value).toBe('核实人');
    expect(result.after).toEqual([
      [
        '汪磊',
        BRANCH,
        MARCH_15,
        '学习教育日',
        '事假：出差',
        '支部书记 阎平',
        '自学',
        typedDate,
        null,
        '学习党章第九条，写了心得',
        null,
        null,
        'D0002',
        '2027-03-1',
        '王',
      ],
      ['宋杰', BRANCH, MARCH_15, '学习教育日', '病假', ...EMPTY, null, 'D0006', '2027-03-1', null],
      // Corrected to √: kept with what was typed, as it stood, and marked.
      [
        '郭娟',
        BRANCH,
        MARCH_12,
        '学习教育日',
        '缺席',
        null,
        null,
        null,
        null,
        null,
        '电话联系两次',
        '出勤已改为“√”，无需补学（保留所填内容）',
        'D0003',
        '2027-03-1',
        null,
      ],
    ]);
  });
});

describe('the user’s own sheets', () => {
  it('are untouched in a file (their parts byte for byte)', async () => {
    const input = new Uint8Array(readFileSync(join(__dirname, '../fixtures/existing-workbook.xlsx')));
    const file = await openWorkbookBytes(input, 'existing-workbook.xlsx');
    await run(fileDriver(file));
    const changes = await packageChanges(input, await workbookFileBytes(file));
    const userSheets = ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml'];
    expect(changes.changed.filter((part) => userSheets.includes(part))).toEqual([]);
    expect(changes.removed).toEqual([]);
  });

  it('are untouched in Excel (the strict fake)', async () => {
    const fake = createFakeExcel();
    fake.addSheet('工作台账');
    fake.setValues('工作台账', 'A1', [
      ['补学登记（手工）', '=1+1'],
      ['张三', '2027-03-20'],
    ]);
    const before = fake.formulas('工作台账');
    await run(excelDriver(fake));
    expect(fake.formulas('工作台账')).toEqual(before);
    expect(fake.sheetNames()).toContain('补学登记');
  });
});
