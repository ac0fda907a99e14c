/** What reading a State Council holiday notice gives: its year, items, days and findings. */
import type { CalendarDate } from '../date';
import type { HolidayKind } from './types';

/** One item of the notice: “二、春节：2月15日至23日放假调休，共9天。2月14日（周六）…上班。” */
export interface NoticeItem {
  /** Its number in the notice (二 → 2), or its place when the items are not numbered. */
  number: number;
  /** The holidays it names, as the 放假办法 names them: ['中秋节', '国庆节']. */
  holidays: string[];
  /** The item as pasted, white space runs as one space. */
  text: string;
}

/** A day off or a 调休 working day of the notice. */
export interface NoticeDay {
  date: CalendarDate;
  kind: HolidayKind;
  /** The item's holidays joined: 春节, or 中秋节、国庆节 for a combined item. */
  holiday: string;
  /** The sentence it comes from, as pasted. */
  sentence: string;
  /** The item's number. */
  item: number;
}

/**
 * error: the notice cannot be used as it is (nothing is written until it is fixed); warning: it
 * can be used, but something in it disagrees with itself or with the 放假办法; info: how a part
 * of it was read.
 */
export type NoticeSeverity = 'error' | 'warning' | 'info';

export type NoticeFindingKind =
  | 'no-year'
  | 'year-assumed'
  | 'year-mismatch'
  | 'year-out-of-range'
  | 'no-items'
  | 'unknown-heading'
  | 'unread-sentence'
  | 'day-without-month'
  | 'bad-date'
  | 'backward-range'
  | 'weekday-mismatch'
  | 'lunar-mismatch'
  | 'count-mismatch'
  | 'working-on-weekday'
  | 'make-up-on-weekend'
  | 'off-and-working'
  | 'duplicate-day'
  | 'statutory-not-off'
  | 'statutory-under-other'
  | 'holiday-missing'
  | 'duplicate-holiday'
  | 'encouraged'
  /** A day of the notice in another year (2022-12-31 in the notice for 2023), found by its user. */
  | 'other-year';

export interface NoticeFinding {
  kind: NoticeFindingKind;
  severity: NoticeSeverity;
  /** Chinese, naming the item and what is wrong. */
  message: string;
  /** The sentence it is about, as pasted; null for the notice as a whole. */
  sentence: string | null;
  /** The number of the item it is about; null for the notice as a whole. */
  item: number | null;
}

export interface HolidayNotice {
  /** The year the notice arranges; null when neither the text nor the caller gives one. */
  year: number | null;
  items: NoticeItem[];
  /** In date order; a day named twice is listed once (twice when once off and once working). */
  days: NoticeDay[];
  /** In the order of the items, the notice as a whole last. */
  findings: NoticeFinding[];
}
