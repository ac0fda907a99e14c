/**
 * The monthly and annual summaries as plain data; the workbook layer renders and prints them.
 * Monthly: per branch and across branches (for the 党总支's monthly check), every activity with
 * date, theme, topic, figures, absentees with reasons, and month totals. Annual: per member across
 * the 12 months with half-year and year totals, per branch per month, and the same across branches.
 * Members and branches keep the ledger's order (roster order); figures do not depend on it.
 */
import { type Activity, activityKey } from './activity';
import type { AttendanceCode } from './attendance';
import { type CalendarDate, weekdayName, yearOf } from './date';
import { type BranchMonthFigures, branchMonthFigures, memberMonthTallies, periodsOf } from './figures';
import { type ActivityFigures, type BranchLedger, type Ledger, type MemberRow, columnRange } from './ledger';
import { type LeaderParticipation, branchLeaders, leadersField, sumLeaders } from './leaders';
import { type MemberCategory, countsTowardRates } from './member';
import { memberLabels } from './memberLabels';
import { type Outcome, type RatedTally, type Tally, addTally, emptyTally, rated, sumTallies } from './tally';
import { type ThemeId, themeName } from './themes';

/** What users record about an activity, keyed by (branch, activityId). */
export interface ActivityDetails {
  branch: string;
  activityId: string;
  /** 活动主题/内容 */
  topic?: string;
  place?: string;
  /** 主持人 */
  host?: string;
  /** 记录人 */
  recorder?: string;
  note?: string;
  /** Where the 存档资料 (records, photos, reports) are. */
  archive?: string;
  /** 经费, yuan. */
  expense?: number;
  /** 时间: this activity's time of day ('HH:MM', or as typed when not one), over 设置's 活动时间. */
  time?: string;
  /** 内容摘要: what was done, for the 活动记录's 主要内容. */
  summary?: string;
}

/** A person named in a summary line. */
export interface PersonRef {
  memberId: string;
  name: string;
  /** The name as shown: with what tells namesakes of the branch apart (see memberLabels). */
  label: string;
  category: MemberCategory;
}

/** A due member who was not (fully) present, with the code and the reason recorded. */
export interface PersonMark extends PersonRef {
  code: AttendanceCode;
  reason: string | null;
}

export interface ActivityLine {
  activityId: string;
  branch: string;
  date: CalendarDate;
  /** 星期五 … */
  weekday: string;
  kind: Activity['kind'];
  theme: ThemeId;
  themeName: string;
  plannedDate: CalendarDate;
  shifted: boolean;
  shiftReason: string | null;
  provisional: boolean;
  details: ActivityDetails | null;
  figures: ActivityFigures;
  /** 事、病、× with the reason recorded. */
  absentees: PersonMark[];
  /** 迟、早. */
  lateOrEarly: PersonMark[];
  unrecorded: PersonRef[];
  /** Invitees present (列席). */
  invitees: PersonRef[];
}

export interface BranchMonth extends BranchMonthFigures {
  lines: ActivityLine[];
  /** The 领导干部's participation in the month (src/domain/leaders.ts); absent when the branch has none. */
  leaders?: LeaderParticipation;
}

export interface MonthlySummary {
  year: number;
  month: number;
  asOf: CalendarDate;
  threshold: number;
  branches: BranchMonth[];
  /** Across branches (the 党总支's view): person-times over held activities. */
  totals: RatedTally;
  planned: number;
  held: number;
  belowThreshold: number;
  unrecordedActivities: number;
  partialActivities: number;
  /** Branches with fewer activities planned than required. */
  branchesShort: string[];
  /** The 领导干部 of all branches together; absent when no branch has any. */
  leaders?: LeaderParticipation;
}

/** Details by activityKey, for lookup. */
export function indexDetails(details: readonly ActivityDetails[]): Map<string, ActivityDetails> {
  return new Map(
    details.map((entry) => [activityKey({ branch: entry.branch, id: entry.activityId }), entry]),
  );
}

