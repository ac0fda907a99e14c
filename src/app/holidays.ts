/**
 * The year's holiday calendar as the pane lists it: every day off and 调休 working day with its
 * source (官方 / 预估 / 手工), whether the State Council's notice for the year is missing (the days
 * are then estimated from 《全国年节及纪念日放假办法》 until the user enters the notice), and the
 * user's own entries of the 节假日 sheet — and adding one such entry from the pane.
 */
import { activityKey } from '../domain/activity';
import type { CalendarDate } from '../domain/date';
import { yearOf } from '../domain/date';
import { createHolidayCalendar } from '../domain/holidays/calendar';
import { parseLooseDate } from '../domain/holidays/manual';
import type { HolidayDay, ManualAction, ManualHolidayEntry } from '../domain/holidays/types';
import { HOLIDAY_ENTRY_TEXT } from '../strings/pane';
import { GENERATE_TEXT } from '../strings/sheets';
import { descriptionProblems } from '../workbook/checkDescription';
import type { SheetProblem } from '../workbook/problems';
import { describeHolidaysSheet } from '../workbook/sheets/holidays';
import { readWorkbookState } from '../workbook/state';
import { GenerateError, plan } from './generate';
import { planWorkbookYear } from './planYear';
import type { PortWriteReport, WorkbookPort } from './port';

export interface HolidayListing {
  year: number;
  days: HolidayDay[];
  /** False when the year's official notice is not in the add-in's data. */
  hasOfficialData: boolean;
  /** True while any day still comes from the estimate: dates may move when the notice comes out. */
  provisional: boolean;
  /** The user's entries read from the 节假日 sheet (added, changed or removed days). */
  manualEntries: ManualHolidayEntry[];
  counts: { off: number; working: number; official: number; provisional: number; manual: number };
  /** Problems reading the 节假日 sheet. */
  problems: SheetProblem[];
}

/** The calendar of `year`; `extra` entries (not yet written) are applied after the sheet's own. */
export async function listHolidays(
  port: WorkbookPort,
  year: number,
  extra: readonly ManualHolidayEntry[] = [],
): Promise<HolidayListing> {
  const grids = await port.readOwnedGrids();
  const state = readWorkbookState(grids, year);
  const holidaySheet = grids.get('holidays')?.sheetName;
  const manual = [...state.manualHolidays, ...extra];
  const calendar = createHolidayCalendar({ manual });
  const days = [...calendar.daysOfYear(year)];
  const count = (test: (day: HolidayDay) => boolean) => days.filter(test).length;
  return {
    year,
    days,
    hasOfficialData: calendar.hasOfficialData(year),
    provisional: calendar.isProvisionalYear(year),
    manualEntries: manual.filter((entry) => entry.date.startsWith(`${year}-`)),
    counts: {
      off: count((day) => day.kind === 'off'),
      working: count((day) => day.kind === 'working'),
      official: count((day) => day.source === 'official'),
      provisional: count((day) => day.source === 'provisional'),
      manual: count((day) => day.source === 'manual'),
    },
    problems: state.problems.filter((problem) => problem.sheet === holidaySheet),
  };
}

/** A day the user adds in the pane, as typed: date text, what the day is, and its name. */
export interface ManualHolidayInput {
  /** 2027-02-05 (2027/2/5 and 2027年2月5日 are read too). */
  date: string;
  /** 'off' 放假, 'working' 调休上班, 'remove' 不放假 (drop an official or estimated day). */
  action: ManualAction;
  /** The holiday's name; may be left empty for 不放假 (the day's own name is kept). */
  name: string;
}

/** An activity the new calendar moves: it takes the new date when 活动安排 is generated again. */
export interface MovedActivity {
  branch: string;
  activityId: string;
  from: CalendarDate;
  to: CalendarDate;
}

