/**
 * A worksheet described as plain data, rendered by the ExcelJS port (src/file) and the Office.js
 * port (src/excel).
 *
 * Everything here is JSON-serialisable and maps onto both APIs one to one: values and formulas as
 * rectangular blocks (Office.js range.values/formulas), formats on whole ranges, one conditional
 * format rule per range, validations per range, tables, freeze panes, workbook-scope names and
 * page layout. Ranges are A1 text on the sheet itself ('B2:D9').
 *
 * References to another owned sheet, in formulas, conditional formats and validation sources, are
 * written with `sheetToken(kind)` because that sheet's actual name is only known when writing (the
 * user may have renamed it, or a sheet of the user's may hold the name we wanted).
 */
import type { CalendarDate } from '../domain/date';

/** '#RRGGBB'. */
export type Color = string;

/** A date shown as a real Excel date (serial number) with a date format. */
export interface DateCell {
  date: CalendarDate;
}

/** A formula, '=…', in Excel's English function names with comma separators (as range.formulas). */
export interface FormulaCell {
  formula: string;
  /**
   * The A1 address of a cell above and/or left of this one, in the same sheet, whose formula this
   * one is, filled here as Excel's fill handle does (relative references moved by the offset,
   * $-anchored parts kept). `formula` still holds this cell's own full text, so a renderer may
   * ignore the hint; the file port uses it to store the block once (a shared formula), which
   * makes large sheets much smaller and faster to write. The cells filled from one cell must form
   * a rectangle with it at the top-left, and that cell must not itself be filled from another.
   */
  filledFrom?: string;
}

/**
 * One cell. A string is always written as text, even when it begins with = + - or @; a formula
 * must be a FormulaCell. null leaves the cell empty.
 */
export type Cell = string | number | boolean | null | DateCell | FormulaCell;

/** A rectangle of cells whose top-left cell is `anchor`; every row has the same length. */
export interface CellBlock {
  anchor: string;
  cells: Cell[][];
}

export interface FontStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. */
  size?: number;
  color?: Color;
  name?: string;
}

export type BorderLine = 'thin' | 'medium' | 'thick' | 'dashed' | 'dotted' | 'double' | 'hair';

/** Excel's border items: the four outer edges of the range and the lines between its cells. */
export type BorderEdge = 'top' | 'bottom' | 'left' | 'right' | 'insideHorizontal' | 'insideVertical';

export const OUTLINE_EDGES: readonly BorderEdge[] = ['top', 'bottom', 'left', 'right'];
export const ALL_EDGES: readonly BorderEdge[] = [...OUTLINE_EDGES, 'insideHorizontal', 'insideVertical'];

export interface BorderStyle {
  edges: readonly BorderEdge[];
  line: BorderLine;
  color?: Color;
}

export type HorizontalAlignment = 'general' | 'left' | 'center' | 'right';
export type VerticalAlignment = 'top' | 'center' | 'bottom';

export interface CellStyle {
  font?: FontStyle;
  /** Solid background. */
  fill?: Color;
  borders?: readonly BorderStyle[];
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  wrapText?: boolean;
  /** Excel number format code, e.g. '0.0%', 'yyyy-mm-dd', '@'. */
  numberFormat?: string;
}

/** A style on a whole range. Styles apply in order; a later one overrides what it sets. */
export interface RangeStyle {
  range: string;
  style: CellStyle;
}

/** Number format given to date cells that no style formats otherwise. */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

export interface ColumnSpec {
  /** 1-based. */
  column: number;
  /** In characters of the default font, as Excel's column width. */
  width?: number;
  hidden?: boolean;
}

export interface RowSpec {
  /** 1-based. */
  row: number;
  /** Points. */
  height?: number;
  hidden?: boolean;
}

/** What a data validation accepts. */
export type ValidationRule =
  /** One of these texts (Excel limits the joined list to 255 characters; no commas). */
  | { type: 'list'; values: readonly string[] }
  /** One of the values of a range, e.g. `${sheetToken('settings')}!$A$2:$A$7` (no leading '='). */
  | { type: 'listFromRange'; source: string }
  | { type: 'whole' | 'decimal'; min?: number; max?: number }
  | { type: 'date'; min?: CalendarDate; max?: CalendarDate };

export interface DataValidation {
  range: string;
  rule: ValidationRule;
  allowBlank: boolean;
  /** Shown when the entry is refused (Chinese, says what to enter). */
  errorTitle: string;
  error: string;
  /** Shown when the cell is selected. */
  prompt?: string;
  /**
   * What Excel does with an entry outside the rule: 'stop' refuses it (the default); 'warning'
   * asks and lets the user keep it (e.g. a code followed by a reason, 事：看病).
   */
  errorStyle?: 'stop' | 'warning' | 'information';
}

