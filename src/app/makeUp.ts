/**
 * 补学 in the actions (issue 13, 4): the 补学登记 sheet written with every generation, and the
 * counts the 检查 step and the summaries use. The engine says who owes a 补学 (src/domain/makeUp.ts);
 * the sheet, read back, says who has made it up.
 */
import { type Activity, activityKey } from '../domain/activity';
import type { AttendanceEntry } from '../domain/attendance';
import { type CalendarDate, dateOf } from '../domain/date';
import { evaluateAttendance, type Ledger } from '../domain/ledger';
import { countMakeUps, dueMakeUps, type MakeUpCounts } from '../domain/makeUp';
import type { Member } from '../domain/member';
import type { SheetDescription } from '../workbook/description';
import {
  describeMakeUpSheet,
  hasMakeUpSheet,
  makeUpRecords,
  type MakeUpSheetRead,
} from '../workbook/sheets/makeUp';
import type { WorkbookSettings } from '../workbook/sheets/settings';

/**
 * The 补学登记 sheet for a generation, or none while nobody owes a 补学 and the workbook has no such
 * sheet yet. Marks of activities gone from the schedule are not attendance of this schedule.
 */
export function makeUpSheets(
  settings: WorkbookSettings,
  members: readonly Member[],
  activities: readonly Activity[],
  attendance: readonly AttendanceEntry[],
  read: MakeUpSheetRead | null,
): SheetDescription[] {
  const live = new Set(activities.map(activityKey));
  const ledger = evaluateAttendance({
    activities,
    members,
    attendance: attendance.filter((entry) =>
      live.has(activityKey({ branch: entry.branch, id: entry.activityId })),
    ),
    // Who owes a 补学 depends on what is recorded, not on the day.
    asOf: dateOf(settings.year, 12, 31),
    settings: { threshold: settings.threshold, requiredPerMonth: settings.requiredPerMonth },
    branchOrder: settings.branches.map((branch) => branch.name),
  });
  const due = dueMakeUps(ledger);
  if (!hasMakeUpSheet({ due, read })) return [];
  return [
    describeMakeUpSheet({
      unit: settings.unit,
      year: settings.year,
      days: settings.makeUpDays,
      due,
      ledger,
      read,
    }),
  ];
}

/** The 补学 owed and done as of `now`, per branch and month and per member, from a ledger. */
export function makeUpCountsOf(
  ledger: Ledger,
  read: MakeUpSheetRead | null,
  now: CalendarDate,
  days: number,
): MakeUpCounts {
  return countMakeUps(dueMakeUps(ledger), makeUpRecords(read), now, days);
}
