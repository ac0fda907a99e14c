/**
 * 党员名册: an Excel table of everyone on the branches' rosters, one row per person, keyed by 编号.
 * Read back with the same header recognition as an imported roster, so columns the user moves or
 * adds do not matter.
 */
import { type CalendarDate, dateOf } from '../../domain/date';
import { MEMBER_CATEGORIES, type Member } from '../../domain/member';
import type { RosterField } from '../../domain/roster';
import { IMPORT_TEXT, KEPT_ROW, ROSTER_SHEET, SHEET_TITLES } from '../../strings/sheets';
import { columnLetters } from '../address';
import { type Cell, type SheetDescription, sheetToken } from '../description';
import type { RawGrid } from '../grid';
import type { Parsed } from '../problems';
import { importRosterTable, tableFromGrid } from '../rosterImport';
import { HEADER_STYLE, type KeptRow, keptCells, NOTE_STYLE, TITLE_STYLE, printSetup } from './common';
import { branchNamesRange } from './settings';

export const ROSTER_HEADER_ROW = 3;
export const ROSTER_FIRST_ROW = 4;
export const ROSTER_TABLE = 'PD_Roster';

export interface RosterSheetInput {
  unit: string;
  members: readonly Member[];
  /** For the 所属支部 drop-down's range on the settings sheet. */
  branchCount: number;
  /**
   * Rows that could not be read: written back after the members as typed, marked 待更正 in 状态;
   * and members' unreadable cells, written back into the member's own row.
   */
  kept?: readonly RosterKeptRow[];
}

/**
 * Cells of a member kept on the roster that could not be read (an unreadable 性别, a 入党日期 like
 * “九三年”): the member lacks those fields, so the sheet shows what was typed, marked 待更正.
 */
export interface UnreadableMemberCells {
  memberId: string;
  /** The sheet row it was read from. */
  row: number;
  /** What was typed and the parser's message, by field. */
  cells: Partial<Record<RosterField, { text: string; message: string }>>;
}

export type RosterKeptRow = KeptRow | UnreadableMemberCells;

function isUnreadableCells(row: RosterKeptRow): row is UnreadableMemberCells {
  return 'memberId' in row;
}

/** The sheet column of each field, as memberRow writes them. */
const FIELD_COLUMN: Readonly<Record<RosterField, number>> = {
  id: 1,
  name: 2,
  gender: 3,
  branch: 4,
  category: 5,
  joinedParty: 6,
  exempt: 7,
  exemptionReason: 8,
  exemptionApproval: 9,
  exemptionContact: 10,
  exemptionFrom: 11,
  exemptionTo: 12,
  onRosterFrom: 13,
  onRosterTo: 14,
  phone: 15,
  note: 16,
};

/** The 状态 column, just right of the table, carries a kept row's 待更正 marker. */
const STATUS_COLUMN = ROSTER_SHEET.headers.length + 1;

const DATE_COLUMNS = [6, 11, 12, 13, 14];

/** A member's row with the typed text of its unreadable cells and their 待更正 marker. */
function memberRowWithUnreadable(member: Member, unreadable: UnreadableMemberCells | undefined): Cell[] {
  const cells = memberRow(member);
  if (unreadable === undefined) return cells;
  // A value read since (a re-import) wins over the old text, and its message goes with it.
  const shown = (
    Object.entries(unreadable.cells) as Array<[RosterField, { text: string; message: string }]>
  ).filter(([field]) => cells[FIELD_COLUMN[field] - 1] === null);
  if (shown.length === 0) return cells;
  for (const [field, { text }] of shown) cells[FIELD_COLUMN[field] - 1] = text;
  while (cells.length < STATUS_COLUMN) cells.push(null);
  cells[STATUS_COLUMN - 1] = KEPT_ROW.marker(shown.map(([, { message }]) => message).join(' '));
  return cells;
}

function memberRow(member: Member): Cell[] {
  const date = (value: CalendarDate | undefined): Cell => (value === undefined ? null : { date: value });
  const exemption = member.exemption;
  return [
    member.id,
    member.name,
    member.gender ?? null,
    member.branch,
    member.category,
    member.joinedParty ? { date: member.joinedParty } : null,
    exemption ? '是' : null,
    exemption?.reason || null,
    exemption?.approval || null,
    exemption?.contact || null,
    date(exemption?.from),
    date(exemption?.to),
    member.onRosterFrom ? { date: member.onRosterFrom } : null,
    member.onRosterTo ? { date: member.onRosterTo } : null,
    member.phone ?? null,
    member.note ?? null,
  ];
}

