/**
 * Borders as the lines between cells: each description line style's Office.js style and weight,
 * and the lines that share a look gathered into rectangles, each written once as a range's edges.
 */
import type { RangeBox } from '../workbook/address';
import { equalRectangles, keyGrid } from './rectangles';

export const LINE = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  dashed: { style: 'Dash', weight: 'Thin' },
  dotted: { style: 'Dot', weight: 'Thin' },
  double: { style: 'Double', weight: 'Thick' },
  hair: { style: 'Continuous', weight: 'Hairline' },
} as const;

/** A line between cells, and which of the two cells set it last ('before': the cell above / left). */
export interface Line {
  key: string;
  side: 'before' | 'after';
}

/**
 * Rectangles of lines that share a look. A single line (one boundary) keeps the side of the cell
 * that set it, so the edge is written on a cell that was styled, not on its unstyled neighbour
 * (which would widen the sheet's used range).
 */
export function linesOf(
  lines: ReadonlyArray<Line | undefined>,
  rows: number,
  columns: number,
  direction: 'across' | 'down',
): Array<RangeBox & { key: string; side: Line['side'] }> {
  const grid = keyGrid<string>(rows, columns);
  lines.forEach((entry, i) => {
    if (entry) grid.keys[i] = entry.key;
  });
  const sideAt = (r: number, c: number) => lines[r * columns + c]?.side ?? 'after';
  const result: Array<RangeBox & { key: string; side: Line['side'] }> = [];
  for (const rect of equalRectangles(grid)) {
    // Several boundaries are written as a range's edges, inside the rectangle.
    const single = direction === 'across' ? rect.top === rect.bottom : rect.left === rect.right;
    if (!single) {
      result.push({ ...rect, side: 'after' });
      continue;
    }
    // One boundary is split where the side that set it changes.
    const first = direction === 'across' ? rect.left : rect.top;
    const last = direction === 'across' ? rect.right : rect.bottom;
    const side = (i: number) => (direction === 'across' ? sideAt(rect.top, i) : sideAt(i, rect.left));
    let start = first;
    for (let i = first + 1; i <= last + 1; i++) {
      if (i <= last && side(i) === side(start)) continue;
      result.push(
        direction === 'across'
          ? { ...rect, left: start, right: i - 1, side: side(start) }
          : { ...rect, top: start, bottom: i - 1, side: side(start) },
      );
      start = i;
    }
  }
  return result;
}
