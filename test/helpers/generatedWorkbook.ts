/**
 * Finding cells in a workbook the add-in generated, the way a secretary's edits are simulated in
 * tests: by member id and activity id, never by position.
 */
import type * as ExcelJS from 'exceljs';
import { findOwnedSheets } from '../../src/file/ownedMark';
import { openWorkbookBytes, workbookFileBytes, type WorkbookFile } from '../../src/file/workbookFile';
import { ID_ROW } from '../../src/workbook/sheets/attendance/layout';

/** Saves to bytes and opens them again, as a user saving and reopening the file would. */
export async function saveAndReopen(file: WorkbookFile): Promise<WorkbookFile> {
  return openWorkbookBytes(await workbookFileBytes(file), 'book.xlsx');
}

/** The owned sheet of a kind ('schedule', 'attendance.1' …), wherever the user moved or renamed it. */
export function ownedSheet(file: WorkbookFile, kind: string): ExcelJS.Worksheet {
  const sheet = findOwnedSheets(file.workbook).get(kind);
  if (!sheet) throw new Error(`no owned sheet ${kind}`);
  return sheet;
}

/** The cell of an attendance sheet for a member (id in column A) at an activity (id in the id row). */
export function attendanceCell(sheet: ExcelJS.Worksheet, memberId: string, activityId: string): ExcelJS.Cell {
  let column = 0;
  sheet.getRow(ID_ROW).eachCell((cell, n) => {
    if (cell.value === activityId && column === 0) column = n;
  });
  let row = 0;
  sheet.getColumn(1).eachCell((cell, n) => {
    if (cell.value === memberId && row === 0) row = n;
  });
  if (column === 0 || row === 0) throw new Error(`no cell for ${memberId} at ${activityId}`);
  return sheet.getCell(row, column);
}
