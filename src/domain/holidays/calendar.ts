/**
 * The holiday calendar the schedule is built on: a notice the user pasted, else the official
 * notices, else the provisional estimate; then the user's own entries, winning day by day.
 *
 * A calendar is a value: it never changes after creation. Years are merged on first use and kept,
 * so asking about a date costs one map lookup.
 */
import { type CalendarDate, compareDates, isWeekend, yearOf } from '../date';
import { MANUAL_DEFAULT_NAMES } from '../../strings/calendar';
import { LUNAR_YEARS } from './lunar';
import { hasOfficialData, officialDays } from './official';
import { provisionalDays } from './provisional';
import type { DayInfo, HolidayDay, ManualHolidayEntry } from './types';

export interface HolidayCalendar {
  /** A day people go to work: an ordinary weekday or a 调休 working day. */
  isWorkingDay(date: CalendarDate): boolean;
  dayInfo(date: CalendarDate): DayInfo;
  /** True while any day of the year still comes from the provisional estimate. */
  isProvisionalYear(year: number): boolean;
  hasOfficialData(year: number): boolean;
  /** True when the year's days come from a notice the user pasted (entries of origin 'notice'). */
  fromNotice(year: number): boolean;
  /** The year's merged holiday days (days off and working days), in date order. */
  daysOfYear(year: number): readonly HolidayDay[];
  /** The user's entries the calendar was made with. */
  readonly manualEntries: readonly ManualHolidayEntry[];
}

export interface HolidayCalendarOptions {
  /** The user's own entries (applied in order; a later entry for the same date wins). */
  manual?: readonly ManualHolidayEntry[];
  /** Use the official notices (default true). Off, every year is estimated: useful to compare. */
  useOfficial?: boolean;
  /** Estimate years without a notice (default true). */
  useProvisional?: boolean;
}

interface YearTable {
  days: ReadonlyMap<CalendarDate, HolidayDay>;
  provisional: boolean;
  official: boolean;
  notice: boolean;
}

function noticeDay(entry: ManualHolidayEntry): HolidayDay {
  const kind = entry.action === 'working' ? 'working' : 'off';
  return { date: entry.date, kind, name: entry.name?.trim() || MANUAL_DEFAULT_NAMES[kind], source: 'notice' };
}

function baseDays(
  year: number,
  notice: readonly ManualHolidayEntry[],
  useOfficial: boolean,
  useProvisional: boolean,
): readonly HolidayDay[] {
  // A pasted notice is the year's arrangement, in place of the shipped data or the estimate.
  if (notice.length > 0) return notice.map(noticeDay);
  const official = useOfficial ? officialDays(year) : null;
  if (official !== null) return official;
  const estimable = useProvisional && year >= LUNAR_YEARS.from && year <= LUNAR_YEARS.to;
  return estimable ? provisionalDays(year) : [];
}

function applyManual(days: Map<CalendarDate, HolidayDay>, entry: ManualHolidayEntry): void {
  if (entry.action === 'remove') {
    days.delete(entry.date);
    return;
  }
  const earlier = days.get(entry.date);
  const name = entry.name?.trim() || earlier?.name || MANUAL_DEFAULT_NAMES[entry.action];
  days.set(entry.date, { date: entry.date, kind: entry.action, name, source: 'manual' });
}

function buildYear(year: number, options: Required<HolidayCalendarOptions>): YearTable {
  const days = new Map<CalendarDate, HolidayDay>();
  const ofYear = options.manual.filter((entry) => yearOf(entry.date) === year);
  const notice = ofYear.filter((entry) => entry.origin === 'notice' && entry.action !== 'remove');
  for (const day of baseDays(year, notice, options.useOfficial, options.useProvisional))
    days.set(day.date, day);
  for (const entry of ofYear) if (entry.origin !== 'notice') applyManual(days, entry);
  const official = options.useOfficial && hasOfficialData(year);
  const provisional = [...days.values()].some((day) => day.source === 'provisional');
  return { days, provisional, official, notice: notice.length > 0 };
}

function ordinaryDay(date: CalendarDate): DayInfo {
  return { date, kind: isWeekend(date) ? 'weekend' : 'workday', name: null, source: null };
}

export function createHolidayCalendar(options: HolidayCalendarOptions = {}): HolidayCalendar {
  const settled: Required<HolidayCalendarOptions> = {
    manual: [...(options.manual ?? [])],
    useOfficial: options.useOfficial ?? true,
    useProvisional: options.useProvisional ?? true,
  };
  const years = new Map<number, YearTable>();
  const tableOf = (year: number): YearTable => {
    let table = years.get(year);
    if (!table) {
      table = buildYear(year, settled);
      years.set(year, table);
    }
    return table;
  };
  const dayInfo = (date: CalendarDate): DayInfo => {
    const day = tableOf(yearOf(date)).days.get(date);
    return day ? { date, kind: day.kind, name: day.name, source: day.source } : ordinaryDay(date);
  };
  return {
    dayInfo,
    isWorkingDay: (date) => {
      const kind = dayInfo(date).kind;
      return kind === 'workday' || kind === 'working';
    },
    isProvisionalYear: (year) => tableOf(year).provisional,
    hasOfficialData: (year) => tableOf(year).official,
    fromNotice: (year) => tableOf(year).notice,
    daysOfYear: (year) => [...tableOf(year).days.values()].sort((a, b) => compareDates(a.date, b.date)),
    manualEntries: settled.manual,
  };
}

/** The calendar with the official notices and estimates only, shared because it never changes. */
export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar = createHolidayCalendar();
