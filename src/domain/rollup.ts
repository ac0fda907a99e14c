/**
 * The 党总支's roll-up of its branches' own workbooks, as plain data: per branch the 报送情况 (are
 * the period's held activities recorded?), the monthly check (activities against the requirement,
 * each activity's figures, the absentees without reason, branches falling short first) and the
 * annual matrix (branch × month, 完成率, ranking). Every figure is taken from the branch's own
 * ledger and summaries, computed by the same engine as the branch's workbook; nothing is recounted
 * here except sums and the judgements this view adds.
 */
import type { CalendarDate } from './date';
import { firstOfMonth, lastOfMonth } from './date';
import type { BranchMonthFigures } from './figures';
import { type BranchLedger, type Recording } from './ledger';
import type { BranchMonth, BranchYear, PersonMark } from './summaries';
import { type RatedTally, rated, sumTallies } from './tally';

/** One branch as found in one file, with the figures its own workbook gives. */
export interface RolledBranch {
  /** The file it came from, as the user knows it (its name). */
  file: string;
  branch: string;
  threshold: number;
  requiredPerMonth: number;
  ledger: BranchLedger;
  year: BranchYear;
  /** Set for a month period. */
  month: BranchMonth | null;
}

/**
 * 已报: every activity held in the period has attendance for every due member; 部分: some has;
 * 未报: none has; 无到期: nothing was held yet in the period.
 */
export type ReportStatus = 'reported' | 'partial' | 'unreported' | 'nothing-due';

export interface PendingActivity {
  activityId: string;
  date: CalendarDate;
  /** 'none': nothing recorded; 'partial': some due members still without an entry. */
  recording: Exclude<Recording, 'complete'>;
}

export interface BranchReport {
  file: string;
  branch: string;
  status: ReportStatus;
  /** Held in the period (by asOf). */
  held: number;
  /** The latest held activity (any time up to asOf) with anything recorded; null when none. */
  lastRecorded: CalendarDate | null;
  /** Held activities of the period not fully recorded: the list to remind the branch with. */
  pending: PendingActivity[];
}

/** The 报送情况 of a branch for the days from…to (inclusive), records complete up to asOf. */
export function branchReport(
  rolled: Pick<RolledBranch, 'file' | 'branch' | 'ledger'>,
  from: CalendarDate,
  to: CalendarDate,
  asOf: CalendarDate,
): BranchReport {
  const { ledger } = rolled;
  const pending: PendingActivity[] = [];
  let held = 0;
  let recorded = 0;
  let lastRecorded: CalendarDate | null = null;
  ledger.activities.forEach((activity, column) => {
    const figures = ledger.figures[column];
    if (!figures.held || activity.date > asOf) return;
    if (figures.recording !== 'none' && (lastRecorded === null || activity.date > lastRecorded))
      lastRecorded = activity.date;
    if (activity.date < from || activity.date > to) return;
    held += 1;
    if (figures.recording === 'complete') recorded += 1;
    else pending.push({ activityId: activity.id, date: activity.date, recording: figures.recording });
  });
  const anyRecorded = pending.some((activity) => activity.recording === 'partial') || recorded > 0;
  const status: ReportStatus =
    held === 0 ? 'nothing-due' : pending.length === 0 ? 'reported' : anyRecorded ? 'partial' : 'unreported';
  return { file: rolled.file, branch: rolled.branch, status, held, lastRecorded, pending };
}

/** Why a branch is short in a month's check. */
export interface ShortReasons {
  /** Fewer activities planned than required (每月至少两次). */
  tooFew: boolean;
  /** Held activities judged under the threshold. */
  belowThreshold: number;
  /** Held activities not (fully) recorded: the check cannot be made for them. */
  unrecorded: number;
}

export interface MonthCheckBranch {
  file: string;
  branch: string;
  threshold: number;
  month: BranchMonth;
  short: ShortReasons;
  /** Members marked 缺席 (×: absent without an approved reason) at the month's activities, by activity id. */
  absentees: Map<string, PersonMark[]>;
}

export interface MonthCheck {
  year: number;
  month: number;
  /** Falling short first, then in the order the files were given. */
  branches: MonthCheckBranch[];
  required: number;
  planned: number;
  held: number;
  belowThreshold: number;
  /** Person-times across branches over held activities. */
  totals: RatedTally;
}

export function isShort(short: ShortReasons): boolean {
  return short.tooFew || short.belowThreshold > 0 || short.unrecorded > 0;
}

