/**
 * The cells of a sheet as few, small Office.js writes, each in a documented form, in two steps
 * (see docs/architecture.md, "Failure-safe writes"):
 *
 * - everything that is not a formula as one `values` array over the sheet's whole written area
 *   (planValuesWrite): text, numbers, booleans, dates, and '' for every empty cell (and for the
 *   formula cells), so that one operation replaces the sheet's old content, its entries included,
 *   with the new — a batch stopped before it leaves the old sheet, one stopped after it the new,
 *   never a mix of rows;
 * - then the formulas (planFormulaWrites), which only derive from the entries and so may come in
 *   later operations. Those that read the same in R1C1 over a rectangle (a column of member
 *   totals, a row of activity figures, see r1c1.ts): where Range.copyFrom is available (ExcelApi
 *   1.9), written once in the rectangle's top-left cell and copied over the rest, as fill does in
 *   Excel. Its reference says so: `Formulas` "transfers the formulas in the source cells and
 *   preserves the relative positioning of those formulas' ranges" (Cut, copy, and paste ranges),
 *   and "if the destination range is an exact multiple greater than the source range in either
 *   rows or columns, then the source content is replicated multiple times" (Range.copyFrom). A
 *   column of 40 totals is then three small calls instead of the formula 40 times; without 1.9 the
 *   rectangle gets its formula in every cell through formulasR1C1. The other formula cells go
 *   through `formulas`, with null for the cells between them;
 * - formula cells through `formulas`, text, numbers and booleans through `values`, never one
 *   property for both: a user's text is never sent where Excel is asked for a formula;
 * - each as a 2-D array of exactly the range's rows × columns (Range.values, formulas and
 *   formulasR1C1 are typed `any[][]`; the one-value-for-the-whole-range form was removed from
 *   Microsoft's documentation in July 2020, OfficeDev/office-js-docs-pr#2018), runs of cells along
 *   each row joined down the rows, with null for the cells a write leaves alone ("Use `null` in 2-D
 *   arrays to leave specific cells unchanged while updating others": Blank and null values in Excel
 *   add-ins).
 *
 * Through `values` too, Excel "interprets [a string that starts with +, - or =] as a formula" and
 * stores an ISO date as a date (Range.values); text it would reinterpret is kept by the '@' number
 * format the format writes give its cell first (formatWrites.ts).
 *
 * The writes' forms and sizes are in ./cellWriteForms.ts, the filled rectangles' corner writes and
 * copies in ./formulaFills.ts, and the rectangles of the other formula cells in ./cellRuns.ts.
 */
import { formatRange, parseCell, type RangeBox } from '../workbook/address';
import { isFormulaCell, type CellBlock } from '../workbook/description';
import { rectanglesOf } from './cellRuns';
import { cellInput, type CellInput } from './cellText';
import { arrayWrites, WRITE_BYTES, type ArrayWrite, type CellWrite } from './cellWriteForms';
import { filledWrites, stackData, stackedFills, tiledWrites } from './formulaFills';
import { toR1C1 } from './r1c1';
import { rangeAt } from './rangeCache';
import { equalRectangles, keyGrid } from './rectangles';
import { jsonBytes } from './requestSize';

/** Where a block of the description lies on the sheet (1-based). */
export interface PlacedCells {
  block: CellBlock;
  top: number;
  left: number;
}

/**
 * One `values` write over `area` (the sheet's written area, see writtenArea.ts): each cell's
 * text, number, boolean or date serial, and '' where the description has nothing or a formula —
 * '' empties a cell, where null would leave what it held. One operation, never split in bands.
 */
