/**
 * What an import lists for the secretary to look at before importing: names that may not be names
 * (a formula, a phone number, digits: kept as typed, never evaluated), and a transfer written in 备注
 * ("2026-06-30 转出") that the roster's 在册止 / 在册起 columns do not carry yet — offered, not
 * applied, since the note is free text.
 */
import { type CalendarDate, calendarDate } from './date';
import type { Member } from './member';
import type { NameConcern } from '../strings/importReview';

/** Why a name deserves a look, or null. */
export function nameConcern(name: string): NameConcern | null {
  if (/^[=+\-@]/.test(name)) return 'formula';
  if (/^\+?[\d\s-]{7,}$/.test(name)) return 'phone';
  return /\d/.test(name) ? 'digits' : null;
}

/** A date found in 备注 next to a word of transfer. */
export interface NoteDate {
  memberId: string;
  field: 'onRosterFrom' | 'onRosterTo';
  date: CalendarDate;
  /** The words found, as written ("2026-06-30 转出"). */
  text: string;
}

const DATE = String.raw`(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*[日号]?`;
const LEAVING = '转出|调出|调离';
const JOINING = '转入|调入';
const AFTER = new RegExp(`${DATE}\\s*(?:起)?\\s*(${LEAVING}|${JOINING})`, 'g');
const BEFORE = new RegExp(`(${LEAVING}|${JOINING})(?:于|日期|时间|为|[:：\\s])*${DATE}`, 'g');

/**
 * Transfers in a member's 备注 whose field the roster left blank: at most one per field (the first
 * found), none when the note names two different dates for it.
 */
export function noteDates(member: Member): NoteDate[] {
  const note = member.note ?? '';
  if (note === '') return [];
  const found = new Map<NoteDate['field'], NoteDate[]>();
  const add = (word: string, year: string, month: string, day: string, text: string) => {
    const date = calendarDate(Number(year), Number(month), Number(day));
    if (date === null) return;
    const field = new RegExp(`^(?:${LEAVING})$`).test(word) ? 'onRosterTo' : 'onRosterFrom';
    found.set(field, [...(found.get(field) ?? []), { memberId: member.id, field, date, text: text.trim() }]);
  };
  for (const match of note.matchAll(AFTER)) add(match[4], match[1], match[2], match[3], match[0]);
  for (const match of note.matchAll(BEFORE)) add(match[1], match[2], match[3], match[4], match[0]);
  const offers: NoteDate[] = [];
  for (const [field, dates] of found) {
    if (member[field] !== undefined) continue;
    if (new Set(dates.map((d) => d.date)).size !== 1) continue;
    offers.push(dates[0]);
  }
  return offers.sort((a, b) => (a.field < b.field ? -1 : 1));
}

/** The members with the offered dates the secretary accepted set. */
export function applyNoteDates(members: readonly Member[], accepted: readonly NoteDate[]): Member[] {
  const byMember = new Map<string, NoteDate[]>();
  for (const offer of accepted)
    byMember.set(offer.memberId, [...(byMember.get(offer.memberId) ?? []), offer]);
  return members.map((member) => {
    const offers = byMember.get(member.id);
    if (offers === undefined) return member;
    const updated = { ...member };
    for (const offer of offers) updated[offer.field] = offer.date;
    // A date that would end the span before it starts is not applied.
    if (
      updated.onRosterFrom !== undefined &&
      updated.onRosterTo !== undefined &&
      updated.onRosterTo < updated.onRosterFrom
    )
      return member;
    return updated;
  });
}

/** Two rows of different branches that may be one person listed twice (see twoBranchSuspects). */
export interface TwoBranchSuspect {
  /** The row read first. */
  first: Member;
  second: Member;
  /** What they share besides the name. */
  by: 'joinedParty' | 'phone';
}

/**
 * People listed in two branches: the same name, the same 入党日期 or phone, and on the roster at the
 * same time (a transfer with 在册止 in one branch and 在册起 in the other is not listed). Such a person
 * would be due in both branches; namesakes told apart by those fields are not listed.
 */
export function twoBranchSuspects(members: readonly Member[]): TwoBranchSuspect[] {
  const byName = new Map<string, Member[]>();
  for (const member of members) byName.set(member.name, [...(byName.get(member.name) ?? []), member]);
  const suspects: TwoBranchSuspect[] = [];
  for (const group of byName.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [first, second] = [group[i], group[j]];
        if (first.branch === second.branch || !spansOverlap(first, second)) continue;
        if (first.joinedParty !== undefined && first.joinedParty === second.joinedParty)
          suspects.push({ first, second, by: 'joinedParty' });
        else if (first.phone !== undefined && first.phone !== '' && first.phone === second.phone)
          suspects.push({ first, second, by: 'phone' });
      }
    }
  }
  return suspects;
}

function spansOverlap(a: Member, b: Member): boolean {
  const startsBeforeEnd = (from: CalendarDate | undefined, to: CalendarDate | undefined) =>
    from === undefined || to === undefined || from <= to;
  return startsBeforeEnd(a.onRosterFrom, b.onRosterTo) && startsBeforeEnd(b.onRosterFrom, a.onRosterTo);
}
