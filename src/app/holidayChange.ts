/**
 * A change to the 节假日 sheet's entries, as the pane makes it (a day typed in, a notice pasted):
 * the workbook must be set up for the year; the activities the new entries move are found by
 * planning the year before and after; the sheet is written again with every row the user had (the
 * rows kept as typed, the columns the user added), and 活动安排 is left as it is.
 */
import { activityKey } from '../domain/activity';
import type { CalendarDate } from '../domain/date';
import type { HolidayCalendar } from '../domain/holidays/calendar';
import type { ManualHolidayEntry } from '../domain/holidays/types';
import { GENERATE_TEXT } from '../strings/sheets';
import { descriptionProblems } from '../workbook/checkDescription';
import { describeHolidaysSheet } from '../workbook/sheets/holidays';
import type { WorkbookSettings } from '../workbook/sheets/settings';
import type { WorkbookState } from '../workbook/state';
import { GenerateError, plan } from './generate';
import { planWorkbookYear } from './planYear';
import type { PortWriteReport, WorkbookPort } from './port';

/** An activity the new calendar moves: it takes the new date when 活动安排 is generated again. */
export interface MovedActivity {
  branch: string;
  activityId: string;
  from: CalendarDate;
  to: CalendarDate;
}

/** Why the workbook cannot take a holiday change, in the words of the action asking. */
export interface HolidaySetupTexts {
  noSettings: string;
  workbookYear(workbookYear: number, year: number): string;
}

/** The workbook's settings for `year`, or the reason (in Chinese) it cannot be changed. */
export function settingsForHolidays(
  state: WorkbookState,
  year: number,
  texts: HolidaySetupTexts,
): WorkbookSettings {
  const settings = state.settings;
  if (settings === null) throw new GenerateError(texts.noSettings, []);
  const errors = state.settingsProblems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new GenerateError(GENERATE_TEXT.settingsUnreadable, errors);
  if (settings.year !== year) throw new GenerateError(texts.workbookYear(settings.year, year), []);
  return settings;
}

export interface HolidayChange {
  moved: MovedActivity[];
  /** The calendar with the new entries. */
  calendar: HolidayCalendar;
}

/** The activities whose date `manual` (the 节假日 sheet's entries after the change) changes. */
export function planHolidayChange(
  state: WorkbookState,
  settings: WorkbookSettings,
  manual: readonly ManualHolidayEntry[],
): HolidayChange {
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
  return { moved, calendar: after.calendar };
}

/** Writes 节假日 from `calendar`, keeping the user's unread rows and added columns; its name in the workbook. */
export async function writeHolidaysSheet(
  port: WorkbookPort,
  state: WorkbookState,
  settings: WorkbookSettings,
  calendar: HolidayCalendar,
): Promise<{ report: PortWriteReport; sheet: string }> {
  const description = describeHolidaysSheet({
    unit: settings.unit,
    year: settings.year,
    calendar,
    kept: state.keptHolidayRows,
    userColumns: state.userColumns.holidays,
  });
  const invalid = descriptionProblems(description);
  if (invalid.length > 0) throw new Error(`Invalid sheet description: ${invalid.join('; ')}`);
  const report = await port.writeDescriptions([description]);
  const sheet = report.sheets.find((written) => written.kind === 'holidays')?.name ?? description.name;
  return { report, sheet };
}
