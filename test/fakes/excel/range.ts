/** Excel.Range and its format objects (font, fill, borders) over the fake state. */

import {
  columnLetters,
  formatAddress,
  formatLocal,
  MAX_COLUMNS,
  MAX_ROWS,
  parseLocalAddress,
  rowOfKey,
  columnOfKey,
  splitSheet,
  type Rect,
} from './address';
import { clearCells, displayText, effectiveFormat, guardWrite, readCell, writeGrid } from './cells';
import { copyFormulas, copyOptionsProblem, copyTarget } from './copyFrom';
import { cellGrid } from './documentedForms';
import { checkFormula, scopeOf } from './formulaCheck';
import { FakeConditionalFormatCollection } from './conditionalFormats';
import { FakeDataValidation } from './dataValidation';
import { fakeError } from './errors';
import {
  FakeClientObject,
  type FakeRequestContext,
  type LoadSpec,
  type ObjectPathInfo,
  type PathNode,
} from './proxy';
import type { SheetState } from './state';

/** What a range needs from its worksheet proxy. */
export interface SheetHandle extends PathNode {
  resolveSheet(): SheetState | undefined;
  readonly context: FakeRequestContext;
}

export interface Located {
  sheet: SheetState;
  rect: Rect;
}

export class FakeRange extends FakeClientObject {
  readonly typeName: string = 'Range';
  protected readonly scalarNames = [
    'address',
    'addressLocal',
    'values',
    'formulas',
    'numberFormat',
    'text',
    'valueTypes',
    'rowCount',
    'columnCount',
    'rowIndex',
    'columnIndex',
    'cellCount',
    'rowHidden',
    'columnHidden',
  ] as const;
  private located: Located | null | undefined;
  private readonly owner: SheetHandle;
  private readonly locate: (sheet: SheetState) => Rect | undefined;
  private formatProxy?: FakeRangeFormat;
  private validationProxy?: FakeDataValidation;
  private cfProxy?: FakeConditionalFormatCollection;

  constructor(
    owner: SheetHandle,
    locate: (sheet: SheetState) => Rect | undefined,
    nullable = false,
    how = 'getRange',
    args: unknown[] = [],
    /** False for a range made inside a sync (a collection's item): nothing to queue. */
    queued = true,
  ) {
    super(owner.context, nullable);
    this.owner = owner;
    this.locate = locate;
    this.reachedBy(owner, how, 3, args);
    if (!queued) return;
    // Where the range lies is settled at this point of the batch (used ranges, bad addresses).
    this.context.enqueue({
      wire: { target: this, k: 'instantiate', n: how },
      location: `Worksheet.${how}`,
      apply: () => void this.resolve(),
    });
  }

  /** The sheet and rectangle; null for a null object; throws for a bad address or a missing sheet. */
  resolve(): Located | null {
    if (this.located !== undefined) return this.located;
    const sheet = this.owner.resolveSheet();
    if (!sheet) throw fakeError('ItemNotFound', 'Range');
    const rect = this.locate(sheet);
    this.located = rect ? { sheet, rect } : null;
    if (!rect && !this.nullable) throw fakeError('ItemNotFound', 'Range');
    return this.located;
  }

  where(location: string): Located {
    const found = this.resolve();
    if (!found) throw fakeError('ItemNotFound', location);
    return found;
  }

  /** The rectangles a format set on this object goes to: the range itself (RangeAreas: each area). */
  areasOf(location: string): Rect[] {
    return [this.where(location).rect];
  }

  protected override isMissing(): boolean {
    return this.resolve() === null;
  }

