/** Something the branch or the 党总支 should look at. Messages are Chinese and say what to do. */
import type { CalendarDate } from './date';

export type WarningCode =
  | 'below-threshold'
  | 'month-short'
  | 'absence-run'
  /** 无故缺席 in a year as many times as 设置's 无故缺席提示次数, or more (src/domain/unexcusedCount.ts). */
  | 'unexcused-limit'
  | 'unrecorded'
  | 'unknown-code'
  | 'provisional-holidays'
  | 'shift-impossible'
  | 'roster-row'
  /** Attendance entered for a member id that is not on the branch's roster. */
  | 'orphan-entry'
  /** Attendance entered for a member at activities before 在册起 or after 在册止 (kept, not counted). */
  | 'off-roster-entry'
  /** A branch of 设置 with nobody on its roster: nothing can be recorded for it. */
  | 'empty-branch'
  /** An attendance sheet of a branch that 设置 no longer has. */
  | 'orphan-sheet';

export interface DomainWarning {
  code: WarningCode;
  message: string;
  branch?: string;
  activityId?: string;
  memberId?: string;
  /** The month concerned, 'YYYY-MM'. */
  month?: string;
  /** The activity's date (for an activity's warning), so a digest can say "最早 1月9日，最近 11月27日". */
  date?: CalendarDate;
}
