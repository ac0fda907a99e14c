/**
 * The attendance ledger: every member's entry and outcome at every activity of their branch, the
 * figures of each activity, and the problems found in the cells. Entries are placed by ids (member
 * id, branch, activity id), never by grid position.
 *
 * An activity counts as held once its date is on or before `asOf` (records complete up to that
 * day); later ones are planned: their figures are computed, but they are left out of member and
 * branch totals, warnings and "activities held".
 */
import { type Activity, activityKey } from './activity';
import {
  type AttendanceEntry,
  type Mark,
  type RecordedMark,
  markText,
  mergeEntries,
  readEntry,
} from './attendance';
import { type CalendarDate, monthOf, yearOf } from './date';
import type { Member } from './member';
import { type RowSpan, outcomeFor, rowSpan, standingAt } from './standing';
import { type Outcome, type RatedTally, type Tally, countOutcome, emptyTally, rated } from './tally';

export interface AttendanceSettings {
  /** 到会率 threshold: an activity meets it when 实到 / 应到 ≥ threshold (policy: 80%). */
  threshold: number;
  /** Activities required per branch per month (policy: 每月至少两次). */
  requiredPerMonth: number;
  /** Shortest run of consecutive unexcused absences reported. */
  absenceRunMin: number;
  /** 无故缺席 (×) this many times in a calendar year is listed for the branch (设置's 无故缺席提示次数). */
  unexcusedLimit: number;
}

export const DEFAULT_ATTENDANCE_SETTINGS: AttendanceSettings = {
  threshold: 0.8,
  requiredPerMonth: 2,
  absenceRunMin: 2,
  unexcusedLimit: 3,
};

/**
 * How far an activity's attendance is recorded: none (someone is due, nobody has an entry), partial
 * (some due members have none), complete (every due member has one, or nobody is due).
 */
export type Recording = 'none' | 'partial' | 'complete';

export interface ActivityFigures extends RatedTally {
  /**
   * Judged on what is recorded: true when 实到 / 应到 reaches the threshold (members still to be
   * entered can only add to it); false when it stays under even if every member without a valid
   * entry came; null when the records cannot tell yet (partly recorded in between), when nothing is
   * recorded, nobody is due, or the activity is not held yet.
   */
  met: boolean | null;
  held: boolean;
  recording: Recording;
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
  return activityFigures(tally, isHeld(activity, asOf), settings.threshold);
}

const BLANK: Mark = { kind: 'blank' };

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
  const recording = recordingOf(tally);
  // Nothing recorded yet is a missing record (the unrecorded warning), not 0% attendance: its
  // person-times are pending, so it has no rate and periods leave it out of theirs.
  const figures = rated({ ...tally, pending: recording === 'none' ? tally.due : 0 }) as ActivityFigures;
  figures.met = held && recording !== 'none' ? judgeMet(tally, threshold) : null;
  figures.held = held;
  figures.recording = recording;
  return figures;
}

export function recordingOf(tally: Pick<Tally, 'due' | 'unrecorded'>): Recording {
  if (tally.due > 0 && tally.unrecorded === tally.due) return 'none';
  return tally.unrecorded > 0 ? 'partial' : 'complete';
}

/**
 * 达标 from the records alone: met once 实到 reaches the threshold, not met once it could not even if
 * everyone without a valid entry (未登记, 无效) turned out to have come, undecided in between.
 * Written as divisions (实到 / 应到 ≥ threshold), the way the sheets' formulas compare, so the
 * boundary (4 of 5 at 80%) falls the same way in both.
 */
export function judgeMet(
  tally: Pick<Tally, 'due' | 'attended' | 'unrecorded' | 'invalid'>,
  threshold: number,
): boolean | null {
  if (tally.due === 0) return null;
  if (tally.attended / tally.due >= threshold) return true;
  if ((tally.attended + tally.unrecorded + tally.invalid) / tally.due < threshold) return false;
  return null;
}

/** Whether the activity is held by `asOf` (on or before it). */
export function isHeld(activity: Pick<Activity, 'date'>, asOf: CalendarDate): boolean {
  return activity.date <= asOf;
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
