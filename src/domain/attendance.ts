/**
 * Attendance codes (policy 四、3: 不得无故迟到、早退或不参加；因事因病不能参加的，必须经党支部批准)
 * and the entries users type into the attendance grid.
 */
import { activityKey } from './activity';
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

/** The entries of one member at one activity, merged. */
export interface IndexedMark {
  mark: Mark;
  note: string | null;
}

/** Entries by activity (activityKey) and then by member id. */
export type AttendanceIndex = Map<string, Map<string, IndexedMark>>;

/**
 * Indexes entries for lookup. Entries repeated for the same member and activity merge: equal
 * codes are one, different ones a conflict (never "the last one wins", which would depend on order).
 */
export function indexAttendance(entries: readonly AttendanceEntry[]): AttendanceIndex {
  const index: AttendanceIndex = new Map();
  for (const entry of entries) {
    const key = activityKey({ branch: entry.branch, id: entry.activityId });
    let byMember = index.get(key);
    if (byMember === undefined) {
      byMember = new Map();
      index.set(key, byMember);
    }
    const incoming: IndexedMark = { mark: parseMark(entry.raw), note: cleanNote(entry.note) };
    const existing = byMember.get(entry.memberId);
    byMember.set(entry.memberId, existing === undefined ? incoming : mergeMarks(existing, incoming));
  }
  return index;
}

function cleanNote(note: string | undefined): string | null {
  const text = note?.trim() ?? '';
  return text === '' ? null : text;
}

function mergeMarks(a: IndexedMark, b: IndexedMark): IndexedMark {
  return { mark: mergeMark(a.mark, b.mark), note: mergeNotes(a.note, b.note) };
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
