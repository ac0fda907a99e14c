/**
 * 节假日 (the year's calendar, and a day off the unit adds) and 生成活动安排, which moves the
 * activity planned on that day: the pane's third and fourth steps.
 */
import { generateWorkbook } from '../../app/generate';
import { addManualHoliday, listHolidays } from '../../app/holidays';
import { readSheet, type SheetCells } from '../readBack';
import type { Step, StepEnv } from '../step';
import { DAY_OFF, FIRST, SCHEDULE_SHEET, SECOND, SERIAL, YEAR } from './data';

/** 活动安排's row of a branch's activity: id in column A, branch in B. */
export function scheduleRow(sheet: SheetCells, branch: string, activityId: string): number | null {
  for (let row = sheet.top; row <= sheet.bottom; row++)
    if (sheet.value(row, 1) === activityId && sheet.value(row, 2) === branch) return row;
  return null;
}

/** A row's cells under the given headers of 活动安排 (header row 3). */
export function scheduleCells(sheet: SheetCells, row: number, headers: readonly string[]): unknown[] {
  return headers.map((header) => {
    const column = sheet.columnWhere(3, header);
    return column === null ? `（无“${header}”列）` : sheet.value(row, column);
  });
}

async function readSchedule(env: StepEnv): Promise<SheetCells> {
  return readSheet(env.host.run, SCHEDULE_SHEET);
}

export const holidaysStep: Step = {
  id: 'holidays',
  kind: 'workflow',
  title: '节假日（列出全年，添加一天单位放假）',
  async run(env) {
    const listing = await env.act((port) => listHolidays(port, YEAR));
    // The State Council's 2026 notice: 元旦 1–3 Jan, 春节 15–23 Feb, 清明 4–6 Apr, 劳动节 1–5 May,
    // 端午 19–21 Jun, 中秋 25–27 Sep, 国庆 1–7 Oct: 33 days off; 调休 working days 4 Jan, 14 and 28
    // Feb, 9 May, 20 Sep, 10 Oct: 6.
    env.checks.equal(
      '全年节假日：放假、调休上班、来源',
      {
        off: listing.counts.off,
        working: listing.counts.working,
        official: listing.hasOfficialData,
        provisional: listing.provisional,
      },
      { off: 33, working: 6, official: true, provisional: false },
    );
    const added = await env.act((port) => addManualHoliday(port, YEAR, { ...DAY_OFF }));
    // 13 March is both branches' first March activity; 顺延 takes it to Monday 16 March.
    env.checks.equal('添加放假日：会调整的活动', added.moved, [
      { branch: FIRST, activityId: '2026-03-1', from: '2026-03-13', to: '2026-03-16' },
      { branch: SECOND, activityId: '2026-03-1', from: '2026-03-13', to: '2026-03-16' },
    ]);
    const sheet = await readSheet(env.host.run, '节假日');
    const row = sheet.rowWhere(4, DAY_OFF.name);
    env.checks.equal(
      '节假日表读回：日期、类型、名称、来源',
      row === null ? null : [1, 3, 4, 5].map((column) => sheet.value(row, column)),
      [SERIAL['2026-03-13'], '放假', DAY_OFF.name, '手工'],
    );
  },
};

export const generateStep: Step = {
  id: 'generate',
  kind: 'workflow',
  title: '生成活动安排（3 月 13 日的活动顺延）',
  async run(env) {
    const result = await env.act((port) => generateWorkbook(port, {}));
    env.checks.equal('结果：活动数、人数', [result.activityCount, result.memberCount], [48, 17]);
    const sheet = await readSchedule(env);
    for (const branch of [FIRST, SECOND]) {
      const row = scheduleRow(sheet, branch, '2026-03-1');
      env.checks.equal(
        `活动安排读回：${branch} 2026-03-1 的日期、原定日期、状态`,
        row === null ? null : scheduleCells(sheet, row, ['日期', '原定日期', '状态']),
        [SERIAL['2026-03-16'], SERIAL['2026-03-13'], '已调整'],
      );
    }
    const reasonRow = scheduleRow(sheet, FIRST, '2026-03-1');
    const reason = reasonRow === null ? '' : String(scheduleCells(sheet, reasonRow, ['调整原因'])[0]);
    env.checks.that('调整原因写明放假的名称', reason.includes(DAY_OFF.name), reason, `含“${DAY_OFF.name}”`);
  },
};
