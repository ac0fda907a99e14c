/**
 * Roster rows (花名册) into members. Rows arrive as raw cell values already mapped to fields (the
 * workbook layer recognises headers); this module parses and checks each field. Nothing is
 * dropped silently: every row becomes a member, a problem, or a counted blank row.
 */
import { type CalendarDate, calendarDate, fromExcelSerial } from './date';
import { type Exemption, type Member, type MemberCategory, MEMBER_CATEGORIES } from './member';
import type { DomainWarning } from './warning';
import { type CellValue, cellText, compactText, normaliseName, normaliseText } from './text';
import { rosterMessages } from '../strings/attendance';

export const ROSTER_FIELDS = [
  'id',
  'name',
  'branch',
  'category',
  'gender',
  'joinedParty',
  'onRosterFrom',
  'onRosterTo',
  'exempt',
  'exemptionReason',
  'exemptionApproval',
  'exemptionContact',
  'exemptionFrom',
  'exemptionTo',
  'phone',
  'note',
  'leader',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** One roster row: its 1-based row number in the sheet and its cells by field. */
export type RosterRow = { row: number } & Partial<Record<RosterField, CellValue>>;

/** error: the row is not imported; warning: imported, the field noted. */
export interface RosterProblem {
  row: number;
  field: RosterField | null;
  severity: 'error' | 'warning';
  message: string;
}

export interface ParsedRoster {
  members: Member[];
  /** The row each member was read from, by member id. */
  memberRows: Map<string, number>;
  problems: RosterProblem[];
  /** Row numbers of rows with nothing in them, skipped. */
  blankRows: number[];
  /** Cells of kept members that could not be read (each also a warning in `problems`). */
  unreadable: UnreadableCell[];
}

/** A cell a member is kept without: the member lacks the field, the typed text is here. */
export interface UnreadableCell {
  memberId: string;
  row: number;
  field: RosterField;
  /** What the user typed, as text. */
  text: string;
  message: string;
}

export interface RosterOptions {
  /** For rows whose 所属支部 is blank (a roster of one branch). */
  defaultBranch?: string;
  /** For rows whose 类别 is blank (a roster of party members only). */
  defaultCategory?: MemberCategory;
  /** Ids held by people outside these rows, which generated ids must avoid. */
  reservedIds?: Iterable<string>;
}

// ---- field parsers ----

export type DateCell = { ok: true; date: CalendarDate | null } | { ok: false; text: string };

const DATE_PATTERNS: RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/**
 * A date cell: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, or an Excel serial number.
 * Blank is `{ ok: true, date: null }`.
 */
export function parseDateCell(value: CellValue): DateCell {
  if (value === null || value === undefined) return { ok: true, date: null };
  if (typeof value === 'boolean') return { ok: false, text: cellText(value) };
  if (typeof value === 'number') return dateFromNumber(value);
  const text = normaliseText(value);
  if (text === '') return { ok: true, date: null };
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const date = calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return date === null ? { ok: false, text } : { ok: true, date };
  }
  return { ok: false, text };
}

