/**
 * The cells of a worksheet part, read from its XML as Office.js gives them (range.values /
 * formulas / numberFormat): strings shared or inline, rich text flattened, numbers, booleans,
 * errors, dates as serial numbers, formulas with their cached result (shared formulas moved to
 * each cell), and in a merged range only the top-left cell's value. Nothing else of the sheet is
 * looked at, so drawings, comments, sparklines or anything a writer adds never stop a read.
 */
import { parseRange, type RangeBox } from '../workbook/address';
import { DATE_1904_OFFSET } from '../domain/date';
import type { RawCell, RawValue } from '../workbook/grid';
import { isDateFormat } from '../workbook/sheets/common';
import { stringItemText } from './sharedStrings';
import { compileSharedFormula } from './sharedFormula';
import { elementPattern, parseAttributes, unescapeSpreadsheetText, unescapeXml } from './xmlText';

export interface SheetCellsContext {
  /** The shared strings table (read only when a cell needs it). */
  sharedStrings: () => readonly string[];
  /** Number format by cell style index. */
  numberFormats: readonly string[];
  /**
   * The workbook counts dates from 1904 (WorkbookIndex.date1904): a number in a date format is
   * moved to the 1900 system, as the parsers read serials, by adding DATE_1904_OFFSET.
   */
  date1904?: boolean;
}

export type PlacedCell = { row: number; column: number } & RawCell;

export interface SheetCells {
  /** Cells with a value or a formula. */
  cells: PlacedCell[];
  /** Widths (characters) of columns up to the last one holding a cell. */
  columnWidths: Record<number, number>;
  /** Merged areas of more than one cell (<mergeCells>), top to bottom, then left to right. */
  merges: RangeBox[];
}

const SHEET_DATA = elementPattern('sheetData', '');
const ROW_OR_CELL = /<([\w.-]+:)?(row|c)(?=[\s>/])([^>]*?)(\/?)>/g;
const MS_PER_DAY = 86400000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

export function readSheetCells(xml: string, context: SheetCellsContext): SheetCells {
  const data = SHEET_DATA.exec(xml)?.[0] ?? '';
  const cells: PlacedCell[] = [];
  const masters = new Map<string, SharedMaster>();
  const followers: Array<{ cell: PlacedCell; si: string }> = [];
  let row = 0;
  let column = 0;
  ROW_OR_CELL.lastIndex = 0;
  for (let match = ROW_OR_CELL.exec(data); match !== null; match = ROW_OR_CELL.exec(data)) {
    const [, prefix = '', name, attributeText, selfClosing] = match;
    if (name === 'row') {
      const r = /\br="(\d+)"/.exec(attributeText);
      row = r ? Number(r[1]) : row + 1;
      column = 0;
      continue;
    }
    let content = '';
    if (selfClosing === '') {
      const close = `</${prefix}c>`;
      const end = data.indexOf(close, ROW_OR_CELL.lastIndex);
      if (end < 0) break;
      content = data.slice(ROW_OR_CELL.lastIndex, end);
      ROW_OR_CELL.lastIndex = end + close.length;
    }
    const reference = /\br="([A-Za-z]{1,3})(\d+)"/.exec(attributeText);
    if (reference) {
      column = columnOf(reference[1]);
      row = Number(reference[2]);
    } else {
      column += 1;
    }
    if (content === '') continue;
    const styleIndex = /\bs="(\d+)"/.exec(attributeText);
    const type = /\bt="(\w+)"/.exec(attributeText)?.[1] ?? 'n';
    const numberFormat = (styleIndex ? context.numberFormats[Number(styleIndex[1])] : undefined) ?? 'General';
    let value = cellValue(type, content, context);
    // An ISO date (t="d") is read into the 1900 system already; only stored serials are moved.
    if (context.date1904 === true && typeof value === 'number' && type === 'n' && isDateFormat(numberFormat))
      value += DATE_1904_OFFSET;
    const formula = readFormula(content);
    const cell: PlacedCell = { row, column, value, formula: null, numberFormat };
    if (formula !== null) {
      if (formula.shared !== null) {
        if (formula.text !== '') {
          masters.set(formula.shared, { row, column, formula: formula.text, move: undefined });
          cell.formula = `=${formula.text}`;
        } else {
          followers.push({ cell, si: formula.shared });
        }
      } else if (formula.text !== '') {
        cell.formula = `=${formula.text}`;
      }
    }
    cells.push(cell);
  }
  for (const { cell, si } of followers) cell.formula = movedFormula(masters.get(si), cell);
  const merges = mergedAreas(xml);
  clearMergedCells(merges, cells);
  const last = cells.reduce((max, cell) => Math.max(max, cell.column), 0);
  return {
    cells: cells.filter((cell) => cell.value !== null || cell.formula !== null),
    columnWidths: readColumnWidths(xml, last),
    merges,
  };
}

