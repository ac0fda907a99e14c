/**
 * The year's holiday calendar as the pane lists it: every day off and 调休 working day with its
 * source (官方 / 预估 / 手工), whether the State Council's notice for the year is missing (the days
 * are then estimated from 《全国年节及纪念日放假办法》 until the user enters the notice), and the
 * user's own entries of the 节假日 sheet — and adding one such entry from the pane.
 */
import { yearOf } from '../domain/date';
import { createHolidayCalendar, type HolidayCalendar } from '../domain/holidays/calendar';
import { parseLooseDate } from '../domain/holidays/manual';
import type { HolidayDay, ManualAction, ManualHolidayEntry } from '../domain/holidays/types';
import { HOLIDAY_ENTRY_TEXT } from '../strings/pane';
import type { RawGrid } from '../workbook/grid';
import type { SheetProblem } from '../workbook/problems';
import { readWorkbookState, type WorkbookState } from '../workbook/state';
import { GenerateError } from './generate';
import {
  type MovedActivity,
  planHolidayChange,
  settingsForHolidays,
  writeHolidaysSheet,
} from './holidayChange';
import type { PortWriteReport, WorkbookPort } from './port';

export type { MovedActivity } from './holidayChange';

export interface HolidayListing {
  year: number;
  days: HolidayDay[];
  /** False when the year's official notice is not in the add-in's data. */
  hasOfficialData: boolean;
  /** True while any day still comes from the estimate: dates may move when the notice comes out. */
  provisional: boolean;
  /** True when the year's days come from a notice pasted in the pane (来源 通知). */
  fromNotice: boolean;
  /** The user's entries read from the 节假日 sheet (added, changed or removed days). */
  manualEntries: ManualHolidayEntry[];
  counts: {
    off: number;
    working: number;
    official: number;
    provisional: number;
    notice: number;
    manual: number;
  };
  /** Problems reading the 节假日 sheet. */
  problems: SheetProblem[];
}

/** The listing of `year` in `calendar`; `problems` are those of reading the 节假日 sheet. */
export function holidayListing(
  year: number,
  calendar: HolidayCalendar,
  problems: readonly SheetProblem[],
): HolidayListing {
  const days = [...calendar.daysOfYear(year)];
  const count = (test: (day: HolidayDay) => boolean) => days.filter(test).length;
  return {
    year,
    days,
    hasOfficialData: calendar.hasOfficialData(year),
    provisional: calendar.isProvisionalYear(year),
    fromNotice: calendar.fromNotice(year),
    // The user's own entries: a pasted notice's days are listed as days, not as entries.
    manualEntries: calendar.manualEntries.filter(
      (entry) => entry.date.startsWith(`${year}-`) && entry.origin !== 'notice',
    ),
    counts: {
      off: count((day) => day.kind === 'off'),
      working: count((day) => day.kind === 'working'),
      official: count((day) => day.source === 'official'),
      provisional: count((day) => day.source === 'provisional'),
      notice: count((day) => day.source === 'notice'),
      manual: count((day) => day.source === 'manual'),
    },
    problems: [...problems],
  };
}

/** The problems of reading the 节假日 sheet among a workbook's. */
export function holidaySheetProblems(
  grids: ReadonlyMap<string, RawGrid>,
  state: WorkbookState,
): SheetProblem[] {
  const sheet = grids.get('holidays')?.sheetName;
  return state.problems.filter((problem) => problem.sheet === sheet);
}

/** The calendar of `year`; `extra` entries (not yet written) are applied after the sheet's own. */
export async function listHolidays(
  port: WorkbookPort,
  year: number,
  extra: readonly ManualHolidayEntry[] = [],
): Promise<HolidayListing> {
  const grids = await port.readOwnedGrids();
  const state = readWorkbookState(grids, year);
  const calendar = createHolidayCalendar({ manual: [...state.manualHolidays, ...extra] });
  return holidayListing(year, calendar, holidaySheetProblems(grids, state));
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
  const settings = settingsForHolidays(state, year, text);

  // The user's own entries; a pasted notice's day of the same date stays (the user's entry wins over it).
  const own = (entry: ManualHolidayEntry) => entry.origin !== 'notice';
  const replaced = state.manualHolidays.find((entry) => own(entry) && entry.date === date) ?? null;
  const others = state.manualHolidays.filter((entry) => !own(entry) || entry.date !== date);
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

  const { moved, calendar } = planHolidayChange(state, settings, manual);
  const { report, sheet } = await writeHolidaysSheet(port, state, settings, calendar);
  return { entry, replaced, sheet, report, moved };
}
