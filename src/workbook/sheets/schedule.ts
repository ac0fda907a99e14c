/**
 * 活动安排: one row per activity of every branch — id, date, planned date and shift reason, theme
 * (a drop-down of the six), what the branch records about it (topic, place, host, recorder, archive,
 * expense, note), and 应到/实到/到会率/达标 as live formulas over the branch's attendance sheet.
 * Activities a regeneration no longer holds stay as rows marked 已取消 with everything entered.
 */
import { type Activity, activityKey } from '../../domain/activity';
import { type CalendarDate, weekdayName } from '../../domain/date';
import type { ActivityDetails } from '../../domain/summaries';
import { compactText } from '../../domain/text';
import { THEMES, type ThemeId, themeByName, themeName } from '../../domain/themes';
import { KEPT_ROW, SCHEDULE_SHEET, SHEET_PROBLEMS, SHEET_TITLES } from '../../strings/sheets';
import { cellRef, columnLetters } from '../address';
import type { Cell, FormulaCell, SheetDescription } from '../description';
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
import { SETTINGS_NAMES } from './settings';
import { UserColumnReader, type UserColumns, userColumnsParts } from './userColumns';

export const SCHEDULE_HEADER_ROW = 3;
export const SCHEDULE_FIRST_ROW = 4;

/** 1-based columns. */
export const SCHEDULE_COLUMNS = {
  id: 1,
  branch: 2,
  date: 3,
  weekday: 4,
  plannedDate: 5,
  reason: 6,
  theme: 7,
  topic: 8,
  place: 9,
  host: 10,
  recorder: 11,
  due: 12,
  present: 13,
  rate: 14,
  met: 15,
  archive: 16,
  expense: 17,
  note: 18,
  status: 19,
} as const;
type Column = keyof typeof SCHEDULE_COLUMNS;
const WIDTH = SCHEDULE_SHEET.headers.length;

/** An activity the current schedule no longer has, kept with what was entered for it. */
export interface CancelledActivity {
  branch: string;
  activityId: string;
  /** The date it had when last generated; null when unknown. */
  date: CalendarDate | null;
  theme: ThemeId | null;
  details: ActivityDetails;
}

/** Formulas ('=…') giving an activity's 应到, 实到, 到会率 and 达标 from its attendance sheet. */
export interface FigureFormulas {
  due: string;
  present: string;
  rate: string;
  met: string;
}

export interface ScheduleSheetInput {
  unit: string;
  year: number;
  activities: readonly Activity[];
  /** By activityKey. */
  details: ReadonlyMap<string, ActivityDetails>;
  cancelled: readonly CancelledActivity[];
  /** For an activity's 应到/实到; null leaves them empty (no attendance sheet for the branch). */
  figureFormulas: (activity: Activity) => FigureFormulas | null;
  /** Rows that could not be read, written back at the end as typed and marked 待更正. */
  kept?: readonly KeptRow[];
  /**
   * Columns the user added right of the sheet, their cells by activityKey (an activity gone from
   * the schedule keeps its cells on its 已取消 row: see carryData).
   */
  userColumns?: UserColumns;
}

function detailCells(
  details: ActivityDetails | undefined,
): Record<'topic' | 'place' | 'host' | 'recorder' | 'archive' | 'expense' | 'note', Cell> {
  return {
    topic: details?.topic ?? null,
    place: details?.place ?? null,
    host: details?.host ?? null,
    recorder: details?.recorder ?? null,
    archive: details?.archive ?? null,
    expense: details?.expense ?? null,
    note: details?.note ?? null,
  };
}

function rowOf(values: Partial<Record<Column, Cell>>): Cell[] {
  const row = new Array<Cell>(WIDTH).fill(null);
  for (const [column, value] of Object.entries(values) as Array<[Column, Cell]>)
    row[SCHEDULE_COLUMNS[column] - 1] = value ?? null;
  return row;
}

const letter = (column: Column) => columnLetters(SCHEDULE_COLUMNS[column]);

