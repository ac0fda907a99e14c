/**
 * A formula moved as Excel's fill handle moves it: every relative A1 reference shifted by the
 * offset, $-anchored parts kept. The renderer checks a description's fill hint with it before
 * storing a shared formula, so a wrong hint costs file size, never a wrong formula.
 *
 * Returns null for what it does not model — whole columns or rows (A:A, 1:1), structured or R1C1
 * references (src/workbook/formulaReferences.ts reads the formula), a reference moved off the
 * sheet — and the renderer then writes the formula itself.
 */
import { columnLetters, MAX_COLUMNS, MAX_ROWS } from '../workbook/address';
import { readFormulaReferences, type CellReference } from '../workbook/formulaReferences';

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
  const parts = readFormulaReferences(formula);
  if (parts === null) return null;
  const reference = (part: CellReference, rows: number, columns: number): string | null => {
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
