/**
 * The port's compact writes (cellWrites, formatWrites, r1c1) against what they replace: every
 * cell must end up as if each range style had been applied in order and every cell written one by
 * one. Formats are checked cell by cell against the file port's style resolution (the lines between
 * cells against a plain replay of the styles' borders), with and without RangeAreas (ExcelApi 1.9),
 * on hand-made descriptions with overlapping styles and on the app's own sheets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateWorkbook } from '../../src/app/generate';
import type { WorkbookPort } from '../../src/app/port';
import { writeSummarySheets } from '../../src/app/summaries';
import { dateOf } from '../../src/domain/date';
import { createExcelPort } from '../../src/excel/port';
import { planFormulaWrites, planValuesWrite } from '../../src/excel/cellWrites';
import { isRiskyText } from '../../src/excel/cellText';
import { toR1C1 } from '../../src/excel/r1c1';
import { equalRectangles, keyGrid } from '../../src/excel/rectangles';
import { resolveStyles } from '../../src/file/cellStyles';
import { cellRef, rangeBox } from '../../src/workbook/address';
import {
  ALL_EDGES,
  DEFAULT_DATE_FORMAT,
  isDateCell,
  type RangeStyle,
  type SheetDescription,
} from '../../src/workbook/description';
import { importRosterTable, tableFromCsv } from '../../src/workbook/rosterImport';
import { createFakeExcel, type FakeExcel, type SheetState } from '../fakes/excel';
import { r1c1ToA1 } from '../fakes/excel/r1c1';
import { attendanceSheet, settingsSheet } from '../file/sampleDescriptions';

jest.setTimeout(60_000);

describe('R1C1', () => {
  const cases: Array<[string, number, number, string]> = [
    ['=B7*2', 7, 3, '=RC[-1]*2'],
    ['=$B$3&" 出勤登记"', 1, 1, '=R3C2&" 出勤登记"'],
    ["='设置'!$B$2+A1", 5, 5, "='设置'!R2C2+R[-4]C[-4]"],
    ['=SUMPRODUCT($E7*($F7<=$J$4:$AG$4))', 7, 34, '=SUMPRODUCT(RC5*(RC6<=R4C10:R4C33))'],
    ['=IF(AB12="","",LOG10(AB12))', 12, 28, '=IF(RC="","",LOG10(RC))'],
    ['=COUNTIF(C3:C6,"A1")+PD_Threshold', 8, 3, '=COUNTIF(R[-5]C:R[-2]C,"A1")+PD_Threshold'],
  ];
  it.each(cases)('%s in row %i, column %i reads %s', (a1, row, column, r1c1) => {
    expect(toR1C1(a1, row, column)).toBe(r1c1);
    // The fake turns it back into the same A1 text in the same cell.
    expect(r1c1ToA1(r1c1, row - 1, column - 1, 'test')).toBe(a1);
  });

  it('leaves what it does not model to the A1 writer', () => {
    // test/workbook/formulaReferences.test.ts has the rest of what is not modelled.
    expect(toR1C1('=Table1[金额]', 1, 1)).toBeNull();
    expect(toR1C1('not a formula', 1, 1)).toBeNull();
  });

  it('writes a row beyond the sheet as written: Excel takes it for a name', () => {
    expect(toR1C1('=A2000000+B1', 2, 3)).toBe('=A2000000+R[-1]C[-1]');
  });
});

describe('equalRectangles', () => {
  it('covers every keyed cell with rectangles of one key, running over cells covered before', () => {
    // x . x .    A1:A2 and C1:C2 first (right as far as the key holds, then down), then row 2's
    // x x x y    first uncovered cell B2 runs right over the covered C2; D2 has another key. The
    //            blank B1 and D1 are never covered.
    const grid = keyGrid<string>(2, 4);
    grid.keys.splice(0, 8, 'x', undefined, 'x', undefined, 'x', 'x', 'x', 'y');
    expect(equalRectangles(grid)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0, key: 'x' },
      { top: 0, left: 2, bottom: 1, right: 2, key: 'x' },
      { top: 1, left: 1, bottom: 1, right: 2, key: 'x' },
      { top: 1, left: 3, bottom: 1, right: 3, key: 'y' },
    ]);
  });
});

describe('cell writes', () => {
  it('write every cell but formulas in one values array over the area, empty ones as empty text', () => {
    const rows = Array.from({ length: 3 }, (_, i) => [`M${i + 1}`, i, null, { formula: `=B${i + 2}*2` }]);
    const values = planValuesWrite([{ block: { anchor: 'A2', cells: rows }, top: 2, left: 1 }], {
      top: 1,
      left: 1,
      bottom: 5,
      right: 5,
    });
    expect({ box: values.box, property: values.property, data: values.data }).toEqual({
      box: { top: 1, left: 1, bottom: 5, right: 5 },
      property: 'values',
      data: [
        ['', '', '', '', ''],
        ['M1', 0, '', '', ''],
        ['M2', 1, '', '', ''],
        ['M3', 2, '', '', ''],
        ['', '', '', '', ''],
      ],
    });
  });

  it('write a filled column of formulas in R1C1, other formulas in arrays the size of their range that leave the rest as it is', () => {
    const rows = Array.from({ length: 6 }, (_, i) => [
      `M${i + 1}`,
      i,
      i === 2 ? { formula: '=TODAY()' } : null,
      // Columns D…AC empty: a gap too long to write as nulls.
      ...new Array<null>(26).fill(null),
      { formula: `=B${i + 2}*2` },
    ]);
    const writes = planFormulaWrites(
      { block: { anchor: 'A2', cells: rows }, top: 2, left: 1 },
      (text) => text,
      false,
    );
    expect(writes.map(({ bytes: _bytes, ...write }) => write)).toEqual([
      {
        box: { top: 2, left: 30, bottom: 7, right: 30 },
        property: 'formulasR1C1',
        data: new Array(6).fill(['=RC[-28]*2']),
      },
      { box: { top: 4, left: 3, bottom: 4, right: 3 }, property: 'formulas', data: [['=TODAY()']] },
    ]);
  });

  it('never sends text through formulas: a row mixing formulas and user text is a formulas write with nulls for the text, and the values write', () => {
    const cells = [[{ formula: '=B2*2' }, '=不是公式', { formula: '=C2&"x"' }, '+86 138']];
    const placed = { block: { anchor: 'A2', cells }, top: 2, left: 1 };
    const writes = planFormulaWrites(placed, (text) => text, true);
    expect(writes.map(({ bytes: _bytes, ...write }) => write)).toEqual([
      {
        box: { top: 2, left: 1, bottom: 2, right: 3 },
        property: 'formulas',
        data: [['=B2*2', null, '=C2&"x"']],
      },
    ]);
    const values = planValuesWrite([placed], { top: 2, left: 1, bottom: 2, right: 4 });
    expect(values.data).toEqual([['', '=不是公式', '', '+86 138']]);
  });

  it('fills a rectangle of one R1C1 formula from its corner with copyFrom where ExcelApi 1.9 allows', () => {
    const cells = Array.from({ length: 3 }, (_, r) =>
      [0, 1].map((c) => ({ formula: `=${'AB'[c]}${r + 2}*2` })),
    );
    const writes = planFormulaWrites(
      { block: { anchor: 'C2', cells }, top: 2, left: 3 },
      (text) => text,
      true,
    );
    expect(writes.map(({ bytes: _bytes, ...write }) => write)).toEqual([
      { box: { top: 2, left: 3, bottom: 2, right: 3 }, property: 'formulasR1C1', data: [['=RC[-2]*2']] },
      {
        box: { top: 2, left: 4, bottom: 2, right: 4 },
        property: 'copyFormulas',
        from: { top: 2, left: 3, bottom: 2, right: 3 },
      },
      {
        box: { top: 3, left: 3, bottom: 4, right: 4 },
        property: 'copyFormulas',
        from: { top: 2, left: 3, bottom: 2, right: 4 },
      },
    ]);
  });
});

describe('written through the fake', () => {
  it('user text next to formulas stays text, and the copied formulas read as the description wrote them', async () => {
    const fake = createFakeExcel();
    const description: SheetDescription = {
      kind: 'settings',
      name: '测试',
      blocks: [
        {
          anchor: 'A1',
          cells: [
            [1, { formula: '=A1*2' }, '=SUM(A1;A2)', '2026-03-13'],
            [2, { formula: '=A2*2' }, '求和', { formula: '=B2&"x"' }],
            [3, { formula: '=A3*2' }, '-5x', { formula: '=B3&"x"' }],
          ],
        },
      ],
    };
    await fake.run(async (context) => {
      const port = createExcelPort(context, {
        isSetSupported: (name, version) => fake.isSetSupported(name, version),
      });
      await port.writeDescriptions([description]);
    });
    expect(fake.formulas('测试', 'A1:D3')).toEqual([
      [1, '=A1*2', '=SUM(A1;A2)', '2026-03-13'],
      [2, '=A2*2', '求和', '=B2&"x"'],
      [3, '=A3*2', '-5x', '=B3&"x"'],
    ]);
    expect(fake.cell('测试', 'C1').formula).toBeUndefined();
    expect(fake.cell('测试', 'C3').formula).toBeUndefined();
  });
});

/** What the styles and the cells' values say each cell's formats are, property by property. */
function expectedFormats(description: SheetDescription): Map<string, Record<string, unknown>> {
  const cells = new Map<string, Record<string, unknown>>();
  const at = (row: number, column: number) => {
    const key = cellRef(row, column);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = {}));
    return cell;
  };
  const H = { general: 'General', left: 'Left', center: 'Center', right: 'Right' };
  const V = { top: 'Top', center: 'Center', bottom: 'Bottom' };
  for (const [key, style] of resolveStyles(description.styles ?? [])) {
    const cell = at(Math.floor(key / 16384), key % 16384);
    const font = style.font ?? {};
    if (font.name !== undefined) cell['font.name'] = font.name;
    if (font.size !== undefined) cell['font.size'] = font.size;
    if (font.bold !== undefined) cell['font.bold'] = font.bold;
    if (font.italic !== undefined) cell['font.italic'] = font.italic;
    if (font.underline !== undefined) cell['font.underline'] = font.underline ? 'Single' : 'None';
    if (font.color !== undefined) cell['font.color'] = font.color;
    if (style.fill !== undefined) cell['fill.color'] = style.fill;
    if (style.horizontal !== undefined) cell.horizontalAlignment = H[style.horizontal];
    if (style.vertical !== undefined) cell.verticalAlignment = V[style.vertical];
    if (style.wrapText !== undefined) cell.wrapText = style.wrapText;
    if (style.numberFormat !== undefined) cell.numberFormat = style.numberFormat;
  }
  for (const block of description.blocks) {
    const anchor = rangeBox(block.anchor);
    block.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        const risky = isRiskyText(value);
        if (!risky && !isDateCell(value)) return;
        const cell = at(anchor.top + r, anchor.left + c);
        if (risky) cell.numberFormat = '@';
        else if (cell.numberFormat === undefined) cell.numberFormat = DEFAULT_DATE_FORMAT;
      }),
    );
  }
  // Cells that only have borders are compared in the lines.
  return new Map([...cells].filter(([, cell]) => Object.keys(cell).length > 0));
}

