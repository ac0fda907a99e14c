/** Excel.NamedItemCollection / NamedItem: workbook-scope names (and sheet-scope via worksheet.names). */

import { formatLocal, parseLocalAddress, quoteSheet, splitSheet } from './address';
import { guardWorkbookWrite } from './cells';
import { nameProblem } from './documentedForms';
import { fakeError } from './errors';
import { checkFormula, scopeOf } from './formulaCheck';
import { FakeClientObject, type FakeRequestContext } from './proxy';
import { FakeRange } from './range';
import type { NameState, SheetState } from './state';
import type { FakeWorksheet } from './worksheet';

/**
 * Excel's rules for a defined name or table name: "The first character of a name must be a letter,
 * an underscore character (_), or a backslash (\\). Remaining characters in the name can be letters,
 * numbers, periods, and underscore characters", "A name can contain up to 255 characters" (Names
 * in formulas); not a cell reference nor an R1C1 form (documentedForms.ts).
 */
export function checkIdentifier(name: unknown, location: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 255)
    throw fakeError('InvalidArgument', location);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    throw fakeError('InvalidArgument', location, 'The name that you entered is not valid.');
  const problem = nameProblem(name);
  if (problem !== null) throw fakeError('InvalidArgument', location, problem);
  return name;
}

export function nameTaken(
  sheets: SheetState[],
  names: NameState[],
  name: string,
  scopeSheetId?: string,
): boolean {
  const lower = name.toLowerCase();
  return (
    names.some((n) => n.scopeSheetId === scopeSheetId && n.name.toLowerCase() === lower) ||
    sheets.some((s) => s.tables.some((t) => t.name.toLowerCase() === lower))
  );
}