  protected override snapshot(): Record<string, unknown> {
    const { sheet, rect } = this.where('Range.load');
    if (rect.rowCount * rect.columnCount > 5_000_000)
      throw fakeError('GeneralException', 'Range.load', 'The range is too large to load.');
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const numberFormat: unknown[][] = [];
    const text: unknown[][] = [];
    const valueTypes: unknown[][] = [];
    for (let r = 0; r < rect.rowCount; r++) {
      const vRow: unknown[] = [];
      const fRow: unknown[] = [];
      const nRow: unknown[] = [];
      const tRow: unknown[] = [];
      const yRow: unknown[] = [];
      for (let c = 0; c < rect.columnCount; c++) {
        const state = readCell(sheet, rect.row + r, rect.column + c);
        vRow.push(state.value);
        fRow.push(state.formula ?? state.value);
        nRow.push(state.numberFormat);
        tRow.push(displayText(state));
        yRow.push(
          state.value === ''
            ? 'Empty'
            : typeof state.value === 'number'
              ? 'Double'
              : typeof state.value === 'boolean'
                ? 'Boolean'
                : 'String',
        );
      }
      values.push(vRow);
      formulas.push(fRow);
      numberFormat.push(nRow);
      text.push(tRow);
      valueTypes.push(yRow);
    }
    return {
      address: formatAddress(sheet.name, rect),
      addressLocal: formatAddress(sheet.name, rect),
      values,
      formulas,
      numberFormat,
      text,
      valueTypes,
      rowCount: rect.rowCount,
      columnCount: rect.columnCount,
      rowIndex: rect.row,
      columnIndex: rect.column,
      cellCount: rect.rowCount * rect.columnCount,
      rowHidden: allIn(sheet.hiddenRows, rect.row, rect.rowCount),
      columnHidden: allIn(sheet.hiddenColumns, rect.column, rect.columnCount),
    };
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === 'format') return this.format;
    return undefined;
  }

  get address(): string {
    return this.read('address');
  }
  get addressLocal(): string {
    return this.read('addressLocal');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(input: unknown[][]) {
    this.queueGrid('values', input);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(input: unknown[][]) {
    this.queueGrid('formulas', input);
  }
  /** Write-only here: the fake stores A1 formulas and converts R1C1 ones as they are written. */
  set formulasR1C1(input: unknown[][]) {
    this.queueGrid('formulasR1C1', input);
  }
  get formulasR1C1(): unknown[][] {
    return this.read('formulasR1C1');
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.queueGrid('numberFormat', input);
  }

  private queueGrid(kind: 'values' | 'formulas' | 'formulasR1C1' | 'numberFormat', input: unknown): void {
    const location = `Range.${kind}`;
    this.queueSet(kind, input, () => {
      const { sheet, rect } = this.where(location);
      const grid = cellGrid(input, rect, location);
      guardWrite(this.context.host, sheet, location);
      // Every formula entered is parsed as en-US Excel reads it, against the workbook as it is now.
      const scope = scopeOf(this.context.host.state);
      writeGrid(sheet, rect, grid, kind, (formula) => checkFormula(formula, scope, location));
    });
  }

  /** Hides or shows whole rows/columns of the range (the fake reads them back as state only). */
  set rowHidden(value: boolean) {
    this.queueSet(
      'rowHidden',
      value,
      () => {
        const { sheet, rect } = this.where('Range.rowHidden');
        guardWrite(this.context.host, sheet, 'Range.rowHidden');
        for (let r = rect.row; r < rect.row + Math.min(rect.rowCount, 1048576); r++) {
          if (value) sheet.hiddenRows.add(r);
          else sheet.hiddenRows.delete(r);
          if (!value && sheet.hiddenRows.size === 0) break;
        }
      },
      'rowColumnHidden',
    );
  }
  get rowHidden(): boolean {
    return this.read('rowHidden');
  }
  set columnHidden(value: boolean) {
    this.queueSet(
      'columnHidden',
      value,
      () => {
        const { sheet, rect } = this.where('Range.columnHidden');
        guardWrite(this.context.host, sheet, 'Range.columnHidden');
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          if (value) sheet.hiddenColumns.add(c);
          else sheet.hiddenColumns.delete(c);
        }
      },
      'rowColumnHidden',
    );
  }
  get columnHidden(): boolean {
    return this.read('columnHidden');
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this).reachedBy(this, 'format');
    return this.formatProxy;
  }

  get dataValidation(): FakeDataValidation {
    this.validationProxy ??= new FakeDataValidation(this).reachedBy(this, 'dataValidation');
    return this.validationProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.cfProxy ??= new FakeConditionalFormatCollection(this).reachedBy(this, 'conditionalFormats');
    return this.cfProxy;
  }

  get worksheetHandle(): SheetHandle {
    return this.owner;
  }

  /** Runs a write that needs the located range and an unprotected sheet. */
  mutate(
    name: string,
    args: unknown[],
    apply: (where: Located) => void,
    api?: Parameters<FakeClientObject['queueCall']>[3],
  ): void {
    const location = `Range.${name}`;
    this.queueCall(
      name,
      args,
      () => {
        const where = this.where(location);
        guardWrite(this.context.host, where.sheet, location);
        apply(where);
      },
      api,
    );
  }

  clear(applyTo?: string): void {
    const mode = applyTo ?? 'All';
    this.mutate('clear', [mode], ({ sheet, rect }) => {
      clearCells(sheet, rect, mode === 'All' || mode === 'Contents', mode === 'All' || mode === 'Formats');
    });
  }

  /** Range.copyFrom with copyType 'Formulas' (see copyFrom.ts); the source is a range proxy. */
  copyFrom(source: FakeRange | string, copyType?: string, skipBlanks?: boolean, transpose?: boolean): void {
    const args = [
      typeof source === 'string' ? source : { objectPath: source.objectId },
      copyType,
      skipBlanks,
      transpose,
    ];
    this.mutate(
      'copyFrom',
      args,
      ({ sheet, rect }) => {
        const problem = copyOptionsProblem(copyType ?? 'All', skipBlanks, transpose);
        if (problem !== null) throw fakeError('InvalidArgument', 'Range.copyFrom', problem);
        if (typeof source === 'string')
          throw fakeError('InvalidArgument', 'Range.copyFrom', 'The fake takes the source as a Range.');
        const from = source.where('Range.copyFrom');
        const scope = scopeOf(this.context.host.state);
        copyFormulas(from.sheet, from.rect, sheet, copyTarget(from.rect, rect), (formula) =>
          checkFormula(formula, scope, 'Range.copyFrom'),
        );
      },
      'copyFrom',
    );
  }

  merge(across = false): void {
    this.mutate(
      'merge',
      [across],
      ({ sheet, rect }) => {
        const rows = across
          ? Array.from({ length: rect.rowCount }, (_, i) => ({ ...rect, row: rect.row + i, rowCount: 1 }))
          : [rect];
        for (const area of rows) {
          sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
          // Merging keeps the top-left value only, as Excel does.
          clearCells(
            sheet,
            { ...area, column: area.column + 1, columnCount: area.columnCount - 1 },
            true,
            false,
          );
          clearCells(sheet, { ...area, row: area.row + 1, rowCount: area.rowCount - 1 }, true, false);
          if (area.rowCount * area.columnCount > 1) sheet.merges.push(area);
        }
      },
      'merge',
    );
  }

  unmerge(): void {
    this.mutate(
      'unmerge',
      [],
      ({ sheet, rect }) => {
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
      },
      'merge',
    );
  }

  /**
   * Range.select: records the selection. Stricter than Office.js is documented to be: the range's
   * sheet must be the active one (as VBA's Select requires), so code must activate it first.
   */
  select(): void {
    this.queueCall('select', [], () => {
      const { sheet, rect } = this.where('Range.select');
      const state = this.context.host.state;
      const active = state.sheets.find((s) => s.id === state.activeSheetId) ?? state.sheets[0];
      if (active !== sheet)
        throw fakeError('InvalidOperation', 'Range.select', 'The range is not on the active worksheet.');
      state.selection = { sheetId: sheet.id, address: selectionAddress(rect) };
    });
  }

  private derived(how: string, args: unknown[], locate: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(
      this.owner,
      () => {
        const base = this.where(`Range.${how}`);
        const rect = locate(base.rect);
        if (rect.row < 0 || rect.column < 0 || rect.rowCount < 1 || rect.columnCount < 1)
          throw fakeError('InvalidArgument', `Range.${how}`);
        return rect;
      },
      false,
      how,
      args,
    ).reachedBy(this, how, 3, args);
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived('getCell', [row, column], (r) => ({
      row: r.row + row,
      column: r.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], (r) => ({
      ...r,
      row: r.row + rowOffset,
      column: r.column + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], (r) => ({
      ...r,
      rowCount: r.rowCount + deltaRows,
      columnCount: r.columnCount + deltaColumns,
    }));
  }
  getRow(row: number): FakeRange {
    return this.derived('getRow', [row], (r) => ({ ...r, row: r.row + row, rowCount: 1 }));
  }
  getColumn(column: number): FakeRange {
    return this.derived('getColumn', [column], (r) => ({ ...r, column: r.column + column, columnCount: 1 }));
  }
  /**
   * Range.getIntersectionOrNullObject (ExcelApi 1.4): the rectangle both cover, a null object when
   * they do not meet. `other` is an address on this range's sheet or a range proxy.
   */
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    const args = [typeof other === 'string' ? other : { objectPath: other.objectId }];
    const range = new FakeRange(
      this.owner,
      (sheet) => {
        const base = this.where('Range.getIntersectionOrNullObject');
        const rect =
          typeof other === 'string'
            ? rectOnSheet(sheet, other, 'Range.getIntersectionOrNullObject')
            : other.where('Range.getIntersectionOrNullObject').rect;
        const row = Math.max(base.rect.row, rect.row);
        const column = Math.max(base.rect.column, rect.column);
        const bottom = Math.min(base.rect.row + base.rect.rowCount, rect.row + rect.rowCount);
        const right = Math.min(base.rect.column + base.rect.columnCount, rect.column + rect.columnCount);
        return bottom > row && right > column
          ? { row, column, rowCount: bottom - row, columnCount: right - column }
          : undefined;
      },
      true,
      'getIntersectionOrNullObject',
      args,
    ).reachedBy(this, 'getIntersectionOrNullObject', 3, args);
    this.context.enqueue({
      wire: null,
      location: 'Range.getIntersectionOrNullObject',
      api: 'getIntersectionOrNullObject',
      apply: () => undefined,
    });
    return range;
  }
  /** See FakeSpecialCells: Excel.SpecialCellType.formulas ('Formulas') only. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeSpecialCells {
    const args = cellValueType === undefined ? [cellType] : [cellType, cellValueType];
    const found = new FakeSpecialCells(this, this.owner, args);
    this.context.enqueue({
      wire: { target: found, k: 'instantiate', n: 'getSpecialCellsOrNullObject' },
      location: `${this.typeName}.getSpecialCellsOrNullObject`,
      api: 'getSpecialCells',
      apply: () => {
        if (cellType !== 'Formulas' || cellValueType !== undefined)
          throw fakeError(
            'InvalidArgument',
            `${this.typeName}.getSpecialCellsOrNullObject`,
            'The fake knows Formulas only.',
          );
      },
    });
    return found;
  }
  /** See FakeMergedAreas. */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    const found = new FakeMergedAreas(this, this.owner);
    this.context.enqueue({
      wire: { target: found, k: 'instantiate', n: 'getMergedAreasOrNullObject' },
      location: `${this.typeName}.getMergedAreasOrNullObject`,
      api: 'getMergedAreas',
      apply: () => undefined,
    });
    return found;
  }
  getEntireColumn(): FakeRange {
    return this.derived('getEntireColumn', [], (r) => ({ ...r, row: 0, rowCount: 1048576 }));
  }
  getEntireRow(): FakeRange {
    return this.derived('getEntireRow', [], (r) => ({ ...r, column: 0, columnCount: 16384 }));
  }
}