interface SharedMaster {
  row: number;
  column: number;
  formula: string;
  move: ((rows: number, columns: number) => string) | undefined;
}

/** A follower of a shared formula gets the master's formula moved by its offset, as Excel fills it. */
function movedFormula(master: SharedMaster | undefined, cell: PlacedCell): string | null {
  if (master === undefined) return null;
  master.move ??= compileSharedFormula(master.formula);
  return `=${master.move(cell.row - master.row, cell.column - master.column)}`;
}

function readFormula(content: string): { text: string; shared: string | null } | null {
  const f = /<(?:[\w.-]+:)?f(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/.exec(content);
  if (f === null) return null;
  const attributes = parseAttributes(`<f${f[1]}>`);
  const shared = attributes.get('t') === 'shared' ? (attributes.get('si') ?? null) : null;
  return { text: unescapeXml(f[2] ?? ''), shared };
}

function cellValue(type: string, content: string, context: SheetCellsContext): RawValue {
  if (type === 'inlineStr') {
    const item = /<(?:[\w.-]+:)?is(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?is>)/.exec(content);
    return item ? stringItemText(item[1] ?? '') : null;
  }
  const v = /<(?:[\w.-]+:)?v(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v>)/.exec(content);
  if (v === null) return null;
  const text = unescapeXml(v[1] ?? '');
  switch (type) {
    case 's': {
      const index = Number(text);
      return Number.isInteger(index) ? (context.sharedStrings()[index] ?? null) : null;
    }
    case 'str':
      return unescapeSpreadsheetText(text);
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return { error: text };
    case 'd': {
      const time = Date.parse(/Z|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
      return Number.isFinite(time) ? time / MS_PER_DAY + UNIX_EPOCH_SERIAL : null;
    }
    default: {
      if (text.trim() === '') return null;
      const number = Number(text);
      return Number.isFinite(number) ? number : null;
    }
  }
}

/** The sheet's merged areas of more than one cell. */
function mergedAreas(xml: string): RangeBox[] {
  const boxes: RangeBox[] = [];
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?mergeCell(?=[\s/>])[^>]*>/g)) {
    const box = parseRange(parseAttributes(match[0]).get('ref') ?? '');
    if (box !== null && (box.bottom > box.top || box.right > box.left)) boxes.push(box);
  }
  return boxes.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Like Office.js, only the top-left cell of a merged range holds its value. */
function clearMergedCells(boxes: readonly RangeBox[], cells: PlacedCell[]): void {
  if (boxes.length === 0) return;
  for (const cell of cells) {
    const inside = boxes.some(
      (box) =>
        cell.row >= box.top &&
        cell.row <= box.bottom &&
        cell.column >= box.left &&
        cell.column <= box.right &&
        (cell.row !== box.top || cell.column !== box.left),
    );
    if (inside) {
      cell.value = null;
      cell.formula = null;
    }
  }
}

function readColumnWidths(xml: string, lastColumn: number): Record<number, number> {
  const widths: Record<number, number> = {};
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?col(?=[\s/>])[^>]*>/g)) {
    const attributes = parseAttributes(match[0]);
    const width = Number(attributes.get('width'));
    const min = Number(attributes.get('min'));
    const max = Math.min(Number(attributes.get('max')), lastColumn);
    if (!(width > 0) || !Number.isInteger(min)) continue;
    for (let column = min; column <= max; column++) widths[column] = width;
  }
  return widths;
}

function columnOf(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}
