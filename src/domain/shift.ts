/**
 * Moving a fixed day that is not a working day (遇节假日可顺延或提前).
 *
 * 顺延 takes the nearest following activity day; if that is in another month, more than
 * `maxShiftDays` later, or on or after the month's next activity, it takes the nearest preceding
 * one instead (which must be in the month, within `maxShiftDays` and after the previous activity).
 * 提前 is the mirror image. When neither works the day cannot be held and the caller warns.
 */
import { type CalendarDate, addDays, daysBetween, isWeekend, monthKeyOf } from './date';
import type { HolidayCalendar } from './holidays/calendar';
import type { ShiftPolicy } from './settings';
import { SHIFT_TEXT, type ShiftProblem } from '../strings/calendar';

export interface ShiftOptions {
  calendar: HolidayCalendar;
  policy: ShiftPolicy;
  weekendWorkdaysCount: boolean;
  maxShiftDays: number;
  /** The month's previous activity, if any: the day must come after it. */
  after: CalendarDate | null;
  /** The month's next activity, if any: the day must come before it. */
  before: CalendarDate | null;
}

export type ShiftOutcome =
  { ok: true; date: CalendarDate; shifted: boolean; reason: string | null } | { ok: false; reason: string };

/** A day that may hold an activity: a working day, and not a weekend 调休 day when those are excluded. */
export function isActivityDay(
  calendar: HolidayCalendar,
  date: CalendarDate,
  weekendWorkdaysCount: boolean,
): boolean {
  if (!calendar.isWorkingDay(date)) return false;
  return weekendWorkdaysCount || !isWeekend(date);
}

/** How far we look for the nearest activity day before giving up (longer than any holiday). */
const SEARCH_DAYS = 40;

/** The nearest activity day strictly after (+1) or before (-1) `from`; null if none within SEARCH_DAYS. */
export function nearestActivityDay(
  calendar: HolidayCalendar,
  from: CalendarDate,
  direction: 1 | -1,
  weekendWorkdaysCount: boolean,
): CalendarDate | null {
  for (let step = 1; step <= SEARCH_DAYS; step++) {
    const date = addDays(from, direction * step);
    if (isActivityDay(calendar, date, weekendWorkdaysCount)) return date;
  }
  return null;
}

type Candidate = { ok: true; date: CalendarDate } | { ok: false; problem: ShiftProblem };

function candidate(planned: CalendarDate, direction: 1 | -1, options: ShiftOptions): Candidate {
  const date = nearestActivityDay(options.calendar, planned, direction, options.weekendWorkdaysCount);
  if (date === null) return { ok: false, problem: { kind: 'none', direction, days: SEARCH_DAYS } };
  if (monthKeyOf(date) !== monthKeyOf(planned))
    return { ok: false, problem: { kind: 'other-month', direction, date } };
  if (Math.abs(daysBetween(planned, date)) > options.maxShiftDays) {
    return { ok: false, problem: { kind: 'too-far', direction, date, maxDays: options.maxShiftDays } };
  }
  const neighbour = direction === 1 ? options.before : options.after;
  if (neighbour !== null && (direction === 1 ? date >= neighbour : date <= neighbour)) {
    return { ok: false, problem: { kind: 'neighbour', direction, date, neighbour } };
  }
  return { ok: true, date };
}

/** Where the planned day is held, and why it moved. */
export function shiftFixedDay(planned: CalendarDate, options: ShiftOptions): ShiftOutcome {
  const { calendar, weekendWorkdaysCount } = options;
  if (isActivityDay(calendar, planned, weekendWorkdaysCount)) {
    return { ok: true, date: planned, shifted: false, reason: null };
  }
  const plannedInfo = calendar.dayInfo(planned);
  const first: 1 | -1 = options.policy === 'postpone' ? 1 : -1;
  const primary = candidate(planned, first, options);
  if (primary.ok) {
    const reason = SHIFT_TEXT.moved(plannedInfo, calendar.dayInfo(primary.date), first, null);
    return { ok: true, date: primary.date, shifted: true, reason };
  }
  const fallback = candidate(planned, first === 1 ? -1 : 1, options);
  if (fallback.ok) {
    const reason = SHIFT_TEXT.moved(
      plannedInfo,
      calendar.dayInfo(fallback.date),
      first === 1 ? -1 : 1,
      primary.problem,
    );
    return { ok: true, date: fallback.date, shifted: true, reason };
  }
  return { ok: false, reason: SHIFT_TEXT.impossible(plannedInfo, primary.problem, fallback.problem) };
}
