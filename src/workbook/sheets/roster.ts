/**
 * 党员名册: an Excel table of everyone on the branches' rosters, one row per person, keyed by 编号.
 * Read back with the same header recognition as an imported roster, so columns the user moves or
 * adds do not matter.
 */
import { type CalendarDate, dateOf } from '../../domain/date';
import { MEMBER_CATEGORIES, type Member } from '../../domain/member';
import { ROSTER_SHEET, SHEET_TITLES } from '../../strings/sheets';
import { columnLetters } from '../address';
import { type Cell, type SheetDescription, sheetToken } from '../description';
import type { RawGrid } from '../grid';
import type { Parsed } from '../problems';
import { importRosterTable, tableFromGrid } from '../rosterImport';
import { HEADER_STYLE, NOTE_STYLE, TITLE_STYLE, printSetup } from './common';
import { branchNamesRange } from './settings';

export const ROSTER_HEADER_ROW = 3;
export const ROSTER_FIRST_ROW = 4;
export const ROSTER_TABLE = 'PD_Roster';

export interface RosterSheetInput {
  unit: string;
  members: readonly Member[];
  /** For the 所属支部 drop-down's range on the settings sheet. */
  branchCount: number;
}

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
  const body: Cell[][] =
    input.members.length > 0 ? input.members.map(memberRow) : [new Array<Cell>(width).fill(null)];
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
      { anchor: `A${ROSTER_HEADER_ROW}`, cells: [[...headers], ...body] },
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
export function parseRosterGrid(grid: RawGrid): Parsed<Member[]> {
  const parsed = importRosterTable(tableFromGrid(grid));
  // An empty 党员名册 is a workbook set up before any import, not a mistake.
  const problems =
    parsed.value.rowCount === 0 ? parsed.problems.filter((p) => p.row !== undefined) : parsed.problems;
  return { value: parsed.value.members, problems };
}