export function describeScheduleSheet(input: ScheduleSheetInput): SheetDescription {
  const rows: Cell[][] = [];
  const user = input.userColumns;
  const userCells: Array<readonly Cell[] | undefined> = [];
  // A branch's activities are one run of rows whose lookups differ only in the row of the id
  // ($A4, $A5 …): each cell below the run's first is filled from it (stored once, a shared formula).
  let runStart = 0;
  input.activities.forEach((activity, index) => {
    const figures = input.figureFormulas(activity);
    const row = SCHEDULE_FIRST_ROW + index;
    if (index === 0 || input.activities[index - 1].branch !== activity.branch) runStart = row;
    const lookup = (column: Column, formula: string): FormulaCell =>
      row === runStart ? { formula } : { formula, filledFrom: cellRef(runStart, SCHEDULE_COLUMNS[column]) };
    const status = activity.shifted
      ? SCHEDULE_SHEET.status.shifted
      : activity.provisional
        ? SCHEDULE_SHEET.status.provisional
        : SCHEDULE_SHEET.status.normal;
    rows.push(
      rowOf({
        id: activity.id,
        branch: activity.branch,
        date: { date: activity.date },
        weekday: weekdayName(activity.date),
        plannedDate: activity.shifted ? { date: activity.plannedDate } : null,
        reason: activity.reason,
        theme: themeName(activity.theme),
        ...detailCells(input.details.get(activityKey(activity))),
        ...(figures
          ? {
              due: lookup('due', figures.due),
              present: lookup('present', figures.present),
              rate: lookup('rate', figures.rate),
              met: lookup('met', figures.met),
            }
          : {}),
        status: status === '' ? null : status,
      }),
    );
    userCells.push(user?.rows.get(activityKey(activity)));
  });
  for (const cancelled of input.cancelled) {
    rows.push(
      rowOf({
        id: cancelled.activityId,
        branch: cancelled.branch,
        date: cancelled.date ? { date: cancelled.date } : null,
        weekday: cancelled.date ? weekdayName(cancelled.date) : null,
        reason: SCHEDULE_SHEET.cancelledReason,
        theme: cancelled.theme ? themeName(cancelled.theme) : null,
        ...detailCells(cancelled.details),
        status: SCHEDULE_SHEET.status.cancelled,
      }),
    );
    userCells.push(user?.rows.get(activityKey({ branch: cancelled.branch, id: cancelled.activityId })));
  }
  const kept = input.kept ?? [];
  const firstKept = SCHEDULE_FIRST_ROW + rows.length;
  for (const row of kept) {
    const cells = [...row.cells];
    while (cells.length < WIDTH) cells.push(null);
    cells[SCHEDULE_COLUMNS.status - 1] = KEPT_ROW.marker(row.reason);
    rows.push(cells);
    userCells.push(row.userCells);
  }
  // A kept row may reach past the last column (cells the user typed there): the block is widened.
  const blockWidth = Math.max(WIDTH, ...rows.map((row) => row.length));
  for (const row of rows) while (row.length < blockWidth) row.push(null);
  const count = Math.max(rows.length, 1);
  if (rows.length === 0) rows.push(new Array<Cell>(blockWidth).fill(null));
  const headerRow: Cell[] = [...SCHEDULE_SHEET.headers];
  while (headerRow.length < blockWidth) headerRow.push(null);
  const lastRow = SCHEDULE_FIRST_ROW + count - 1;
  const last = columnLetters(WIDTH);
  const range = (column: Column) => `${letter(column)}${SCHEDULE_FIRST_ROW}:${letter(column)}${lastRow}`;
  const all = `A${SCHEDULE_FIRST_ROW}:${last}${lastRow}`;
  const firstCancelled = SCHEDULE_FIRST_ROW + input.activities.length;
  const v = SCHEDULE_SHEET.validation;
  const userParts = userColumnsParts(user, {
    base: WIDTH,
    firstFree: blockWidth + 1,
    headerRow: SCHEDULE_HEADER_ROW,
    headerHeight: 1,
    body: userCells,
    headerStyle: HEADER_STYLE,
  });
  return {
    kind: 'schedule',
    name: SHEET_TITLES.schedule,
    tabColor: '#BF9000',
    columns: [
      ...[10, 16, 11, 7, 11, 22, 14, 24, 12, 8, 8, 6, 6, 8, 8, 20, 9, 16, 7].map((width, i) => ({
        column: i + 1,
        width,
      })),
      ...userParts.columns,
    ],
    rows: [
      { row: 1, height: 28 },
      { row: 2, height: 30 },
    ],
    blocks: [
      { anchor: 'A1', cells: [[SCHEDULE_SHEET.title(input.unit, input.year)]] },
      {
        anchor: 'A2',
        cells: [[kept.length > 0 ? `${SCHEDULE_SHEET.note}${KEPT_ROW.note}` : SCHEDULE_SHEET.note]],
      },
      { anchor: `A${SCHEDULE_HEADER_ROW}`, cells: [headerRow, ...rows] },
      ...userParts.blocks,
    ],
    styles: [
      { range: `A1:${last}1`, style: TITLE_STYLE },
      { range: `A2:${last}2`, style: NOTE_STYLE },
      { range: `A${SCHEDULE_HEADER_ROW}:${last}${SCHEDULE_HEADER_ROW}`, style: HEADER_STYLE },
      { range: all, style: { ...GRID_STYLE, vertical: 'center' } },
      // User-typed columns are text, so 001 or =… stays as typed.
      {
        range: `${letter('topic')}${SCHEDULE_FIRST_ROW}:${letter('recorder')}${lastRow}`,
        style: { numberFormat: '@', wrapText: true },
      },
      {
        range: `${letter('archive')}${SCHEDULE_FIRST_ROW}:${letter('archive')}${lastRow}`,
        style: { numberFormat: '@', wrapText: true },
      },
      { range: range('note'), style: { numberFormat: '@', wrapText: true } },
      { range: range('reason'), style: { wrapText: true } },
      { range: range('date'), style: { numberFormat: 'yyyy-mm-dd' } },
      { range: range('plannedDate'), style: { numberFormat: 'yyyy-mm-dd' } },
      { range: range('rate'), style: { numberFormat: '0.0%' } },
      { range: range('expense'), style: { numberFormat: '#,##0.00' } },
      {
        range: `${letter('due')}${SCHEDULE_FIRST_ROW}:${letter('met')}${lastRow}`,
        style: { horizontal: 'center' },
      },
      ...userParts.styles,
    ],
    merges: [`A1:${last}1`, `A2:${last}2`],
    conditionalFormats: [
      ...(kept.length > 0
        ? [
            {
              range: `A${firstKept}:${last}${lastRow}`,
              rule: {
                type: 'expression' as const,
                formula: `=LEFT($${letter('status')}${firstKept},${KEPT_ROW.status.length})="${KEPT_ROW.status}"`,
              },
              format: { fill: '#FCE4D6', fontColor: '#C00000' },
            },
          ]
        : []),
      ...(input.cancelled.length > 0
        ? [
            {
              range: `A${firstCancelled}:${last}${lastRow}`,
              rule: {
                type: 'expression' as const,
                formula: `=$${letter('status')}${firstCancelled}="${SCHEDULE_SHEET.status.cancelled}"`,
              },
              format: { fill: '#EDEDED', fontColor: '#7F7F7F' },
            },
          ]
        : []),
      {
        range: range('met'),
        rule: { type: 'cellValue', operator: 'equal', formulas: [`="${SCHEDULE_SHEET.notMet}"`] },
        format: { fill: '#FFC7CE', fontColor: '#9C0006' },
      },
      {
        range: range('rate'),
        rule: {
          type: 'expression',
          formula: `=AND(ISNUMBER(${letter('rate')}${SCHEDULE_FIRST_ROW}),${letter('rate')}${SCHEDULE_FIRST_ROW}<${SETTINGS_NAMES.threshold})`,
        },
        format: { fontColor: '#C00000', bold: true },
      },
      {
        range: range('date'),
        rule: { type: 'expression', formula: `=$${letter('plannedDate')}${SCHEDULE_FIRST_ROW}<>""` },
        format: { fill: '#FFF2CC' },
      },
    ],
    validations: [
      {
        range: range('theme'),
        rule: { type: 'list', values: THEMES.map((theme) => theme.name) },
        allowBlank: false,
        errorTitle: v.themeTitle,
        error: v.theme,
      },
      {
        range: range('expense'),
        rule: { type: 'decimal', min: 0 },
        allowBlank: true,
        errorTitle: v.expenseTitle,
        error: v.expense,
      },
    ],
    freeze: { rows: SCHEDULE_HEADER_ROW, columns: 3 },
    print: printSetup(input.unit, 'landscape', { first: SCHEDULE_HEADER_ROW, last: SCHEDULE_HEADER_ROW }),
  };
}

