/**
 * The app's WorkbookPort on the live workbook through Office.js.
 *
 * One port serves one user action inside one Excel.run (see runExcelAction), so what it learns in
 * one sync serves the next call: the first call loads the inventory (sheets with their protection
 * and marks, names, tables, read-only and structure protection); reading the owned sheets' cells
 * adds one sync (none when there are no owned sheets yet); writing adds one more. So every action
 * takes at most 3 syncs whatever the size, unless a write's estimated request would pass Excel on
 * the web's 5 MB limit, when it is sent in parts (a first generate still fits: it reads nothing).
 */
import type { PortWriteReport, WorkbookPort } from '../app/port';
import type { SheetDescription } from '../workbook/description';
import type { RawGrid } from '../workbook/grid';
import { excelStrings } from '../strings/excel';
import {
  detectCapabilities,
  officeIsSetSupported,
  type ExcelCapabilities,
  type IsSetSupported,
} from './capabilities';
import { mapExcelError } from './errors';
import { inventoryOf, loadInventory, type Inventory } from './inventory';
import { gridOf, loadUsedRange } from './readGrid';
import { partition, planWrite, type WriteEnv, type WriteOperation } from './writePlan';

/** Excel on the web refuses requests over 5 MB; stay well under it (the estimate is not exact). */
export const DEFAULT_PAYLOAD_LIMIT = 4 * 1024 * 1024;

export interface ExcelPortOptions {
  /** Office.context.requirements.isSetSupported by default. */
  isSetSupported?: IsSetSupported;
  /** Estimated request bytes above which a write is split; DEFAULT_PAYLOAD_LIMIT by default. */
  payloadLimitBytes?: number;
}

/** The port, plus the notes about this Excel's missing features for the pane to show. */
export interface ExcelWorkbookPort extends WorkbookPort {
  readonly capabilities: ExcelCapabilities;
}

export function createExcelPort(
  context: Excel.RequestContext,
  options: ExcelPortOptions = {},
): ExcelWorkbookPort {
  const capabilities = detectCapabilities(options.isSetSupported ?? officeIsSetSupported());
  const limit = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT;
  let inventory: Inventory | null = null;
  let grids: Map<string, RawGrid> | null = null;

  const ensureInventory = async (): Promise<Inventory> => {
    if (inventory) return inventory;
    const loaded = loadInventory(context, capabilities);
    await context.sync();
    inventory = inventoryOf(loaded, capabilities);
    return inventory;
  };

  /** The owned sheets' cells: one sync, none when no sheet is owned yet. */
  const ensureGrids = async (): Promise<Map<string, RawGrid>> => {
    if (grids) return grids;
    const known = await ensureInventory();
    const loads = [...known.ownedByKind].map(([kind, name]) => ({
      kind,
      name,
      used: loadUsedRange(context.workbook.worksheets.getItem(name)),
    }));
    if (loads.length > 0) await context.sync();
    grids = new Map(loads.map(({ kind, name, used }) => [kind, gridOf(name, used)]));
    return grids;
  };

  const commit = async (operations: readonly WriteOperation[]): Promise<void> => {
    const env: WriteEnv = { context, capabilities, sheets: new Map() };
    const parts = partition(operations, limit);
    // Parts go one after another (each sync must finish before the next part is queued).
    const send = async (index: number): Promise<void> => {
      // Formulas are computed once, after the whole part is in, not after every call.
      context.application.suspendApiCalculationUntilNextSync();
      for (const operation of parts[index]) operation.queue(env);
      await context.sync();
      if (index + 1 < parts.length) await send(index + 1);
    };
    if (parts.length > 0) await send(0);
  };

  const guarded =
    <A extends unknown[], R>(action: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await action(...args);
      } catch (error) {
        throw mapExcelError(error);
      }
    };

  return {
    capabilities,
    readOwnedGrids: guarded(async () => new Map(await ensureGrids())),
    readSheetGrid: guarded(async (name: string) => {
      const known = await ensureInventory();
      if (!known.sheetNames.includes(name)) return null;
      const used = loadUsedRange(context.workbook.worksheets.getItem(name));
      await context.sync();
      return gridOf(name, used);
    }),
    sheetNames: guarded(async () => [...(await ensureInventory()).sheetNames]),
    writeDescriptions: guarded(
      async (descriptions: readonly SheetDescription[]): Promise<PortWriteReport> => {
        const known = await ensureInventory();
        // Everything is planned and checked here, before the first call that changes the workbook.
        const plan = planWrite(descriptions, known, capabilities);
        await commit(plan.operations);
        // The workbook has changed: a later call in this action reads it afresh.
        inventory = null;
        grids = null;
        const notices = [...plan.notices];
        if (!capabilities.customProperties && plan.sheets.some((sheet) => !sheet.exists))
          notices.push(excelStrings.noCustomProperties);
        return {
          sheets: plan.sheets.map((sheet) => ({
            kind: sheet.kind,
            name: sheet.name,
            created: !sheet.exists,
          })),
          notices,
        };
      },
    ),
  };
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Runs one user action on the live workbook: one Excel.run, one port, Excel's errors in Chinese. */
export async function runExcelAction<T>(
  action: (port: ExcelWorkbookPort) => Promise<T>,
  options: ExcelPortOptions & { run?: ExcelRun } = {},
): Promise<T> {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  try {
    return await run((context) => action(createExcelPort(context, options)));
  } catch (error) {
    throw mapExcelError(error);
  }
}
