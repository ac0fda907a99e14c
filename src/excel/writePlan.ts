/**
 * The write of a set of descriptions, computed and checked before anything is sent to Excel: which
 * sheet each goes to, the notices for the user, and the Office.js calls as a list of operations,
 * each with an estimate of the bytes it adds to the request. The port queues the operations and
 * syncs once, or, when the estimate would pass Excel on the web's 5 MB request limit, once per
 * part that stays under it.
 */
import { parseCell, quoteSheetName } from '../workbook/address';
import { assertDescriptions } from '../workbook/checkDescription';
import { resolveSheetTokens, type SheetDescription } from '../workbook/description';
import { planSheets, type PlannedSheet } from '../workbook/sheetPlan';
import { fileStrings } from '../strings/file';
import { excelStrings } from '../strings/excel';
import { markName, ownAreasName } from '../workbook/marks';
import { ownAreasFormula, ownFormulaBoxes, queueOwnAreasWrite, type OwnAreasWrite } from './ownAreas';
import { capabilityNotes, type ExcelCapabilities } from './capabilities';
import { planCellWrites, queueCellWrite } from './cellWrites';
import { ExcelPortError } from './errors';
import { formatWriteBytes, planFormatWrites, queueFormatWrite } from './formatWrites';
import type { Inventory } from './inventory';
import {
  dimensionRuns,
  mergeCalls,
  queueAddSheet,
  queueDimensionRun,
  queueFinish,
  queuePrepare,
  type FinishInfo,
} from './queueSheet';
import { ACTION_BYTES, jsonBytes, PATH_BYTES } from './requestSize';

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