/** One activity row read back. */
export interface ScheduleRow {
  row: number;
  branch: string;
  activityId: string;
  date: CalendarDate | null;
  /** Null when the cell is blank or unrecognised (a problem says which). */
  theme: ThemeId | null;
  cancelled: boolean;
  details: ActivityDetails;
  /** An extra (X) activity the user added: its id is 'YYYY-MM-Xn', assigned when first read. */
  extra?: boolean;
}

/** What rows of new extra activities are checked against. */
export interface ScheduleContext {
  year: number;
  /** Branch names an extra activity may name. */
  branches: readonly string[];
}

/** The id of an extra activity once assigned. */
export const EXTRA_ID = /^\d{4}-\d{2}-X\d+$/;
/** What a user types (or leaves blank) in 编号 for a new extra activity. */
const NEW_EXTRA_ID = /^(X\d*)?$/i;

/** Columns by header text, so columns the user moved are still found; fixed positions otherwise. */
function columnsByHeader(grid: RawGrid): Record<Column, number> {
  const columns = { ...SCHEDULE_COLUMNS } as Record<Column, number>;
  const names = Object.keys(SCHEDULE_COLUMNS) as Column[];
  const end = gridEnd(grid);
  const found = new Map<string, number>();
  for (let column = 1; column <= end.column; column++) {
    const text = rawText(gridValue(grid, SCHEDULE_HEADER_ROW, column));
    if (text !== '' && !found.has(text)) found.set(text, column);
  }
  names.forEach((name, index) => {
    const column = found.get(SCHEDULE_SHEET.headers[index]);
    if (column !== undefined) columns[name] = column;
  });
  return columns;
}

