/**
 * The mark by which the add-in recognises its own sheets (src/workbook/marks.ts), kept in an
 * ExcelJS workbook: a hidden workbook-scope defined name `_PartyDay_<kind>` referring to cell A1.
 *
 * ExcelJS has no per-sheet custom properties, and a name survives everything the user may do to
 * the sheet in Excel: renaming it or moving it updates the reference. The Office.js port writes the
 * same name (workbook.names.add, visible = false), so a file and a live workbook agree.
 */
import type * as ExcelJS from 'exceljs';
import { parseSheetReference, sheetReference } from '../workbook/address';
import { kindOfMark, markName, ownAreasName } from '../workbook/marks';

/** Every worksheet that carries a mark, by kind. A mark whose sheet is gone is ignored. */
export function findOwnedSheets(workbook: ExcelJS.Workbook): Map<string, ExcelJS.Worksheet> {
  const owned = new Map<string, ExcelJS.Worksheet>();
  for (const { name, ranges } of workbook.definedNames.model) {
    const kind = kindOfMark(name);
    const reference = kind === null || ranges.length === 0 ? null : parseSheetReference(ranges[0]);
    if (kind === null || reference === null) continue;
    const worksheet = workbook.worksheets.find((sheet) => sheet.name === reference.sheetName);
    if (worksheet) owned.set(kind, worksheet);
  }
  return owned;
}

/** Points the mark of `kind` at `worksheet`, replacing wherever it pointed before. */
export function setMark(workbook: ExcelJS.Workbook, kind: string, worksheet: ExcelJS.Worksheet): void {
  const name = markName(kind);
  removeDefinedName(workbook, name);
  // The sheet is rewritten here: the Office.js port's record of its formula areas no longer holds.
  removeDefinedName(workbook, ownAreasName(kind));
  workbook.definedNames.add(sheetReference(worksheet.name, 'A1'), name);
}

/** Removes a workbook-scope name entirely (ExcelJS has no call for it). */
export function removeDefinedName(workbook: ExcelJS.Workbook, name: string): void {
  const upper = name.toUpperCase();
  workbook.definedNames.model = workbook.definedNames.model.filter(
    (entry) => entry.name.toUpperCase() !== upper,
  );
}
