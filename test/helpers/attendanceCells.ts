/** Where a member's code for an activity sits in an 出勤 sheet: found by the ids, never by position. */
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';

export function markAddress(grid: RawGrid, memberId: string, activityId: string): string {
  const end = gridEnd(grid);
  let row = 0;
  let column = 0;
  for (let r = ID_ROW + 1; r <= end.row && row === 0; r++)
    if (gridCell(grid, r, ID_COLUMN).value === memberId) row = r;
  for (let c = ID_COLUMN + 1; c <= end.column && column === 0; c++)
    if (gridCell(grid, ID_ROW, c).value === activityId) column = c;
  if (row === 0 || column === 0)
    throw new Error(`no cell for ${memberId} at ${activityId} in ${grid.sheetName}`);
  return cellRef(row, column);
}
