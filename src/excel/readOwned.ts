/**
 * Reads the owned sheets' cells in as few syncs as keep each response under Excel on the web's
 * limit (./readPlan.ts): one sync up to about 2,000 members, as before; for a larger workbook a
 * first sync reading what fits whole and the used-range address of the rest, then bands of rows.
 *
 * The estimate is only an estimate: a sync Excel refuses as too large (ResponsePayloadSizeLimitExceeded)
 * is made again in smaller parts. A read changes nothing, so repeating one is safe.
 */
import type { RangeBox } from '../workbook/address';
import type { RawGrid } from '../workbook/grid';
import { officeErrorCode } from './errors';
import { boxOf, gridOfArrays, loadCells, loadMerges, type ArraysLoad, type CellArrays } from './readGrid';
import { halves, planBands, planFirstRead, type Band, type SheetExtent, type SheetToRead } from './readPlan';

export interface OwnedSheet extends SheetToRead {
  name: string;
}

function tooLarge(error: unknown): boolean {
  return officeErrorCode(error) === 'ResponsePayloadSizeLimitExceeded';
}

/** Each sheet's grid by kind, whatever the order its bands came in. */
export async function readOwnedSheets(
  context: Excel.RequestContext,
  sheets: readonly OwnedSheet[],
  /** ExcelApi 1.9: formulas only where getSpecialCells finds them (./readGrid.ts). */
  findFormulas = false,
  /** ExcelApi 1.13: each sheet's merged areas, read in the first sync (./readGrid.ts). */
  readMerges = false,
): Promise<Map<string, RawGrid>> {
  if (sheets.length === 0) return new Map();
  const byKind = new Map(sheets.map((sheet) => [sheet.kind, sheet]));
  const worksheet = (kind: string) => context.workbook.worksheets.getItem(byKind.get(kind)!.name);
  const read = new Map<string, Array<CellArrays | null>>(sheets.map((sheet) => [sheet.kind, []]));
  const merges = new Map<string, RangeBox[]>();

  const first = async (whole: readonly string[], probed: readonly string[]): Promise<SheetExtent[]> => {
    const loads = whole.map((kind) => ({
      kind,
      load: loadCells(worksheet(kind), byKind.get(kind)!.ownAreas, null, findFormulas),
    }));
    const addresses = probed.map((kind) => ({
      kind,
      used: worksheet(kind).getUsedRangeOrNullObject().load('address'),
    }));
    const merged = readMerges
      ? sheets.map((sheet) => ({ kind: sheet.kind, load: loadMerges(worksheet(sheet.kind)) }))
      : [];
    await context.sync();
    for (const { kind, load } of loads) read.get(kind)!.push(load.arrays());
    for (const { kind, load } of merged) merges.set(kind, load());
    return addresses.flatMap(({ kind, used }) =>
      used.isNullObject ? [] : [{ ...byKind.get(kind)!, box: boxOf(String(used.address)) }],
    );
  };
  const plan = planFirstRead(sheets, { findFormulas });
  let extents: SheetExtent[];
  try {
    extents = await first(plan.whole, plan.probed);
  } catch (error) {
    // The guess was wrong (a sheet far larger than its recorded areas, or a very long roster).
    if (!tooLarge(error) || plan.whole.length === 0) throw error;
    extents = await first(
      [],
      sheets.map((sheet) => sheet.kind),
    );
  }

  const readBands = async (bands: readonly Band[]): Promise<void> => {
    const loads: Array<{ kind: string; load: ArraysLoad }> = bands.map((band) => ({
      kind: band.kind,
      load: loadCells(worksheet(band.kind), byKind.get(band.kind)!.ownAreas, band.box, findFormulas),
    }));
    try {
      await context.sync();
    } catch (error) {
      const split = tooLarge(error) ? bands.map(halves) : [];
      if (split.length === 0 || split.some((parts) => parts === null)) throw error;
      await readBands(split.map((parts) => parts![0]));
      await readBands(split.map((parts) => parts![1]));
      return;
    }
    for (const { kind, load } of loads) read.get(kind)!.push(load.arrays());
  };
  for (const bands of planBands(extents, { findFormulas })) await readBands(bands);

  return new Map(
    sheets.map((sheet) => {
      const grid = gridOfArrays(sheet.name, read.get(sheet.kind)!);
      const areas = merges.get(sheet.kind) ?? [];
      return [sheet.kind, areas.length > 0 && grid.values.length > 0 ? { ...grid, merges: areas } : grid];
    }),
  );
}
