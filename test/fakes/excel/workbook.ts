/** Excel.Workbook and Excel.Application proxies, and the context's entry points. */

import { FakeNamedItemCollection } from './names';
import { FakeClientObject, type FakeRequestContext } from './proxy';
import { FakeWorkbookTableCollection } from './tables';
import { FakeWorkbookProtection, FakeWorksheet, FakeWorksheetCollection } from './worksheet';

export class FakeApplication extends FakeClientObject {
  readonly typeName = 'Application';
  protected readonly scalarNames = ['calculationMode'] as const;
  protected override snapshot(): Record<string, unknown> {
    return { calculationMode: 'Automatic' };
  }
  get calculationMode(): string {
    return this.read('calculationMode');
  }
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall(
      'suspendApiCalculationUntilNextSync',
      [],
      () =>
        void this.context.host.state.events.push({
          kind: 'calculationSuspended',
          detail: `sync ${this.context.host.syncCount}`,
        }),
      'suspendApiCalculation',
    );
  }
  calculate(calculationType: string): void {
    this.queueCall('calculate', [calculationType], () => undefined);
  }
}

export class FakeWorkbook extends FakeClientObject {
  readonly typeName = 'Workbook';
  protected readonly scalarNames = ['readOnly', 'name'] as const;
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  readonly tables: FakeWorkbookTableCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(context: FakeRequestContext) {
    super(context);
    // The workbook is Office.js's global object; everything else is reached from it.
    this.pathInfo = { type: 1, name: '', parent: null };
    this.worksheets = new FakeWorksheetCollection(context).reachedBy(this, 'worksheets');
    this.names = new FakeNamedItemCollection(context).reachedBy(this, 'names');
    this.application = new FakeApplication(context).reachedBy(this, 'application');
    this.tables = new FakeWorkbookTableCollection(context, (sheet) =>
      new FakeWorksheet(context, () => sheet).reachedBy(this.worksheets, 'getItem', 3, [sheet.name]),
    ).reachedBy(this, 'tables');
    this.protection = new FakeWorkbookProtection(context).reachedBy(this, 'protection');
  }

  protected override snapshot(): Record<string, unknown> {
    return { readOnly: this.context.host.state.readOnly, name: 'Book1.xlsx' };
  }
  override queueLoad(spec: Parameters<FakeClientObject['queueLoad']>[0]): void {
    super.queueLoad(spec, spec.scalars.has('readOnly') || spec.all ? 'readOnly' : undefined);
  }
  protected override navigation(name: string): FakeClientObject | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'names') return this.names;
    if (name === 'application') return this.application;
    if (name === 'tables') return this.tables;
    if (name === 'protection') return this.protection;
    return undefined;
  }
  get readOnly(): boolean {
    return this.read('readOnly');
  }
  get name(): string {
    return this.read('name');
  }
}
