/** What the owned sheets share: print setup, header looks, and reading raw cells as text. */
import { fromExcelSerial, type CalendarDate } from '../../domain/date';
import { parseDateCell } from '../../domain/roster';
import { PRINT_FOOTER } from '../../strings/sheets';
import { ALL_EDGES, headerFooterLiteral, type Cell, type CellStyle, type PrintSetup } from '../description';
import { ADD_IN_FORMULA, gridCell, isRawError, type RawCell, type RawGrid, type RawValue } from '../grid';

export const TITLE_STYLE: CellStyle = {
  font: { bold: true, size: 16 },
  horizontal: 'center',
  vertical: 'center',
};
export const NOTE_STYLE: CellStyle = { font: { size: 9, color: '#595959' }, wrapText: true, vertical: 'top' };
export const HEADER_STYLE: CellStyle = {
  font: { bold: true },
  fill: '#D9E1F2',
  horizontal: 'center',
  vertical: 'center',
  wrapText: true,
  borders: [{ edges: ALL_EDGES, line: 'thin', color: '#808080' }],
};
export const GRID_STYLE: CellStyle = { borders: [{ edges: ALL_EDGES, line: 'thin', color: '#BFBFBF' }] };
export const TEXT_FORMAT: CellStyle = { numberFormat: '@' };

/** A4, one page wide, the header rows repeated, the unit in the page header and 第 &P 页 共 &N 页 below. */
export function printSetup(
  unit: string,
  orientation: 'portrait' | 'landscape',
  titleRows?: { first: number; last: number },
): PrintSetup {
  return {
    paperSize: 'A4',
    orientation,
    fitTo: { width: 1, height: 0 },
    ...(titleRows ? { titleRows } : {}),
    margins: { top: 1.9, bottom: 1.9, left: 1.5, right: 1.5, header: 0.8, footer: 0.8 },
    header: unit === '' ? undefined : { center: headerFooterLiteral(unit) },
    footer: { center: PRINT_FOOTER },
    centerHorizontally: true,
  };
}

/** The text of a raw cell as typed (not normalised: user text is kept exactly, only trimmed at the ends). */
export function rawText(value: RawValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isRawError(value) ? value.error : '';
}

/** A raw cell as a date: a serial (what a date cell holds) or a date typed as text; null when blank or not a date. */
export function rawDate(
  value: RawValue,
): { ok: true; date: CalendarDate | null } | { ok: false; text: string } {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { ok: true, date: null };
  if (typeof value === 'number') {
    const date = fromExcelSerial(value);
    return date === null ? { ok: false, text: String(value) } : { ok: true, date };
  }
  if (typeof value === 'string') return parseDateCell(value);
  return { ok: false, text: rawText(value) };
}

/** The cell value a domain parser takes (errors read as their text). */
export function plainValue(value: RawValue): string | number | boolean | null {
  return isRawError(value) ? value.error : value;
}

/**
 * A row the user typed that could not be read: written back on regeneration exactly as it was, with
 * a 待更正 marker, so nothing typed is lost while the problem is being fixed.
 */
export interface KeptRow {
  /** The sheet row it was read from. */
  row: number;
  /** Its cells from column A, as typed (dates stay dates, formulas stay formulas). */
  cells: Cell[];
  /** Why it was not used (short, Chinese), shown after 待更正：. */
  reason: string;
  /** Its cells in the columns the user added to the sheet (see ./userColumns.ts), written there again. */
  userCells?: Cell[];
}

/**
 * Looks like a date format: has y or d outside quoted text and brackets (m alone may be minutes).
 * The one rule by which a number in a cell kept as typed is read as a date (keptCell).
 */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare);
}

/** A raw cell back as a description cell, as the user typed it. */
export function keptCell(cell: RawCell): Cell {
  // The add-in's own formula, its text not read (see ADD_IN_FORMULA): kept as its result.
  if (cell.formula !== null && cell.formula !== ADD_IN_FORMULA) return { formula: cell.formula };
  const value = cell.value;
  if (value === null) return null;
  if (typeof value === 'number' && isDateFormat(cell.numberFormat)) {
    const date = fromExcelSerial(value);
    if (date !== null) return { date };
  }
  return isRawError(value) ? value.error : value;
}

/** The cells of a sheet row from column 1 to `width` (at least), as typed. */
export function keptCells(grid: RawGrid, row: number, width: number): Cell[] {
  const last = Math.max(width, grid.origin.column + (grid.values[0]?.length ?? 0) - 1);
  const cells: Cell[] = [];
  for (let column = 1; column <= last; column++) cells.push(keptCell(gridCell(grid, row, column)));
  while (cells.length > width && cells[cells.length - 1] === null) cells.pop();
  return cells;
}
