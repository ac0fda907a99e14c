import { cellKey, resolveStyles, toExcelStyle } from '../../src/file/cellStyles';
import { OUTLINE_EDGES } from '../../src/workbook/description';

describe('resolveStyles', () => {
  it('puts an outline on the outer sides of the outer cells only', () => {
    const cells = resolveStyles([
      { range: 'B2:D4', style: { borders: [{ edges: OUTLINE_EDGES, line: 'medium' }] } },
    ]);
    const sides = (address: [number, number]) =>
      Object.keys(cells.get(cellKey(...address))?.sides ?? {}).sort();
    expect(sides([2, 2])).toEqual(['left', 'top']);
    expect(sides([2, 3])).toEqual(['top']);
    expect(sides([3, 3])).toEqual([]);
    expect(sides([4, 4])).toEqual(['bottom', 'right']);
    expect(cells.size).toBe(9);
  });

  it('draws inside lines on both cells that share them', () => {
    const cells = resolveStyles([
      { range: 'A1:A3', style: { borders: [{ edges: ['insideHorizontal'], line: 'thin' }] } },
    ]);
    expect(Object.keys(cells.get(cellKey(1, 1))!.sides!)).toEqual(['bottom']);
    expect(Object.keys(cells.get(cellKey(2, 1))!.sides!).sort()).toEqual(['bottom', 'top']);
    expect(Object.keys(cells.get(cellKey(3, 1))!.sides!)).toEqual(['top']);
  });

  it('layers styles in order, font properties one by one', () => {
    const cells = resolveStyles([
      { range: 'A1:C1', style: { font: { bold: true, size: 12 }, fill: '#FFFFFF', numberFormat: '0' } },
      { range: 'B1', style: { font: { size: 16, color: '#C00000' }, fill: '#FFC7CE' } },
    ]);
    expect(cells.get(cellKey(1, 1))).toEqual({
      font: { bold: true, size: 12 },
      fill: '#FFFFFF',
      numberFormat: '0',
    });
    expect(cells.get(cellKey(1, 2))).toEqual({
      font: { bold: true, size: 16, color: '#C00000' },
      fill: '#FFC7CE',
      numberFormat: '0',
    });
  });

  it('shares one style object between alike cells', () => {
    const cells = resolveStyles([{ range: 'A1:Z100', style: { horizontal: 'center' } }]);
    expect(new Set(cells.values()).size).toBe(1);
  });
});

describe('toExcelStyle', () => {
  it('maps colours to ARGB, centre to middle, and leaves general alignment unset', () => {
    expect(
      toExcelStyle({
        font: { bold: true, color: '#2f5597' },
        fill: '#D9E1F2',
        sides: { top: { line: 'thin', color: '#808080' } },
        horizontal: 'general',
        vertical: 'center',
        wrapText: true,
        numberFormat: '0.0%',
      }),
    ).toEqual({
      font: { bold: true, color: { argb: 'FF2F5597' } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
      border: { top: { style: 'thin', color: { argb: 'FF808080' } } },
      alignment: { vertical: 'middle', wrapText: true },
      numFmt: '0.0%',
    });
  });
});
