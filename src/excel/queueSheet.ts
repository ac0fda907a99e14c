/**
 * The Office.js calls for one sheet besides its cells and range styles: preparing it for its new
 * content and finishing it (merges, validations, conditional formats, tables, freeze panes,
 * printing), and its workbook names (queued before any sheet's formulas, see writePlan.ts).
 * Preparing an owned sheet takes away only what carries no entry — conditional formats, validation,
 * merges, sizes, frozen panes, page breaks, and its tables turned into plain ranges
 * (Table.convertToRange keeps the cells, where Table.delete would take them) — never its cells:
 * those are overwritten in one operation later (see cellWrites.ts). Nor is the sheet deleted and
 * added again: Worksheet.delete would wipe the user's undo history, and the formulas of her own
 * sheets that refer to it would turn into #REF!.
 */
import { toExcelSerial, type CalendarDate } from '../domain/date';
import { markName } from '../workbook/marks';
import {
  cellRef,
  columnLetters,
  formatRange,
  rangeBox,
  sheetReference,
  type RangeBox,
} from '../workbook/address';
import type {
  ConditionalFormat,
  DataValidation,
  HeaderFooterText,
  NameSpec,
  PrintSetup,
  SheetDescription,
  TableSpec,
} from '../workbook/description';
import { centimetresToPoints, columnWidthPoints } from './formats';
import { KIND_PROPERTY } from './inventory';
import type { WriteEnv } from './writeOperation';
import { rangeAt } from './rangeCache';

export interface PrepareInfo {
  name: string;
  /** False for a sheet added by this write (./newSheet.ts): nothing to take away. */
  exists: boolean;
  tablesToConvert: readonly string[];
  /** An owned sheet found by its custom property only: its mark is added again. */
  unmarked: boolean;
  /** A mark of this kind left pointing at a deleted sheet: removed before the mark is added again. */
  staleMark: string | null;
  /** The mark still names the sheet as text (a write stopped while adding it): pointed at its A1. */
  placeholderMark: boolean;
}

export function queuePrepare(env: WriteEnv, description: SheetDescription, info: PrepareInfo): void {
  const { context, capabilities } = env;
  const workbook = context.workbook;
  const sheet = workbook.worksheets.getItem(info.name);
  if (info.exists) {
    for (const table of info.tablesToConvert) sheet.tables.getItem(table).convertToRange();
    const whole = sheet.getRange();
    whole.conditionalFormats.clearAll();
    if (capabilities.dataValidation) whole.dataValidation.clear();
    whole.unmerge();
    whole.format.useStandardWidth = true;
    whole.format.useStandardHeight = true;
    whole.columnHidden = false;
    whole.rowHidden = false;
    sheet.freezePanes.unfreeze();
    // Breaks of an earlier summary would stay at rows that no longer start a branch.
    if (capabilities.pageBreaks && description.print?.rowBreaks !== undefined)
      sheet.horizontalPageBreaks.removePageBreaks();
    if (info.placeholderMark)
      workbook.names.getItem(markName(description.kind)).formula = `=${sheetReference(info.name, 'A1')}`;
    if (info.unmarked) {
      if (info.staleMark !== null) workbook.names.getItem(info.staleMark).delete();
      workbook.names.add(markName(description.kind), sheet.getRange('A1')).visible = false;
    }
    if (capabilities.customProperties) sheet.customProperties.add(KIND_PROPERTY, description.kind);
  }
  env.sheets.set(description.kind, sheet);

  if (description.tabColor) sheet.tabColor = description.tabColor;
  if (capabilities.gridlines) sheet.showGridlines = description.showGridLines ?? true;
}

/** Widths, heights or hiding of a run of adjacent columns or rows that share it. */
export interface DimensionRun {
  /** 'C:E' or '7:9'. */
  address: string;
  property: 'columnWidth' | 'rowHeight' | 'columnHidden' | 'rowHidden';
  /** Points for a width or height. */
  value: number | true;
}

/**
 * The description's column widths, row heights and hidden rows and columns, one run for each
 * stretch of adjacent columns (rows) that share the value: a summary of 50 branches has thousands
 * of rows but only a handful of heights. Widths and heights are painted over (overpainted): the
 * commonest one of a stretch of adjacent runs goes over the whole stretch first, the others on top
 * (出勤's activity columns J:AL at one width, then N, whose activity has a note, wider: two calls
 * instead of three).
 */
