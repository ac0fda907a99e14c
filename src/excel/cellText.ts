/**
 * Cell values as Office.js range.values / range.formulas take them.
 *
 * Excel treats whatever is written to values or formulas as if the user had typed it: '=x' becomes
 * a formula, '001' the number 1, '2026-03-13' a date, 'TRUE' a boolean. A leading apostrophe is
 * Excel's quote prefix: the cell then holds the rest as text, and reading it back gives the text
 * without the apostrophe. So any string Excel could reinterpret is written with one.
 */
import { toExcelSerial } from '../domain/date';
import { isDateCell, isFormulaCell, type Cell } from '../workbook/description';

/** Starts like a formula, a number, a date or time, or already with a quote prefix. */
const REINTERPRETED = /^(?:[=+\-@']|\s*[\d.,$¥€£(（])/;
const BOOLEAN_OR_ERROR = /^\s*(?:true|false|#[A-Za-z/0!?]+)\s*$/i;

export function needsQuotePrefix(text: string): boolean {
  return REINTERPRETED.test(text) || BOOLEAN_OR_ERROR.test(text);
}

/** A string as written to values/formulas so that it stays exactly this text. */
export function textInput(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}

export type CellInput = string | number | boolean | null;

/**
 * A description cell as written to values or formulas. Formulas already carry their sheet names
 * (`resolve`); null leaves the (cleared) cell empty.
 */
export function cellInput(cell: Cell, resolve: (text: string) => string): CellInput {
  if (cell === null || typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'string') return cell === '' ? null : textInput(cell);
  if (isDateCell(cell)) return toExcelSerial(cell.date);
  if (isFormulaCell(cell)) return resolve(cell.formula);
  throw new TypeError('Unknown cell value');
}
