/**
 * The formula cells no fill covers, gathered into few rectangles to write: runs along each row
 * (short gaps inside), stacked down the rows, joined where the nulls that adds cost less than a write.
 */
import { boxRows, type RangeBox } from '../workbook/address';
import { WRITE_BYTES } from './cellWriteForms';

/** Empty cells inside a run of a row cost less than starting another write (null, is 5 bytes). */
const GAP = 24;

interface Run {
  left: number;
  right: number;
}

/**
 * Runs of cells to write along each row (short gaps inside), rows with the same run stacked into
 * rectangles, then rectangles stacked on each other joined where the nulls that adds cost less
 * than the write it saves.
 */
export function rectanglesOf(
  rows: number,
  columns: number,
  pending: (r: number, c: number) => boolean,
): RangeBox[] {
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
