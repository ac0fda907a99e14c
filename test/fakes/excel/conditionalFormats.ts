/** Excel.ConditionalFormatCollection on a range (ExcelApi 1.6): cellValue and custom rules with fill/font. */

import { intersects } from './address';
import { addOnTop, setPriority } from './cfPriority';
import { checkFormula, scopeOf, type FormulaScope } from './formulaCheck';
import { guardWrite } from './cells';
import { fakeError } from './errors';
import { FakeClientObject } from './proxy';
import type { FakeRange } from './range';
import type { ConditionalFormatState } from './state';

const cellValueOperators = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
];
const supportedTypes = ['CellValue', 'Custom'];

/** A rule-carrying part of a conditional format: `rule` and `format.fill/font`. */
class RulePart {
  private readonly owner: FakeConditionalFormat;
  private readonly kind: string;
  readonly format: CfFormat;
  constructor(owner: FakeConditionalFormat, kind: string) {
    this.owner = owner;
    this.kind = kind;
    this.format = new CfFormat(owner);
  }
  /**
   * cellValue.rule is assigned whole ({formula1, formula2?, operator}); custom.rule is a read-only
   * ConditionalFormatRule whose `formula` is set, as in Office.js.
   */
  get rule(): Record<string, unknown> {
    if (this.kind !== 'Custom') return this.owner.readRule();
    const owner = this.owner;
    return Object.defineProperty({}, 'formula', {
      get: () => owner.readRule().formula,
      set: (formula: unknown) => owner.setRule('Custom', { formula }),
      enumerable: true,
    });
  }
  set rule(value: Record<string, unknown>) {
    if (this.kind === 'Custom')
      throw new TypeError("Cannot assign to read only property 'rule' of CustomConditionalFormat");
    this.owner.setRule(this.kind, value);
  }
}

class CfFormat {
  readonly fill: { color: string; clear(): void };
  readonly font: { color: string; bold: boolean; italic: boolean };
  constructor(owner: FakeConditionalFormat) {
    const prop = (key: string) => ({
      get: () => owner.readFormat(key),
      set: (v: unknown) => owner.setFormat(key, v),
      enumerable: true,
    });
    this.fill = Object.defineProperties(
      { clear: () => owner.setFormat('fill.color', undefined) },
      { color: prop('fill.color') },
    ) as {
      color: string;
      clear(): void;
    };
    this.font = Object.defineProperties(
      {},
      { color: prop('font.color'), bold: prop('font.bold'), italic: prop('font.italic') },
    ) as {
      color: string;
      bold: boolean;
      italic: boolean;
    };
  }
}

/**
 * A rule's formula: "formula1: The formula, if required, on which to evaluate the conditional
 * format rule" (ConditionalCellValueRule); "formula: The formula, if required, on which to evaluate
 * the conditional format rule" (ConditionalFormatRule). Text starting with '=' is parsed as en-US
 * Excel reads it (formulaCheck.ts); other text must be a number, as in Microsoft's samples
 * (`{ formula1: "=0", operator: "LessThan" }`).
 */
function ruleFormula(formula: unknown, scope: FormulaScope, location: string): void {
  if (formula === undefined || typeof formula === 'number') return;
  if (typeof formula !== 'string') throw fakeError('InvalidArgument', location);
  if (formula.startsWith('=')) checkFormula(formula, scope, location);
  else if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(formula.trim()))
    throw fakeError('InvalidArgument', location, `'${formula}' is neither a number nor a formula.`);
}

export class FakeConditionalFormat extends FakeClientObject {
  readonly typeName = 'ConditionalFormat';
  protected readonly scalarNames = ['type', 'priority', 'stopIfTrue', 'id'] as const;
  private readonly range: FakeRange;
  private readonly requestedType: string;
  state: ConditionalFormatState | undefined;
  private cellValuePart?: RulePart;
  private customPart?: RulePart;

  constructor(range: FakeRange, type: string) {
    super(range.context);
    this.range = range;
    this.requestedType = type;
  }

  /** Called at sync by the collection's add. */
  attach(state: ConditionalFormatState): void {
    this.state = state;
  }

  /** Set once a priority set has run: the proxy no longer stands for this format (see `current`). */
  private moved = false;

  /** The format, for a read (a moved format still reads: only changes need a fresh copy). */
  private live(location: string): ConditionalFormatState {
    if (!this.state) throw fakeError('ItemNotFound', location);
    return this.state;
  }

  /**
   * The format, for a change. "if you change the priority, you have to re-fetch a new copy of the
   * object at that new priority location if you want to make further changes to it"
   * (ConditionalFormat.priority): a change through the same proxy after its priority was set fails.
   */
  private current(location: string): ConditionalFormatState {
    const state = this.live(location);
    if (this.moved)
      throw fakeError(
        'InvalidOperation',
        location,
        'The conditional format was moved by setting its priority: re-fetch it before changing it further.',
      );
    return state;
  }

