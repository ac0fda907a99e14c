/** Excel.Worksheet, WorksheetCollection, freeze panes, protection and custom properties. */

import { guardWorkbookWrite, guardWrite, usedRect } from './cells';
import { fakeError } from './errors';
import { FakeNamedItemCollection } from './names';
import { FakePageLayout } from './pageLayout';
import { FakeClientObject, type FakeRequestContext, type LoadSpec } from './proxy';
import { apiVersions, compareVersions } from './requirements';
import { FakeRange, FakeRangeAreas, rectOnSheet, type SheetHandle } from './range';
import { newSheet, type SheetState, type WorkbookState } from './state';
import { FakeTableCollection } from './tables';
import { MAX_COLUMNS, MAX_ROWS } from './address';

/** Excel's sheet-name rules; the message names the rule broken. */
export function checkSheetName(name: unknown, others: SheetState[], location: string): string {
  if (typeof name !== 'string' || name.trim().length === 0)
    throw fakeError('InvalidArgument', location, 'A sheet name cannot be blank.');
  if (name.length > 31)
    throw fakeError('InvalidArgument', location, 'A sheet name cannot be longer than 31 characters.');
  if (/[[\]:*?/\\]/.test(name))
    throw fakeError(
      'InvalidArgument',
      location,
      'A sheet name cannot contain any of these characters: [ ] : * ? / \\',
    );
  if (name.startsWith("'") || name.endsWith("'"))
    throw fakeError('InvalidArgument', location, "A sheet name cannot begin or end with an apostrophe (').");
  if (name.toLowerCase() === 'history')
    throw fakeError('InvalidArgument', location, "'History' is a reserved sheet name.");
  if (others.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw fakeError('InvalidArgument', location, 'That sheet name is already taken. Try a different one.');
  }
  return name;
}

export class FakeWorksheet extends FakeClientObject implements SheetHandle {
  readonly typeName = 'Worksheet';
  protected readonly scalarNames = [
    'id',
    'name',
    'position',
    'visibility',
    'tabColor',
    'showGridlines',
  ] as const;
  private readonly find: () => SheetState | undefined;
  private resolved: SheetState | null | undefined;
  private children: Record<string, unknown> = {};

  constructor(context: FakeRequestContext, find: () => SheetState | undefined, nullable = false) {
    super(context, nullable);
    this.find = find;
  }

  /** The sheet, settled the first time the batch needs it (a later rename keeps pointing at it). */
  resolveSheet(): SheetState | undefined {
    if (this.resolved === undefined) this.resolved = this.find() ?? null;
    if (this.resolved && !this.context.host.state.sheets.includes(this.resolved)) return undefined; // deleted
    return this.resolved ?? undefined;
  }

  sheetOrThrow(location: string): SheetState {
    const sheet = this.resolveSheet();
    if (!sheet) throw fakeError('ItemNotFound', location);
    return sheet;
  }

  protected override isMissing(): boolean {
    return this.resolveSheet() === undefined;
  }

