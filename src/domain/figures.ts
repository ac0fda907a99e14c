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
  type AttendanceCode,
  type AttendanceEntry,
  type Mark,
  type RecordedMark,
  markText,
  mergeEntries,
  readEntry,
} from './attendance';
import { type CalendarDate, monthOf, yearOf } from './date';
import { type Member, countsTowardRates, isExemptOn, isOnRoster } from './member';
import {
  type Outcome,
  type RatedTally,
  type Tally,
  addTally,
  countOutcome,
  emptyRatedTally,
  emptyTally,
  rated,
  ratedSum,
  withRate,
} from './tally';

export interface AttendanceSettings {
  /** 到会率 threshold: an activity meets it when 实到 / 应到 ≥ threshold (policy: 80%). */
  threshold: number;
  /** Activities required per branch per month (policy: 每月至少两次). */
  requiredPerMonth: number;
  /** Shortest run of consecutive unexcused absences reported. */
  absenceRunMin: number;
}

export const DEFAULT_ATTENDANCE_SETTINGS: AttendanceSettings = {
  threshold: 0.8,
  requiredPerMonth: 2,
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

/** One member of a branch: their entry and outcome at each of the branch's activities (same order). */
export interface MemberRow {
  member: Member;
  outcomes: Outcome[];
  /** What was entered (code and note), undefined where nothing was. */
  marks: (RecordedMark | undefined)[];
}

export interface BranchLedger {
  branch: string;
  /** Sorted by date, then id. */
  activities: Activity[];
  /** Per activity (same order): year × 12 + month − 1, ascending, for finding a period's columns fast. */
  monthIndex: number[];
  /** Per activity (same order). */
  figures: ActivityFigures[];
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
  /** Calendar years the activities fall in, ascending. */
  years: number[];
}

export interface LedgerInput {
  activities: readonly Activity[];
  members: readonly Member[];
  attendance: readonly AttendanceEntry[];
  /** Records are taken as complete up to and including this day (the caller's "today"). */
  asOf: CalendarDate;
  settings?: Partial<AttendanceSettings>;
  /** Branch order for presentation; by default the order branches first appear in the roster. */
  branchOrder?: readonly string[];
}

/** Builds the ledger. Figures depend neither on roster order nor on attendance order. */
export function evaluateAttendance(input: LedgerInput): Ledger {
  const settings = { ...DEFAULT_ATTENDANCE_SETTINGS, ...input.settings };
  const activitiesByBranch = groupBy(input.activities, (activity) => activity.branch);
  const membersByBranch = groupBy(input.members, (member) => member.branch);
  const grids = new Map<string, Grid>();
  for (const branch of branchNames(input, activitiesByBranch, membersByBranch)) {
    const activities = [...(activitiesByBranch.get(branch) ?? [])].sort(byDateThenId);
    grids.set(branch, emptyGrid(branch, activities, membersByBranch.get(branch) ?? []));
  }
  placeEntries(grids, input.attendance);
  const figures = new Map<string, ActivityFigures>();
  const issues: AttendanceIssue[] = [];
  const branches = [...grids.values()].map((grid) => {
    const { ledger } = grid;
    const dates = ledger.activities.map((activity) => activity.date);
    const spans = ledger.rows.map((row) => rowSpan(row.member, dates));
    ledger.activities.forEach((activity, column) => {
      const columnFigures = evaluateColumn(
        activity,
        column,
        ledger.rows,
        spans,
        input.asOf,
        settings,
        issues,
      );
      ledger.figures.push(columnFigures);
      figures.set(activityKey(activity), columnFigures);
      const strays = grid.strays.get(activity.id);
      if (strays !== undefined) issues.push(...unknownMemberIssues(activity, strays));
    });
    return ledger;
  });
  const years = [...new Set(input.activities.map((activity) => yearOf(activity.date)))].sort((a, b) => a - b);
  return { asOf: input.asOf, settings, branches, figures, issues, years };
}

/** A branch's ledger while entries are placed into it: rows and columns found by id. */
interface Grid {
  ledger: BranchLedger;
  rowOf: Map<string, MemberRow>;
  columnOf: Map<string, number>;
  /** Entries for ids not on the branch's roster, by activity id, then member id. */
  strays: Map<string, Map<string, RecordedMark>>;
}

function emptyGrid(branch: string, activities: Activity[], members: readonly Member[]): Grid {
  const rows: MemberRow[] = members.map((member) => ({
    member,
    outcomes: new Array<Outcome>(activities.length),
    marks: new Array<RecordedMark | undefined>(activities.length),
  }));
  const monthIndex = activities.map((activity) => monthIndexOf(activity.date));
  return {
    ledger: { branch, activities, monthIndex, figures: [], rows },
    rowOf: new Map(rows.map((row) => [row.member.id, row])),
    columnOf: new Map(activities.map((activity, column) => [activity.id, column])),
    strays: new Map(),
  };
}

/**
 * Puts each entry in its cell, found by ids (never by position). Entries for activities outside
 * the ledger (another year) are left alone; those for ids not on the roster are kept as strays.
 */
function placeEntries(grids: Map<string, Grid>, entries: readonly AttendanceEntry[]): void {
  // Grids are read row by row or column by column, so consecutive entries mostly share the branch
  // and the member: remembering the last lookups saves most of the hashing on a full grid.
  let branch: string | undefined;
  let grid: Grid | undefined;
  let memberId: string | undefined;
  let row: MemberRow | undefined;
  for (const entry of entries) {
    if (entry.branch !== branch) {
      branch = entry.branch;
      grid = grids.get(branch);
      memberId = undefined;
    }
    const column = grid?.columnOf.get(entry.activityId);
    if (grid === undefined || column === undefined) continue;
    if (entry.memberId !== memberId) {
      memberId = entry.memberId;
      row = grid.rowOf.get(memberId);
    }
    const incoming = readEntry(entry);
    if (row !== undefined) {
      const existing = row.marks[column];
      row.marks[column] = existing === undefined ? incoming : mergeEntries(existing, incoming);
    } else {
      addStray(grid, entry, incoming);
    }
  }
}

function addStray(grid: Grid, entry: AttendanceEntry, incoming: RecordedMark): void {
  let strays = grid.strays.get(entry.activityId);
  if (strays === undefined) grid.strays.set(entry.activityId, (strays = new Map()));
  const existing = strays.get(entry.memberId);
  strays.set(entry.memberId, existing === undefined ? incoming : mergeEntries(existing, incoming));
}

function evaluateColumn(
  activity: Activity,
  column: number,
  rows: MemberRow[],
  spans: RowSpan[],
  asOf: CalendarDate,
  settings: AttendanceSettings,
  issues: AttendanceIssue[],
): ActivityFigures {
  const tally = emptyTally();
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    const mark = row.marks[column]?.mark ?? BLANK;
    const outcome = outcomeFor(standingAt(spans[i], column), mark);
    row.outcomes[column] = outcome;
    countOutcome(tally, outcome);
    const issueKind = issueKindOf(mark, outcome);
    if (issueKind !== null) issues.push(issueFor(issueKind, activity, row.member, mark));
  }
  return activityFigures(tally, activity.date <= asOf, settings.threshold);
}

