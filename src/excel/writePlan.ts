/**
 * The write of a set of descriptions, computed and checked before anything is sent to Excel: which
 * sheet each goes to, the notices for the user, and the Office.js calls as a list of operations,
 * each with an estimate of the bytes it adds to the request. The port queues the operations and
 * syncs once, or, when the estimate would pass Excel on the web's 5 MB request limit, once per
 * part that stays under it.
 *
 * Excel runs a request's operations in order and stops at the first that fails, keeping what ran
 * before it; a write split in parts may stop between them. So the operations are ordered for a stop
 * after any of them to leave every entry in the workbook, readable, beside its own ids, and for the
 * same action run again to finish the job (docs/architecture.md, "Failure-safe writes"):
 *
 *  1. the pending record (./pendingWrite.ts) listing the kinds being written;
 *  2. every new sheet, with its mark (./newSheet.ts);
 *  3. the records of the add-in's own formula areas of the sheets being written are dropped (a
 *     sheet half rewritten must be read whole: ./ownAreas.ts), and every sheet's workbook names
 *     are defined (a formula is entered against the names that exist, and the attendance sheets'
 *     refer to 设置's, which is written last);
 *  4. sheet by sheet, 设置 last (its hidden column of generated branch names is what carries a
 *     branch's rename to the other sheets): prepare, sizes, formats with every cell's number format,
 *     then one values write of the whole written area, then what an older version left outside it is
 *     cleared, then formulas, the finishing touches, and the sheet's formula areas recorded anew;
 *  5. the pending record removed.
 */
import { quoteSheetName } from '../workbook/address';
import { assertDescriptions } from '../workbook/checkDescription';
import { isFormulaCell, resolveSheetTokens, type SheetDescription } from '../workbook/description';
import type { RawGrid } from '../workbook/grid';
import { planSheets, type PlannedSheet } from '../workbook/sheetPlan';
import { fileStrings } from '../strings/file';
import { excelStrings } from '../strings/excel';
import { markName, ownAreasName } from '../workbook/marks';
import { ownAreasFormula, ownFormulaBoxes, queueOwnAreasWrite, type OwnAreasWrite } from './ownAreas';
import { capabilityNotes, type ExcelCapabilities } from './capabilities';
import { planFormulaWrites, planValuesWrite, queueCellWrite, type PlacedCells } from './cellWrites';
import { ExcelPortError } from './errors';
import { formatResetBytes, queueFormatReset } from './formatReset';
import { formatWriteBytes, queueFormatWrite } from './formatCalls';
import { planFormatWrites } from './formatWrites';
import { journalEntries, journalOperations } from './formatJournal';
import type { Inventory } from './inventory';
import { knownNumberFormats } from './knownFormats';
import { newSheetBytes, queueNewSheet } from './newSheet';
import {
  pendingAtEnd,
  pendingAtStart,
  pendingFormula,
  queuePendingEnd,
  queuePendingStart,
} from './pendingWrite';
import {
  mergeCalls,
  queueFinish,
  queuePrepare,
  queueSheetNames,
  type FinishInfo,
  type SheetNames,
} from './queueSheet';
import { rangeAt } from './rangeCache';
import { dimensionRuns, queueDimensionRun } from './sheetDimensions';
import { ACTION_BYTES, jsonBytes, PATH_BYTES } from './requestSize';
import { sheetOf, type WriteOperation } from './writeOperation';
import { outsideArea, placeBlocks, writtenArea } from './sheetArea';
import { formatRange, rangeBox, type RangeBox } from '../workbook/address';

export interface WritePlan {
  sheets: PlannedSheet[];
  notices: string[];
  operations: WriteOperation[];
}

/** 设置 goes last: see above. The rest keep the order they were described in. */
function writeOrder(descriptions: readonly SheetDescription[]): number[] {
  const order = descriptions.map((_, index) => index);
  return [
    ...order.filter((index) => descriptions[index].kind !== 'settings'),
    ...order.filter((index) => descriptions[index].kind === 'settings'),
  ];
}

