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
 */
import { boxRows, formatRange, parseCell, type RangeBox } from '../workbook/address';
import { isFormulaCell, type CellBlock } from '../workbook/description';
import { cellInput, type CellInput } from './cellText';
import { toR1C1 } from './r1c1';
import { rangeAt } from './rangeCache';
import { equalRectangles, keyGrid } from './rectangles';
import { ACTION_BYTES, jsonBytes, PATH_BYTES } from './requestSize';

export type CellWrite =
  | {
      box: RangeBox;
      property: 'values' | 'formulas' | 'formulasR1C1';
      /** One entry per cell of the box, rows × columns (null leaves a cell unchanged). */
      data: CellInput[][];
      /** Estimated request bytes. */
      bytes: number;
    }
  | {
      box: RangeBox;
      /** Range.copyFrom(from, 'Formulas'): the box is an exact multiple of `from`. */
      property: 'copyFormulas';
      from: RangeBox;
      bytes: number;
    };

export type ArrayWrite = Extract<CellWrite, { data: unknown }>;

/** Empty cells inside a run of a row cost less than starting another write (null, is 5 bytes). */
const GAP = 24;
/** Bytes one more write costs, to weigh against the nulls that joining two runs adds. */
const WRITE_BYTES = PATH_BYTES + ACTION_BYTES;
/** copyFrom's arguments besides the addresses: the source's object path id, 'Formulas', two flags. */
const COPY_ARGUMENT_BYTES = 50;
/** An array larger than this is sent in bands of rows (it can then go in different requests). */
const MAX_WRITE_BYTES = 1_000_000;

interface Run {
  left: number;
  right: number;
}

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
 * An R1C1 formula over a box: written in its top-left cell, copied along the first row, then the
 * first row copied down (each destination an exact multiple of its source).
 */
function filledWrites(box: RangeBox, formula: string): CellWrite[] {
  const corner = { top: box.top, left: box.left, bottom: box.top, right: box.left };
  const firstRow = { ...corner, right: box.right };
  const copy = copyWrite;
  const writes: CellWrite[] = [
    {
      box: corner,
      property: 'formulasR1C1',
      data: [[formula]],
      // Its range's address is sent too (quoted), and the array inside the call's arguments.
      bytes: WRITE_BYTES + formatRange(corner).length + 4 + jsonBytes([[formula]]),
    },
  ];
  if (box.right > box.left) writes.push(copy({ ...firstRow, left: box.left + 1 }, corner));
  if (box.bottom > box.top) writes.push(copy({ ...box, top: box.top + 1 }, firstRow));
  return writes;
}

/**
 * Filled rectangles side by side that make one larger rectangle, each along the same direction:
 * the rows of a sheet's figures (J47:AG47, J48:AG48 …, each its own formula across the activity
 * columns) or the columns of its member totals (AH7:AH46, AI7:AI46 …). Such a stack reads in R1C1
 * as its first column repeated across (its first row repeated down), so it is written as that
 * column (row) of formulas, then copied over the rest in one call: two calls for the twelve rows
 * of figures instead of twenty-four. `keys` are the R1C1 formulas of the stacked rows (columns),
 * in order; a rectangle that stacks with nothing is a stack of one.
 */
interface FillStack {
  box: RangeBox;
  keys: string[];
  /** 'rows': one-row fills stacked downwards; 'columns': one-column fills stacked to the right. */
  along: 'rows' | 'columns' | 'single';
}

function stackedFills(fills: ReadonlyArray<RangeBox & { key: string }>): FillStack[] {
  const stacks: FillStack[] = [];
  const rowFills = fills.filter((rect) => rect.top === rect.bottom);
  const columnFills = fills.filter((rect) => rect.left === rect.right);
  for (const rect of fills)
    if (rect.top !== rect.bottom && rect.left !== rect.right)
      stacks.push({ box: rect, keys: [rect.key], along: 'single' });
  rowFills.sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (const rect of rowFills) {
    const last = stacks[stacks.length - 1];
    if (
      last?.along === 'rows' &&
      last.box.left === rect.left &&
      last.box.right === rect.right &&
      last.box.bottom === rect.top - 1
    ) {
      last.box = { ...last.box, bottom: rect.bottom };
      last.keys.push(rect.key);
    } else stacks.push({ box: rect, keys: [rect.key], along: 'rows' });
  }
  columnFills.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
  for (const rect of columnFills) {
    const last = stacks[stacks.length - 1];
    if (
      last?.along === 'columns' &&
      last.box.top === rect.top &&
      last.box.bottom === rect.bottom &&
      last.box.right === rect.left - 1
    ) {
      last.box = { ...last.box, right: rect.right };
      last.keys.push(rect.key);
    } else stacks.push({ box: rect, keys: [rect.key], along: 'columns' });
  }
  // In the order the sheet reads, as the rectangles came.
  return stacks.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
}

/** Every cell of a stack's box, in R1C1, for formulasR1C1 (without copyFrom). */
function stackData({ box, keys, along }: FillStack): CellInput[][] {
  const width = box.right - box.left + 1;
  return Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
    along === 'columns' ? [...keys] : new Array<CellInput>(width).fill(keys[along === 'rows' ? r : 0]),
  );
}

