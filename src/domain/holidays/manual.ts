/**
 * The user's own holiday entries as a CSV text: a header row 日期,类型,名称 (名称 optional, columns
 * in any order, English date,type,name also accepted), then one day per row. 类型 is 放假 (day off),
 * 上班 (working day) or 删除 (drop whatever the notices or the estimate say about that day).
 * Blank rows and rows starting with # are skipped. Every bad row is reported, none is dropped.
 */
import { type CalendarDate, calendarDate } from '../date';
import { HOLIDAY_FILE_COLUMNS, HOLIDAY_FILE_ERRORS, HOLIDAY_FILE_TYPE_WORDS } from '../../strings/calendar';
import type { ManualHolidayEntry } from './types';

/** A CSV row with its 1-based line number in the file. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Splits CSV text into rows (RFC 4180: quoted cells may hold commas, quotes as "" and line
 * breaks). A leading BOM is dropped. Returns the line of an unclosed quote as an error.
 */
export function parseCsv(text: string): { rows: CsvRow[]; unclosedQuoteLine: number | null } {
  const source = text.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = (): void => {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += char;
  }
  if (quoted) return { rows, unclosedQuoteLine: rowLine };
  if (cell !== '' || cells.length > 0) endRow();
  return { rows, unclosedQuoteLine: null };
}

/** Reads 2027-02-05, 2027-2-5, 2027/2/5, 2027.2.5 or 2027年2月5日; null otherwise. */
export function parseLooseDate(text: string): CalendarDate | null {
  const match = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(text.trim());
  return match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

const HEADER_WORDS: Readonly<Record<string, keyof typeof HOLIDAY_FILE_COLUMNS>> = {
  [HOLIDAY_FILE_COLUMNS.date]: 'date',
  [HOLIDAY_FILE_COLUMNS.type]: 'type',
  [HOLIDAY_FILE_COLUMNS.name]: 'name',
  date: 'date',
  type: 'type',
  name: 'name',
};

type Columns = Partial<Record<keyof typeof HOLIDAY_FILE_COLUMNS, number>>;

function headerColumns(cells: readonly string[]): Columns {
  const columns: Columns = {};
  cells.forEach((cell, index) => {
    const key = cell.trim().toLowerCase();
    const field = Object.hasOwn(HEADER_WORDS, key) ? HEADER_WORDS[key] : undefined;
    if (field !== undefined && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

function isSkipped(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '') || cells[0].trim().startsWith('#');
}

export interface ManualHolidaysResult {
  entries: ManualHolidayEntry[];
  /** Chinese messages naming the row; the entries are usable only when this is empty. */
  errors: string[];
}

/** Parses the user's holiday file; see the module comment for the format. */
export function parseManualHolidays(text: string): ManualHolidaysResult {
  const { rows, unclosedQuoteLine } = parseCsv(text);
  const errors: string[] =
    unclosedQuoteLine === null ? [] : [HOLIDAY_FILE_ERRORS.unclosedQuote(unclosedQuoteLine)];
  const content = rows.filter((row) => !isSkipped(row.cells));
  if (content.length === 0) return { entries: [], errors: [...errors, HOLIDAY_FILE_ERRORS.empty] };
  const [header, ...body] = content;
  const columns = headerColumns(header.cells);
  if (columns.date === undefined || columns.type === undefined) {
    return { entries: [], errors: [...errors, HOLIDAY_FILE_ERRORS.missingHeader(header.cells.join(','))] };
  }
  const entries: ManualHolidayEntry[] = [];
  const seen = new Map<CalendarDate, number>();
  for (const { line, cells } of body) {
    const dateText = (cells[columns.date] ?? '').trim();
    const typeText = (cells[columns.type] ?? '').trim();
    const name = columns.name === undefined ? '' : (cells[columns.name] ?? '').trim();
    const date = parseLooseDate(dateText);
    const typeKey = typeText.toLowerCase();
    // Own keys only: a cell reading "constructor" must not find Object.prototype's.
    const action = Object.hasOwn(HOLIDAY_FILE_TYPE_WORDS, typeKey)
      ? HOLIDAY_FILE_TYPE_WORDS[typeKey]
      : undefined;
    if (date === null) errors.push(HOLIDAY_FILE_ERRORS.badDate(line, dateText));
    if (action === undefined) errors.push(HOLIDAY_FILE_ERRORS.badType(line, typeText));
    if (date === null || action === undefined) continue;
    const earlier = seen.get(date);
    if (earlier !== undefined) {
      errors.push(HOLIDAY_FILE_ERRORS.duplicate(line, date, earlier));
      continue;
    }
    seen.set(date, line);
    entries.push(name === '' ? { date, action } : { date, action, name });
  }
  return { entries, errors };
}
