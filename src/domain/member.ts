/** A person on a branch's roster: a party member who counts toward rates, or an invitee (列席). */
import type { CalendarDate } from './date';

/** 正式党员 and 预备党员 count toward rates; the others attend as invitees and never count. */
export const MEMBER_CATEGORIES = [
  '正式党员',
  '预备党员',
  '发展对象',
  '入党积极分子',
  '团员青年',
  '群众代表',
] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

export const COUNTED_CATEGORIES: readonly MemberCategory[] = ['正式党员', '预备党员'];

export function countsTowardRates(category: MemberCategory): boolean {
  return COUNTED_CATEGORIES.includes(category);
}

/** 免参加: approved by the branch on the member's request; someone is designated to keep in touch. */
export interface Exemption {
  reason: string;
  /** Who approved it, or the approval reference. */
  approval: string;
  /** The designated contact person (专人联系). */
  contact: string;
  /** Valid from/to, both inclusive; open-ended when absent. */
  from?: CalendarDate;
  to?: CalendarDate;
}

export interface Member {
  /** 编号: stable; assigned when the roster has none. */
  id: string;
  name: string;
  branch: string;
  category: MemberCategory;
  gender?: '男' | '女';
  joinedParty?: CalendarDate;
  /** On the roster from/to, both inclusive; a member counts only for activities in this span. */
  onRosterFrom?: CalendarDate;
  onRosterTo?: CalendarDate;
  exemption?: Exemption;
  phone?: string;
  note?: string;
  /** 党员领导干部 (花名册's optional 领导干部 column, 是): their participation is shown on its own line. */
  leader?: boolean;
}

/** On the roster that day: within onRosterFrom…onRosterTo, either end open when absent. */
export function isOnRoster(member: Member, date: CalendarDate): boolean {
  if (member.onRosterFrom !== undefined && date < member.onRosterFrom) return false;
  if (member.onRosterTo !== undefined && date > member.onRosterTo) return false;
  return true;
}

/** 免参加 that day: an exemption whose validity (open-ended when a bound is absent) covers it. */
export function isExemptOn(member: Member, date: CalendarDate): boolean {
  const exemption = member.exemption;
  if (exemption === undefined) return false;
  if (exemption.from !== undefined && date < exemption.from) return false;
  if (exemption.to !== undefined && date > exemption.to) return false;
  return true;
}

/** 应到 for an activity of the member's branch that day: a counted category, on the roster, not exempt. */
export function isDueOn(member: Member, date: CalendarDate): boolean {
  return countsTowardRates(member.category) && isOnRoster(member, date) && !isExemptOn(member, date);
}