/**
 * A stack of several fills: its first column (rows stacked) or first row (columns stacked) as one
 * formulasR1C1 array, then copied over the rest of the box, an exact multiple of it.
 */
function tiledWrites(box: RangeBox, { keys, along }: FillStack): CellWrite[] {
  const tile = along === 'rows' ? { ...box, right: box.left } : { ...box, bottom: box.top };
  const data = along === 'rows' ? keys.map((key) => [key]) : [[...keys]];
  const rest = along === 'rows' ? { ...box, left: box.left + 1 } : { ...box, top: box.top + 1 };
  return [
    {
      box: tile,
      property: 'formulasR1C1',
      data,
      bytes: WRITE_BYTES + formatRange(tile).length + 4 + jsonBytes(data),
    },
    copyWrite(rest, tile),
  ];
}

/**
 * Range.copyFrom(from, 'Formulas') over `to`, an exact multiple of `from`. Its source is counted
 * as a range of its own, though it is usually the range written just before (queueCellWrite).
 */
function copyWrite(to: RangeBox, from: RangeBox): CellWrite {
  return {
    box: to,
    property: 'copyFormulas',
    from,
    bytes: PATH_BYTES * 2 + ACTION_BYTES + 2 * formatRange(to).length + COPY_ARGUMENT_BYTES,
  };
}

/** One write for the box, its array in bands of rows when it is large. */
function arrayWrites(box: RangeBox, property: ArrayWrite['property'], data: CellInput[][]): CellWrite[] {
  const bytes = jsonBytes(data);
  if (bytes <= MAX_WRITE_BYTES) return [{ box, property, data, bytes: WRITE_BYTES + bytes }];
  const rowsPerBand = Math.max(1, Math.floor((boxRows(box) * MAX_WRITE_BYTES) / bytes));
  const bands: CellWrite[] = [];
  for (let start = 0; start < data.length; start += rowsPerBand) {
    const band = data.slice(start, start + rowsPerBand);
    bands.push({
      box: { ...box, top: box.top + start, bottom: box.top + start + band.length - 1 },
      property,
      data: band,
      bytes: WRITE_BYTES + jsonBytes(band),
    });
  }
  return bands;
}

/**
 * Runs of cells to write along each row (short gaps inside), rows with the same run stacked into
 * rectangles, then rectangles stacked on each other joined where the nulls that adds cost less
 * than the write it saves.
 */
function rectanglesOf(rows: number, columns: number, pending: (r: number, c: number) => boolean): RangeBox[] {
  const stacked: RangeBox[] = [];
  let open: RangeBox[] = [];
  for (let r = 0; r < rows; r++) {
    const next: RangeBox[] = [];
    for (const run of runsOf(columns, (c) => pending(r, c))) {
      const same = open.find((rect) => rect.left === run.left && rect.right === run.right);
      if (same) next.push({ ...same, bottom: r });
      else next.push({ top: r, bottom: r, left: run.left, right: run.right });
    }
    for (const rect of open)
      if (!next.some((n) => n.top === rect.top && n.left === rect.left)) stacked.push(rect);
    open = next;
  }
  stacked.push(...open);
  stacked.sort((a, b) => a.top - b.top || a.left - b.left);

  // Each cell belongs to one rectangle; a join must not reach into another.
  const owner = new Int32Array(rows * columns).fill(-1);
  const claim = (rect: RangeBox, id: number) => {
    for (let r = rect.top; r <= rect.bottom; r++)
      owner.fill(id, r * columns + rect.left, r * columns + rect.right + 1);
  };
  const joined: Array<RangeBox | null> = [];
  for (const rect of stacked) {
    const id = joined.length;
    let target = -1;
    for (let i = joined.length - 1; i >= 0 && target < 0; i--) {
      const above = joined[i];
      if (above === null || above.bottom !== rect.top - 1) continue;
      if (above.right < rect.left || rect.right < above.left) continue;
      const left = Math.min(above.left, rect.left);
      const right = Math.max(above.right, rect.right);
      const width = right - left + 1;
      const added =
        (width - (above.right - above.left + 1)) * boxRows(above) +
        (width - (rect.right - rect.left + 1)) * boxRows(rect);
      if (added * 5 > WRITE_BYTES) continue;
      const union = { top: above.top, bottom: rect.bottom, left, right };
      let free = true;
      for (let r = union.top; r <= union.bottom && free; r++)
        for (let c = union.left; c <= union.right && free; c++) {
          const o = owner[r * columns + c];
          free = o === -1 || o === i;
        }
      if (free) target = i;
    }
    if (target < 0) {
      joined.push(rect);
      claim(rect, id);
      continue;
    }
    const above = joined[target] as RangeBox;
    const union = {
      top: above.top,
      bottom: rect.bottom,
      left: Math.min(above.left, rect.left),
      right: Math.max(above.right, rect.right),
    };
    joined[target] = union;
    joined.push(null);
    claim(union, target);
  }
  return joined.filter((rect): rect is RangeBox => rect !== null);
}

function runsOf(columns: number, pending: (c: number) => boolean): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (let c = 0; c < columns; c++) {
    if (!pending(c)) continue;
    if (current !== null && c - current.right - 1 <= GAP) current.right = c;
    else {
      current = { left: c, right: c };
      runs.push(current);
    }
  }
  return runs;
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
