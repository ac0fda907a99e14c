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
