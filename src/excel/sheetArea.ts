/**
 * Where a description puts things on its sheet: its blocks at their anchors, and the written area —
 * from A1 to the last row and column any block or style reaches. The values write covers that area
 * whole (an empty cell there is emptied), its formats are reset there before the styles go on, and
 * whatever an earlier version of the sheet left below or right of it is cleared last.
 */
import { MAX_COLUMNS, MAX_ROWS, parseCell, rangeBox, type RangeBox } from '../workbook/address';
import type { SheetDescription } from '../workbook/description';
import type { PlacedCells } from './cellWrites';

export function placeBlocks(description: SheetDescription): PlacedCells[] {
  return description.blocks.map((block) => {
    const anchor = parseCell(block.anchor);
    if (!anchor) throw new RangeError(`Bad anchor ${block.anchor}`);
    return { block, top: anchor.row, left: anchor.column };
  });
}

/** A1 to the furthest cell of any block or style (A1:A1 for a description with neither). */
export function writtenArea(description: SheetDescription, placed: readonly PlacedCells[]): RangeBox {
  let bottom = 1;
  let right = 1;
  for (const { block, top, left } of placed) {
    bottom = Math.max(bottom, top + block.cells.length - 1);
    right = Math.max(right, left + (block.cells[0]?.length ?? 1) - 1);
  }
  for (const style of description.styles ?? []) {
    const box = rangeBox(style.range);
    bottom = Math.max(bottom, box.bottom);
    right = Math.max(right, box.right);
  }
  if (bottom >= MAX_ROWS || right >= MAX_COLUMNS)
    throw new RangeError(`${description.kind}: a style or block reaches the sheet's last row or column`);
  return { top: 1, left: 1, bottom, right };
}

/** The rest of the sheet: every row below the area, and every column right of it. */
export function outsideArea(area: RangeBox): RangeBox[] {
  return [
    { top: area.bottom + 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS },
    { top: 1, left: area.right + 1, bottom: area.bottom, right: MAX_COLUMNS },
  ];
}
