/**
 * Cell writes as Excel performs them: '=' starts a formula, numeric/boolean/date-like strings are
 * converted unless the cell is formatted as text ('@'), null leaves a cell unchanged, and a
 * protected sheet or read-only workbook refuses the write.
 */

import { cellKey, columnOfKey, contains, intersects, rowOfKey, type Rect } from './address';
import { fakeError } from './errors';
import type { FakeHost } from './proxy';
import { r1c1ToA1 } from './r1c1';
import type { CellState, SheetState } from './state';

export function guardWrite(host: FakeHost, sheet: SheetState, location: string): void {
  if (host.state.readOnly) throw fakeError('AccessDenied', location, 'The workbook is read-only.');
  if (sheet.protected) {
    throw fakeError(
      host.options.protectedWriteError,
      location,
      "The cell or chart you're trying to change is on a protected sheet.",
    );
  }
}

export function guardWorkbookWrite(host: FakeHost, location: string): void {
  if (host.state.readOnly) throw fakeError('AccessDenied', location, 'The workbook is read-only.');
}

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const isoDatePattern = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Days since 1899-12-30 (Excel's serial), computed in UTC so the host time zone never matters. */
export function dateSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

function cell(sheet: SheetState, row: number, column: number): CellState {
  const key = cellKey(row, column);
  let state = sheet.cells.get(key);
  if (!state) {
    state = { value: '', numberFormat: 'General' };
    sheet.cells.set(key, state);
  }
  return state;
}

/** Checks a formula as it is entered (formulaCheck.ts); throws to refuse it. */
export type FormulaGuard = (formula: string) => void;

/** What typing `raw` into a cell gives, as Excel parses it. */
export function enterValue(target: CellState, raw: unknown): void {
  if (raw === null || raw === undefined) return;
  if (typeof raw === 'number' || typeof raw === 'boolean') {
    if (typeof raw === 'number' && !Number.isFinite(raw)) throw fakeError('InvalidArgument');
    target.value = raw;
    target.formula = undefined;
    return;
  }
  if (typeof raw !== 'string') throw fakeError('InvalidArgument');
  target.formula = undefined;
  if (target.numberFormat === '@') {
    target.value = raw; // a text cell keeps what it is given, even '=…'
    return;
  }
  if (raw.startsWith('=') && raw.length > 1) {
    target.formula = raw;
    target.value = ''; // no calculation engine: the cached result stays empty
    return;
  }
  if ((raw.startsWith('+') || raw.startsWith('-')) && raw.length > 1 && !numberPattern.test(raw.trim())) {
    // Excel reads a leading + or - as the start of a formula, as when typed.
    target.formula = `=${raw}`;
    target.value = '';
    return;
  }
  const trimmed = raw.trim();
  if (numberPattern.test(trimmed)) {
    target.value = Number(trimmed);
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    target.value = trimmed.toLowerCase() === 'true';
    return;
  }
  const date = isoDatePattern.exec(trimmed);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const check = new Date(Date.UTC(y, m - 1, d));
    if (check.getUTCMonth() === m - 1 && check.getUTCDate() === d) {
      target.value = dateSerial(y, m, d);
      if (target.numberFormat === 'General') target.numberFormat = 'yyyy/m/d';
      return;
    }
  }
  target.value = raw;
}

/**
 * Writes a grid. A property set is all or nothing: every cell's input is read (R1C1 turned into
 * A1, formulas checked by `guard`) before any cell changes.
 */
export function writeGrid(
  sheet: SheetState,
  rect: Rect,
  grid: unknown[][],
  kind: 'values' | 'formulas' | 'formulasR1C1' | 'numberFormat',
  guard?: FormulaGuard,
): void {
  const inputs: unknown[][] = grid.map((row, r) =>
    row.map((raw, c) => {
      // An R1C1 formula is the same text in every cell; each cell stores its own A1 reading.
      if (kind === 'formulasR1C1' && typeof raw === 'string' && raw.startsWith('=') && raw.length > 1)
        return r1c1ToA1(raw, rect.row + r, rect.column + c, 'Range.formulasR1C1');
      return raw;
    }),
  );
  if (guard && kind !== 'numberFormat')
    inputs.forEach((row, r) =>
      row.forEach((raw, c) => {
        const formula = formulaOf(raw, readCell(sheet, rect.row + r, rect.column + c).numberFormat);
        if (formula !== null) guard(formula);
      }),
    );
  for (let r = 0; r < rect.rowCount; r++) {
    for (let c = 0; c < rect.columnCount; c++) {
      const raw = inputs[r][c];
      if (raw === null || raw === undefined) continue;
      const target = cell(sheet, rect.row + r, rect.column + c);
      if (kind === 'numberFormat') {
        if (typeof raw !== 'string') throw fakeError('InvalidArgument');
        target.numberFormat = raw;
      } else if (raw === '') {
        target.value = '';
        target.formula = undefined;
      } else {
        enterValue(target, raw);
      }
      if (target.value === '' && target.formula === undefined && target.numberFormat === 'General') {
        sheet.cells.delete(cellKey(rect.row + r, rect.column + c));
      }
    }
  }
}

