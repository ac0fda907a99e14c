/**
 * The year's schedule as generateWorkbook would write it, before writing: every activity of every
 * branch, each shifted date with its planned date and reason, from the workbook's holiday entries,
 * extra (X) activities and theme changes — the same inputs and engine as generate.
 */
import type { Activity } from '../domain/activity';
import type { Member } from '../domain/member';
import type { DomainWarning } from '../domain/warning';
import { GENERATE_TEXT } from '../strings/sheets';
import type { WorkbookSettings } from '../workbook/sheets/settings';
import { readWorkbookState } from '../workbook/state';
import { GenerateError, plan } from './generate';
import { planWorkbookYear } from './planYear';
import type { WorkbookPort } from './port';

export interface MonthPreview {
  /** 'YYYY-MM'. */
  month: string;
  activities: Activity[];
}

export interface SchedulePreview {
  year: number;
  branches: string[];
  activities: Activity[];
  /** Activities whose date moved off the plan (holiday), each with plannedDate and reason. */
  shifted: Activity[];
  months: MonthPreview[];
  /** True when some date rests on estimated holidays. */
  provisional: boolean;
  warnings: DomainWarning[];
}

/**
 * `settings` are the ones the pane is about to use (the 设置 sheet's when absent); `members` an
 * import not yet written, whose branches get activities too, as generate gives them.
 */
export async function previewSchedule(
  port: WorkbookPort,
  settings?: WorkbookSettings,
  members: readonly Member[] = [],
): Promise<SchedulePreview> {
  const fallbackYear = settings?.year ?? new Date().getFullYear();
  const state = readWorkbookState(await port.readOwnedGrids(), fallbackYear);
  const chosen = settings ?? state.settings;
  if (chosen === null) throw new GenerateError(GENERATE_TEXT.noBranches, state.problems);
  const branches = [...chosen.branches.map((branch) => branch.name)];
  for (const member of [...state.members, ...members])
    if (!branches.includes(member.branch)) branches.push(member.branch);
  if (branches.length === 0) throw new GenerateError(GENERATE_TEXT.noBranches, state.problems);
  const { schedule } = plan(() => planWorkbookYear(state, chosen, branches));
  const activities = schedule.activities;
  const byMonth = new Map<string, Activity[]>();
  for (const activity of activities) {
    const month = activity.date.slice(0, 7);
    const list = byMonth.get(month) ?? [];
    list.push(activity);
    byMonth.set(month, list);
  }
  return {
    year: chosen.year,
    branches,
    activities,
    shifted: activities.filter((activity) => activity.shifted),
    months: [...byMonth]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, list]) => ({ month, activities: list })),
    provisional: activities.some((activity) => activity.provisional),
    warnings: schedule.warnings,
  };
}
