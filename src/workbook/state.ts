/**
 * What the owned sheets hold, read back as domain input (WorkbookState), and the rules that merge
 * it with new input when the workbook is generated again: entered data (attendance codes, topics,
 * places, hosts, notes, links, expenses) stays attached to the same member id and activity id; an
 * activity the new schedule no longer has keeps its data as an orphan (shown as 已取消), and a
 * member missing from a re-imported roster stays on the roster — nothing entered is lost.
 */
import { type Activity, activityKey } from '../domain/activity';
import type { AttendanceEntry } from '../domain/attendance';
import type { ManualHolidayEntry } from '../domain/holidays/types';
import type { Member } from '../domain/member';
import type { ExtraActivity } from '../domain/schedule';
import type { ActivityDetails } from '../domain/summaries';
import type { ThemeOverride } from '../domain/themes';
import type { Cell } from './description';
import { hasCells, type RawGrid } from './grid';
import type { SheetProblem } from './problems';
import { ATTENDANCE_PROBLEMS, attendanceSheetName } from '../strings/attendanceSheet';
import { SHEET_PROBLEMS } from '../strings/sheets';
import { MAX_SHEET_NAME_LENGTH } from './sheetNames';
import {
  attendanceSheetTitle,
  parseAttendanceGrid,
  readAttendanceBranch,
  type OrphanActivity,
} from './sheets/attendance';
import { deletedActivityColumns } from './sheets/attendance/missingColumns';
import type { KeptRow } from './sheets/common';
import { parseHolidaysGrid } from './sheets/holidays';
import { parseRosterGrid, type RosterKeptRow } from './sheets/roster';
import { type CancelledActivity, hasDetails, parseScheduleGrid, type ScheduleRow } from './sheets/schedule';
import { parseSettingsGrid, type WorkbookSettings } from './sheets/settings';
import { emptyUserColumns, type UserColumns } from './sheets/userColumns';
import { MAKE_UP_KIND, type MakeUpSheetRead, parseMakeUpGrid } from './sheets/makeUp';

/** Columns the user added to the owned sheets, with what was typed in them (see ./sheets/userColumns.ts). */
export interface WorkbookUserColumns {
  /** By member id. */
  roster: UserColumns;
  /** By date. */
  holidays: UserColumns;
  /** By activityKey. */
  schedule: UserColumns;
  /** By branch: its 出勤 sheet's columns beside the totals, by member id. */
  attendance: Map<string, UserColumns>;
}

export interface WorkbookState {
  /** Null when the workbook has no 设置 sheet yet. */
  settings: WorkbookSettings | null;
  members: Member[];
  /**
   * Rows of 党员名册 that could not be read, and members' cells that could not be read: written
   * back as typed, marked 待更正.
   */
  keptRosterRows: RosterKeptRow[];
  /** The user's own rows of 节假日. */
  manualHolidays: ManualHolidayEntry[];
  /** The user's rows of 节假日 that could not be read: written back as typed, marked 待更正. */
  keptHolidayRows: KeptRow[];
  /** Every row of 活动安排 (live and 已取消) with what was entered. */
  scheduleRows: ScheduleRow[];
  /** Rows of 活动安排 that could not be read: written back as typed, marked 待更正. */
  keptScheduleRows: KeptRow[];
  /** Every attendance sheet's entries, keyed by member id, activity id and branch. */
  attendance: AttendanceEntry[];
  /** The attendance sheets found (kind attendance.<n>) and the branch each belongs to. */
  attendanceSheets: AttendanceSheetRecord[];
  problems: SheetProblem[];
  /** The 设置 sheet's own problems (also in `problems`): errors there make the plan unreliable. */
  settingsProblems: SheetProblem[];
  /** Columns the user added to the owned sheets, written back beside the same rows by key. */
  userColumns: WorkbookUserColumns;
  /** The cell of 设置 holding each branch's name, for findings about a branch. */
  branchCells: ReadonlyMap<string, string>;
  /** The 补学登记 sheet's rows by member and activity id; null when there is none. */
  makeUp: MakeUpSheetRead | null;
}

export const EMPTY_STATE: WorkbookState = {
  settings: null,
  members: [],
  keptRosterRows: [],
  manualHolidays: [],
  keptHolidayRows: [],
  scheduleRows: [],
  keptScheduleRows: [],
  attendance: [],
  attendanceSheets: [],
  problems: [],
  settingsProblems: [],
  branchCells: new Map(),
  makeUp: null,
  userColumns: {
    roster: emptyUserColumns(),
    holidays: emptyUserColumns(),
    schedule: emptyUserColumns(),
    attendance: new Map(),
  },
};

