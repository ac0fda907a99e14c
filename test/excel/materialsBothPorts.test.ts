/**
 * 活动安排's 时间 and 内容摘要, typed by the secretary, survive regeneration through both ports (the
 * file port and the Office.js port on the strict fake): read back by activity id, also when a
 * holiday moves the activity to another date; an older workbook (no 活动时间 row, no such columns,
 * a column of the user's after 状态) regenerates with the defaults and keeps her column; an
 * activity's 签到表 and 活动记录 are the same sheets through both ports, with the summary's figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateWorkbook, type GenerateInput } from '../../src/app/generate';
import type { Driver } from '../helpers/portDrivers';
import { type MaterialsRequest, writeActivitySheets } from '../../src/app/materials';
import { dateOf } from '../../src/domain/date';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { attendanceSheetKind } from '../../src/workbook/sheets/attendance';
import { ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { isMaterialKind } from '../../src/workbook/sheets/materials/kinds';
import { createFakeExcel } from '../fakes/excel';
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { importRosterTable, tableFromCsv } from '../../src/workbook/rosterImport';
import { SCHEDULE_COLUMNS, SCHEDULE_FIRST_ROW } from '../../src/workbook/sheets/schedule';
import { readWorkbookState } from '../../src/workbook/state';
import { excelDriver, fileDriver } from '../helpers/portDrivers';

jest.setTimeout(120_000);

const roster = importRosterTable(
  tableFromCsv(readFileSync(join(__dirname, '../fixtures/roster-basic.csv'), 'utf8'), 'roster-basic.csv'),
);
const SETUP: GenerateInput = { year: 2027, unit: '张店分局机关党总支', members: roster.value.members };
/** A day off on 2027-03-12 moves March's first activity: its row moves, its id stays. */
const HOLIDAY_CHANGE: GenerateInput = {
  manualHolidays: [{ date: dateOf(2027, 3, 12), action: 'off', name: '单位活动' }],
};

function scheduleRow(grid: RawGrid, branch: string, id: string): number {
  for (let row = SCHEDULE_FIRST_ROW; row <= gridEnd(grid).row; row++)
    if (
      gridCell(grid, row, SCHEDULE_COLUMNS.id).value === id &&
      gridCell(grid, row, SCHEDULE_COLUMNS.branch).value === branch
    )
      return row;
  throw new Error(`No row for ${branch} ${id}`);
}

const BRANCH = roster.value.members[0].branch;

/** Codes typed for March's first activity of the first branch. */
const MARCH_CODES: ReadonlyArray<[string, string]> = [
  ['D0001', '√'],
  ['D0002', '事：出差'],
  ['D0003', '×'],
  ['D0004', '迟'],
  ['D0006', '病'],
];

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

const REQUEST: MaterialsRequest = {
  activityId: '2027-03-1',
  branch: BRANCH,
  recordsOfMonth: { year: 2027, month: 3 },
  asOf: dateOf(2027, 12, 31),
  issuedOn: dateOf(2027, 3, 8),
  generatedAt: '2027-03-08 09:00',
};

/** Non-empty cells of a sheet as the port reads them. */
function cellsOf(grid: RawGrid): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const shown = grid.formulas[r][c] ?? value;
      if (shown !== null && shown !== '') cells[cellRef(grid.origin.row + r, grid.origin.column + c)] = shown;
    }),
  );
  return cells;
}