/**
 * Every activity row with what was entered; rows without id or branch but with content are problems.
 * A row the user added with a branch and a date, and 编号 blank or "X", is a new extra activity:
 * given the next free id 'YYYY-MM-Xn' of its branch and month (so it keeps it from then on); one
 * without a usable date, with a date outside the year or an unknown branch is a problem (not used).
 */
export function parseScheduleGrid(
  grid: RawGrid,
  ctx?: ScheduleContext,
): Parsed<ScheduleRow[]> & { kept: KeptRow[]; userColumns: UserColumns } {
  const sheet = grid.sheetName;
  const problems: SheetProblem[] = [];
  const columns = columnsByHeader(grid);
  const own = new Set(Object.values(columns));
  const user = new UserColumnReader(grid, {
    headerRows: [SCHEDULE_HEADER_ROW],
    firstRow: SCHEDULE_FIRST_ROW,
    isOwn: (column) => own.has(column),
    base: WIDTH,
  });
  const kept = new KeptRows(grid, user);
  const rows: ScheduleRow[] = [];
  const firstRowOf = new Map<string, ScheduleRow>();
  const end = gridEnd(grid);
  const newExtras: ScheduleRow[] = [];
  for (let row = SCHEDULE_FIRST_ROW; row <= end.row; row++) {
    const text = (column: Column) => rawText(gridValue(grid, row, columns[column]));
    const details = readDetails(grid, row, columns, problems);
    const activityId = text('id');
    // Branch names are compared as the roster reads them (full-width forms folded, no spaces).
    const branch = compactText(text('branch'));
    if (ctx !== undefined && branch !== '' && NEW_EXTRA_ID.test(activityId)) {
      const extra = newExtraRow(grid, row, columns, ctx, details, problems, kept);
      if (extra !== null) newExtras.push(extra);
      continue;
    }
    if (activityId === '' || branch === '') {
      if (!typedAnything(grid, row, own, columns.status)) user.keepLoose(row);
      else {
        problems.push({
          sheet,
          row,
          severity: 'error',
          message:
            activityId === '' ? SHEET_PROBLEMS.scheduleNoId(row) : SHEET_PROBLEMS.scheduleNoBranch(row),
        });
        kept.add(row, activityId === '' ? KEPT_ROW.schedule.noId : KEPT_ROW.schedule.noBranch);
      }
      continue;
    }
    const theme = readTheme(grid, row, columns.theme, problems);
    const date = rawDate(gridValue(grid, row, columns.date));
    const parsed: ScheduleRow = {
      row,
      branch,
      activityId,
      date: date.ok ? date.date : null,
      theme,
      cancelled: text('status') === SCHEDULE_SHEET.status.cancelled,
      details: { branch, activityId, ...details },
      ...(EXTRA_ID.test(activityId) ? { extra: true } : {}),
    };
    const key = activityKey({ branch, id: activityId });
    user.keep(key, row);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      problems.push({
        sheet,
        row,
        severity: 'warning',
        message: SHEET_PROBLEMS.scheduleDuplicate(row, branch, activityId, first.row),
      });
      first.details = mergeDetails(first.details, parsed.details);
      continue;
    }
    firstRowOf.set(key, parsed);
    rows.push(parsed);
  }
  // Numbers already given are never reused, so an extra keeps its id (and its attendance).
  const taken = new Set(rows.map((row) => activityKey({ branch: row.branch, id: row.activityId })));
  for (const extra of newExtras) {
    const month = (extra.date as string).slice(0, 7);
    let n = 1;
    while (taken.has(activityKey({ branch: extra.branch, id: `${month}-X${n}` }))) n++;
    extra.activityId = `${month}-X${n}`;
    extra.details = { ...extra.details, activityId: extra.activityId };
    taken.add(activityKey({ branch: extra.branch, id: extra.activityId }));
    user.keep(activityKey({ branch: extra.branch, id: extra.activityId }), extra.row);
    rows.push(extra);
  }
  return { value: rows, problems, kept: kept.rows, userColumns: user.result() };
}