export interface AttendanceSheetRecord {
  /** attendance.<n>: the sheet's identity, never reassigned to another branch. */
  kind: string;
  n: number;
  /** The sheet's name in the workbook. */
  sheet: string;
  /**
   * The branch the sheet records; for a sheet written before sheets recorded their branch, branch n
   * of the settings; null when neither is known (the sheet is left as it is).
   */
  branch: string | null;
}

const ATTENDANCE_KIND = /^attendance\.(\d+)$/;

/**
 * Reads the owned grids (by kind). An attendance sheet belongs to the branch it records, whatever
 * the order of the branches in 设置 (which the user may change).
 */
export function readWorkbookState(
  allGrids: ReadonlyMap<string, RawGrid>,
  fallbackYear: number,
): WorkbookState {
  // An owned sheet with no cells holds nothing to read: as if it were not there yet. A write that
  // stopped right after adding it leaves it so (src/excel/writePlan.ts); read as an empty 设置 it
  // would stop the rerun, and as an 出勤 sheet of no branch it would keep its number from the branch
  // it was made for.
  const grids = new Map([...allGrids].filter(([, grid]) => hasCells(grid)));
  const problems: SheetProblem[] = [];
  const settingsGrid = grids.get('settings');
  let settings: WorkbookSettings | null = null;
  const settingsProblems: SheetProblem[] = [];
  let branchCells = new Map<string, string>();
  if (settingsGrid) {
    const parsed = parseSettingsGrid(settingsGrid, fallbackYear);
    settings = parsed.value;
    branchCells = parsed.branchCells;
    settingsProblems.push(...parsed.problems);
    problems.push(...parsed.problems);
  }
  // A branch renamed in 设置 takes its members, activities and attendance with it.
  const renames = new Map(
    (settings?.branches ?? []).flatMap((branch) =>
      branch.renamedFrom === undefined ? [] : [[branch.renamedFrom, branch.name] as const],
    ),
  );
  const renamed = (branch: string): string => renames.get(branch) ?? branch;
  const year = settings?.year ?? fallbackYear;
  const take = <T>(
    grid: RawGrid | undefined,
    parse: (grid: RawGrid) => { value: T[]; problems: SheetProblem[] },
  ): T[] => {
    if (!grid) return [];
    const parsed = parse(grid);
    problems.push(...parsed.problems);
    return parsed.value;
  };
  const userColumns: WorkbookUserColumns = {
    roster: emptyUserColumns(),
    holidays: emptyUserColumns(),
    schedule: emptyUserColumns(),
    attendance: new Map(),
  };
  const keptRosterRows: RosterKeptRow[] = [];
  const members = take(grids.get('roster'), (grid) => {
    const parsed = parseRosterGrid(grid);
    keptRosterRows.push(...parsed.kept);
    userColumns.roster = parsed.userColumns;
    return parsed;
  }).map((member) => (renames.has(member.branch) ? { ...member, branch: renamed(member.branch) } : member));
  const keptHolidayRows: KeptRow[] = [];
  const manualHolidays = take(grids.get('holidays'), (grid) => {
    const parsed = parseHolidaysGrid(grid, year);
    keptHolidayRows.push(...parsed.kept);
    userColumns.holidays = parsed.userColumns;
    return parsed;
  });
  // An extra activity may name a branch of 设置 or of the roster (both get sheets when generating).
  const branches = [
    ...(settings?.branches.map((branch) => branch.name) ?? []),
    ...renames.keys(),
    ...members.map((m) => m.branch),
  ];
  const keptScheduleRows: KeptRow[] = [];
  const scheduleRows = take(grids.get('schedule'), (grid) => {
    const parsed = parseScheduleGrid(grid, { year, branches });
    keptScheduleRows.push(...parsed.kept);
    userColumns.schedule = renames.size === 0 ? parsed.userColumns : renameKeys(parsed.userColumns, renamed);
    return parsed;
  }).map((row) =>
    renames.has(row.branch)
      ? { ...row, branch: renamed(row.branch), details: { ...row.details, branch: renamed(row.branch) } }
      : row,
  );
  const attendance: AttendanceEntry[] = [];
  const attendanceSheets: AttendanceSheetRecord[] = [];
  const firstSheetOf = new Map<string, string>();
  const firstGridOf = new Map<string, RawGrid>();
  const numbered = [...grids]
    .map(([kind, grid]) => ({ kind, grid, n: Number(ATTENDANCE_KIND.exec(kind)?.[1] ?? NaN) }))
    .filter((entry) => Number.isInteger(entry.n))
    .sort((a, b) => a.n - b.n);
  for (const { kind, grid, n } of numbered) {
    const recorded = readAttendanceBranch(grid);
    const branch = recorded === null ? (settings?.branches[n - 1]?.name ?? null) : renamed(recorded);
    attendanceSheets.push({ kind, n, sheet: grid.sheetName, branch });
    if (branch === null) {
      problems.push({
        sheet: grid.sheetName,
        severity: 'warning',
        message: ATTENDANCE_PROBLEMS.noBranch(grid.sheetName),
      });
      continue;
    }
    const first = firstSheetOf.get(branch);
    if (first === undefined) {
      firstSheetOf.set(branch, grid.sheetName);
      firstGridOf.set(branch, grid);
    } else
      problems.push({
        sheet: grid.sheetName,
        severity: 'warning',
        message: ATTENDANCE_PROBLEMS.sameBranch(grid.sheetName, branch, first),
      });
    attendance.push(
      ...take(grid, (g) => {
        const parsed = parseAttendanceGrid(g, { branch });
        // A second sheet of the branch is left as it is, its own columns with it.
        if (first === undefined) userColumns.attendance.set(branch, parsed.userColumns);
        return parsed;
      }),
    );
  }
  // An activity column deleted from a 出勤 sheet took its codes with it: say which.
  problems.push(...deletedActivityColumns(grids.get('schedule'), scheduleRows, firstGridOf));
  // A new branch's 出勤 sheet is named after it: say so when Excel's rules change the name.
  if (settings !== null) {
    const titles = new Map<string, string>();
    for (const branch of settings.branches) {
      const cell = branchCells.get(branch.name);
      if (cell === undefined || attendanceSheets.some((sheet) => sheet.branch === branch.name)) continue;
      problems.push(...branchSheetNameProblems(settingsGrid?.sheetName ?? '', cell, branch.name, titles));
    }
  }
  return {
    settings,
    members,
    keptRosterRows,
    manualHolidays,
    keptHolidayRows,
    scheduleRows,
    keptScheduleRows,
    attendance,
    attendanceSheets,
    problems,
    settingsProblems,
    userColumns,
    branchCells,
    makeUp: readMakeUp(grids.get(MAKE_UP_KIND)),
  };
}