const BLANK: Mark = { kind: 'blank' };

/** Where a member stands at an activity, before the cell is read. */
export type Standing = 'off-roster' | 'invitee' | 'exempt' | 'due';

export function standingOn(member: Member, date: CalendarDate): Standing {
  if (!isOnRoster(member, date)) return 'off-roster';
  if (!countsTowardRates(member.category)) return 'invitee';
  return isExemptOn(member, date) ? 'exempt' : 'due';
}

/**
 * A member's standing as column ranges of the branch's date-sorted activities: on the roster in
 * [onFrom, onTo), exempt in [exemptFrom, exemptTo). Found once per member by binary search, so
 * the grid is evaluated with integer comparisons.
 */
interface RowSpan {
  counted: boolean;
  onFrom: number;
  onTo: number;
  exemptFrom: number;
  exemptTo: number;
}

function rowSpan(member: Member, dates: readonly CalendarDate[]): RowSpan {
  const exemption = member.exemption;
  return {
    counted: countsTowardRates(member.category),
    onFrom: member.onRosterFrom === undefined ? 0 : firstOnOrAfter(dates, member.onRosterFrom),
    onTo: member.onRosterTo === undefined ? dates.length : firstAfter(dates, member.onRosterTo),
    exemptFrom:
      exemption === undefined ? 0 : exemption.from === undefined ? 0 : firstOnOrAfter(dates, exemption.from),
    exemptTo:
      exemption === undefined
        ? 0
        : exemption.to === undefined
          ? dates.length
          : firstAfter(dates, exemption.to),
  };
}