/** Rows kept as typed: the sheet's own columns positionally, the user's columns by their place among them. */
class KeptRows {
  readonly rows: KeptRow[] = [];

  constructor(
    private readonly grid: RawGrid,
    private readonly user: UserColumnReader,
  ) {}

  add(row: number, reason: string): void {
    const cells = keptCells(this.grid, row, WIDTH)
      .slice(0, WIDTH)
      .map((cell, i) => (this.user.has(i + 1) ? null : cell));
    const userCells = this.user.cellsOf(row);
    this.rows.push({ row, cells, reason, ...(userCells === null ? {} : { userCells }) });
  }
}

/** The row's 主题, null when blank; a name not among the six is a warning naming the cell (and null). */
function readTheme(grid: RawGrid, row: number, column: number, problems: SheetProblem[]): ThemeId | null {
  const text = rawText(gridValue(grid, row, column));
  if (text === '') return null;
  const theme = themeByName(text);
  if (theme === null) {
    const cell = cellRef(row, column);
    problems.push({
      sheet: grid.sheetName,
      row,
      cell,
      severity: 'warning',
      message: SHEET_PROBLEMS.badTheme(cell, text),
    });
  }
  return theme;
}

/** True when any own cell of the row but the status (the add-in's own marker) holds something. */
function typedAnything(grid: RawGrid, row: number, own: ReadonlySet<number>, statusColumn: number): boolean {
  for (const column of own) {
    if (column !== statusColumn && rawText(gridValue(grid, row, column)) !== '') return true;
  }
  return false;
}

