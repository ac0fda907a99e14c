/** A1 addresses: parsing 'A1', 'A1:C3', 'Sheet!A1:B2', "'my sheet'!$A$1", whole rows '1:3' and columns 'A:C'. */

import { fakeError } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  row: number; // zero-based
  column: number;
  rowCount: number;
  columnCount: number;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Corner {
  row?: number;
  column?: number;
}

function parseCorner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const corner: Corner = {};
  if (m[1]) corner.column = columnIndex(m[1]);
  if (m[2]) corner.row = Number(m[2]) - 1;
  return corner;
}

/** Splits "'Sheet 1'!A1:B2" into the sheet name (quotes undone) and the local address. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export function parseLocalAddress(local: string, location = 'Worksheet.getRange'): Rect {
  const parts = local.trim().split(':');
  if (parts.length < 1 || parts.length > 2) throw fakeError('InvalidArgument', location);
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) throw fakeError('InvalidArgument', location);
  const wholeRows = a.column === undefined && b.column === undefined;
  const wholeColumns = a.row === undefined && b.row === undefined;
  if (parts.length === 1 && (a.row === undefined || a.column === undefined))
    throw fakeError('InvalidArgument', location);
  if (
    !wholeRows &&
    !wholeColumns &&
    (a.row === undefined || a.column === undefined || b.row === undefined || b.column === undefined)
  ) {
    throw fakeError('InvalidArgument', location);
  }
  const r0 = wholeColumns ? 0 : (a.row as number);
  const r1 = wholeColumns ? MAX_ROWS - 1 : (b.row as number);
  const c0 = wholeRows ? 0 : (a.column as number);
  const c1 = wholeRows ? MAX_COLUMNS - 1 : (b.column as number);
  const row = Math.min(r0, r1);
  const column = Math.min(c0, c1);
  const rect = { row, column, rowCount: Math.abs(r1 - r0) + 1, columnCount: Math.abs(c1 - c0) + 1 };
  if (row + rect.rowCount > MAX_ROWS || column + rect.columnCount > MAX_COLUMNS)
    throw fakeError('InvalidArgument', location);
  return rect;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Excel's form: 'Sheet1!A1:C3', a single cell without the colon. */
export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatLocal(rect)}`;
}

export function formatLocal(rect: Rect): string {
  const a = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return a;
  return `${a}:${columnLetters(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

/** A cell's key in SheetState.cells: one number (no string built and parsed per cell). */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function rowOfKey(key: number): number {
  return Math.floor(key / MAX_COLUMNS);
}

export function columnOfKey(key: number): number {
  return key % MAX_COLUMNS;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}
