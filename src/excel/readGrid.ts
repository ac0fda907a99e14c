/**
 * A used range loaded through Office.js, as the RawGrid the file port also produces: empty cells
 * null, formulas '=…' beside their results, dates as serial numbers with their number format.
 */
import { parseRange, parseSheetReference } from '../workbook/address';
import type { RawGrid, RawValue } from '../workbook/grid';

/** Queues the loads of a sheet's used range; read it with `gridOf` after the next sync. */
export function loadUsedRange(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getUsedRangeOrNullObject().load('address,values,formulas,numberFormat');
}

const ERROR_VALUE =
  /^#(?:DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

export function gridOf(sheetName: string, range: Excel.Range): RawGrid {
  const empty: RawGrid = {
    sheetName,
    origin: { row: 1, column: 1 },
    values: [],
    formulas: [],
    numberFormats: [],
  };
  if (range.isNullObject) return empty;
  const address = String(range.address);
  const box = parseSheetReference(address)?.box ?? parseRange(address.slice(address.lastIndexOf('!') + 1));
  if (!box) throw new RangeError(`Unreadable used range address ${address}`);
  const valuesIn = range.values as unknown[][];
  const formulasIn = range.formulas as unknown[][];
  const numberFormatsIn = range.numberFormat as unknown[][];
  // range.formulas gives a constant's value too, so text such as '=SUM(1,2)' kept in a text cell
  // reads the same in both arrays: a formula is '=…' text that differs from the cell's value.
  const formulaAt = (r: number, c: number): string | null => {
    const formula = formulasIn[r]?.[c];
    return typeof formula === 'string' && formula.startsWith('=') && formula !== valuesIn[r][c]
      ? formula
      : null;
  };
  const formulas = valuesIn.map((row, r) => row.map((_value, c) => formulaAt(r, c)));
  const values = valuesIn.map((row, r) => row.map((value, c) => rawValue(value, formulas[r][c] !== null)));
  const numberFormats = numberFormatsIn.map((row) =>
    row.map((format) => (typeof format === 'string' && format !== '' ? format : 'General')),
  );
  // A used range of one empty cell is what Excel reports for an empty sheet.
  if (values.length === 1 && values[0].length === 1 && values[0][0] === null && formulas[0][0] === null) {
    return empty;
  }
  return { sheetName, origin: { row: box.top, column: box.left }, values, formulas, numberFormats };
}

function rawValue(value: unknown, formula: boolean): RawValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  const text = String(value);
  // Office.js gives a formula's error result as its text; a constant '#N/A' typed as text stays text.
  if (formula && ERROR_VALUE.test(text)) return { error: text };
  return text;
}