export function monthlySummary(
  ledger: Ledger,
  year: number,
  month: number,
  details: readonly ActivityDetails[] | Map<string, ActivityDetails> = [],
): MonthlySummary {
  const detailIndex = details instanceof Map ? details : indexDetails(details);
  const branches = ledger.branches.map((branch) => branchMonth(ledger, branch, year, month, detailIndex));
  return {
    year,
    month,
    asOf: ledger.asOf,
    threshold: ledger.settings.threshold,
    branches,
    totals: rated(sumTallies(branches.map((branch) => branch.totals))),
    planned: branches.reduce((sum, branch) => sum + branch.planned, 0),
    held: branches.reduce((sum, branch) => sum + branch.held, 0),
    belowThreshold: branches.reduce((sum, branch) => sum + branch.belowThreshold, 0),
    unrecordedActivities: branches.reduce((sum, branch) => sum + branch.unrecordedActivities, 0),
    partialActivities: branches.reduce((sum, branch) => sum + branch.partialActivities, 0),
    branchesShort: branches
      .filter((branch) => branch.planned < branch.required)
      .map((branch) => branch.branch),
    ...leadersField(sumLeaders(branches.map((branch) => branch.leaders))),
  };
}

function branchMonth(
  ledger: Ledger,
  branch: BranchLedger,
  year: number,
  month: number,
  details: Map<string, ActivityDetails>,
): BranchMonth {
  const figures = branchMonthFigures(ledger, branch, year, month);
  const index = year * 12 + month - 1;
  const [from, to] = columnRange(branch, index, index);
  const lines: ActivityLine[] = [];
  const labels = memberLabels(branch.rows.map((row) => row.member));
  for (let column = from; column < to; column += 1) lines.push(activityLine(branch, column, details, labels));
  return {
    ...figures,
    lines,
    ...leadersField(branchLeaders(ledger, branch, { year, from: month, to: month })),
  };
}

const MARK_CODES: Partial<Record<Outcome, AttendanceCode>> = {
  late: '迟',
  'left-early': '早',
  'personal-leave': '事',
  'sick-leave': '病',
  absent: '×',
};

function activityLine(
  branch: BranchLedger,
  column: number,
  details: Map<string, ActivityDetails>,
  labels: ReadonlyMap<string, string>,
): ActivityLine {
  const activity = branch.activities[column];
  const absentees: PersonMark[] = [];
  const lateOrEarly: PersonMark[] = [];
  const unrecorded: PersonRef[] = [];
  const invitees: PersonRef[] = [];
  for (const row of branch.rows) {
    const outcome = row.outcomes[column];
    const code = MARK_CODES[outcome];
    if (code !== undefined) {
      const reason = row.marks[column]?.note ?? null;
      const mark: PersonMark = { ...personOf(row, labels), code, reason };
      if (code === '迟' || code === '早') lateOrEarly.push(mark);
      else absentees.push(mark);
    } else if (outcome === 'unrecorded') unrecorded.push(personOf(row, labels));
    else if (outcome === 'invitee') invitees.push(personOf(row, labels));
  }
  return {
    activityId: activity.id,
    branch: activity.branch,
    date: activity.date,
    weekday: weekdayName(activity.date),
    kind: activity.kind,
    theme: activity.theme,
    themeName: themeName(activity.theme),
    plannedDate: activity.plannedDate,
    shifted: activity.shifted,
    shiftReason: activity.reason,
    provisional: activity.provisional,
    details: details.get(activityKey(activity)) ?? null,
    figures: branch.figures[column],
    absentees,
    lateOrEarly,
    unrecorded,
    invitees,
  };
}

function personOf(row: MemberRow, labels: ReadonlyMap<string, string>): PersonRef {
  const { id, name, category } = row.member;
  return { memberId: id, name, label: labels.get(id) ?? name, category };
}

// ---- annual ----

export interface MemberYear extends PersonRef {
  /** Counts toward rates (正式/预备); invitees' rows show only 列席. */
  counted: boolean;
  /** Exempt (免参加) at some point of the year. */
  exempt: boolean;
  months: RatedTally[];
  halves: [RatedTally, RatedTally];
  year: RatedTally;
}

export interface BranchPeriod {
  required: number;
  planned: number;
  held: number;
  belowThreshold: number;
  /** Held activities with nothing recorded yet. */
  unrecordedActivities: number;
  /** Held activities partly recorded. */
  partialActivities: number;
  totals: RatedTally;
}

