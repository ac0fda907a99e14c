/**
 * The actions that (re)build the workbook, written once against WorkbookPort: read every owned
 * sheet once, merge with the new input, run the engine, describe every sheet, check them all, then
 * write once. Entered data is carried by id (see src/workbook/state.ts).
 */
import { type Activity, activityKey } from '../domain/activity';
import type { BranchDecision } from '../domain/branchMatch';
import type { CalendarDate } from '../domain/date';
import { evaluateAttendance } from '../domain/ledger';
import { collectWarnings } from '../domain/warnings';
import type { HolidayCalendar } from '../domain/holidays/calendar';
import type { ManualHolidayEntry } from '../domain/holidays/types';
import type { Member } from '../domain/member';
import type { DomainWarning } from '../domain/warning';
import { IMPORT_REVIEW } from '../strings/importReview';
import { GENERATE_TEXT, KEPT_DETAIL_NAMES } from '../strings/sheets';
import { descriptionProblems } from '../workbook/checkDescription';
import type { SheetDescription } from '../workbook/description';
import type { SheetProblem } from '../workbook/problems';
import {
  attendanceSheetKind,
  describeAttendanceSheet,
  marksFromEntries,
} from '../workbook/sheets/attendance';
import { ID_ROW as ATTENDANCE_ID_ROW } from '../workbook/sheets/attendance/layout';
import { ATTENDANCE_SHEET } from '../strings/attendanceSheet';
import { describeHolidaysSheet } from '../workbook/sheets/holidays';
import { describeRosterSheet } from '../workbook/sheets/roster';
import { describeScheduleSheet, type FigureFormulas, SCHEDULE_FIRST_ROW } from '../workbook/sheets/schedule';
import { defaultSettings, type WorkbookSettings } from '../workbook/sheets/settings';
import { describeSettingsSheet } from '../workbook/sheets/settingsDescription';
import { sheetToken } from '../workbook/description';
import {
  type AttendanceSheetRecord,
  attendanceSheetNumbers,
  readWorkbookState,
  type WorkbookState,
} from '../workbook/state';
import type { RosterField } from '../domain/roster';
import { carryData, detailsLacking, mergeMembers } from '../workbook/carried';
import { type BranchImportReport, importBranches } from './branchImport';
import { makeUpSheets } from './makeUp';
import { planWorkbookYear, UnplannableSettingsError, type PlannedYear } from './planYear';
import type { PortWriteReport, WorkbookPort } from './port';

export interface GenerateInput {
  /** The year to plan; the 设置 sheet's year when absent. */
  year?: number;
  unit?: string;
  /** Settings to use instead of the 设置 sheet's (the pane's set-up step). */
  settings?: WorkbookSettings;
  /** An imported roster: merged with the 党员名册 sheet by id. */
  members?: readonly Member[];
  /** Problems found while importing it, reported with the rest. */
  importProblems?: readonly SheetProblem[];
  /**
   * The columns the imported roster had (ImportPreview's `columns`): details it has no column for
   * (免参加, 领导干部, 在册起/止 …) are kept as 党员名册 has them. Absent: the import gives every detail.
   */
  importedColumns?: readonly RosterField[];
  /**
   * What to do with the roster's branch names 设置 does not know (see ./branchImport.ts); a name
   * without a decision is added as a new branch, and reported.
   */
  branchDecisions?: readonly BranchDecision[];
  /**
   * Refuse to write without a 单位名称 (it heads every print): the pane and the command line ask for
   * it; tests and the sample workbook may leave it out.
   */
  requireUnit?: boolean;
  /** Holiday entries to add to the 节假日 sheet's own (later ones win). */
  manualHolidays?: readonly ManualHolidayEntry[];
  /**
   * "Today" for the attendance warnings (rate under the threshold, not yet recorded, runs of
   * absence): with it, the warnings cover the attendance as written; without, only the schedule's.
   */
  asOf?: CalendarDate;
}

export interface GenerateResult {
  report: PortWriteReport;
  settings: WorkbookSettings;
  memberCount: number;
  activityCount: number;
  /** Activities gone from the schedule whose entered data is kept (已取消). */
  cancelledCount: number;
  /** People a re-import no longer lists, kept on the roster. */
  missingMembers: Member[];
  /** How the imported roster's branches were reconciled with 设置; null without an import. */
  branchImport: BranchImportReport | null;
  /** Branches of 设置 with nobody on the roster after this action. */
  emptyBranches: string[];
  problems: SheetProblem[];
  /** The schedule's warnings, and with `asOf` the attendance warnings as of that day. */
  warnings: DomainWarning[];
}

/** Nothing was written: the message says why (Chinese), problems list every cause. */
export class GenerateError extends Error {
  constructor(
    message: string,
    readonly problems: readonly SheetProblem[],
  ) {
    super(message);
    this.name = 'GenerateError';
  }
}

