/**
 * What the owned sheets hold, read back as domain input (WorkbookState), and the rules that merge
 * it with new input when the workbook is generated again (./carried.ts): entered data stays attached
 * to the same member id and activity id — nothing entered is lost.
 */
import { activityKey } from '../domain/activity';
import type { AttendanceEntry } from '../domain/attendance';
import type { ManualHolidayEntry } from '../domain/holidays/types';
import type { Member } from '../domain/member';
import type { Cell } from './description';
import { hasCells, type RawGrid } from './grid';
import type { SheetProblem } from './problems';
import { ATTENDANCE_PROBLEMS, attendanceSheetName } from '../strings/attendanceSheet';
import { SHEET_PROBLEMS } from '../strings/sheets';
import { MAX_SHEET_NAME_LENGTH } from './sheetNames';
import { attendanceSheetTitle, parseAttendanceGrid, readAttendanceBranch } from './sheets/attendance';
import { deletedActivityColumns } from './sheets/attendance/missingColumns';
import type { KeptRow } from './sheets/common';
import { parseHolidaysGrid } from './sheets/holidays';
import { parseRosterGrid, type RosterKeptRow } from './sheets/roster';
import { parseScheduleGrid, type ScheduleRow } from './sheets/schedule';
import type { WorkbookSettings } from './sheets/settings';
import { parseSettingsGrid } from './sheets/settingsRead';
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
