/**
 * The attendance ledger: every member's outcome at every activity of their branch, and the figures
 * built from it (per activity; per member per month, half-year and year; per branch per month).
 *
 * Decisions (see also tally.ts):
 * - 应到 counts 正式党员 and 预备党员 of the activity's branch on the roster that day and not
 *   exempt (免参加) that day. Invitees who come (√ 迟 早) are 列席; anything else they have is ignored.
 * - A member who is exempt that day is not due, whatever the cell says (免 there is simply right).
 * - 免 on a due member (no exemption on the roster that day) is 无效, with a message asking to record
 *   the exemption in the roster (reason, approval, contact) or to enter 事/病: the policy grants
 *   exemption only by branch approval with a designated contact, so a one-off 免 in the grid is not one.
 * - An activity counts as held once its date is on or before `asOf` (records complete up to that
 *   day); later ones are planned: their figures are computed but they are left out of member and
 *   branch totals, warnings and "activities held".
 */
import { type Activity, activityKey } from './activity';
import {
  type AttendanceIndex,
  type AttendanceEntry,
  type IndexedMark,
  type Mark,
  indexAttendance,
  markText,
} from './attendance';
import { type CalendarDate, monthOf, yearOf } from './date';
import { type Member, countsTowardRates, isExemptOn, isOnRoster } from './member';
import {
  type Outcome,
  type RatedTally,
  type Tally,
  attendanceRate,
  countOutcome,
  emptyTally,
  rated,
  sumTallies,
} from './tally';

export interface AttendanceSettings {
  /** 到会率 threshold: an activity meets it when 实到 / 应到 ≥ threshold (policy: 80%). */
  threshold: number;
  /** Activities required per branch per month (policy: 每月至少两次). */
  minActivitiesPerMonth: number;
  /** Shortest run of consecutive unexcused absences reported. */
  absenceRunMin: number;
}

export const DEFAULT_ATTENDANCE_SETTINGS: AttendanceSettings = {
  threshold: 0.8,
  minActivitiesPerMonth: 2,
  absenceRunMin: 2,
};

export interface ActivityFigures extends RatedTally {
  /** rate ≥ threshold; null when there is no rate or the activity is not held yet. */
  met: boolean | null;
  held: boolean;
}

/** Something wrong in an attendance cell; never counted as any code. */
export interface AttendanceIssue {
  kind: 'unknown-code' | 'conflict' | 'exemption-missing' | 'unknown-member';
  branch: string;
  activityId: string;
  date: CalendarDate;
  memberId: string;
  /** Null when the member id is not on any roster. */
  memberName: string | null;
  /** The text found in the cell. */
  text: string;
}

/** One member of a branch and their outcome at each of the branch's activities (same order). */
export interface MemberRow {
  member: Member;
  outcomes: Outcome[];
}

export interface BranchLedger {
  branch: string;
  /** Sorted by date, then id. */
  activities: Activity[];
  /** Per activity (same order): year × 12 + month − 1, ascending, for finding a period's columns fast. */
  monthIndex: number[];
  /** In roster order. */
  rows: MemberRow[];
}

export interface Ledger {
  asOf: CalendarDate;
  settings: AttendanceSettings;
  branches: BranchLedger[];
  /** By activityKey. */
  figures: Map<string, ActivityFigures>;
  issues: AttendanceIssue[];
  attendance: AttendanceIndex;
  /** Calendar years the activities fall in, ascending. */
  years: number[];
}

export interface LedgerInput {
  activities: readonly Activity[];
  members: readonly Member[];
  attendance: readonly AttendanceEntry[] | AttendanceIndex;
  /** Records are taken as complete up to and including this day (the caller's "today"). */
  asOf: CalendarDate;
  settings?: Partial<AttendanceSettings>;
  /** Branch order for presentation; by default the order branches first appear in the roster. */
  branchOrder?: readonly string[];
}