function dateFromNumber(value: number): DateCell {
  // 20260305 typed as a number is a date written without separators, not a serial of year 57,000.
  if (Number.isInteger(value) && value >= 10000101 && value <= 99991231) {
    const date = calendarDate(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
    return date === null ? { ok: false, text: String(value) } : { ok: true, date };
  }
  const date = fromExcelSerial(value);
  return date === null ? { ok: false, text: String(value) } : { ok: true, date };
}

/** Short and long names people write for the categories. */
const CATEGORY_VARIANTS: ReadonlyMap<string, MemberCategory> = new Map<string, MemberCategory>([
  ...MEMBER_CATEGORIES.map((category): [string, MemberCategory] => [category, category]),
  ['正式', '正式党员'],
  ['党员', '正式党员'],
  ['中共党员', '正式党员'],
  ['中共正式党员', '正式党员'],
  ['预备', '预备党员'],
  ['中共预备党员', '预备党员'],
  ['发展', '发展对象'],
  ['党员发展对象', '发展对象'],
  ['积极分子', '入党积极分子'],
  ['入党积极', '入党积极分子'],
  ['团员', '团员青年'],
  ['共青团员', '团员青年'],
  ['青年', '团员青年'],
  ['群众', '群众代表'],
]);

/** A category from its full or short name; null when the text is none of them. */
export function parseCategory(value: CellValue): MemberCategory | null {
  return CATEGORY_VARIANTS.get(compactText(cellText(value))) ?? null;
}

const YES = new Set(['是', '是的', '√', '✓', '✔', 'y', 'yes', 'true', '1', '免', '免参加', '有']);
const NO = new Set(['', '否', '不', '不是', '无', '×', 'x', '✗', 'n', 'no', 'false', '0', '-', '—', '/']);

/** 是/否 cells (是 否 √ × Y N 1 0 TRUE FALSE …); blank is 否; null when unrecognised. */
export function parseYesNo(value: CellValue): boolean | null {
  const text = compactText(cellText(value)).toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}

/** 男/女; null for blank or anything else. */
export function parseGender(value: CellValue): '男' | '女' | null {
  const text = compactText(cellText(value)).toLowerCase();
  if (text === '男' || text === 'm' || text === '男性') return '男';
  if (text === '女' || text === 'f' || text === '女性') return '女';
  return null;
}

/** An id as written: numbers as Excel shows them, spaces removed; null when blank. */
export function parseMemberId(value: CellValue): string | null {
  const text = compactText(cellText(value));
  return text === '' ? null : text;
}

/**
 * A stable id for a person the roster gives none: from the name and which occurrence of that name
 * it is (two 王伟 are two people), so importing the same roster again gives the same ids. A clash
 * with an id already taken is resolved by re-hashing with a counter, deterministically.
 */
export function generateMemberId(name: string, occurrence: number, taken: ReadonlySet<string>): string {
  for (let attempt = 0; ; attempt += 1) {
    const id = `M${fnv1a(`${name}\u0000${occurrence}\u0000${attempt}`).toString(36).toUpperCase().padStart(7, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** The shape generateMemberId gives (M and seven base-36 digits): an id the roster did not give. */
export function isGeneratedMemberId(id: string): boolean {
  return /^M[0-9A-Z]{7}$/.test(id);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// ---- rows ----

/** A row parsed field by field, before ids are settled. */
interface RowDraft {
  row: number;
  id: string | null;
  member: Omit<Member, 'id'>;
  unreadable: Array<Omit<UnreadableCell, 'memberId' | 'row'>>;
}

/** Parses a roster. Members keep the rows' order. */
export function parseRoster(rows: readonly RosterRow[], options: RosterOptions = {}): ParsedRoster {
  const problems: RosterProblem[] = [];
  const blankRows: number[] = [];
  const drafts: RowDraft[] = [];
  for (const row of rows) {
    if (isBlankRow(row)) {
      blankRows.push(row.row);
      continue;
    }
    const rowProblems: RosterProblem[] = [];
    const draft = parseRow(row, options, rowProblems);
    problems.push(...rowProblems);
    if (draft !== null && !rowProblems.some((problem) => problem.severity === 'error')) drafts.push(draft);
  }
  const accepted = assignIds(drafts, options, problems);
  problems.sort((a, b) => a.row - b.row);
  const members = accepted.map(({ member }) => member);
  const memberRows = new Map(accepted.map(({ draft, member }) => [member.id, draft.row]));
  const unreadable = accepted.flatMap(({ draft, member }) =>
    draft.unreadable.map((cell) => ({ memberId: member.id, row: draft.row, ...cell })),
  );
  return { members, memberRows, problems, blankRows, unreadable };
}

function isBlankRow(row: RosterRow): boolean {
  return ROSTER_FIELDS.every((name) => cellText(row[name]) === '');
}

function parseRow(row: RosterRow, options: RosterOptions, problems: RosterProblem[]): RowDraft | null {
  const at = row.row;
  const error = (field: RosterField | null, message: string) =>
    problems.push({ row: at, field, severity: 'error', message });
  const warn = (field: RosterField | null, message: string) =>
    problems.push({ row: at, field, severity: 'warning', message });
  // A cell the member is kept without: reported, and its text kept so regeneration can show it.
  const unreadable: RowDraft['unreadable'] = [];
  const leftBlank = (field: RosterField, message: string) => {
    warn(field, message);
    unreadable.push({ field, text: cellText(row[field]), message });
  };

  const name = normaliseName(cellText(row.name));
  if (name === '') error('name', rosterMessages.nameMissing(at));
  const branch = compactText(cellText(row.branch)) || (options.defaultBranch ?? '');
  if (branch === '') error('branch', rosterMessages.branchMissing(at));
  const category = readCategory(row, options, error);
  const dates = readDates(row, error, leftBlank);
  const exemption = readExemption(row, dates, error, warn);
  if (name === '' || branch === '' || category === null) return null;

  const member: Omit<Member, 'id'> = { name, branch, category };
  const gender = cellText(row.gender);
  if (gender !== '') {
    const parsed = parseGender(row.gender);
    if (parsed === null) leftBlank('gender', rosterMessages.genderUnknown(at, gender));
    else member.gender = parsed;
  }
  if (dates.joinedParty) member.joinedParty = dates.joinedParty;
  if (dates.onRosterFrom) member.onRosterFrom = dates.onRosterFrom;
  if (dates.onRosterTo) member.onRosterTo = dates.onRosterTo;
  if (exemption) member.exemption = exemption;
  const phone = normaliseText(cellText(row.phone));
  if (phone !== '') member.phone = phone;
  const note = normaliseText(cellText(row.note));
  if (note !== '') member.note = note;
  // 领导干部 is optional: blank is 否; a text that is neither 是 nor 否 is kept as typed, counted as 否.
  const leader = parseYesNo(row.leader);
  if (leader === null) leftBlank('leader', rosterMessages.leaderUnknown(at, cellText(row.leader)));
  else if (leader) member.leader = true;
  return { row: at, id: parseMemberId(row.id), member, unreadable };
}

type Report = (field: RosterField | null, message: string) => void;
type FieldReport = (field: RosterField, message: string) => void;

function readCategory(row: RosterRow, options: RosterOptions, error: Report): MemberCategory | null {
  const text = cellText(row.category);
  if (text === '') {
    if (options.defaultCategory !== undefined) return options.defaultCategory;
    error('category', rosterMessages.categoryMissing(row.row));
    return null;
  }
  const category = parseCategory(text);
  if (category === null) error('category', rosterMessages.categoryUnknown(row.row, text));
  return category;
}

type DateField = 'joinedParty' | 'onRosterFrom' | 'onRosterTo' | 'exemptionFrom' | 'exemptionTo';
type Dates = Partial<Record<DateField, CalendarDate>>;

function readDates(row: RosterRow, error: Report, leftBlank: FieldReport): Dates {
  const dates: Dates = {};
  for (const name of ['joinedParty', 'onRosterFrom', 'onRosterTo', 'exemptionFrom', 'exemptionTo'] as const) {
    const cell = parseDateCell(row[name]);
    if (cell.ok) {
      if (cell.date !== null) dates[name] = cell.date;
    } else if (name === 'joinedParty') {
      // Informational only: a bad 入党日期 changes no figure, so the row still counts.
      leftBlank(name, rosterMessages.dateInvalidLeftBlank(row.row, name, cell.text));
    } else {
      error(name, rosterMessages.dateInvalid(row.row, name, cell.text));
    }
  }
  checkOrder(row.row, dates, 'onRosterFrom', 'onRosterTo', error);
  checkOrder(row.row, dates, 'exemptionFrom', 'exemptionTo', error);
  return dates;
}

function checkOrder(at: number, dates: Dates, from: DateField, to: DateField, error: Report): void {
  const fromDate = dates[from];
  const toDate = dates[to];
  if (fromDate !== undefined && toDate !== undefined && toDate < fromDate) {
    error(to, rosterMessages.datesReversed(at, from, to, fromDate, toDate));
  }
}

function readExemption(row: RosterRow, dates: Dates, error: Report, warn: Report): Exemption | null {
  const flag = parseYesNo(row.exempt);
  if (flag === null) {
    error('exempt', rosterMessages.flagUnknown(row.row, cellText(row.exempt)));
    return null;
  }
  const reason = normaliseText(cellText(row.exemptionReason));
  const approval = normaliseText(cellText(row.exemptionApproval));
  const contact = normaliseName(cellText(row.exemptionContact));
  if (!flag) {
    const hasDetails =
      reason !== '' || contact !== '' || dates.exemptionFrom !== undefined || dates.exemptionTo !== undefined;
    if (hasDetails) warn('exempt', rosterMessages.exemptionWithoutFlag(row.row));
    return null;
  }
  if (reason === '') warn('exemptionReason', rosterMessages.exemptionReasonMissing(row.row));
  if (contact === '') warn('exemptionContact', rosterMessages.exemptionContactMissing(row.row));
  const exemption: Exemption = { reason, approval, contact };
  if (dates.exemptionFrom) exemption.from = dates.exemptionFrom;
  if (dates.exemptionTo) exemption.to = dates.exemptionTo;
  return exemption;
}

/**
 * Settles ids: a written id is kept unless an earlier row has it (then the row is an error, since
 * attendance is keyed by id); rows without one get a generated id that avoids every written id.
 */
function assignIds(
  drafts: RowDraft[],
  options: RosterOptions,
  problems: RosterProblem[],
): Array<{ draft: RowDraft; member: Member }> {
  const firstRowOf = new Map<string, number>();
  const accepted: RowDraft[] = [];
  for (const draft of drafts) {
    if (draft.id === null) {
      accepted.push(draft);
      continue;
    }
    const firstRow = firstRowOf.get(draft.id);
    if (firstRow === undefined) {
      firstRowOf.set(draft.id, draft.row);
      accepted.push(draft);
    } else {
      problems.push({
        row: draft.row,
        field: 'id',
        severity: 'error',
        message: rosterMessages.duplicateId(draft.row, draft.id, firstRow),
      });
    }
  }
  const taken = new Set<string>([...firstRowOf.keys(), ...(options.reservedIds ?? [])]);
  const occurrences = new Map<string, number>();
  return accepted.map((draft) => {
    const occurrence = (occurrences.get(draft.member.name) ?? 0) + 1;
    occurrences.set(draft.member.name, occurrence);
    if (draft.id !== null) return { draft, member: { id: draft.id, ...draft.member } };
    const id = generateMemberId(draft.member.name, occurrence, taken);
    taken.add(id);
    return { draft, member: { id, ...draft.member } };
  });
}

/** Roster problems as warnings for the pane's list. */
export function rosterWarnings(problems: readonly RosterProblem[]): DomainWarning[] {
  return problems.map((problem) => ({ code: 'roster-row', message: problem.message }));
}