export function dimensionRuns(description: SheetDescription): DimensionRun[] {
  const columns = [...(description.columns ?? [])].sort((a, b) => a.column - b.column);
  const rows = [...(description.rows ?? [])].sort((a, b) => a.row - b.row);
  const column = (n: number) => columnLetters(n);
  return [
    ...overpainted(
      runs(
        columns.map((spec) => [
          spec.column,
          spec.width === undefined ? undefined : columnWidthPoints(spec.width),
        ]),
      ),
    ).map(([from, to, value]) => ({
      address: `${column(from)}:${column(to)}`,
      property: 'columnWidth' as const,
      value,
    })),
    ...runs(columns.map((spec) => [spec.column, spec.hidden ? true : undefined])).map(
      ([from, to, value]) => ({
        address: `${column(from)}:${column(to)}`,
        property: 'columnHidden' as const,
        value,
      }),
    ),
    ...overpainted(runs(rows.map((spec) => [spec.row, spec.height]))).map(([from, to, value]) => ({
      address: `${from}:${to}`,
      property: 'rowHeight' as const,
      value,
    })),
    ...runs(rows.map((spec) => [spec.row, spec.hidden ? true : undefined])).map(([from, to, value]) => ({
      address: `${from}:${to}`,
      property: 'rowHidden' as const,
      value,
    })),
  ];
}

/** [from, to, value] for each stretch of consecutive indexes with one defined value. */
function runs<V extends number | true>(
  entries: ReadonlyArray<readonly [number, V | undefined]>,
): Array<[number, number, V]> {
  const result: Array<[number, number, V]> = [];
  for (const [index, value] of entries) {
    if (value === undefined) continue;
    const last = result[result.length - 1];
    if (last && last[1] === index - 1 && last[2] === value) last[1] = index;
    else result.push([index, index, value]);
  }
  return result;
}

/**
 * The same sizes in fewer runs, later ones over earlier ones: in each stretch of adjacent runs, the
 * value most runs have is set over the whole stretch first, then the runs of other values. Only
 * over indexes that get a size anyway: a column or row between stretches keeps the standard size.
 */
function overpainted(sized: ReadonlyArray<[number, number, number]>): Array<[number, number, number]> {
  const result: Array<[number, number, number]> = [];
  for (let start = 0; start < sized.length;) {
    let end = start;
    while (end + 1 < sized.length && sized[end + 1][0] === sized[end][1] + 1) end++;
    const stretch = sized.slice(start, end + 1);
    const counts = new Map<number, number>();
    for (const [, , value] of stretch) counts.set(value, (counts.get(value) ?? 0) + 1);
    let common = stretch[0][2];
    for (const [value, count] of counts) if (count > (counts.get(common) ?? 0)) common = value;
    if ((counts.get(common) ?? 0) < 2) result.push(...stretch);
    else
      result.push(
        [stretch[0][0], stretch[stretch.length - 1][1], common],
        ...stretch.filter(([, , value]) => value !== common),
      );
    start = end + 1;
  }
  return result;
}

export function queueDimensionRun(sheet: Excel.Worksheet, run: DimensionRun): void {
  const range = rangeAt(sheet, run.address);
  if (run.property === 'columnWidth') range.format.columnWidth = Number(run.value);
  else if (run.property === 'rowHeight') range.format.rowHeight = Number(run.value);
  else if (run.property === 'columnHidden') range.columnHidden = true;
  else range.rowHidden = true;
}

/**
 * The description's merges as Office.js merge calls: one-row merges over the same columns in
 * adjacent rows (a summary's table rows) are one call with `across`, which merges each row of the
 * range separately (Range.merge(across), ExcelApi 1.2).
 */
export function mergeCalls(merges: readonly string[]): Array<{ range: string; across: boolean }> {
  const boxes = merges.map(rangeBox);
  const single = boxes.filter((box) => box.top === box.bottom);
  single.sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const calls: Array<{ box: RangeBox; across: boolean }> = boxes
    .filter((box) => box.top !== box.bottom)
    .map((box) => ({ box, across: false }));
  for (const box of single) {
    const last = calls[calls.length - 1];
    if (
      last?.across &&
      last.box.left === box.left &&
      last.box.right === box.right &&
      last.box.bottom === box.top - 1
    )
      last.box = { ...last.box, bottom: box.bottom };
    else calls.push({ box, across: true });
  }
  // A one-row merge is the same with or without `across`; say so only where it matters.
  return calls.map(({ box, across }) => ({
    range: formatRange(box),
    across: across && box.bottom > box.top,
  }));
}

