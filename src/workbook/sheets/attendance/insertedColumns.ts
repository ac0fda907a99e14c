/**
 * Columns a secretary inserted among the 出勤登记 sheet's own (between two activities, or between
 * the hidden helpers and the first activity): no activity id in the hidden id row, so nothing typed
 * there is an attendance record. The parser keeps such a column as one of the user's
 * (./../userColumns.ts: its header and every row's cell, filed by member id) and regeneration writes
 * it right of the sheet; this names each one that holds anything, with what it holds, so the
 * secretary knows it is not counted and where it went.
 */
import { ATTENDANCE_PROBLEMS } from '../../../strings/attendanceSheet';
import { cellRef, columnLetters } from '../../address';
import { gridCell, gridEnd, type RawGrid } from '../../grid';
import type { SheetProblem } from '../../problems';
import { keptCell, rawText } from '../common';

/** Texts shown in a message, at most this many per column. */
const SAMPLES = 3;

export function insertedColumnProblems(
  grid: RawGrid,
  columns: readonly number[],
  idRow: number,
): SheetProblem[] {
  const end = gridEnd(grid);
  return columns.flatMap((column): SheetProblem[] => {
    const texts: string[] = [];
    let first = 0;
    for (let row = idRow + 1; row <= end.row; row++) {
      const cell = gridCell(grid, row, column);
      const typed = keptCell(cell) === null ? '' : rawText(cell.value);
      if (typed === '') continue;
      if (first === 0) first = row;
      if (texts.length < SAMPLES && !texts.includes(typed)) texts.push(typed);
    }
    if (first === 0) return [];
    const letters = columnLetters(column);
    return [
      {
        sheet: grid.sheetName,
        cell: cellRef(first, column),
        row: first,
        severity: 'warning',
        message: ATTENDANCE_PROBLEMS.insertedColumn(letters, cellRef(idRow, column), texts),
      },
    ];
  });
}
