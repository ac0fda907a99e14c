/**
 * The fake workbook's state: plain data that queued operations change at sync and that tests
 * inspect afterwards. Nothing here knows about proxies or syncs.
 */

import type { Rect } from './address';

export type CellValue = string | number | boolean;

export interface CellState {
  /** The constant, or the formula's cached result ('' until something computes it: the fake never calculates). */
  value: CellValue;
  /** The formula text ('=…') or undefined for a constant. */
  formula?: string;
  numberFormat: string;
}

export interface BorderState {
  style?: string;
  color?: string;
  weight?: string;
}

/** A format written to a rectangle; later entries win where they overlap, as later writes do in Excel. */
export interface FormatEntry {
  rect: Rect;
  property: string; // e.g. 'font.bold', 'fill.color', 'borders.EdgeTop.style', 'horizontalAlignment'
  value: unknown;
}

export interface DataValidationState {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatState {
  id: string;
  rect: Rect;
  type: string;
  rule: Record<string, unknown>;
  format: Record<string, unknown>;
  priority: number;
  stopIfTrue?: boolean;
}

export interface TableState {
  id: string;
  name: string;
  rect: Rect;
  hasHeaders: boolean;
  style: string;
  showTotals: boolean;
}

export interface NameState {
  name: string;
  /** '=Sheet1!$A$1' style, as Excel returns it. */
  formula: string;
  comment: string;
  visible: boolean;
  /** undefined = workbook scope; otherwise the sheet id. */
  scopeSheetId?: string;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows?: string;
  printTitleColumns?: string;
  printArea?: string;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  /** headersFooters.defaultForAllPages.* and the other groups, keyed 'defaultForAllPages.centerHeader'. */
  headersFooters: Record<string, string>;
}

export interface FreezeState {
  rows: number;
  columns: number;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: string;
  tabColor: string;
  protected: boolean;
  /** Non-empty cells by cellKey(row, column) (address.ts). */
  cells: Map<number, CellState>;
  formats: FormatEntry[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  autofitColumns: Rect[];
  merges: Rect[];
  validations: DataValidationState[];
  conditionalFormats: ConditionalFormatState[];
  tables: TableState[];
  freeze: FreezeState;
  pageLayout: PageLayoutState;
  customProperties: Array<{ key: string; value: string }>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  showGridlines: boolean;
  /** Manual page breaks: zero-based rows that start a new printed page. */
  rowBreaks: number[];
}

export interface WorkbookEvent {
  kind: 'sheetDeleted' | 'undoWiped' | 'calculationSuspended' | 'activated';
  detail: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: NameState[];
  activeSheetId?: string;
  /** What Range.select last selected: the sheet's id and the address as Excel writes it ('J7', '5:5'). */
  selection?: { sheetId: string; address: string };
  readOnly: boolean;
  /** Review → Protect Workbook: sheets cannot be added, deleted, renamed, moved or hidden. */
  structureProtected: boolean;
  /** Things Excel does that leave no trace in the grid but matter to users (undo wiped by delete…). */
  events: WorkbookEvent[];
  nextId: number;
}

export function defaultPageLayout(): PageLayoutState {
  return {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    // Excel's defaults in points (0.7in sides, 0.75in top/bottom, 0.3in header/footer).
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    headersFooters: {},
  };
}

export function newSheet(workbook: WorkbookState, name: string): SheetState {
  const id = `{00000000-0001-0000-0000-${String(workbook.nextId++).padStart(12, '0')}}`;
  return {
    id,
    name,
    visibility: 'Visible',
    tabColor: '',
    protected: false,
    cells: new Map(),
    formats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    autofitColumns: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    freeze: { rows: 0, columns: 0 },
    pageLayout: defaultPageLayout(),
    customProperties: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    showGridlines: true,
    rowBreaks: [],
  };
}

export function newWorkbook(): WorkbookState {
  return { sheets: [], names: [], readOnly: false, structureProtected: false, events: [], nextId: 1 };
}
