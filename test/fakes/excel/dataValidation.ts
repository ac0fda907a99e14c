/** Excel.DataValidation (ExcelApi 1.8): one rule per range, checked the way Excel checks it. */

import { intersects } from './address';
import { guardWrite } from './cells';
import { fakeError } from './errors';
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

function checkRule(rule: unknown, location: string): Record<string, unknown> {
  if (typeof rule !== 'object' || rule === null) throw fakeError('InvalidArgument', location);
  const keys = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !ruleKinds.includes(keys[0])) throw fakeError('InvalidArgument', location);
  const body = (rule as Record<string, Record<string, unknown>>)[keys[0]];
  if (typeof body !== 'object' || body === null) throw fakeError('InvalidArgument', location);
  if (keys[0] === 'list') {
    if (typeof body.source !== 'string' || body.source.length === 0)
      throw fakeError('InvalidArgument', location);
    // Excel limits a literal list to 255 characters.
    if (!body.source.startsWith('=') && body.source.length > 255)
      throw fakeError('InvalidArgument', location);
  } else if (keys[0] === 'custom') {
    if (typeof body.formula !== 'string' || body.formula.length === 0)
      throw fakeError('InvalidArgument', location);
  } else {
    if (!operators.includes(String(body.operator))) throw fakeError('InvalidArgument', location);
    if (body.formula1 === undefined || body.formula1 === '') throw fakeError('InvalidArgument', location);
    if (
      (body.operator === 'Between' || body.operator === 'NotBetween') &&
      (body.formula2 === undefined || body.formula2 === '')
    ) {
      throw fakeError('InvalidArgument', location);
    }
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
      entry.rule = checkRule(value, 'DataValidation.rule');
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
      if (typeof value.title === 'string' && value.title.length > 32)
        throw fakeError('InvalidArgument', 'DataValidation.errorAlert');
      if (typeof value.message === 'string' && value.message.length > 225)
        throw fakeError('InvalidArgument', 'DataValidation.errorAlert');
      entry.errorAlert = { ...value };
    });
  }
  get prompt(): Record<string, unknown> {
    return this.read('prompt');
  }
  set prompt(value: Record<string, unknown>) {
    this.write('prompt', value, (entry) => {
      if (typeof value.title === 'string' && value.title.length > 32)
        throw fakeError('InvalidArgument', 'DataValidation.prompt');
      if (typeof value.message === 'string' && value.message.length > 255)
        throw fakeError('InvalidArgument', 'DataValidation.prompt');
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
