/**
 * Reading a 出勤登记 grid back as attendance entries, keyed by ids: the activity id from the hidden
 * id row (found by its marker in column A, never by position) and the member id from column A.
 * A reason is typed after the code and a colon ("事：看病" or "事:看病"): the code part becomes the
 * entry's raw text and the rest its note. Text that is no code is kept whole as raw, for the
 * engine to report; nothing entered is dropped without a problem saying so.
 */
import { type AttendanceEntry, codeOf } from '../../../domain/attendance';
import { compactText } from '../../../domain/text';
import { ATTENDANCE_PROBLEMS, ATTENDANCE_SHEET } from '../../../strings/attendanceSheet';
import { cellRef } from '../../address';
import { gridCell, gridEnd, isRawError, type RawGrid, type RawValue } from '../../grid';
import type { Parsed, SheetProblem } from '../../problems';
import type { AttendanceMark } from '../attendance';
import { rawText } from '../common';
import { UserColumnReader, type UserColumns } from '../userColumns';
import {
  COUNTED_COLUMN,
  EXEMPT_TO_COLUMN,
  ID_COLUMN,
  MEMBERS_BELOW_ID_ROW,
  NAME_COLUMN,
  TOTAL_KEYS,
} from './layout';
import { insertedColumnProblems } from './insertedColumns';
import { mergedMarkProblems } from './mergedMarks';

/** The key under which a figure row (应到, 实到 …) files the cells of the user's columns. */
export function figureRowKey(label: string): string {
  return `figure:${label}`;
}

const TOTAL_LABELS = new Set<string>(TOTAL_KEYS.map((key) => ATTENDANCE_SHEET.totals[key]));
const FIGURE_LABELS = new Set<string>(Object.values(ATTENDANCE_SHEET.figures));

const NOTE_SEPARATOR = /^([^:：]+?)\s*[:：]\s*([\s\S]*)$/;

/** "事：看病" → raw 事, note 看病; text whose part before the colon is no code stays whole. */
export function splitMarkText(text: string): AttendanceMark {
  const trimmed = text.trim();
  const match = NOTE_SEPARATOR.exec(trimmed);
  if (match === null || codeOf(match[1]) === null) return { raw: trimmed };
  const note = match[2].trim();
  return note === '' ? { raw: match[1] } : { raw: match[1], note };
}

