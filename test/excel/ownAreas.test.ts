/**
 * The record of the add-in's own formula areas (src/excel/ownAreas.ts): which cells a description
 * fills, the name's reference both ways, and the rest of the sheet that is read with formulas.
 */
import {
  boxesText,
  complementBoxes,
  ownAreasFormula,
  ownFormulaBoxes,
  parseOwnAreas,
} from '../../src/excel/ownAreas';
import { MAX_COLUMNS, MAX_ROWS } from '../../src/workbook/address';
import type { SheetDescription } from '../../src/workbook/description';
import { ADD_IN_FORMULA } from '../../src/workbook/grid';
import { keptCell } from '../../src/workbook/sheets/common';

function sheet(cells: SheetDescription['blocks'][number]['cells'], anchor = 'B2'): SheetDescription {
  return { kind: 'roster', name: 'S', blocks: [{ anchor, cells }] };
}

describe('ownFormulaBoxes', () => {
  it('covers filled formulas and the cells they are filled from, never a formula standing alone', () => {
    const boxes = ownFormulaBoxes(
      sheet([
        [{ formula: '=A2' }, { formula: '=1+1' }, 'text'],
        [{ formula: '=A3', filledFrom: 'B2' }, null, { formula: '=D2' }],
        [{ formula: '=A4', filledFrom: 'B2' }, 5, { formula: '=D3', filledFrom: 'D3' }],
      ]),
    );
    // B2:B4 (a column filled down from B2), D3:D4 (D4 filled from D3); C2 and D3's neighbours are not.
    expect(boxesText(boxes)).toBe('B2:B4,D3:D4');
  });

  it('has none for a sheet without filled formulas', () => {
    expect(ownFormulaBoxes(sheet([[{ formula: '=1' }, 'x']]))).toEqual([]);
  });
});

describe('the name', () => {
  it('refers to the areas as one union, read back on the same sheet only', () => {
    const boxes = [
      { top: 7, left: 34, bottom: 46, right: 38 },
      { top: 47, left: 10, bottom: 58, right: 33 },
    ];
    const formula = ownAreasFormula("出勤-a,b's", boxes);
    expect(formula).toBe("='出勤-a,b''s'!$AH$7:$AL$46,'出勤-a,b''s'!$J$47:$AG$58");
    expect(parseOwnAreas(formula ?? '', "出勤-a,b's")).toEqual(boxes);
    // Renamed behind the record's back, or deleted cells (#REF!): read the sheet whole.
    expect(parseOwnAreas(formula ?? '', '出勤-c')).toBeNull();
    expect(parseOwnAreas("='S'!#REF!,'S'!$A$1:$B$2", 'S')).toBeNull();
    expect(parseOwnAreas('=#REF!', 'S')).toBeNull();
  });

  it('is not written when the areas would pass Excel’s 8,192-character formula', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      top: 2 * i + 1,
      left: 1,
      bottom: 2 * i + 1,
      right: 2,
    }));
    expect(ownAreasFormula('活动安排', many)).toBeNull();
    expect(ownAreasFormula('活动安排', [])).toBeNull();
  });
});

describe('complementBoxes', () => {
  it('cuts the sheet into the rectangles outside the areas, equal bands joined', () => {
    const rest = complementBoxes([
      { top: 7, left: 34, bottom: 46, right: 38 },
      { top: 47, left: 10, bottom: 58, right: 33 },
    ]);
    expect(rest).toEqual([
      { top: 1, bottom: 6, left: 1, right: MAX_COLUMNS },
      { top: 7, bottom: 46, left: 1, right: 33 },
      { top: 7, bottom: 46, left: 39, right: MAX_COLUMNS },
      { top: 47, bottom: 58, left: 1, right: 9 },
      { top: 47, bottom: 58, left: 34, right: MAX_COLUMNS },
      { top: 59, bottom: MAX_ROWS, left: 1, right: MAX_COLUMNS },
    ]);
    // Every cell is in exactly one of the areas and the rest.
    const areas = [
      { top: 7, left: 34, bottom: 46, right: 38 },
      { top: 47, left: 10, bottom: 58, right: 33 },
    ];
    for (const row of [1, 6, 7, 30, 46, 47, 58, 59, 100])
      for (const column of [1, 9, 10, 33, 34, 38, 39, 200]) {
        const inside = (box: { top: number; left: number; bottom: number; right: number }) =>
          box.top <= row && row <= box.bottom && box.left <= column && column <= box.right;
        expect(areas.filter(inside).length + rest.filter(inside).length).toBe(1);
      }
  });

  it('joins the bands of areas stacked in the same columns', () => {
    expect(
      complementBoxes([
        { top: 4, left: 12, bottom: 27, right: 15 },
        { top: 28, left: 12, bottom: 51, right: 15 },
      ]),
    ).toEqual([
      { top: 1, bottom: 3, left: 1, right: MAX_COLUMNS },
      { top: 4, bottom: 51, left: 1, right: 11 },
      { top: 4, bottom: 51, left: 16, right: MAX_COLUMNS },
      { top: 52, bottom: MAX_ROWS, left: 1, right: MAX_COLUMNS },
    ]);
  });
});

describe('a cell read as the add-in’s own formula', () => {
  it('is kept as its result where the user’s cells are kept as typed (its text was never read)', () => {
    expect(keptCell({ value: 40, formula: ADD_IN_FORMULA, numberFormat: 'General' })).toBe(40);
    expect(keptCell({ value: null, formula: ADD_IN_FORMULA, numberFormat: 'General' })).toBeNull();
    expect(keptCell({ value: 3, formula: '=1+2', numberFormat: 'General' })).toEqual({ formula: '=1+2' });
  });
});