/** The lines between cells the styles' borders draw, replayed in order: 'h,row,col' / 'v,row,col'. */
function expectedLines(styles: readonly RangeStyle[]): Map<string, string> {
  const lines = new Map<string, string>();
  const LINE = { thin: 'Continuous|Thin', medium: 'Continuous|Medium', thick: 'Continuous|Thick' } as const;
  for (const { range, style } of styles) {
    const box = rangeBox(range);
    for (const border of style.borders ?? []) {
      const look = `${LINE[border.line as keyof typeof LINE]}|${border.color}`;
      const edges = new Set(border.edges);
      for (let c = box.left; c <= box.right; c++) {
        if (edges.has('top')) lines.set(`h,${box.top},${c}`, look);
        if (edges.has('bottom')) lines.set(`h,${box.bottom + 1},${c}`, look);
        if (edges.has('insideHorizontal'))
          for (let r = box.top + 1; r <= box.bottom; r++) lines.set(`h,${r},${c}`, look);
      }
      for (let r = box.top; r <= box.bottom; r++) {
        if (edges.has('left')) lines.set(`v,${r},${box.left}`, look);
        if (edges.has('right')) lines.set(`v,${r},${box.right + 1}`, look);
        if (edges.has('insideVertical'))
          for (let c = box.left + 1; c <= box.right; c++) lines.set(`v,${r},${c}`, look);
      }
    }
  }
  return lines;
}

