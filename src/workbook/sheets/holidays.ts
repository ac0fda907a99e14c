/**
 * 节假日: the year's days off and 调休 working days with their name and source (官方/预估/手工).
 * Rows from the notices and the estimate are rewritten on every generation; rows the user adds
 * (来源 手工 or left blank) are read back as manual entries — 放假, 上班 or 删除 — and win.
 */
import { type CalendarDate, dateOf, weekdayName, yearOf } from '../../domain/date';
import type { HolidayCalendar } from '../../domain/holidays/calendar';
import type { ManualAction, ManualHolidayEntry } from '../../domain/holidays/types';
import { HOLIDAY_FILE_TYPE_WORDS } from '../../strings/calendar';
import { HOLIDAYS_SHEET, KEPT_ROW, SHEET_PROBLEMS, SHEET_TITLES, USER_COLUMNS } from '../../strings/sheets';
import { cellRef } from '../address';
import type { Cell, SheetDescription } from '../description';
import { gridEnd, gridValue, type RawGrid } from '../grid';
import type { Parsed, SheetProblem } from '../problems';
import {
  GRID_STYLE,
  HEADER_STYLE,
  type KeptRow,
  keptCells,
  NOTE_STYLE,
  TITLE_STYLE,
  printSetup,
  rawDate,
  rawText,
} from './common';
import { UserColumnReader, type UserColumns, userColumnsParts } from './userColumns';

export const HOLIDAYS_HEADER_ROW = 3;
export const HOLIDAYS_FIRST_ROW = 4;
/** Empty rows kept formatted below the list for the user's own entries. */
const SPARE_ROWS = 30;

export interface HolidaysSheetInput {
  unit: string;
  year: number;
  /** The calendar the schedule is made with (official/provisional days plus the manual entries). */
  calendar: HolidayCalendar;
  /** The user's rows that could not be read: written back after the list as typed, marked 待更正. */
  kept?: readonly KeptRow[];
  /**
   * Columns the user added right of the sheet, their cells by date. A date no longer in the list
   * keeps its cells on a row of its own, marked 待更正 (see USER_COLUMNS.holidayGone).
   */
  userColumns?: UserColumns;
}

/** Columns of the sheet; the 状态 column carries the 待更正 marker of a kept row. */
const WIDTH = HOLIDAYS_SHEET.headers.length;
const STATUS_COLUMN = WIDTH + 1;

interface Line {
  date: CalendarDate;
  kind: ManualAction;
  name: string;
  source: keyof typeof HOLIDAYS_SHEET.sources;
}

/** Within one date, the notice's row before the user's own. */
const SOURCE_ORDER: Readonly<Record<Line['source'], number>> = {
  official: 0,
  provisional: 0,
  notice: 0,
  manual: 1,
};

function lines(input: HolidaysSheetInput): Line[] {
  const result: Line[] = input.calendar
    .daysOfYear(input.year)
    .map((day) => ({ date: day.date, kind: day.kind, name: day.name, source: day.source }));
  const listed = new Set(result.map((line) => `${line.date}|${line.source}`));
  for (const entry of input.calendar.manualEntries) {
    if (yearOf(entry.date) !== input.year) continue;
    // A removal leaves no day in the calendar; its row is kept so the user sees (and can undo) it.
    if (entry.action === 'remove') {
      result.push({ date: entry.date, kind: 'remove', name: entry.name ?? '', source: 'manual' });
      continue;
    }
    // A pasted notice's day the user's own entry overrides keeps its row: the notice is not made
    // again from data, so dropping the row would lose it once the user's entry is gone.
    if (entry.origin === 'notice' && !listed.has(`${entry.date}|notice`))
      result.push({ date: entry.date, kind: entry.action, name: entry.name ?? '', source: 'notice' });
  }
  return result.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source],
  );
}

