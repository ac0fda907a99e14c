/** Builders for the attendance tests: activities, members and entries written tersely. */
import type { Activity } from '../../src/domain/activity';
import type { AttendanceEntry } from '../../src/domain/attendance';
import { type CalendarDate, parseIsoDate } from '../../src/domain/date';
import type { Member, MemberCategory } from '../../src/domain/member';
import type { ThemeId } from '../../src/domain/themes';
import type { CellValue } from '../../src/domain/text';

export function day(text: string): CalendarDate {
  const date = parseIsoDate(text);
  if (date === null) throw new Error(`bad test date ${text}`);
  return date;
}

export function activity(
  branch: string,
  id: string,
  date: string,
  theme: ThemeId = 'study',
  extra: Partial<Activity> = {},
): Activity {
  const d = day(date);
  return {
    id,
    branch,
    kind: 'fixed',
    date: d,
    plannedDate: d,
    shifted: false,
    reason: null,
    theme,
    provisional: false,
    ...extra,
  };
}

export function member(
  id: string,
  name: string,
  branch: string,
  category: MemberCategory = '正式党员',
  extra: Partial<Member> = {},
): Member {
  return { id, name, branch, category, ...extra };
}

export function entry(
  memberId: string,
  branch: string,
  activityId: string,
  raw: CellValue,
  note?: string,
): AttendanceEntry {
  return note === undefined
    ? { memberId, branch, activityId, raw }
    : { memberId, branch, activityId, raw, note };
}

/** Entries for one activity from a string of codes, one per member in order ('.' = blank). */
export function column(
  memberIds: readonly string[],
  branch: string,
  activityId: string,
  codes: readonly string[],
): AttendanceEntry[] {
  return memberIds.flatMap((id, i) => (codes[i] === '.' ? [] : [entry(id, branch, activityId, codes[i])]));
}

/** Reads the roster fixture (a plain CSV without quoted fields) into header → cell rows. */
export function csvRows(text: string): Record<string, string>[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
}
