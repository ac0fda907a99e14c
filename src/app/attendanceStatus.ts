/**
 * 出勤登记: where each branch stands with its attendance records as of the user's today — which
 * held activities are fully recorded, partly recorded or not recorded at all, which are still to
 * come, which fell under the threshold — and the activity to open the grid at, with the cell where
 * its column's member rows begin. Read-only: nothing is written.
 *
 * Figures are the engine's (the same ledger the summaries and 检查 use); cells are found by the
 * activity id in the sheet's id row and the member ids in column A, never by position.
 */
import type { CalendarDate } from '../domain/date';
import type { ActivityFigures } from '../domain/ledger';
import type { ThemeId } from '../domain/themes';
import { ATTENDANCE_SHEET } from '../strings/attendanceSheet';
import { cellRef } from '../workbook/address';
import { gridEnd, gridValue, isRawError, type RawGrid } from '../workbook/grid';
import type { SheetProblem } from '../workbook/problems';
import { ID_COLUMN, MEMBERS_BELOW_ID_ROW } from '../workbook/sheets/attendance/layout';
import { readWorkbookState } from '../workbook/state';
import type { WorkbookPort } from './port';
import { computeSummaries } from './summaries';

/**
 * recorded: held, every member due has an entry; partial: held, some have one; pending: held,
 * nobody has one; upcoming: after today.
 */
export type RecordState = 'recorded' | 'partial' | 'pending' | 'upcoming';

export interface ActivityRecordStatus {
  activityId: string;
  date: CalendarDate;
  theme: ThemeId;
  state: RecordState;
  /** 应到, 实到 and 未登记 of the engine. */
  due: number;
  attended: number;
  unrecorded: number;
  /** 实到 / 应到; null when nobody is due or nothing is recorded yet. */
  rate: number | null;
  /**
   * Judged on what is recorded (see ActivityFigures.met); null while the records cannot tell (not
   * held, nothing or not enough recorded, nobody due).
   */
  met: boolean | null;
}

export interface CurrentActivity {
  activityId: string;
  date: CalendarDate;
  theme: ThemeId;
  /** False when nothing is held yet and this is the next one. */
  held: boolean;
  /** The branch's attendance sheet; null when the workbook has none for the branch yet. */
  sheet: string | null;
  /** A1 address of the activity's cell in the first member row; null when the sheet has no column for it. */
  cell: string | null;
}

export interface BranchAttendanceStatus {
  branch: string;
  /** People on the branch's roster (invitees included): none means nothing can be recorded. */
  memberCount: number;
  /** The branch's attendance sheet; null when there is none yet. */
  sheet: string | null;
  /** Every activity of the branch's year, by date. */
  activities: ActivityRecordStatus[];
  counts: Record<RecordState, number>;
  /** Held activities whose 到会率 is under the threshold, by date. */
  belowThreshold: ActivityRecordStatus[];
  /** The latest activity on or before today, else the next one; null for a branch without activities. */
  current: CurrentActivity | null;
}

export interface AttendanceStatus {
  year: number;
  asOf: CalendarDate;
  /** 到会率 threshold of 设置 (0.8 = 80%). */
  threshold: number;
  branches: BranchAttendanceStatus[];
  /** Problems found reading the sheets (the rest was used). */
  problems: SheetProblem[];
}

function recordState(figures: ActivityFigures): RecordState {
  if (!figures.held) return 'upcoming';
  if (figures.unrecorded === 0) return 'recorded';
  return figures.unrecorded < figures.due ? 'partial' : 'pending';
}

function cellText(grid: RawGrid, row: number, column: number): string {
  const value = gridValue(grid, row, column);
  return value === null || isRawError(value) ? '' : String(value).trim();
}

/** The hidden id row, found by its marker in column A as the sheet's reader finds it; null when absent. */
function idRowOf(grid: RawGrid): number | null {
  const end = gridEnd(grid);
  for (let row = grid.origin.row; row <= end.row; row++)
    if (cellText(grid, row, ID_COLUMN) === ATTENDANCE_SHEET.idRowMarker) return row;
  return null;
}

/**
 * The cell of `activityId` in the first member row: the column by the id in the id row, the row as
 * the first one below the header holding a member id (the first member row when nobody is listed).
 */
function firstMemberCell(grid: RawGrid, activityId: string): string | null {
  const idRow = idRowOf(grid);
  if (idRow === null) return null;
  const end = gridEnd(grid);
  let column: number | null = null;
  for (let c = ID_COLUMN + 1; c <= end.column && column === null; c++)
    if (cellText(grid, idRow, c) === activityId) column = c;
  if (column === null) return null;
  const firstRow = idRow + MEMBERS_BELOW_ID_ROW;
  for (let row = firstRow; row <= end.row; row++) {
    const id = cellText(grid, row, ID_COLUMN);
    if (id === ATTENDANCE_SHEET.figures.due) break;
    if (id !== '') return cellRef(row, column);
  }
  return cellRef(firstRow, column);
}

/** The records of the workbook's year as of `asOf` (the user's today), per branch. */
export async function attendanceStatus(port: WorkbookPort, asOf: CalendarDate): Promise<AttendanceStatus> {
  const grids = await port.readOwnedGrids();
  const state = readWorkbookState(grids, Number(asOf.slice(0, 4)));
  // computeSummaries says what to do for a workbook without (readable) settings; it plans the year
  // and builds the ledger exactly as the summaries do. It reads the same grids, handed over here.
  const year = state.settings?.year ?? Number(asOf.slice(0, 4));
  const cached: WorkbookPort = { ...port, readOwnedGrids: () => Promise.resolve(grids) };
  const summary = await computeSummaries(cached, { period: { kind: 'year', year }, asOf, generatedAt: '' });
  const { ledger, settings } = summary;

  const branches = ledger.branches.map((branchLedger): BranchAttendanceStatus => {
    const record = state.attendanceSheets.find((sheet) => sheet.branch === branchLedger.branch);
    const grid = record === undefined ? null : (grids.get(record.kind) ?? null);
    const activities = branchLedger.activities.map((activity, index): ActivityRecordStatus => {
      const figures = branchLedger.figures[index];
      return {
        activityId: activity.id,
        date: activity.date,
        theme: activity.theme,
        state: recordState(figures),
        due: figures.due,
        attended: figures.attended,
        unrecorded: figures.unrecorded,
        rate: figures.rate,
        met: figures.met,
      };
    });
    const counts: Record<RecordState, number> = { recorded: 0, partial: 0, pending: 0, upcoming: 0 };
    for (const activity of activities) counts[activity.state] += 1;
    // Activities are sorted by date: the last held one, else the first to come.
    const heldCount = activities.filter((activity) => activity.date <= asOf).length;
    const chosen = heldCount > 0 ? activities[heldCount - 1] : activities[0];
    const current: CurrentActivity | null =
      chosen === undefined
        ? null
        : {
            activityId: chosen.activityId,
            date: chosen.date,
            theme: chosen.theme,
            held: chosen.date <= asOf,
            sheet: grid?.sheetName ?? null,
            cell: grid === null ? null : firstMemberCell(grid, chosen.activityId),
          };
    return {
      branch: branchLedger.branch,
      memberCount: branchLedger.rows.length,
      sheet: grid?.sheetName ?? null,
      activities,
      counts,
      belowThreshold: activities.filter((activity) => activity.met === false),
      current,
    };
  });
  return { year: settings.year, asOf, threshold: settings.threshold, branches, problems: summary.problems };
}
