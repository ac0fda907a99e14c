/**
 * Attendance codes (policy 四、3: 不得无故迟到、早退或不参加；因事因病不能参加的，必须经党支部批准)
 * and the entries users type into the attendance grid.
 */
import { type CellValue, compactText } from './text';

/** √ 出席, 迟 迟到, 早 早退, 事 事假, 病 病假, × 缺席, 免 免参加. */
export const ATTENDANCE_CODES = ['√', '迟', '早', '事', '病', '×', '免'] as const;
export type AttendanceCode = (typeof ATTENDANCE_CODES)[number];

/** What people type, after full-width forms and spaces are removed and Latin letters lower-cased. */
const VARIANTS: ReadonlyMap<string, AttendanceCode> = new Map<string, AttendanceCode>([
  ...pairs('√', ['√', '✓', '✔', '☑', '✅', 'v', '到', '已到', '出席', '到会', '参加', '在']),
  ...pairs('迟', ['迟', '迟到']),
  ...pairs('早', ['早', '早退']),
  ...pairs('事', ['事', '事假', '请假', '因事', '因事请假']),
  ...pairs('病', ['病', '病假', '因病', '因病请假']),
  ...pairs('×', ['×', 'x', '✗', '✘', '✕', '╳', '缺', '缺席', '旷', '旷会', '未到', '无故缺席']),
  ...pairs('免', ['免', '免参加', '免参']),
]);

function pairs(code: AttendanceCode, texts: string[]): [string, AttendanceCode][] {
  return texts.map((text) => [text, code]);
}

/** One cell of the grid, read: nothing recorded, a code, or text that is no code. */
export type Mark =
  | { kind: 'blank' }
  | { kind: 'code'; code: AttendanceCode }
  | { kind: 'unknown'; text: string }
  /** The same member and activity entered twice with different codes. */
  | { kind: 'conflict'; texts: string[] };

const BLANK: Mark = { kind: 'blank' };
const CODE_MARKS = new Map<AttendanceCode, Mark>(
  ATTENDANCE_CODES.map((code) => [code, { kind: 'code', code }]),
);

/**
 * Reads a cell. A ticked checkbox (TRUE) is 出席; an unticked one (FALSE) says nothing about why,
 * so it is "not recorded" like a blank. Numbers are no code: 1/0 grids are ambiguous.
 */
export function parseMark(raw: CellValue): Mark {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'boolean') return raw ? codeMark('√') : BLANK;
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'unknown', text: String(raw) } : BLANK;
  const direct = VARIANTS.get(raw);
  if (direct !== undefined) return codeMark(direct);
  const text = compactText(raw);
  if (text === '') return BLANK;
  const code = VARIANTS.get(text.toLowerCase());
  return code === undefined ? { kind: 'unknown', text: raw.trim() } : codeMark(code);
}

function codeMark(code: AttendanceCode): Mark {
  return CODE_MARKS.get(code) as Mark;
}

/** The code a variant stands for, or null: for validation lists and hints. */
export function codeOf(text: string): AttendanceCode | null {
  const mark = parseMark(text);
  return mark.kind === 'code' ? mark.code : null;
}

/** What the user entered for a member at an activity; keyed by ids, never by grid position. */
export interface AttendanceEntry {
  memberId: string;
  branch: string;
  activityId: string;
  raw: CellValue;
  /** The reason given for leave or absence, or any remark (请假事由、缺席原因). */
  note?: string;
}

/** What was entered for one member at one activity (several entries merged into one). */
export interface RecordedMark {
  mark: Mark;
  note: string | null;
}

/** Shared marks for the common case of a code without a note: a full grid has hundreds of thousands. */
const NOTELESS = new Map<AttendanceCode, RecordedMark>(
  ATTENDANCE_CODES.map((code) => [code, { mark: CODE_MARKS.get(code) as Mark, note: null }]),
);
const NOTELESS_BLANK: RecordedMark = { mark: BLANK, note: null };
const NOTELESS_BY_TEXT = new Map<string, RecordedMark>([
  ...[...VARIANTS].map(([text, code]): [string, RecordedMark] => [text, NOTELESS.get(code) as RecordedMark]),
  ['', NOTELESS_BLANK],
]);

/** Reads an entry's cell and note. */
export function readEntry(entry: Pick<AttendanceEntry, 'raw' | 'note'>): RecordedMark {
  if (entry.note === undefined && typeof entry.raw === 'string') {
    // The common case, a bare code as typed: one lookup.
    const known = NOTELESS_BY_TEXT.get(entry.raw);
    if (known !== undefined) return known;
  }
  const mark = parseMark(entry.raw);
  const note = cleanNote(entry.note);
  if (note !== null) return { mark, note };
  if (mark.kind === 'code') return NOTELESS.get(mark.code) as RecordedMark;
  return mark.kind === 'blank' ? NOTELESS_BLANK : { mark, note: null };
}

/**
 * Merges two entries for the same member and activity: equal codes are one, different ones a
 * conflict, notes are joined. Commutative and associative, so the order of entries never matters
 * (never "the last one wins").
 */
export function mergeEntries(a: RecordedMark, b: RecordedMark): RecordedMark {
  return { mark: mergeMark(a.mark, b.mark), note: mergeNotes(a.note, b.note) };
}

function cleanNote(note: string | undefined): string | null {
  const text = note?.trim() ?? '';
  return text === '' ? null : text;
}

function mergeMark(a: Mark, b: Mark): Mark {
  if (a.kind === 'blank') return b;
  if (b.kind === 'blank') return a;
  const texts = [...new Set([...markTexts(a), ...markTexts(b)])].sort();
  return texts.length === 1 ? a : { kind: 'conflict', texts };
}

function markTexts(mark: Mark): string[] {
  switch (mark.kind) {
    case 'blank':
      return [];
    case 'code':
      return [mark.code];
    case 'unknown':
      return [mark.text];
    case 'conflict':
      return mark.texts;
  }
}

function mergeNotes(a: string | null, b: string | null): string | null {
  if (a === null || a === b) return b;
  if (b === null) return a;
  return [...new Set([...a.split(NOTE_SEPARATOR), ...b.split(NOTE_SEPARATOR)])].sort().join(NOTE_SEPARATOR);
}

const NOTE_SEPARATOR = '；';

/** The text a mark shows in messages: the code, the unknown text, or the conflicting texts. */
export function markText(mark: Mark): string {
  return markTexts(mark).join(' / ');
}
