/** Test helpers: a description's cells by A1 address, and the grid a port would read back from it. */
import { toExcelSerial } from '../../../src/domain/date';
import { cellRef, parseCell } from '../../../src/workbook/address';
import {
  isDateCell,
  isFormulaCell,
  type Cell,
  type SheetDescription,
} from '../../../src/workbook/description';
import { gridFromCells, type RawCell, type RawGrid } from '../../../src/workbook/grid';

export function cellsOf(description: SheetDescription): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const block of description.blocks) {
    const anchor = parseCell(block.anchor)!;
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => cells.set(cellRef(anchor.row + r, anchor.column + c), cell)),
    );
  }
  return cells;
}

/** Formulas read back with no result yet; dates as serials; `edit` sets cells as a user would. */
export function gridOf(description: SheetDescription, edit: Record<string, RawCell['value']> = {}): RawGrid {
  const cells = new Map<string, { row: number; column: number } & RawCell>();
  for (const [address, cell] of cellsOf(description)) {
    const { row, column } = parseCell(address)!;
    const value = isFormulaCell(cell) ? null : isDateCell(cell) ? toExcelSerial(cell.date) : cell;
    cells.set(address, {
      row,
      column,
      value,
      formula: isFormulaCell(cell) ? cell.formula : null,
      numberFormat: 'General',
    });
  }
  for (const [address, value] of Object.entries(edit)) {
    const { row, column } = parseCell(address)!;
    cells.set(address, { row, column, value, formula: null, numberFormat: 'General' });
  }
  return gridFromCells(description.name, [...cells.values()]);
}
