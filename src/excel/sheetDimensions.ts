/**
 * A sheet's column widths, row heights and hidden columns and rows, as few runs of adjacent
 * columns (rows) as Office.js calls: one per stretch that shares a size, the commonest size of a
 * stretch painted over it first.
 */
import { columnLetters } from '../workbook/address';
import type { SheetDescription } from '../workbook/description';
import { columnWidthPoints } from './formats';
import { rangeAt } from './rangeCache';

/** Widths, heights or hiding of a run of adjacent columns or rows that share it. */
export interface DimensionRun {
  /** 'C:E' or '7:9'. */
  address: string;
  property: 'columnWidth' | 'rowHeight' | 'columnHidden' | 'rowHidden';
  /** Points for a width or height. */
  value: number | true;
}

/**
 * The description's column widths, row heights and hidden rows and columns, one run for each
 * stretch of adjacent columns (rows) that share the value: a summary of 50 branches has thousands
 * of rows but only a handful of heights. Widths and heights are painted over (overpainted): the
 * commonest one of a stretch of adjacent runs goes over the whole stretch first, the others on top
 * (出勤's activity columns J:AL at one width, then N, whose activity has a note, wider: two calls
 * instead of three).
 */
export function dimensionRuns(description: SheetDescription): DimensionRun[] {
  const columns = [...(description.columns ?? [])].sort((a, b) => a.column - b.column);
  const rows = [...(description.rows ?? [])].sort((a, b) => a.row - b.row);
  const column = (n: number) => columnLetters(n);
  return [
    ...overpainted(
      runs(
        columns.map((spec) => [
          spec.column,
          spec.width === undefined ? undefined : columnWidthPoints(spec.width),
        ]),
      ),
    ).map(([from, to, value]) => ({
      address: `${column(from)}:${column(to)}`,
      property: 'columnWidth' as const,
      value,
    })),
    ...runs(columns.map((spec) => [spec.column, spec.hidden ? true : undefined])).map(
      ([from, to, value]) => ({
        address: `${column(from)}:${column(to)}`,
        property: 'columnHidden' as const,
        value,
      }),
    ),
    ...overpainted(runs(rows.map((spec) => [spec.row, spec.height]))).map(([from, to, value]) => ({
      address: `${from}:${to}`,
      property: 'rowHeight' as const,
      value,
    })),
    ...runs(rows.map((spec) => [spec.row, spec.hidden ? true : undefined])).map(([from, to, value]) => ({
      address: `${from}:${to}`,
      property: 'rowHidden' as const,
      value,
    })),
  ];
}

/** [from, to, value] for each stretch of consecutive indexes with one defined value. */
function runs<V extends number | true>(
  entries: ReadonlyArray<readonly [number, V | undefined]>,
): Array<[number, number, V]> {
  const result: Array<[number, number, V]> = [];
  for (const [index, value] of entries) {
    if (value === undefined) continue;
    const last = result[result.length - 1];
    if (last && last[1] === index - 1 && last[2] === value) last[1] = index;
    else result.push([index, index, value]);
  }
  return result;
}

/**
 * The same sizes in fewer runs, later ones over earlier ones: in each stretch of adjacent runs, the
 * value most runs have is set over the whole stretch first, then the runs of other values. Only
 * over indexes that get a size anyway: a column or row between stretches keeps the standard size.
 */
function overpainted(sized: ReadonlyArray<[number, number, number]>): Array<[number, number, number]> {
  const result: Array<[number, number, number]> = [];
  for (let start = 0; start < sized.length;) {
    let end = start;
    while (end + 1 < sized.length && sized[end + 1][0] === sized[end][1] + 1) end++;
    const stretch = sized.slice(start, end + 1);
    const counts = new Map<number, number>();
    for (const [, , value] of stretch) counts.set(value, (counts.get(value) ?? 0) + 1);
    let common = stretch[0][2];
    for (const [value, count] of counts) if (count > (counts.get(common) ?? 0)) common = value;
    if ((counts.get(common) ?? 0) < 2) result.push(...stretch);
    else
      result.push(
        [stretch[0][0], stretch[stretch.length - 1][1], common],
        ...stretch.filter(([, , value]) => value !== common),
      );
    start = end + 1;
  }
  return result;
}

export function queueDimensionRun(sheet: Excel.Worksheet, run: DimensionRun): void {
  const range = rangeAt(sheet, run.address);
  if (run.property === 'columnWidth') range.format.columnWidth = Number(run.value);
  else if (run.property === 'rowHeight') range.format.rowHeight = Number(run.value);
  else if (run.property === 'columnHidden') range.columnHidden = true;
  else range.rowHidden = true;
}
