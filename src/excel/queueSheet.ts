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
 *
 * Widths and heights are sized in ./sheetDimensions.ts, validations and conditional formats set in
 * ./rangeRules.ts, the page layout in ./printLayout.ts.
 */
import { markName } from '../workbook/marks';
import { cellRef, formatRange, rangeBox, sheetReference, type RangeBox } from '../workbook/address';
import type { NameSpec, SheetDescription, TableSpec } from '../workbook/description';
import { KIND_PROPERTY } from './inventory';
import { queuePrint } from './printLayout';
import { queueConditionalFormat, queueValidation } from './rangeRules';
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
