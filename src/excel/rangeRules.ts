/**
 * The rules a description puts on a sheet's ranges, as Office.js calls: data validations (lists,
 * bounds, dates as serial numbers) and conditional formats, in the description's order as Excel's
 * priority.
 */
import { toExcelSerial, type CalendarDate } from '../domain/date';
import type { ConditionalFormat, DataValidation } from '../workbook/description';
import { rangeAt } from './rangeCache';

const OPERATOR = {
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  lessThan: 'LessThan',
  lessThanOrEqual: 'LessThanOrEqual',
  greaterThan: 'GreaterThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  between: 'Between',
} as const;

export function queueValidation(
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
export function queueConditionalFormat(
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
