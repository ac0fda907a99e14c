/** Excel.TableCollection / Table: add over a range with headers, names unique in the workbook, no overlaps. */

import { formatLocal, intersects } from './address';
import { clearCells, guardWrite, readCell, writeGrid } from './cells';
import { fakeError } from './errors';
import { checkIdentifier, nameTaken } from './names';
import { FakeClientObject, type FakeRequestContext } from './proxy';
import { FakeRange, rectOnSheet } from './range';
import type { SheetState, TableState } from './state';
import type { FakeWorksheet } from './worksheet';

export class FakeTable extends FakeClientObject {
  readonly typeName = 'Table';
  protected readonly scalarNames = ['id', 'name', 'style', 'showTotals', 'showHeaders'] as const;
  private readonly find: () => TableState | undefined;
  private readonly sheet: FakeWorksheet;
  constructor(
    context: FakeRequestContext,
    sheet: FakeWorksheet,
    find: () => TableState | undefined,
    nullable: boolean,
  ) {
    super(context, nullable);
    this.sheet = sheet;
    this.find = find;
  }
  entry(location: string): TableState {
    const t = this.find();
    if (!t) throw fakeError('ItemNotFound', location);
    return t;
  }
  protected override isMissing(): boolean {
    return this.find() === undefined;
  }
  protected override navigation(name: string): FakeClientObject | undefined {
    return name === 'worksheet' ? this.sheet : undefined;
  }
  get worksheet(): FakeWorksheet {
    return this.sheet;
  }
  protected override snapshot(): Record<string, unknown> {
    const t = this.entry('Table.load');
    return { id: t.id, name: t.name, style: t.style, showTotals: t.showTotals, showHeaders: t.hasHeaders };
  }
  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.queueSet('name', v, () => {
      const t = this.entry('Table.name');
      checkIdentifier(v, 'Table.name');
      const state = this.context.host.state;
      if (v.toLowerCase() !== t.name.toLowerCase() && nameTaken(state.sheets, state.names, v))
        throw fakeError('InvalidArgument', 'Table.name', 'The name already exists.');
      t.name = v;
    });
  }
  get style(): string {
    return this.read('style');
  }
  set style(v: string) {
    this.queueSet('style', v, () => {
      if (!/^TableStyle(Light|Medium|Dark)\d+$/.test(v) && v !== '')
        throw fakeError('InvalidArgument', 'Table.style');
      this.entry('Table.style').style = v;
    });
  }
  get showTotals(): boolean {
    return this.read('showTotals');
  }
  set showTotals(v: boolean) {
    this.queueSet('showTotals', v, () => void (this.entry('Table.showTotals').showTotals = v));
  }
  get showHeaders(): boolean {
    return this.read('showHeaders');
  }
  getRange(): FakeRange {
    return new FakeRange(
      this.sheet,
      () => this.entry('Table.getRange').rect,
      false,
      'Table.getRange',
    ).reachedBy(this, 'getRange', 3, []);
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(
      this.sheet,
      () => ({ ...this.entry('Table.getHeaderRowRange').rect, rowCount: 1 }),
      false,
      'Table.getHeaderRowRange',
    );
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(
      this.sheet,
      () => {
        const r = this.entry('Table.getDataBodyRange').rect;
        return { ...r, row: r.row + 1, rowCount: r.rowCount - 1 };
      },
      false,
      'Table.getDataBodyRange',
    );
  }
  /**
   * Deletes the table and what it holds: "Deletes the ListObject object and clears the cell data
   * from the worksheet" (ListObject.Delete, Excel VBA reference; Office.js's Table.delete says only
   * "Deletes the table", and convertToRange is the documented way to keep the data).
   */
  delete(): void {
    this.queueCall('delete', [], () => {
      const t = this.entry('Table.delete');
      const sheet = this.sheet.sheetOrThrow('Table.delete');
      guardWrite(this.context.host, sheet, 'Table.delete');
      sheet.tables = sheet.tables.filter((x) => x !== t);
      clearCells(sheet, t.rect, true, true);
    });
  }
  /**
   * "Converts the table into a normal range of cells. All data is preserved." (Table.convertToRange,
   * ExcelApi 1.2): the cells and their formats stay, the table is gone; returns that range.
   */
  convertToRange(): FakeRange {
    let rect: TableState['rect'] | undefined;
    this.queueCall('convertToRange', [], () => {
      const t = this.entry('Table.convertToRange');
      const sheet = this.sheet.sheetOrThrow('Table.convertToRange');
      guardWrite(this.context.host, sheet, 'Table.convertToRange');
      sheet.tables = sheet.tables.filter((x) => x !== t);
      rect = t.rect;
    });
    return new FakeRange(this.sheet, () => rect, false, 'convertToRange').reachedBy(
      this,
      'convertToRange',
      3,
      [],
    );
  }
}

