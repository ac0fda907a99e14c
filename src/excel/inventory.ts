/**
 * What the port learns about the workbook before reading or writing: its sheets, its names (the
 * add-in's hidden marks `_PartyDay_<kind>` among them), its tables and whether it can be changed.
 * One sync loads it all; a second loads what is needed of the owned sheets.
 */
import { parseSheetReference } from '../workbook/address';
// One definition of the mark for both ports (the import of ExcelJS there is for types only).
import { kindOfMark } from '../file/ownedMark';
import type { ExcelCapabilities } from './capabilities';

export interface NameEntry {
  name: string;
  /** '=Sheet!$A$1', or whatever the name holds ('=#REF!$A$1' once its sheet is gone). */
  formula: string;
  /** The sheet a single-range name refers to, or null for anything else. */
  sheetName: string | null;
}

export interface Inventory {
  sheetNames: string[];
  names: NameEntry[];
  /** Owned sheet name by kind (marks whose sheet exists). */
  ownedByKind: Map<string, string>;
  /** Marks pointing at no sheet (the sheet was deleted): removed before the kind is written again. */
  staleMarks: string[];
  readOnly: boolean;
}

interface Loaded {
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  workbook: Excel.Workbook;
}

/** Queues the loads of the inventory; call `inventoryOf` after the next sync. */
export function loadInventory(context: Excel.RequestContext, capabilities: ExcelCapabilities): Loaded {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load('items/name');
  const names = workbook.names.load('items/name,items/formula');
  if (capabilities.readOnlyFlag) workbook.load('readOnly');
  return { sheets, names, workbook };
}

export function inventoryOf(loaded: Loaded, capabilities: ExcelCapabilities): Inventory {
  const sheetNames = loaded.sheets.items.map((sheet) => sheet.name);
  const names: NameEntry[] = loaded.names.items.map((item) => {
    const formula = typeof item.formula === 'string' ? item.formula : String(item.formula);
    const reference = parseSheetReference(formula);
    return { name: item.name, formula, sheetName: reference?.sheetName ?? null };
  });
  const ownedByKind = new Map<string, string>();
  const staleMarks: string[] = [];
  for (const entry of names) {
    const kind = kindOfMark(entry.name);
    if (kind === null) continue;
    const sheet = entry.sheetName === null ? undefined : sheetNames.find((name) => name === entry.sheetName);
    if (sheet === undefined) staleMarks.push(entry.name);
    else ownedByKind.set(kind, sheet);
  }
  return {
    sheetNames,
    names,
    ownedByKind,
    staleMarks,
    readOnly: capabilities.readOnlyFlag ? loaded.workbook.readOnly : false,
  };
}
