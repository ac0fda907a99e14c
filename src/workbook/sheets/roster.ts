/**
 * 党员名册: an Excel table of everyone on the branches' rosters, one row per person, keyed by 编号.
 * Read back with the same header recognition as an imported roster, so columns the user moves or
 * adds do not matter.
 */
import { type CalendarDate, dateOf } from '../../domain/date';
import { MEMBER_CATEGORIES, type Member } from '../../domain/member';
import type { RosterField } from '../../domain/roster';
import { IMPORT_TEXT, KEPT_ROW, ROSTER_SHEET, SHEET_TITLES, USER_COLUMNS } from '../../strings/sheets';
import { columnLetters } from '../address';
import { type Cell, type SheetDescription, sheetToken } from '../description';
import { gridEnd, gridValue, type RawGrid } from '../grid';
import type { Parsed } from '../problems';
import { importRosterTable, tableFromGrid } from '../rosterImport';
import {
  HEADER_STYLE,
  type KeptRow,
  keptCells,
  NOTE_STYLE,
  TITLE_STYLE,
  printSetup,
  rawText,
} from './common';
import { branchNamesRange } from './settings';
import { emptyUserColumns, UserColumnReader, type UserColumns, userColumnsParts } from './userColumns';

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
  /**
   * Columns the user added right of the table, their cells by member id (an id no longer on the
   * roster keeps its cells on a row of its own, marked 待更正).
   */
  userColumns?: UserColumns;
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
  leader: 17,
};

/**
 * The columns a roster had before 领导干部 was added after 备注: a 党员名册 without that column is
 * an older one, whose user columns count their offsets from 备注.
 */
const COLUMNS_BEFORE_LEADER = FIELD_COLUMN.leader - 1;

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
    member.leader === true ? '是' : null,
  ];
}