/** Builds the ledger. Figures depend neither on roster order nor on attendance order. */
export function evaluateAttendance(input: LedgerInput): Ledger {
  const settings = { ...DEFAULT_ATTENDANCE_SETTINGS, ...input.settings };
  const attendance = input.attendance instanceof Map ? input.attendance : indexAttendance(input.attendance);
  const activitiesByBranch = groupBy(input.activities, (activity) => activity.branch);
  const membersByBranch = groupBy(input.members, (member) => member.branch);
  const figures = new Map<string, ActivityFigures>();
  const issues: AttendanceIssue[] = [];
  const branches = branchNames(input, activitiesByBranch, membersByBranch).map((branch) => {
    const activities = [...(activitiesByBranch.get(branch) ?? [])].sort(byDateThenId);
    const rows = (membersByBranch.get(branch) ?? []).map((member) => ({
      member,
      outcomes: new Array<Outcome>(activities.length),
    }));
    const known = new Set(rows.map((row) => row.member.id));
    activities.forEach((activity, column) => {
      const key = activityKey(activity);
      const marks = attendance.get(key);
      figures.set(key, evaluateColumn(activity, column, rows, marks, input.asOf, settings, issues));
      if (marks !== undefined) issues.push(...unknownMemberIssues(activity, marks, known));
    });
    const monthIndex = activities.map((activity) => monthIndexOf(activity.date));
    return { branch, activities, monthIndex, rows };
  });
  const years = [...new Set(input.activities.map((activity) => yearOf(activity.date)))].sort((a, b) => a - b);
  return { asOf: input.asOf, settings, branches, figures, issues, attendance, years };
}

function evaluateColumn(
  activity: Activity,
  column: number,
  rows: MemberRow[],
  marks: Map<string, IndexedMark> | undefined,
  asOf: CalendarDate,
  settings: AttendanceSettings,
  issues: AttendanceIssue[],
): ActivityFigures {
  const tally = emptyTally();
  for (const row of rows) {
    const mark = marks?.get(row.member.id)?.mark ?? BLANK;
    const outcome = outcomeOf(row.member, activity.date, mark);
    row.outcomes[column] = outcome;
    countOutcome(tally, outcome);
    const issueKind = issueKindOf(mark, outcome);
    if (issueKind !== null) issues.push(issueFor(issueKind, activity, row.member, mark));
  }
  return activityFigures(tally, activity.date <= asOf, settings.threshold);
}

const BLANK: Mark = { kind: 'blank' };

/** The outcome of one member at an activity of their branch held that day, given the cell's mark. */
export function outcomeOf(member: Member, date: CalendarDate, mark: Mark): Outcome {
  if (!isOnRoster(member, date)) return 'not-due';
  const code = mark.kind === 'code' ? mark.code : null;
  if (!countsTowardRates(member.category))
    return code === '√' || code === '迟' || code === '早' ? 'invitee' : 'not-due';
  if (isExemptOn(member, date)) return 'not-due';
  if (mark.kind === 'blank') return 'unrecorded';
  switch (code) {
    case '√':
      return 'present';
    case '迟':
      return 'late';
    case '早':
      return 'left-early';
    case '事':
      return 'personal-leave';
    case '病':
      return 'sick-leave';
    case '×':
      return 'absent';
    default:
      // 免 without an exemption on the roster, unknown text, conflicting entries.
      return 'invalid';
  }
}

/** Unknown text is reported for anyone on the roster; the other issues only where they change a count. */
function issueKindOf(mark: Mark, outcome: Outcome): AttendanceIssue['kind'] | null {
  if (mark.kind === 'unknown') return 'unknown-code';
  if (mark.kind === 'conflict') return 'conflict';
  if (outcome === 'invalid') return 'exemption-missing';
  return null;
}

function issueFor(
  kind: AttendanceIssue['kind'],
  activity: Activity,
  member: Member,
  mark: Mark,
): AttendanceIssue {
  return {
    kind,
    branch: activity.branch,
    activityId: activity.id,
    date: activity.date,
    memberId: member.id,
    memberName: member.name,
    text: markText(mark),
  };
}

/** Entries with a mark for a member id that is not on this branch's roster at all. */
function unknownMemberIssues(
  activity: Activity,
  marks: Map<string, IndexedMark>,
  known: Set<string>,
): AttendanceIssue[] {
  const issues: AttendanceIssue[] = [];
  for (const [memberId, { mark }] of marks) {
    if (known.has(memberId) || mark.kind === 'blank') continue;
    issues.push({
      kind: 'unknown-member',
      branch: activity.branch,
      activityId: activity.id,
      date: activity.date,
      memberId,
      memberName: null,
      text: markText(mark),
    });
  }
  return issues.sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
}

export function activityFigures(tally: Tally, held: boolean, threshold: number): ActivityFigures {
  const rate = attendanceRate(tally);
  return { ...tally, rate, met: held && rate !== null ? rate >= threshold : null, held };
}

/** Whether the activity is held by `asOf` (on or before it). */
export function isHeld(activity: Pick<Activity, 'date'>, asOf: CalendarDate): boolean {
  return activity.date <= asOf;
}

