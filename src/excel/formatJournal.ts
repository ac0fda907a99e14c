/**
 * Whether a number in a cell is a date depends on the cell's number format (keptCell in
 * src/workbook/sheets/common.ts reads a cell of a column the user added, or of a row kept as typed,
 * as a date only under a date format). A sheet rewritten in place gets every cell's new number
 * format in the operations before its one values write (formatReset.ts), so between the two an old
 * value sits under its new cell's format. Where rows moved — a member inserted above — an entered
 * date can find itself under a plain format for that moment (and a number under a date format),
 * and a read then would take it for the wrong thing, and keep it so.
 *
 * So before those formats change, the write records each such cell in a hidden name: its row,
 * column, the number it holds and whether it was a date. While the name exists, a read gives those
 * cells their recorded kind of format — but only where the cell still holds that number: once the
 * values write has run, the cell holds the new row's value and the record does not apply. The name
 * is removed right after the values write. A cell whose new value is the very same number (of the
 * other kind) cannot be told apart from its old one by its value: it is left out, so for the one
 * operation between formats and values it reads with its new format.
 *
 * The records are array constants, ={9,39,44013,1;10,39,42,0}, in names `_PartyDayFmt_<kind>_<n>`,
 * several when one would pass Excel's 8,192 characters. A rewrite that finds records left by a
 * stopped write adds its own under new numbers before removing those.
 */
import { formatRange, type RangeBox } from '../workbook/address';
import type { RawGrid } from '../workbook/grid';
import { isDateFormat } from '../workbook/sheets/common';
import { DEFAULT_DATE_FORMAT } from '../workbook/description';
import type { ArrayWrite } from './cellWriteForms';
import type { FormatWrite } from './formatCalls';
import { GENERAL_FORMAT } from './formatWrites';
import { ACTION_BYTES, jsonBytes, PATH_BYTES } from './requestSize';
import type { WriteOperation } from './writeOperation';

export interface JournalEntry {
  /** 1-based sheet row and column. */
  row: number;
  column: number;
  /** The number the cell held when recorded. */
  value: number;
  /** True when it was a date. */
  date: boolean;
}

const PREFIX = '_PartyDayFmt_';
/** Excel's longest formula; entries beyond it go in another name. */
const MAX_FORMULA_LENGTH = 8_192;

export function journalName(kind: string, n: number): string {
  return `${PREFIX}${kind}_${n}`;
}

/** The kind and number of a record's name; null for any other name. */
export function journalNameParts(name: string): { kind: string; n: number } | null {
  if (!name.startsWith(PREFIX)) return null;
  const match = /^(.+)_(\d+)$/.exec(name.slice(PREFIX.length));
  return match === null ? null : { kind: match[1], n: Number(match[2]) };
}

/** The number format each cell of `area` gets from the format writes (only number formats). */
function numberFormatsIn(
  writes: readonly FormatWrite[],
  area: RangeBox,
): (row: number, column: number) => string | undefined {
  const columns = area.right - area.left + 1;
  const formats: string[] = [];
  const index = new Int32Array((area.bottom - area.top + 1) * columns).fill(-1);
  for (const write of writes)
    for (const set of write.sets) {
      if (set.property !== 'numberFormat') continue;
      formats.push(String(set.value));
      for (const box of write.boxes)
        for (let r = Math.max(box.top, area.top); r <= Math.min(box.bottom, area.bottom); r++)
          index.fill(
            formats.length - 1,
            (r - area.top) * columns + Math.max(box.left, area.left) - area.left,
            (r - area.top) * columns + Math.min(box.right, area.right) - area.left + 1,
          );
    }
  return (row, column) => {
    if (row < area.top || row > area.bottom || column < area.left || column > area.right) return undefined;
    const at = index[(row - area.top) * columns + column - area.left];
    return at < 0 ? undefined : formats[at];
  };
}

/**
 * The cells of the sheet as read (`old`) whose number would change kind (date or not) under the
 * format the write gives the cell before the values write (`values`) replaces it.
 */
export function journalEntries(
  old: RawGrid | undefined,
  formatWrites: readonly FormatWrite[],
  values: ArrayWrite,
): JournalEntry[] {
  if (old === undefined || old.values.length === 0) return [];
  const area = values.box;
  const formatAt = numberFormatsIn(formatWrites, area);
  const data = values.data;
  const entries: JournalEntry[] = [];
  old.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value !== 'number' || old.formulas[r][c] !== null) return;
      const at = { row: old.origin.row + r, column: old.origin.column + c };
      const now = formatAt(at.row, at.column);
      if (now === undefined) return;
      const date = isDateFormat(old.numberFormats[r][c]);
      if (isDateFormat(now) === date) return;
      if (data[at.row - area.top]?.[at.column - area.left] === value) return;
      entries.push({ ...at, value, date });
    }),
  );
  return entries;
}