export function describeRosterSheet(input: RosterSheetInput): SheetDescription {
  const headers = ROSTER_SHEET.headers;
  const width = headers.length;
  const last = columnLetters(width);
  const user = input.userColumns;
  const memberIds = new Set(input.members.map((member) => member.id));
  // Cells of an id no longer on the roster stay in view on a row of their own.
  const gone: KeptRow[] = [...(user?.rows ?? [])]
    .filter(([id]) => !memberIds.has(id))
    .map(([id, cells]) => ({ row: 0, cells: [id], reason: USER_COLUMNS.memberGone(id), userCells: cells }));
  const kept = [...(input.kept ?? []).filter((row): row is KeptRow => !isUnreadableCells(row)), ...gone];
  const unreadable = new Map(
    (input.kept ?? []).filter(isUnreadableCells).map((cells) => [cells.memberId, cells]),
  );
  const userCells: Array<readonly Cell[] | undefined> = [
    ...input.members.map((member) => user?.rows.get(member.id)),
    ...kept.map((row) => row.userCells),
  ];
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
  const userParts = userColumnsParts(user, {
    base: width,
    firstFree: blockWidth + 1,
    headerRow: ROSTER_HEADER_ROW,
    headerHeight: 1,
    body: userCells,
    headerStyle: HEADER_STYLE,
  });
  return {
    kind: 'roster',
    name: SHEET_TITLES.roster,
    tabColor: '#2F5597',
    columns: [
      ...[10, 10, 6, 18, 12, 12, 8, 18, 12, 10, 12, 12, 12, 12, 15, 20, 9].map((w, i) => ({
        column: i + 1,
        width: w,
      })),
      ...userParts.columns,
    ],
    rows: [{ row: 2, height: 30 }],
    blocks: [
      { anchor: 'A1', cells: [[ROSTER_SHEET.title]] },
      { anchor: 'A2', cells: [[ROSTER_SHEET.note]] },
      { anchor: `A${ROSTER_HEADER_ROW}`, cells: [headerRow, ...body] },
      ...userParts.blocks,
    ],
    styles: [
      { range: `A1:${last}1`, style: TITLE_STYLE },
      { range: `A2:${last}2`, style: NOTE_STYLE },
      { range: `A${ROSTER_HEADER_ROW}:${last}${ROSTER_HEADER_ROW}`, style: HEADER_STYLE },
      // Ids, names and phone numbers are text: 001 keeps its zeros, a long number its digits.
      { range: `A${ROSTER_FIRST_ROW}:B${validUntil}`, style: { numberFormat: '@' } },
      { range: `O${ROSTER_FIRST_ROW}:P${validUntil}`, style: { numberFormat: '@' } },
      ...DATE_COLUMNS.map((n) => ({ range: column(n), style: { numberFormat: 'yyyy-mm-dd' } })),
      ...userParts.styles,
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
      {
        range: column(FIELD_COLUMN.leader),
        rule: { type: 'list', values: ['是', '否'] },
        allowBlank: true,
        errorTitle: v.leaderTitle,
        error: v.leader,
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
export function parseRosterGrid(
  grid: RawGrid,
): Parsed<Member[]> & { kept: RosterKeptRow[]; userColumns: UserColumns } {
  const table = tableFromGrid(grid);
  const parsed = importRosterTable(table);
  const header = parsed.value.header;
  // Columns the header does not name (and not our 状态 column) are the user's, kept by member id;
  // the import's notice that they are not used does not apply here.
  const unknown = IMPORT_TEXT.unknownColumns(grid.sheetName, header?.ignored.join('、') ?? '');
  // An empty 党员名册 is a workbook set up before any import, not a mistake.
  const problems = (
    parsed.value.rowCount === 0 ? parsed.problems.filter((p) => p.row !== undefined) : parsed.problems
  ).filter((p) => p.message !== unknown);
  const headerRow = header?.row ?? ROSTER_HEADER_ROW;
  const fieldColumns = new Set(Object.values(header?.columns ?? {}).map((index) => index + 1));
  let statusColumn = 0;
  for (let c = gridEnd(grid).column; c >= 1; c--)
    if (!fieldColumns.has(c) && rawText(gridValue(grid, headerRow, c)) === KEPT_ROW.header) statusColumn = c;
  const user =
    header === null
      ? null
      : new UserColumnReader(grid, {
          headerRows: [headerRow],
          firstRow: headerRow + 1,
          isOwn: (column) => fieldColumns.has(column) || column === statusColumn,
          base: header.columns.leader === undefined ? COLUMNS_BEFORE_LEADER : ROSTER_SHEET.headers.length,
        });
  // A row with an error is not used (parseRoster): it is kept as typed, with the first reason.
  const kept: KeptRow[] = [];
  const errorRows = new Set<number>();
  for (const problem of problems) {
    const row = problem.row;
    if (problem.severity !== 'error' || row === undefined || row <= headerRow || errorRows.has(row)) continue;
    errorRows.add(row);
    // The old marker is the add-in's, rewritten; the user's columns are kept by their header.
    const cells = keptCells(grid, row, STATUS_COLUMN - 1)
      .slice(0, STATUS_COLUMN - 1)
      .map((cell, i) => (i + 1 === statusColumn || user?.has(i + 1) === true ? null : cell));
    const userCells = user?.cellsOf(row) ?? null;
    kept.push({ row, cells, reason: problem.message, ...(userCells === null ? {} : { userCells }) });
  }
  kept.sort((a, b) => a.row - b.row);
  // The members are the rows that are neither blank nor in error, in order (parseRoster keeps it).
  if (user !== null) {
    let next = 0;
    for (const { row, cells } of table.rows) {
      if (row <= headerRow || errorRows.has(row)) continue;
      const blank = [...fieldColumns].every((column) => rawText(cells[column - 1] ?? null) === '');
      if (blank) user.keepLoose(row);
      else if (next < parsed.value.members.length) user.keep(parsed.value.members[next++].id, row);
    }
  }
  // A member kept without a field keeps the typed text of its cell (still reported as a warning).
  const unreadable = new Map<string, UnreadableMemberCells>();
  for (const cell of parsed.value.unreadable) {
    const entry = unreadable.get(cell.memberId) ?? { memberId: cell.memberId, row: cell.row, cells: {} };
    entry.cells[cell.field] = { text: cell.text, message: cell.message };
    unreadable.set(cell.memberId, entry);
  }
  return {
    value: parsed.value.members,
    problems,
    kept: [...kept, ...unreadable.values()],
    userColumns: user?.result() ?? emptyUserColumns(),
  };
}
