/**
 * 无故缺席 counted over a year: a member absent without reason (×) at N or more held activities of
 * one calendar year is listed for the branch, N being 设置's 无故缺席提示次数 (default 3). It stands
 * beside the runs of consecutive absence (src/domain/warnings.ts): those need the absences to follow
 * one another, this counts them wherever they fall. Like the runs it is a prompt for the branch to
 * talk with the member, never a verdict.
 *
 * Only × counts: 事 and 病 are approved leave; √ 迟 早 are attendance; an activity where the member
 * is not due (exempt, off the roster), a blank (未登记) or an unreadable entry counts for nothing.
 * Activities after asOf are not held yet and are left out.
 */
import { type CalendarDate, monthKeyOf, yearOf } from './date';
import type { Ledger } from './ledger';
import type { DomainWarning } from './warning';
import { warningMessages } from '../strings/attendance';

/** One member's unexcused absences in one year, when they reach the limit. */
export interface UnexcusedCount {
  branch: string;
  memberId: string;
  name: string;
  year: number;
  /** The activities, in date order. */
  absences: Array<{ activityId: string; date: CalendarDate }>;
  /** The limit they reached (设置's 无故缺席提示次数). */
  limit: number;
}

/** Members with at least `ledger.settings.unexcusedLimit` × in a year: by branch, roster order, year. */
export function unexcusedCounts(ledger: Ledger): UnexcusedCount[] {
  const limit = ledger.settings.unexcusedLimit;
  const counts: UnexcusedCount[] = [];
  for (const branch of ledger.branches) {
    for (const row of branch.rows) {
      const byYear = new Map<number, UnexcusedCount['absences']>();
      branch.activities.forEach((activity, column) => {
        if (activity.date > ledger.asOf || row.outcomes[column] !== 'absent') return;
        const year = yearOf(activity.date);
        const absences = byYear.get(year) ?? [];
        absences.push({ activityId: activity.id, date: activity.date });
        byYear.set(year, absences);
      });
      for (const [year, absences] of [...byYear].sort(([a], [b]) => a - b)) {
        if (absences.length < limit) continue;
        counts.push({
          branch: branch.branch,
          memberId: row.member.id,
          name: row.member.name,
          year,
          absences,
          limit,
        });
      }
    }
  }
  return counts;
}

/**
 * One warning per member and year, filed under the latest absence (its activity, month and date):
 * the month's summary that shows it is the one in which the count grew.
 */
export function unexcusedLimitWarnings(ledger: Ledger): DomainWarning[] {
  return unexcusedCounts(ledger).map((count) => {
    const last = count.absences[count.absences.length - 1];
    return {
      code: 'unexcused-limit',
      message: warningMessages.unexcusedLimit({
        branch: count.branch,
        name: count.name,
        memberId: count.memberId,
        year: count.year,
        dates: count.absences.map((absence) => absence.date),
        limit: count.limit,
      }),
      branch: count.branch,
      memberId: count.memberId,
      activityId: last.activityId,
      month: monthKeyOf(last.date),
      date: last.date,
    };
  });
}
