/**
 * The marks by which the add-in recognises its own sheets in a file (src/workbook/marks.ts): a
 * hidden workbook-scope name `_PartyDay_<kind>` referring to the sheet's A1. A name survives
 * everything the user may do to the sheet in Excel or WPS: renaming or moving it updates the
 * reference. The Office.js port writes the same name, so a file and a live workbook agree.
 */
import { parseSheetReference, sheetReference } from '../workbook/address';
import { kindOfMark, markName } from '../workbook/marks';
import { definedNameXml } from './definedNamesXml';
import type { SheetEntry, WorkbookIndex } from './workbookIndex';

/** Every sheet that carries a mark, by kind. A mark whose sheet is gone is ignored. */
export function findOwnedSheets(index: WorkbookIndex): Map<string, SheetEntry> {
  const owned = new Map<string, SheetEntry>();
  for (const entry of index.definedNames) {
    const kind = entry.localSheetId === null ? kindOfMark(entry.name) : null;
    const reference = kind === null ? null : parseSheetReference(entry.formula);
    if (kind === null || reference === null) continue;
    const sheet = index.sheets.find((candidate) => candidate.name === reference.sheetName);
    if (sheet) owned.set(kind, sheet);
  }
  return owned;
}

/** The mark of `kind` pointing at the sheet named `sheetName`, as a <definedName> element. */
export function markXml(kind: string, sheetName: string): string {
  return definedNameXml({ name: markName(kind), formula: sheetReference(sheetName, 'A1'), hidden: true });
}