function readMakeUp(grid: RawGrid | undefined): MakeUpSheetRead | null {
  return grid === undefined ? null : parseMakeUpGrid(grid);
}

/**
 * The sheet number n (kind attendance.<n>) of each branch: the sheet that already records the
 * branch (the first, when several do), else the smallest number no sheet uses — so a sheet never
 * changes hands, and a renamed branch gets a new sheet while the old one keeps its data.
 */
export function attendanceSheetNumbers(
  branches: readonly string[],
  sheets: readonly AttendanceSheetRecord[],
): Map<string, number> {
  const numbers = new Map<string, number>();
  const used = new Set(sheets.map((sheet) => sheet.n));
  const ordered = [...sheets].sort((a, b) => a.n - b.n);
  for (const branch of branches) {
    const own = ordered.find((sheet) => sheet.branch === branch);
    if (own !== undefined) numbers.set(branch, own.n);
  }
  let next = 1;
  for (const branch of branches) {
    if (numbers.has(branch)) continue;
    while (used.has(next)) next++;
    used.add(next);
    numbers.set(branch, next);
  }
  return numbers;
}

/** The key `${branch}\u0000${id}` of each row under its renamed branch. */
function renameKeys(user: UserColumns, renamed: (branch: string) => string): UserColumns {
  const rows = new Map<string, Cell[]>();
  for (const [key, cells] of user.rows) {
    const cut = key.indexOf('\u0000');
    rows.set(
      cut < 0 ? key : activityKey({ branch: renamed(key.slice(0, cut)), id: key.slice(cut + 1) }),
      cells,
    );
  }
  return { ...user, rows };
}

/**
 * Warnings naming the cell of 设置 when a branch's name cannot be its 出勤 sheet's name as it is
 * (too long, characters Excel refuses) or comes out the same as another branch's; `titles`
 * collects the names given so far (in upper case, as Excel compares them) with their cells.
 */