/** The formula Excel makes of an input in a cell of this number format, or null for a constant. */
function formulaOf(raw: unknown, numberFormat: string): string | null {
  if (typeof raw !== 'string' || numberFormat === '@' || raw.length < 2) return null;
  if (raw.startsWith('=')) return raw;
  if ((raw.startsWith('+') || raw.startsWith('-')) && !numberPattern.test(raw.trim())) return `=${raw}`;
  return null;
}

export function readCell(sheet: SheetState, row: number, column: number): CellState {
  return sheet.cells.get(cellKey(row, column)) ?? { value: '', numberFormat: 'General' };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The displayed text: enough of Excel's number formats for dates, percentages and fixed decimals. */
export function displayText(state: CellState): string {
  const { value, numberFormat } = state;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = numberFormat;
  if (format === 'General' || format === '@') return String(value);
  if (/[ymd]/i.test(format) && !/[0#]/.test(format)) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86400000);
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const d = date.getUTCDate();
    return format
      .replace(/"([^"]*)"/g, '$1')
      .replace(/yyyy/gi, String(y))
      .replace(/mm/g, pad(m, 2))
      .replace(/dd/gi, pad(d, 2))
      .replace(/m/g, String(m))
      .replace(/d/gi, String(d));
  }
  const percent = /^0(\.0+)?%$/.exec(format);
  if (percent) return `${(value * 100).toFixed(percent[1] ? percent[1].length - 1 : 0)}%`;
  const fixed = /^0(\.0+)?$/.exec(format);
  if (fixed) return value.toFixed(fixed[1] ? fixed[1].length - 1 : 0);
  return String(value);
}

/** Bounding box of non-empty cells (valuesOnly) or also of formatted cells; undefined when none. */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | undefined {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const include = (row: number, column: number, rows = 1, columns = 1): void => {
    r0 = Math.min(r0, row);
    c0 = Math.min(c0, column);
    r1 = Math.max(r1, row + rows - 1);
    c1 = Math.max(c1, column + columns - 1);
  };
  for (const [key, state] of sheet.cells) {
    const hasValue = state.value !== '' || state.formula !== undefined;
    if (!hasValue && (valuesOnly || state.numberFormat === 'General')) continue;
    include(rowOfKey(key), columnOfKey(key));
  }
  if (!valuesOnly) {
    for (const entry of sheet.formats) {
      // A clear of formats ('*') leaves cells unformatted: it does not widen the used range.
      if (entry.property !== '*' && entry.rect.rowCount * entry.rect.columnCount < 1_000_000)
        include(entry.rect.row, entry.rect.column, entry.rect.rowCount, entry.rect.columnCount);
    }
  }
  if (r1 < 0) return undefined;
  return { row: r0, column: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
}

/** The value a range reports for one format property: uniform value, or null when mixed. */
export function effectiveFormat(sheet: SheetState, rect: Rect, property: string, fallback: unknown): unknown {
  const hits = sheet.formats.filter(
    (entry) => (entry.property === property || entry.property === '*') && intersects(entry.rect, rect),
  );
  if (hits.length === 0) return fallback;
  let lastCovering = -1;
  for (let i = hits.length - 1; i >= 0; i--) {
    if (contains(hits[i].rect, rect)) {
      lastCovering = i;
      break;
    }
  }
  const valueOf = (i: number): unknown => (hits[i].property === '*' ? fallback : hits[i].value);
  const base = lastCovering >= 0 ? valueOf(lastCovering) : undefined;
  if (lastCovering < 0) return null;
  for (let i = lastCovering + 1; i < hits.length; i++) if (valueOf(i) !== base) return null;
  return base;
}

export function clearCells(sheet: SheetState, rect: Rect, contents: boolean, formats: boolean): void {
  const clearOne = (key: number, state: CellState): void => {
    if (contents) {
      state.value = '';
      state.formula = undefined;
    }
    if (formats) state.numberFormat = 'General';
    if (state.value === '' && state.formula === undefined && state.numberFormat === 'General')
      sheet.cells.delete(key);
  };
  // Visit whichever is smaller: the rectangle's cells (a merge) or the sheet's stored cells (clear
  // of a whole sheet). Either way every stored cell inside the rectangle is cleared.
  if (rect.rowCount * rect.columnCount <= sheet.cells.size) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r++)
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const key = cellKey(r, c);
        const state = sheet.cells.get(key);
        if (state) clearOne(key, state);
      }
  } else {
    // Deleting the entry being visited is safe while iterating a Map.
    for (const [key, state] of sheet.cells) {
      const row = rowOfKey(key);
      const column = columnOfKey(key);
      if (
        row >= rect.row &&
        row < rect.row + rect.rowCount &&
        column >= rect.column &&
        column < rect.column + rect.columnCount
      )
        clearOne(key, state);
    }
  }
  if (formats) {
    sheet.formats.push({ rect, property: '*', value: undefined });
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
  }
}
