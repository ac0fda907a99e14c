/**
 * Calendar dates as 'YYYY-MM-DD' strings.
 *
 * A policy day is a day on the wall calendar of China, not an instant: a local-time `Date` would
 * shift it when the machine's time zone changes. Values of this type are plain strings, so they
 * compare, sort and serialise as they are. The few computations that need a `Date` build one from
 * the parts in local time and read the parts back at once, which date-fns keeps correct in any zone
 * (its day arithmetic uses setDate, never milliseconds).
 */
import { addDays as addDaysFns, differenceInCalendarDays, getDaysInMonth } from 'date-fns';

declare const calendarDateBrand: unique symbol;
/** A day on the calendar, written 'YYYY-MM-DD'. */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

/** A month, written 'YYYY-MM'. */
export type MonthKey = string;

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date for year, month (1–12) and day, or null when no such day exists. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}` as CalendarDate;
}

/** Like `calendarDate`, for parts known to be valid; throws on a programming error. */
export function dateOf(year: number, month: number, day: number): CalendarDate {
  const date = calendarDate(year, month, day);
  if (date === null) throw new RangeError(`No such date: ${year}-${month}-${day}`);
  return date;
}

/** Parses exactly 'YYYY-MM-DD'; null for anything else or for a day that does not exist. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = isoPattern.exec(text);
  if (!match) return null;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && parseIsoDate(value) === value;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function dateParts(date: CalendarDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** Month number 1–12. */
export function monthOf(date: CalendarDate): number {
  return Number(date.slice(5, 7));
}

export function monthKeyOf(date: CalendarDate): MonthKey {
  return date.slice(0, 7);
}

export function monthKey(year: number, month: number): MonthKey {
  return `${year}-${pad2(month)}`;
}

/** 1 for January–June, 2 for July–December. */
export function halfOf(date: CalendarDate): 1 | 2 {
  return monthOf(date) <= 6 ? 1 : 2;
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new Date(year, month - 1, 1));
}

function toLocalDate(date: CalendarDate): Date {
  const { year, month, day } = dateParts(date);
  const local = new Date(year, month - 1, day);
  // Years 0–99 are mapped to 1900–1999 by the Date constructor; CalendarDate years are ≥ 1000.
  return local;
}

function fromLocalDate(local: Date): CalendarDate {
  return dateOf(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromLocalDate(addDaysFns(toLocalDate(date), days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function isoWeekday(date: CalendarDate): IsoWeekday {
  const day = toLocalDate(date).getDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}

export function isWeekend(date: CalendarDate): boolean {
  return isoWeekday(date) >= 6;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}

export function firstOfMonth(year: number, month: number): CalendarDate {
  return dateOf(year, month, 1);
}

export function lastOfMonth(year: number, month: number): CalendarDate {
  return dateOf(year, month, daysInMonth(year, month));
}

/** Excel's 1900 date system: serial 1 is 1900-01-01 and the fictitious 1900-02-29 is serial 60. */
export function fromExcelSerial(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60 || whole > 2958465) return null;
  // Serial 61 is 1900-03-01; count from 1899-12-30 for serials after the fictitious leap day.
  const offset = whole > 60 ? whole : whole + 1;
  return addDays(dateOf(1899, 12, 30), offset);
}

/**
 * Days from 1900-01-00 to 1904-01-01 in Excel's reckoning: a date's serial in a workbook saved with
 * the 1904 date system (old Excel for Mac) is its 1900-system serial less this.
 */
export const DATE_1904_OFFSET = 1462;

export function toExcelSerial(date: CalendarDate): number {
  const days = daysBetween(dateOf(1899, 12, 30), date);
  return days <= 60 ? days - 1 : days;
}

/** Chinese weekday name: 星期一 … 星期日. */
export function weekdayName(date: CalendarDate): string {
  return WEEKDAY_NAMES[isoWeekday(date) - 1];
}

export const WEEKDAY_NAMES = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
