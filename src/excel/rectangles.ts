/**
 * Rectangles of equal keys in a grid, so that a property every cell of a rectangle shares is sent
 * once for the rectangle instead of once per cell.
 */
import type { RangeBox } from '../workbook/address';

/** A grid of keys, `undefined` where a cell has nothing; rows × columns, row-major. */
export interface KeyGrid<K> {
  rows: number;
  columns: number;
  keys: Array<K | undefined>;
}

export function keyGrid<K>(rows: number, columns: number): KeyGrid<K> {
  return { rows, columns, keys: new Array<K | undefined>(rows * columns) };
}

/**
 * Greedy cover of the grid's keyed cells by rectangles of one key each (keys compared with ===),
 * 0-based within the grid: from each cell not yet covered, as far right as the key holds, then as
 * far down as whole rows of that width hold it. A rectangle may run over cells an earlier one
 * covered (with the same key): setting a value twice on a cell changes nothing, and the overlap
 * lets a whole row be one rectangle after the columns above it were taken down into it.
 */
export function equalRectangles<K>(grid: KeyGrid<K>): Array<RangeBox & { key: K }> {
  const { rows, columns, keys } = grid;
  const covered = new Uint8Array(rows * columns);
  const result: Array<RangeBox & { key: K }> = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const at = r * columns + c;
      const key = keys[at];
      if (key === undefined || covered[at]) continue;
      let right = c;
      while (right + 1 < columns && keys[at + right + 1 - c] === key) right++;
      let bottom = r;
      for (let next = r + 1; next < rows; next++) {
        let same = true;
        for (let x = c; x <= right && same; x++) same = keys[next * columns + x] === key;
        if (!same) break;
        bottom = next;
      }
      for (let y = r; y <= bottom; y++) covered.fill(1, y * columns + c, y * columns + right + 1);
      result.push({ top: r, left: c, bottom, right, key });
    }
  }
  return result;
}
