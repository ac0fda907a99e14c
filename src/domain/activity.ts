/** An activity day of one branch: a fixed day of the plan (possibly shifted) or an extra one (the X). */
import type { CalendarDate } from './date';
import type { ThemeId } from './themes';

export type ActivityKind = 'fixed' | 'extra';

export interface Activity {
  /**
   * Stable within its branch across regenerations, so entered data stays attached when the date
   * moves: fixed days are 'YYYY-MM-1', 'YYYY-MM-2' … (the n-th fixed day of the month by plan),
   * extra days 'YYYY-MM-X1', 'YYYY-MM-X2' … in the order they were added.
   */
  id: string;
  branch: string;
  kind: ActivityKind;
  /** The day it is held. */
  date: CalendarDate;
  /** The day the plan gives before any holiday shift (equal to `date` when not shifted). */
  plannedDate: CalendarDate;
  shifted: boolean;
  /** Why it moved, readable by a person; null when not shifted. */
  reason: string | null;
  theme: ThemeId;
  /** True when the holiday data the date depends on is provisional (预估). */
  provisional: boolean;
}

/** The key that identifies an activity in the whole workbook. */
export function activityKey(activity: Pick<Activity, 'branch' | 'id'>): string {
  return `${activity.branch}\u0000${activity.id}`;
}