export interface FinishInfo {
  kind: string;
  resolve: (text: string) => string;
  /** Tables with the names they get in this workbook. */
  tables: readonly TableSpec[];
}

/** A sheet's workbook names; `replace` when a name of the add-in's by that name exists already. */
export interface SheetNames {
  kind: string;
  names: ReadonlyArray<NameSpec & { replace: boolean }>;
}

/**
 * The names, each on its range of the sheet (queued before any sheet's formulas: see writePlan.ts).
 * The sheet is reached by name: a new one was added just before, an owned one is not prepared yet.
 */
export function queueSheetNames(env: WriteEnv, sheetName: string, info: SheetNames): void {
  const workbook = env.context.workbook;
  const sheet = workbook.worksheets.getItem(sheetName);
  for (const name of info.names) {
    if (name.replace) workbook.names.getItem(name.name).delete();
    workbook.names.add(name.name, sheet.getRange(name.range), name.comment);
  }
}

export function queueFinish(env: WriteEnv, description: SheetDescription, info: FinishInfo): void {
  const { capabilities } = env;
  const sheet = env.sheets.get(info.kind);
  if (!sheet) throw new RangeError(`Sheet of kind ${info.kind} was not prepared`);
  for (const merge of mergeCalls(description.merges ?? [])) rangeAt(sheet, merge.range).merge(merge.across);
  if (capabilities.dataValidation)
    for (const validation of description.validations ?? []) queueValidation(sheet, validation, info.resolve);
  // Rules on the same range share its range and collection objects in the request.
  const collections = new Map<string, Excel.ConditionalFormatCollection>();
  (description.conditionalFormats ?? []).forEach((format, index) => {
    let collection = collections.get(format.range);
    if (!collection)
      collections.set(format.range, (collection = rangeAt(sheet, format.range).conditionalFormats));
    queueConditionalFormat(collection, format, index, info.resolve);
  });
  for (const table of info.tables) {
    const added = sheet.tables.add(table.range, true);
    added.name = table.name;
    added.style = table.style;
    added.showBandedRows = table.showRowStripes;
  }
  const freeze = description.freeze ?? { rows: 0, columns: 0 };
  if (freeze.rows > 0 && freeze.columns > 0)
    sheet.freezePanes.freezeAt(`A1:${cellRef(freeze.rows, freeze.columns)}`);
  else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze.columns > 0) sheet.freezePanes.freezeColumns(freeze.columns);
  if (description.print && capabilities.pageLayout)
    queuePrint(sheet, description.print, capabilities.pageBreaks);
}

const OPERATOR = {
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  lessThan: 'LessThan',
  lessThanOrEqual: 'LessThanOrEqual',
  greaterThan: 'GreaterThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  between: 'Between',
} as const;

function queueValidation(
  sheet: Excel.Worksheet,
  validation: DataValidation,
  resolve: (text: string) => string,
): void {
  const target = rangeAt(sheet, validation.range).dataValidation;
  const { rule } = validation;
  let excelRule: Excel.DataValidationRule;
  switch (rule.type) {
    case 'list':
      excelRule = { list: { inCellDropDown: true, source: rule.values.join(',') } };
      break;
    case 'listFromRange':
      excelRule = { list: { inCellDropDown: true, source: `=${resolve(rule.source)}` } };
      break;
    case 'whole':
    case 'decimal': {
      excelRule = { [rule.type === 'whole' ? 'wholeNumber' : 'decimal']: bounds(rule.min, rule.max) };
      break;
    }
    case 'date': {
      // Serial numbers: no time zone and no locale's date order involved.
      const serial = (date: CalendarDate | undefined) =>
        date === undefined ? undefined : `=${toExcelSerial(date)}`;
      const basic = bounds(serial(rule.min), serial(rule.max));
      excelRule = {
        date: {
          operator: basic.operator,
          formula1: String(basic.formula1),
          formula2: basic.formula2 === undefined ? undefined : String(basic.formula2),
        },
      };
      break;
    }
  }
  target.rule = excelRule;
  target.ignoreBlanks = validation.allowBlank;
  const style = validation.errorStyle ?? 'stop';
  target.errorAlert = {
    showAlert: true,
    style: style === 'stop' ? 'Stop' : style === 'warning' ? 'Warning' : 'Information',
    title: validation.errorTitle,
    message: validation.error,
  };
  if (validation.prompt) target.prompt = { showPrompt: true, title: '', message: validation.prompt };
}

