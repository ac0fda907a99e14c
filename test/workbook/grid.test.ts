import { emptyGrid, gridCell, gridEnd, gridFromCells, gridValue, isRawError } from '../../src/workbook/grid';

describe('RawGrid', () => {
  const grid = gridFromCells('名册', [
    { row: 2, column: 3, value: '姓名', formula: null, numberFormat: 'General' },
    { row: 4, column: 5, value: 46395, formula: null, numberFormat: 'yyyy-mm-dd' },
    { row: 3, column: 4, value: { error: '#DIV/0!' }, formula: '=1/0', numberFormat: 'General' },
  ]);

  it('covers the used range only, padded to a rectangle', () => {
    expect(grid.origin).toEqual({ row: 2, column: 3 });
    expect(grid.values).toEqual([
      ['姓名', null, null],
      [null, { error: '#DIV/0!' }, null],
      [null, null, 46395],
    ]);
    expect(gridEnd(grid)).toEqual({ row: 4, column: 5 });
  });

  it('answers by sheet row and column, empty outside', () => {
    expect(gridValue(grid, 2, 3)).toBe('姓名');
    expect(gridCell(grid, 4, 5)).toEqual({ value: 46395, formula: null, numberFormat: 'yyyy-mm-dd' });
    expect(gridCell(grid, 3, 4).formula).toBe('=1/0');
    expect(isRawError(gridValue(grid, 3, 4))).toBe(true);
    expect(gridValue(grid, 1, 1)).toBeNull();
    expect(gridValue(grid, 9, 9)).toBeNull();
    expect(gridCell(grid, 2, 2).numberFormat).toBe('General');
  });

  it('is empty for no cells', () => {
    const empty = gridFromCells('空', []);
    expect(empty.values).toEqual([]);
    expect(gridEnd(empty)).toEqual({ row: 0, column: 0 });
    expect(gridValue(empty, 1, 1)).toBeNull();
    expect(empty).toEqual(emptyGrid('空'));
    expect(emptyGrid('空')).toEqual({
      sheetName: '空',
      origin: { row: 1, column: 1 },
      values: [],
      formulas: [],
      numberFormats: [],
    });
  });
});