export function planValuesWrite(
  blocks: readonly PlacedCells[],
  area: RangeBox,
  /** Cells left as they are (null), for a write of their own later (SheetDescription.writeLast). */
  keep?: RangeBox,
): ArrayWrite {
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  const data: CellInput[][] = Array.from({ length: rows }, () => new Array<CellInput>(columns).fill(''));
  for (const { block, top, left } of blocks)
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const value = isFormulaCell(cell) ? null : cellInput(cell, (text) => text);
        const at = { row: top + r - area.top, column: left + c - area.left };
        if (at.row >= 0 && at.row < rows && at.column >= 0 && at.column < columns)
          data[at.row][at.column] = value ?? '';
      }),
    );
  if (keep !== undefined)
    for (let r = Math.max(keep.top, area.top); r <= Math.min(keep.bottom, area.bottom); r++)
      for (let c = Math.max(keep.left, area.left); c <= Math.min(keep.right, area.right); c++)
        data[r - area.top][c - area.left] = null;
  return { box: area, property: 'values', data, bytes: WRITE_BYTES + jsonBytes(data) };
}

/** The block's formulas, after its values are in (see above). */
export function planFormulaWrites(
  { block, top, left }: PlacedCells,
  resolve: (text: string) => string,
  copyFrom: boolean,
): CellWrite[] {
  const rows = block.cells.length;
  const columns = block.cells[0]?.length ?? 0;
  const inputs: CellInput[] = new Array<CellInput>(rows * columns).fill(null);
  const r1c1 = keyGrid<string>(rows, columns);
  const notModelled = new Uint8Array(rows * columns);
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!isFormulaCell(cell)) return;
      const at = r * columns + c;
      inputs[at] = cellInput(cell, resolve);
      // A cell filled from another reads as that one in R1C1 (FormulaCell.filledFrom): no need to
      // read its text again. The source lies above or left, so it came first.
      const from = cell.filledFrom === undefined ? null : parseCell(cell.filledFrom);
      const source = from === null ? -1 : (from.row - top) * columns + from.column - left;
      const inBlock = from !== null && from.row >= top && from.column >= left && from.column < left + columns;
      if (inBlock && source < at) {
        if (r1c1.keys[source] !== undefined || notModelled[source]) {
          r1c1.keys[at] = r1c1.keys[source];
          notModelled[at] = notModelled[source];
          return;
        }
      }
      r1c1.keys[at] = toR1C1(String(inputs[at]), top + r, left + c) ?? undefined;
      if (r1c1.keys[at] === undefined) notModelled[at] = 1;
    }),
  );

  const writes: CellWrite[] = [];
  const written = new Uint8Array(rows * columns);
  const fills = equalRectangles(r1c1).filter((rect) => rect.bottom > rect.top || rect.right > rect.left);
  for (const stack of stackedFills(fills)) {
    const box = at(stack.box, top, left);
    if (copyFrom)
      writes.push(...(stack.keys.length === 1 ? filledWrites(box, stack.keys[0]) : tiledWrites(box, stack)));
    else writes.push(...arrayWrites(box, 'formulasR1C1', stackData(stack)));
    const rect = stack.box;
    for (let r = rect.top; r <= rect.bottom; r++)
      written.fill(1, r * columns + rect.left, r * columns + rect.right + 1);
  }

  const pending = (r: number, c: number) => !written[r * columns + c] && inputs[r * columns + c] !== null;
  for (const rect of rectanglesOf(rows, columns, pending)) {
    const data: CellInput[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: CellInput[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const i = r * columns + c;
        row.push(written[i] ? null : inputs[i]);
      }
      data.push(row);
    }
    writes.push(...arrayWrites(at(rect, top, left), 'formulas', data));
  }
  return writes;
}

function at(rect: RangeBox, top: number, left: number): RangeBox {
  return { top: top + rect.top, left: left + rect.left, bottom: top + rect.bottom, right: left + rect.right };
}

/**
 * Queues one cell write on its sheet. A copy's source is the range object its corner or first row
 * was just written through (./rangeCache.ts), not the same cells reached again.
 */
export function queueCellWrite(sheet: Excel.Worksheet, write: CellWrite): void {
  const range = rangeAt(sheet, formatRange(write.box));
  if (write.property === 'copyFormulas') range.copyFrom(rangeAt(sheet, formatRange(write.from)), 'Formulas');
  else range[write.property] = write.data;
}