export function planWrite(
  descriptions: readonly SheetDescription[],
  inventory: Inventory,
  capabilities: ExcelCapabilities,
  /** The owned sheets as read in this action, by kind (for ./formatJournal.ts). */
  current: ReadonlyMap<string, RawGrid> = new Map(),
): WritePlan {
  const plan = writablePlan(descriptions, inventory);
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
  const existingNames = new Set(inventory.names.map((name) => name.name.toUpperCase()));
  const staleMarkOf = (kind: string) =>
    inventory.staleMarks.find((mark) => mark.toUpperCase() === markName(kind).toUpperCase()) ?? null;

  const operations: WriteOperation[] = [];
  const lastWrites: WriteOperation[] = [];
  const kinds = plan.map((entry) => entry.kind);
  const pendingKinds = pendingAtStart(inventory.pending, kinds);
  operations.push({
    bytes: PATH_BYTES * 2 + ACTION_BYTES * 2 + jsonBytes(pendingFormula(pendingKinds)),
    queue: (env) => queuePendingStart(env.context, inventory.pending !== null, pendingKinds),
  });
  for (const entry of plan) {
    if (entry.exists) continue;
    const sheet = { kind: entry.kind, name: entry.name, staleMark: staleMarkOf(entry.kind) };
    operations.push({ bytes: newSheetBytes(sheet), queue: (env) => queueNewSheet(env, sheet) });
  }
  // From here on, a stopped write's sheets are read whole: their records would be stale.
  const ownRecords = kinds.map(ownAreasName).filter((name) => existingNames.has(name.toUpperCase()));
  if (ownRecords.length > 0)
    operations.push({
      bytes: (PATH_BYTES + ACTION_BYTES) * ownRecords.length + jsonBytes(ownRecords),
      queue: (env) => {
        for (const name of ownRecords) env.context.workbook.names.getItem(name).delete();
      },
    });

  // The workbook names of every sheet, before any formula: the formulas and rules of one sheet
  // refer to the names of another (the attendance sheets to 设置's PD_Threshold, written last), and
  // a formula is entered against the names that exist. They point at fixed cells of their sheet,
  // which exists by now; what the cells hold is written with the sheet.
  descriptions.forEach((description, index) => {
    const names: SheetNames = {
      kind: plan[index].kind,
      names: (description.names ?? [])
        .filter((name) => {
          if (nameOwner(name.name) !== 'user') return true;
          notices.push(fileStrings.definedNameTaken(name.name));
          return false;
        })
        .map((name) => ({ ...name, replace: existingNames.has(name.name.toUpperCase()) })),
    };
    if (names.names.length > 0)
      operations.push({
        bytes: names.names.length * (PATH_BYTES * 3 + ACTION_BYTES * 2) + jsonBytes(names.names),
        queue: (env) => queueSheetNames(env, plan[index].name, names),
      });
  });

  for (const index of writeOrder(descriptions)) {
    const description = descriptions[index];
    const entry = plan[index];
    const kind = entry.kind;
    const tablesToConvert = tablesOf(entry);
    const unmarked = entry.exists && inventory.unmarked.has(kind);
    const staleMark = unmarked ? staleMarkOf(kind) : null;
    operations.push({
      // An owned sheet's structure taken away (see queuePrepare), or a new sheet's tab set up.
      bytes:
        // The sheet, its whole range, that range's conditional formats, validation and format, and
        // the custom properties; twelve calls and sets at most besides the tables' and page breaks'.
        (entry.exists
          ? PATH_BYTES * (6 + tablesToConvert.length) +
            ACTION_BYTES * (12 + tablesToConvert.length) +
            (description.print?.rowBreaks !== undefined ? PATH_BYTES + ACTION_BYTES : 0)
          : PATH_BYTES * 2 + ACTION_BYTES * 3) +
        (unmarked ? PATH_BYTES * 3 + ACTION_BYTES * 3 : 0) +
        (inventory.placeholders.has(kind) ? PATH_BYTES * 2 + ACTION_BYTES : 0) +
        jsonBytes([entry.name, staleMark]),
      queue: (env) =>
        queuePrepare(env, description, {
          name: entry.name,
          exists: entry.exists,
          tablesToConvert,
          unmarked,
          staleMark,
          placeholderMark: entry.exists && inventory.placeholders.has(kind),
        }),
    });
    for (const run of dimensionRuns(description))
      operations.push({
        // Widths and heights are set on the range's format, hiding on the range itself.
        bytes:
          PATH_BYTES * (run.property === 'columnHidden' || run.property === 'rowHidden' ? 1 : 2) +
          ACTION_BYTES +
          jsonBytes([run.address, run.value]),
        queue: (env) => queueDimensionRun(sheetOf(env, kind), run),
      });

    const placed = placeBlocks(description);
    const area = writtenArea(description, placed);
    const formatWrites = planFormatWrites(
      description.styles ?? [],
      placed,
      capabilities.rangeAreas,
      entry.exists ? area : undefined,
      entry.exists
        ? knownNumberFormats(current.get(kind), (inventory.journals.get(kind)?.entries ?? []).length > 0)
        : undefined,
    );
    const last = description.writeLast === undefined ? undefined : rangeBox(description.writeLast);
    if (last !== undefined) lastWrites.push(lastWrite(kind, placed, last));
    const values = planValuesWrite(placed, area, last);
    // Numbers whose kind (date or not) the new formats would change before their values go: kept
    // on record meanwhile (./formatJournal.ts).
    const journal = journalOperations(
      kind,
      entry.exists ? journalEntries(current.get(kind), formatWrites, values) : [],
      inventory.journals.get(kind)?.names ?? [],
    );
    operations.push(...journal.before);
    // Formats first: a cell's '@' must be in place before its text is written; and every cell of
    // an owned sheet gets its number format before its value changes (./formatReset.ts).
    if (entry.exists)
      operations.push({
        bytes: formatResetBytes(area),
        queue: (env) => queueFormatReset(sheetOf(env, kind), area),
      });
    for (const write of formatWrites)
      operations.push({
        bytes: formatWriteBytes(write),
        queue: (env) => queueFormatWrite(sheetOf(env, kind), write),
      });
    // The sheet's content, entries and ids together, in one operation (./cellWrites.ts).
    operations.push({ bytes: values.bytes, queue: (env) => queueCellWrite(sheetOf(env, kind), values) });
    operations.push(...journal.after);
    if (entry.exists) {
      const outside = outsideArea(area);
      operations.push({
        bytes:
          (PATH_BYTES + ACTION_BYTES) * outside.length + jsonBytes(outside.map((box) => formatRange(box))),
        queue: (env) => {
          for (const box of outside) rangeAt(sheetOf(env, kind), formatRange(box)).clear('All');
        },
      });
    }
    for (const cells of placed)
      for (const write of planFormulaWrites(cells, resolve, capabilities.copyFrom))
        operations.push({ bytes: write.bytes, queue: (env) => queueCellWrite(sheetOf(env, kind), write) });

    const tables = (description.tables ?? []).map((table) => ({ ...table, name: claimTable(table.name) }));
    const finish = {
      kind,
      resolve,
      tables,
    };
    operations.push({
      bytes: finishBytes(description, finish),
      queue: (env) => queueFinish(env, description, finish),
    });
    // Where the sheet now holds the add-in's own formulas, for the next read to skip their text.
    const ownAreas: OwnAreasWrite = {
      name: ownAreasName(kind),
      replace: false,
      formula: ownAreasFormula(entry.name, ownFormulaBoxes(description)),
    };
    if (ownAreas.formula !== null)
      operations.push({
        // names.add(name, formula) and the added item's path (the name again), then visible.
        bytes:
          PATH_BYTES +
          ACTION_BYTES * 2 +
          jsonBytes([ownAreas.name, ownAreas.formula]) +
          jsonBytes(ownAreas.name),
        queue: (env) => queueOwnAreasWrite(env.context, ownAreas),
      });
  }
  const remaining = pendingAtEnd(inventory.pending, kinds);
  operations.push({
    bytes: PATH_BYTES * 2 + ACTION_BYTES + jsonBytes(pendingFormula(remaining)),
    queue: (env) => queuePendingEnd(env.context, remaining),
  });
  // After the record is gone: written before it, a stop in between would find the job done here and
  // undone elsewhere (a rename carried, yet still listed as pending), and its rerun would not carry
  // the rename again. Stopped before it, the rerun does everything again from the same record.
  operations.push(...lastWrites);
  return { sheets: plan, notices, operations };
}