  protected override snapshot(): Record<string, unknown> {
    const sheet = this.sheetOrThrow('Worksheet.load');
    return {
      id: sheet.id,
      name: sheet.name,
      position: this.context.host.state.sheets.indexOf(sheet),
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      showGridlines: sheet.showGridlines,
    };
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'pageLayout') return this.pageLayout;
    if (name === 'customProperties') return this.customProperties;
    if (name === 'tables') return this.tables;
    if (name === 'names') return this.names;
    return undefined;
  }

  private child<T>(key: string, make: () => T): T {
    if (!(key in this.children)) this.children[key] = make();
    return this.children[key] as T;
  }

  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.queueSet('name', value, () => {
      const sheet = this.sheetOrThrow('Worksheet.name');
      guardWorkbookWrite(this.context.host, 'Worksheet.name');
      if (sheet.name === value) return;
      guardStructure(this.context.host.state, 'Worksheet.name');
      checkSheetName(
        value,
        this.context.host.state.sheets.filter((s) => s !== sheet),
        'Worksheet.name',
      );
      sheet.name = value;
    });
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.queueSet('position', value, () => {
      const sheet = this.sheetOrThrow('Worksheet.position');
      const sheets = this.context.host.state.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length)
        throw fakeError('InvalidArgument', 'Worksheet.position');
      guardStructure(this.context.host.state, 'Worksheet.position');
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: string) {
    this.queueSet('visibility', value, () => {
      const sheet = this.sheetOrThrow('Worksheet.visibility');
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value))
        throw fakeError('InvalidArgument', 'Worksheet.visibility');
      if (value !== sheet.visibility) guardStructure(this.context.host.state, 'Worksheet.visibility');
      const visible = this.context.host.state.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet);
      if (value !== 'Visible' && visible.length === 0)
        throw fakeError(
          'InvalidOperation',
          'Worksheet.visibility',
          'A workbook must contain at least one visible worksheet.',
        );
      sheet.visibility = value;
    });
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  set tabColor(value: string) {
    this.queueSet(
      'tabColor',
      value,
      () => {
        const sheet = this.sheetOrThrow('Worksheet.tabColor');
        if (value !== '' && !/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(value))
          throw fakeError('InvalidArgument', 'Worksheet.tabColor');
        sheet.tabColor = value;
      },
      'tabColor',
    );
  }

  get showGridlines(): boolean {
    return this.read('showGridlines');
  }
  set showGridlines(value: boolean) {
    this.queueSet(
      'showGridlines',
      value,
      () => {
        if (typeof value !== 'boolean') throw fakeError('InvalidArgument', 'Worksheet.showGridlines');
        this.sheetOrThrow('Worksheet.showGridlines').showGridlines = value;
      },
      'showGridlines',
    );
  }

  get horizontalPageBreaks(): FakePageBreakCollection {
    return this.child('horizontalPageBreaks', () => new FakePageBreakCollection(this));
  }

  activate(): void {
    this.queueCall('activate', [], () => {
      const sheet = this.sheetOrThrow('Worksheet.activate');
      if (sheet.visibility !== 'Visible') throw fakeError('InvalidOperation', 'Worksheet.activate');
      this.context.host.state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.queueCall('delete', [], () => {
      const sheet = this.sheetOrThrow('Worksheet.delete');
      const state = this.context.host.state;
      guardWorkbookWrite(this.context.host, 'Worksheet.delete');
      guardStructure(state, 'Worksheet.delete');
      if (state.sheets.filter((s) => s !== sheet && s.visibility === 'Visible').length === 0) {
        throw fakeError(
          'InvalidOperation',
          'Worksheet.delete',
          'A workbook must contain at least one visible worksheet.',
        );
      }
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      state.names = state.names.filter((n) => n.scopeSheetId !== sheet.id);
      // Deleting a sheet clears Excel's undo stack: the user can no longer undo anything before it.
      state.events.push(
        { kind: 'sheetDeleted', detail: sheet.name },
        { kind: 'undoWiped', detail: `Worksheet.delete(${sheet.name})` },
      );
      if (state.activeSheetId === sheet.id)
        state.activeSheetId = state.sheets.find((s) => s.visibility === 'Visible')?.id;
    });
  }

  getRange(address?: string): FakeRange {
    if (address === undefined || address === '') {
      return new FakeRange(
        this,
        () => ({ row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS }),
        false,
        'getRange',
        [],
      );
    }
    return new FakeRange(
      this,
      (sheet) => rectOnSheet(sheet, address, 'Worksheet.getRange'),
      false,
      'getRange',
      [address],
    );
  }

  /** Several ranges of this sheet as one RangeAreas: 'A1:B2, D4:E5' (ExcelApi 1.9). */
  getRanges(address: string): FakeRangeAreas {
    const areas = new FakeRangeAreas(this, address);
    this.context.enqueue({
      wire: null,
      location: 'Worksheet.getRanges',
      api: 'getRanges',
      apply: () => undefined,
    });
    return areas;
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const range = new FakeRange(
      this,
      () => {
        const ok = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger);
        if (
          !ok ||
          startRow < 0 ||
          startColumn < 0 ||
          rowCount < 1 ||
          columnCount < 1 ||
          startRow + rowCount > MAX_ROWS ||
          startColumn + columnCount > MAX_COLUMNS
        ) {
          throw fakeError('InvalidArgument', 'Worksheet.getRangeByIndexes');
        }
        return { row: startRow, column: startColumn, rowCount, columnCount };
      },
      false,
      'getRangeByIndexes',
      [startRow, startColumn, rowCount, columnCount],
    );
    this.context.enqueue({
      wire: null,
      location: 'Worksheet.getRangeByIndexes',
      api: 'getRangeByIndexes',
      apply: () => undefined,
    });
    return range;
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this, () => ({ row, column, rowCount: 1, columnCount: 1 }), false, 'getCell', [
      row,
      column,
    ]);
  }

  /** An empty sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this,
      (sheet) => usedRect(sheet, valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      false,
      'getUsedRange',
      [valuesOnly],
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = new FakeRange(
      this,
      (sheet) => usedRect(sheet, valuesOnly),
      true,
      'getUsedRangeOrNullObject',
      [valuesOnly],
    );
    this.context.enqueue({
      wire: null,
      location: 'Worksheet.getUsedRangeOrNullObject',
      api: 'getUsedRangeOrNullObject',
      apply: () => undefined,
    });
    return range;
  }

  get freezePanes(): FakeFreezePanes {
    return this.child('freezePanes', () => new FakeFreezePanes(this));
  }
  get protection(): FakeWorksheetProtection {
    return this.child('protection', () => new FakeWorksheetProtection(this).reachedBy(this, 'protection'));
  }
  get pageLayout(): FakePageLayout {
    return this.child('pageLayout', () => new FakePageLayout(this));
  }
  get customProperties(): FakeCustomPropertyCollection {
    return this.child('customProperties', () =>
      new FakeCustomPropertyCollection(this).reachedBy(this, 'customProperties'),
    );
  }
  get tables(): FakeTableCollection {
    return this.child('tables', () => new FakeTableCollection(this.context, this).reachedBy(this, 'tables'));
  }
  get names(): FakeNamedItemCollection {
    return this.child('names', () =>
      new FakeNamedItemCollection(this.context, this).reachedBy(this, 'names'),
    );
  }
}

export class FakeFreezePanes {
  private readonly sheet: FakeWorksheet;
  constructor(sheet: FakeWorksheet) {
    this.sheet = sheet;
  }
  private set(name: string, args: unknown[], apply: (s: SheetState) => void): void {
    this.sheet.context.enqueue({
      wire: { target: this.sheet, k: 'call', n: name, a: args },
      location: `WorksheetFreezePanes.${name}`,
      api: 'freezePanes',
      apply: () => apply(this.sheet.sheetOrThrow(`WorksheetFreezePanes.${name}`)),
    });
  }
  freezeRows(count = 1): void {
    this.set('freezeRows', [count], (s) => {
      if (!Number.isInteger(count) || count < 0)
        throw fakeError('InvalidArgument', 'WorksheetFreezePanes.freezeRows');
      s.freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.set('freezeColumns', [count], (s) => {
      if (!Number.isInteger(count) || count < 0)
        throw fakeError('InvalidArgument', 'WorksheetFreezePanes.freezeColumns');
      s.freeze = { rows: 0, columns: count };
    });
  }
  freezeAt(frozenRange: FakeRange | string): void {
    const args = [typeof frozenRange === 'string' ? frozenRange : 'Range'];
    this.set('freezeAt', args, (s) => {
      const rect =
        typeof frozenRange === 'string'
          ? rectOnSheet(s, frozenRange, 'WorksheetFreezePanes.freezeAt')
          : frozenRange.where('WorksheetFreezePanes.freezeAt').rect;
      s.freeze = { rows: rect.row + rect.rowCount, columns: rect.column + rect.columnCount };
    });
  }
  unfreeze(): void {
    this.set('unfreeze', [], (s) => {
      s.freeze = { rows: 0, columns: 0 };
    });
  }
}

export class FakeWorksheetProtection extends FakeClientObject {
  readonly typeName = 'WorksheetProtection';
  protected readonly scalarNames = ['protected'] as const;
  private readonly sheet: FakeWorksheet;
  constructor(sheet: FakeWorksheet) {
    super(sheet.context);
    this.sheet = sheet;
  }
  protected override isMissing(): boolean {
    return this.sheet.resolveSheet() === undefined;
  }
  protected override snapshot(): Record<string, unknown> {
    return { protected: this.sheet.sheetOrThrow('WorksheetProtection.load').protected };
  }
  override queueLoad(...args: Parameters<FakeClientObject['queueLoad']>): void {
    super.queueLoad(args[0], 'protection');
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protect(): void {
    this.queueCall(
      'protect',
      [],
      () => void (this.sheet.sheetOrThrow('WorksheetProtection.protect').protected = true),
      'protection',
    );
  }
  unprotect(): void {
    this.queueCall(
      'unprotect',
      [],
      () => void (this.sheet.sheetOrThrow('WorksheetProtection.unprotect').protected = false),
      'protection',
    );
  }
}

export class FakeCustomProperty extends FakeClientObject {
  readonly typeName = 'WorksheetCustomProperty';
  protected readonly scalarNames = ['key', 'value'] as const;
  private readonly sheet: FakeWorksheet;
  private readonly findKey: () => string | undefined;
  constructor(sheet: FakeWorksheet, findKey: () => string | undefined, nullable: boolean) {
    super(sheet.context, nullable);
    this.sheet = sheet;
    this.findKey = findKey;
  }
  private entry(): { key: string; value: string } | undefined {
    const sheet = this.sheet.resolveSheet();
    const key = this.findKey();
    if (!sheet || key === undefined) return undefined;
    return sheet.customProperties.find((p) => p.key.toLowerCase() === key.toLowerCase());
  }
  protected override isMissing(): boolean {
    return this.entry() === undefined;
  }
  protected override snapshot(): Record<string, unknown> {
    const entry = this.entry();
    if (!entry) throw fakeError('ItemNotFound', 'WorksheetCustomProperty.load');
    return { key: entry.key, value: entry.value };
  }
  override queueLoad(...args: Parameters<FakeClientObject['queueLoad']>): void {
    super.queueLoad(args[0], 'customProperties');
  }
  isMissingNow(): boolean {
    return this.isMissing();
  }
  get key(): string {
    return this.read('key');
  }
  get value(): string {
    return this.read('value');
  }
  set value(v: string) {
    this.queueSet(
      'value',
      v,
      () => {
        guardWorkbookWrite(this.context.host, 'WorksheetCustomProperty.value');
        const entry = this.entry();
        if (entry) entry.value = String(v);
      },
      'customProperties',
    );
  }
  delete(): void {
    this.queueCall(
      'delete',
      [],
      () => {
        guardWorkbookWrite(this.context.host, 'WorksheetCustomProperty.delete');
        const sheet = this.sheet.sheetOrThrow('WorksheetCustomProperty.delete');
        const entry = this.entry();
        sheet.customProperties = sheet.customProperties.filter((p) => p !== entry);
      },
      'customProperties',
    );
  }
}

export class FakeCustomPropertyCollection extends FakeClientObject {
  readonly typeName = 'WorksheetCustomPropertyCollection';
  protected readonly scalarNames = ['items'] as const;
  private readonly sheet: FakeWorksheet;
  private itemProxies: FakeCustomProperty[] = [];
  constructor(sheet: FakeWorksheet) {
    super(sheet.context);
    this.sheet = sheet;
  }
  protected override isMissing(): boolean {
    return this.sheet.resolveSheet() === undefined;
  }
  protected override snapshot(): Record<string, unknown> {
    const sheet = this.sheet.sheetOrThrow('WorksheetCustomPropertyCollection.load');
    this.itemProxies = sheet.customProperties.map((p) => {
      const item = new FakeCustomProperty(this.sheet, () => p.key, false);
      item.loadNow(this.itemSpec);
      return item;
    });
    return { items: this.itemProxies };
  }
  override queueLoad(spec: Parameters<FakeClientObject['queueLoad']>[0]): void {
    // Loading 'items/key' or 'key' on a collection loads the items, as Office.js does.
    this.queueItemsLoad(spec, 'customProperties');
  }
  /** Reached through a worksheet collection's load ('items/customProperties/items/value'): gated too. */
  override loadNow(spec?: LoadSpec): void {
    if (compareVersions(apiVersions.customProperties, this.context.host.options.maxApiVersion) > 0)
      throw fakeError('ApiNotFound', 'WorksheetCustomPropertyCollection.load');
    super.loadNow(spec);
  }
  get items(): FakeCustomProperty[] {
    return this.read('items');
  }
  add(key: string, value: string): FakeCustomProperty {
    this.queueCall(
      'add',
      [key, value],
      () => {
        guardWorkbookWrite(this.context.host, 'WorksheetCustomPropertyCollection.add');
        if (typeof key !== 'string' || key.length === 0 || key.length > 255)
          throw fakeError('InvalidArgument', 'WorksheetCustomPropertyCollection.add');
        const sheet = this.sheet.sheetOrThrow('WorksheetCustomPropertyCollection.add');
        const existing = sheet.customProperties.find((p) => p.key.toLowerCase() === key.toLowerCase());
        if (existing) existing.value = String(value);
        else sheet.customProperties.push({ key, value: String(value) });
      },
      'customProperties',
    );
    return new FakeCustomProperty(this.sheet, () => key, false);
  }
  getItem(key: string): FakeCustomProperty {
    const item = new FakeCustomProperty(this.sheet, () => key, false);
    this.queueGet(
      item,
      'getItem',
      [key],
      () => {
        if (item.isMissingNow()) throw fakeError('ItemNotFound', 'WorksheetCustomPropertyCollection.getItem');
      },
      'customProperties',
    );
    return item;
  }
  getItemOrNullObject(key: string): FakeCustomProperty {
    const item = new FakeCustomProperty(this.sheet, () => key, true);
    this.queueGet(item, 'getItemOrNullObject', [key], () => undefined, 'customProperties');
    return item;
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  readonly typeName = 'WorksheetCollection';
  protected readonly scalarNames = ['items'] as const;
  private itemProxies: FakeWorksheet[] = [];

  protected override snapshot(): Record<string, unknown> {
    this.itemProxies = this.context.host.state.sheets.map((s) => {
      const ws = new FakeWorksheet(this.context, () => s).reachedBy(this, 'getItem', 3, [s.name]);
      ws.loadNow(this.itemSpec);
      return ws;
    });
    return { items: this.itemProxies };
  }
  override queueLoad(spec: Parameters<FakeClientObject['queueLoad']>[0]): void {
    this.queueItemsLoad(spec);
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }

  private byKey(key: string): SheetState | undefined {
    const lower = key.toLowerCase();
    return this.context.host.state.sheets.find((s) => s.name.toLowerCase() === lower || s.id === key);
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | undefined;
    const ws = new FakeWorksheet(this.context, () => created);
    this.queueGet(ws, 'add', [name], () => {
      const state = this.context.host.state;
      guardWorkbookWrite(this.context.host, 'WorksheetCollection.add');
      guardStructure(this.context.host.state, 'WorksheetCollection.add');
      let finalName = name;
      if (finalName === undefined) {
        let n = state.sheets.length + 1;
        while (state.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
        finalName = `Sheet${n}`;
      }
      checkSheetName(finalName, state.sheets, 'WorksheetCollection.add');
      created = newSheet(state, finalName);
      state.sheets.push(created);
    });
    return ws;
  }

  getItem(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => this.byKey(key));
    this.queueGet(ws, 'getItem', [key], () => {
      if (!ws.resolveSheet()) throw fakeError('ItemNotFound', 'WorksheetCollection.getItem');
    });
    return ws;
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => this.byKey(key), true);
    this.queueGet(ws, 'getItemOrNullObject', [key], () => void ws.resolveSheet(), 'getItemOrNullObject');
    return ws;
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const state = this.context.host.state;
      return state.sheets.find((s) => s.id === state.activeSheetId) ?? state.sheets[0];
    });
  }

  getFirst(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.state.sheets[0]);
  }

  getCount(): { value: number } {
    const result = { value: -1 };
    this.queueCall('getCount', [], () => {
      result.value = this.context.host.state.sheets.length;
    });
    return result;
  }
}

