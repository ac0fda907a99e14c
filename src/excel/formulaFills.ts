/**
 * Formulas filled over rectangles (cells that read the same in R1C1, see ./r1c1.ts) as few writes:
 * each written once in its corner and copied over the rest (Range.copyFrom, ExcelApi 1.9), and
 * fills side by side stacked so that their first column (row) is copied over the rest in one call.
 */
import { formatRange, type RangeBox } from '../workbook/address';
import type { CellInput } from './cellText';
import { WRITE_BYTES, type CellWrite } from './cellWriteForms';
import { ACTION_BYTES, jsonBytes, PATH_BYTES } from './requestSize';

/** copyFrom's arguments besides the addresses: the source's object path id, 'Formulas', two flags. */
const COPY_ARGUMENT_BYTES = 50;

/**
 * An R1C1 formula over a box: written in its top-left cell, copied along the first row, then the
 * first row copied down (each destination an exact multiple of its source).
 */
export function filledWrites(box: RangeBox, formula: string): CellWrite[] {
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
export interface FillStack {
  box: RangeBox;
  keys: string[];
  /** 'rows': one-row fills stacked downwards; 'columns': one-column fills stacked to the right. */
  along: 'rows' | 'columns' | 'single';
}

export function stackedFills(fills: ReadonlyArray<RangeBox & { key: string }>): FillStack[] {
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
export function stackData({ box, keys, along }: FillStack): CellInput[][] {
  const width = box.right - box.left + 1;
  return Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
    along === 'columns' ? [...keys] : new Array<CellInput>(width).fill(keys[along === 'rows' ? r : 0]),
  );
}

/**
 * A stack of several fills: its first column (rows stacked) or first row (columns stacked) as one
 * formulasR1C1 array, then copied over the rest of the box, an exact multiple of it.
 */
export function tiledWrites(box: RangeBox, { keys, along }: FillStack): CellWrite[] {
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