export class FakeTableCollection extends FakeClientObject {
  readonly typeName = 'TableCollection';
  protected readonly scalarNames = ['items'] as const;
  private readonly sheet: FakeWorksheet;
  constructor(context: FakeRequestContext, sheet: FakeWorksheet) {
    super(context);
    this.sheet = sheet;
  }
  protected override snapshot(): Record<string, unknown> {
    const sheet = this.sheet.sheetOrThrow('TableCollection.load');
    const items = sheet.tables.map((t) => {
      const item = new FakeTable(this.context, this.sheet, () => t, false);
      item.loadNow(this.itemSpec);
      return item;
    });
    return { items };
  }
  override queueLoad(spec: Parameters<FakeClientObject['queueLoad']>[0]): void {
    this.queueItemsLoad(spec);
  }
  get items(): FakeTable[] {
    return this.read('items');
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    this.queueCall('add', [typeof address === 'string' ? address : 'Range', hasHeaders], () => {
      const sheet = this.sheet.sheetOrThrow('TableCollection.add');
      guardWrite(this.context.host, sheet, 'TableCollection.add');
      const rect =
        typeof address === 'string'
          ? rectOnSheet(sheet, address, 'TableCollection.add')
          : address.where('TableCollection.add').rect;
      if (sheet.tables.some((t) => intersects(t.rect, rect)))
        throw fakeError('InvalidArgument', 'TableCollection.add', "A table can't overlap another table.");
      if (sheet.merges.some((m) => intersects(m, rect)))
        throw fakeError(
          'InvalidOperation',
          'TableCollection.add',
          "A table can't overlap a range that contains merged cells.",
        );
      if (!hasHeaders)
        throw fakeError(
          'InvalidArgument',
          'TableCollection.add',
          'The fake models tables with a header row only (hasHeaders = true).',
        );
      // Excel fills blank headers with ColumnN and makes repeated ones unique.
      const seen = new Set<string>();
      const headers: unknown[] = [];
      for (let c = 0; c < rect.columnCount; c++) {
        const cell = readCell(sheet, rect.row, rect.column + c);
        let text = cell.value === '' ? `Column${c + 1}` : String(cell.value);
        const base = text;
        for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${base}${n}`;
        seen.add(text.toLowerCase());
        headers.push(cell.value === '' || text !== base ? text : null);
      }
      writeGrid(sheet, { ...rect, rowCount: 1 }, [headers], 'values');
      const state = this.context.host.state;
      let n = 1;
      while (nameTaken(state.sheets, state.names, `Table${n}`)) n++;
      created = {
        id: String(state.nextId++),
        name: `Table${n}`,
        rect,
        hasHeaders,
        style: 'TableStyleMedium2',
        showTotals: false,
      };
      sheet.tables.push(created);
    });
    return new FakeTable(this.context, this.sheet, () => created, false).reachedBy(this, 'add', 3, [address]);
  }
  private lookup(key: string): () => TableState | undefined {
    return () =>
      this.context.host.state.sheets
        .flatMap((s) => s.tables)
        .find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key);
  }
  getItem(key: string): FakeTable {
    const table = new FakeTable(this.context, this.sheet, this.lookup(key), false);
    this.queueGet(table, 'getItem', [key], () => void table.entry('TableCollection.getItem'));
    return table;
  }
  getItemOrNullObject(key: string): FakeTable {
    const table = new FakeTable(this.context, this.sheet, this.lookup(key), true);
    this.queueGet(table, 'getItemOrNullObject', [key], () => undefined, 'getItemOrNullObject');
    return table;
  }
}

export { formatLocal };

/**
 * Workbook.tables: every table of every sheet, each with its worksheet ('items/worksheet/name').
 * Only loading is modelled; tables are added through a worksheet's collection.
 */
export class FakeWorkbookTableCollection extends FakeClientObject {
  readonly typeName = 'TableCollection';
  protected readonly scalarNames = ['items'] as const;
  private readonly sheetProxy: (sheet: SheetState) => FakeWorksheet;
  constructor(context: FakeRequestContext, sheetProxy: (sheet: SheetState) => FakeWorksheet) {
    super(context);
    this.sheetProxy = sheetProxy;
  }
  protected override snapshot(): Record<string, unknown> {
    const items = this.context.host.state.sheets.flatMap((sheet) => {
      const proxy = this.sheetProxy(sheet);
      return sheet.tables.map((t) => {
        const item = new FakeTable(this.context, proxy, () => t, false).reachedBy(this, 'getItem', 3, [
          t.name,
        ]);
        item.loadNow(this.itemSpec);
        return item;
      });
    });
    return { items };
  }
  override queueLoad(spec: Parameters<FakeClientObject['queueLoad']>[0]): void {
    this.queueItemsLoad(spec);
  }
  get items(): FakeTable[] {
    return this.read('items');
  }
}
