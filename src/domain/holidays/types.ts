/** The vocabulary of the holiday calendar, shared by its three sources. */
import type { CalendarDate } from '../date';

/** Where a day's status comes from: the State Council notice, the 放假办法 estimate, or the user. */
export type HolidaySource = 'official' | 'provisional' | 'manual';

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
