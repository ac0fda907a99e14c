/**
 * 领导干部 end to end through both ports (the file port and the Office.js port on the strict fake):
 * the secretary types 是 in 党员名册's 领导干部 column, records January, regenerates (the 是 stays),
 * and the monthly and annual summaries show the leaders' line with the same cells either way.
 */
import { generateWorkbook } from '../../src/app/generate';
import { writeSummarySheets } from '../../src/app/summaries';
import { dateOf } from '../../src/domain/date';
import type { Member } from '../../src/domain/member';
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { attendanceSheetKind } from '../../src/workbook/sheets/attendance';
import { ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { excelDriver, fileDriver, type Driver } from '../helpers/portDrivers';

jest.setTimeout(120_000);

const ONE = '第一党支部';
const TWO = '第二党支部';
const MEMBERS: Member[] = [
  { id: 'A001', name: '李建国', branch: ONE, category: '正式党员' },
  { id: 'A002', name: '王秀英', branch: ONE, category: '预备党员' },
  { id: 'A003', name: '张明', branch: ONE, category: '正式党员' },
  { id: 'B001', name: '周海涛', branch: TWO, category: '正式党员' },
];
/** January's two activities: the leaders are A001 and A002. */
const CODES: ReadonlyArray<[string, string, string]> = [
  ['A001', '2027-01-1', '√'],
  ['A001', '2027-01-2', '迟'],
  ['A002', '2027-01-1', '×'],
  ['A002', '2027-01-2', '√'],
  ['A003', '2027-01-1', '事'],
  ['A003', '2027-01-2', '√'],
  ['B001', '2027-01-1', '√'],
  ['B001', '2027-01-2', '√'],
];
const LEADER_COLUMN = 17;

function rowOf(grid: RawGrid, column: number, value: string, from = 1): number {
  for (let row = from; row <= gridEnd(grid).row; row++)
    if (gridCell(grid, row, column).value === value) return row;
  throw new Error(`No ${value} in ${grid.sheetName}`);
}

function columnOf(grid: RawGrid, row: number, value: string): number {
  for (let column = 1; column <= gridEnd(grid).column; column++)
    if (gridCell(grid, row, column).value === value) return column;
  throw new Error(`No ${value} in row ${row} of ${grid.sheetName}`);
}

/** The texts of a sheet's first column that begin with 其中领导干部. */
function leaderLines(grid: RawGrid | null): string[] {
  if (grid === null) throw new Error('sheet missing');
  const lines: string[] = [];
  for (let row = 1; row <= gridEnd(grid).row; row++) {
    const value = gridCell(grid, row, 1).value;
    if (typeof value === 'string' && value.startsWith('其中领导干部')) lines.push(value);
  }
  return lines;
}

async function run(driver: Driver) {
  await driver.act((port) => generateWorkbook(port, { year: 2027, unit: '测试局', members: MEMBERS }));
  let grids = await driver.act((port) => port.readOwnedGrids());
  const roster = grids.get('roster')!;
  expect(gridCell(roster, 3, LEADER_COLUMN).value).toBe('领导干部');
  for (const id of ['A001', 'A002'])
    await driver.type(roster.sheetName, cellRef(rowOf(roster, 1, id, 4), LEADER_COLUMN), '是');
  for (const [index, branch] of [ONE, TWO].entries()) {
    const sheet = grids.get(attendanceSheetKind(index + 1))!;
    for (const [id, activity, code] of CODES) {
      if (!MEMBERS.some((m) => m.id === id && m.branch === branch)) continue;
      const address = cellRef(rowOf(sheet, ID_COLUMN, id), columnOf(sheet, ID_ROW, activity));
      await driver.type(sheet.sheetName, address, code);
    }
  }
  await driver.act((port) => generateWorkbook(port, {}));
  grids = await driver.act((port) => port.readOwnedGrids());
  const after = grids.get('roster')!;
  const flags = ['A001', 'A002', 'A003'].map(
    (id) => gridCell(after, rowOf(after, 1, id, 4), LEADER_COLUMN).value,
  );

  const request = { asOf: dateOf(2027, 1, 31), generatedAt: '2027-01-31 16:00' };
  await driver.act((port) =>
    writeSummarySheets(port, { period: { kind: 'month', year: 2027, month: 1 }, ...request }),
  );
  await driver.act((port) => writeSummarySheets(port, { period: { kind: 'year', year: 2027 }, ...request }));
  const month = leaderLines(await driver.act((port) => port.readSheetGrid('月度汇总')));
  const year = leaderLines(await driver.act((port) => port.readSheetGrid('年度汇总')));
  return { flags, month, year };
}

describe('领导干部 through both ports', () => {
  it.each([
    ['the file port', () => fileDriver()],
    ['the Office.js port (strict fake)', () => excelDriver()],
  ])('reads 是 from 党员名册, keeps it, and prints the leaders’ line (%s)', async (_name, driver) => {
    const result = await run(driver());
    expect(result.flags).toEqual(['是', '是', null]);
    // One line for 第一党支部, one across the branches; 第二党支部 has no leaders, and no line.
    const line = '其中领导干部：应到 4 人次，实到 3 人次，出勤率 75%';
    expect(result.month).toEqual([line, line]);
    expect(result.year).toEqual([line, line]);
  });
});
