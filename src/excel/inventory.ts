/**
 * What the port learns about the workbook before reading or writing, in one sync: its sheets (with
 * their protection and, where ExcelApi 1.12 allows, their custom properties), its names (the
 * add-in's hidden marks `_PartyDay_<kind>` among them), its tables and whether it can be changed
 * (read-only, structure protected). A second sync, only when an action reads them, loads the owned
 * sheets' cells.
 *
 * A sheet is the add-in's when a mark names it, or else when its custom property PartyDayKind
 * names a kind no mark claims: the user may have deleted the hidden name, and the next write puts
 * it back. The mark wins where they disagree: it is what the file port reads, and a copy of an
 * owned sheet carries the property but not the mark.
 */
import { parseSheetReference, type RangeBox } from '../workbook/address';
import { KIND_PATTERN } from '../workbook/description';
// One definition of the marks for both ports.
import { kindOfMark, ownAreasName, PENDING_NAME } from '../workbook/marks';
import type { ExcelCapabilities } from './capabilities';
import { parseOwnAreas } from './ownAreas';
import { journalNameParts, parseJournal, type JournalEntry } from './formatJournal';
import { parsePending } from './pendingWrite';

/** Worksheet custom property naming the kind, where ExcelApi 1.12 allows it. */
export const KIND_PROPERTY = 'PartyDayKind';

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
  /** Owned sheet name by kind (by its mark, or by its custom property). */
  ownedByKind: Map<string, string>;
  /** Kinds whose sheet was found by its custom property only: the write adds the mark again. */
  unmarked: Set<string>;
  /** Kinds whose mark still names its sheet as text (a write stopped while adding it): pointed at A1 again. */
  placeholders: Set<string>;
  /** Marks pointing at no sheet (the sheet was deleted): removed before the kind is written again. */
  staleMarks: string[];
  readOnly: boolean;
  /** Review → Protect Workbook: no sheet can be added. */
  structureProtected: boolean;
  /** Names of the protected sheets. */
  protectedSheets: Set<string>;
  /** Table names by sheet name. */
  tablesBySheet: Map<string, string[]>;
  /** Every table name in the workbook (they share one namespace with defined names). */
  tableNames: string[];
  /** By kind: where the owned sheet holds the add-in's own formulas (see ./ownAreas.ts). */
  ownAreas: Map<string, RangeBox[]>;
  /** The kinds a write that did not finish was updating (see ./pendingWrite.ts); null when none. */
  pending: string[] | null;
  /** By kind: records of cells' kinds of number left by a write that did not finish (./formatJournal.ts). */
  journals: Map<string, { names: string[]; entries: JournalEntry[] }>;
}

/**
 * A new sheet's mark names it as text (="出勤-三支部") from before the sheet is added until it is
 * made to refer to the sheet's A1 (see ./newSheet.ts): a write stopped between the two still owns
 * the sheet it added.
 */
export function markPlaceholder(sheetName: string): string {
  return `="${sheetName.replace(/"/g, '""')}"`;
}

function placeholderSheet(formula: string): string | null {
  const match = /^="((?:[^"]|"")*)"$/.exec(formula.trim());
  return match === null ? null : match[1].replace(/""/g, '"');
}

interface Loaded {
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  tables: Excel.TableCollection;
  workbook: Excel.Workbook;
}

/** Queues the loads of the inventory; call `inventoryOf` after the next sync. */
export function loadInventory(context: Excel.RequestContext, capabilities: ExcelCapabilities): Loaded {
  const workbook = context.workbook;
  // Navigation paths inside a collection's items load each item's part in the same request
  // (OfficeExtension.LoadOption: "paragraphs.load('text, font/size')").
  const sheets = workbook.worksheets.load(
    capabilities.customProperties
      ? 'items/name,items/protection/protected,items/customProperties/items/key,items/customProperties/items/value'
      : 'items/name,items/protection/protected',
  );
  const names = workbook.names.load('items/name,items/formula');
  const tables = workbook.tables.load('items/name,items/worksheet/name');
  workbook.load(capabilities.readOnlyFlag ? 'readOnly,protection/protected' : 'protection/protected');
  return { sheets, names, tables, workbook };
}

