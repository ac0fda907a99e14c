/**
 * 活动安排's 时间 and 内容摘要, typed by the secretary, survive regeneration through both ports (the
 * file port and the Office.js port on the strict fake): read back by activity id, also when a
 * holiday moves the activity to another date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateWorkbook, type GenerateInput } from '../../src/app/generate';
import type { Driver } from '../helpers/portDrivers';
import { dateOf } from '../../src/domain/date';
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

async function run(driver: Driver) {
  await driver.act((port) => generateWorkbook(port, SETUP));
  const schedule = (await driver.act((port) => port.readOwnedGrids())).get('schedule')!;
  const march = scheduleRow(schedule, BRANCH, '2027-03-1');
  const april = scheduleRow(schedule, BRANCH, '2027-04-2');
  await driver.type(schedule.sheetName, cellRef(march, SCHEDULE_COLUMNS.time), '下午2点半');
  await driver.type(schedule.sheetName, cellRef(march, SCHEDULE_COLUMNS.summary), '学习党章第九条，交流心得');
  await driver.type(schedule.sheetName, cellRef(april, SCHEDULE_COLUMNS.summary), '=走访困难群众');
  await driver.act((port) => generateWorkbook(port, HOLIDAY_CHANGE));
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
  };
}

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
