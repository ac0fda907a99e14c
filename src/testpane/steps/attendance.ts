/**
 * 出勤登记 typed through the Excel API cell by cell, as a person types into the grid, and then
 * 生成活动安排 again after one more day off: everything typed (codes on 出勤, the activity's 活动内容,
 * 地点, 主持人 on 活动安排) must still be there, by member and activity id, on the moved day.
 * The attendance sheets' figures are Excel's own formulas: only Excel computes them.
 */
import { generateWorkbook } from '../../app/generate';
import { cellRef } from '../../workbook/address';
import { readSheet, rounded, typeCells, type SheetCells } from '../readBack';
import type { Step, StepEnv } from '../step';
import {
  ATTENDANCE,
  ATTENDANCE_SHEET,
  FIRST,
  SCHEDULE_SHEET,
  SCHEDULE_TYPED,
  SECOND_DAY_OFF,
  SERIAL,
} from './data';
import { scheduleCells, scheduleRow } from './schedule';

/** Row 3 holds the activity ids, row 4 their dates; column A the member ids. */
const ID_ROW = 3;
const DATE_ROW = 4;

function memberId(env: StepEnv, member: string): string {
  return member.startsWith('S') ? member : (env.state.memberIds.get(member) ?? `（无“${member}”）`);
}

/**
 * The cell in an activity's column (found by its id in row 3) on the row whose column A holds
 * `key` (a member id, or a figure's label such as 到会率), as a person finds it; null when missing.
 */
function activityCell(
  sheet: SheetCells,
  activity: string,
  key: string,
): { row: number; column: number } | null {
  const column = sheet.columnWhere(ID_ROW, activity);
  const row = sheet.rowWhere(1, key, ID_ROW + 1);
  return row === null || column === null ? null : { row, column };
}

export function attendanceCell(sheet: SheetCells, id: string, activity: string): string | null {
  const cell = activityCell(sheet, activity, id);
  return cell === null ? null : cellRef(cell.row, cell.column);
}

/** Each entry's code as the sheet holds it now, found by ids. */
export function typedCodes(env: StepEnv, sheet: SheetCells): Array<string | null> {
  return ATTENDANCE.map(({ member, activity }) => {
    const cell = activityCell(sheet, activity, memberId(env, member));
    return cell === null ? null : String(sheet.value(cell.row, cell.column));
  });
}

/** An activity's figure (应到, 实到, 到会率…) from the rows under the members, by label in column A. */
function figure(sheet: SheetCells, activity: string, label: string): unknown {
  const cell = activityCell(sheet, activity, label);
  return cell === null ? `（无 ${label}）` : rounded(sheet.value(cell.row, cell.column));
}

export const attendanceStep: Step = {
  id: 'attendance',
  kind: 'workflow',
  title: '出勤登记（在出勤表中逐格输入）',
  async run(env) {
    const before = await readSheet(env.host.run, ATTENDANCE_SHEET);
    const cells = ATTENDANCE.map(({ member, activity, code }) => ({
      address: attendanceCell(before, memberId(env, member), activity),
      text: code,
    }));
    if (
      !env.checks.that(
        '每个代码都找到了单元格',
        cells.every((cell) => cell.address !== null),
        cells,
      )
    )
      return;
    await typeCells(
      env.host.run,
      ATTENDANCE_SHEET,
      cells.map((cell) => ({ address: cell.address ?? '', text: cell.text })),
    );
    const after = await readSheet(env.host.run, ATTENDANCE_SHEET);
    env.checks.equal(
      '出勤表读回：输入的代码',
      typedCodes(env, after),
      ATTENDANCE.map((entry) => entry.code),
    );
    // See ./data.ts: 2026-01-1 6 of 7 (met), 2026-03-1 4 of 7 (under 80 %), 列席 1.
    const figures = (activity: string) =>
      ['应到', '实到', '请假', '缺席', '列席', '到会率'].map((label) => figure(after, activity, label));
    env.checks.excelOnly(
      '出勤表公式（Excel 计算）：2026-01-1 应到 实到 请假 缺席 列席 到会率',
      figures('2026-01-1'),
      [7, 6, 1, 0, 0, 0.8571],
    );
    env.checks.excelOnly(
      '出勤表公式（Excel 计算）：2026-03-1 应到 实到 请假 缺席 列席 到会率',
      figures('2026-03-1'),
      [7, 4, 1, 2, 1, 0.5714],
    );
    const schedule = await readSheet(env.host.run, SCHEDULE_SHEET);
    const row = scheduleRow(schedule, FIRST, '2026-03-1');
    env.checks.excelOnly(
      '活动安排的查找公式（Excel 计算）：2026-03-1 应到 实到 到会率 达标',
      row === null ? null : scheduleCells(schedule, row, ['应到', '实到', '到会率', '达标']).map(rounded),
      [7, 4, 0.5714, '未达标'],
    );
  },
};

export const regenerateStep: Step = {
  id: 'regenerate',
  kind: 'workflow',
  title: '再次生成（1 月 9 日改为放假，已登记的内容保留）',
  async run(env) {
    const schedule = await readSheet(env.host.run, SCHEDULE_SHEET);
    const row = scheduleRow(schedule, FIRST, '2026-01-1');
    if (!env.checks.that('活动安排中有 第一党支部 2026-01-1', row !== null)) return;
    const typed = Object.entries(SCHEDULE_TYPED).map(([header, text]) => {
      const column = schedule.columnWhere(3, header);
      return { address: column === null ? 'A1' : cellRef(row ?? 1, column), text };
    });
    await typeCells(env.host.run, SCHEDULE_SHEET, typed);

    const result = await env.act((port) =>
      generateWorkbook(port, { manualHolidays: [{ ...SECOND_DAY_OFF }] }),
    );
    env.checks.equal('结果：活动数、已取消', [result.activityCount, result.cancelledCount], [48, 0]);
    const attendance = await readSheet(env.host.run, ATTENDANCE_SHEET);
    env.checks.equal(
      '出勤表读回：代码仍在原来的人和活动下',
      typedCodes(env, attendance),
      ATTENDANCE.map((entry) => entry.code),
    );
    const column = attendance.columnWhere(ID_ROW, '2026-01-1');
    env.checks.equal(
      '出勤表读回：2026-01-1 的日期改为 1 月 12 日',
      column === null ? null : attendance.value(DATE_ROW, column),
      SERIAL['2026-01-12'],
    );
    const after = await readSheet(env.host.run, SCHEDULE_SHEET);
    const moved = scheduleRow(after, FIRST, '2026-01-1');
    env.checks.equal(
      '活动安排读回：日期、原定日期、活动内容、地点、主持人',
      moved === null
        ? null
        : scheduleCells(after, moved, ['日期', '原定日期', ...Object.keys(SCHEDULE_TYPED)]),
      [SERIAL['2026-01-12'], SERIAL['2026-01-09'], ...Object.values(SCHEDULE_TYPED)],
    );
  },
};
