/**
 * Who is due at an activity, and what a cell means for them.
 *
 * - 应到 counts 正式党员 and 预备党员 of the activity's branch on the roster that day and not
 *   exempt (免参加) that day. Invitees who come (√ 迟 早) are 列席; anything else they have is ignored.
 * - A member who is exempt that day is not due, whatever the cell says (免 there is simply right).
 * - 免 on a due member (no exemption on the roster that day) is 无效, with a message asking to record
 *   the exemption in the roster (reason, approval, contact) or to enter 事/病: the policy grants
 *   exemption only by branch approval with a designated contact, so a one-off 免 in the grid is not one.
 * - Unknown text and conflicting entries are 无效 too: never counted as any code.
 */
import type { AttendanceCode, Mark } from './attendance';
import type { CalendarDate } from './date';
import { type Member, countsTowardRates, isExemptOn, isOnRoster } from './member';
import type { Outcome } from './tally';

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
export interface RowSpan {
  counted: boolean;
  onFrom: number;
  onTo: number;
  exemptFrom: number;
  exemptTo: number;
}

export function rowSpan(member: Member, dates: readonly CalendarDate[]): RowSpan {
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

export function standingAt(span: RowSpan, column: number): Standing {
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

export function outcomeFor(standing: Standing, mark: Mark): Outcome {
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
