/**
 * The app's WorkbookPort on the live workbook through Office.js.
 *
 * One port serves one user action inside one Excel.run (see runExcelAction), so what it learns in
 * one sync serves the next call: the first call loads the inventory (sheets with their protection
 * and marks, names, tables, read-only and structure protection); reading the owned sheets' cells
 * adds one sync (none when there are no owned sheets yet); writing adds one more. So every action
 * takes at most 3 syncs up to about 2,000 members. Excel on the web limits requests and responses
 * to 5 MB; the port keeps each under 4,000,000 B. A write whose estimated request would pass that
 * is sent in even parts (a first generate reads nothing: it may take two parts in 3 syncs; at 2,000
 * members it is one request of 3.31 MB, and a regeneration's write one of 3.19 MB).
 * The read leaves out the text of the add-in's own formulas and the summaries' cells
 * (./ownAreas.ts), and with ExcelApi 1.9 every formula's text but where getSpecialCells finds one
 * (./readGrid.ts): 2.49 MB at 2,000 members instead of 8.5 MB (every cell's number format
 * included, so that a write can leave out those already right: ./knownFormats.ts). A larger
 * workbook is read in parts (./readOwned.ts): at 5,000 members 6.2 MB in two syncs, and the
 * regeneration's write (7.9 MB) in three, 6 syncs in all.
 */
import type { PortWriteReport, WorkbookPort } from '../app/port';
import type { SheetDescription } from '../workbook/description';
import { emptyGrid, type RawGrid } from '../workbook/grid';
import { isMaterialKind } from '../workbook/sheets/materials/kinds';
import { SUMMARY_MONTH_KIND } from '../workbook/sheets/summaryMonth';
import { SUMMARY_YEAR_KIND } from '../workbook/sheets/summaryYear';
import { excelStrings } from '../strings/excel';
import {
  detectCapabilities,
  officeIsSetSupported,
  type ExcelCapabilities,
  type IsSetSupported,
} from './capabilities';
import { interruptedWrite, mapExcelError } from './errors';
import { applyJournal } from './formatJournal';
import { inventoryOf, loadInventory, type Inventory } from './inventory';
import { gridOf, loadUsedRange } from './readGrid';
import { readOwnedSheets } from './readOwned';
import { partition, type WriteEnv, type WriteOperation } from './writeOperation';
import { planWrite, writablePlan } from './writePlan';

/**
 * Kinds whose cells no action reads: the monthly and annual summaries and the per-activity
 * printouts (签到表, 活动记录) are written whole from the records every time and carry no user
 * columns (src/workbook/state.ts reads settings, roster, holidays, schedule and attendance).
 * readOwnedGrids gives them a grid with their name and no cells; the file port reads them, and the
 * scenario test (test/excel/scenario.test.ts) checks that what the parsers make of both ports'
 * grids is the same.
 */
const UNREAD_KINDS: ReadonlySet<string> = new Set([SUMMARY_MONTH_KIND, SUMMARY_YEAR_KIND]);
const isUnread = (kind: string) => UNREAD_KINDS.has(kind) || isMaterialKind(kind);

/**
 * Excel on the web refuses requests over 5 MB; a write is split in parts when its estimate
 * (./requestSize.ts) passes 4,000,000 B.
 */
export const DEFAULT_PAYLOAD_LIMIT = 4_000_000;

export interface ExcelPortOptions {
  /** Office.context.requirements.isSetSupported by default. */
  isSetSupported?: IsSetSupported;
  /** Estimated request bytes above which a write is split; DEFAULT_PAYLOAD_LIMIT by default. */
  payloadLimitBytes?: number;
}

/** The port, plus the notes about this Excel's missing features for the pane to show. */
export interface ExcelWorkbookPort extends WorkbookPort {
  readonly capabilities: ExcelCapabilities;
  /** From the pending record (./pendingWrite.ts), by the sheets' present names. */
  unfinishedSheets(): Promise<string[]>;
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

  /** The owned sheets' cells: one sync up to about 2,000 members, none when no sheet is owned yet. */
  const ensureGrids = async (): Promise<Map<string, RawGrid>> => {
    if (grids) return grids;
    const known = await ensureInventory();
    // Excel on the web refuses a response over 5 MB (see ./ownAreas.ts); reading every owned sheet
    // whole came to 8.5 MB at 2,000 members. The add-in's own formulas' text is left out where the
    // sheet's areas are recorded, the reports' cells (1.6 MB there) are not read at all, and a
    // larger workbook is read in parts (./readOwned.ts).
    const owned = [...known.ownedByKind].map(([kind, name]) => ({
      kind,
      name,
      ownAreas: known.ownAreas.get(kind),
    }));
    const read = await readOwnedSheets(
      context,
      owned.filter((sheet) => !isUnread(sheet.kind)),
      capabilities.rangeAreas,
      capabilities.mergedAreas,
    );
    // A write stopped between a sheet's number formats and its values left records of what its
    // numbers were (./formatJournal.ts).
    grids = new Map(
      owned.map(({ kind, name }) => [
        kind,
        applyJournal(read.get(kind) ?? emptyGrid(name), known.journals.get(kind)?.entries ?? []),
      ]),
    );
    return grids;
  };

  const commit = async (operations: readonly WriteOperation[]): Promise<void> => {
    const env: WriteEnv = { context, capabilities, sheets: new Map() };
    const parts = partition(operations, limit);
    let sent = false;
    // Parts go one after another (each sync must finish before the next part is queued).
    const send = async (index: number): Promise<void> => {
      // Formulas are computed once, after the whole part is in, not after every call.
      context.application.suspendApiCalculationUntilNextSync();
      for (const operation of parts[index]) operation.queue(env);
      sent = true;
      await context.sync();
      if (index + 1 < parts.length) await send(index + 1);
    };
    if (parts.length === 0) return;
    try {
      await send(0);
    } catch (error) {
      // Excel keeps whatever ran before the failing operation: say so, and how to finish. Before
      // the first sync nothing was sent.
      throw sent ? interruptedWrite(error) : error;
    }
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
    unfinishedSheets: guarded(async () => {
      const known = await ensureInventory();
      return (known.pending ?? []).flatMap((kind) => {
        const name = known.ownedByKind.get(kind);
        return name === undefined ? [] : [name];
      });
    }),
    writeDescriptions: guarded(
      async (descriptions: readonly SheetDescription[]): Promise<PortWriteReport> => {
        const known = await ensureInventory();
        writablePlan(descriptions, known);
        // What the sheets hold now (read already by every action that writes: no sync more).
        const current = await ensureGrids();
        // Everything is planned and checked here, before the first call that changes the workbook.
        const plan = planWrite(descriptions, known, capabilities, current);
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
