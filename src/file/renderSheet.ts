/**
 * Renders one sheet description into a new ExcelJS worksheet (of a workbook of the add-in's sheets
 * alone, which spliceSheets.ts then puts into the user's package).
 *
 * Strings are written as text (ExcelJS stores them as shared strings, never as formulas), formulas
 * without a cached result so every spreadsheet program computes them on opening, and dates as
 * serial numbers with a date format (no JS Date, so no time zone is involved).
 */
import * as ExcelJS from 'exceljs';
import { addDays, DATE_1904_OFFSET, dateOf, toExcelSerial, type CalendarDate } from '../domain/date';
import {
  boxAt,
  boxColumns,
  boxRows,
  cellRef,
  columnLetters,
  formatRange,
  parseCell,
  rangeBox,
  type CellAddress,
  type RangeBox,
} from '../workbook/address';
import {
  DEFAULT_DATE_FORMAT,
  isDateCell,
  isFormulaCell,
  type Cell,
  type ConditionalFormat,
  type DataValidation,
  type FormulaCell,
  type HeaderFooterText,
  type PrintSetup,
  type SheetDescription,
  type TableSpec,
} from '../workbook/description';
import { compileSlide, type Slide } from './slideFormula';
import { argb, cellKey, resolveStyles, toExcelStyle, toFont, type ResolvedStyle } from './cellStyles';

export interface RenderContext {
  /** Replaces sheet tokens in formulas and sources with quoted sheet names. */
  resolve: (text: string) => string;
  /** The table name to use for a wanted one (free in the workbook). */
  tableName: (wanted: string) => string;
  /** The workbook counts dates from 1904 (WorkbookIndex.date1904): dates are written as its serials. */
  date1904?: boolean;
}

export function renderSheet(
  worksheet: ExcelJS.Worksheet,
  description: SheetDescription,
  context: RenderContext,
): void {
  if (description.tabColor) worksheet.properties.tabColor = { argb: argb(description.tabColor) };
  const freeze = description.freeze ?? { rows: 0, columns: 0 };
  const showGridLines = description.showGridLines ?? true;
  worksheet.views =
    freeze.rows > 0 || freeze.columns > 0
      ? [
          {
            state: 'frozen',
            xSplit: freeze.columns,
            ySplit: freeze.rows,
            topLeftCell: cellRef(freeze.rows + 1, freeze.columns + 1),
            showGridLines,
          },
        ]
      : [{ state: 'normal', showGridLines }];

  for (const spec of description.columns ?? []) {
    const column = worksheet.getColumn(spec.column);
    if (spec.width !== undefined) column.width = spec.width;
    if (spec.hidden) column.hidden = true;
  }
  for (const spec of description.rows ?? []) {
    const row = worksheet.getRow(spec.row);
    if (spec.height !== undefined) row.height = spec.height;
    if (spec.hidden) row.hidden = true;
  }

  // Tables first: ExcelJS writes a table's header and rows into the cells, which the blocks then set.
  for (const table of description.tables ?? [])
    addTable(worksheet, description, table, context.tableName(table.name));
  writeCells(worksheet, description, context);
  for (const merge of description.merges ?? [])
    worksheet.mergeCellsWithoutStyle(formatRange(rangeBox(merge)));
  for (const validation of description.validations ?? []) addValidation(worksheet, validation, context);
  (description.conditionalFormats ?? []).forEach((format, index) =>
    worksheet.addConditionalFormatting(toConditionalFormatting(format, index + 1, context)),
  );
  if (description.print) applyPrint(worksheet, description.print);
}

function writeCells(
  worksheet: ExcelJS.Worksheet,
  description: SheetDescription,
  context: RenderContext,
): void {
  const styles = resolveStyles(description.styles ?? []);
  // Alike cells share one ExcelJS style object: ExcelJS registers a style object once (by identity)
  // instead of serialising it for every cell when saving, which was most of the time of writing a
  // large workbook. Nothing here sets a cell's numFmt/font/… afterwards, the only way ExcelJS
  // changes a cell's style object in place (it shares them itself when it loads a file).
  const shared = new Map<ResolvedStyle | undefined, Partial<ExcelJS.Style>>();
  const sharedDated = new Map<ResolvedStyle | undefined, Partial<ExcelJS.Style>>();
  const excelStyle = (key: number, isDate: boolean): Partial<ExcelJS.Style> => {
    const resolved = styles.get(key);
    const cache = isDate ? sharedDated : shared;
    let style = cache.get(resolved);
    if (style === undefined) {
      style = resolved === undefined ? {} : toExcelStyle(resolved);
      if (isDate && style.numFmt === undefined) style.numFmt = DEFAULT_DATE_FORMAT;
      cache.set(resolved, style);
    }
    return style;
  };
  const boxes: RangeBox[] = [];
  const fills = new FormulaFills();
  for (const block of description.blocks) {
    const anchor = parseCell(block.anchor);
    if (!anchor) throw new RangeError(`Bad anchor ${block.anchor}`);
    const width = block.cells[0]?.length ?? 0;
    if (width > 0) boxes.push(boxAt(anchor, block.cells.length, width));
    block.cells.forEach((cells, r) => {
      // Row by row, and cells by number: worksheet.getCell(row, column) parses an A1 address each time.
      const rowNumber = anchor.row + r;
      const row = worksheet.getRow(rowNumber);
      cells.forEach((value, c) => {
        const column = anchor.column + c;
        const key = cellKey(rowNumber, column);
        // An empty cell without a style is left out: the sheet is new or cleared, so it is empty.
        if (value === null && !styles.has(key) && row.findCell(column) === undefined) return;
        const cell = row.getCell(column);
        const master = isFormulaCell(value) ? fills.master(value, rowNumber, column) : null;
        if (master !== null) {
          cell.value = { sharedFormula: master } as ExcelJS.CellSharedFormulaValue;
        } else {
          if (isFormulaCell(value)) fills.written(value.formula, rowNumber, column);
          cell.value = toExcelValue(value, context);
        }
        cell.style = excelStyle(key, isDateCell(value));
      });
    });
  }
  // Styled cells outside every block: styled, empty.
  for (const key of styles.keys()) {
    const row = Math.floor(key / 16384);
    const column = key - row * 16384;
    const inBlock = boxes.some(
      (box) => row >= box.top && row <= box.bottom && column >= box.left && column <= box.right,
    );
    if (!inBlock) worksheet.getRow(row).getCell(column).style = excelStyle(key, false);
  }
}