/** Excel's way of writing a selection: whole rows as '5:5', whole columns as 'C:C', else 'A1'/'A1:B2'. */
function selectionAddress(rect: Rect): string {
  if (rect.column === 0 && rect.columnCount === MAX_COLUMNS)
    return `${rect.row + 1}:${rect.row + rect.rowCount}`;
  if (rect.row === 0 && rect.rowCount === MAX_ROWS)
    return `${columnLetters(rect.column)}:${columnLetters(rect.column + rect.columnCount - 1)}`;
  return formatLocal(rect);
}

function allIn(set: Set<number>, start: number, count: number): boolean {
  if (set.size < count) return false;
  for (let i = start; i < start + count; i++) if (!set.has(i)) return false;
  return true;
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** Parses an address given to a worksheet, refusing one that names another sheet. */
export function rectOnSheet(sheet: SheetState, address: string, location: string): Rect {
  const { sheet: named, local } = splitSheet(address);
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase())
    throw fakeError('InvalidArgument', location);
  return parseLocalAddress(local, location);
}

export { formatLocal };

/** A format property stored as a FormatEntry over the range ('font.bold', 'fill.color'…). */
abstract class FormatPart extends FakeClientObject {
  protected readonly range: FakeRange;
  protected abstract readonly prefix: string;
  protected abstract readonly defaults: Record<string, unknown>;

