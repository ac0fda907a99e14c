/**
 * The forms a cell write takes — an array for `values`, `formulas` or `formulasR1C1` over a box, or
 * a copy of formulas from a box it is an exact multiple of — with its estimated request bytes, and
 * an array too large for one write cut into bands of rows.
 */
import { boxRows, type RangeBox } from '../workbook/address';
import type { CellInput } from './cellText';
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

/** Bytes one more write costs, to weigh against the nulls that joining two runs adds. */
export const WRITE_BYTES = PATH_BYTES + ACTION_BYTES;
/** An array larger than this is sent in bands of rows (it can then go in different requests). */
const MAX_WRITE_BYTES = 1_000_000;

/** One write for the box, its array in bands of rows when it is large. */
export function arrayWrites(
  box: RangeBox,
  property: ArrayWrite['property'],
  data: CellInput[][],
): CellWrite[] {
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
