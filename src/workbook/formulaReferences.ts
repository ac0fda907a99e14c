/**
 * An A1 formula read into the text between its cell references and the references themselves, so
 * that a port can write it again with the references changed: the Office.js port in R1C1 notation
 * (src/excel/r1c1.ts), the file port moved as Excel's fill handle moves it (src/file/slideFormula.ts).
 *
 * Returns null for what is not modelled — whole rows or columns (A:A, 1:1) and structured
 * references (Table1[金额]) — and each port then writes that formula as it is.
 */
import { columnNumber } from './address';

/**
 * Sheet tokens ({sheet:kind}), strings, quoted sheet names, numbers, words (functions, names,
 * sheet names, cell references), then any single character.
 */
const TOKEN =
  /\{sheet:[A-Za-z0-9_.]+\}|"(?:[^"]|"")*"|'(?:[^']|'')*'|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|[A-Za-z_\\$][A-Za-z0-9_.$]*|[^]/g;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN_ONLY = /^\$?[A-Za-z]{1,3}$/;
const WORD_START = /^[A-Za-z_\\$]/;

/** One cell reference as written, 1-based; a $-anchored part stays put when the formula moves. */
export interface CellReference {
  /** The reference as the formula spells it ('$B7'). */
  text: string;
  columnAnchored: boolean;
  column: number;
  rowAnchored: boolean;
  /** As written, up to 7 digits: it may lie beyond row 1048576, which each port decides about. */
  row: number;
}

/**
 * The formula as text and references in order, starting and ending with text (possibly empty):
 * '=B7*2' reads ['=', B7, '*2']. Null when the formula has what is not modelled.
 */
export type FormulaParts = Array<string | CellReference>;

export function readFormulaReferences(formula: string): FormulaParts | null {
  const parts: FormulaParts = [];
  let text = '';
  let previous = '';
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(formula); match !== null; match = TOKEN.exec(formula)) {
    const token = match[0];
    const next = formula.charAt(TOKEN.lastIndex);
    // Structured references and whole rows (1:3) are not modelled.
    if (token === '[' || (token === ':' && /^\$?\d/.test(previous))) return null;
    const word = WORD_START.test(token);
    // A word followed by '(' is a function, by '!' a sheet name.
    const reference = word && next !== '(' && next !== '!' ? cellReference(token) : null;
    if (reference !== null) {
      parts.push(text, reference);
      text = '';
    } else {
      // A defined name stays text; a column alone is part of a whole-column range (A:C).
      if (word && COLUMN_ONLY.test(token) && (next === ':' || previous === ':')) return null;
      text += token;
    }
    previous = token;
  }
  parts.push(text);
  return parts;
}

function cellReference(word: string): CellReference | null {
  const cell = CELL.exec(word);
  if (cell === null) return null;
  const [, columnAnchor, letters, rowAnchor, digits] = cell;
  // Beyond XFD it is a name, not a cell.
  const column = columnNumber(letters);
  if (column === null) return null;
  return {
    text: word,
    columnAnchored: columnAnchor === '$',
    column,
    rowAnchored: rowAnchor === '$',
    row: Number(digits),
  };
}