  constructor(range: FakeRange) {
    super(range.context);
    this.range = range;
  }

  protected override isMissing(): boolean {
    return this.range.resolve() === null;
  }

  protected override snapshot(): Record<string, unknown> {
    const { sheet, rect } = this.range.where(`${this.typeName}.load`);
    const out: Record<string, unknown> = {};
    for (const name of this.scalarNames)
      out[name] = effectiveFormat(sheet, rect, this.prefix + name, this.defaults[name]);
    return out;
  }

  protected setFormat(name: string, value: unknown, check?: (value: unknown) => boolean): void {
    const location = `${this.typeName}.${name}`;
    this.queueSet(name, value, () => {
      const { sheet } = this.range.where(location);
      guardWrite(this.context.host, sheet, location);
      if (check && !check(value)) throw fakeError('InvalidArgument', location);
      // On a RangeAreas every area gets the property, its own edges included.
      for (const rect of this.range.areasOf(location))
        sheet.formats.push({ rect, property: this.prefix + name, value });
    });
  }
}

const colorPattern = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;
const isColor = (v: unknown): boolean => typeof v === 'string' && colorPattern.test(v);

export class FakeRangeFont extends FormatPart {
  readonly typeName = 'RangeFont';
  protected readonly prefix = 'font.';
  protected readonly scalarNames = [
    'bold',
    'italic',
    'color',
    'size',
    'name',
    'underline',
    'strikethrough',
  ] as const;
  protected readonly defaults = {
    bold: false,
    italic: false,
    color: '#000000',
    size: 11,
    name: 'Calibri',
    underline: 'None',
    strikethrough: false,
  };
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.setFormat('bold', v, (x) => typeof x === 'boolean');
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(v: boolean) {
    this.setFormat('italic', v, (x) => typeof x === 'boolean');
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.setFormat('color', v, isColor);
  }
  get size(): number {
    return this.read('size');
  }
  set size(v: number) {
    this.setFormat('size', v, (x) => typeof x === 'number' && x >= 1 && x <= 409);
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.setFormat('name', v, (x) => typeof x === 'string' && x.length > 0);
  }
  get underline(): string {
    return this.read('underline');
  }
  set underline(v: string) {
    this.setFormat('underline', v);
  }
  get strikethrough(): boolean {
    return this.read('strikethrough');
  }
  set strikethrough(v: boolean) {
    this.setFormat('strikethrough', v);
  }
}

