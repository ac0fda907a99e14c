/**
 * The planning of the owned sheets' read (src/excel/readPlan.ts): estimates, the first read, and
 * bands of rows packed into syncs under a response budget.
 */
import {
  estimateBytes,
  guessedBox,
  halves,
  planBands,
  planFirstRead,
  RESPONSE_BUDGET_BYTES,
  UNKNOWN_SHEETS_BYTES,
} from '../../src/excel/readPlan';

const box = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

describe('estimateBytes', () => {
  it('counts values and number formats of every cell, formulas outside the own areas', () => {
    // 10 × 10 cells: 16 B each for values and formats, 6 B for formulas; 100 B per range loaded.
    expect(estimateBytes(box(1, 1, 10, 10))).toBe(100 + 100 * 22);
    // 20 of the cells in an own area (and a second range loaded for the formulas' part).
    expect(estimateBytes(box(1, 1, 10, 10), [box(1, 9, 10, 10)])).toBe(200 + 100 * 16 + 80 * 6);
    // Only the overlap counts.
    expect(estimateBytes(box(5, 1, 10, 10), [box(1, 9, 10, 10)])).toBe(200 + 60 * 16 + 48 * 6);
  });
});

describe('estimateBytes where getSpecialCells finds the formulas', () => {
  it('counts an allowance of 1 B a cell for them instead of 6', () => {
    expect(estimateBytes(box(1, 1, 10, 10), [], true)).toBe(100 + 100 * 17);
    expect(estimateBytes(box(1, 1, 10, 10), [box(1, 9, 10, 10)], true)).toBe(200 + 100 * 16 + 80);
  });
});

describe('guessedBox', () => {
  it('reaches from A1 to the far corner of the areas; unknown without them', () => {
    expect(guessedBox([box(7, 34, 46, 38), box(47, 10, 58, 33)])).toEqual(box(1, 1, 58, 38));
    expect(guessedBox(undefined)).toBeNull();
    expect(guessedBox([])).toBeNull();
  });
});

describe('planFirstRead', () => {
  const attendance = (n: number) => ({
    kind: `attendance.${n}`,
    ownAreas: [box(7, 34, 46, 38), box(47, 10, 58, 33)],
  });

  it('reads everything at once when the guesses and the allowance for unknown sheets fit', () => {
    const sheets = [{ kind: 'roster' }, ...[1, 2, 3].map(attendance)];
    const whole = { whole: sheets.map((sheet) => sheet.kind), probed: [] };
    expect(planFirstRead(sheets)).toEqual(whole);
    expect(planFirstRead(sheets, { budget: 3 * 45_860 + UNKNOWN_SHEETS_BYTES })).toEqual(whole);
  });

  it('otherwise reads whole what fits by its guess and probes the rest', () => {
    const one = estimateBytes(box(1, 1, 58, 38), attendance(1).ownAreas);
    expect(one).toBe(45_860);
    // A budget for two attendance sheets: the roster's size is unknown, so it is only probed.
    const sheets = [{ kind: 'roster' }, ...[1, 2, 3].map(attendance)];
    expect(planFirstRead(sheets, { budget: 2 * one + 10 })).toEqual({
      whole: ['attendance.1', 'attendance.2'],
      probed: ['roster', 'attendance.3'],
    });
  });
});

describe('planBands', () => {
  it('packs whole sheets into syncs and cuts a sheet larger than the budget into bands of rows', () => {
    // 16 columns of 22 B: 352 B a row, plus 100 B per range.
    const roster = { kind: 'roster', box: box(1, 1, 5_203, 16) };
    const small = { kind: 'settings', box: box(1, 1, 20, 5) };
    const budget = 100 + 2_000 * 352;
    const syncs = planBands([roster, small], { budget });
    expect(syncs.map((bands) => bands.map((band) => [band.kind, band.box.top, band.box.bottom]))).toEqual([
      [['roster', 1, 2_000]],
      [['roster', 2_001, 4_000]],
      [
        ['roster', 4_001, 5_203],
        ['settings', 1, 20],
      ],
    ]);
    for (const bands of syncs)
      expect(bands.reduce((sum, band) => sum + estimateBytes(band.box), 0)).toBeLessThanOrEqual(budget);
  });

  it('keeps the default budget under 4,000,000 B', () => {
    expect(RESPONSE_BUDGET_BYTES).toBeLessThanOrEqual(4_000_000);
  });

  it('reads one row at least, even when a row alone passes the budget', () => {
    expect(planBands([{ kind: 'wide', box: box(1, 1, 2, 100) }], { budget: 10 })).toEqual([
      [{ kind: 'wide', box: box(1, 1, 1, 100) }],
      [{ kind: 'wide', box: box(2, 1, 2, 100) }],
    ]);
  });
});

describe('halves', () => {
  it('splits a band of rows in two; one row cannot be split', () => {
    expect(halves({ kind: 'k', box: box(1, 1, 5, 3) })).toEqual([
      { kind: 'k', box: box(1, 1, 3, 3) },
      { kind: 'k', box: box(4, 1, 5, 3) },
    ]);
    expect(halves({ kind: 'k', box: box(4, 1, 4, 3) })).toBeNull();
  });
});
