/**
 * The official calendar (days off and 调休 working days from the State Council's yearly notices),
 * as shipped by the `chinese-days` package.
 *
 * We read the package's JSON (dist/chinese-days.json: date → "English,中文,天数") rather than its
 * functions: those parse 'YYYY-MM-DD' as UTC but format and look up in local time, so west of
 * Greenwich every answer belongs to the day before. Its `isHoliday` is also true on every weekend;
 * the `holidays` map holds exactly the days off of the arrangements and `workdays` the 调休
 * working days.
 */
import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import { type CalendarDate, parseIsoDate, yearOf } from '../date';
import { holidayNameFromPackage } from '../../strings/calendar';
import type { HolidayDay, HolidayKind } from './types';

interface PackageData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

function toDays(map: Record<string, string>, kind: HolidayKind): HolidayDay[] {
  return Object.entries(map).flatMap(([text, label]) => {
    const date = parseIsoDate(text);
    // The label is "English,中文,天数"; the Chinese name is what people read.
    const chinese = label.split(',')[1] ?? label;
    return date === null
      ? []
      : [{ date, kind, name: holidayNameFromPackage(chinese), source: 'official' as const }];
  });
}

function byYear(days: readonly HolidayDay[]): Map<number, HolidayDay[]> {
  const years = new Map<number, HolidayDay[]>();
  for (const day of days) {
    const list = years.get(yearOf(day.date)) ?? [];
    list.push(day);
    years.set(yearOf(day.date), list);
  }
  for (const list of years.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return years;
}

const data = chineseDaysData as PackageData;
const OFFICIAL_BY_YEAR = byYear([...toDays(data.holidays, 'off'), ...toDays(data.workdays, 'working')]);

/** The years the package has notices for (2004–2026 in chinese-days 1.5.7). */
export const OFFICIAL_YEARS: readonly number[] = [...OFFICIAL_BY_YEAR.keys()].sort((a, b) => a - b);

export function hasOfficialData(year: number): boolean {
  return OFFICIAL_BY_YEAR.has(year);
}

/** The official days off and 调休 working days of a year, in date order; null without data. */
export function officialDays(year: number): readonly HolidayDay[] | null {
  return OFFICIAL_BY_YEAR.get(year) ?? null;
}

/** The official day of one date, if the notices name it. */
export function officialDay(date: CalendarDate): HolidayDay | null {
  return officialDays(yearOf(date))?.find((day) => day.date === date) ?? null;
}
