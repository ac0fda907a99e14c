/**
 * Reads a worksheet into a RawGrid, the shape the Office.js port also produces from
 * range.values / formulas / numberFormat: dates as serial numbers with their format, rich text and
 * hyperlinks flattened to their text, formulas with their cached result.
 */
import * as ExcelJS from 'exceljs';
import { gridFromCells, type RawCell, type RawGrid, type RawValue } from '../workbook/grid';
import { findOwnedSheets } from './ownedMark';

const MS_PER_DAY = 86400000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

export function readSheetGrid(worksheet: ExcelJS.Worksheet): RawGrid {
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
  return Object.keys(columnWidths).length > 0 ? { ...grid, columnWidths } : grid;
}

/** Raw grids of the owned sheets, by kind (one pass over the marks). */
export function readOwnedGrids(workbook: ExcelJS.Workbook): Map<string, RawGrid> {
  return new Map([...findOwnedSheets(workbook)].map(([kind, sheet]) => [kind, readSheetGrid(sheet)]));
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