function standingAt(span: RowSpan, column: number): Standing {
  if (column < span.onFrom || column >= span.onTo) return 'off-roster';
  if (!span.counted) return 'invitee';
  return column >= span.exemptFrom && column < span.exemptTo ? 'exempt' : 'due';
}

function firstOnOrAfter(dates: readonly CalendarDate[], date: CalendarDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dates[middle] < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

function firstAfter(dates: readonly CalendarDate[], date: CalendarDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dates[middle] <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The outcome of one member at an activity of their branch held that day, given the cell's mark. */
export function outcomeOf(member: Member, date: CalendarDate, mark: Mark): Outcome {
  return outcomeFor(standingOn(member, date), mark);
}

/** 免 on a due member is invalid: an exemption is recorded in the roster, with approval and contact. */
const DUE_OUTCOMES: Record<AttendanceCode, Outcome> = {
  '√': 'present',
  迟: 'late',
  早: 'left-early',
  事: 'personal-leave',
  病: 'sick-leave',
  '×': 'absent',
  免: 'invalid',
};

function outcomeFor(standing: Standing, mark: Mark): Outcome {
  switch (standing) {
    case 'off-roster':
    case 'exempt':
      return 'not-due';
    case 'invitee':
      return mark.kind === 'code' && (mark.code === '√' || mark.code === '迟' || mark.code === '早')
        ? 'invitee'
        : 'not-due';
    case 'due':
      if (mark.kind === 'blank') return 'unrecorded';
      // Unknown text and conflicting entries are invalid too.
      return mark.kind === 'code' ? DUE_OUTCOMES[mark.code] : 'invalid';
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
function unknownMemberIssues(activity: Activity, marks: Map<string, RecordedMark>): AttendanceIssue[] {
  const issues: AttendanceIssue[] = [];
  for (const [memberId, { mark }] of marks) {
    if (mark.kind === 'blank') continue;
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
  const figures = rated(tally) as ActivityFigures;
  figures.met = held && figures.rate !== null ? figures.rate >= threshold : null;
  figures.held = held;
  return figures;
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
): RatedTally[] {
  const months = Array.from({ length: 12 }, emptyRatedTally);
  const first = year * 12;
  const [from, to] = columnRange(branch, first, first + 11);
  for (let column = from; column < to && branch.activities[column].date <= asOf; column += 1) {
    countOutcome(months[branch.monthIndex[column] - first], row.outcomes[column]);
  }
  return months.map(withRate);
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

/** Months (with their rates) → halves → year; the months are taken as they are, not copied. */
export function periodsOf(months: RatedTally[]): MemberPeriods {
  return { months, halves: [ratedSum(months, 0, 6), ratedSum(months, 6, 12)], year: ratedSum(months) };
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
  const [from, to] = columnRange(branch, index, index);
  const activities: ActivityRate[] = [];
  const totals = emptyTally();
  let held = 0;
  let belowThreshold = 0;
  for (let column = from; column < to; column += 1) {
    const { id, date } = branch.activities[column];
    const figures = branch.figures[column];
    activities.push({ activityId: id, date, held: figures.held, rate: figures.rate, met: figures.met });
    if (!figures.held) continue;
    held += 1;
    if (figures.met === false) belowThreshold += 1;
    addTally(totals, figures);
  }
  return {
    branch: branch.branch,
    year,
    month,
    required: ledger.settings.requiredPerMonth,
    planned: to - from,
    held,
    belowThreshold,
    activities,
    totals: rated(totals),
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