/** Plans the year, reporting settings the engine cannot plan with as a GenerateError. */
export function plan(planYear: () => PlannedYear): PlannedYear {
  try {
    return planYear();
  } catch (error) {
    if (error instanceof UnplannableSettingsError) throw new GenerateError(error.message, error.problems);
    throw error;
  }
}

/** Rows and columns searched by the schedule's lookups into an attendance sheet. */
const LOOKUP_ROWS = 10000;
const LOOKUP_LAST_COLUMN = 'ZZ';

/**
 * 应到, 实到, 到会率 and 达标 of an activity from its branch's attendance sheet: the figure row found by its label
 * in column A, the activity's column by its id in the id row — so member rows added there later do
 * not break the link.
 */
export function attendanceFigureFormulas(kind: string, idCell: string, idRow: number): FigureFormulas {
  const sheet = sheetToken(kind);
  const area = `${sheet}!$A$1:$${LOOKUP_LAST_COLUMN}$${LOOKUP_ROWS}`;
  const labels = `${sheet}!$A$1:$A$${LOOKUP_ROWS}`;
  const ids = `${sheet}!$A$${idRow}:$${LOOKUP_LAST_COLUMN}$${idRow}`;
  const lookup = (label: string) =>
    `=IFERROR(INDEX(${area},MATCH("${label}",${labels},0),MATCH(${idCell},${ids},0)),"")`;
  const f = ATTENDANCE_SHEET.figures;
  return { due: lookup(f.due), present: lookup(f.attended), rate: lookup(f.rate), met: lookup(f.met) };
}

/** Branch names of the settings, then any branch only the roster names, in roster order. */
function withRosterBranches(settings: WorkbookSettings, members: readonly Member[]): WorkbookSettings {
  const names = new Set(settings.branches.map((branch) => branch.name));
  const branches = [...settings.branches];
  for (const member of members) {
    if (names.has(member.branch)) continue;
    names.add(member.branch);
    branches.push({ name: member.branch, secretary: '', recorder: '' });
  }
  return { ...settings, branches };
}

export async function generateWorkbook(
  port: WorkbookPort,
  input: GenerateInput = {},
): Promise<GenerateResult> {
  const fallbackYear = input.year ?? input.settings?.year ?? new Date().getFullYear();
  const state = readWorkbookState(await port.readOwnedGrids(), fallbackYear);
  const problems: SheetProblem[] = [...(input.importProblems ?? []), ...state.problems];
  // A 设置 sheet that cannot be read would plan the wrong days: stop before writing anything.
  const settingsErrors = input.settings ? [] : state.settingsProblems.filter((p) => p.severity === 'error');
  if (settingsErrors.length > 0) throw new GenerateError(GENERATE_TEXT.settingsUnreadable, settingsErrors);

  let settings = input.settings ?? state.settings ?? defaultSettings(fallbackYear, input.unit ?? '');
  if (input.year !== undefined) settings = { ...settings, year: input.year };
  if (input.unit !== undefined) settings = { ...settings, unit: input.unit.trim() };
  if (input.requireUnit === true && settings.unit === '')
    throw new GenerateError(IMPORT_REVIEW.unitMissing, problems);

  // A branch just renamed in 设置 is renamed in an imported roster too (it may still use the old name).
  const renames = new Map(
    (state.settings?.branches ?? []).flatMap((branch) =>
      branch.renamedFrom === undefined ? [] : [[branch.renamedFrom, branch.name] as const],
    ),
  );
  const renamed = input.members?.map((member) => {
    const branch = renames.get(member.branch);
    return branch === undefined ? member : { ...member, branch };
  });
  let branchImport: BranchImportReport | null = null;
  let imported: Member[] | undefined;
  if (renamed !== undefined) {
    const reconciled = importBranches(renamed, settings.branches, input.branchDecisions);
    imported = reconciled.members;
    branchImport = reconciled.report;
    settings = { ...settings, branches: reconciled.branches };
  }
  const lacking = input.importedColumns === undefined ? [] : detailsLacking(input.importedColumns);
  const merged = imported
    ? mergeMembers(state.members, imported, lacking)
    : { members: state.members, missing: [], kept: [] };
  if (merged.kept.length > 0) {
    problems.push({
      sheet: GENERATE_TEXT.rosterSheet,
      severity: 'warning',
      message: GENERATE_TEXT.detailsKept(merged.kept.map((key) => KEPT_DETAIL_NAMES[key])),
    });
  }
  for (const member of merged.missing) {
    problems.push({
      sheet: GENERATE_TEXT.rosterSheet,
      severity: 'warning',
      message: GENERATE_TEXT.memberMissing(member.name, member.branch, member.id),
    });
  }
  const members = merged.members;
  settings = withRosterBranches(settings, members);
  if (settings.branches.length === 0) throw new GenerateError(GENERATE_TEXT.noBranches, problems);
  const staffed = new Set(members.map((member) => member.branch));
  const emptyBranches = settings.branches.map((branch) => branch.name).filter((name) => !staffed.has(name));

  const manual = [...state.manualHolidays, ...(input.manualHolidays ?? [])];
  const branchNames = settings.branches.map((branch) => branch.name);
  const { schedule, calendar } = plan(() => planWorkbookYear(state, settings, branchNames, manual));
  const carried = carryData(state, schedule.activities);
  const descriptions = describeAll(settings, members, calendar, schedule.activities, carried, state);

  const invalid = descriptions.flatMap((description) => descriptionProblems(description));
  if (invalid.length > 0) throw new Error(`Invalid sheet descriptions: ${invalid.join('; ')}`);

  const report = await port.writeDescriptions(descriptions);
  let warnings = schedule.warnings;
  if (input.asOf !== undefined) {
    // Marks of 已取消 activities are kept on their sheets but are not attendance of this schedule.
    const live = new Set(schedule.activities.map(activityKey));
    const ledger = evaluateAttendance({
      activities: schedule.activities,
      members,
      attendance: carried.attendance.filter((entry) =>
        live.has(activityKey({ branch: entry.branch, id: entry.activityId })),
      ),
      asOf: input.asOf,
      settings: {
        threshold: settings.threshold,
        requiredPerMonth: settings.requiredPerMonth,
        unexcusedLimit: settings.unexcusedLimit,
      },
      branchOrder: settings.branches.map((branch) => branch.name),
    });
    warnings = collectWarnings(ledger, schedule.warnings);
  }
  return {
    report,
    settings,
    memberCount: members.length,
    activityCount: schedule.activities.length,
    cancelledCount: carried.cancelled.length,
    missingMembers: merged.missing,
    branchImport,
    emptyBranches,
    problems,
    warnings,
  };
}

