/**
 * A1 formulas in R1C1 notation, as Range.formulasR1C1 (ExcelApi 1.2) takes them.
 *
 * A formula filled down a column or across a row reads differently in every cell in A1 (=B7*2,
 * =B8*2, …) but identically in R1C1 (=RC[-1]*2): so a rectangle of cells whose R1C1 texts agree is
 * one formula, written once in its corner and copied over the rest with Range.copyFrom
 * (formulaFills.ts), or sent as the same R1C1 text in every cell where copyFrom is missing.
 *
 * Returns null for what is not modelled — whole rows or columns (A:A, 1:1), structured references
 * (src/workbook/formulaReferences.ts reads the formula), or text that is already R1C1 — and the
 * writer then sends that cell's A1 formula as it is.
 */
import { MAX_ROWS } from '../workbook/address';
import { readFormulaReferences, type CellReference } from '../workbook/formulaReferences';

/** The formula of the cell at (row, column), 1-based, in R1C1 notation; null when not modelled. */
export function toR1C1(formula: string, row: number, column: number): string | null {
  if (!formula.startsWith('=')) return null;
  const parts = readFormulaReferences(formula);
  if (parts === null) return null;
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : cellReference(part, row, column);
  return out;
}

function cellReference(reference: CellReference, row: number, column: number): string {
  // Beyond row 1048576 it is a name, not a cell: written as it is.
  if (reference.row < 1 || reference.row > MAX_ROWS) return reference.text;
  return (
    part('R', reference.rowAnchored, reference.row, row) +
    part('C', reference.columnAnchored, reference.column, column)
  );
}

/** 'R3' for an anchored row 3, 'R[-2]' two rows up, 'R' for this row (Excel's own spelling). */
function part(letter: 'R' | 'C', anchored: boolean, target: number, from: number): string {
  if (anchored) return `${letter}${target}`;
  const offset = target - from;
  return offset === 0 ? letter : `${letter}[${offset}]`;
}
