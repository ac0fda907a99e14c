/**
 * 补学登记: one row per member and activity owed a 补学 (事假, 病假, 缺席 once the activity is
 * recorded; every exempt member, passed on by the contact), with what the secretary typed beside it
 * carried by member id and activity id. A row no longer owed (the code corrected to √, the activity
 * cancelled, the member gone) is kept with what was typed and its 状态 says why; one with nothing
 * typed is dropped. A4 landscape, one page wide, the header repeated.
 *
 * The write is kept small (it goes with every generation, at 2,000 members within one request):
 * two styles over whole blocks, one drop-down, no per-row formats, the title in the page header.
 */
import type { Ledger } from '../../../domain/ledger';
import { type MakeUpDue, makeUpKey } from '../../../domain/makeUp';
import { isOnRoster } from '../../../domain/member';
import { themeName } from '../../../domain/themes';
import { markText } from '../../../domain/attendance';
import { MAKE_UP_SHEET } from '../../../strings/makeUp';
import { columnLetters } from '../../address';
import {
  ALL_EDGES,
  type Cell,
  type CellStyle,
  type ColumnSpec,
  type RowSpec,
  type SheetDescription,
} from '../../description';
import { lineHeight, wrappedLines } from '../summary/canvas';
import { HEADER_STYLE, type KeptRow, TEXT_FORMAT, printSetup } from '../common';
import { userColumnsParts } from '../userColumns';
import {
  ACTIVITY_ID_COLUMN,
  CONTACT_COLUMN,
  FIRST_ROW,
  FIRST_TYPED_COLUMN,
  HEADER_ROW,
  LAST_SHOWN_COLUMN,
  MAKE_UP_KIND,
  MEMBER_ID_COLUMN,
  METHOD_COLUMN,
  SHOWN_COLUMNS,
  TITLE_ROW,
  TYPED_COLUMNS,
  WIDTH,
  COLUMN_WIDTH,
} from './layout';
import { isBlankCell, type MakeUpSheetRead, type MakeUpSheetRow } from './parse';

export interface MakeUpSheetInput {
  unit: string;
  year: number;
  /** 补学期限 in days (设置). */
  days: number;
  /** Every 补学 owed, in order (domain/makeUp.ts dueMakeUps). */
  due: readonly MakeUpDue[];
  /** The ledger `due` came from: says why a row read back is no longer owed. */
  ledger: Ledger;
  /** The sheet as read, null when there is none yet. */
  read: MakeUpSheetRead | null;
}

const LAST = columnLetters(LAST_SHOWN_COLUMN);
/** The workbook's default font size, which the table's text is in. */
const FONT_SIZE = 11;

/** Thin black lines over the whole table, the text wrapped and centred vertically. */
const TABLE_STYLE: CellStyle = { borders: [{ edges: ALL_EDGES, line: 'thin' }], wrapText: true };

/** True when the input gives the sheet something to show (or it is there already). */
export function hasMakeUpSheet(input: Pick<MakeUpSheetInput, 'due' | 'read'>): boolean {
  return input.read !== null || input.due.length > 0;
}

export function describeMakeUpSheet(input: MakeUpSheetInput): SheetDescription {
  const { read } = input;
  const rows: Cell[][] = [];
  const userCells: Array<readonly Cell[] | undefined> = [];
  const owed = new Set<string>();
  for (const entry of input.due) {
    const key = makeUpKey(entry);
    owed.add(key);
    const earlier = read?.rows.get(key);
    rows.push([
      entry.memberName,
      entry.branch,
      { date: entry.date },
      themeName(entry.theme),
      MAKE_UP_SHEET.attendance(entry.code, entry.note),
      ...(earlier?.typed ?? prefilled(entry)),
      null,
      entry.memberId,
      entry.activityId,
    ]);
    userCells.push(earlier?.userCells);
  }
  const status = statusFinder(input.ledger);
  for (const [key, row] of read?.rows ?? []) {
    if (owed.has(key) || (row.typed.every(isBlankCell) && row.userCells === undefined)) continue;
    rows.push([...row.shown, ...row.typed, status(row), row.memberId, row.activityId]);
    userCells.push(row.userCells);
  }
  for (const kept of read?.kept ?? []) rows.push(keptRow(kept));
  for (const kept of read?.kept ?? []) userCells.push(kept.userCells);
  const last = FIRST_ROW + rows.length - 1;
  const body = rows.length > 0;
  const userParts = userColumnsParts(read?.userColumns, {
    base: WIDTH,
    firstFree: WIDTH + 1,
    headerRow: HEADER_ROW,
    headerHeight: 1,
    body: userCells,
    headerStyle: HEADER_STYLE,
  });
  const letter = (column: number) => columnLetters(column);
  const columns: ColumnSpec[] = [
    ...Array.from({ length: LAST_SHOWN_COLUMN }, (_, i) => ({ column: i + 1, width: COLUMN_WIDTH })),
    { column: MEMBER_ID_COLUMN, hidden: true },
    { column: ACTIVITY_ID_COLUMN, hidden: true },
    ...userParts.columns,
  ];
  return {
    kind: MAKE_UP_KIND,
    name: MAKE_UP_SHEET.name,
    tabColor: '#7030A0',
    columns,
    rows: tallRows(rows),
    // One block from A1 (each block is a range of its own in Excel: one is the smallest write).
    blocks: [
      {
        anchor: `A${TITLE_ROW}`,
        cells: [lineOf(MAKE_UP_SHEET.title(input.year, input.days)), [...MAKE_UP_SHEET.headers], ...rows],
      },
      ...userParts.blocks,
    ],
    styles: [
      // One grid over the header and the rows, and nothing per row.
      { range: `A${HEADER_ROW}:${LAST}${last}`, style: TABLE_STYLE },
      ...(body
        ? [
            {
              range: `${letter(MEMBER_ID_COLUMN)}${FIRST_ROW}:${letter(ACTIVITY_ID_COLUMN)}${last}`,
              style: TEXT_FORMAT,
            },
          ]
        : []),
      ...userParts.styles,
    ],
    validations: body
      ? [
          {
            range: `${letter(METHOD_COLUMN)}${FIRST_ROW}:${letter(METHOD_COLUMN)}${last}`,
            rule: { type: 'list', values: MAKE_UP_SHEET.methods },
            allowBlank: true,
            errorStyle: 'warning',
            errorTitle: MAKE_UP_SHEET.validation.methodTitle,
            error: MAKE_UP_SHEET.validation.method,
          },
        ]
      : [],
    freeze: { rows: HEADER_ROW, columns: 1 },
    // The title goes in the printed page's header, beside the unit: no cell of its own to style.
    print: printSetup(MAKE_UP_SHEET.printHeader(input.unit, input.year), 'landscape', {
      first: HEADER_ROW,
      last: HEADER_ROW,
    }),
  };
}

