/**
 * Issue 11 §1: the pane's writes of one sheet, stopped after each of their operations — a day added
 * in 节假日 (rows below it move; a column of the secretary's own and a row she typed that cannot be
 * read, kept as typed, must survive), the monthly and annual summaries written over earlier ones,
 * and an activity's 签到表 and 活动记录 (issue 13) written over earlier ones.
 */
import { generateWorkbook } from '../../src/app/generate';
import { addManualHoliday, listHolidays } from '../../src/app/holidays';
import { type MaterialsRequest, writeActivitySheets } from '../../src/app/materials';
import { writeSummarySheets, type SummaryRequest } from '../../src/app/summaries';
import { dateOf } from '../../src/domain/date';
import { cellRef } from '../../src/workbook/address';
import { HOLIDAYS_FIRST_ROW, HOLIDAYS_HEADER_ROW } from '../../src/workbook/sheets/holidays';
import { createFakeExcel } from '../fakes/excel';
import { act, enterData, enteredIn, FIRST, SETUP, sheetOfKind, YEAR } from './failureScenario';
import { stopEverywhere } from './stopEverywhere';

jest.setTimeout(600_000);

async function workbook() {
  const fake = createFakeExcel();
  await act(fake, (port) => generateWorkbook(port, SETUP));
  enterData(fake, { rename: false });
  return fake;
}

describe('a day added in 节假日, stopped after any operation', () => {
  it('keeps her column and the row she typed, and run again gives the workbook of a clean run', async () => {
    const base = await workbook();
    const holidays = sheetOfKind(base, 'holidays');
    // 劳动节 2027-05-01 is in the list; a column of her own beside it, and a row the parser cannot read.
    const grid = base.values(holidays);
    const width = Math.max(...grid.map((row) => row.length));
    const mayDay = grid.findIndex((row, r) => r >= HOLIDAYS_FIRST_ROW - 1 && row[3] === '劳动节') + 1;
    expect(mayDay).toBeGreaterThan(0);
    base.setValues(holidays, cellRef(HOLIDAYS_HEADER_ROW, width + 1), [['值班人']]);
    base.setValues(holidays, cellRef(mayDay, width + 1), [['王芳']]);
    base.setValues(holidays, cellRef(grid.length + 1, 1), [['2027-02-30', '', '放假', '调整', '手工']]);

    const action = async (port: Parameters<typeof listHolidays>[0]) => {
      const written = await addManualHoliday(port, YEAR, {
        date: '2027-04-30',
        action: 'off',
        name: '单位调休',
      });
      return { written, listed: await listHolidays(port, YEAR) };
    };
    const clean = base.clone();
    await act(clean, action);
    const after = await enteredIn(clean);
    expect(after.get('holiday|2027-04-30')).toBe(
      JSON.stringify({ date: '2027-04-30', action: 'off', name: '单位调休' }),
    );
    expect(after.get('user|holidays|2027-05-01|["值班人"]')).toBe('"王芳"');
    expect([...after.keys()].filter((key) => key.startsWith('kept-holidays'))).toHaveLength(1);

    const report = await stopEverywhere(base, action);
    expect(report.failures).toEqual([]);
    expect(report.operations).toBeGreaterThan(50);
    // As the pane runs it: the write (inventory, cells, write), then the list read afresh (2 more).
    expect(report.syncs).toBe(5);
  });
});

describe('the summaries, stopped after any operation', () => {
  const SUMMARY = { asOf: dateOf(YEAR, 12, 31), generatedAt: '2027-12-31 16:00' };
  const MONTH: SummaryRequest = { period: { kind: 'month', year: YEAR, month: 3 }, ...SUMMARY };
  const YEARLY: SummaryRequest = { period: { kind: 'year', year: YEAR }, ...SUMMARY };

  it('leave every entry, and run again give the workbook of a clean run', async () => {
    const base = await workbook();
    // Written once already (February's): the sheet is rewritten in place.
    await act(base, (port) =>
      writeSummarySheets(port, { ...MONTH, period: { kind: 'month', year: YEAR, month: 2 } }),
    );
    for (const request of [MONTH, YEARLY]) {
      const report = await stopEverywhere(base, (port) => writeSummarySheets(port, request));
      expect({ request: request.period, failures: report.failures }).toEqual({
        request: request.period,
        failures: [],
      });
      expect(report.operations).toBeGreaterThan(50);
      expect(report.syncs).toBe(3);
    }
  });
});

describe('an activity’s 签到表 and 活动记录, stopped after any operation', () => {
  const REQUEST: MaterialsRequest = {
    activityId: '2027-03-1',
    branch: FIRST,
    recordsOfMonth: { year: YEAR, month: 3 },
    asOf: dateOf(YEAR, 12, 31),
    issuedOn: dateOf(YEAR, 3, 8),
    generatedAt: '2027-03-08 09:00',
  };

  it('leave every entry, and run again give the workbook of a clean run', async () => {
    const base = await workbook();
    // Written once already: the sheets are rewritten in place.
    await act(base, (port) => writeActivitySheets(port, REQUEST));
    const report = await stopEverywhere(base, (port) => writeActivitySheets(port, REQUEST));
    expect(report.failures).toEqual([]);
    expect(report.operations).toBeGreaterThan(50);
    expect(report.syncs).toBe(3);
  });
});
