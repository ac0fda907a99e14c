/**
 * 党员名册: an Excel table of everyone on the branches' rosters, one row per person, keyed by 编号.
 * Read back with the same header recognition as an imported roster, so columns the user moves or
 * adds do not matter.
 */
import { type CalendarDate, dateOf } from '../../domain/date';
import { MEMBER_CATEGORIES, type Member } from '../../domain/member';
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
  /** Rows that could not be read: written back after the members as typed, marked 待更正 in 状态. */
  kept?: readonly KeptRow[];
}

/** The 状态 column, just right of the table, carries a kept row's 待更正 marker. */
const STATUS_COLUMN = ROSTER_SHEET.headers.length + 1;

const DATE_COLUMNS = [6, 11, 12, 13, 14];

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
  const kept = input.kept ?? [];
  const rows: Cell[][] = [
    ...input.members.map(memberRow),
    ...kept.map((row) => {
      const cells = [...row.cells];
      while (cells.length < STATUS_COLUMN) cells.push(null);
      cells[STATUS_COLUMN - 1] = KEPT_ROW.marker(row.reason);
      return cells;
    }),
  ];
  const headerRow: Cell[] = [...headers, ...(kept.length > 0 ? [KEPT_ROW.header] : [])];
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
export function parseRosterGrid(grid: RawGrid): Parsed<Member[]> & { kept: KeptRow[] } {
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
  return { value: parsed.value.members, problems, kept };
}