/**
 * Formulas written in full on a sheet, which cells filled from them (FormulaCell.filledFrom) can
 * share. A filled cell shares one when it is above and/or left of it and, moved there, is exactly
 * the cell's own formula; ExcelJS then stores that formula once, with the range it covers, and in
 * every filled cell only a reference to it.
 */
class FormulaFills {
  private readonly formulas = new Map<number, string>();
  /** By the hint's text: the cell it names, and its formula read for moving (once, when first used). */
  private readonly masters = new Map<string, Master | null>();

  written(formula: string, row: number, column: number): void {
    this.formulas.set(cellKey(row, column), formula);
  }

  /** The A1 address of the cell whose formula this one shares, or null to write its own. */
  master(value: FormulaCell, row: number, column: number): string | null {
    if (value.filledFrom === undefined) return null;
    let master = this.masters.get(value.filledFrom);
    if (master === undefined) {
      const from = parseCell(value.filledFrom);
      master = from && { ...from, address: cellRef(from.row, from.column), slide: undefined };
      this.masters.set(value.filledFrom, master);
    }
    if (master === null || master.row > row || master.column > column) return null;
    if (master.row === row && master.column === column) return null;
    if (master.slide === undefined) {
      const formula = this.formulas.get(cellKey(master.row, master.column));
      master.slide = formula === undefined ? null : compileSlide(formula);
    }
    const moved = master.slide?.movesTo(value.formula, row - master.row, column - master.column);
    return moved ? master.address : null;
  }
}

interface Master extends CellAddress {
  address: string;
  /** Undefined until a filled cell needs it; null when the cell has no formula that can be moved. */
  slide: Slide | null | undefined;
}

function toExcelValue(value: Cell, context: RenderContext): ExcelJS.CellValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (isDateCell(value))
    return toExcelSerial(value.date) - (context.date1904 === true ? DATE_1904_OFFSET : 0);
  if (isFormulaCell(value)) {
    // No result: the file then carries no cached value, and Excel and LibreOffice compute it.
    return { formula: context.resolve(value.formula).slice(1) } as ExcelJS.CellFormulaValue;
  }
  throw new TypeError('Unknown cell value');
}

function addTable(
  worksheet: ExcelJS.Worksheet,
  description: SheetDescription,
  table: TableSpec,
  name: string,
): void {
  const box = rangeBox(table.range);
  const headers: string[] = [];
  for (let column = box.left; column <= box.right; column++)
    headers.push(headerText(description, box.top, column));
  worksheet.addTable({
    name,
    displayName: name,
    ref: cellRef(box.top, box.left),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: table.style as ExcelJS.TableStyleProperties['theme'],
      showRowStripes: table.showRowStripes,
    },
    columns: headers.map((header) => ({ name: header, filterButton: true })),
    rows: Array.from({ length: boxRows(box) - 1 }, () => new Array<null>(boxColumns(box)).fill(null)),
  });
}

function headerText(description: SheetDescription, row: number, column: number): string {
  for (const block of description.blocks) {
    const anchor = parseCell(block.anchor);
    const value = anchor ? block.cells[row - anchor.row]?.[column - anchor.column] : undefined;
    if (typeof value === 'string') return value;
  }
  throw new RangeError(`Table header at ${cellRef(row, column)} is not text`);
}