async function run(driver: Driver) {
  await driver.act((port) => generateWorkbook(port, SETUP));
  const schedule = (await driver.act((port) => port.readOwnedGrids())).get('schedule')!;
  const march = scheduleRow(schedule, BRANCH, '2027-03-1');
  const april = scheduleRow(schedule, BRANCH, '2027-04-2');
  await driver.type(schedule.sheetName, cellRef(march, SCHEDULE_COLUMNS.time), '下午2点半');
  await driver.type(schedule.sheetName, cellRef(march, SCHEDULE_COLUMNS.summary), '学习党章第九条，交流心得');
  await driver.type(schedule.sheetName, cellRef(april, SCHEDULE_COLUMNS.summary), '=走访困难群众');
  const attendance = (await driver.act((port) => port.readOwnedGrids())).get(attendanceSheetKind(1))!;
  for (const [memberId, code] of MARCH_CODES)
    await driver.type(attendance.sheetName, attendanceAddress(attendance, memberId, '2027-03-1'), code);
  await driver.act((port) => generateWorkbook(port, HOLIDAY_CHANGE));
  const written = await driver.act((port) => writeActivitySheets(port, REQUEST));
  const grids = await driver.act((port) => port.readOwnedGrids());
  const state = readWorkbookState(grids, 2027);
  const details = (id: string) =>
    state.scheduleRows.find((row) => row.branch === BRANCH && row.activityId === id)?.details;
  const after = grids.get('schedule')!;
  return {
    march: details('2027-03-1'),
    april: details('2027-04-2'),
    marchDate: state.scheduleRows.find((row) => row.branch === BRANCH && row.activityId === '2027-03-1')
      ?.date,
    cell: gridCell(after, scheduleRow(after, BRANCH, '2027-03-1'), SCHEDULE_COLUMNS.time).value,
    written,
    kinds: [...grids.keys()].filter(isMaterialKind).sort(),
    grids,
  };
}

describe('签到表 and 活动记录 through both ports', () => {
  it('writes the same sheets, with the figures of the monthly summary', async () => {
    const fake = createFakeExcel();
    const file = newWorkbookFile();
    const throughFile = await run(fileDriver(file));
    const throughExcel = await run(excelDriver(fake));
    expect(throughFile.kinds).toEqual([
      'notice.1.2027_03_1',
      'record.1.2027_03_1',
      'records.1.2027_03',
      'signin.1.2027_03_1',
    ]);
    expect(throughExcel.kinds).toEqual(throughFile.kinds);
    expect(throughFile.written.report.sheets.map((sheet) => sheet.name)).toEqual([
      `通知 2027-03-1 ${BRANCH}`,
      `签到表 2027-03-1 ${BRANCH}`,
      `活动记录 2027-03-1 ${BRANCH}`,
      `活动记录 2027年3月 ${BRANCH}`,
    ]);
    for (const kind of throughFile.kinds) {
      const name = throughFile.grids.get(kind)!.sheetName;
      const fromFake: Record<string, unknown> = {};
      fake.formulas(name).forEach((row, r) =>
        row.forEach((shown, c) => {
          if (shown !== null && shown !== '') fromFake[cellRef(r + 1, c + 1)] = shown;
        }),
      );
      expect({ kind, cells: fromFake }).toEqual({ kind, cells: cellsOf(throughFile.grids.get(kind)!) });
    }
    // The record's figures are the monthly summary's for the same activity.
    const { materials } = throughFile.written;
    const line = materials.summary.monthly!.branches[0].lines.find((l) => l.activityId === '2027-03-1')!;
    expect(materials.record.figures).toMatchObject({
      due: line.figures.due,
      attended: line.figures.attended,
    });
    expect(materials.record.figures.attendedFormal + materials.record.figures.attendedProbationary).toBe(
      line.figures.attended,
    );
    expect(materials.record.names.personalLeave.map((p) => [p.memberId, p.reason])).toEqual([
      ['D0002', '出差'],
    ]);
    expect(materials.record.names.absent.map((p) => p.memberId)).toEqual(['D0003']);
    expect(materials.record.names.late.map((p) => p.memberId)).toEqual(['D0004']);
    expect(materials.record.names.sickLeave.map((p) => p.memberId)).toEqual(['D0006']);
    expect(materials.people.filter((p) => !p.exempt)).toHaveLength(line.figures.due);
    expect(materials.notice).toContain('定于2027年3月15日（星期一）14:30开展党员固定活动日活动');
    // The printed notice starts with the very lines the pane shows and copies.
    const notice = cellsOf(throughFile.grids.get('notice.1.2027_03_1')!);
    expect([notice.A1, notice.A3, notice.A4]).toEqual([
      '关于开展党员固定活动日活动的通知',
      `${BRANCH}全体党员：`,
      '根据《党员固定活动日制度实施方案》，定于2027年3月15日（星期一）14:30开展党员固定活动日活动。现将有关事项通知如下：',
    ]);
    const record = cellsOf(throughFile.grids.get('record.1.2027_03_1')!);
    expect(Object.values(record)).toEqual(
      expect.arrayContaining(['学习党章第九条，交流心得', '2027年3月15日（星期一）14:30']),
    );
  });
});