export function describeHolidaysSheet(input: HolidaysSheetInput): SheetDescription {
  const listed = lines(input);
  const user = input.userColumns;
  const rows: Cell[][] = listed.map((line) => [
    { date: line.date },
    weekdayName(line.date),
    HOLIDAYS_SHEET.kinds[line.kind],
    line.name,
    HOLIDAYS_SHEET.sources[line.source],
  ]);
  // A date's cells in the user's columns go beside its first row only (a notice row and the user's own row may share a date).
  const userCells: Array<readonly Cell[] | undefined> = listed.map((line, index) =>
    index > 0 && listed[index - 1].date === line.date ? undefined : user?.rows.get(line.date),
  );
  // A date gone from the list (the notice replaced the estimate, the year changed) keeps the
  // user's cells on a row of its own, read back by its date next time.
  const listedDates = new Set<string>(listed.map((line) => line.date));
  const gone: KeptRow[] = [...(user?.rows ?? [])]
    .filter(([date]) => !listedDates.has(date))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, cells]) => ({
      row: 0,
      cells: [{ date: date as CalendarDate }, weekdayName(date as CalendarDate)],
      reason: USER_COLUMNS.holidayGone,
      userCells: cells,
    }));
  const kept = [...(input.kept ?? []), ...gone];
  for (const row of kept) {
    const cells = [...row.cells];
    while (cells.length < STATUS_COLUMN) cells.push(null);
    cells[STATUS_COLUMN - 1] = KEPT_ROW.marker(row.reason);
    rows.push(cells);
    userCells.push(row.userCells);
  }
  const header: Cell[] = [...HOLIDAYS_SHEET.headers, ...(kept.length > 0 ? [KEPT_ROW.header] : [])];
  const blockWidth = Math.max(header.length, ...rows.map((row) => row.length));
  for (const row of [header, ...rows]) while (row.length < blockWidth) row.push(null);
  const lastRow = HOLIDAYS_FIRST_ROW + rows.length - 1;
  const validUntil = lastRow + SPARE_ROWS;
  const v = HOLIDAYS_SHEET.validation;
  const rowsOf = (letter: string) => `${letter}${HOLIDAYS_FIRST_ROW}:${letter}${validUntil}`;
  const userParts = userColumnsParts(user, {
    base: WIDTH,
    firstFree: blockWidth + 1,
    headerRow: HOLIDAYS_HEADER_ROW,
    headerHeight: 1,
    body: userCells,
    headerStyle: HEADER_STYLE,
  });
  return {
    kind: 'holidays',
    name: SHEET_TITLES.holidays,
    tabColor: '#548235',
    columns: [
      { column: 1, width: 13 },
      { column: 2, width: 9 },
      { column: 3, width: 8 },
      { column: 4, width: 16 },
      { column: 5, width: 8 },
      ...(kept.length > 0 ? [{ column: STATUS_COLUMN, width: 30 }] : []),
      ...userParts.columns,
    ],
    rows: [{ row: 2, height: 80 }],
    blocks: [
      { anchor: 'A1', cells: [[HOLIDAYS_SHEET.title(input.year)]] },
      {
        anchor: 'A2',
        cells: [[kept.length > 0 ? `${HOLIDAYS_SHEET.note}${KEPT_ROW.note}` : HOLIDAYS_SHEET.note]],
      },
      { anchor: `A${HOLIDAYS_HEADER_ROW}`, cells: [header, ...rows] },
      ...userParts.blocks,
    ],
    styles: [
      { range: 'A1:E1', style: TITLE_STYLE },
      { range: 'A2:E2', style: NOTE_STYLE },
      { range: `A${HOLIDAYS_HEADER_ROW}:E${HOLIDAYS_HEADER_ROW}`, style: HEADER_STYLE },
      { range: `A${HOLIDAYS_FIRST_ROW}:E${validUntil}`, style: GRID_STYLE },
      { range: rowsOf('A'), style: { numberFormat: 'yyyy-mm-dd' } },
      { range: `B${HOLIDAYS_FIRST_ROW}:E${validUntil}`, style: { numberFormat: '@' } },
      ...userParts.styles,
    ],
    merges: ['A1:E1', 'A2:E2'],
    conditionalFormats: [
      ...(kept.length > 0
        ? [
            {
              range: `A${lastRow - kept.length + 1}:F${lastRow}`,
              rule: {
                type: 'expression' as const,
                formula: `=LEFT($F${lastRow - kept.length + 1},${KEPT_ROW.status.length})="${KEPT_ROW.status}"`,
              },
              format: { fill: '#FCE4D6', fontColor: '#C00000' },
            },
          ]
        : []),
      {
        range: rowsOf('C'),
        rule: { type: 'cellValue', operator: 'equal', formulas: [`="${HOLIDAYS_SHEET.kinds.working}"`] },
        format: { fontColor: '#C00000' },
      },
      {
        range: rowsOf('E'),
        rule: {
          type: 'cellValue',
          operator: 'equal',
          formulas: [`="${HOLIDAYS_SHEET.sources.provisional}"`],
        },
        format: { fill: '#FFF2CC' },
      },
    ],
    validations: [
      {
        range: rowsOf('A'),
        rule: { type: 'date', min: dateOf(input.year, 1, 1), max: dateOf(input.year, 12, 31) },
        allowBlank: true,
        errorTitle: v.dateTitle,
        error: v.date(input.year),
      },
      {
        range: rowsOf('C'),
        rule: { type: 'list', values: Object.values(HOLIDAYS_SHEET.kinds) },
        allowBlank: true,
        errorTitle: v.typeTitle,
        error: v.type,
      },
      {
        range: rowsOf('E'),
        rule: { type: 'list', values: Object.values(HOLIDAYS_SHEET.sources) },
        allowBlank: true,
        errorTitle: v.sourceTitle,
        error: v.source,
      },
    ],
    freeze: { rows: HOLIDAYS_HEADER_ROW, columns: 0 },
    print: printSetup(input.unit, 'portrait', { first: HOLIDAYS_HEADER_ROW, last: HOLIDAYS_HEADER_ROW }),
  };
}

const GENERATED_SOURCES = new Set<string>([
  HOLIDAYS_SHEET.sources.official,
  HOLIDAYS_SHEET.sources.provisional,
]);

