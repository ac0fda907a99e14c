/**
 * A1 formulas in R1C1 notation, as Range.formulasR1C1 (ExcelApi 1.2) takes them.
 *
 * A formula filled down a column or across a row reads differently in every cell in A1 (=B7*2,
 * =B8*2, …) but identically in R1C1 (=RC[-1]*2): so a rectangle of cells whose R1C1 texts agree
 * is written with one value for the whole range instead of an array holding the formula once per
 * cell. Microsoft documents setting one value on a multi-cell range ("To apply the same update to
 * all cells in a range … populate all cells in a range with the same formula … set the
 * corresponding property on the range object to the desired (single) value", Excel JavaScript API
 * advanced concepts, "Update all cells in a range").
 *
 * Returns null for what is not modelled — whole rows or columns (A:A, 1:1), structured references,
 * or text that is already R1C1 — and the writer then sends that cell's A1 formula as it is.
 */
import { columnNumber, MAX_COLUMNS, MAX_ROWS } from '../workbook/address';

/**
 * Strings, quoted sheet names, numbers, words (functions, names, sheet names, cell references),
 * then any single character.
 */
const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|[A-Za-z_\\$][A-Za-z0-9_.$]*|[^]/g;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN_ONLY = /^\$?[A-Za-z]{1,3}$/;

/** The formula of the cell at (row, column), 1-based, in R1C1 notation; null when not modelled. */
export function toR1C1(formula: string, row: number, column: number): string | null {
  if (!formula.startsWith('=')) return null;
  let out = '';
  let previous = '';
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(formula); match !== null; match = TOKEN.exec(formula)) {
    const token = match[0];
    const next = formula.charAt(TOKEN.lastIndex);
    // Structured references and whole rows (1:3) are not modelled.
    if (token === '[' || (token === ':' && /^\$?\d/.test(previous))) return null;
    const word = /^[A-Za-z_\\$]/.test(token);
    const reference = word && next !== '(' && next !== '!' ? cellReference(token, row, column) : null;
    if (reference !== null) out += reference;
    else {
      // A column alone is part of a whole-column range (A:C).
      if (word && COLUMN_ONLY.test(token) && (next === ':' || previous === ':')) return null;
      out += token;
    }
    previous = token;
  }
  return out;
}

function cellReference(word: string, row: number, column: number): string | null {
  const cell = CELL.exec(word);
  if (cell === null) return null;
  const [, columnAnchor, letters, rowAnchor, digits] = cell;
  const refColumn = columnNumber(letters);
  const refRow = Number(digits);
  // Beyond XFD or row 1048576 it is a name, not a cell.
  if (refColumn === null || refColumn > MAX_COLUMNS || refRow < 1 || refRow > MAX_ROWS) return null;
  return part('R', rowAnchor === '$', refRow, row) + part('C', columnAnchor === '$', refColumn, column);
}

/** 'R3' for an anchored row 3, 'R[-2]' two rows up, 'R' for this row (Excel's own spelling). */
function part(letter: 'R' | 'C', anchored: boolean, target: number, from: number): string {
  if (anchored) return `${letter}${target}`;
  const offset = target - from;
  return offset === 0 ? letter : `${letter}[${offset}]`;
}