export interface BranchYear {
  branch: string;
  members: MemberYear[];
  months: BranchMonthFigures[];
  halves: [BranchPeriod, BranchPeriod];
  year: BranchPeriod;
  /** The 领导干部's participation over the year; absent when the branch has none. */
  leaders?: LeaderParticipation;
}

export interface AnnualSummary {
  year: number;
  asOf: CalendarDate;
  threshold: number;
  branches: BranchYear[];
  /** Across branches. */
  months: BranchPeriod[];
  halves: [BranchPeriod, BranchPeriod];
  total: BranchPeriod;
  /** The 领导干部 of all branches over the year; absent when no branch has any. */
  leaders?: LeaderParticipation;
}

export function annualSummary(ledger: Ledger, year: number): AnnualSummary {
  const branches = ledger.branches.map((branch) => branchYear(ledger, branch, year));
  const months = Array.from({ length: 12 }, (_, i) =>
    sumPeriods(branches.map((branch) => periodOfMonth(branch.months[i]))),
  );
  return {
    year,
    asOf: ledger.asOf,
    threshold: ledger.settings.threshold,
    branches,
    months,
    halves: [sumPeriods(branches.map((b) => b.halves[0])), sumPeriods(branches.map((b) => b.halves[1]))],
    total: sumPeriods(branches.map((b) => b.year)),
    ...leadersField(sumLeaders(branches.map((b) => b.leaders))),
  };
}

function branchYear(ledger: Ledger, branch: BranchLedger, year: number): BranchYear {
  const rows = branch.rows.filter((row) => onRosterDuring(row, year));
  const labels = memberLabels(rows.map((row) => row.member));
  const members = rows.map((row) => memberYear(ledger, branch, row, year, labels));
  const months = Array.from({ length: 12 }, (_, i) => branchMonthFigures(ledger, branch, year, i + 1));
  const periods = months.map(periodOfMonth);
  return {
    branch: branch.branch,
    members,
    months,
    halves: [sumPeriods(periods.slice(0, 6)), sumPeriods(periods.slice(6))],
    year: sumPeriods(periods),
    ...leadersField(branchLeaders(ledger, branch, { year, from: 1, to: 12 })),
  };
}

function memberYear(
  ledger: Ledger,
  branch: BranchLedger,
  row: MemberRow,
  year: number,
  labels: ReadonlyMap<string, string>,
): MemberYear {
  const { months, halves, year: total } = periodsOf(memberMonthTallies(branch, row, year, ledger.asOf));
  const { member } = row;
  return {
    ...personOf(row, labels),
    counted: countsTowardRates(member.category),
    exempt: exemptDuring(row, year),
    months,
    halves,
    year: total,
  };
}

function onRosterDuring(row: MemberRow, year: number): boolean {
  const { onRosterFrom, onRosterTo } = row.member;
  return (
    (onRosterFrom === undefined || yearOf(onRosterFrom) <= year) &&
    (onRosterTo === undefined || yearOf(onRosterTo) >= year)
  );
}

function exemptDuring(row: MemberRow, year: number): boolean {
  const exemption = row.member.exemption;
  if (exemption === undefined) return false;
  return (
    (exemption.from === undefined || exemption.from <= `${year}-12-31`) &&
    (exemption.to === undefined || exemption.to >= `${year}-01-01`)
  );
}

function periodOfMonth(figures: BranchMonthFigures): BranchPeriod {
  return {
    required: figures.required,
    planned: figures.planned,
    held: figures.held,
    belowThreshold: figures.belowThreshold,
    unrecordedActivities: figures.unrecordedActivities,
    partialActivities: figures.partialActivities,
    totals: figures.totals,
  };
}

function sumPeriods(periods: readonly BranchPeriod[]): BranchPeriod {
  const totals: Tally = emptyTally();
  let required = 0;
  let planned = 0;
  let held = 0;
  let belowThreshold = 0;
  let unrecordedActivities = 0;
  let partialActivities = 0;
  for (const period of periods) {
    required += period.required;
    planned += period.planned;
    held += period.held;
    belowThreshold += period.belowThreshold;
    unrecordedActivities += period.unrecordedActivities;
    partialActivities += period.partialActivities;
    addTally(totals, period.totals);
  }
  return {
    required,
    planned,
    held,
    belowThreshold,
    unrecordedActivities,
    partialActivities,
    totals: rated(totals),
  };
}