function describeAll(
  settings: WorkbookSettings,
  members: readonly Member[],
  calendar: HolidayCalendar,
  activities: readonly Activity[],
  carried: ReturnType<typeof carryData>,
  state: Pick<
    WorkbookState,
    'attendanceSheets' | 'keptScheduleRows' | 'keptHolidayRows' | 'keptRosterRows' | 'userColumns' | 'makeUp'
  >,
): SheetDescription[] {
  const existingSheets: readonly AttendanceSheetRecord[] = state.attendanceSheets;
  const rowOf = new Map(activities.map((activity, index) => [activity, SCHEDULE_FIRST_ROW + index]));
  // Each branch's sheet is the one that records it, wherever the branch now stands in 设置.
  const numbers = attendanceSheetNumbers(
    settings.branches.map((branch) => branch.name),
    existingSheets,
  );
  const numberOf = (branch: string) => numbers.get(branch) ?? 0;
  const kindOfBranch = new Map(
    settings.branches.map((branch) => [branch.name, attendanceSheetKind(numberOf(branch.name))]),
  );
  const entriesByBranch = new Map<string, typeof carried.attendance>();
  for (const entry of carried.attendance) {
    const list = entriesByBranch.get(entry.branch) ?? [];
    list.push(entry);
    entriesByBranch.set(entry.branch, list);
  }
  const attendance = settings.branches.map((branch) =>
    describeAttendanceSheet({
      year: settings.year,
      branch: branch.name,
      branchIndex: numberOf(branch.name),
      members: members.filter((member) => member.branch === branch.name),
      activities: activities.filter((activity) => activity.branch === branch.name),
      marks: marksFromEntries(entriesByBranch.get(branch.name) ?? []),
      orphans: carried.orphans.get(branch.name) ?? [],
      unit: settings.unit,
      userColumns: state.userColumns.attendance.get(branch.name),
    }),
  );
  return [
    describeSettingsSheet(settings),
    describeRosterSheet({
      unit: settings.unit,
      members,
      branchCount: settings.branches.length,
      kept: state.keptRosterRows,
      userColumns: state.userColumns.roster,
    }),
    describeHolidaysSheet({
      unit: settings.unit,
      year: settings.year,
      calendar,
      kept: state.keptHolidayRows,
      userColumns: state.userColumns.holidays,
    }),
    describeScheduleSheet({
      unit: settings.unit,
      year: settings.year,
      activities,
      details: carried.details,
      cancelled: carried.cancelled,
      kept: state.keptScheduleRows,
      userColumns: state.userColumns.schedule,
      figureFormulas: (activity) => {
        const kind = kindOfBranch.get(activity.branch);
        const row = rowOf.get(activity);
        return kind === undefined || row === undefined
          ? null
          : attendanceFigureFormulas(kind, `$A${row}`, ATTENDANCE_ID_ROW);
      },
    }),
    ...attendance,
    ...makeUpSheets(settings, members, activities, carried.attendance, state.makeUp),
  ];
}