function bounds(
  min: number | string | undefined,
  max: number | string | undefined,
): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined) return { operator: 'Between', formula1: min, formula2: max };
  if (min !== undefined) return { operator: 'GreaterThanOrEqualTo', formula1: min };
  if (max !== undefined) return { operator: 'LessThanOrEqualTo', formula1: max };
  throw new RangeError('A validation bound is needed');
}

/**
 * One rule on one range; `index` keeps the description's order as Excel's priority (0 first).
 * A new format goes "to the collection at the first/top priority" (ConditionalFormatCollection.add),
 * and setting `priority` comes last, after the rule and its look, as Microsoft's samples do: "if
 * you change the priority, you have to re-fetch a new copy of the object at that new priority
 * location if you want to make further changes to it" (ConditionalFormat.priority). Adding the
 * rules in description order and moving each new one from the top to its index leaves them in
 * that order, since "Changing this also changes other conditional formats' priorities, to allow
 * for a contiguous priority order".
 */
function queueConditionalFormat(
  collection: Excel.ConditionalFormatCollection,
  format: ConditionalFormat,
  index: number,
  resolve: (text: string) => string,
): void {
  const { rule } = format;
  let added: Excel.ConditionalFormat;
  let look: Excel.ConditionalRangeFormat;
  if (rule.type === 'expression') {
    added = collection.add('Custom');
    added.custom.rule.formula = resolve(rule.formula);
    look = added.custom.format;
  } else {
    added = collection.add('CellValue');
    const [formula1, formula2] = rule.formulas.map(resolve);
    added.cellValue.rule =
      formula2 === undefined
        ? { formula1, operator: OPERATOR[rule.operator] }
        : { formula1, formula2, operator: OPERATOR[rule.operator] };
    look = added.cellValue.format;
  }
  if (format.format.fill !== undefined) look.fill.color = format.format.fill;
  if (format.format.fontColor !== undefined) look.font.color = format.format.fontColor;
  if (format.format.bold !== undefined) look.font.bold = format.format.bold;
  added.priority = index;
}

/**
 * Fit to pages as PageLayoutZoomOptions documents it: horizontalFitToPages and verticalFitToPages
 * are each a "Number of pages to fit horizontally/vertically", scale "between 10 and 400". The
 * description's 0 ("as many as needed") has no documented value, so that side is left out.
 */
export function zoomOf(fitTo: PrintSetup['fitTo']): Excel.PageLayoutZoomOptions {
  if (!fitTo || (fitTo.width < 1 && fitTo.height < 1)) return { scale: 100 };
  return {
    ...(fitTo.width >= 1 ? { horizontalFitToPages: fitTo.width } : {}),
    ...(fitTo.height >= 1 ? { verticalFitToPages: fitTo.height } : {}),
  };
}

function queuePrint(sheet: Excel.Worksheet, print: PrintSetup, pageBreaks: boolean): void {
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.zoom = zoomOf(print.fitTo);
  if (print.centerHorizontally !== undefined) layout.centerHorizontally = print.centerHorizontally;
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  if (print.area) layout.setPrintArea(print.area);
  if (print.margins) {
    const m = print.margins;
    layout.topMargin = centimetresToPoints(m.top);
    layout.bottomMargin = centimetresToPoints(m.bottom);
    layout.leftMargin = centimetresToPoints(m.left);
    layout.rightMargin = centimetresToPoints(m.right);
    layout.headerMargin = centimetresToPoints(m.header);
    layout.footerMargin = centimetresToPoints(m.footer);
  }
  const pages = layout.headersFooters.defaultForAllPages;
  const set = (text: HeaderFooterText | undefined, place: 'Header' | 'Footer') => {
    if (!text) return;
    if (text.left !== undefined) pages[`left${place}`] = text.left;
    if (text.center !== undefined) pages[`center${place}`] = text.center;
    if (text.right !== undefined) pages[`right${place}`] = text.right;
  };
  set(print.header, 'Header');
  set(print.footer, 'Footer');
  if (pageBreaks) for (const row of print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}