describe('时间 and 内容摘要 through regeneration', () => {
  it.each([
    ['the file port', fileDriver],
    ['the Office.js port (strict fake)', excelDriver],
  ])('are kept by activity id through %s', async (_name, driver) => {
    const result = await run(driver());
    expect(result.marchDate).toBe('2027-03-15');
    expect(result.march).toMatchObject({ time: '14:30', summary: '学习党章第九条，交流心得' });
    expect(result.april).toMatchObject({ summary: '=走访困难群众' });
    expect(result.april?.time).toBeUndefined();
    expect(result.cell).toBe('14:30');
  });
});

/** A workbook written before 活动时间, 时间 and 内容摘要 existed, with a column of the user's after 状态. */
async function olderWorkbook(driver: Driver) {
  await driver.act((port) => generateWorkbook(port, SETUP));
  const grids = await driver.act((port) => port.readOwnedGrids());
  const settings = grids.get('settings')!.sheetName;
  const schedule = grids.get('schedule')!;
  const march = scheduleRow(schedule, BRANCH, '2027-03-1');
  for (const address of ['A12', 'B12', 'E12']) await driver.type(settings, address, '');
  await driver.type(schedule.sheetName, 'T3', '备注2');
  await driver.type(schedule.sheetName, 'U3', '');
  await driver.type(schedule.sheetName, cellRef(march, 20), '需要投影仪');
  await driver.act((port) => generateWorkbook(port, HOLIDAY_CHANGE));
  const after = await driver.act((port) => port.readOwnedGrids());
  const state = readWorkbookState(after, 2027);
  const grid = after.get('schedule')!;
  const row = scheduleRow(grid, BRANCH, '2027-03-1');
  return {
    time: state.settings?.activityTime,
    settingsProblems: state.settingsProblems,
    settingsRow: [
      gridCell(after.get('settings')!, 12, 1).value,
      gridCell(after.get('settings')!, 12, 2).value,
    ],
    headers: ['T3', 'U3', 'V3'].map((address) => gridCell(grid, 3, address.charCodeAt(0) - 64).value),
    cells: [20, 21, 22].map((column) => gridCell(grid, row, column).value),
    details: state.scheduleRows.find((r) => r.branch === BRANCH && r.activityId === '2027-03-1')?.details,
  };
}

describe('an older workbook, regenerated', () => {
  it.each([
    ['the file port', fileDriver],
    ['the Office.js port (strict fake)', excelDriver],
  ])(
    'gets 活动时间 15:00 and the new columns, her column after 状态 kept beside them (%s)',
    async (_name, driver) => {
      const result = await olderWorkbook(driver());
      expect(result.time).toBe('15:00');
      expect(result.settingsProblems).toEqual([]);
      expect(result.settingsRow).toEqual(['活动时间', '15:00']);
      expect(result.headers).toEqual(['时间', '内容摘要', '备注2']);
      expect(result.cells.map((value) => (value === '' ? null : value))).toEqual([null, null, '需要投影仪']);
      expect(result.details?.time).toBeUndefined();
    },
  );
});
