/** The vocabulary of the holiday calendar, shared by its three sources. */
import type { CalendarDate } from '../date';

/**
 * Where a day's status comes from: the State Council's notices as shipped (official), the 放假办法
 * estimate (provisional), a notice the user pasted (notice), or the user's own entry (manual).
 */
export type HolidaySource = 'official' | 'provisional' | 'notice' | 'manual';

/** 'off': a day off by the holiday arrangement; 'working': a 调休 working day (补班) or one the user set. */
export type HolidayKind = 'off' | 'working';

/** A day whose status differs from the ordinary week (or that the user set explicitly). */
export interface HolidayDay {
  date: CalendarDate;
  kind: HolidayKind;
  /** The holiday it belongs to: 春节, 国庆节 … (for a working day, the holiday it makes up for). */
  name: string;
  source: HolidaySource;
}

/** What the user entered for a day: an extra day off, an extra working day, or the removal of an entry. */
export type ManualAction = 'off' | 'working' | 'remove';

export interface ManualHolidayEntry {
  date: CalendarDate;
  action: ManualAction;
  name?: string;
  /**
   * 'notice': a day of a State Council notice the user pasted (never a removal). A year with such
   * days takes them instead of its official or estimated days; the user's own entries still win.
   * Absent for the user's own entries.
   */
  origin?: 'notice';
}

/** 'workday' and 'weekend' are ordinary days, untouched by any source. */
export type DayKind = HolidayKind | 'workday' | 'weekend';

export interface DayInfo {
  date: CalendarDate;
  kind: DayKind;
  /** The holiday's name; null for an ordinary day. */
  name: string | null;
  /** null for an ordinary day. */
  source: HolidaySource | null;
}
