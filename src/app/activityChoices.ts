/**
 * The activities the pane's 活动材料 step offers, per branch: the year as every action plans it
 * (./planYear.ts), and the 已取消 rows of 活动安排 (offered so that choosing one says why nothing is
 * written). Read with the workbook's info, so the step needs no read of its own.
 */
import type { CalendarDate } from '../domain/date';
import type { ThemeId } from '../domain/themes';
import type { WorkbookState } from '../workbook/state';
import { planWorkbookYear, UnplannableSettingsError } from './planYear';

export interface ActivityChoice {
  id: string;
  branch: string;
  /** Null for a cancelled row whose date cell is blank or unreadable. */
  date: CalendarDate | null;
  theme: ThemeId | null;
  cancelled: boolean;
}

/** Every branch's activities of the year by date (cancelled ones after), empty when they cannot be planned. */
export function activityChoicesOf(state: WorkbookState): ActivityChoice[] {
  const settings = state.settings;
  if (settings === null || state.settingsProblems.some((problem) => problem.severity === 'error')) return [];
  const known = settings.branches.map((branch) => branch.name);
  let planned: ActivityChoice[];
  try {
    planned = planWorkbookYear(state, settings, known).schedule.activities.map((activity) => ({
      id: activity.id,
      branch: activity.branch,
      date: activity.date,
      theme: activity.theme,
      cancelled: false,
    }));
  } catch (error) {
    if (error instanceof UnplannableSettingsError) return [];
    throw error;
  }
  const live = new Set(planned.map((choice) => `${choice.branch}\u0000${choice.id}`));
  const cancelled = state.scheduleRows
    .filter(
      (row) =>
        row.cancelled && known.includes(row.branch) && !live.has(`${row.branch}\u0000${row.activityId}`),
    )
    .map((row) => ({
      id: row.activityId,
      branch: row.branch,
      date: row.date,
      theme: row.theme,
      cancelled: true,
    }));
  const byDate = (a: ActivityChoice, b: ActivityChoice) =>
    (a.date ?? '9999') < (b.date ?? '9999')
      ? -1
      : (a.date ?? '9999') > (b.date ?? '9999')
        ? 1
        : a.id < b.id
          ? -1
          : 1;
  return [...planned.sort(byDate), ...cancelled.sort(byDate)];
}

/**
 * The activity the step starts on: the branch's next live one on or after `today`, else its last
 * one; null when the branch has none.
 */
export function defaultActivity(
  choices: readonly ActivityChoice[],
  today: CalendarDate,
): ActivityChoice | null {
  const live = choices.filter((choice) => !choice.cancelled && choice.date !== null);
  return (
    live.find((choice) => (choice.date as CalendarDate) >= today) ??
    (live.length > 0 ? live[live.length - 1] : null)
  );
}
