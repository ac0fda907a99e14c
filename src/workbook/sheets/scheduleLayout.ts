/**
 * 活动安排's layout, shared by its description (./schedule.ts) and its reading (./scheduleRead.ts):
 * the header row, the first activity row and each column's place.
 */
import { SCHEDULE_SHEET } from '../../strings/sheets';

export const SCHEDULE_HEADER_ROW = 3;
export const SCHEDULE_FIRST_ROW = 4;

/**
 * 1-based columns. 时间 and 内容摘要 came last (after 状态) so that no column of older workbooks
 * moved; they are found by their header only, so a column the user had added there stays hers.
 */
export const SCHEDULE_COLUMNS = {
  id: 1,
  branch: 2,
  date: 3,
  weekday: 4,
  plannedDate: 5,
  reason: 6,
  theme: 7,
  topic: 8,
  place: 9,
  host: 10,
  recorder: 11,
  due: 12,
  present: 13,
  rate: 14,
  met: 15,
  archive: 16,
  expense: 17,
  note: 18,
  status: 19,
  time: 20,
  summary: 21,
} as const;
export type ScheduleColumn = keyof typeof SCHEDULE_COLUMNS;
/** Columns added after the first release: a grid without their header does not have them. */
export const LATER_COLUMNS: ReadonlySet<ScheduleColumn> = new Set(['time', 'summary']);
export const SCHEDULE_WIDTH = SCHEDULE_SHEET.headers.length;

/** What the secretary types per activity (read back and carried by activity id). */
export const DETAIL_TEXT_FIELDS = [
  'topic',
  'place',
  'host',
  'recorder',
  'archive',
  'note',
  'time',
  'summary',
] as const;