/** The fake's format entries replayed the same way (the last entry covering a cell wins). */
function actualFormats(sheet: SheetState) {
  const cells = new Map<string, Record<string, unknown>>();
  const parts = new Map<string, Record<string, string>>();
  for (const { rect, property, value } of sheet.formats) {
    const border = /^borders\.(\w+)\.(style|weight|color)$/.exec(property);
    for (let r = rect.row + 1; r <= rect.row + rect.rowCount; r++)
      for (let c = rect.column + 1; c <= rect.column + rect.columnCount; c++) {
        if (!border) {
          if (property === '*') cells.delete(cellRef(r, c));
          else cells.set(cellRef(r, c), { ...cells.get(cellRef(r, c)), [property]: value });
          continue;
        }
        const [, edge, part] = border;
        const top = r === rect.row + 1;
        const bottom = r === rect.row + rect.rowCount;
        const left = c === rect.column + 1;
        const right = c === rect.column + rect.columnCount;
        const keys =
          edge === 'EdgeTop' && top
            ? [`h,${r},${c}`]
            : edge === 'EdgeBottom' && bottom
              ? [`h,${r + 1},${c}`]
              : edge === 'InsideHorizontal' && !bottom
                ? [`h,${r + 1},${c}`]
                : edge === 'EdgeLeft' && left
                  ? [`v,${r},${c}`]
                  : edge === 'EdgeRight' && right
                    ? [`v,${r},${c + 1}`]
                    : edge === 'InsideVertical' && !right
                      ? [`v,${r},${c + 1}`]
                      : [];
        for (const key of keys) parts.set(key, { ...parts.get(key), [part]: String(value) });
      }
  }
  for (const [key, cell] of sheet.cells) {
    if (cell.numberFormat === 'General') continue;
    const address = cellRef(Math.floor(key / 16384) + 1, (key % 16384) + 1);
    cells.set(address, { ...cells.get(address), numberFormat: cell.numberFormat });
  }
  const lines = new Map([...parts].map(([key, p]) => [key, `${p.style}|${p.weight}|${p.color}`]));
  return { cells, lines };
}

