/**
 * The write of a set of descriptions, computed and checked before anything is sent to Excel: which
 * sheet each goes to, the notices for the user, and the Office.js calls as a list of operations,
 * each with an estimate of the bytes it adds to the request. The port queues the operations and
 * syncs once, or, when the estimate would pass Excel on the web's 5 MB request limit, once per
 * part that stays under it.
 */
import { cellRef, parseCell, quoteSheetName, rangeBox } from '../workbook/address';
import { assertDescriptions } from '../workbook/checkDescription';
import {
  DEFAULT_DATE_FORMAT,
  isDateCell,
  isFormulaCell,
  resolveSheetTokens,
  type CellBlock,
  type SheetDescription,
} from '../workbook/description';
import { planSheets, type PlannedSheet } from '../workbook/sheetPlan';
import { fileStrings } from '../strings/file';
import { excelStrings } from '../strings/excel';
import { markName } from '../file/ownedMark';
import { capabilityNotes, type ExcelCapabilities } from './capabilities';
import { cellInput, isRiskyText, TEXT_FORMAT, type CellInput } from './cellText';
import { ExcelPortError } from './errors';
import type { Inventory } from './inventory';
import { queueFinish, queuePrepare } from './queueSheet';
import { applyRangeStyle, filled } from './formats';

/** What the writer knows of an owned sheet before clearing it. */
export interface OwnedSheetState {
  protected: boolean;
  /** Tables on the sheet, turned back into ranges before it is cleared. */
  tableNames: string[];
}

export interface WriteEnv {
  context: Excel.RequestContext;
  capabilities: ExcelCapabilities;
  /** The worksheet of a kind being written (added by its prepare operation). */
  sheets: Map<string, Excel.Worksheet>;
}

export interface WriteOperation {
  /** Estimated bytes this operation adds to the request. */
  bytes: number;
  queue: (env: WriteEnv) => void;
}

export interface WritePlan {
  sheets: PlannedSheet[];
  notices: string[];
  operations: WriteOperation[];
}

/** Per call: the method, the object path and the JSON framing Office.js sends. */
const CALL_OVERHEAD = 120;
/** A block whose data would pass this is written in parts of fewer rows. */
const MAX_BLOCK_BYTES = 1_000_000;

const encoder = new TextEncoder();
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