/**
 * Heights for the rows whose 出勤 or typed text (E–L: a reason, a 心得) wraps to more than one line,
 * so that it prints whole: Excel does not fit a row to wrapped text when it opens a file, and a
 * regeneration writes the cells again. Other rows keep the default height (nothing to write).
 */
function tallRows(rows: readonly Cell[][]): RowSpec[] {
  const heights: RowSpec[] = [];
  rows.forEach((cells, i) => {
    let lines = 1;
    for (let column = SHOWN_COLUMNS; column <= LAST_SHOWN_COLUMN; column++) {
      const cell = cells[column - 1];
      if (typeof cell === 'string' || typeof cell === 'number')
        lines = Math.max(lines, wrappedLines(String(cell), COLUMN_WIDTH, FONT_SIZE));
    }
    if (lines > 1) heights.push({ row: FIRST_ROW + i, height: lineHeight(FONT_SIZE) * lines + 2 });
  });
  return heights;
}

/** A row of the block with `text` in column A. */
function lineOf(text: string): Cell[] {
  const cells = new Array<Cell>(WIDTH).fill(null);
  cells[0] = text;
  return cells;
}

/** What a new row starts with: for an exempt member, 专人传达 by the roster's contact. */
function prefilled(entry: MakeUpDue): Cell[] {
  const cells = new Array<Cell>(TYPED_COLUMNS).fill(null);
  if (entry.code === '免') {
    cells[METHOD_COLUMN - FIRST_TYPED_COLUMN] = MAKE_UP_SHEET.exemptMethod;
    cells[CONTACT_COLUMN - FIRST_TYPED_COLUMN] = entry.contact ?? null;
  }
  return cells;
}

function keptRow(kept: KeptRow): Cell[] {
  const cells = [...kept.cells];
  while (cells.length < SHOWN_COLUMNS + TYPED_COLUMNS) cells.push(null);
  return [...cells.slice(0, SHOWN_COLUMNS + TYPED_COLUMNS), kept.reason, null, null];
}

/** Why a row read back is no longer owed: the member gone, the activity cancelled, the code corrected. */
function statusFinder(ledger: Ledger): (row: MakeUpSheetRow) => string {
  const places = new Map<string, { branch: number; row: number }>();
  ledger.branches.forEach((branch, b) =>
    branch.rows.forEach((row, r) => places.set(row.member.id, { branch: b, row: r })),
  );
  const s = MAKE_UP_SHEET.status;
  return (row) => {
    const place = places.get(row.memberId);
    if (place === undefined) return s.memberGone;
    const branch = ledger.branches[place.branch];
    const column = branch.activities.findIndex((activity) => activity.id === row.activityId);
    if (column < 0) return s.cancelled;
    const memberRow = branch.rows[place.row];
    if (
      memberRow.outcomes[column] === 'not-due' &&
      !isOnRoster(memberRow.member, branch.activities[column].date)
    )
      return s.memberGone;
    const mark = memberRow.marks[column]?.mark;
    return mark === undefined || mark.kind === 'blank' ? s.notRecorded : s.corrected(markText(mark));
  };
}