/**
 * The user's own rows (来源 手工 or blank) as manual entries for `year`, and the rows of a notice
 * pasted in the pane (来源 通知) as entries of origin 'notice'. Rows of the shipped notices and the
 * estimate are skipped: they are made again from the data on every generation.
 */
export function parseHolidaysGrid(
  grid: RawGrid,
  year: number,
): Parsed<ManualHolidayEntry[]> & { kept: KeptRow[]; userColumns: UserColumns } {
  const sheet = grid.sheetName;
  const problems: SheetProblem[] = [];
  const kept: KeptRow[] = [];
  // The 状态 column is the add-in's while it has its header; any other column past E is the user's.
  const hasStatus = rawText(gridValue(grid, HOLIDAYS_HEADER_ROW, STATUS_COLUMN)) === KEPT_ROW.header;
  const user = new UserColumnReader(grid, {
    headerRows: [HOLIDAYS_HEADER_ROW],
    firstRow: HOLIDAYS_FIRST_ROW,
    isOwn: (column) => column <= WIDTH || (hasStatus && column === STATUS_COLUMN),
    base: WIDTH,
  });
  // A row not used is written back as typed (the user's columns too), so nothing is lost.
  const keep = (row: number, reason: string) => {
    const userCells = user.cellsOf(row);
    kept.push({
      row,
      cells: keptCells(grid, row, WIDTH).slice(0, WIDTH),
      reason,
      ...(userCells === null ? {} : { userCells }),
    });
  };
  const goneMarker = KEPT_ROW.marker(USER_COLUMNS.holidayGone);
  const entries: ManualHolidayEntry[] = [];
  const firstRowOf = new Map<string, number>();
  const end = gridEnd(grid);
  for (let row = HOLIDAYS_FIRST_ROW; row <= end.row; row++) {
    const dateRaw = gridValue(grid, row, 1);
    const typeText = rawText(gridValue(grid, row, 3));
    const name = rawText(gridValue(grid, row, 4));
    const source = rawText(gridValue(grid, row, 5));
    const date = rawDate(dateRaw);
    // A row of the notices or the estimate: made again from the data, with the user's cells by its date.
    if (GENERATED_SOURCES.has(source)) {
      if (date.ok && date.date !== null) user.keep(date.date, row);
      else user.keepLoose(row);
      continue;
    }
    if (rawText(dateRaw) === '' && typeText === '' && name === '') {
      user.keepLoose(row);
      continue;
    }
    // The row that keeps the user's cells of a date gone from the list: filed under its date again.
    if (
      hasStatus &&
      rawText(gridValue(grid, row, STATUS_COLUMN)) === goneMarker &&
      typeText === '' &&
      name === '' &&
      source === '' &&
      date.ok &&
      date.date !== null
    ) {
      if (user.cellsOf(row) !== null)
        problems.push({
          sheet,
          row,
          severity: 'warning',
          message: USER_COLUMNS.holidayGoneProblem(row, date.date),
        });
      user.keep(date.date, row);
      continue;
    }
    const error = (column: number, message: string) =>
      problems.push({ sheet, row, cell: cellRef(row, column), severity: 'error', message });
    const key = typeText.toLowerCase();
    const action = Object.hasOwn(HOLIDAY_FILE_TYPE_WORDS, key) ? HOLIDAY_FILE_TYPE_WORDS[key] : undefined;
    const why = KEPT_ROW.holidays;
    if (!date.ok || date.date === null) {
      error(1, SHEET_PROBLEMS.holidayBadDate(cellRef(row, 1), date.ok ? '' : date.text));
      keep(row, why.badDate);
      continue;
    }
    if (yearOf(date.date) !== year) {
      error(1, SHEET_PROBLEMS.holidayOtherYear(cellRef(row, 1), date.date, year));
      keep(row, why.otherYear(year));
      continue;
    }
    if (action === undefined) {
      error(3, SHEET_PROBLEMS.holidayBadType(cellRef(row, 3), typeText));
      keep(row, why.badType);
      continue;
    }
    // A pasted notice's row; typed 删除 it is the user's own removal of that day.
    const fromNotice = source === HOLIDAYS_SHEET.sources.notice && action !== 'remove';
    const rowKey = `${fromNotice ? 'notice' : 'own'}|${date.date}`;
    const first = firstRowOf.get(rowKey);
    if (first !== undefined) {
      problems.push({
        sheet,
        row,
        severity: 'error',
        message: SHEET_PROBLEMS.holidayDuplicate(row, date.date, first),
      });
      keep(row, why.duplicate(date.date));
      continue;
    }
    firstRowOf.set(rowKey, row);
    user.keep(date.date, row);
    const entry: ManualHolidayEntry =
      name === '' ? { date: date.date, action } : { date: date.date, action, name };
    entries.push(fromNotice ? { ...entry, origin: 'notice' } : entry);
  }
  return { value: entries, problems, kept, userColumns: user.result() };
}
