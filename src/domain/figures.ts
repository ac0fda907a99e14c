/**
 * Figures over periods, from the ledger: per member per month, half-year and year; per branch per
 * month (activities held against the requirement, each activity's rate, those under the threshold).
 * Only activities held by the ledger's asOf are counted.
 */
import type { CalendarDate } from './date';
import { type BranchLedger, type Ledger, type MemberRow, type Recording, columnRange } from './ledger';
import {
  type RatedTally,
  addTally,
  countOutcome,
  emptyRatedTally,
  emptyTally,
  rated,
  ratedSum,
  withRate,
} from './tally';

/**
 * A member's figures per month (index 0 = January) of a year, counting held activities only. At an
 * activity with nothing recorded for anyone, the member's 未登记 is pending (left out of the rate).
 */
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
    const tally = months[branch.monthIndex[column] - first];
    const outcome = row.outcomes[column];
    countOutcome(tally, outcome);
    if (outcome === 'unrecorded' && branch.figures[column].recording === 'none') tally.pending += 1;
  }
  return months.map(withRate);
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
  recording: Recording;
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
  /** Held activities judged under the threshold (met === false). */
  belowThreshold: number;
  /** Held activities with members due and nothing recorded yet (未登记). */
  unrecordedActivities: number;
  /** Held activities with some due members recorded and some not (部分登记). */
  partialActivities: number;
  activities: ActivityRate[];
  /** Person-times over the held activities; the rate over those with records (see Tally.pending). */
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
  let unrecordedActivities = 0;
  let partialActivities = 0;
  for (let column = from; column < to; column += 1) {
    const { id, date } = branch.activities[column];
    const figures = branch.figures[column];
    const { rate, met, recording } = figures;
    activities.push({ activityId: id, date, held: figures.held, rate, met, recording });
    if (!figures.held) continue;
    held += 1;
    if (met === false) belowThreshold += 1;
    if (recording === 'none') unrecordedActivities += 1;
    else if (recording === 'partial') partialActivities += 1;
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
    unrecordedActivities,
    partialActivities,
    activities,
    totals: rated(totals),
  };
}
