/**
 * A raw grid: what a port reads from one worksheet before any interpretation.
 *
 * The Office.js port fills it from range.values / range.formulas / range.numberFormat of the used
 * range; the ExcelJS port from the cells of the worksheet. Dates arrive as Excel serial numbers
 * with their number format, so the parsing layer (src/workbook) decides what is a date, the same
 * way for both ports.
 */
import type { RangeBox } from './address';

/** An error value such as '#DIV/0!' or '#N/A' (a formula's result, usually). */
export interface RawError {
  error: string;
}

/** A cell's value: text (rich text flattened), number (dates as serials), boolean, error or empty. */
export type RawValue = string | number | boolean | RawError | null;

export interface RawGrid {
  sheetName: string;
  /** Row and column (1-based) of values[0][0]; the grid covers the used range only. */
  origin: { row: number; column: number };
  /** Rectangular: every row has the same length. An empty sheet has no rows. */
  values: RawValue[][];
  /** The formula ('=…') of each cell, or null for a constant. */
  formulas: (string | null)[][];
  /** Each cell's number format, 'General' when none. */
  numberFormats: string[][];
  /**
   * Widths (in characters) of columns that have one set, by 1-based column; absent when the port
   * does not read them. Only used to give a column the user added its width back.
   */
  columnWidths?: Readonly<Record<number, number>>;
  /**
   * The sheet's merged areas of more than one cell (sheet rows and columns, 1-based); absent when
   * there are none or the port cannot read them (Office.js before ExcelApi 1.13). As Office.js
   * reads them, only the top-left cell of each holds its value.
   */
  merges?: readonly RangeBox[];
}

/**
 * The formula a port gives, instead of its text, to a cell in an area the add-in filled with its
 * own formulas (the Office.js port leaves that text out of its read: at 2,000 members it is most
 * of what Excel on the web would send, over its 5 MB response limit). Parsers only need to know
 * such a cell holds a formula; a copy of it the user kept is kept as its value (see keptCell).
 */
export const ADD_IN_FORMULA = '=PARTYDAY.OWN()';

export interface RawCell {
  value: RawValue;
  formula: string | null;
  numberFormat: string;
}

export function isRawError(value: RawValue): value is RawError {
  return typeof value === 'object' && value !== null;
}

/** The cell at a sheet row and column (1-based); an empty cell outside the grid. */
export function gridCell(grid: RawGrid, row: number, column: number): RawCell {
  const r = row - grid.origin.row;
  const c = column - grid.origin.column;
  const values = grid.values[r];
  if (values === undefined || c < 0 || c >= values.length) {
    return { value: null, formula: null, numberFormat: 'General' };
  }
  return { value: values[c], formula: grid.formulas[r][c], numberFormat: grid.numberFormats[r][c] };
}

/** The value at a sheet row and column (1-based); null outside the grid. */
export function gridValue(grid: RawGrid, row: number, column: number): RawValue {
  return gridCell(grid, row, column).value;
}

/** Last sheet row and column the grid covers; origin − 1 on each axis for an empty grid. */
export function gridEnd(grid: RawGrid): { row: number; column: number } {
  const rows = grid.values.length;
  const columns = rows > 0 ? grid.values[0].length : 0;
  return { row: grid.origin.row + rows - 1, column: grid.origin.column + columns - 1 };
}

/** True when some cell holds a value or a formula (a sheet only formatted so far holds nothing). */
export function hasCells(grid: RawGrid): boolean {
  return grid.values.some((row, r) => row.some((value, c) => value !== null || grid.formulas[r][c] !== null));
}

/** The grid of a sheet with no cells (or one no action reads): no rows, origin A1. */
export function emptyGrid(sheetName: string): RawGrid {
  return { sheetName, origin: { row: 1, column: 1 }, values: [], formulas: [], numberFormats: [] };
}

/** A grid from per-cell data, padding to a rectangle; used by ports that read cell by cell. */
export function gridFromCells(
  sheetName: string,
  cells: ReadonlyArray<{ row: number; column: number } & RawCell>,
): RawGrid {
  if (cells.length === 0) return emptyGrid(sheetName);
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const cell of cells) {
    top = Math.min(top, cell.row);
    left = Math.min(left, cell.column);
    bottom = Math.max(bottom, cell.row);
    right = Math.max(right, cell.column);
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values = Array.from({ length: height }, () => new Array<RawValue>(width).fill(null));
  const formulas = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const numberFormats = Array.from({ length: height }, () => new Array<string>(width).fill('General'));
  for (const cell of cells) {
    const r = cell.row - top;
    const c = cell.column - left;
    values[r][c] = cell.value;
    formulas[r][c] = cell.formula;
    numberFormats[r][c] = cell.numberFormat;
  }
  return { sheetName, origin: { row: top, column: left }, values, formulas, numberFormats };
}
