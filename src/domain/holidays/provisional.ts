/**
 * The provisional calendar of a year without an official notice, computed from
 * 《全国年节及纪念日放假办法》: only the statutory days off, each marked provisional. No 调休 is
 * invented (the notice decides those), so weekends stay weekends.
 */
import { type CalendarDate, addDays, compareDates, dateOf } from '../date';
import { HOLIDAY_NAMES } from '../../strings/calendar';
import { dragonBoatDay, lunarNewYear, midAutumnDay, qingmingDay } from './lunar';
import type { HolidayDay } from './types';

/** The statutory days of one version of the 放假办法, from the year it took effect. */
interface HolidayRules {
  from: number;
  /** 春节: days relative to 正月初一 (-1 = 除夕). */
  springFestival: readonly number[];
  /** 劳动节: days of May. */
  labourDay: readonly number[];
  /** 清明、端午、中秋 (one day each since 2008). */
  traditional: boolean;
}

/** The versions of 1999, 2007 (from 2008), 2013 (from 2014) and 2024 (from 2025). */
export const HOLIDAY_RULES: readonly HolidayRules[] = [
  { from: 1999, springFestival: [0, 1, 2], labourDay: [1, 2, 3], traditional: false },
  { from: 2008, springFestival: [-1, 0, 1], labourDay: [1], traditional: true },
  { from: 2014, springFestival: [0, 1, 2], labourDay: [1], traditional: true },
  { from: 2025, springFestival: [-1, 0, 1, 2], labourDay: [1, 2], traditional: true },
];

export function rulesFor(year: number): HolidayRules {
  return [...HOLIDAY_RULES].reverse().find((rules) => rules.from <= year) ?? HOLIDAY_RULES[0];
}

function offDay(date: CalendarDate, name: string): HolidayDay {
  return { date, kind: 'off', name, source: 'provisional' };
}

/** Joins the names when two holidays fall on one day (中秋 on 国庆, say). */
function mergeSameDay(days: readonly HolidayDay[]): HolidayDay[] {
  const byDate = new Map<CalendarDate, HolidayDay>();
  for (const day of days) {
    const earlier = byDate.get(day.date);
    byDate.set(day.date, earlier ? { ...earlier, name: `${earlier.name}、${day.name}` } : day);
  }
  return [...byDate.values()].sort((a, b) => compareDates(a.date, b.date));
}

/** The statutory days off of `year` under the 放假办法 in force that year, in date order. */
export function provisionalDays(year: number): HolidayDay[] {
  const rules = rulesFor(year);
  const newYear = lunarNewYear(year);
  const days = [
    offDay(dateOf(year, 1, 1), HOLIDAY_NAMES.newYear),
    ...rules.springFestival.map((offset) => offDay(addDays(newYear, offset), HOLIDAY_NAMES.springFestival)),
    ...rules.labourDay.map((day) => offDay(dateOf(year, 5, day), HOLIDAY_NAMES.labourDay)),
    ...[1, 2, 3].map((day) => offDay(dateOf(year, 10, day), HOLIDAY_NAMES.nationalDay)),
  ];
  if (rules.traditional) {
    days.push(
      offDay(qingmingDay(year), HOLIDAY_NAMES.qingming),
      offDay(dragonBoatDay(year), HOLIDAY_NAMES.dragonBoat),
      offDay(midAutumnDay(year), HOLIDAY_NAMES.midAutumn),
    );
  }
  return mergeSameDay(days);
}
