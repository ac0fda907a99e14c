/**
 * A formula moved as Excel's fill handle moves it: every relative A1 reference shifted by the
 * offset, $-anchored parts kept. The renderer checks a description's fill hint with it before
 * storing a shared formula, so a wrong hint costs file size, never a wrong formula.
 *
 * Returns null for what it does not model — whole columns or rows (A:A, 1:1), structured or R1C1
 * references, a reference moved off the sheet — and the renderer then writes the formula itself.
 */
import { columnLetters, columnNumber } from '../workbook/address';

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/**
 * Sheet tokens ({sheet:kind}), strings, quoted sheet names, numbers, words (functions, names,
 * cell references), then any single character.
 */
const TOKEN =
  /\{sheet:[A-Za-z0-9_.]+\}|"(?:[^"]|"")*"|'(?:[^']|'')*'|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|[A-Za-z_\\$][A-Za-z0-9_.$]*|[^]/g;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN_ONLY = /^\$?[A-Za-z]{1,3}$/;

interface Reference {
  columnAnchored: boolean;
  column: number;
  rowAnchored: boolean;
  row: number;
}

/** A formula read once, to be moved to many cells. */
export interface Slide {
  /** The formula moved by (rows, columns); null when moved off the sheet. */
  moved(rows: number, columns: number): string | null;
  /** Whether `formula` is this one moved by (rows, columns), without building the moved text. */
  movesTo(formula: string, rows: number, columns: number): boolean;
}

export function slideFormula(formula: string, rows: number, columns: number): string | null {
  const slide = compileSlide(formula);
  return slide === null ? null : slide.moved(rows, columns);
}

/**
 * Reads the formula once (its references and the text between them), so that moving it to many
 * cells costs little more than joining strings; null when the formula has what is not modelled.
 */
export function compileSlide(formula: string): Slide | null {
  const parts: Array<string | Reference> = [];
  let text = '';
  let previous = '';
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(formula); match !== null; match = TOKEN.exec(formula)) {
    const token = match[0];
    const next = formula.charAt(TOKEN.lastIndex);
    if (token === '[' || (token === ':' && /^\$?\d/.test(previous))) return null;
    const reference = isWordStart(token) && next !== '(' && next !== '!' ? cellReference(token) : null;
    if (reference !== null) {
      parts.push(text, reference);
      text = '';
    } else {
      // A function, sheet or defined name; a column alone is part of a whole-column range.
      if (isWordStart(token) && COLUMN_ONLY.test(token) && (next === ':' || previous === ':')) return null;
      text += token;
    }
    previous = token;
  }
  parts.push(text);
  const reference = (part: Reference, rows: number, columns: number): string | null => {
    const column = part.columnAnchored ? part.column : part.column + columns;
    const row = part.rowAnchored ? part.row : part.row + rows;
    if (column < 1 || column > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return null;
    return `${part.columnAnchored ? '$' : ''}${columnLetters(column)}${part.rowAnchored ? '$' : ''}${row}`;
  };
  return {
    moved(rows, columns) {
      let out = '';
      for (const part of parts) {
        const piece = typeof part === 'string' ? part : reference(part, rows, columns);
        if (piece === null) return null;
        out += piece;
      }
      return out;
    },
    movesTo(formula, rows, columns) {
      let at = 0;
      for (const part of parts) {
        const piece = typeof part === 'string' ? part : reference(part, rows, columns);
        if (piece === null || !formula.startsWith(piece, at)) return false;
        at += piece.length;
      }
      return at === formula.length;
    },
  };
}

function cellReference(word: string): Reference | null {
  const cell = CELL.exec(word);
  if (cell === null) return null;
  const [, columnAnchor, letters, rowAnchor, digits] = cell;
  // Beyond XFD it is a name, not a cell.
  const column = columnNumber(letters);
  if (column === null) return null;
  return {
    columnAnchored: columnAnchor === '$',
    column,
    rowAnchored: rowAnchor === '$',
    row: Number(digits),
  };
}

function isWordStart(token: string): boolean {
  return /^[A-Za-z_\\$]/.test(token);
}
