/**
 * A column inserted or deleted by the user in Excel, on the two kinds of workbook the tests drive:
 * in the strict fake's state (cells move, and workbook names that point at the sheet follow as Excel
 * keeps them up to date; formulas keep their text: the add-in rewrites its own), and in a file
 * through ExcelJS (worksheet.spliceColumns; the package is re-saved, which only the reader sees).
 */
import * as ExcelJS from 'exceljs';
import { openWorkbookBytes, workbookFileBytes, type WorkbookFile } from '../../src/file/workbookFile';
import { columnLetters, columnNumber } from '../../src/workbook/address';
import type { FakeExcel } from '../fakes/excel';
import { cellKey, columnOfKey, rowOfKey } from '../fakes/excel/address';
import type { CellState } from '../fakes/excel/state';

/** Inserts (count 1) or deletes (count -1) a column at `column` (1-based) of a fake's sheet. */
export function spliceFakeColumn(fake: FakeExcel, sheetName: string, column: number, count: 1 | -1): void {
  const sheet = fake.sheet(sheetName);
  const at = column - 1; // the fake's columns are 0-based
  const moved = new Map<number, CellState>();
  for (const [key, cell] of sheet.cells) {
    const c = columnOfKey(key);
    if (count === -1 && c === at) continue;
    moved.set(c >= at + (count === -1 ? 1 : 0) ? cellKey(rowOfKey(key), c + count) : key, cell);
  }
  sheet.cells = moved;
  const quoted = `'${sheetName.replace(/'/g, "''")}'!`;
  for (const name of fake.state.names) {
    if (!name.formula.includes(`${quoted}`) && !name.formula.includes(`${sheetName}!`)) continue;
    name.formula = name.formula.replace(/\$([A-Z]{1,3})\$(\d+)/g, (whole, letters: string, row: string) => {
      const c = columnNumber(letters)!;
      return c >= column + (count === -1 ? 1 : 0) ? `$${columnLetters(c + count)}$${row}` : whole;
    });
  }
}

/** The same in a file: returns the file re-saved by ExcelJS with the column inserted or deleted. */
export async function spliceFileColumn(
  file: WorkbookFile,
  sheetName: string,
  column: number,
  count: 1 | -1,
  typed: ReadonlyArray<{ address: string; text: string }> = [],
): Promise<WorkbookFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await workbookFileBytes(file)).slice().buffer);
  const worksheet = workbook.getWorksheet(sheetName)!;
  // ExcelJS cannot move a shared formula's cells: each gets its own formula first, as Excel keeps it.
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula)
        cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
    }),
  );
  if (count === 1) worksheet.spliceColumns(column, 0, []);
  else worksheet.spliceColumns(column, 1);
  for (const { address, text } of typed) worksheet.getCell(address).value = text;
  return openWorkbookBytes(
    new Uint8Array(await workbook.xlsx.writeBuffer()),
    file.displayName ?? 'edited.xlsx',
  );
}