export class FakeRangeFill extends FormatPart {
  readonly typeName = 'RangeFill';
  protected readonly prefix = 'fill.';
  protected readonly scalarNames = ['color'] as const;
  protected readonly defaults = { color: '#FFFFFF' };
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.setFormat('color', v, isColor);
  }
  clear(): void {
    this.range.mutate('fill.clear', [], ({ sheet, rect }) => {
      sheet.formats.push({ rect, property: 'fill.color', value: '#FFFFFF' });
    });
  }
}

const borderIndexes = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];

export class FakeRangeBorder extends FormatPart {
  readonly typeName = 'RangeBorder';
  protected readonly prefix: string;
  protected readonly scalarNames = ['style', 'color', 'weight', 'sideIndex'] as const;
  protected readonly defaults: Record<string, unknown>;
  constructor(range: FakeRange, index: string) {
    super(range);
    this.prefix = `borders.${index}.`;
    this.defaults = { style: 'None', color: '#000000', weight: 'Thin', sideIndex: index };
  }
  get style(): string {
    return this.read('style');
  }
  set style(v: string) {
    this.setFormat('style', v, (x) =>
      ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'].includes(
        String(x),
      ),
    );
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.setFormat('color', v, isColor);
  }
  get weight(): string {
    return this.read('weight');
  }
  set weight(v: string) {
    this.setFormat('weight', v, (x) => ['Hairline', 'Thin', 'Medium', 'Thick'].includes(String(x)));
  }
  get sideIndex(): string {
    return this.read('sideIndex');
  }
}

