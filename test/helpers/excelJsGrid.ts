/**
 * A second reader of worksheets into RawGrids, through ExcelJS (the file port's reader before it
 * read the package's XML itself), kept as an oracle: on files ExcelJS can load, the port's reader
 * must give the same grids. Also finds the add-in's sheets in an ExcelJS workbook by their marks,
 * for tests that type into a workbook as a secretary would.
 */
import * as ExcelJS from 'exceljs';
import { parseRange, parseSheetReference, type RangeBox } from '../../src/workbook/address';
import { gridFromCells, type RawCell, type RawGrid, type RawValue } from '../../src/workbook/grid';
import { kindOfMark } from '../../src/workbook/marks';

const MS_PER_DAY = 86400000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

export function excelJsSheetGrid(worksheet: ExcelJS.Worksheet): RawGrid {
  const cells: Array<{ row: number; column: number } & RawCell> = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const raw = rawCell(cell);
      if (raw.value !== null || raw.formula !== null)
        cells.push({ row: rowNumber, column: columnNumber, ...raw });
    });
  });
  const grid = gridFromCells(worksheet.name, cells);
  const columnWidths: Record<number, number> = {};
  // worksheet.columns is null on a sheet without column definitions.
  for (const column of (worksheet.columns as ExcelJS.Column[] | null) ?? []) {
    if (typeof column.width === 'number' && column.width > 0) columnWidths[column.number] = column.width;
  }
  const merges = worksheet.model.merges
    .map((text) => parseRange(text))
    .filter((box): box is RangeBox => box !== null && (box.bottom > box.top || box.right > box.left))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  return {
    ...grid,
    ...(Object.keys(columnWidths).length > 0 ? { columnWidths } : {}),
    ...(merges.length > 0 ? { merges } : {}),
  };
}

/** Every worksheet that carries a mark, by kind. A mark whose sheet is gone is ignored. */
export function findOwnedWorksheets(workbook: ExcelJS.Workbook): Map<string, ExcelJS.Worksheet> {
  const owned = new Map<string, ExcelJS.Worksheet>();
  for (const { name, ranges } of workbook.definedNames.model) {
    const kind = kindOfMark(name);
    const reference = kind === null || ranges.length === 0 ? null : parseSheetReference(ranges[0]);
    if (kind === null || reference === null) continue;
    const worksheet = workbook.worksheets.find((sheet) => sheet.name === reference.sheetName);
    if (worksheet) owned.set(kind, worksheet);
  }
  return owned;
}

function rawCell(cell: ExcelJS.Cell): RawCell {
  const numberFormat = cell.numFmt || 'General';
  switch (cell.type) {
    case ExcelJS.ValueType.Merge:
      // Like Office.js, only the top-left cell of a merged range holds the value.
      return { value: null, formula: null, numberFormat };
    case ExcelJS.ValueType.Formula: {
      const value = cell.value as ExcelJS.CellFormulaValue;
      return { value: toRawValue(value.result ?? null), formula: `=${cell.formula}`, numberFormat };
    }
    default:
      return { value: toRawValue(cell.value), formula: null, numberFormat };
  }
}

function toRawValue(value: unknown): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) {
    // ExcelJS turns date-formatted serials into UTC instants; turn them back.
    return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  }
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.error === 'string') return { error: object.error };
    if (Array.isArray(object.richText)) {
      return (object.richText as Array<{ text?: unknown }>)
        .map((run) => (typeof run.text === 'string' ? run.text : ''))
        .join('');
    }
    if ('text' in object) return toRawValue(object.text);
    if ('result' in object) return toRawValue(object.result);
  }
  return String(value);
}
