/**
 * A rewrite leaves out the number formats cells already have (src/excel/knownFormats.ts): every
 * cell of an owned sheet's area gets its format explicitly, one array entry per cell, which at
 * 2,000 members passed one request's size. What the read did not see, or saw through a stopped
 * write's records, is written.
 */
import { knownNumberFormats } from '../../src/excel/knownFormats';
import type { FormatWrite } from '../../src/excel/formatCalls';
import { planFormatWrites } from '../../src/excel/formatWrites';
import type { RawGrid } from '../../src/workbook/grid';

const AREA = { top: 1, left: 1, bottom: 2, right: 2 };
const STYLES = [{ range: 'B1:B2', style: { numberFormat: '0.0%' } }];
const BLOCKS = [
  {
    block: {
      anchor: 'A1',
      cells: [
        [1, 0.5],
        [2, 0.25],
      ],
    },
    top: 1,
    left: 1,
  },
];

/** Each cell's number format as the writes set it, 'A1' → format. */
function numberFormats(writes: readonly FormatWrite[]): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const write of writes)
    for (const set of write.sets)
      if (set.property === 'numberFormat')
        for (const box of write.boxes)
          for (let r = box.top; r <= box.bottom; r++)
            for (let c = box.left; c <= box.right; c++) cells[`${'AB'[c - 1]}${r}`] = String(set.value);
  return cells;
}

function grid(formats: string[][], origin = { row: 1, column: 1 }): RawGrid {
  return {
    sheetName: '出勤-第一党支部',
    origin,
    values: formats.map((row) => row.map(() => 1)),
    formulas: formats.map((row) => row.map(() => null)),
    numberFormats: formats,
  };
}

test('without what the cells hold now, every cell of the area gets its number format', () => {
  expect(numberFormats(planFormatWrites(STYLES, BLOCKS, false, AREA))).toEqual({
    A1: 'General',
    A2: 'General',
    B1: '0.0%',
    B2: '0.0%',
  });
});

test('cells that already have their format are left out, the others written', () => {
  const known = knownNumberFormats(
    grid([
      ['General', '0.0%'],
      ['yyyy-mm-dd', 'General'],
    ]),
    false,
  );
  expect(numberFormats(planFormatWrites(STYLES, BLOCKS, false, AREA, known))).toEqual({
    A2: 'General',
    B2: '0.0%',
  });
});

test('a cell outside what was read is written; nothing is known after a stopped write', () => {
  const partly = knownNumberFormats(grid([['General', '0.0%']]), false);
  expect(numberFormats(planFormatWrites(STYLES, BLOCKS, false, AREA, partly))).toEqual({
    A2: 'General',
    B2: '0.0%',
  });
  expect(knownNumberFormats(grid([['General', '0.0%']]), true)).toBeUndefined();
  expect(knownNumberFormats(undefined, false)).toBeUndefined();
});
