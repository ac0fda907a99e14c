/**
 * Codes in merged cells of the 出勤登记 grid. A secretary who merges a 事 across two activities
 * sees it in both, but a merged area holds its value in its top-left cell only (Office.js and the
 * file both read it so): the code counts for that cell's member and activity, and every other
 * member-activity cell the area covers is unrecorded. Each such area is named in a warning; the
 * regenerated sheet has no merges (both ports unmerge an owned sheet before writing it), and the
 * code stays where it was read, in the top-left cell: nothing typed is lost.
 */
import { ATTENDANCE_PROBLEMS } from '../../../strings/attendanceSheet';
import { cellRef, formatRange } from '../../address';
import { gridCell, type RawGrid } from '../../grid';
import type { SheetProblem } from '../../problems';
import { rawText } from '../common';
import { ID_COLUMN, NAME_COLUMN } from './layout';

export interface MergedMarksContext {
  /** The activity columns, by sheet column. */
  activityOf: ReadonlyMap<number, string>;
  /** The member rows (first and last sheet row). */
  firstRow: number;
  lastRow: number;
}

function memberLabel(grid: RawGrid, row: number): string {
  const id = rawText(gridCell(grid, row, ID_COLUMN).value);
  const name = rawText(gridCell(grid, row, NAME_COLUMN).value);
  if (id === '') return name === '' ? `第${row}行` : name;
  return name === '' ? `编号 ${id}` : `${name}（编号 ${id}）`;
}

/** One warning per merged area that puts a code over more than one member-activity cell. */
export function mergedMarkProblems(grid: RawGrid, ctx: MergedMarksContext): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (const box of grid.merges ?? []) {
    const firstActivity = ctx.activityOf.get(box.left);
    if (firstActivity === undefined || box.top < ctx.firstRow || box.top > ctx.lastRow) continue;
    const code = rawText(gridCell(grid, box.top, box.left).value);
    if (code === '') continue;
    // The other member-activity cells the area covers, row by row.
    const others: Array<{ row: number; activities: string[] }> = [];
    for (let row = box.top; row <= Math.min(box.bottom, ctx.lastRow); row++) {
      const activities: string[] = [];
      for (let column = box.left; column <= box.right; column++) {
        const activity = ctx.activityOf.get(column);
        if (activity !== undefined && (row !== box.top || column !== box.left)) activities.push(activity);
      }
      if (activities.length > 0) others.push({ row, activities });
    }
    if (others.length === 0) continue;
    const cell = cellRef(box.top, box.left);
    problems.push({
      sheet: grid.sheetName,
      cell,
      row: box.top,
      severity: 'warning',
      message: ATTENDANCE_PROBLEMS.mergedMark({
        range: formatRange(box),
        cell,
        code,
        member: memberLabel(grid, box.top),
        activity: firstActivity,
        unrecorded: others.map(({ row, activities }) => ({
          member: row === box.top ? null : memberLabel(grid, row),
          activities,
        })),
      }),
    });
  }
  return problems;
}