/** The entries as the formulas of one or more names. */
export function journalFormulas(entries: readonly JournalEntry[]): string[] {
  const formulas: string[] = [];
  let rows: string[] = [];
  let length = 3;
  for (const entry of entries) {
    const row = `${entry.row},${entry.column},${entry.value},${entry.date ? 1 : 0}`;
    if (rows.length > 0 && length + row.length + 1 > MAX_FORMULA_LENGTH) {
      formulas.push(`={${rows.join(';')}}`);
      rows = [];
      length = 3;
    }
    rows.push(row);
    length += row.length + 1;
  }
  if (rows.length > 0) formulas.push(`={${rows.join(';')}}`);
  return formulas;
}

/** The entries a name's formula holds (none from anything else). */
export function parseJournal(formula: string): JournalEntry[] {
  const match = /^=\{(.*)\}$/.exec(formula.trim());
  if (match === null) return [];
  const entries: JournalEntry[] = [];
  for (const row of match[1].split(';')) {
    const [row1, column, value, date] = row.split(',').map(Number);
    if ([row1, column, value, date].every(Number.isFinite) && row1 >= 1 && column >= 1)
      entries.push({ row: row1, column, value, date: date === 1 });
  }
  return entries;
}

/** Numbers equal as Excel keeps them (15 significant digits), so a recorded value matches its cell. */
function sameNumber(a: number, b: number): boolean {
  return a === b || Number(a.toPrecision(15)) === Number(b.toPrecision(15));
}

/** The grid with the recorded cells, where they still hold the recorded number, given their recorded kind. */
export function applyJournal(grid: RawGrid, entries: readonly JournalEntry[]): RawGrid {
  if (entries.length === 0 || grid.values.length === 0) return grid;
  const numberFormats = grid.numberFormats.map((row) => [...row]);
  for (const entry of entries) {
    const r = entry.row - grid.origin.row;
    const c = entry.column - grid.origin.column;
    const value = grid.values[r]?.[c];
    if (typeof value !== 'number' || !sameNumber(value, entry.value)) continue;
    if (isDateFormat(numberFormats[r][c]) === entry.date) continue;
    numberFormats[r][c] = entry.date ? DEFAULT_DATE_FORMAT : GENERAL_FORMAT;
  }
  return { ...grid, numberFormats };
}

/** Estimated request bytes of adding these records and removing `stale` ones. */
export function journalBytes(formulas: readonly string[], stale: readonly string[]): number {
  return (
    (PATH_BYTES * 2 + ACTION_BYTES * 2) * formulas.length +
    (PATH_BYTES + ACTION_BYTES) * stale.length +
    jsonBytes([formulas, stale])
  );
}

/** Adds the records, then removes those a stopped write left (in that order: never none in between). */
export function queueJournal(
  context: Excel.RequestContext,
  names: ReadonlyArray<{ name: string; formula: string }>,
  stale: readonly string[],
): void {
  const collection = context.workbook.names;
  for (const { name, formula } of names) collection.add(name, formula).visible = false;
  for (const name of stale) collection.getItem(name).delete();
}

/** For messages and tests. */
export function journalText(entries: readonly JournalEntry[]): string {
  return entries
    .map(
      (entry) =>
        `${formatRange({ top: entry.row, left: entry.column, bottom: entry.row, right: entry.column })}=${entry.value}${entry.date ? '(date)' : ''}`,
    )
    .join(',');
}

/** Adding this write's records (and removing any a stopped write left), and removing them after the values. */
export function journalOperations(
  kind: string,
  entries: readonly JournalEntry[],
  stale: readonly string[],
): { before: WriteOperation[]; after: WriteOperation[] } {
  const formulas = journalFormulas(entries);
  // New numbers, so the records of a stopped write stay until these are in.
  let n = Math.max(0, ...stale.map((name) => journalNameParts(name)?.n ?? 0));
  const names = formulas.map((formula) => ({ name: journalName(kind, ++n), formula }));
  const before: WriteOperation[] =
    names.length + stale.length === 0
      ? []
      : [
          {
            bytes: journalBytes(formulas, stale),
            queue: (env) => queueJournal(env.context, names, stale),
          },
        ];
  const after: WriteOperation[] =
    names.length === 0
      ? []
      : [
          {
            bytes: journalBytes(
              [],
              names.map(({ name }) => name),
            ),
            queue: (env) =>
              queueJournal(
                env.context,
                [],
                names.map(({ name }) => name),
              ),
          },
        ];
  return { before, after };
}