/** A new extra activity's row, or null (with a problem naming the row) when it cannot be planned. */
function newExtraRow(
  grid: RawGrid,
  row: number,
  columns: Record<Column, number>,
  ctx: ScheduleContext,
  details: DetailFields,
  problems: SheetProblem[],
  kept: KeptRows,
): ScheduleRow | null {
  const sheet = grid.sheetName;
  const branch = compactText(rawText(gridValue(grid, row, columns.branch)));
  const date = rawDate(gridValue(grid, row, columns.date));
  const dateCell = cellRef(row, columns.date);
  // Not planned, but written back as typed (marked 待更正) so the user can fix it.
  const fail = (cell: string, message: string, reason: string): null => {
    problems.push({ sheet, row, cell, severity: 'error', message });
    kept.add(row, reason);
    return null;
  };
  const why = KEPT_ROW.schedule;
  if (!date.ok || date.date === null) return fail(dateCell, SHEET_PROBLEMS.extraNoDate(row), why.noDate);
  if (Number(date.date.slice(0, 4)) !== ctx.year)
    return fail(dateCell, SHEET_PROBLEMS.extraOtherYear(row, date.date, ctx.year), why.otherYear(ctx.year));
  if (!ctx.branches.includes(branch))
    return fail(
      cellRef(row, columns.branch),
      SHEET_PROBLEMS.extraUnknownBranch(row, branch),
      why.unknownBranch,
    );
  const theme = readTheme(grid, row, columns.theme, problems);
  return {
    row,
    branch,
    activityId: '',
    date: date.date,
    theme,
    cancelled: false,
    details: { branch, activityId: '', ...details },
    extra: true,
  };
}

type DetailFields = Omit<ActivityDetails, 'branch' | 'activityId'>;

function readDetails(
  grid: RawGrid,
  row: number,
  columns: Record<Column, number>,
  problems: SheetProblem[],
): DetailFields {
  const details: DetailFields = {};
  const text = (column: Column) => rawText(gridValue(grid, row, columns[column]));
  for (const field of ['topic', 'place', 'host', 'recorder', 'archive', 'note'] as const) {
    const value = text(field);
    if (value !== '') details[field] = value;
  }
  const expenseRaw = gridValue(grid, row, columns.expense);
  const expenseText = rawText(expenseRaw);
  if (expenseText !== '') {
    const amount =
      typeof expenseRaw === 'number' ? expenseRaw : Number(expenseText.replace(/[,，元¥￥\s]/g, ''));
    if (Number.isFinite(amount)) details.expense = amount;
    else {
      // Kept, never dropped: the text goes into the note where the user will see it.
      const cell = cellRef(row, columns.expense);
      problems.push({
        sheet: grid.sheetName,
        row,
        cell,
        severity: 'warning',
        message: SHEET_PROBLEMS.badExpense(cell, expenseText),
      });
      details.note = details.note === undefined ? expenseText : `${details.note}；${expenseText}`;
    }
  }
  return details;
}

/** Two rows' details for one activity: a field filled in one only is kept; different texts are joined. */
export function mergeDetails(a: ActivityDetails, b: ActivityDetails): ActivityDetails {
  const merged: ActivityDetails = { ...a };
  for (const field of ['topic', 'place', 'host', 'recorder', 'archive', 'note'] as const) {
    const x = a[field];
    const y = b[field];
    if (y !== undefined && x !== y) merged[field] = x === undefined ? y : `${x}；${y}`;
  }
  if (b.expense !== undefined && a.expense === undefined) merged.expense = b.expense;
  else if (b.expense !== undefined && b.expense !== a.expense) {
    // Two different amounts: the first stays the amount, the other is kept visibly in the note.
    merged.note = merged.note === undefined ? String(b.expense) : `${merged.note}；${b.expense}`;
  }
  return merged;
}

/** True when anything was entered beyond the ids. */
export function hasDetails(details: ActivityDetails): boolean {
  return Object.keys(details).some((key) => key !== 'branch' && key !== 'activityId');
}
