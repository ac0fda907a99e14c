/** Excel.DataValidation (ExcelApi 1.8): one rule per range, checked the way Excel checks it. */

import { intersects } from './address';
import { guardWrite } from './cells';
import { MAX_LIST_SOURCE, textLimitProblem } from './documentedForms';
import { fakeError } from './errors';
import { checkFormula, scopeOf, type FormulaScope } from './formulaCheck';
import { FakeClientObject } from './proxy';
import type { FakeRange } from './range';
import type { DataValidationState } from './state';

const ruleKinds = ['list', 'wholeNumber', 'decimal', 'date', 'time', 'textLength', 'custom'];
const operators = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
];

/**
 * A bound given as text: "a string formula (where the string is either a stringified number, a cell
 * reference like "=A1", or a formula like "=MIN(A1, B1)")" (BasicDataValidation.formula1); a number
 * or "a range object" also do.
 */
function checkBound(bound: unknown, scope: FormulaScope, location: string): void {
  if (typeof bound === 'number' || typeof bound !== 'string') return;
  if (bound.startsWith('=')) checkFormula(bound, scope, location);
  else if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(bound.trim()))
    throw fakeError('InvalidArgument', location, `'${bound}' is neither a number nor a formula.`);
}

function checkRule(rule: unknown, location: string, scope: FormulaScope): Record<string, unknown> {
  if (typeof rule !== 'object' || rule === null) throw fakeError('InvalidArgument', location);
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !ruleKinds.includes(keys[0])) throw fakeError('InvalidArgument', location);
  const body = (rule as Record<string, Record<string, unknown>>)[keys[0]];
  if (typeof body !== 'object' || body === null) throw fakeError('InvalidArgument', location);
  if (keys[0] === 'list') {
    if (typeof body.source !== 'string' || body.source.length === 0)
      throw fakeError('InvalidArgument', location);
    if (body.source.startsWith('=')) checkFormula(body.source, scope, location);
    else if (body.source.length > MAX_LIST_SOURCE)
      throw fakeError(
        'InvalidArgument',
        location,
        `A literal list is at most ${MAX_LIST_SOURCE} characters; this one has ${body.source.length}.`,
      );
  } else if (keys[0] === 'custom') {
    if (typeof body.formula !== 'string' || body.formula.length === 0)
      throw fakeError('InvalidArgument', location);
    checkFormula(body.formula, scope, location);
  } else {
    if (!operators.includes(String(body.operator))) throw fakeError('InvalidArgument', location);
    if (body.formula1 === undefined || body.formula1 === '') throw fakeError('InvalidArgument', location);
    if (
      (body.operator === 'Between' || body.operator === 'NotBetween') &&
      (body.formula2 === undefined || body.formula2 === '')
    ) {
      throw fakeError('InvalidArgument', location);
    }
    checkBound(body.formula1, scope, location);
    checkBound(body.formula2, scope, location);
  }
  return rule as Record<string, unknown>;
}

export class FakeDataValidation extends FakeClientObject {
  readonly typeName = 'DataValidation';
  protected readonly scalarNames = ['rule', 'errorAlert', 'prompt', 'ignoreBlanks', 'type'] as const;
  private readonly range: FakeRange;

  constructor(range: FakeRange) {
    super(range.context);
    this.range = range;
  }

  protected override isMissing(): boolean {
    return this.range.resolve() === null;
  }

  private entry(): DataValidationState | undefined {
    const { sheet, rect } = this.range.where('DataValidation');
    const hits = sheet.validations.filter((v) => intersects(v.rect, rect));
    return hits[hits.length - 1];
  }

  protected override snapshot(): Record<string, unknown> {
    const found = this.entry();
    const kind = found ? Object.keys(found.rule)[0] : undefined;
    return {
      rule: found?.rule ?? {},
      errorAlert: found?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' },
      prompt: found?.prompt ?? { showPrompt: false, title: '', message: '' },
      ignoreBlanks: found?.ignoreBlanks ?? true,
      type: kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : 'None',
    };
  }

  /** The validation entry for exactly this range, made on first write. */
  private own(): DataValidationState {
    const { sheet, rect } = this.range.where('DataValidation');
    let found = sheet.validations.find(
      (v) =>
        v.rect.row === rect.row &&
        v.rect.column === rect.column &&
        v.rect.rowCount === rect.rowCount &&
        v.rect.columnCount === rect.columnCount,
    );
    if (!found) {
      found = { rect, rule: {} };
      sheet.validations.push(found);
    }
    return found;
  }

  private write(name: string, value: unknown, apply: (entry: DataValidationState) => void): void {
    const location = `DataValidation.${name}`;
    this.queueSet(
      name,
      value,
      () => {
        const { sheet } = this.range.where(location);
        guardWrite(this.context.host, sheet, location);
        apply(this.own());
      },
      'dataValidation',
    );
  }

  get rule(): Record<string, unknown> {
    return this.read('rule');
  }
  set rule(value: Record<string, unknown>) {
    this.write('rule', value, (entry) => {
      const { sheet, rect } = this.range.where('DataValidation.rule');
      // A new rule replaces what the cells had: other validations lying inside the range go.
      sheet.validations = sheet.validations.filter(
        (v) => v === entry || !intersects(v.rect, rect) || !isInside(v.rect, rect),
      );
      entry.rule = checkRule(value, 'DataValidation.rule', scopeOf(this.context.host.state));
    });
  }
  get errorAlert(): Record<string, unknown> {
    return this.read('errorAlert');
  }
  set errorAlert(value: Record<string, unknown>) {
    this.write('errorAlert', value, (entry) => {
      if (value.style !== undefined && !['Stop', 'Warning', 'Information'].includes(String(value.style))) {
        throw fakeError('InvalidArgument', 'DataValidation.errorAlert');
      }
      const problem = textLimitProblem('errorTitle', value.title) ?? textLimitProblem('error', value.message);
      if (problem !== null) throw fakeError('InvalidArgument', 'DataValidation.errorAlert', problem);
      entry.errorAlert = { ...value };
    });
  }
  get prompt(): Record<string, unknown> {
    return this.read('prompt');
  }
  set prompt(value: Record<string, unknown>) {
    this.write('prompt', value, (entry) => {
      const problem =
        textLimitProblem('promptTitle', value.title) ?? textLimitProblem('prompt', value.message);
      if (problem !== null) throw fakeError('InvalidArgument', 'DataValidation.prompt', problem);
      entry.prompt = { ...value };
    });
  }
  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks');
  }
  set ignoreBlanks(value: boolean) {
    this.write('ignoreBlanks', value, (entry) => {
      entry.ignoreBlanks = value;
    });
  }
  get type(): string {
    return this.read('type');
  }

  clear(): void {
    this.queueCall(
      'clear',
      [],
      () => {
        const { sheet, rect } = this.range.where('DataValidation.clear');
        guardWrite(this.context.host, sheet, 'DataValidation.clear');
        sheet.validations = sheet.validations.filter((v) => !intersects(v.rect, rect));
      },
      'dataValidation',
    );
  }
}

function isInside(
  inner: { row: number; column: number; rowCount: number; columnCount: number },
  outer: typeof inner,
): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}
