/**
 * Reading the workbook back after a step, straight through the Excel API (not through the port the
 * step tested): the sheets' names, a sheet's used range as values, formulas and number formats,
 * and the cells found as a person finds them — a member's row by the id in column A, an
 * activity's column by its id, a column by its header.
 */
import type { ExcelRun } from '../excel/port';
import { cellRef, parseRange } from '../workbook/address';

export type CellValue = string | number | boolean | null;

/** Numbers to 4 places (rates such as 4/7 compared as 0.5714); anything else as it is. */
export const rounded = (value: unknown): unknown =>
  typeof value === 'number' ? Math.round(value * 10000) / 10000 : value;

/** A sheet's used range, addressed by absolute row and column (1-based). */
export class SheetCells {
  constructor(
    readonly name: string,
    readonly top: number,
    readonly left: number,
    readonly values: CellValue[][],
    readonly formulas: CellValue[][],
    readonly numberFormats: string[][],
  ) {}

  get bottom(): number {
    return this.top + this.values.length - 1;
  }
  get right(): number {
    return this.left + (this.values[0]?.length ?? 0) - 1;
  }
  value(row: number, column: number): CellValue {
    return this.values[row - this.top]?.[column - this.left] ?? null;
  }
  /** The formula where the cell has one, else its value: what the formula bar shows. */
  formula(row: number, column: number): CellValue {
    return this.formulas[row - this.top]?.[column - this.left] ?? null;
  }
  numberFormat(row: number, column: number): string | null {
    return this.numberFormats[row - this.top]?.[column - this.left] ?? null;
  }
  /** The first row (at or below `from`) whose cell in `column` is `value`; null when none. */
  rowWhere(column: number, value: CellValue, from = this.top): number | null {
    for (let row = Math.max(from, this.top); row <= this.bottom; row++)
      if (this.value(row, column) === value) return row;
    return null;
  }
  /** The first column whose cell in `row` is `value`; null when none. */
  columnWhere(row: number, value: CellValue): number | null {
    for (let column = this.left; column <= this.right; column++)
      if (this.value(row, column) === value) return column;
    return null;
  }
  /** Every non-empty cell as address → formula-bar text: a sheet's content to compare whole. */
  content(): Record<string, CellValue> {
    const cells: Record<string, CellValue> = {};
    for (let row = this.top; row <= this.bottom; row++)
      for (let column = this.left; column <= this.right; column++) {
        const shown = this.formula(row, column);
        if (shown !== null && shown !== '') cells[cellRef(row, column)] = shown;
      }
    return cells;
  }
}

export async function sheetNames(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    return sheets.items.map((sheet) => sheet.name);
  });
}

function cellsOf(name: string, range: Excel.Range): SheetCells {
  if (range.isNullObject) return new SheetCells(name, 1, 1, [], [], []);
  const local = range.address.slice(range.address.lastIndexOf('!') + 1);
  const box = parseRange(local);
  if (box === null) throw new Error(`Unreadable address ${range.address}`);
  return new SheetCells(
    name,
    box.top,
    box.left,
    range.values as CellValue[][],
    range.formulas as CellValue[][],
    range.numberFormat as string[][],
  );
}

/** Several sheets' used ranges in one sync. */
export async function readSheets(run: ExcelRun, names: readonly string[]): Promise<Map<string, SheetCells>> {
  return run(async (context) => {
    const ranges = names.map((name) => {
      const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject();
      range.load('address,values,formulas,numberFormat');
      return range;
    });
    await context.sync();
    return new Map(names.map((name, i) => [name, cellsOf(name, ranges[i])]));
  });
}

export async function readSheet(run: ExcelRun, name: string): Promise<SheetCells> {
  const sheets = await readSheets(run, [name]);
  const sheet = sheets.get(name);
  if (sheet === undefined) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** Typing: each cell written on its own as a person types it (through `values`), in one sync. */
export async function typeCells(
  run: ExcelRun,
  sheet: string,
  cells: ReadonlyArray<{ address: string; text: CellValue }>,
): Promise<void> {
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const { address, text } of cells) worksheet.getRange(address).values = [[text]];
    await context.sync();
  });
}