export type CellValueOperator =
  'equal' | 'notEqual' | 'lessThan' | 'lessThanOrEqual' | 'greaterThan' | 'greaterThanOrEqual' | 'between';

export type ConditionalRule =
  /** Compares each cell's value with formulas such as '="×"' or '=0.8' or '=$B$2'. */
  | {
      type: 'cellValue';
      operator: CellValueOperator;
      formulas: readonly [string] | readonly [string, string];
    }
  /** True formula, written for the range's top-left cell with relative references ('=E5<$B$2'). */
  | { type: 'expression'; formula: string };

export interface ConditionalFormatStyle {
  fill?: Color;
  fontColor?: Color;
  bold?: boolean;
}

/** One rule on one range; several on a sheet apply in order (the first has the highest priority). */
export interface ConditionalFormat {
  range: string;
  rule: ConditionalRule;
  format: ConditionalFormatStyle;
}

/** An Excel table (ListObject). Its first row is the header; it has at least one data row. */
export interface TableSpec {
  /** Workbook-unique; letters, digits, underscores; no spaces. */
  name: string;
  range: string;
  /** 'TableStyleMedium2' etc. */
  style: string;
  showRowStripes: boolean;
}

/** A workbook-scope name referring to a range on this sheet. */
export interface NameSpec {
  name: string;
  range: string;
  comment?: string;
}

/** Header or footer text in Excel's codes: &P page, &N pages, && a literal ampersand. */
export interface HeaderFooterText {
  left?: string;
  center?: string;
  right?: string;
}

export interface PageMargins {
  /** Centimetres, as Chinese Excel shows them. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

export interface PrintSetup {
  paperSize: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit to this many pages wide and tall; 0 means as many as needed. Absent: 100 % scale. */
  fitTo?: { width: number; height: number };
  /** Rows repeated at the top of every printed page. */
  titleRows?: { first: number; last: number };
  area?: string;
  margins?: PageMargins;
  header?: HeaderFooterText;
  footer?: HeaderFooterText;
  centerHorizontally?: boolean;
  /** Manual page breaks: a new printed page starts after each of these rows (1-based). */
  rowBreaks?: readonly number[];
}

export interface SheetDescription {
  /** The add-in's identity of this sheet, e.g. 'roster' or 'attendance.b01'; [A-Za-z0-9_.], ≤ 60. */
  kind: string;
  /** The name wanted for a new sheet (an existing owned sheet keeps the name it has). */
  name: string;
  tabColor?: Color;
  showGridLines?: boolean;
  columns?: readonly ColumnSpec[];
  rows?: readonly RowSpec[];
  blocks: readonly CellBlock[];
  styles?: readonly RangeStyle[];
  merges?: readonly string[];
  validations?: readonly DataValidation[];
  conditionalFormats?: readonly ConditionalFormat[];
  tables?: readonly TableSpec[];
  /** Rows and columns kept in view when scrolling (0 for none). */
  freeze?: { rows: number; columns: number };
  names?: readonly NameSpec[];
  print?: PrintSetup;
  /**
   * A range of this sheet's cells that records that the rest of the workbook is written (设置's
   * generated branch names: while they differ from the names shown, a branch rename is still to be
   * carried through). A port that writes in several steps writes these cells last, after every
   * other sheet, so a write stopped earlier is done again from the same record; one that writes
   * the file whole may ignore it. Its cells are still given in `blocks`.
   */
  writeLast?: string;
}

export function isFormulaCell(cell: Cell): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null && 'formula' in cell;
}

export function isDateCell(cell: Cell): cell is DateCell {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

export const KIND_PATTERN = /^[A-Za-z0-9_.]{1,60}$/;

const SHEET_TOKEN = /\{sheet:([A-Za-z0-9_.]{1,60})\}/g;

/** Stands for the quoted name of the owned sheet of `kind` in formulas and sources. */
export function sheetToken(kind: string): string {
  if (!KIND_PATTERN.test(kind)) throw new RangeError(`Not a sheet kind: ${kind}`);
  return `{sheet:${kind}}`;
}

/** Replaces every sheetToken with the quoted sheet name; throws for a kind not being written. */
export function resolveSheetTokens(
  text: string,
  quotedNameOfKind: (kind: string) => string | undefined,
): string {
  return text.replace(SHEET_TOKEN, (_token, kind: string) => {
    const quoted = quotedNameOfKind(kind);
    if (quoted === undefined) throw new RangeError(`No sheet of kind ${kind} for ${text}`);
    return quoted;
  });
}

/** Text shown literally in a header or footer (an ampersand would start a code). */
export function headerFooterLiteral(text: string): string {
  return text.replace(/&/g, '&&');
}