function expectSameLook(fake: FakeExcel, sheetName: string, description: SheetDescription): void {
  const actual = actualFormats(fake.sheet(sheetName));
  const expected = expectedFormats(description);
  expect(Object.fromEntries(actual.cells)).toEqual(Object.fromEntries(expected));
  expect(Object.fromEntries(actual.lines)).toEqual(
    Object.fromEntries(expectedLines(description.styles ?? [])),
  );
}

/** Overlapping styles, lone edges and a later style overriding part of an earlier one. */
const layered: SheetDescription = {
  kind: 'layered',
  name: '层叠',
  blocks: [
    {
      anchor: 'B2',
      cells: [
        ['编号', '日期', '金额'],
        ['001', { date: dateOf(2027, 3, 12) }, 12.5],
        ['=不是公式', { date: dateOf(2027, 3, 26) }, 8],
      ],
    },
  ],
  styles: [
    {
      range: 'B2:F9',
      style: {
        font: { name: '宋体', size: 10 },
        borders: [{ edges: ALL_EDGES, line: 'thin', color: '#BFBFBF' }],
      },
    },
    { range: 'B2:F2', style: { font: { bold: true }, fill: '#D9E1F2', horizontal: 'center' } },
    { range: 'C3:C4', style: { numberFormat: 'm"月"d"日"' } },
    { range: 'D3:D9', style: { numberFormat: '0.00', horizontal: 'right' } },
    { range: 'B5:F5', style: { borders: [{ edges: ['bottom'], line: 'medium', color: '#000000' }] } },
    { range: 'B6:F6', style: { borders: [{ edges: ['top'], line: 'thin', color: '#C00000' }] } },
    { range: 'H2:H4', style: { borders: [{ edges: ['left', 'right'], line: 'thick', color: '#000000' }] } },
    { range: 'B9:F9', style: { font: { italic: true, underline: true, color: '#595959' }, wrapText: true } },
    { range: 'C2:E2', style: { horizontal: 'left', vertical: 'top' } },
  ],
};