/** A member's figures per month (index 0 = January) of a year, counting held activities only. */
export function memberMonthTallies(
  branch: BranchLedger,
  row: MemberRow,
  year: number,
  asOf: CalendarDate,
): Tally[] {
  const months = Array.from({ length: 12 }, emptyTally);
  const first = year * 12;
  const [from, to] = columnRange(branch, first, first + 11);
  for (let column = from; column < to && branch.activities[column].date <= asOf; column += 1) {
    countOutcome(months[branch.monthIndex[column] - first], row.outcomes[column]);
  }
  return months;
}

/** Columns [from, to) of the branch's activities whose month index lies in [firstMonth, lastMonth]. */
export function columnRange(branch: BranchLedger, firstMonth: number, lastMonth: number): [number, number] {
  return [lowerBound(branch.monthIndex, firstMonth), lowerBound(branch.monthIndex, lastMonth + 1)];
}

/** The first index whose value is ≥ target in an ascending array. */
function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** year × 12 + month − 1: consecutive months have consecutive indexes. */
export function monthIndexOf(date: CalendarDate): number {
  return yearOf(date) * 12 + monthOf(date) - 1;
}

export interface MemberPeriods {
  months: RatedTally[];
  halves: [RatedTally, RatedTally];
  year: RatedTally;
}

/** A member's figures per month, half-year and the whole year. */
export function memberPeriods(
  branch: BranchLedger,
  row: MemberRow,
  year: number,
  asOf: CalendarDate,
): MemberPeriods {
  return periodsOf(memberMonthTallies(branch, row, year, asOf));
}

/** Months → halves → year, each with its rate. */
export function periodsOf(months: readonly Tally[]): MemberPeriods {
  return {
    months: months.map(rated),
    halves: [rated(sumTallies(months.slice(0, 6))), rated(sumTallies(months.slice(6, 12)))],
    year: rated(sumTallies(months)),
  };
}

/** One activity's place in a branch's month: its rate and whether it met the threshold. */
export interface ActivityRate {
  activityId: string;
  date: CalendarDate;
  held: boolean;
  rate: number | null;
  met: boolean | null;
}

export interface BranchMonthFigures {
  branch: string;
  year: number;
  month: number;
  /** Activities required (每月至少两次). */
  required: number;
  /** Activities in the plan for the month, held or not. */
  planned: number;
  /** Activities held by asOf. */
  held: number;
  /** Held activities with a rate under the threshold. */
  belowThreshold: number;
  activities: ActivityRate[];
  /** Person-times over the held activities. */
  totals: RatedTally;
}

/** A branch's figures for one month. */
export function branchMonthFigures(
  ledger: Ledger,
  branch: BranchLedger,
  year: number,
  month: number,
): BranchMonthFigures {
  const index = year * 12 + month - 1;
  const inMonth = branch.activities.slice(...columnRange(branch, index, index));
  const activities = inMonth.map((activity) => activityRate(ledger, activity));
  const heldFigures = inMonth
    .map((activity) => figuresOf(ledger, activity))
    .filter((figures) => figures.held);
  return {
    branch: branch.branch,
    year,
    month,
    required: ledger.settings.minActivitiesPerMonth,
    planned: inMonth.length,
    held: heldFigures.length,
    belowThreshold: heldFigures.filter((figures) => figures.met === false).length,
    activities,
    totals: rated(sumTallies(heldFigures)),
  };
}

function activityRate(ledger: Ledger, activity: Activity): ActivityRate {
  const figures = figuresOf(ledger, activity);
  return {
    activityId: activity.id,
    date: activity.date,
    held: figures.held,
    rate: figures.rate,
    met: figures.met,
  };
}

/** The figures of an activity of the ledger; throws for an activity it does not hold (a programming error). */
export function figuresOf(ledger: Ledger, activity: Pick<Activity, 'branch' | 'id'>): ActivityFigures {
  const figures = ledger.figures.get(activityKey(activity));
  if (figures === undefined)
    throw new RangeError(`Activity ${activity.branch}/${activity.id} is not in the ledger`);
  return figures;
}

function byDateThenId(a: Activity, b: Activity): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

function branchNames(
  input: LedgerInput,
  activities: Map<string, unknown>,
  members: Map<string, unknown>,
): string[] {
  const names = new Set<string>(input.branchOrder ?? []);
  for (const name of members.keys()) names.add(name);
  for (const name of activities.keys()) names.add(name);
  return [...names];
}
