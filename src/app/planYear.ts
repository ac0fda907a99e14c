/**
 * The workbook's year as every action plans it — generate, the schedule preview and the summaries
 * must give the same activities with the same ids, so they plan through this one function: the
 * settings of 设置, the holiday entries of 节假日, and the extra activities and theme changes typed
 * into 活动安排.
 */
import { createHolidayCalendar, type HolidayCalendar } from '../domain/holidays/calendar';
import type { ManualHolidayEntry } from '../domain/holidays/types';
import { generateSchedule, type Schedule, ScheduleSettingsError } from '../domain/schedule';
import { GENERATE_TEXT } from '../strings/sheets';
import type { SheetProblem } from '../workbook/problems';
import { scheduleSettingsOf, type WorkbookSettings } from '../workbook/sheets/settings';
import { extrasFrom, themeOverridesFrom } from '../workbook/carried';
import type { WorkbookState } from '../workbook/state';

export interface PlannedYear {
  schedule: Schedule;
  calendar: HolidayCalendar;
}

/** Settings the engine cannot plan with, as problems of the 设置 sheet. */
export class UnplannableSettingsError extends Error {
  readonly problems: SheetProblem[];
  constructor(error: ScheduleSettingsError) {
    super(GENERATE_TEXT.settingsUnreadable);
    this.name = 'UnplannableSettingsError';
    this.problems = error.problems.map((message) => ({
      sheet: GENERATE_TEXT.settingsSheet,
      severity: 'error' as const,
      message,
    }));
  }
}

export function planWorkbookYear(
  state: WorkbookState,
  settings: WorkbookSettings,
  branches: readonly string[],
  manual: readonly ManualHolidayEntry[] = state.manualHolidays,
): PlannedYear {
  const calendar = createHolidayCalendar({ manual });
  try {
    const schedule = generateSchedule({
      year: settings.year,
      branches,
      settings: scheduleSettingsOf(settings),
      calendar,
      extras: extrasFrom(state.scheduleRows),
      themeOverrides: themeOverridesFrom(state.scheduleRows),
    });
    return { schedule, calendar };
  } catch (error) {
    if (error instanceof ScheduleSettingsError) throw new UnplannableSettingsError(error);
    throw error;
  }
}
