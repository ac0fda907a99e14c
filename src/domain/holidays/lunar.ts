/**
 * The lunar and solar-term dates the statutory holidays hang on, from the `chinese-days` package.
 *
 * `getLunarDate` counts whole days between two UTC instants, so its lunar fields are right in any
 * time zone (only its `date` echo is local and is ignored). `getSolarTermDate` formats a UTC
 * instant in local time, so west of Greenwich it answers the day before; we measure that slip on
 * the same date with `getLunarDate` and undo it.
 */
import { getLunarDate, getSolarTermDate } from 'chinese-days';
import { type CalendarDate, addDays, dateOf, daysBetween, parseIsoDate } from '../date';

/** The package's lunar tables cover these Gregorian years. */
export const LUNAR_YEARS = { from: 1901, to: 2099 } as const;

/** The day (in `from`…`to`) that is the given day of the given non-leap lunar month. */
function findLunarDay(
  from: CalendarDate,
  to: CalendarDate,
  lunarMonth: number,
  lunarDay: number,
): CalendarDate {
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const lunar = getLunarDate(date);
    if (lunar.lunarMon === lunarMonth && lunar.lunarDay === lunarDay && !lunar.isLeap) return date;
  }
  throw new RangeError(`No lunar ${lunarMonth}/${lunarDay} between ${from} and ${to}`);
}

/** 春节 (正月初一) of a Gregorian year; always between 21 January and 20 February. */
export function lunarNewYear(year: number): CalendarDate {
  return findLunarDay(dateOf(year, 1, 21), dateOf(year, 2, 20), 1, 1);
}

/** 端午 (五月初五); always between 28 May and 25 June. */
export function dragonBoatDay(year: number): CalendarDate {
  return findLunarDay(dateOf(year, 5, 20), dateOf(year, 6, 30), 5, 5);
}

/** 中秋 (八月十五); always between 7 September and 8 October. */
export function midAutumnDay(year: number): CalendarDate {
  return findLunarDay(dateOf(year, 9, 1), dateOf(year, 10, 15), 8, 15);
}

/** 清明, the solar term 'pure brightness' (4–6 April). */
export function qingmingDay(year: number): CalendarDate {
  const answered = parseIsoDate(getSolarTermDate(year, 4, 'pure_brightness'));
  if (answered === null) throw new RangeError(`No 清明 for ${year}`);
  const probe = dateOf(year, 4, 5);
  const echoed = parseIsoDate(getLunarDate(probe).date) ?? probe;
  return addDays(answered, -daysBetween(probe, echoed));
}

/** A day of the lunar calendar: month 1–12 (正月 … 腊月), day 1–30, and whether the month is leap. */
export interface LunarDay {
  month: number;
  day: number;
  leap: boolean;
}

/** The lunar month and day of a Gregorian date (the package covers 1901–2099). */
export function lunarDayOf(date: CalendarDate): LunarDay {
  const lunar = getLunarDate(date);
  return { month: lunar.lunarMon, day: lunar.lunarDay, leap: lunar.isLeap };
}

/** True on 除夕, the last day of the lunar year (腊月廿九 or 三十): the next day is 正月初一. */
export function isLunarNewYearsEve(date: CalendarDate): boolean {
  const next = lunarDayOf(addDays(date, 1));
  return next.month === 1 && next.day === 1 && !next.leap;
}