export function planWrite(
  descriptions: readonly SheetDescription[],
  inventory: Inventory,
  owned: ReadonlyMap<string, OwnedSheetState>,
  /** Every table name in the workbook. */
  workbookTables: readonly string[],
  capabilities: ExcelCapabilities,
): WritePlan {
  assertDescriptions(descriptions);
  const plan = planSheets(
    descriptions,
    inventory.sheetNames.map((name) => ({
      name,
      ownedKind: [...inventory.ownedByKind].find(([, sheet]) => sheet === name)?.[0] ?? null,
    })),
  );
  if (inventory.readOnly) throw new ExcelPortError('read-only', excelStrings.workbookReadOnly);
  for (const entry of plan) {
    if (entry.exists && owned.get(entry.kind)?.protected)
      throw new ExcelPortError('sheet-protected', excelStrings.sheetProtected(entry.name));
  }

  const notices: string[] = [];
  for (const entry of plan)
    if (entry.reason === 'name-taken') notices.push(fileStrings.sheetNameTaken(entry.wantedName, entry.name));
  notices.push(
    ...capabilityNotes(capabilities, {
      validation: descriptions.some((d) => (d.validations ?? []).length > 0),
      print: descriptions.some((d) => d.print !== undefined),
      gridlines: descriptions.some((d) => d.showGridLines === false),
      pageBreaks: descriptions.some((d) => (d.print?.rowBreaks ?? []).length > 0),
    }),
  );

  const sheetOfKind = new Map(inventory.ownedByKind);
  for (const entry of plan) sheetOfKind.set(entry.kind, entry.name);
  const resolve = (text: string) =>
    resolveSheetTokens(text, (kind) => {
      const name = sheetOfKind.get(kind);
      return name === undefined ? undefined : quoteSheetName(name);
    });

  const ownedSheetNames = new Set([...inventory.ownedByKind.values(), ...plan.map((entry) => entry.name)]);
  const nameOwner = nameOwnership(inventory, ownedSheetNames);
  const clearedTables = new Set(
    plan
      .flatMap((entry) => (entry.exists ? (owned.get(entry.kind)?.tableNames ?? []) : []))
      .map((n) => n.toUpperCase()),
  );
  const takenTables = new Set(
    workbookTables.map((name) => name.toUpperCase()).filter((name) => !clearedTables.has(name)),
  );
  const claimTable = (wanted: string): string => {
    let name = wanted;
    for (let n = 2; takenTables.has(name.toUpperCase()) || nameOwner(name) !== 'none'; n++)
      name = `${wanted}_${n}`;
    takenTables.add(name.toUpperCase());
    if (name !== wanted) notices.push(fileStrings.tableNameTaken(wanted, name));
    return name;
  };

  const operations: WriteOperation[] = [];
  descriptions.forEach((description, index) => {
    const entry = plan[index];
    const staleMark = inventory.staleMarks.find(
      (mark) => mark.toUpperCase() === markName(entry.kind).toUpperCase(),
    );
    operations.push({
      bytes: CALL_OVERHEAD * 12 + jsonBytes([description.columns ?? [], description.rows ?? []]),
      queue: (env) =>
        queuePrepare(env, description, {
          name: entry.name,
          exists: entry.exists,
          tablesToRemove: entry.exists ? (owned.get(entry.kind)?.tableNames ?? []) : [],
          staleMark: staleMark ?? null,
        }),
    });
    for (const style of description.styles ?? []) {
      const formatBytes =
        style.style.numberFormat === undefined
          ? 0
          : jsonBytes(filled(rangeBox(style.range), style.style.numberFormat));
      operations.push({
        bytes: CALL_OVERHEAD * 6 + formatBytes,
        queue: (env) => applyRangeStyle(sheetOf(env, entry.kind), style),
      });
    }
    const formatAt = styleFormats(description);
    for (const block of splitBlocks(description.blocks)) {
      const formats = blockFormatOperation(entry.kind, block, formatAt);
      if (formats) operations.push(formats);
      operations.push(blockOperation(entry.kind, block, resolve));
    }

    const names = (description.names ?? []).filter((name) => {
      if (nameOwner(name.name) !== 'user') return true;
      notices.push(fileStrings.definedNameTaken(name.name));
      return false;
    });
    const tables = (description.tables ?? []).map((table) => ({ ...table, name: claimTable(table.name) }));
    const existingNames = new Set(inventory.names.map((name) => name.name.toUpperCase()));
    operations.push({
      bytes:
        CALL_OVERHEAD * 20 +
        jsonBytes([
          description.merges,
          description.validations,
          description.conditionalFormats,
          tables,
          names,
          description.print,
        ]),
      queue: (env) =>
        queueFinish(env, description, {
          kind: entry.kind,
          resolve,
          tables,
          names: names.map((name) => ({ ...name, replace: existingNames.has(name.name.toUpperCase()) })),
        }),
    });
  });
  return { sheets: plan, notices, operations };
}

export function sheetOf(env: WriteEnv, kind: string): Excel.Worksheet {
  const sheet = env.sheets.get(kind);
  if (!sheet) throw new RangeError(`Sheet of kind ${kind} was not prepared`);
  return sheet;
}

/** Blocks small enough for one request: a big one is cut into bands of rows. */
function splitBlocks(blocks: readonly CellBlock[]): CellBlock[] {
  const result: CellBlock[] = [];
  for (const block of blocks) {
    const bytes = jsonBytes(block.cells);
    if (bytes <= MAX_BLOCK_BYTES) {
      result.push(block);
      continue;
    }
    const anchor = parseCell(block.anchor);
    if (!anchor) throw new RangeError(`Bad anchor ${block.anchor}`);
    const rowsPerPart = Math.max(1, Math.floor((block.cells.length * MAX_BLOCK_BYTES) / bytes));
    for (let start = 0; start < block.cells.length; start += rowsPerPart) {
      result.push({
        anchor: cellRef(anchor.row + start, anchor.column),
        cells: block.cells.slice(start, start + rowsPerPart),
      });
    }
  }
  return result;
}