export class FakeNamedItem extends FakeClientObject {
  readonly typeName = 'NamedItem';
  protected readonly scalarNames = [
    'name',
    'formula',
    'value',
    'type',
    'visible',
    'comment',
    'scope',
  ] as const;
  private readonly find: () => NameState | undefined;
  constructor(context: FakeRequestContext, find: () => NameState | undefined, nullable: boolean) {
    super(context, nullable);
    this.find = find;
  }
  entry(location: string): NameState {
    const found = this.find();
    if (!found || !this.context.host.state.names.includes(found)) throw fakeError('ItemNotFound', location);
    return found;
  }
  protected override isMissing(): boolean {
    const found = this.find();
    return !found || !this.context.host.state.names.includes(found);
  }
  protected override snapshot(): Record<string, unknown> {
    const n = this.entry('NamedItem.load');
    const isRange = /^=('[^']+'|[^!]+)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(n.formula);
    return {
      name: n.name,
      formula: n.formula,
      value: n.formula.slice(1),
      type: isRange ? 'Range' : /^=-?\d/.test(n.formula) ? 'Double' : 'String',
      visible: n.visible,
      comment: n.comment,
      scope: n.scopeSheetId ? 'Worksheet' : 'Workbook',
    };
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(v: string) {
    this.queueSet(
      'formula',
      v,
      () => {
        guardWorkbookWrite(this.context.host, 'NamedItem.formula');
        const formula = v.startsWith('=') ? v : `=${v}`;
        checkFormula(formula, scopeOf(this.context.host.state), 'NamedItem.formula', true);
        this.entry('NamedItem.formula').formula = formula;
      },
      'nameFormula',
    );
  }
  get value(): string {
    return this.read('value');
  }
  get type(): string {
    return this.read('type');
  }
  get scope(): string {
    return this.read('scope');
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(v: boolean) {
    this.queueSet('visible', v, () => {
      guardWorkbookWrite(this.context.host, 'NamedItem.visible');
      this.entry('NamedItem.visible').visible = v;
    });
  }
  get comment(): string {
    return this.read('comment');
  }
  set comment(v: string) {
    this.queueSet('comment', v, () => {
      this.entry('NamedItem.comment').comment = v;
    });
  }
  delete(): void {
    this.queueCall('delete', [], () => {
      guardWorkbookWrite(this.context.host, 'NamedItem.delete');
      const n = this.entry('NamedItem.delete');
      const state = this.context.host.state;
      state.names = state.names.filter((x) => x !== n);
    });
  }
  getRange(): FakeRange {
    const handle = {
      context: this.context,
      objectId: this.objectId,
      pathInfo: this.pathInfo,
      resolveSheet: (): SheetState | undefined => {
        const { sheet } = splitSheet(this.entry('NamedItem.getRange').formula.slice(1));
        return this.context.host.state.sheets.find((s) => s.name === sheet);
      },
    };
    return new FakeRange(handle, () => {
      const n = this.entry('NamedItem.getRange');
      const { local } = splitSheet(n.formula.slice(1));
      try {
        return parseLocalAddress(local.replace(/\$/g, ''));
      } catch {
        throw fakeError('InvalidOperation', 'NamedItem.getRange');
      }
    });
  }
}

export class FakeNamedItemCollection extends FakeClientObject {
  readonly typeName = 'NamedItemCollection';
  protected readonly scalarNames = ['items'] as const;
  private readonly sheet: FakeWorksheet | undefined;
  constructor(context: FakeRequestContext, sheet?: FakeWorksheet) {
    super(context);
    this.sheet = sheet;
  }
  private scopeId(location: string): string | undefined {
    return this.sheet ? this.sheet.sheetOrThrow(location).id : undefined;
  }
  private api(): 'worksheetNames' | undefined {
    return this.sheet ? 'worksheetNames' : undefined;
  }
  protected override snapshot(): Record<string, unknown> {
    const scope = this.scopeId('NamedItemCollection.load');
    const items = this.context.host.state.names
      .filter((n) => n.scopeSheetId === scope)
      .map((n) => {
        const item = new FakeNamedItem(this.context, () => n, false);
        item.loadNow(this.itemSpec);
        return item;
      });
    return { items };
  }
  override queueLoad(spec: Parameters<FakeClientObject['queueLoad']>[0]): void {
    this.queueItemsLoad(spec, this.api());
  }
  get items(): FakeNamedItem[] {
    return this.read('items');
  }
  private lookup(name: string): () => NameState | undefined {
    return () => {
      const scope = this.sheet ? this.sheet.resolveSheet()?.id : undefined;
      return this.context.host.state.names.find(
        (n) => n.scopeSheetId === scope && n.name.toLowerCase() === name.toLowerCase(),
      );
    };
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let created: NameState | undefined;
    this.queueCall(
      'add',
      [name, typeof reference === 'string' ? reference : 'Range', comment],
      () => {
        guardWorkbookWrite(this.context.host, 'NamedItemCollection.add');
        checkIdentifier(name, 'NamedItemCollection.add');
        const state = this.context.host.state;
        const scope = this.scopeId('NamedItemCollection.add');
        if (nameTaken(state.sheets, state.names, name, scope))
          throw fakeError('InvalidArgument', 'NamedItemCollection.add', 'The name already exists.');
        let formula: string;
        if (typeof reference === 'string') {
          formula = reference.startsWith('=') ? reference : `=${reference}`;
          // "reference: The formula or the range that the name will refer to" (NamedItemCollection.add).
          checkFormula(formula, scopeOf(state), 'NamedItemCollection.add', true);
        } else {
          const { sheet, rect } = reference.where('NamedItemCollection.add');
          const local = formatLocal(rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
          formula = `=${quoteSheet(sheet.name)}!${local}`;
        }
        created = { name, formula, comment: comment ?? '', visible: true, scopeSheetId: scope };
        state.names.push(created);
      },
      this.sheet ? 'worksheetNames' : 'namesAdd',
    );
    return new FakeNamedItem(this.context, () => created, false).reachedBy(this, 'add', 3, [name]);
  }
  getItem(name: string): FakeNamedItem {
    const item = new FakeNamedItem(this.context, this.lookup(name), false);
    this.queueGet(item, 'getItem', [name], () => void item.entry('NamedItemCollection.getItem'), this.api());
    return item;
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    const item = new FakeNamedItem(this.context, this.lookup(name), true);
    this.queueGet(item, 'getItemOrNullObject', [name], () => undefined, 'getItemOrNullObject');
    return item;
  }
}