describe('format writes', () => {
  it.each([
    ['with RangeAreas (ExcelApi 1.17)', '1.17'],
    ['range by range (ExcelApi 1.8)', '1.8'],
  ])('give every cell the look of the styles applied in order, %s', async (_label, version) => {
    const fake = createFakeExcel({ maxApiVersion: version });
    const port = createExcelPort(fake.newContext(), {
      isSetSupported: (name, v) => fake.isSetSupported(name, v),
    });
    await port.writeDescriptions([layered, settingsSheet, attendanceSheet()]);
    expectSameLook(fake, '层叠', layered);
    expectSameLook(fake, '设置', settingsSheet);
    expectSameLook(fake, '出勤登记', attendanceSheet());
    // The text that looks like a number or a formula stayed text.
    expect(fake.cell('层叠', 'B3')).toMatchObject({ value: '001', numberFormat: '@' });
    expect(fake.cell('层叠', 'B4')).toMatchObject({ value: '=不是公式', formula: undefined });
  });

  it('give the app’s own sheets (roster, schedule, attendance, summaries) the look of their styles', async () => {
    const roster = importRosterTable(
      tableFromCsv(readFileSync(join(__dirname, '../fixtures/roster-basic.csv'), 'utf8'), 'roster-basic.csv'),
    );
    const fake = createFakeExcel();
    const written: SheetDescription[] = [];
    const act = (action: (port: WorkbookPort) => Promise<unknown>) =>
      fake.run(async (context) => {
        const port = createExcelPort(context, { isSetSupported: (name, v) => fake.isSetSupported(name, v) });
        await action({
          ...port,
          writeDescriptions: (descriptions) => {
            written.push(...descriptions);
            return port.writeDescriptions(descriptions);
          },
        });
      });
    const summary = { asOf: dateOf(2027, 12, 31), generatedAt: '2027-12-31 16:00' };
    await act((port) =>
      generateWorkbook(port, { year: 2027, unit: '张店分局机关党总支', members: roster.value.members }),
    );
    await act((port) =>
      writeSummarySheets(port, { period: { kind: 'month', year: 2027, month: 3 }, ...summary }),
    );
    await act((port) => writeSummarySheets(port, { period: { kind: 'year', year: 2027 }, ...summary }));
    const grids = await fake.run((context) =>
      createExcelPort(context, { isSetSupported: () => true }).readOwnedGrids(),
    );
    expect(written.length).toBeGreaterThanOrEqual(7);
    for (const description of written) {
      const grid = grids.get(description.kind);
      if (!grid) throw new Error(`No sheet for ${description.kind}`);
      expectSameLook(fake, grid.sheetName, description);
    }
  });
});