function blockBox(block: CellBlock) {
  const anchor = parseCell(block.anchor);
  if (!anchor) throw new RangeError(`Bad anchor ${block.anchor}`);
  return {
    top: anchor.row,
    left: anchor.column,
    bottom: anchor.row + block.cells.length - 1,
    right: anchor.column + block.cells[0].length - 1,
  };
}

/** Values, or formulas when the block has any: one 2-D array for the whole block. */
function blockOperation(kind: string, block: CellBlock, resolve: (text: string) => string): WriteOperation {
  const box = blockBox(block);
  const hasFormula = block.cells.some((row) => row.some(isFormulaCell));
  const data: CellInput[][] = block.cells.map((row) => row.map((cell) => cellInput(cell, resolve)));
  const address = `${cellRef(box.top, box.left)}:${cellRef(box.bottom, box.right)}`;
  return {
    bytes: CALL_OVERHEAD + jsonBytes(data),
    queue: (env) => {
      const range = sheetOf(env, kind).getRange(address);
      if (hasFormula) range.formulas = data;
      else range.values = data;
    },
  };
}

/** The number format the styles give a cell, if any (the last style that sets one wins). */
function styleFormats(description: SheetDescription): (row: number, column: number) => string | undefined {
  const formatted = (description.styles ?? []).flatMap((style) =>
    style.style.numberFormat === undefined
      ? []
      : [{ box: rangeBox(style.range), format: style.style.numberFormat }],
  );
  return (row, column) => {
    for (let i = formatted.length - 1; i >= 0; i--) {
      const { box, format } = formatted[i];
      if (row >= box.top && row <= box.bottom && column >= box.left && column <= box.right) return format;
    }
    return undefined;
  };
}

/**
 * Number formats a block needs before its values go in, as one array for the block: dates that no
 * style formats get the default date format (so they show as dates), and text Excel would
 * reinterpret ('=…', '-', '001') gets the text format (so it stays text). Null when neither occurs.
 */
function blockFormatOperation(
  kind: string,
  block: CellBlock,
  formatAt: (row: number, column: number) => string | undefined,
): WriteOperation | null {
  const box = blockBox(block);
  let needed = false;
  const formats = block.cells.map((row, r) =>
    row.map((cell, c) => {
      if (isRiskyText(cell)) {
        needed = true;
        return TEXT_FORMAT;
      }
      const format = formatAt(box.top + r, box.left + c);
      if (format !== undefined) return format;
      if (!isDateCell(cell)) return 'General';
      needed = true;
      return DEFAULT_DATE_FORMAT;
    }),
  );
  if (!needed) return null;
  const address = `${cellRef(box.top, box.left)}:${cellRef(box.bottom, box.right)}`;
  return {
    bytes: CALL_OVERHEAD + jsonBytes(formats),
    queue: (env) => {
      sheetOf(env, kind).getRange(address).numberFormat = formats;
    },
  };
}

type NameOwner = 'none' | 'addin' | 'user';

/** As in the file port: a name is the add-in's when every range of it lies on an owned sheet. */
function nameOwnership(
  inventory: Inventory,
  ownedSheetNames: ReadonlySet<string>,
): (name: string) => NameOwner {
  const byName = new Map(inventory.names.map((entry) => [entry.name.toUpperCase(), entry]));
  return (name) => {
    const entry = byName.get(name.toUpperCase());
    if (entry === undefined) return 'none';
    return entry.sheetName !== null && ownedSheetNames.has(entry.sheetName) ? 'addin' : 'user';
  };
}

/** Groups operations into parts whose estimated request stays under `limit` bytes. */
export function partition(operations: readonly WriteOperation[], limit: number): WriteOperation[][] {
  const parts: WriteOperation[][] = [];
  let current: WriteOperation[] = [];
  let bytes = 0;
  for (const operation of operations) {
    if (current.length > 0 && bytes + operation.bytes > limit) {
      parts.push(current);
      current = [];
      bytes = 0;
    }
    current.push(operation);
    bytes += operation.bytes;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
