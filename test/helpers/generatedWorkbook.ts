/**
 * A secretary's workbook in tests: the add-in's file (what the port reads and writes) and, to type
 * into its cells as in Excel, an ExcelJS copy of the same saved bytes. Cells are found by member id
 * and activity id (or the values a row holds), never by position; a sheet's rows come back as
 * plain values to compare with what was typed.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { generateWorkbook, type GenerateInput } from '../../src/app/generate';
import { previewSheetImport } from '../../src/app/importPreview';
import { createFilePort } from '../../src/file/port';
import {
  newWorkbookFile,
  openWorkbookBytes,
  workbookFileBytes,
  type WorkbookFile,
} from '../../src/file/workbookFile';
import { ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { findOwnedWorksheets } from './excelJsGrid';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'existing-workbook.xlsx');

/**
 * A saved workbook opened again: the file the add-in works on, and `workbook`, the same bytes in
 * ExcelJS, where a test types as a secretary types in Excel (saveAndReopen then saves what was typed).
 */
export interface SavedWorkbook extends WorkbookFile {
  workbook: ExcelJS.Workbook;
}

/** Opens bytes as the add-in does, and in ExcelJS for typing into. */
export async function reopenBytes(bytes: Uint8Array, name = 'book.xlsx'): Promise<SavedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  await workbook.xlsx.load(copy.buffer);
  return { ...(await openWorkbookBytes(bytes, name)), workbook };
}

/** A workbook built in ExcelJS (the user's own, as another program writes it), opened as the add-in does. */
export async function openExcelJsWorkbook(
  workbook: ExcelJS.Workbook,
  name = 'book.xlsx',
): Promise<SavedWorkbook> {
  return reopenBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), name);
}

/**
 * Saves and opens again, as a user saving and reopening the file would: what the add-in wrote since
 * the file was opened when it wrote anything, otherwise what was typed into `workbook` (saved by
 * ExcelJS, as the tests' stand-in for Excel).
 */
export async function saveAndReopen(file: WorkbookFile | SavedWorkbook): Promise<SavedWorkbook> {
  const wrote = file.ownedNames.size > 0;
  const bytes =
    wrote || !('workbook' in file)
      ? await workbookFileBytes(file)
      : new Uint8Array(await file.workbook.xlsx.writeBuffer());
  return reopenBytes(bytes);
}

/** A new workbook generated from `input`, saved and opened again: where a secretary's edits begin. */
export async function generatedWorkbook(input: GenerateInput): Promise<SavedWorkbook> {
  const file = newWorkbookFile();
  await generateWorkbook(createFilePort(file), input);
  return saveAndReopen(file);
}

/** test/fixtures/existing-workbook.xlsx: a unit's own workbook (工作台账, 党费收缴, 党员花名册), never set up. */
export async function openFixtureWorkbook(): Promise<SavedWorkbook> {
  return reopenBytes(new Uint8Array(readFileSync(FIXTURE)), 'existing-workbook.xlsx');
}

/** The fixture set up for 2026 (测试局) with its 党员花名册 imported, saved and reopened. */
export async function generatedFixtureWorkbook(): Promise<SavedWorkbook> {
  const file = await openFixtureWorkbook();
  const port = createFilePort(file);
  const preview = await previewSheetImport(port, '党员花名册');
  await generateWorkbook(port, { settings: defaultSettings(2026, '测试局'), members: preview?.members });
  return saveAndReopen(file);
}

/** The owned sheet of a kind ('schedule', 'attendance.1' …), wherever the user moved or renamed it. */
export function ownedSheet(file: SavedWorkbook, kind: string): ExcelJS.Worksheet {
  const sheet = findOwnedWorksheets(file.workbook).get(kind);
  if (!sheet) throw new Error(`no owned sheet ${kind}`);
  return sheet;
}

/** The cell of an attendance sheet for a member (id in column A) at an activity (id in the id row). */
export function attendanceCell(sheet: ExcelJS.Worksheet, memberId: string, activityId: string): ExcelJS.Cell {
  let column = 0;
  sheet.getRow(ID_ROW).eachCell((cell, n) => {
    if (cell.value === activityId && column === 0) column = n;
  });
  let row = 0;
  sheet.getColumn(1).eachCell((cell, n) => {
    if (cell.value === memberId && row === 0) row = n;
  });
  if (column === 0 || row === 0) throw new Error(`no cell for ${memberId} at ${activityId}`);
  return sheet.getCell(row, column);
}

/** Every non-empty row of a sheet from row `from` on, as plain values (dates as YYYY-MM-DD, other objects as JSON), trailing empty cells left out. */
export function sheetRows(sheet: ExcelJS.Worksheet, from: number): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = [];
  sheet.eachRow((row, n) => {
    if (n < from) return;
    const values: Array<string | number | null> = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) {
      const v = row.getCell(c).value;
      values.push(
        v instanceof Date
          ? v.toISOString().slice(0, 10)
          : typeof v === 'string' || typeof v === 'number'
            ? v
            : v === null || v === undefined
              ? null
              : JSON.stringify(v),
      );
    }
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    rows.push(values);
  });
  return rows;
}

/** The first row from `from` on whose cells hold the given values (column number → value; dates by instant). */
export function rowWhere(
  sheet: ExcelJS.Worksheet,
  from: number,
  match: Record<number, ExcelJS.CellValue>,
): number {
  for (let row = from; row <= sheet.rowCount; row++) {
    const same = Object.entries(match).every(([column, value]) => {
      const cell = sheet.getCell(row, Number(column)).value;
      return cell instanceof Date && value instanceof Date
        ? cell.getTime() === value.getTime()
        : cell === value;
    });
    if (same) return row;
  }
  throw new Error(`no row matching ${JSON.stringify(match)} in ${sheet.name}`);
}

/** A row as a secretary types it: values by sheet column (1-based); columns not named stay empty. */
export type TypedRow = Readonly<Record<number, ExcelJS.CellValue>>;

/** Types the rows below the sheet's last row; returns the number of the first. */
export function typeRowsBelow(sheet: ExcelJS.Worksheet, rows: readonly TypedRow[]): number {
  const first = sheet.rowCount + 1;
  rows.forEach((values, i) => {
    for (const [column, value] of Object.entries(values))
      if (value !== null) sheet.getCell(first + i, Number(column)).value = value;
  });
  return first;
}

/** A typed row as sheetRows reads it back: dates as YYYY-MM-DD, trailing empty cells left out. */
export function asRead(row: TypedRow): Array<string | number | null> {
  const columns = Object.keys(row).map(Number);
  const values = new Array<string | number | null>(Math.max(0, ...columns)).fill(null);
  for (const column of columns) {
    const value = row[column];
    values[column - 1] =
      value instanceof Date ? value.toISOString().slice(0, 10) : (value as string | number | null);
  }
  return withoutColumns(values, []);
}

/** A row read back with some columns emptied (the add-in's own markers), trailing empty cells left out. */
export function withoutColumns(
  row: ReadonlyArray<string | number | null>,
  columns: readonly number[],
): Array<string | number | null> {
  const values = row.map((value, i) => (columns.includes(i + 1) ? null : value));
  while (values.length > 0 && values[values.length - 1] === null) values.pop();
  return values;
}

/** A workbook file on disk in ExcelJS, as the tests' stand-in for opening it in Excel. */
export async function excelJsWorkbook(filePath: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filePath);
  return workbook;
}
