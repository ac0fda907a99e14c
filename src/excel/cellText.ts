/**
 * Cell values as Office.js range.values / range.formulas take them.
 *
 * Excel treats whatever is written to values or formulas as if the user had typed it: '=x' becomes
 * a formula, '-x' too, '001' the number 1, '2026-03-13' a date, 'TRUE' a boolean. A cell formatted
 * as text ('@') keeps what it is given, so a string Excel could reinterpret goes into a cell whose
 * number format is set to '@' first (in the same request, as part of its block's formats). The
 * quote prefix (a leading apostrophe) is not used: how the API treats it is not documented.
 */
import { toExcelSerial } from '../domain/date';
import { isDateCell, isFormulaCell, type Cell } from '../workbook/description';

/** Excel's text number format. */
export const TEXT_FORMAT = '@';

/** Starts like a formula, a number, a date, a time or a currency, or with a quote prefix. */
const REINTERPRETED = /^(?:[=+\-@']|\s*[\d.,$¥€£(（%])/;
const BOOLEAN_OR_ERROR = /^\s*(?:true|false|#[A-Za-z/0!?]+)\s*$/i;

/** True when Excel would not keep this string as the same text if it were typed in. */
export function needsTextFormat(text: string): boolean {
  return REINTERPRETED.test(text) || BOOLEAN_OR_ERROR.test(text);
}

/** True for a description cell that must be written into a text-formatted cell. */
export function isRiskyText(cell: Cell): boolean {
  return typeof cell === 'string' && cell !== '' && needsTextFormat(cell);
}

export type CellInput = string | number | boolean | null;

/**
 * A description cell as written to values or formulas. Formulas already carry their sheet names
 * (`resolve`); null leaves the (cleared) cell empty.
 */
export function cellInput(cell: Cell, resolve: (text: string) => string): CellInput {
  if (cell === null || typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'string') return cell === '' ? null : cell;
  if (isDateCell(cell)) return toExcelSerial(cell.date);
  if (isFormulaCell(cell)) return resolve(cell.formula);
  throw new TypeError('Unknown cell value');
}