export class FakeRangeBorderCollection implements PathNode {
  private readonly range: FakeRange;
  private readonly items = new Map<string, FakeRangeBorder>();
  readonly objectId: number;
  readonly pathInfo: ObjectPathInfo;
  constructor(range: FakeRange, format: FakeRangeFormat) {
    this.range = range;
    this.objectId = range.context.newObjectId();
    this.pathInfo = { type: 4, name: 'borders', parent: format };
  }
  getItem(index: string): FakeRangeBorder {
    if (!borderIndexes.includes(index)) throw fakeError('InvalidArgument', 'RangeBorderCollection.getItem');
    let item = this.items.get(index);
    if (!item) {
      item = new FakeRangeBorder(this.range, index).reachedBy(this, 'getItem', 3, [index]);
      this.items.set(index, item);
    }
    return item;
  }
}

export class FakeRangeFormat extends FormatPart {
  readonly typeName = 'RangeFormat';
  protected readonly prefix = '';
  protected readonly scalarNames = [
    'horizontalAlignment',
    'verticalAlignment',
    'wrapText',
    'columnWidth',
    'rowHeight',
  ] as const;
  protected readonly defaults = {
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    wrapText: false,
    columnWidth: 48,
    rowHeight: 15,
  };
  private fontProxy?: FakeRangeFont;
  private fillProxy?: FakeRangeFill;
  private bordersProxy?: FakeRangeBorderCollection;

