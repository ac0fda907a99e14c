/**
 * The year's holiday calendar as the pane lists it: every day off and 调休 working day with its
 * source (官方 / 预估 / 手工), whether the State Council's notice for the year is missing (the days
 * are then estimated from 《全国年节及纪念日放假办法》 until the user enters the notice), and the
 * user's own entries of the 节假日 sheet.
 */
import { createHolidayCalendar } from '../domain/holidays/calendar';
import type { HolidayDay, ManualHolidayEntry } from '../domain/holidays/types';
import type { SheetProblem } from '../workbook/problems';
import { readWorkbookState } from '../workbook/state';
import type { WorkbookPort } from './port';

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
