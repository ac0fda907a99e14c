/**
 * Range.copyFrom (ExcelApi 1.9) with copyType `Formulas`, the only copy the fake models.
 *
 * - "Excel.RangeCopyType.formulas transfers the formulas in the source cells and preserves the
 *   relative positioning of those formulas' ranges. Any non-formula entries are copied as-is."
 *   (Cut, copy, and paste ranges using the Excel JavaScript API): each formula is read in R1C1 at
 *   its source cell and written back in A1 at its destination (@borgar/fx translates both ways).
 * - "The destination is expanded automatically if it's smaller than the source. Note: Like the copy
 *   functionality in the Excel UI, if the destination range is an exact multiple greater than the
 *   source range in either rows or columns, then the source content is replicated multiple times."
 *   (Range.copyFrom). A destination larger than the source but not a multiple of it is not
 *   described, and the fake refuses it.
 * - skipBlanks and transpose are not modelled (refused when true).
 */
import { translateFormulaToA1, translateFormulaToR1C1 } from '@borgar/fx';
import { cellKey, columnLetters, type Rect } from './address';
import { readCell, type FormulaGuard } from './cells';
import { fakeError } from './errors';
import type { SheetState } from './state';

const LOCATION = 'Range.copyFrom';

/** The rectangle the copy fills: the destination as Excel expands or keeps it. */
export function copyTarget(source: Rect, destination: Rect): Rect {
  const fits = (size: number, of: number) => size <= of || size % of === 0;
  if (!fits(destination.rowCount, source.rowCount) || !fits(destination.columnCount, source.columnCount))
    throw fakeError(
      'InvalidArgument',
      LOCATION,
      'The destination is neither smaller than the source nor an exact multiple of it (not documented).',
    );
  return {
    ...destination,
    rowCount: Math.max(destination.rowCount, source.rowCount),
    columnCount: Math.max(destination.columnCount, source.columnCount),
  };
}

export function copyOptionsProblem(
  copyType: unknown,
  skipBlanks: unknown,
  transpose: unknown,
): string | null {
  if (copyType !== 'Formulas') return `the fake models copyType 'Formulas' only, not '${String(copyType)}'`;
  if (skipBlanks === true || transpose === true) return 'skipBlanks and transpose are not modelled';
  return null;
}

const a1 = (row: number, column: number) => `${columnLetters(column)}${row + 1}`;

/** Copies the source's cells (formulas moved with their relative references) over the target. */
export function copyFormulas(
  from: SheetState,
  source: Rect,
  to: SheetState,
  target: Rect,
  guard: FormulaGuard,
): void {
  const inputs: Array<{ row: number; column: number; value: unknown; formula?: string }> = [];
  for (let r = 0; r < target.rowCount; r++)
    for (let c = 0; c < target.columnCount; c++) {
      const sr = source.row + (r % source.rowCount);
      const sc = source.column + (c % source.columnCount);
      const row = target.row + r;
      const column = target.column + c;
      const cell = readCell(from, sr, sc);
      if (cell.formula === undefined) {
        inputs.push({ row, column, value: cell.value });
        continue;
      }
      const relative = translateFormulaToR1C1(cell.formula, a1(sr, sc));
      const formula = translateFormulaToA1(relative, a1(row, column), { wrapEdges: false });
      guard(formula);
      inputs.push({ row, column, value: '', formula });
    }
  for (const input of inputs) {
    const key = cellKey(input.row, input.column);
    const cell = to.cells.get(key) ?? { value: '', numberFormat: 'General' };
    if (input.formula !== undefined) {
      cell.formula = input.formula;
      cell.value = '';
    } else if (input.value === '') {
      cell.formula = undefined;
      cell.value = '';
    } else {
      // A constant is copied as it is, not typed again.
      cell.formula = undefined;
      cell.value = input.value as typeof cell.value;
    }
    if (cell.value === '' && cell.formula === undefined && cell.numberFormat === 'General')
      to.cells.delete(key);
    else to.cells.set(key, cell);
  }
}