export function planWrite(
  descriptions: readonly SheetDescription[],
  inventory: Inventory,
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
  // Whatever would stop the write part-way is found here, before anything is changed.
  if (inventory.readOnly) throw new ExcelPortError('read-only', excelStrings.workbookReadOnly);
  if (inventory.structureProtected && plan.some((entry) => !entry.exists))
    throw new ExcelPortError('workbook-protected', excelStrings.workbookStructureProtected);
  for (const entry of plan) {
    if (entry.exists && inventory.protectedSheets.has(entry.name))
      throw new ExcelPortError('sheet-protected', excelStrings.sheetProtected(entry.name));
  }
  const tablesOf = (entry: PlannedSheet) =>
    entry.exists ? (inventory.tablesBySheet.get(entry.name) ?? []) : [];

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
  const clearedTables = new Set(plan.flatMap(tablesOf).map((n) => n.toUpperCase()));
  const takenTables = new Set(
    inventory.tableNames.map((name) => name.toUpperCase()).filter((name) => !clearedTables.has(name)),
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
  // New sheets first: formulas written below may refer to any of them (see queueAddSheet).
  for (const entry of plan)
    if (!entry.exists)
      operations.push({
        bytes: PATH_BYTES * 2 + ACTION_BYTES * 2 + jsonBytes(entry.name),
        queue: (env) => queueAddSheet(env, entry.kind, entry.name),
      });
  descriptions.forEach((description, index) => {
    const entry = plan[index];
    const kind = entry.kind;
    const staleMark = inventory.staleMarks.find(
      (mark) => mark.toUpperCase() === markName(kind).toUpperCase(),
    );
    const tablesToRemove = tablesOf(entry);
    const unmarked = entry.exists && inventory.unmarked.has(kind);
    operations.push({
      // Adding a sheet and its mark, or clearing an owned one in place (see queuePrepare).
      bytes:
        (entry.exists
          ? PATH_BYTES * (8 + tablesToRemove.length) + ACTION_BYTES * (12 + tablesToRemove.length)
          : PATH_BYTES + ACTION_BYTES) +
        (!entry.exists || unmarked ? PATH_BYTES * 3 + ACTION_BYTES * 3 : 0) +
        jsonBytes([entry.name, staleMark]),
      queue: (env) =>
        queuePrepare(env, description, {
          name: entry.name,
          exists: entry.exists,
          tablesToRemove,
          staleMark: staleMark ?? null,
          unmarked,
        }),
    });
    for (const run of dimensionRuns(description))
      operations.push({
        bytes: PATH_BYTES * 2 + ACTION_BYTES + jsonBytes(run),
        queue: (env) => queueDimensionRun(sheetOf(env, kind), run),
      });
    // Formats first: a cell's '@' must be in place before its text is written.
    const placed = description.blocks.map((block) => {
      const anchor = parseCell(block.anchor);
      if (!anchor) throw new RangeError(`Bad anchor ${block.anchor}`);
      return { block, top: anchor.row, left: anchor.column };
    });
    for (const write of planFormatWrites(description.styles ?? [], placed, capabilities.rangeAreas))
      operations.push({
        bytes: formatWriteBytes(write),
        queue: (env) => queueFormatWrite(sheetOf(env, kind), write),
      });
    for (const { block, top, left } of placed)
      for (const write of planCellWrites(block, top, left, resolve, capabilities.copyFrom))
        operations.push({ bytes: write.bytes, queue: (env) => queueCellWrite(sheetOf(env, kind), write) });

    const names = (description.names ?? []).filter((name) => {
      if (nameOwner(name.name) !== 'user') return true;
      notices.push(fileStrings.definedNameTaken(name.name));
      return false;
    });
    const tables = (description.tables ?? []).map((table) => ({ ...table, name: claimTable(table.name) }));
    const existingNames = new Set(inventory.names.map((name) => name.name.toUpperCase()));
    const finish = {
      kind,
      resolve,
      tables,
      names: names.map((name) => ({ ...name, replace: existingNames.has(name.name.toUpperCase()) })),
    };
    operations.push({
      bytes: finishBytes(description, finish),
      queue: (env) => queueFinish(env, description, finish),
    });
    // Where the sheet now holds the add-in's own formulas, for the next read to skip their text.
    const ownAreas: OwnAreasWrite = {
      name: ownAreasName(kind),
      replace: existingNames.has(ownAreasName(kind).toUpperCase()),
      formula: ownAreasFormula(entry.name, ownFormulaBoxes(description)),
    };
    if (ownAreas.replace || ownAreas.formula !== null)
      operations.push({
        bytes: PATH_BYTES * 2 + ACTION_BYTES * 3 + jsonBytes(ownAreas),
        queue: (env) => queueOwnAreasWrite(env.context, ownAreas),
      });
  });
  return { sheets: plan, notices, operations };
}

export function sheetOf(env: WriteEnv, kind: string): Excel.Worksheet {
  const sheet = env.sheets.get(kind);
  if (!sheet) throw new RangeError(`Sheet of kind ${kind} was not prepared`);
  return sheet;
}

/**
 * Estimated bytes of a sheet's finishing calls: each merge, validation, conditional format, table
 * and name reaches its own range and objects; freeze panes and print setup a few more.
 */
function finishBytes(description: SheetDescription, info: FinishInfo): number {
  const merges = mergeCalls(description.merges ?? []);
  const validations = description.validations ?? [];
  const formats = description.conditionalFormats ?? [];
  return (
    merges.length * (PATH_BYTES + ACTION_BYTES) +
    validations.length * (PATH_BYTES * 2 + ACTION_BYTES * 3) +
    new Set(formats.map((format) => format.range)).size * PATH_BYTES +
    // add, its rule part, rule, format, fill and font objects; rule, colours and priority set
    // (measured on the fake: about 1,030 B a rule with its formula).
    formats.length * (PATH_BYTES * 3 + ACTION_BYTES * 3) +
    info.tables.length * (PATH_BYTES * 2 + ACTION_BYTES * 4) +
    info.names.length * (PATH_BYTES * 3 + ACTION_BYTES * 2) +
    // Freeze panes, page layout, headers and footers: about 16 settings. With these constants the
    // estimate is 6 % above what the fake of the Excel API measures for the app's sheets.
    PATH_BYTES * 3 +
    ACTION_BYTES * (16 + (description.print?.rowBreaks?.length ?? 0)) +
    // What goes on the wire is the values, not the descriptions' keys.
    jsonBytes([
      merges.map((merge) => merge.range),
      validations.map(({ range: _range, ...validation }) => Object.values(validation)),
      formats.map((format) => [format.rule, Object.values(format.format)]),
      info.tables,
      info.names,
      description.print,
    ])
  );
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
