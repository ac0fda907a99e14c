/**
 * An activity column deleted from a 出勤登记 sheet. The add-in writes the 活动安排 sheet and every
 * 出勤 sheet together, so an activity that 活动安排 lists (with its id written there, not a new
 * extra activity) for a branch and that the branch's 出勤 sheet has no column for was deleted
 * with its column (or its id cleared). Its codes went with the column: nothing can bring them
 * back, so the warning says which activity, that the column is written again empty, and that
 * nothing else of the sheet is touched.
 */
import type { CalendarDate } from '../../../domain/date';
import { ATTENDANCE_PROBLEMS } from '../../../strings/attendanceSheet';
import type { RawGrid } from '../../grid';
import type { SheetProblem } from '../../problems';
import { type ScheduleRow, typedScheduleId } from '../scheduleRead';
import { readAttendanceActivityIds } from './parse';

export interface ScheduledActivity {
  activityId: string;
  date: CalendarDate | null;
}

export function missingActivityColumns(
  sheet: string,
  idsInSheet: readonly string[],
  scheduled: readonly ScheduledActivity[],
): SheetProblem[] {
  // A sheet without any activity column is not one whose columns were deleted one by one.
  if (idsInSheet.length === 0) return [];
  const present = new Set(idsInSheet);
  const missing = scheduled.filter((activity) => !present.has(activity.activityId));
  if (missing.length === 0) return [];
  return [
    {
      sheet,
      severity: 'warning',
      message: ATTENDANCE_PROBLEMS.missingActivityColumns(
        sheet,
        missing.map((activity) =>
          activity.date === null ? activity.activityId : `${activity.activityId}（${activity.date}）`,
        ),
      ),
    },
  ];
}

/**
 * For each branch's 出勤 sheet, the activities 活动安排 lists for the branch (not cancelled, with
 * their id written on the sheet) that the sheet has no column for.
 */
export function deletedActivityColumns(
  scheduleGrid: RawGrid | undefined,
  scheduleRows: readonly ScheduleRow[],
  sheetOfBranch: ReadonlyMap<string, RawGrid>,
): SheetProblem[] {
  if (scheduleGrid === undefined) return [];
  const typedId = typedScheduleId(scheduleGrid);
  return [...sheetOfBranch].flatMap(([branch, grid]) => {
    const ids = readAttendanceActivityIds(grid);
    if (ids === null) return [];
    const scheduled = scheduleRows.filter(
      (row) => row.branch === branch && !row.cancelled && typedId(row.row) === row.activityId,
    );
    return missingActivityColumns(grid.sheetName, ids, scheduled);
  });
}