export function monthCheck(branches: readonly RolledBranch[], year: number, month: number): MonthCheck {
  const checked = branches.flatMap((rolled): MonthCheckBranch[] => {
    if (rolled.month === null) return [];
    const figures = rolled.month;
    const absentees = new Map<string, PersonMark[]>();
    for (const line of figures.lines) {
      const without = line.absentees.filter((mark) => mark.code === '×');
      if (without.length > 0) absentees.set(line.activityId, without);
    }
    return [
      {
        file: rolled.file,
        branch: rolled.branch,
        threshold: rolled.threshold,
        month: figures,
        short: {
          tooFew: figures.planned < figures.required,
          belowThreshold: figures.belowThreshold,
          unrecorded: figures.unrecordedActivities + figures.partialActivities,
        },
        absentees,
      },
    ];
  });
  // A stable sort: the files' order is kept within each group.
  const ordered = [
    ...checked.filter((entry) => isShort(entry.short)),
    ...checked.filter((entry) => !isShort(entry.short)),
  ];
  return {
    year,
    month,
    branches: ordered,
    required: sum(checked, (entry) => entry.month.required),
    planned: sum(checked, (entry) => entry.month.planned),
    held: sum(checked, (entry) => entry.month.held),
    belowThreshold: sum(checked, (entry) => entry.month.belowThreshold),
    totals: rated(sumTallies(checked.map((entry) => entry.month.totals))),
  };
}

/** One cell of the annual matrix: a branch's month. */
export interface MatrixCell {
  held: number;
  required: number;
  /** The month's 到会率 over its held activities with records (person-times). */
  rate: number | null;
  /**
   * The month judged once it is over: true when at least the required activities were held, each
   * recorded and none under the threshold; false when too few were held or one was under; null
   * while the month is not over, or when records still missing leave it open.
   */
  met: boolean | null;
}

export interface MatrixRow {
  file: string;
  branch: string;
  cells: MatrixCell[];
  /** Months over (by asOf) that met. */
  monthsMet: number;
  /** Months of the year over by asOf. */
  monthsOver: number;
  /** 完成率: activities held up to the requirement / required, over the months that are over; null before the first is over. */
  completion: number | null;
  /** The year's 到会率 (person-times). */
  rate: number | null;
  /** 1 = best; ties share a rank. */
  rank: number;
}

export interface AnnualMatrix {
  year: number;
  asOf: CalendarDate;
  /** In ranking order. */
  rows: MatrixRow[];
}

export function monthCell(figures: BranchMonthFigures, asOf: CalendarDate): MatrixCell {
  const over = lastOfMonth(figures.year, figures.month) <= asOf;
  const open = figures.unrecordedActivities + figures.partialActivities > 0;
  let met: boolean | null = null;
  if (over) {
    if (figures.held < figures.required || figures.belowThreshold > 0) met = false;
    else met = open ? null : true;
  }
  return { held: figures.held, required: figures.required, rate: figures.totals.rate, met };
}

export function annualMatrix(
  branches: readonly RolledBranch[],
  year: number,
  asOf: CalendarDate,
): AnnualMatrix {
  const rows = branches.map((rolled): MatrixRow => {
    const cells = rolled.year.months.map((figures) => monthCell(figures, asOf));
    let done = 0;
    let required = 0;
    let monthsOver = 0;
    rolled.year.months.forEach((figures, i) => {
      if (lastOfMonth(year, i + 1) > asOf) return;
      monthsOver += 1;
      done += Math.min(figures.held, figures.required);
      required += figures.required;
    });
    return {
      file: rolled.file,
      branch: rolled.branch,
      cells,
      monthsMet: cells.filter((cell) => cell.met === true).length,
      monthsOver,
      completion: required === 0 ? null : done / required,
      rate: rolled.year.year.totals.rate,
      rank: 0,
    };
  });
  const ordered = [...rows].sort(compareRows);
  ordered.forEach((row, i) => {
    const previous = ordered[i - 1];
    row.rank = previous !== undefined && compareRows(previous, row) === 0 ? previous.rank : i + 1;
  });
  return { year, asOf, rows: ordered };
}

/** Higher 完成率 first, then higher 到会率; an unknown figure after every known one. */
function compareRows(a: MatrixRow, b: MatrixRow): number {
  return compareDescending(a.completion, b.completion) || compareDescending(a.rate, b.rate);
}

function compareDescending(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

/** The days a period covers. */
export function periodDays(year: number, month: number | null): { from: CalendarDate; to: CalendarDate } {
  return month === null
    ? { from: firstOfMonth(year, 1), to: lastOfMonth(year, 12) }
    : { from: firstOfMonth(year, month), to: lastOfMonth(year, month) };
}