export interface ManualHolidayResult {
  /** The entry written (a removal left unnamed carries the removed day's name). */
  entry: ManualHolidayEntry;
  /** The user's earlier entry for the same day, replaced by this one; null when there was none. */
  replaced: ManualHolidayEntry | null;
  /** The 节假日 sheet's name in the workbook. */
  sheet: string;
  report: PortWriteReport;
  /** Activities whose date the new day changes, by branch and date; 活动安排 is not rewritten here. */
  moved: MovedActivity[];
}

function fail(message: string): never {
  throw new GenerateError(message, []);
}

/**
 * Adds (or replaces) the user's entry for one day of `year` in the 节假日 sheet, source 手工: every
 * row already there is written back (the user's entries, rows kept as typed), the official and
 * estimated days are made again. 活动安排 is left as it is: the result lists the activities that
 * move when it is generated again. Bad input is refused in Chinese before anything is written.
 */
export async function addManualHoliday(
  port: WorkbookPort,
  year: number,
  input: ManualHolidayInput,
): Promise<ManualHolidayResult> {
  const text = HOLIDAY_ENTRY_TEXT;
  const dateText = input.date.trim();
  const date = parseLooseDate(dateText);
  if (date === null) fail(text.badDate(dateText));
  if (yearOf(date) !== year) fail(text.otherYear(date, year));
  const name = input.name.trim();
  if (name === '' && input.action !== 'remove') fail(text.noName);

  const state = readWorkbookState(await port.readOwnedGrids(), year);
  const settings = state.settings;
  if (settings === null) fail(text.noSettings);
  const settingsErrors = state.settingsProblems.filter((problem) => problem.severity === 'error');
  if (settingsErrors.length > 0) throw new GenerateError(GENERATE_TEXT.settingsUnreadable, settingsErrors);
  if (settings.year !== year) fail(text.workbookYear(settings.year, year));

  const replaced = state.manualHolidays.find((entry) => entry.date === date) ?? null;
  const others = state.manualHolidays.filter((entry) => entry.date !== date);
  let entry: ManualHolidayEntry;
  let manual: ManualHolidayEntry[];
  if (input.action === 'remove') {
    // What the notices or the estimate say of the day, the user's own entry for it aside.
    const base = createHolidayCalendar({ manual: others }).dayInfo(date);
    if (base.source === null && replaced === null) fail(text.nothingToRemove(date));
    entry = { date, action: 'remove', name: name || (base.name ?? replaced?.name ?? '') };
    // Undoing the user's own day leaves nothing to remove: the entry is simply dropped.
    manual = base.source === null ? others : [...others, entry];
  } else {
    entry = { date, action: input.action, name };
    manual = [...others, entry];
  }

  const branches = [...settings.branches.map((branch) => branch.name)];
  for (const member of state.members) if (!branches.includes(member.branch)) branches.push(member.branch);
  const before = plan(() => planWorkbookYear(state, settings, branches));
  const after = plan(() => planWorkbookYear(state, settings, branches, manual));
  const dateBefore = new Map(before.schedule.activities.map((a) => [activityKey(a), a.date]));
  const moved: MovedActivity[] = [];
  for (const activity of after.schedule.activities) {
    const from = dateBefore.get(activityKey(activity));
    if (from !== undefined && from !== activity.date)
      moved.push({ branch: activity.branch, activityId: activity.id, from, to: activity.date });
  }

  const description = describeHolidaysSheet({
    unit: settings.unit,
    year,
    calendar: after.calendar,
    kept: state.keptHolidayRows,
    // The columns she added beside the list, by date (left out, they were lost here).
    userColumns: state.userColumns.holidays,
  });
  const invalid = descriptionProblems(description);
  if (invalid.length > 0) throw new Error(`Invalid sheet description: ${invalid.join('; ')}`);
  const report = await port.writeDescriptions([description]);
  const sheet = report.sheets.find((written) => written.kind === 'holidays')?.name ?? description.name;
  return { entry, replaced, sheet, report, moved };
}
