/**
 * The State Council's holiday notice, pasted: read (noticeRead.ts), checked (noticeChecks.ts) and
 * turned into the calendar's entries. Pure: no I/O, no clock; the caller says which year it
 * expects (the workbook's, or --year) and gets every finding rather than a guess.
 */
import { compareDates, yearOf } from '../date';
import { NOTICE_FINDINGS } from '../../strings/notice';
import { checkNoticeReading } from './noticeChecks';
import { readNoticeText } from './noticeRead';
import type { HolidayNotice, NoticeDay, NoticeFinding } from './noticeTypes';
import type { ManualHolidayEntry } from './types';

/** The years a notice may arrange (those the schedule plans). */
export const NOTICE_YEARS = { from: 2000, to: 2099 } as const;

export interface ReadNoticeOptions {
  /**
   * The year the caller expects: used when the text names none (said in an info finding), and a
   * notice of another year is an error.
   */
  year?: number;
}

function general(
  kind: NoticeFinding['kind'],
  severity: NoticeFinding['severity'],
  message: string,
): NoticeFinding {
  return { kind, severity, message, sentence: null, item: null };
}

/** Each date once per kind, in date order (a date both off and working keeps both, found as an error). */
function distinctDays(days: readonly NoticeDay[]): NoticeDay[] {
  const seen = new Set<string>();
  const result: NoticeDay[] = [];
  for (const day of days) {
    const key = `${day.date}|${day.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(day);
  }
  return result.sort(
    (a, b) => compareDates(a.date, b.date) || (a.kind === b.kind ? 0 : a.kind === 'off' ? -1 : 1),
  );
}

export function readHolidayNotice(text: string, options: ReadNoticeOptions = {}): HolidayNotice {
  const reading = readNoticeText(text, options.year ?? null);
  const { year, namedYear } = reading;
  const findings = [...reading.findings];
  const overall: NoticeFinding[] = [];
  if (year === null) overall.push(general('no-year', 'error', NOTICE_FINDINGS.noYear));
  else if (namedYear === null)
    overall.push(general('year-assumed', 'info', NOTICE_FINDINGS.yearAssumed(year)));
  if (namedYear !== null && options.year !== undefined && namedYear !== options.year)
    overall.push(general('year-mismatch', 'error', NOTICE_FINDINGS.yearMismatch(namedYear, options.year)));
  const inRange = year !== null && year >= NOTICE_YEARS.from && year <= NOTICE_YEARS.to;
  if (year !== null && !inRange)
    overall.push(general('year-out-of-range', 'error', NOTICE_FINDINGS.yearOutOfRange(year)));
  if (reading.items.length === 0) overall.push(general('no-items', 'error', NOTICE_FINDINGS.noItems));
  else if (year !== null && inRange) {
    for (const finding of checkNoticeReading(reading, year))
      (finding.item === null ? overall : findings).push(finding);
  }
  // In the order of the items (stable within one), the notice as a whole last.
  const order = new Map(reading.items.map((item, index) => [item.number, index]));
  findings.sort((a, b) => (order.get(a.item ?? -1) ?? 0) - (order.get(b.item ?? -1) ?? 0));
  return {
    year: inRange ? year : null,
    items: reading.items.map(({ number, holidays, text: itemText }) => ({
      number,
      holidays,
      text: itemText,
    })),
    days: inRange ? distinctDays(reading.days) : [],
    findings: [...findings, ...overall],
  };
}

/** True when the notice cannot be used until its text is corrected. */
export function hasNoticeErrors(notice: HolidayNotice): boolean {
  return notice.findings.some((finding) => finding.severity === 'error');
}

/**
 * The notice's days of `year` as the calendar's entries (origin 'notice'): they replace that
 * year's official or estimated days, and the user's own entries still win over them. A day of
 * another year (2022-12-31 in the notice for 2023) belongs to that year's calendar.
 */
export function noticeHolidayEntries(notice: HolidayNotice, year: number): ManualHolidayEntry[] {
  const both = new Set<string>();
  const kinds = new Map<string, string>();
  for (const day of notice.days) {
    if (kinds.has(day.date) && kinds.get(day.date) !== day.kind) both.add(day.date);
    kinds.set(day.date, day.kind);
  }
  return notice.days
    .filter((day) => yearOf(day.date) === year && !both.has(day.date))
    .map((day) => ({ date: day.date, action: day.kind, name: day.holiday, origin: 'notice' as const }));
}
