/**
 * 领导干部带头 (policy 四、1: 党员领导干部要带头参加组织生活): the participation of the members the
 * roster marks 领导干部, for a line of its own in the monthly and annual summaries.
 *
 * Counted by the same engine as every figure of the summaries: each leader's month tallies
 * (memberMonthTallies: held activities only, 应到 when due, 实到 = 出席 + 迟到 + 早退, activities with
 * nothing recorded left out of the rate), summed. A leader counts for the period when a party
 * member (正式/预备) on the roster at some day of it; invitees never count, as everywhere.
 */
import { type CalendarDate, firstOfMonth, lastOfMonth } from './date';
import { memberMonthTallies } from './figures';
import type { BranchLedger, Ledger, MemberRow } from './ledger';
import { countsTowardRates } from './member';
import { type RatedTally, ratedSum, rated, sumTallies } from './tally';

export interface LeaderParticipation {
  /** Leaders counted for the period. */
  leaders: number;
  /** Their person-times: 应到 (due), 实到 (attended), … and the rate (实到 / 应到 over what is recorded). */
  totals: RatedTally;
}

/** Months from…to (1–12, both inclusive) of a year. */
export interface MonthSpan {
  year: number;
  from: number;
  to: number;
}

function leaderDuring(row: MemberRow, first: CalendarDate, last: CalendarDate): boolean {
  const { member } = row;
  return (
    member.leader === true &&
    countsTowardRates(member.category) &&
    (member.onRosterFrom === undefined || member.onRosterFrom <= last) &&
    (member.onRosterTo === undefined || member.onRosterTo >= first)
  );
}

/** The branch's leaders over the months, up to the ledger's asOf; null when it has none. */
export function branchLeaders(
  ledger: Ledger,
  branch: BranchLedger,
  span: MonthSpan,
): LeaderParticipation | null {
  const first = firstOfMonth(span.year, span.from);
  const last = lastOfMonth(span.year, span.to);
  const rows = branch.rows.filter((row) => leaderDuring(row, first, last));
  if (rows.length === 0) return null;
  const tallies = rows.map((row) =>
    ratedSum(memberMonthTallies(branch, row, span.year, ledger.asOf), span.from - 1, span.to),
  );
  return { leaders: rows.length, totals: rated(sumTallies(tallies)) };
}

/** Several branches' leaders together (the 党总支's line); null when none of them has any. */
export function sumLeaders(
  parts: ReadonlyArray<LeaderParticipation | null | undefined>,
): LeaderParticipation | null {
  const present = parts.filter((part): part is LeaderParticipation => part !== null && part !== undefined);
  if (present.length === 0) return null;
  return {
    leaders: present.reduce((sum, part) => sum + part.leaders, 0),
    totals: rated(sumTallies(present.map((part) => part.totals))),
  };
}

/** `{ leaders }` when there are any, else nothing: the summaries carry the field only then. */
export function leadersField(leaders: LeaderParticipation | null): { leaders?: LeaderParticipation } {
  return leaders === null ? {} : { leaders };
}
