/**
 * The fixed days of the plan before any holiday shift: "每月第二周、第四周的星期五".
 *
 * Two readings of 第N周的星期五 are supported:
 * - 'nth-weekday': the N-th Friday of the month (the default, and how most branches read it);
 * - 'calendar-week': the Friday of the month's N-th calendar week, weeks starting on Monday and the
 *   first week being the Monday-started row of the month's calendar that contains the 1st. When
 *   that row's Friday falls outside the month (only possible in the first and last rows), the week
 *   has no Friday in the month and the plan has no day for that ordinal in that month.
 * The ordinal -1 means the last such weekday of the month under either reading.
 */
import {
  type CalendarDate,
  type IsoWeekday,
  type MonthKey,
  calendarDate,
  daysInMonth,
  firstOfMonth,
  isoWeekday,
  monthKey,
} from './date';

export type FixedDayReading = 'nth-weekday' | 'calendar-week';

/** Which days of each month the plan holds its fixed activities on. */
export interface FixedDayRule {
  weekday: IsoWeekday;
  /** 1-based ordinals (1–5 for 'nth-weekday', 1–6 for 'calendar-week'), or -1 for the last one. */
  ordinals: readonly number[];
  reading: FixedDayReading;
}

/** The ordinal that means "the last one in the month". */
export const LAST_ORDINAL = -1;

/** The largest ordinal each reading can ever produce a day for. */
export const MAX_ORDINAL: Record<FixedDayReading, number> = { 'nth-weekday': 5, 'calendar-week': 6 };

/** Day of the month of the first `weekday` in the month. */
function firstWeekdayDay(year: number, month: number, weekday: IsoWeekday): number {
  return 1 + ((weekday - isoWeekday(firstOfMonth(year, month)) + 7) % 7);
}

function lastWeekdayOfMonth(year: number, month: number, weekday: IsoWeekday): CalendarDate {
  const first = firstWeekdayDay(year, month, weekday);
  const count = Math.floor((daysInMonth(year, month) - first) / 7);
  return calendarDate(year, month, first + 7 * count) as CalendarDate;
}

/** The n-th `weekday` of the month (n ≥ 1, or -1 for the last); null when the month has no n-th. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: IsoWeekday,
  n: number,
): CalendarDate | null {
  if (n === LAST_ORDINAL) return lastWeekdayOfMonth(year, month, weekday);
  if (!Number.isInteger(n) || n < 1) return null;
  return calendarDate(year, month, firstWeekdayDay(year, month, weekday) + 7 * (n - 1));
}

/**
 * The `weekday` in the month's k-th Monday-started calendar row (k ≥ 1, or -1 for the last row
 * that has that weekday in the month); null when that row's weekday lies outside the month.
 */
export function weekdayOfCalendarWeek(
  year: number,
  month: number,
  weekday: IsoWeekday,
  k: number,
): CalendarDate | null {
  if (k === LAST_ORDINAL) return lastWeekdayOfMonth(year, month, weekday);
  if (!Number.isInteger(k) || k < 1) return null;
  // The first row starts on the Monday on or before the 1st, i.e. at day 2 - isoWeekday(1st).
  const day = 1 + weekday - isoWeekday(firstOfMonth(year, month)) + 7 * (k - 1);
  return calendarDate(year, month, day);
}

/** The planned day for one ordinal of the rule, or null when the month has none. */
export function fixedDayFor(
  year: number,
  month: number,
  rule: Omit<FixedDayRule, 'ordinals'>,
  ordinal: number,
): CalendarDate | null {
  return rule.reading === 'nth-weekday'
    ? nthWeekdayOfMonth(year, month, rule.weekday, ordinal)
    : weekdayOfCalendarWeek(year, month, rule.weekday, ordinal);
}

/** The planned days of a month, one per ordinal in the rule's order (null where there is none). */
export function fixedDaysOfMonth(year: number, month: number, rule: FixedDayRule): (CalendarDate | null)[] {
  return rule.ordinals.map((ordinal) => fixedDayFor(year, month, rule, ordinal));
}

/** True when the two readings give different days for this month. */
export function readingsDiffer(
  year: number,
  month: number,
  weekday: IsoWeekday,
  ordinals: readonly number[],
): boolean {
  const nth = fixedDaysOfMonth(year, month, { weekday, ordinals, reading: 'nth-weekday' });
  const week = fixedDaysOfMonth(year, month, { weekday, ordinals, reading: 'calendar-week' });
  return nth.some((date, i) => date !== week[i]);
}

/**
 * The months from `fromYear` to `toYear` (both included) in which the two readings differ. They
 * differ exactly when the month's first calendar row has no such weekday, i.e. when the 1st falls
 * after the weekday (for Friday: months starting on a Saturday or a Sunday).
 */
export function monthsWhereReadingsDiffer(
  fromYear: number,
  toYear: number,
  weekday: IsoWeekday,
  ordinals: readonly number[],
): MonthKey[] {
  const months: MonthKey[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (let month = 1; month <= 12; month++) {
      if (readingsDiffer(year, month, weekday, ordinals)) months.push(monthKey(year, month));
    }
  }
  return months;
}