export function inventoryOf(loaded: Loaded, capabilities: ExcelCapabilities): Inventory {
  const sheetNames = loaded.sheets.items.map((sheet) => sheet.name);
  const names: NameEntry[] = loaded.names.items.map((item) => {
    const formula = typeof item.formula === 'string' ? item.formula : String(item.formula);
    const reference = parseSheetReference(formula);
    const placeholder = kindOfMark(item.name) === null ? null : placeholderSheet(formula);
    return { name: item.name, formula, sheetName: reference?.sheetName ?? placeholder };
  });
  const ownedByKind = new Map<string, string>();
  const staleMarks: string[] = [];
  const placeholders = new Set<string>();
  for (const entry of names) {
    const kind = kindOfMark(entry.name);
    if (kind === null) continue;
    const sheet = entry.sheetName === null ? undefined : sheetNames.find((name) => name === entry.sheetName);
    if (sheet === undefined) staleMarks.push(entry.name);
    else ownedByKind.set(kind, sheet);
    if (sheet !== undefined && placeholderSheet(entry.formula) !== null) placeholders.add(kind);
  }
  const unmarked = new Set<string>();
  if (capabilities.customProperties) {
    const marked = new Set(ownedByKind.values());
    for (const sheet of loaded.sheets.items) {
      const property = sheet.customProperties.items.find((item) => item.key === KIND_PROPERTY);
      const kind = property === undefined ? '' : String(property.value);
      if (!KIND_PATTERN.test(kind) || ownedByKind.has(kind) || marked.has(sheet.name)) continue;
      ownedByKind.set(kind, sheet.name);
      unmarked.add(kind);
    }
  }
  const ownAreas = new Map<string, RangeBox[]>();
  for (const [kind, sheetName] of ownedByKind) {
    const upper = ownAreasName(kind).toUpperCase();
    const entry = names.find((name) => name.name.toUpperCase() === upper);
    const boxes = entry === undefined ? null : parseOwnAreas(entry.formula, sheetName);
    if (boxes !== null) ownAreas.set(kind, boxes);
  }
  const tablesBySheet = new Map<string, string[]>();
  for (const table of loaded.tables.items) {
    const sheet = table.worksheet.name;
    tablesBySheet.set(sheet, [...(tablesBySheet.get(sheet) ?? []), table.name]);
  }
  return {
    sheetNames,
    names,
    ownedByKind,
    unmarked,
    placeholders,
    staleMarks,
    readOnly: capabilities.readOnlyFlag ? loaded.workbook.readOnly : false,
    structureProtected: loaded.workbook.protection.protected,
    protectedSheets: new Set(
      loaded.sheets.items.filter((sheet) => sheet.protection.protected).map((sheet) => sheet.name),
    ),
    tablesBySheet,
    tableNames: loaded.tables.items.map((table) => table.name),
    ownAreas,
    pending: pendingOf(names),
    journals: journalsOf(names),
  };
}

function pendingOf(names: readonly NameEntry[]): string[] | null {
  const entry = names.find((name) => name.name.toUpperCase() === PENDING_NAME.toUpperCase());
  return entry === undefined ? null : parsePending(entry.formula);
}

function journalsOf(names: readonly NameEntry[]): Inventory['journals'] {
  const journals: Inventory['journals'] = new Map();
  for (const entry of names) {
    const parts = journalNameParts(entry.name);
    if (parts === null) continue;
    const journal = journals.get(parts.kind) ?? { names: [], entries: [] };
    journal.names.push(entry.name);
    journal.entries.push(...parseJournal(entry.formula));
    journals.set(parts.kind, journal);
  }
  return journals;
}