export { guardWrite };

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): manual breaks before a row. */
export class FakePageBreakCollection {
  private readonly sheet: FakeWorksheet;
  constructor(sheet: FakeWorksheet) {
    this.sheet = sheet;
  }
  private queue(name: string, args: unknown[], apply: (s: SheetState) => void): void {
    this.sheet.context.enqueue({
      wire: { target: this.sheet, k: 'call', n: name, a: args },
      location: `PageBreakCollection.${name}`,
      api: 'pageBreaks',
      apply: () => apply(this.sheet.sheetOrThrow(`PageBreakCollection.${name}`)),
    });
  }
  add(pageBreakRange: FakeRange | string): void {
    this.queue('add', [typeof pageBreakRange === 'string' ? pageBreakRange : 'Range'], (s) => {
      const rect =
        typeof pageBreakRange === 'string'
          ? rectOnSheet(s, pageBreakRange, 'PageBreakCollection.add')
          : pageBreakRange.where('PageBreakCollection.add').rect;
      if (rect.row === 0) throw fakeError('InvalidArgument', 'PageBreakCollection.add');
      if (!s.rowBreaks.includes(rect.row)) s.rowBreaks.push(rect.row);
      s.rowBreaks.sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this.queue('removePageBreaks', [], (s) => {
      s.rowBreaks = [];
    });
  }
}

/**
 * A workbook whose structure is protected (Review → Protect Workbook) refuses adding, deleting,
 * renaming, moving and hiding sheets; cells stay editable. Excel's error code for it is not
 * documented; the fake answers AccessDenied, as for the other protections.
 */
function guardStructure(state: WorkbookState, location: string): void {
  if (state.structureProtected)
    throw fakeError('AccessDenied', location, "The workbook's structure is protected.");
}

/** Excel.WorkbookProtection (ExcelApi 1.7): whether the structure is protected. */
export class FakeWorkbookProtection extends FakeClientObject {
  readonly typeName = 'WorkbookProtection';
  protected readonly scalarNames = ['protected'] as const;
  protected override snapshot(): Record<string, unknown> {
    return { protected: this.context.host.state.structureProtected };
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protect(): void {
    this.queueCall('protect', [], () => void (this.context.host.state.structureProtected = true));
  }
  unprotect(): void {
    this.queueCall('unprotect', [], () => void (this.context.host.state.structureProtected = false));
  }
}
