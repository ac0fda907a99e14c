/**
 * Where everything sits on a 出勤登记 sheet. Only the writer uses positions; the reader finds the
 * activity-id row by its marker and keys every mark by ids.
 *
 *   row 1  title                          row 2  legend
 *   row 3  activity ids (hidden)          rows 4–6  date / theme / shift reason (frozen with 1–3)
 *   rows 7…  one row per member, then former members that still have marks
 *   below  per-activity figures: 应到 实到 迟到 早退 请假 缺席 未登记 无效 列席 到会率 达标 登记状态
 *
 *   A 编号  B 姓名  C 类别  D 在册与免参加 (A–D frozen)
 *   E–I hidden helpers per member, read by the formulas: 计入应到 (1/0), 在册起, 在册止, 免参加起,
 *       免参加止 as date serials (open ends as 0 and MAX_SERIAL; no exemption as MAX_SERIAL…0)
 *   J…  one column per activity; then 应参加 实到 请假 缺席 到会率 per member; a gap; then the
 *       已取消活动 columns (kept, not counted).
 */
import { columnLetters } from '../../address';

export const TITLE_ROW = 1;
export const LEGEND_ROW = 2;
export const ID_ROW = 3;
export const DATE_ROW = 4;
export const THEME_ROW = 5;
export const SHIFT_ROW = 6;
export const FIRST_MEMBER_ROW = 7;
/** Member rows begin this many rows below the id row (what the reader relies on). */
export const MEMBERS_BELOW_ID_ROW = FIRST_MEMBER_ROW - ID_ROW;

export const ID_COLUMN = 1;
export const NAME_COLUMN = 2;
export const CATEGORY_COLUMN = 3;
export const STATUS_COLUMN = 4;
export const COUNTED_COLUMN = 5;
export const FROM_COLUMN = 6;
export const TO_COLUMN = 7;
export const EXEMPT_FROM_COLUMN = 8;
export const EXEMPT_TO_COLUMN = 9;
export const FIRST_ACTIVITY_COLUMN = 10;

/** Excel's last date, 9999-12-31: an open "to" end. */
export const MAX_SERIAL = 2958465;

export const FIGURE_KEYS = [
  'due',
  'attended',
  'late',
  'leftEarly',
  'leave',
  'absent',
  'unrecorded',
  'invalid',
  'invitees',
  'rate',
  'met',
  'recorded',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export const TOTAL_KEYS = ['due', 'attended', 'leave', 'absent', 'rate'] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];

export interface AttendanceLayout {
  activityCount: number;
  /** Member rows, former members included; at least one (an empty row when there is nobody). */
  memberRowCount: number;
  orphanCount: number;
  lastMemberRow: number;
  /** Row of each figure under the members. */
  figureRow: Record<FigureKey, number>;
  lastFigureRow: number;
  /** Column of each member total. */
  totalColumn: Record<TotalKey, number>;
  firstOrphanColumn: number;
  /** The last column of the counted part (totals included). */
  lastMainColumn: number;
  lastColumn: number;
}

export function attendanceLayout(
  activityCount: number,
  memberRowCount: number,
  orphanCount: number,
): AttendanceLayout {
  const lastMemberRow = FIRST_MEMBER_ROW + memberRowCount - 1;
  const figureRow = Object.fromEntries(
    FIGURE_KEYS.map((key, index) => [key, lastMemberRow + 1 + index]),
  ) as Record<FigureKey, number>;
  const firstTotal = FIRST_ACTIVITY_COLUMN + activityCount;
  const totalColumn = Object.fromEntries(TOTAL_KEYS.map((key, index) => [key, firstTotal + index])) as Record<
    TotalKey,
    number
  >;
  const lastMainColumn = firstTotal + TOTAL_KEYS.length - 1;
  const firstOrphanColumn = lastMainColumn + 2;
  return {
    activityCount,
    memberRowCount,
    orphanCount,
    lastMemberRow,
    figureRow,
    lastFigureRow: lastMemberRow + FIGURE_KEYS.length,
    totalColumn,
    firstOrphanColumn,
    lastMainColumn,
    lastColumn: orphanCount > 0 ? firstOrphanColumn + orphanCount - 1 : lastMainColumn,
  };
}

export function activityColumn(index: number): number {
  return FIRST_ACTIVITY_COLUMN + index;
}

export const letter = columnLetters;
