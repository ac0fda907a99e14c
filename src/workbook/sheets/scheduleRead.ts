/**
 * Reading 活动安排 back: every activity row with what the branch entered (topic, place, host,
 * recorder, archive, expense, note, time of day, content summary), by activity id; new extra
 * activities typed by the user; rows that cannot be read, kept as typed (written by ./schedule.ts).
 */
import { activityKey } from '../../domain/activity';
import type { CalendarDate } from '../../domain/date';
import type { ActivityDetails } from '../../domain/summaries';
import { compactText } from '../../domain/text';
import { type ThemeId, themeByName } from '../../domain/themes';
import { parseTimeOfDay } from '../../domain/timeOfDay';
import { KEPT_ROW, SCHEDULE_SHEET, SHEET_PROBLEMS } from '../../strings/sheets';
import { cellRef } from '../address';
import { gridEnd, gridValue, type RawGrid } from '../grid';
import type { Parsed, SheetProblem } from '../problems';
import { type KeptRow, keptCells, rawDate, rawText } from './common';
import {
  DETAIL_TEXT_FIELDS,
  LATER_COLUMNS,
  SCHEDULE_COLUMNS,
  SCHEDULE_FIRST_ROW,
  SCHEDULE_HEADER_ROW,
  SCHEDULE_WIDTH as WIDTH,
  type ScheduleColumn as Column,
} from './scheduleLayout';
import { UserColumnReader, type UserColumns } from './userColumns';

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

/** A column this grid does not have (an older workbook's): reads as blank. */
const ABSENT = 0;

/**
 * Columns by header text, so columns the user moved are still found; fixed positions otherwise
 * (but a column added later only by its header: in an older workbook its place may be the user's).
 */
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
    else if (LATER_COLUMNS.has(name)) columns[name] = ABSENT;
  });
  return columns;
}

/**
 * The 编号 as typed in a row of the sheet: a new extra activity's is blank or "X" until the
 * activity's id is written there, so a row whose read id differs was not on the sheet before.
 */
export function typedScheduleId(grid: RawGrid): (row: number) => string {
  const column = columnsByHeader(grid).id;
  return (row) => rawText(gridValue(grid, row, column));
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
  const own = new Set(Object.values(columns).filter((column) => column !== ABSENT));
  const user = new UserColumnReader(grid, {
    headerRows: [SCHEDULE_HEADER_ROW],
    firstRow: SCHEDULE_FIRST_ROW,
    isOwn: (column) => own.has(column),
    // An older workbook ends at 状态: the user's columns stood right of it.
    base: Math.max(...own),
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
  const text = (column: Column) =>
    columns[column] === ABSENT ? '' : rawText(gridValue(grid, row, columns[column]));
  for (const field of DETAIL_TEXT_FIELDS) {
    const value = text(field);
    if (value !== '') details[field] = value;
  }
  if (details.time !== undefined) {
    const raw = gridValue(grid, row, columns.time);
    const time = parseTimeOfDay(typeof raw === 'number' ? raw : details.time);
    if (time !== null) details.time = time;
    else {
      // Kept as typed (a notice can print 下班后 as well as 15:00), with a word about it.
      const cell = cellRef(row, columns.time);
      problems.push({
        sheet: grid.sheetName,
        row,
        cell,
        severity: 'warning',
        message: SHEET_PROBLEMS.badTime(cell, details.time),
      });
    }
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
  for (const field of DETAIL_TEXT_FIELDS) {
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