function addValidation(
  worksheet: ExcelJS.Worksheet,
  validation: DataValidation,
  context: RenderContext,
): void {
  const common = {
    allowBlank: validation.allowBlank,
    showErrorMessage: true,
    errorStyle: validation.errorStyle ?? 'stop',
    errorTitle: validation.errorTitle,
    error: validation.error,
    ...(validation.prompt ? { showInputMessage: true, prompt: validation.prompt } : {}),
  } as const;
  const { rule } = validation;
  let specific: Pick<ExcelJS.DataValidation, 'type' | 'formulae' | 'operator'>;
  switch (rule.type) {
    case 'list':
      specific = { type: 'list', formulae: [`"${rule.values.join(',')}"`] };
      break;
    case 'listFromRange':
      specific = { type: 'list', formulae: [context.resolve(rule.source)] };
      break;
    case 'whole':
    case 'decimal':
    case 'date': {
      // Date bounds stay 'YYYY-MM-DD': ExcelJS reads them as UTC dates, so no zone shifts them.
      const { min, max } = rule.type === 'date' ? dateBounds(rule.min, rule.max, context) : rule;
      if (min !== undefined && max !== undefined)
        specific = { type: rule.type, operator: 'between', formulae: [min, max] };
      else if (min !== undefined)
        specific = { type: rule.type, operator: 'greaterThanOrEqual', formulae: [min] };
      else specific = { type: rule.type, operator: 'lessThanOrEqual', formulae: [max] };
      break;
    }
  }
  dataValidations(worksheet).add(formatRange(rangeBox(validation.range)), {
    ...common,
    ...specific,
  } as ExcelJS.DataValidation);
}

/**
 * ExcelJS writes a date bound as its 1900-system serial whatever the workbook's system; in a 1904
 * workbook the bound is moved 1,462 days earlier so that the serial written is the 1904 one (a
 * bound before 1904-01-01, the system's first day, becomes that day).
 */
function dateBounds(
  min: CalendarDate | undefined,
  max: CalendarDate | undefined,
  context: RenderContext,
): { min?: CalendarDate; max?: CalendarDate } {
  if (context.date1904 !== true) return { min, max };
  const first = dateOf(1904, 1, 1);
  const moved = (date: CalendarDate | undefined) =>
    date === undefined ? undefined : addDays(date < first ? first : date, -DATE_1904_OFFSET);
  return { min: moved(min), max: moved(max) };
}

function toConditionalFormatting(
  format: ConditionalFormat,
  priority: number,
  context: RenderContext,
): ExcelJS.ConditionalFormattingOptions {
  const style: Partial<ExcelJS.Style> = {};
  if (format.format.fill) {
    // A differential fill paints with bgColor.
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(format.format.fill) } };
  }
  if (format.format.fontColor !== undefined || format.format.bold !== undefined) {
    style.font = toFont({ color: format.format.fontColor, bold: format.format.bold });
  }
  const formula = (text: string) => context.resolve(text).slice(1);
  const { rule } = format;
  const excelRule =
    rule.type === 'expression'
      ? { type: 'expression', formulae: [formula(rule.formula)], style, priority }
      : { type: 'cellIs', operator: rule.operator, formulae: rule.formulas.map(formula), style, priority };
  return {
    ref: formatRange(rangeBox(format.range)),
    rules: [excelRule as ExcelJS.ConditionalFormattingRule],
  };
}

/** ExcelJS has `worksheet.dataValidations` (keyed by A1 cell or range) but leaves it out of its typings. */
function dataValidations(worksheet: ExcelJS.Worksheet): {
  add(address: string, validation: ExcelJS.DataValidation): void;
} {
  return (
    worksheet as unknown as {
      dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
    }
  ).dataValidations;
}

const CM_PER_INCH = 2.54;

function applyPrint(worksheet: ExcelJS.Worksheet, print: PrintSetup): void {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9, // A4
    orientation: print.orientation,
    horizontalCentered: print.centerHorizontally ?? false,
  };
  if (print.fitTo) {
    setup.fitToPage = true;
    setup.fitToWidth = print.fitTo.width;
    setup.fitToHeight = print.fitTo.height;
  } else {
    setup.fitToPage = false;
    setup.scale = 100;
  }
  if (print.area) {
    // ExcelJS prefixes '$' to each end of the print area itself; '$' before the row makes it absolute.
    const box = rangeBox(print.area);
    setup.printArea = `${columnLetters(box.left)}$${box.top}:${columnLetters(box.right)}$${box.bottom}`;
  }
  if (print.titleRows) setup.printTitlesRow = `${print.titleRows.first}:${print.titleRows.last}`;
  if (print.margins) {
    const m = print.margins;
    const inches = (cm: number) => Math.round((cm / CM_PER_INCH) * 1000) / 1000;
    setup.margins = {
      top: inches(m.top),
      bottom: inches(m.bottom),
      left: inches(m.left),
      right: inches(m.right),
      header: inches(m.header),
      footer: inches(m.footer),
    };
  }
  Object.assign(worksheet.pageSetup, setup);
  if (print.header) worksheet.headerFooter.oddHeader = headerFooterCode(print.header);
  if (print.footer) worksheet.headerFooter.oddFooter = headerFooterCode(print.footer);
  for (const row of print.rowBreaks ?? []) worksheet.getRow(row).addPageBreak();
}

/** '&L…&C…&R…' as stored in the file. */
export function headerFooterCode(text: HeaderFooterText): string {
  return [
    text.left ? `&L${text.left}` : '',
    text.center ? `&C${text.center}` : '',
    text.right ? `&R${text.right}` : '',
  ].join('');
}