/**
 * Which sheet each description goes to, once whatever would stop the write part-way is ruled out —
 * before anything is changed (and before the port reads the sheets' cells for the plan).
 */
export function writablePlan(
  descriptions: readonly SheetDescription[],
  inventory: Inventory,
): PlannedSheet[] {
  assertDescriptions(descriptions);
  const plan = planSheets(
    descriptions,
    inventory.sheetNames.map((name) => ({
      name,
      ownedKind: [...inventory.ownedByKind].find(([, sheet]) => sheet === name)?.[0] ?? null,
    })),
  );
  if (inventory.readOnly) throw new ExcelPortError('read-only', excelStrings.workbookReadOnly);
  if (inventory.structureProtected && plan.some((entry) => !entry.exists))
    throw new ExcelPortError('workbook-protected', excelStrings.workbookStructureProtected);
  for (const entry of plan) {
    if (entry.exists && inventory.protectedSheets.has(entry.name))
      throw new ExcelPortError('sheet-protected', excelStrings.sheetProtected(entry.name));
  }
  return plan;
}

/** The cells of SheetDescription.writeLast, as one values write (they may not hold formulas). */
function lastWrite(kind: string, placed: readonly PlacedCells[], box: RangeBox): WriteOperation {
  for (const { block, top, left } of placed)
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const inside =
          top + r >= box.top && top + r <= box.bottom && left + c >= box.left && left + c <= box.right;
        if (inside && isFormulaCell(cell)) throw new RangeError(`${kind}: a formula in writeLast`);
      }),
    );
  const write = planValuesWrite(placed, box);
  return { bytes: write.bytes, queue: (env) => queueCellWrite(sheetOf(env, kind), write) };
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
    // Freeze panes, page layout, headers and footers: about 16 settings. With these constants the
    // estimate is 6 % above what the fake of the Excel API measures for the app's sheets.
    PATH_BYTES * 3 +
    ACTION_BYTES * (16 + (description.print?.rowBreaks?.length ?? 0)) +
    // What goes on the wire is the values, not the descriptions' keys.
    jsonBytes([
      merges.map((merge) => merge.range),
      validations.map(({ range: _range, ...validation }) => Object.values(validation)),
      formats.map((format) => [Object.values(format.rule), Object.values(format.format)]),
      info.tables,
      valuesOf(description.print),
    ])
  );
}

/** An object's values, nested ones too, without its keys. */
function valuesOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  return (Array.isArray(value) ? value : Object.values(value)).map(valuesOf);
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