export function describeRosterSheet(input: RosterSheetInput): SheetDescription {
  const headers = ROSTER_SHEET.headers;
  const width = headers.length;
  const last = columnLetters(width);
  const kept = (input.kept ?? []).filter((row): row is KeptRow => !isUnreadableCells(row));
  const unreadable = new Map(
    (input.kept ?? []).filter(isUnreadableCells).map((cells) => [cells.memberId, cells]),
  );
  const rows: Cell[][] = [
    ...input.members.map((member) => memberRowWithUnreadable(member, unreadable.get(member.id))),
    ...kept.map((row) => {
      const cells = [...row.cells];
      while (cells.length < STATUS_COLUMN) cells.push(null);
      cells[STATUS_COLUMN - 1] = KEPT_ROW.marker(row.reason);
      return cells;
    }),
  ];
  const hasStatus = rows.some((row) => (row[STATUS_COLUMN - 1] ?? null) !== null);
  const headerRow: Cell[] = [...headers, ...(hasStatus ? [KEPT_ROW.header] : [])];
  const blockWidth = Math.max(width, ...rows.map((row) => row.length), headerRow.length);
  for (const row of [headerRow, ...rows]) while (row.length < blockWidth) row.push(null);
  const body: Cell[][] = rows.length > 0 ? rows : [new Array<Cell>(blockWidth).fill(null)];
  const lastRow = ROSTER_FIRST_ROW + body.length - 1;
  // Validations reach past the table so rows the user appends get them too.
  const validUntil = lastRow + 200;
  const column = (n: number) => `${columnLetters(n)}${ROSTER_FIRST_ROW}:${columnLetters(n)}${validUntil}`;
  const v = ROSTER_SHEET.validation;
  return {
    kind: 'roster',
    name: SHEET_TITLES.roster,
    tabColor: '#2F5597',
    columns: [10, 10, 6, 18, 12, 12, 8, 18, 12, 10, 12, 12, 12, 12, 15, 20].map((w, i) => ({
      column: i + 1,
      width: w,
    })),
    rows: [{ row: 2, height: 30 }],
    blocks: [
      { anchor: 'A1', cells: [[ROSTER_SHEET.title]] },
      { anchor: 'A2', cells: [[ROSTER_SHEET.note]] },
      { anchor: `A${ROSTER_HEADER_ROW}`, cells: [headerRow, ...body] },
    ],
    styles: [
      { range: `A1:${last}1`, style: TITLE_STYLE },
      { range: `A2:${last}2`, style: NOTE_STYLE },
      { range: `A${ROSTER_HEADER_ROW}:${last}${ROSTER_HEADER_ROW}`, style: HEADER_STYLE },
      // Ids, names and phone numbers are text: 001 keeps its zeros, a long number its digits.
      { range: `A${ROSTER_FIRST_ROW}:B${validUntil}`, style: { numberFormat: '@' } },
      { range: `O${ROSTER_FIRST_ROW}:P${validUntil}`, style: { numberFormat: '@' } },
      ...DATE_COLUMNS.map((n) => ({ range: column(n), style: { numberFormat: 'yyyy-mm-dd' } })),
    ],
    merges: [`A1:${last}1`, `A2:${last}2`],
    tables: [
      {
        name: ROSTER_TABLE,
        range: `A${ROSTER_HEADER_ROW}:${last}${lastRow}`,
        style: 'TableStyleLight9',
        showRowStripes: true,
      },
    ],
    validations: [
      {
        range: column(4),
        rule: {
          type: 'listFromRange',
          source: `${sheetToken('settings')}!${branchNamesRange(input.branchCount)}`,
        },
        allowBlank: false,
        errorTitle: v.branchTitle,
        error: v.branch,
      },
      {
        range: column(5),
        rule: { type: 'list', values: MEMBER_CATEGORIES },
        allowBlank: false,
        errorTitle: v.categoryTitle,
        error: v.category,
      },
      {
        range: column(3),
        rule: { type: 'list', values: ['男', '女'] },
        allowBlank: true,
        errorTitle: v.genderTitle,
        error: v.gender,
      },
      {
        range: column(7),
        rule: { type: 'list', values: ['是', '否'] },
        allowBlank: true,
        errorTitle: v.exemptTitle,
        error: v.exempt,
      },
      ...DATE_COLUMNS.map((n) => ({
        range: column(n),
        rule: { type: 'date' as const, min: dateOf(1900, 1, 1), max: dateOf(2099, 12, 31) },
        allowBlank: true,
        errorTitle: v.dateTitle,
        error: v.date,
      })),
    ],
    freeze: { rows: ROSTER_HEADER_ROW, columns: 2 },
    print: printSetup(input.unit, 'landscape', { first: ROSTER_HEADER_ROW, last: ROSTER_HEADER_ROW }),
  };
}

/** The members on the sheet, every bad row a problem naming the row and field. */
export function parseRosterGrid(grid: RawGrid): Parsed<Member[]> & { kept: RosterKeptRow[] } {
  const parsed = importRosterTable(tableFromGrid(grid));
  // An empty 党员名册 is a workbook set up before any import, not a mistake; the 状态 column is ours.
  const ownStatus = IMPORT_TEXT.unknownColumns(grid.sheetName, KEPT_ROW.header);
  const problems = (
    parsed.value.rowCount === 0 ? parsed.problems.filter((p) => p.row !== undefined) : parsed.problems
  ).filter((p) => p.message !== ownStatus);
  // A row with an error is not used (parseRoster): it is kept as typed, with the first reason.
  const headerRow = parsed.value.header?.row ?? ROSTER_HEADER_ROW;
  const kept: KeptRow[] = [];
  const seen = new Set<number>();
  for (const problem of problems) {
    const row = problem.row;
    if (problem.severity !== 'error' || row === undefined || row <= headerRow || seen.has(row)) continue;
    seen.add(row);
    const cells = keptCells(grid, row, ROSTER_SHEET.headers.length);
    // The old marker is the add-in's, rewritten; what the user typed past it stays.
    if (cells.length >= STATUS_COLUMN) cells[STATUS_COLUMN - 1] = null;
    kept.push({ row, cells, reason: problem.message });
  }
  kept.sort((a, b) => a.row - b.row);
  // A member kept without a field keeps the typed text of its cell (still reported as a warning).
  const unreadable = new Map<string, UnreadableMemberCells>();
  for (const cell of parsed.value.unreadable) {
    const entry = unreadable.get(cell.memberId) ?? { memberId: cell.memberId, row: cell.row, cells: {} };
    entry.cells[cell.field] = { text: cell.text, message: cell.message };
    unreadable.set(cell.memberId, entry);
  }
  return { value: parsed.value.members, problems, kept: [...kept, ...unreadable.values()] };
}