function markOf(value: RawValue): AttendanceMark | null {
  if (value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : splitMarkText(value);
  if (isRawError(value)) return { raw: value.error };
  return { raw: value };
}

function cellText(grid: RawGrid, row: number, column: number): string {
  const value = gridCell(grid, row, column).value;
  return typeof value === 'string' ? value.trim() : value === null || isRawError(value) ? '' : String(value);
}

/** The hidden id row, found by its marker in column A; 0 when there is none. */
function findIdRow(grid: RawGrid): number {
  const end = gridEnd(grid);
  for (let row = grid.origin.row; row <= end.row; row++)
    if (cellText(grid, row, ID_COLUMN) === ATTENDANCE_SHEET.idRowMarker) return row;
  return 0;
}

function branchRecordIn(text: string): string | null {
  const match = ATTENDANCE_SHEET.branchRecordPrefix.exec(text);
  if (match === null) return null;
  // Compared as the roster reads branch names (full-width forms folded, no spaces).
  const branch = compactText(text.slice(match[0].length));
  return branch === '' ? null : branch;
}

/**
 * The branch the sheet records ("党支部：…" in its id row), or null for a sheet written before
 * sheets recorded their branch (or one whose record was cleared).
 */
export function readAttendanceBranch(grid: RawGrid): string | null {
  const idRow = findIdRow(grid);
  if (idRow === 0) return null;
  const end = gridEnd(grid);
  for (let column = ID_COLUMN + 1; column <= end.column; column++) {
    const branch = branchRecordIn(cellText(grid, idRow, column));
    if (branch !== null) return branch;
  }
  return null;
}

/**
 * The activity ids of the sheet's id row, left to right (cancelled ones included); null for a sheet
 * without the id row.
 */
export function readAttendanceActivityIds(grid: RawGrid): string[] | null {
  const idRow = findIdRow(grid);
  if (idRow === 0) return null;
  const ids: string[] = [];
  for (let column = ID_COLUMN + 1; column <= gridEnd(grid).column; column++) {
    const id = cellText(grid, idRow, column);
    if (id !== '' && branchRecordIn(id) === null) ids.push(id);
  }
  return ids;
}

export function parseAttendanceGrid(
  grid: RawGrid,
  ctx: { branch: string },
): Parsed<AttendanceEntry[]> & { userColumns: UserColumns } {
  const sheet = grid.sheetName;
  const problems: SheetProblem[] = [];
  const end = gridEnd(grid);
  const text = (row: number, column: number): string => cellText(grid, row, column);

  const idRow = findIdRow(grid);
  if (idRow === 0) {
    problems.push({ sheet, severity: 'error', message: ATTENDANCE_PROBLEMS.noIdRow(sheet) });
    return { value: [], problems, userColumns: { columns: [], rows: new Map(), loose: [] } };
  }

  const columns: Array<{ column: number; id: string }> = [];
  const firstColumnOf = new Map<string, number>();
  for (let column = ID_COLUMN + 1; column <= end.column; column++) {
    const id = text(idRow, column);
    if (id === '' || branchRecordIn(id) !== null) continue;
    const first = firstColumnOf.get(id);
    if (first === undefined) firstColumnOf.set(id, column);
    else
      problems.push({
        sheet,
        cell: cellRef(idRow, column),
        row: idRow,
        severity: 'warning',
        message: ATTENDANCE_PROBLEMS.duplicateActivity(cellRef(idRow, column), id, cellRef(idRow, first)),
      });
    columns.push({ column, id });
  }
  const idColumns = new Set(columns.map((c) => c.column));
  const lastIdColumn = columns.length > 0 ? columns[columns.length - 1].column : 0;
  // The sheet's own columns end with the last activity (or 已取消 activity) or the member totals
  // right after the activities, whichever is further right; columns past them are the user's.
  const headerRows = [idRow + 1, idRow + 2, idRow + 3];
  let lastOwn = Math.max(lastIdColumn, EXEMPT_TO_COLUMN);
  for (let column = lastOwn + 1; column <= lastOwn + TOTAL_KEYS.length; column++)
    if (TOTAL_LABELS.has(text(idRow + 2, column))) lastOwn = column;
  // A column inserted among the sheet's own (no activity id, no total's label) is the user's too:
  // never counted, kept with its rows and written again right of the sheet.
  const totalColumns = new Set<number>();
  for (let column = EXEMPT_TO_COLUMN + 1; column <= lastOwn; column++)
    if (TOTAL_LABELS.has(text(idRow + 2, column))) totalColumns.add(column);
  const user = new UserColumnReader(grid, {
    headerRows,
    firstRow: idRow + MEMBERS_BELOW_ID_ROW,
    isOwn: (column) =>
      column <= lastOwn && (column <= EXEMPT_TO_COLUMN || idColumns.has(column) || totalColumns.has(column)),
    base: lastOwn,
  });
  problems.push(
    ...insertedColumnProblems(
      grid,
      user.sheetColumns.filter((column) => column < lastOwn),
      idRow,
    ),
  );

  // Text in the sheet's own columns that no row key carries: named (once a row), since
  // regeneration drops it. The helper columns hold the sheet's own numbers.
  const stray = (row: number, columnsToCheck: (column: number) => boolean, last = lastOwn) => {
    const found: Array<{ column: number; typed: string }> = [];
    for (let column = 1; column <= Math.min(last, end.column); column++) {
      if (!columnsToCheck(column) || (column >= COUNTED_COLUMN && column <= EXEMPT_TO_COLUMN)) continue;
      if (user.has(column) && row > idRow) continue;
      const cell = gridCell(grid, row, column);
      const typed = cell.formula === null ? rawText(cell.value) : '';
      if (typed !== '') found.push({ column, typed });
    }
    if (found.length === 0) return;
    const address = cellRef(row, found[0].column);
    problems.push({
      sheet,
      cell: address,
      row,
      severity: 'warning',
      message: ATTENDANCE_PROBLEMS.strayText(
        address,
        found.map((entry) => entry.typed),
      ),
    });
  };
  // Above the id row the sheet has its title and legend in column A (and the 已取消 heading); the
  // user's columns are kept from their header rows down only.
  for (let row = grid.origin.row; row < idRow; row++)
    stray(
      row,
      (column) => column > ID_COLUMN && text(row, column) !== ATTENDANCE_SHEET.orphansTitle,
      end.column,
    );

  const entries: AttendanceEntry[] = [];
  const firstRowOf = new Map<string, number>();
  let row = idRow + MEMBERS_BELOW_ID_ROW;
  for (; row <= end.row; row++) {
    const memberId = text(row, ID_COLUMN);
    if (memberId === ATTENDANCE_SHEET.figures.due) break;
    const rowEntries: AttendanceEntry[] = [];
    for (const { column, id } of columns) {
      const mark = markOf(gridCell(grid, row, column).value);
      if (mark === null) continue;
      rowEntries.push({ memberId, branch: ctx.branch, activityId: id, ...mark });
    }
    if (memberId === '') user.keepLoose(row);
    else user.keep(memberId, row);
    if (memberId === '') {
      // Activity columns say so below when they hold anything; inserted columns keep the row.
      // The row the sheet writes for a branch with nobody is its own; a row with codes is named above.
      if (text(row, NAME_COLUMN) !== ATTENDANCE_SHEET.noMembers && rowEntries.length === 0)
        stray(row, (column) => !idColumns.has(column));
      if (rowEntries.length > 0)
        problems.push({
          sheet,
          cell: cellRef(row, ID_COLUMN),
          row,
          severity: 'error',
          message: ATTENDANCE_PROBLEMS.noMemberId(row),
        });
      continue;
    }
    const firstRow = firstRowOf.get(memberId);
    if (firstRow === undefined) firstRowOf.set(memberId, row);
    else
      problems.push({
        sheet,
        cell: cellRef(row, ID_COLUMN),
        row,
        severity: 'warning',
        message: ATTENDANCE_PROBLEMS.duplicateMember(cellRef(row, ID_COLUMN), memberId, firstRow),
      });
    entries.push(...rowEntries);
  }
  problems.push(
    ...mergedMarkProblems(grid, {
      activityOf: new Map(columns.map(({ column, id }) => [column, id])),
      firstRow: idRow + MEMBERS_BELOW_ID_ROW,
      lastRow: row - 1,
    }),
  );
  // Below the members: the figure rows by their label, then anything else the user typed.
  for (; row <= end.row; row++) {
    const label = text(row, ID_COLUMN);
    if (FIGURE_LABELS.has(label)) user.keep(figureRowKey(label), row);
    else {
      user.keepLoose(row);
      stray(row, () => true);
    }
  }
  return { value: entries, problems, userColumns: user.result() };
}

/**
 * Entries as the marks a regenerated sheet writes back (member id → activity id → mark). Two
 * entries for one cell (a duplicated row or column) are both kept: equal texts once, different
 * ones side by side, so nothing is lost and the cell shows the clash.
 */
export function marksFromEntries(
  entries: readonly AttendanceEntry[],
): Map<string, Map<string, AttendanceMark>> {
  const marks = new Map<string, Map<string, AttendanceMark>>();
  for (const entry of entries) {
    let byActivity = marks.get(entry.memberId);
    if (byActivity === undefined) marks.set(entry.memberId, (byActivity = new Map()));
    const incoming: AttendanceMark =
      entry.note === undefined ? { raw: entry.raw } : { raw: entry.raw, note: entry.note };
    const existing = byActivity.get(entry.activityId);
    byActivity.set(entry.activityId, existing === undefined ? incoming : joinMarks(existing, incoming));
  }
  return marks;
}

function joinMarks(a: AttendanceMark, b: AttendanceMark): AttendanceMark {
  const texts = [
    ...new Set([a.raw, b.raw].map((raw) => (raw === null || raw === undefined ? '' : String(raw)))),
  ].filter((t) => t !== '');
  const notes = [...new Set([a.note, b.note].filter((n): n is string => n !== undefined && n !== ''))];
  const raw = texts.length === 1 && a.raw === b.raw ? a.raw : texts.join(' / ');
  return notes.length === 0 ? { raw } : { raw, note: notes.join('；') };
}
