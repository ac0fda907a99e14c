import { compileSlide, slideFormula } from '../../src/file/slideFormula';

describe('slideFormula', () => {
  it('moves relative references and keeps $-anchored parts', () => {
    expect(slideFormula('=SUMPRODUCT($E$7:$E$46*(J$7:J$46="√"))/J5+$B2+C$3', 2, 3)).toBe(
      '=SUMPRODUCT($E$7:$E$46*(M$7:M$46="√"))/M7+$B4+F$3',
    );
  });

  it('moves the columns of a row fill and the rows of a column fill', () => {
    expect(slideFormula('=AA7/Z7', 0, 30)).toBe('=BE7/BD7');
    expect(slideFormula('=AA7/Z7', 33, 0)).toBe('=AA40/Z40');
  });

  it('keeps sheet tokens as they are (formulaReferences.test.ts has the rest of the reading)', () => {
    expect(slideFormula(`='出勤 A1'!C3+{sheet:ab1}!E5`, 1, 1)).toBe(`='出勤 A1'!D4+{sheet:ab1}!F6`);
  });

  it('refuses what it does not model: whole columns, references off the sheet', () => {
    expect(slideFormula('=SUM(A:A)', 0, 1)).toBeNull();
    expect(slideFormula('=B2', -2, 0)).toBeNull();
    expect(slideFormula('=XFD1', 0, 1)).toBeNull();
  });

  it('tells whether a formula is another moved, without building the moved text', () => {
    const slide = compileSlide('=IF(J$5="","",J7/$AB$2)')!;
    expect(slide.movesTo('=IF(L$5="","",L9/$AB$2)', 2, 2)).toBe(true);
    expect(slide.movesTo('=IF(L$5="","",L9/$AB$2)+1', 2, 2)).toBe(false);
    expect(slide.movesTo('=IF(L$5="","",L8/$AB$2)', 2, 2)).toBe(false);
    expect(slide.movesTo('=IF(J$5="","",J7/$AB$2)', 0, -10)).toBe(false);
  });
});