  protected override snapshot(): Record<string, unknown> {
    const s = this.live('ConditionalFormat.load');
    return { type: s.type, priority: s.priority, stopIfTrue: s.stopIfTrue ?? false, id: s.id };
  }

  get type(): string {
    return this.read('type');
  }
  get priority(): number {
    return this.read('priority');
  }
  set priority(value: number) {
    this.queueSet('priority', value, () => {
      const s = this.current('ConditionalFormat.priority');
      if (!Number.isInteger(value)) throw fakeError('InvalidArgument', 'ConditionalFormat.priority');
      const { sheet } = this.range.where('ConditionalFormat.priority');
      setPriority(sheet, this.range.where('ConditionalFormat.priority').rect, s, value);
      this.moved = true;
    });
  }
  get stopIfTrue(): boolean {
    return this.read('stopIfTrue');
  }
  set stopIfTrue(value: boolean) {
    this.queueSet('stopIfTrue', value, () => {
      this.current('ConditionalFormat.stopIfTrue').stopIfTrue = value;
    });
  }

  get cellValue(): RulePart {
    this.cellValuePart ??= new RulePart(this, 'CellValue');
    return this.cellValuePart;
  }
  get custom(): RulePart {
    this.customPart ??= new RulePart(this, 'Custom');
    return this.customPart;
  }

  readRule(): Record<string, unknown> {
    return this.read('rule');
  }
  readFormat(key: string): unknown {
    return this.read(`format.${key}`);
  }

  setRule(kind: string, value: Record<string, unknown>): void {
    const location = `ConditionalFormat.${kind === 'CellValue' ? 'cellValue' : 'custom'}.rule`;
    this.queueSet('rule', value, () => {
      const s = this.current(location);
      if (s.type !== kind) throw fakeError('InvalidArgument', location);
      if (kind === 'CellValue') {
        if (
          !cellValueOperators.includes(String(value.operator)) ||
          value.formula1 === undefined ||
          value.formula1 === ''
        ) {
          throw fakeError('InvalidArgument', location);
        }
      } else if (typeof value.formula !== 'string' || value.formula.length === 0) {
        throw fakeError('InvalidArgument', location);
      }
      const scope = scopeOf(this.context.host.state);
      for (const key of ['formula', 'formula1', 'formula2']) ruleFormula(value[key], scope, location);
      s.rule = { ...value };
    });
  }

  setFormat(key: string, value: unknown): void {
    this.queueSet(`format.${key}`, value, () => {
      const s = this.current(`ConditionalFormat.format.${key}`);
      if (s.type !== this.requestedType)
        throw fakeError('InvalidArgument', `ConditionalFormat.format.${key}`);
      if (value === undefined) delete s.format[key];
      else s.format[key] = value;
    });
  }

  delete(): void {
    this.queueCall('delete', [], () => {
      const s = this.current('ConditionalFormat.delete');
      const { sheet } = this.range.where('ConditionalFormat.delete');
      guardWrite(this.context.host, sheet, 'ConditionalFormat.delete');
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== s);
    });
  }

  get rangeProxy(): FakeRange {
    return this.range;
  }
}

export class FakeConditionalFormatCollection extends FakeClientObject {
  readonly typeName = 'ConditionalFormatCollection';
  protected readonly scalarNames = ['count'] as const;
  private readonly range: FakeRange;

  constructor(range: FakeRange) {
    super(range.context);
    this.range = range;
  }

  protected override snapshot(): Record<string, unknown> {
    const { sheet, rect } = this.range.where('ConditionalFormatCollection.load');
    return { count: sheet.conditionalFormats.filter((cf) => intersects(cf.rect, rect)).length };
  }

  add(type: string): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this.range, type).reachedBy(this, 'add', 3, [type]);
    this.queueCall(
      'add',
      [type],
      () => {
        if (!supportedTypes.includes(type))
          throw fakeError(
            'InvalidArgument',
            'ConditionalFormatCollection.add',
            `The fake models CellValue and Custom only, not '${type}'.`,
          );
        const { sheet, rect } = this.range.where('ConditionalFormatCollection.add');
        guardWrite(this.context.host, sheet, 'ConditionalFormatCollection.add');
        const state: ConditionalFormatState = {
          id: `cf${this.context.host.state.nextId++}`,
          rect,
          type,
          rule: {},
          format: {},
          priority: 0,
        };
        // "Adds a new conditional format to the collection at the first/top priority."
        addOnTop(sheet, state);
        cf.attach(state);
      },
      'conditionalFormats',
    );
    return cf;
  }

  getCount(): { value: number } {
    const result = { value: -1 };
    this.queueCall(
      'getCount',
      [],
      () => {
        result.value = this.snapshot().count as number;
      },
      'conditionalFormats',
    );
    return result;
  }

  clearAll(): void {
    this.queueCall(
      'clearAll',
      [],
      () => {
        const { sheet, rect } = this.range.where('ConditionalFormatCollection.clearAll');
        guardWrite(this.context.host, sheet, 'ConditionalFormatCollection.clearAll');
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
      },
      'conditionalFormats',
    );
  }
}