  get font(): FakeRangeFont {
    this.fontProxy ??= new FakeRangeFont(this.range).reachedBy(this, 'font');
    return this.fontProxy;
  }
  get fill(): FakeRangeFill {
    this.fillProxy ??= new FakeRangeFill(this.range).reachedBy(this, 'fill');
    return this.fillProxy;
  }
  get borders(): FakeRangeBorderCollection {
    this.bordersProxy ??= new FakeRangeBorderCollection(this.range, this);
    return this.bordersProxy;
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === 'font') return this.font;
    if (name === 'fill') return this.fill;
    return undefined;
  }

  protected override snapshot(): Record<string, unknown> {
    const out = super.snapshot();
    const { sheet, rect } = this.range.where('RangeFormat.load');
    out.columnWidth = uniform(sheet.columnWidths, rect.column, rect.columnCount, 48);
    out.rowHeight = uniform(sheet.rowHeights, rect.row, rect.rowCount, 15);
    return out;
  }

  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.setFormat('horizontalAlignment', v, (x) =>
      [
        'General',
        'Left',
        'Center',
        'Right',
        'Fill',
        'Justify',
        'CenterAcrossSelection',
        'Distributed',
      ].includes(String(x)),
    );
  }
  get verticalAlignment(): string {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.setFormat('verticalAlignment', v, (x) =>
      ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'].includes(String(x)),
    );
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(v: boolean) {
    this.setFormat('wrapText', v, (x) => typeof x === 'boolean');
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(v: number) {
    this.queueSet(
      'columnWidth',
      v,
      () => {
        const { sheet, rect } = this.range.where('RangeFormat.columnWidth');
        guardWrite(this.context.host, sheet, 'RangeFormat.columnWidth');
        if (typeof v !== 'number' || v < 0 || v > 1800)
          throw fakeError('InvalidArgument', 'RangeFormat.columnWidth');
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.columnWidths.set(c, v);
      },
      'columnWidth',
    );
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(v: number) {
    this.queueSet(
      'rowHeight',
      v,
      () => {
        const { sheet, rect } = this.range.where('RangeFormat.rowHeight');
        guardWrite(this.context.host, sheet, 'RangeFormat.rowHeight');
        if (typeof v !== 'number' || v < 0 || v > 409)
          throw fakeError('InvalidArgument', 'RangeFormat.rowHeight');
        for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.rowHeights.set(r, v);
      },
      'columnWidth',
    );
  }
  /** Back to the sheet's standard width/height: the stored widths of these columns/rows go. */
  set useStandardWidth(value: boolean) {
    this.queueSet(
      'useStandardWidth',
      value,
      () => {
        const { sheet, rect } = this.range.where('RangeFormat.useStandardWidth');
        guardWrite(this.context.host, sheet, 'RangeFormat.useStandardWidth');
        if (value)
          for (const c of [...sheet.columnWidths.keys()])
            if (c >= rect.column && c < rect.column + rect.columnCount) sheet.columnWidths.delete(c);
      },
      'columnWidth',
    );
  }
  get useStandardWidth(): boolean {
    return this.read('useStandardWidth');
  }
  set useStandardHeight(value: boolean) {
    this.queueSet(
      'useStandardHeight',
      value,
      () => {
        const { sheet, rect } = this.range.where('RangeFormat.useStandardHeight');
        guardWrite(this.context.host, sheet, 'RangeFormat.useStandardHeight');
        if (value)
          for (const r of [...sheet.rowHeights.keys()])
            if (r >= rect.row && r < rect.row + rect.rowCount) sheet.rowHeights.delete(r);
      },
      'columnWidth',
    );
  }
  get useStandardHeight(): boolean {
    return this.read('useStandardHeight');
  }
  autofitColumns(): void {
    this.range.mutate(
      'format.autofitColumns',
      [],
      ({ sheet, rect }) => void sheet.autofitColumns.push(rect),
      'autofit',
    );
  }
  autofitRows(): void {
    this.range.mutate('format.autofitRows', [], () => undefined, 'autofit');
  }
}

function uniform(map: Map<number, number>, start: number, count: number, fallback: number): number | null {
  const first = map.get(start) ?? fallback;
  for (let i = start + 1; i < start + Math.min(count, 20000); i++)
    if ((map.get(i) ?? fallback) !== first) return null;
  return first;
}

/**
 * Excel.RangeAreas (Worksheet.getRanges, ExcelApi 1.9): several rectangles of one sheet. Setting a
 * format property sets it on every area, as Microsoft documents ("Setting a property on a
 * RangeAreas object sets the corresponding property on all the ranges in the RangeAreas.areas
 * collection"); a border edge is each area's own edge. Only `format` is modelled (reading a
 * RangeAreas property answers for its first area). An address list over 8,192 characters is refused
 * with InvalidArgument: Excel refuses long ones at no documented length (OfficeDev/office-js#5198
 * reports failures from about 8,200).
 */
export class FakeRangeAreas extends FakeRange {
  override readonly typeName: string = 'RangeAreas';
  private areas: Rect[] | undefined;

  constructor(owner: SheetHandle, address: string) {
    const parse = (sheet: SheetState): Rect[] => {
      if (address.length > 8192) throw fakeError('InvalidArgument', 'Worksheet.getRanges');
      return address.split(',').map((part) => rectOnSheet(sheet, part.trim(), 'Worksheet.getRanges'));
    };
    super(
      owner,
      (sheet) => {
        this.areas = parse(sheet);
        return this.areas[0];
      },
      false,
      'getRanges',
      [address],
    );
  }

  override areasOf(location: string): Rect[] {
    this.where(location);
    return this.areas ?? [];
  }
}

/**
 * Range.getSpecialCellsOrNullObject and RangeAreas.getSpecialCellsOrNullObject (ExcelApi 1.9), for
 * `Excel.SpecialCellType.formulas` only: the cells of this range (of each area) that hold a formula,
 * as rectangles (a run of adjacent formula cells in a row, joined with the same run on the rows
 * below). "If no special cells are found, this method returns an object with its isNullObject
 * property set to true." Its `areas` (a RangeCollection) load each rectangle's address and formulas.
 */
export class FakeSpecialCells extends FakeClientObject {
  readonly typeName: string = 'RangeAreas';
  protected readonly scalarNames = ['address', 'areaCount', 'cellCount'] as const;
  protected found: { sheet: SheetState; rects: Rect[] } | undefined;
  private areasProxy?: FakeRangeCollection;

  constructor(
    protected readonly range: FakeRange,
    private readonly owner: SheetHandle,
    args: unknown[],
    how = 'getSpecialCellsOrNullObject',
  ) {
    super(range.context, true);
    this.reachedBy(range, how, 3, args);
  }

  /** The rectangles at this point of the batch (settled once, like a range's place). */
  rects(): { sheet: SheetState; rects: Rect[] } {
    if (this.found) return this.found;
    const location = 'Range.getSpecialCellsOrNullObject';
    const sheet = this.range.where(location).sheet;
    const areas = this.range.areasOf(location);
    const inside = (row: number, column: number) =>
      areas.some(
        (a) =>
          row >= a.row && row < a.row + a.rowCount && column >= a.column && column < a.column + a.columnCount,
      );
    const cells = [...sheet.cells]
      .filter(([key, cell]) => cell.formula !== undefined && inside(rowOfKey(key), columnOfKey(key)))
      .map(([key]) => ({ row: rowOfKey(key), column: columnOfKey(key) }))
      .sort((a, b) => a.row - b.row || a.column - b.column);
    // Runs of adjacent cells in each row, then runs with the same columns on consecutive rows joined.
    const runs: Rect[] = [];
    for (const cell of cells) {
      const last = runs[runs.length - 1];
      if (last && last.row === cell.row && last.column + last.columnCount === cell.column) last.columnCount++;
      else runs.push({ row: cell.row, column: cell.column, rowCount: 1, columnCount: 1 });
    }
    const rects: Rect[] = [];
    for (const run of runs) {
      const above = rects.find(
        (r) => r.row + r.rowCount === run.row && r.column === run.column && r.columnCount === run.columnCount,
      );
      if (above) above.rowCount++;
      else rects.push({ ...run });
    }
    this.found = { sheet, rects };
    return this.found;
  }

  protected override isMissing(): boolean {
    return this.missing();
  }

  /** True when the range is gone or holds no formula, at this point of the batch. */
  missing(): boolean {
    return this.range.resolve() === null || this.rects().rects.length === 0;
  }

  protected override snapshot(): Record<string, unknown> {
    const { sheet, rects } = this.rects();
    return {
      address: rects.map((rect) => formatAddress(sheet.name, rect)).join(','),
      areaCount: rects.length,
      cellCount: rects.reduce((sum, rect) => sum + rect.rowCount * rect.columnCount, 0),
    };
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === 'areas') return this.areas;
    return undefined;
  }

  get areas(): FakeRangeCollection {
    this.areasProxy ??= new FakeRangeCollection(this, this.owner).reachedBy(this, 'areas');
    return this.areasProxy;
  }
  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
}

/**
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13): "a RangeAreas object that represents the merged
 * areas in this range … If there are no merged areas, this method returns a null object" — here the
 * sheet's merges that overlap the range, whole, top to bottom. Loads like getSpecialCells' result.
 */
export class FakeMergedAreas extends FakeSpecialCells {
  constructor(range: FakeRange, owner: SheetHandle) {
    super(range, owner, [], 'getMergedAreasOrNullObject');
  }

  override rects(): { sheet: SheetState; rects: Rect[] } {
    if (this.found) return this.found;
    const location = 'Range.getMergedAreasOrNullObject';
    const sheet = this.range.where(location).sheet;
    const areas = this.range.areasOf(location);
    const rects = sheet.merges
      .filter((merge) => areas.some((area) => overlaps(merge, area)))
      .map((merge) => ({ ...merge }))
      .sort((a, b) => a.row - b.row || a.column - b.column);
    this.found = { sheet, rects };
    return this.found;
  }
}

/** RangeAreas.areas: one range per rectangle, loaded through 'items/…'. */
export class FakeRangeCollection extends FakeClientObject {
  readonly typeName: string = 'RangeCollection';
  protected readonly scalarNames = ['items'] as const;
  private itemProxies: FakeRange[] = [];

  constructor(
    private readonly parent: FakeSpecialCells,
    private readonly owner: SheetHandle,
  ) {
    super(parent.context, true);
  }

  protected override isMissing(): boolean {
    return this.parent.missing();
  }

  protected override snapshot(): Record<string, unknown> {
    this.itemProxies = this.parent.rects().rects.map((rect, index) => {
      const item = new FakeRangeItem(this.owner, rect, index).reachedBy(this, 'getItemAt', 3, [index]);
      item.loadNow(this.itemSpec);
      return item;
    });
    return { items: this.itemProxies };
  }

  override queueLoad(spec: LoadSpec): void {
    this.queueItemsLoad(spec, 'getSpecialCells');
  }

  get items(): FakeRange[] {
    return this.read('items');
  }
}

/** A range of a RangeCollection, made while its collection loads: it answers only what was asked. */
class FakeRangeItem extends FakeRange {
  constructor(owner: SheetHandle, rect: Rect, index: number) {
    super(owner, () => rect, false, 'getItemAt', [index], false);
  }

  override loadNow(spec?: LoadSpec): void {
    super.loadNow(spec);
    if (spec === undefined || spec.all) return;
    for (const name of [...this.loaded.keys()]) if (!spec.scalars.has(name)) this.loaded.delete(name);
  }
}
