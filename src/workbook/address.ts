/**
 * A1 addresses: column letters, cells, rectangular ranges and sheet-qualified references.
 *
 * Rows and columns are 1-based as in Excel. Both ports (ExcelJS and Office.js) take and give A1
 * text, so descriptions use it too; these helpers do the arithmetic on it.
 */

/** Excel's limits: columns A…XFD, rows 1…1048576. */
export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

export interface CellAddress {
  row: number;
  column: number;
}

/** A rectangle of cells, inclusive on every side. */
export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 → 'A', 27 → 'AA', 16384 → 'XFD'. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS) {
    throw new RangeError(`Column out of range: ${column}`);
  }
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = (n - 1 - rest) / 26;
  }
  return letters;
}

/** 'A' → 1, 'aa' → 27; null for anything that is not a column within Excel's limits. */
export function columnNumber(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n : null;
}

const cellPattern = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** 'B3' or '$B$3' → { row: 3, column: 2 }; null when it is not a cell within Excel's limits. */
export function parseCell(text: string): CellAddress | null {
  const match = cellPattern.exec(text.trim());
  if (!match) return null;
  const column = columnNumber(match[1]);
  const row = Number(match[2]);
  if (column === null || row < 1 || row > MAX_ROWS) return null;
  return { row, column };
}

/** { row: 3, column: 2 } → 'B3' ('$B$3' when absolute). */
export function formatCell(address: CellAddress, absolute = false): string {
  checkCell(address);
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(address.column)}${d}${address.row}`;
}

/** Shorthand for formatCell({ row, column }). */
export function cellRef(row: number, column: number, absolute = false): string {
  return formatCell({ row, column }, absolute);
}

/** 'A1:C3', 'C3:A1' (normalised) or a single cell 'B2'; null when malformed. */
export function parseRange(text: string): RangeBox | null {
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** Like parseRange, for text known to be valid; throws on a programming error. */
export function rangeBox(text: string): RangeBox {
  const box = parseRange(text);
  if (!box) throw new RangeError(`Not an A1 range: ${text}`);
  return box;
}

/** The box as 'A1:C3', or 'B2' for a single cell; '$A$1:$C$3' when absolute. */
export function formatRange(box: RangeBox, absolute = false): string {
  const start = formatCell({ row: box.top, column: box.left }, absolute);
  if (box.top === box.bottom && box.left === box.right) return start;
  return `${start}:${formatCell({ row: box.bottom, column: box.right }, absolute)}`;
}

/** The box of `rows` × `columns` cells whose top-left cell is `anchor`. */
export function boxAt(anchor: CellAddress, rows: number, columns: number): RangeBox {
  if (rows < 1 || columns < 1)
    throw new RangeError(`Empty box at row ${anchor.row}, column ${anchor.column}`);
  const box = {
    top: anchor.row,
    left: anchor.column,
    bottom: anchor.row + rows - 1,
    right: anchor.column + columns - 1,
  };
  checkCell({ row: box.bottom, column: box.right });
  return box;
}

export function boxRows(box: RangeBox): number {
  return box.bottom - box.top + 1;
}

export function boxColumns(box: RangeBox): number {
  return box.right - box.left + 1;
}

export function boxesIntersect(a: RangeBox, b: RangeBox): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function boxContains(outer: RangeBox, inner: RangeBox): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

/** The smallest box holding both. */
export function unionBox(a: RangeBox, b: RangeBox): RangeBox {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** A sheet name as formulas and defined names write it: always quoted, inner quotes doubled. */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** "'党员名册'!$A$1:$K$2" for a sheet and a range (made absolute). */
export function sheetReference(sheetName: string, range: string | RangeBox): string {
  const box = typeof range === 'string' ? rangeBox(range) : range;
  return `${quoteSheetName(sheetName)}!${formatRange(box, true)}`;
}

export interface SheetReference {
  sheetName: string;
  box: RangeBox;
}

/**
 * Parses a reference to one rectangular range on one sheet: "'党员 名册'!$A$1:$B$2" or
 * "Sheet1!A1". Null for anything else (several areas, whole columns, formulas, other workbooks).
 */
export function parseSheetReference(text: string): SheetReference | null {
  const trimmed = text.trim().replace(/^=/, '');
  let sheetName: string;
  let rest: string;
  if (trimmed.startsWith("'")) {
    const end = findClosingQuote(trimmed);
    if (end < 0 || trimmed[end + 1] !== '!') return null;
    sheetName = trimmed.slice(1, end).replace(/''/g, "'");
    rest = trimmed.slice(end + 2);
  } else {
    const bang = trimmed.indexOf('!');
    if (bang <= 0) return null;
    sheetName = trimmed.slice(0, bang);
    if (/[\s'[\]()!,]/.test(sheetName)) return null;
    rest = trimmed.slice(bang + 1);
  }
  const box = parseRange(rest);
  return box ? { sheetName, box } : null;
}

function findClosingQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (text[i + 1] === "'") {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

function checkCell(address: CellAddress): void {
  const { row, column } = address;
  if (
    !Number.isInteger(row) ||
    row < 1 ||
    row > MAX_ROWS ||
    !Number.isInteger(column) ||
    column < 1 ||
    column > MAX_COLUMNS
  ) {
    throw new RangeError(`Cell out of range: row ${row}, column ${column}`);
  }
}
