/**
 * 补学: who must make up an activity, and whether they have. Policy 四、3: 因事因病不能参加的，必须经
 * 党支部批准 (so 事/病 need an approver); 二、2: exempt members get each activity's content from a
 * designated contact (专人传达). A member owes a 补学 for an activity once its attendance is
 * recorded (anything entered for a due member) and their outcome is 事假, 病假 or 缺席, or they are
 * exempt that day. Entries are keyed by member id and activity id, never by position.
 *
 * The deadline is `days` after the activity, inclusive: with 30 days, an activity on 3月12日 is
 * made up in time until 4月11日 and overdue from 4月12日 when no 补学日期 is entered. "Now" is
 * always passed in.
 */
import type { Activity } from './activity';
import { addDays, type CalendarDate } from './date';
import type { Ledger } from './ledger';
import { isExemptOn, isOnRoster, countsTowardRates } from './member';
import type { ThemeId } from './themes';

/** The codes that owe a 补学, and 免 for an exempt member (专人传达). */
export type MakeUpCode = '事' | '病' | '×' | '免';

const OUTCOME_CODES: Readonly<Record<string, MakeUpCode>> = {
  'personal-leave': '事',
  'sick-leave': '病',
  absent: '×',
};

/** One 补学 a member owes for an activity. */
export interface MakeUpDue {
  memberId: string;
  memberName: string;
  branch: string;
  activityId: string;
  date: CalendarDate;
  theme: ThemeId;
  code: MakeUpCode;
  /** The reason typed after the code in the attendance sheet (事：出差), or null. */
  note: string | null;
  /** For an exempt member: the designated contact (专人联系) from the roster. */
  contact?: string;
}

/** What was entered in the 补学登记 sheet for a member at an activity. */
export interface MakeUpRecord {
  memberId: string;
  activityId: string;
  /** 请假批准人 ('' when blank). */
  approver: string;
  /** True once a 补学日期 is entered (anything typed counts: the secretary meant it as done). */
  done: boolean;
  /** The 补学日期 read as a date; null when blank or not a date. */
  doneOn: CalendarDate | null;
  /**
   * What was typed in 补学日期 when it is not a date ('已补', '3月底'); null otherwise (a formula's
   * result is not known here, so a formula is taken as it stands).
   */
  doneText: string | null;
}

/** The key of a member at an activity, the same in the sheet and in the engine. */
export function makeUpKey(entry: { memberId: string; activityId: string }): string {
  return `${entry.memberId}\u0000${entry.activityId}`;
}

/**
 * Every 补学 owed, from the ledger: by branch (ledger order), then activity (date order), then
 * member (roster order). Activities with nothing recorded yet owe nothing.
 */
export function dueMakeUps(ledger: Ledger): MakeUpDue[] {
  const due: MakeUpDue[] = [];
  for (const branch of ledger.branches) {
    branch.activities.forEach((activity, column) => {
      if (branch.figures[column].recording === 'none') return;
      for (const row of branch.rows) {
        const outcome = row.outcomes[column];
        const code = OUTCOME_CODES[outcome] ?? (isExemptAt(row.member, activity) ? '免' : undefined);
        if (code === undefined) continue;
        const member = row.member;
        const contact = code === '免' ? member.exemption?.contact.trim() : undefined;
        due.push({
          memberId: member.id,
          memberName: member.name,
          branch: branch.branch,
          activityId: activity.id,
          date: activity.date,
          theme: activity.theme,
          code,
          note: row.marks[column]?.note ?? null,
          ...(contact ? { contact } : {}),
        });
      }
    });
  }
  return due;
}

function isExemptAt(member: Parameters<typeof isExemptOn>[0], activity: Pick<Activity, 'date'>): boolean {
  return (
    countsTowardRates(member.category) &&
    isOnRoster(member, activity.date) &&
    isExemptOn(member, activity.date)
  );
}

/** The last day a 补学 is in time: `days` after the activity. */
export function makeUpDeadline(date: CalendarDate, days: number): CalendarDate {
  return addDays(date, days);
}

/** Overdue: no 补学日期 and `now` past the deadline. */
export function isMakeUpOverdue(date: CalendarDate, done: boolean, now: CalendarDate, days: number): boolean {
  return !done && now > makeUpDeadline(date, days);
}

/** 事/病 of an activity held by `now` without a 请假批准人. */
export function needsApprover(due: MakeUpDue, record: MakeUpRecord | undefined, now: CalendarDate): boolean {
  return (due.code === '事' || due.code === '病') && due.date <= now && (record?.approver ?? '') === '';
}

/**
 * A 补学日期 to look at again: typed but not a date, or a date before the activity (a 补学 cannot
 * come first). Either still counts as done; null when the date is sound or blank.
 */
export function makeUpDateProblem(
  due: Pick<MakeUpDue, 'date'>,
  record: MakeUpRecord | undefined,
): { kind: 'unreadable'; text: string } | { kind: 'early'; date: CalendarDate } | null {
  if (record === undefined || !record.done) return null;
  if (record.doneText !== null) return { kind: 'unreadable', text: record.doneText };
  return record.doneOn !== null && record.doneOn < due.date ? { kind: 'early', date: record.doneOn } : null;
}

/** 补学 done, outstanding and (of those) overdue. */
export interface MakeUpCount {
  due: number;
  done: number;
  outstanding: number;
  overdue: number;
}

export function emptyMakeUpCount(): MakeUpCount {
  return { due: 0, done: 0, outstanding: 0, overdue: 0 };
}

export interface MakeUpCounts {
  /** By `${branch}\u0000YYYY-MM` (the activity's month). */
  byBranchMonth: Map<string, MakeUpCount>;
  /** By member id, over every activity given. */
  byMember: Map<string, MakeUpCount>;
}

export function branchMonthKey(branch: string, month: string): string {
  return `${branch}\u0000${month}`;
}

/** Counts the 补学 owed, done and overdue as of `now`, per branch and month and per member. */
export function countMakeUps(
  due: readonly MakeUpDue[],
  records: ReadonlyMap<string, MakeUpRecord>,
  now: CalendarDate,
  days: number,
): MakeUpCounts {
  const byBranchMonth = new Map<string, MakeUpCount>();
  const byMember = new Map<string, MakeUpCount>();
  const add = (map: Map<string, MakeUpCount>, key: string, done: boolean, late: boolean) => {
    let count = map.get(key);
    if (count === undefined) map.set(key, (count = emptyMakeUpCount()));
    count.due += 1;
    if (done) count.done += 1;
    else count.outstanding += 1;
    if (late) count.overdue += 1;
  };
  for (const entry of due) {
    const done = records.get(makeUpKey(entry))?.done ?? false;
    const late = isMakeUpOverdue(entry.date, done, now, days);
    add(byBranchMonth, branchMonthKey(entry.branch, entry.date.slice(0, 7)), done, late);
    add(byMember, entry.memberId, done, late);
  }
  return { byBranchMonth, byMember };
}
