/**
 * 补学 on the summaries (issue 13, 4): the monthly branch page's line of 补学 owed, done and
 * outstanding for the month's activities, and each member's 补学 done of owed in the annual
 * table's 备注. Counted by the app from the engine and the 补学登记 sheet (domain/makeUp.ts).
 */
import { branchMonthKey, type MakeUpCount, type MakeUpCounts } from '../../../domain/makeUp';
import { monthKey } from '../../../domain/date';
import { MAKE_UP_SUMMARY } from '../../../strings/makeUp';
import type { SheetCanvas } from './canvas';
import { drawParagraph } from './parts';

/** The branch's 补学 line for the month; nothing when the summary was made without the counts. */
export function drawMakeUpLine(
  canvas: SheetCanvas,
  counts: MakeUpCounts | undefined,
  branch: string,
  year: number,
  month: number,
): void {
  if (counts === undefined) return;
  const count: MakeUpCount = counts.byBranchMonth.get(branchMonthKey(branch, monthKey(year, month))) ?? {
    due: 0,
    done: 0,
    outstanding: 0,
    overdue: 0,
  };
  drawParagraph(canvas, MAKE_UP_SUMMARY.monthLine(count.due, count.done, count.outstanding, count.overdue));
}

/** '补学1/2' for a member who owed any 补学 this year, else null. */
export function makeUpMemberNote(counts: MakeUpCounts | undefined, memberId: string): string | null {
  const count = counts?.byMember.get(memberId);
  return count === undefined || count.due === 0 ? null : MAKE_UP_SUMMARY.memberNote(count.done, count.due);
}