function branchSheetNameProblems(
  sheet: string,
  cell: string,
  name: string,
  titles: Map<string, string>,
): SheetProblem[] {
  const wanted = attendanceSheetName(name);
  const title = attendanceSheetTitle(name);
  const messages: string[] = [];
  if (title !== wanted) {
    const characters = [...new Set(name.match(/[[\]:*?/\\']/g) ?? [])].join(' ');
    const reason =
      wanted.length > MAX_SHEET_NAME_LENGTH
        ? SHEET_PROBLEMS.branchSheetNameTooLong(wanted.length)
        : SHEET_PROBLEMS.branchSheetNameCharacters(characters);
    messages.push(SHEET_PROBLEMS.branchSheetName(cell, name, reason, title));
  }
  const other = titles.get(title.toUpperCase());
  if (other === undefined) titles.set(title.toUpperCase(), cell);
  else messages.push(SHEET_PROBLEMS.branchSheetNameClash(cell, name, other, title));
  return messages.map((message) => ({ sheet, cell, severity: 'warning' as const, message }));
}

// ---- merging ----

/**
 * The roster after an import: imported people first (in the file's order), each keeping the id
 * they already have in the workbook — the same id, or the one person of that name in that branch —
 * then people the import no longer lists, kept as they were (their entered attendance stays).
 */
export function mergeMembers(
  existing: readonly Member[],
  imported: readonly Member[],
): { members: Member[]; missing: Member[] } {
  const byId = new Map(existing.map((member) => [member.id, member]));
  const importedIds = new Set(imported.map((member) => member.id));
  const claimed = new Set<string>();
  const members = imported.map((member) => {
    if (byId.has(member.id)) {
      claimed.add(member.id);
      return member;
    }
    const sameName = existing.filter(
      (other) =>
        other.name === member.name &&
        other.branch === member.branch &&
        !importedIds.has(other.id) &&
        !claimed.has(other.id),
    );
    if (sameName.length === 1) {
      claimed.add(sameName[0].id);
      return { ...member, id: sameName[0].id };
    }
    return member;
  });
  const kept = new Set([...members.map((member) => member.id)]);
  const missing = existing.filter((member) => !kept.has(member.id));
  return { members: [...members, ...missing], missing };
}

/** The extra (X) activities of 活动安排 with their ids and themes, for generateSchedule. */
export function extrasFrom(rows: readonly ScheduleRow[]): ExtraActivity[] {
  return rows.flatMap((row) =>
    row.extra === true && !row.cancelled && row.date !== null
      ? [
          {
            branch: row.branch,
            date: row.date,
            id: row.activityId,
            ...(row.theme === null ? {} : { theme: row.theme }),
          },
        ]
      : [],
  );
}

/** Themes the user chose in 活动安排, as overrides for the same fixed slot of the same branch. */
export function themeOverridesFrom(rows: readonly ScheduleRow[]): ThemeOverride[] {
  const overrides: ThemeOverride[] = [];
  for (const row of rows) {
    const match = /^\d{4}-(\d{2})-(\d+)$/.exec(row.activityId);
    if (row.theme === null || row.cancelled || match === null) continue;
    overrides.push({ month: Number(match[1]), slot: Number(match[2]), theme: row.theme, branch: row.branch });
  }
  return overrides;
}

export interface CarriedData {
  /** By activityKey, for activities of the new schedule. */
  details: Map<string, ActivityDetails>;
  /** Rows for 活动安排's 已取消 part: activities gone from the schedule that had data entered. */
  cancelled: CancelledActivity[];
  /** Per branch, the gone activities whose attendance codes the branch's sheet keeps (已取消活动). */
  orphans: Map<string, OrphanActivity[]>;
  /** Attendance entries of members and activities, unchanged (the sheets place them by id). */
  attendance: AttendanceEntry[];
}

/**
 * Carries what was entered onto the new schedule by (branch, activity id). An activity gone from
 * the schedule is kept as 已取消 when it has details, attendance, or cells in the user's own
 * columns of 活动安排.
 */
export function carryData(
  state: Pick<WorkbookState, 'scheduleRows' | 'attendance'> & {
    userColumns?: Pick<WorkbookUserColumns, 'schedule'>;
  },
  activities: readonly Activity[],
): CarriedData {
  const userRows = state.userColumns?.schedule.rows;
  const live = new Set(activities.map(activityKey));
  const rowsByKey = new Map(
    state.scheduleRows.map((row) => [activityKey({ branch: row.branch, id: row.activityId }), row]),
  );
  const details = new Map<string, ActivityDetails>();
  const cancelled: CancelledActivity[] = [];
  for (const [key, row] of rowsByKey) {
    if (live.has(key)) {
      if (hasDetails(row.details)) details.set(key, row.details);
    }
  }
  const orphans = new Map<string, OrphanActivity[]>();
  const orphanKeys = new Set<string>();
  for (const entry of state.attendance) {
    const key = activityKey({ branch: entry.branch, id: entry.activityId });
    if (live.has(key) || orphanKeys.has(key)) continue;
    orphanKeys.add(key);
    const row = rowsByKey.get(key);
    const list = orphans.get(entry.branch) ?? [];
    list.push({ id: entry.activityId, date: row?.date ?? null, theme: row?.theme ?? null });
    orphans.set(entry.branch, list);
  }
  for (const [key, row] of rowsByKey) {
    if (live.has(key) || !(hasDetails(row.details) || orphanKeys.has(key) || userRows?.has(key) === true))
      continue;
    cancelled.push({
      branch: row.branch,
      activityId: row.activityId,
      date: row.date,
      theme: row.theme,
      details: row.details,
    });
  }
  for (const list of orphans.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { details, cancelled, orphans, attendance: [...state.attendance] };
}
