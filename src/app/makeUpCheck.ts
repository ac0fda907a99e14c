/**
 * The 检查 step's 补学 findings: 逾期未补学 (no 补学日期 N days after the activity, N = 设置's
 * 补学期限), 请假未填批准人 (事/病 of a held activity without a 请假批准人) and 补学日期待核对 (a
 * 补学日期 that is no date, or before the activity), each naming the 补学登记 sheet's cell to fill —
 * or the sheet alone while it has no row for the entry yet.
 */
import type { CalendarDate } from '../domain/date';
import type { Ledger } from '../domain/ledger';
import { dueMakeUps, isMakeUpOverdue, makeUpDateProblem, makeUpKey, needsApprover } from '../domain/makeUp';
import { MAKE_UP_CHECK, MAKE_UP_SHEET } from '../strings/makeUp';
import { cellRef } from '../workbook/address';
import { makeUpRecords, type MakeUpSheetRead } from '../workbook/sheets/makeUp';
import { APPROVER_COLUMN, DONE_COLUMN } from '../workbook/sheets/makeUp/layout';

export type MakeUpCheckCode = 'makeup-overdue' | 'leave-unapproved' | 'makeup-date';

export interface MakeUpFinding {
  code: MakeUpCheckCode;
  message: string;
  branch: string;
  location: { sheet: string; cell?: string; row?: number } | null;
}

export function makeUpFindings(
  ledger: Ledger,
  read: MakeUpSheetRead | null,
  /** The 补学登记 sheet's name in the workbook, null when there is none yet. */
  sheetName: string | null,
  now: CalendarDate,
  days: number,
): MakeUpFinding[] {
  const records = makeUpRecords(read);
  const sheet = sheetName ?? MAKE_UP_SHEET.name;
  const overdue: MakeUpFinding[] = [];
  const unapproved: MakeUpFinding[] = [];
  const dates: MakeUpFinding[] = [];
  for (const due of dueMakeUps(ledger)) {
    const key = makeUpKey(due);
    const record = records.get(key);
    const row = read?.rows.get(key)?.row;
    const at = (column: number) => {
      if (row === undefined)
        return { location: sheetName === null ? null : { sheet }, cell: '', suffix: MAKE_UP_CHECK.notListed };
      const cell = cellRef(row, column);
      return { location: { sheet, cell, row }, cell, suffix: '' };
    };
    if (isMakeUpOverdue(due.date, record?.done ?? false, now, days)) {
      const where = at(DONE_COLUMN);
      overdue.push({
        code: 'makeup-overdue',
        message:
          MAKE_UP_CHECK.overdue(due.memberName, due.branch, due.date, days, where.cell, sheet) + where.suffix,
        branch: due.branch,
        location: where.location,
      });
    }
    if (needsApprover(due, record, now)) {
      const where = at(APPROVER_COLUMN);
      unapproved.push({
        code: 'leave-unapproved',
        message:
          MAKE_UP_CHECK.noApprover(
            due.memberName,
            due.branch,
            due.date,
            MAKE_UP_SHEET.attendance(due.code, null),
            where.cell,
            sheet,
          ) + where.suffix,
        branch: due.branch,
        location: where.location,
      });
    }
    const problem = makeUpDateProblem(due, record);
    if (problem !== null) {
      const where = at(DONE_COLUMN);
      dates.push({
        code: 'makeup-date',
        message:
          problem.kind === 'unreadable'
            ? MAKE_UP_CHECK.unreadableDate(
                due.memberName,
                due.branch,
                due.date,
                problem.text,
                where.cell,
                sheet,
              )
            : MAKE_UP_CHECK.earlyDate(due.memberName, due.branch, due.date, problem.date, where.cell, sheet),
        branch: due.branch,
        location: where.location,
      });
    }
  }
  return [...overdue, ...unapproved, ...dates];
}
