import { readFormulaReferences, type CellReference } from '../../src/workbook/formulaReferences';

/** A reference as the parts hold it. */
function ref(text: string, column: number, row: number): CellReference {
  return {
    text,
    columnAnchored: text.startsWith('$'),
    column,
    rowAnchored: /^\$?[A-Za-z]+\$/.test(text),
    row,
  };
}

describe('readFormulaReferences', () => {
  it('reads the text between the references and each reference with its anchors', () => {
    expect(readFormulaReferences('=SUMPRODUCT($E$7:$E$46*(J$7:J46="√"))/$b2')).toEqual([
      '=SUMPRODUCT(',
      ref('$E$7', 5, 7),
      ':',
      ref('$E$46', 5, 46),
      '*(',
      ref('J$7', 10, 7),
      ':',
      ref('J46', 10, 46),
      '="√"))/',
      ref('$b2', 2, 2),
      '',
    ]);
    expect(readFormulaReferences('=AA7')).toEqual(['=', ref('AA7', 27, 7), '']);
  });

  it('leaves strings, function names, defined names, sheet names, sheet tokens and numbers as text', () => {
    expect(
      readFormulaReferences(`=IF(LOG10(A1)>=PD_Threshold,"B2达标",'出勤 A1'!C3+Sheet1!D4+{sheet:ab1}!E5)`),
    ).toEqual([
      '=IF(LOG10(',
      ref('A1', 1, 1),
      `)>=PD_Threshold,"B2达标",'出勤 A1'!`,
      ref('C3', 3, 3),
      '+Sheet1!',
      ref('D4', 4, 4),
      '+{sheet:ab1}!',
      ref('E5', 5, 5),
      ')',
    ]);
    expect(readFormulaReferences('=1E5+2.5e-3*A1')).toEqual(['=1E5+2.5e-3*', ref('A1', 1, 1), '']);
  });

  it('takes a word beyond column XFD for a name and keeps a row as written for the port to judge', () => {
    expect(readFormulaReferences('=XFE1+XFD1')).toEqual(['=XFE1+', ref('XFD1', 16384, 1), '']);
    expect(readFormulaReferences('=A2000000')).toEqual(['=', ref('A2000000', 1, 2000000), '']);
  });

  it('refuses what it does not model: whole rows or columns, structured references', () => {
    expect(readFormulaReferences('=SUM(A:A)')).toBeNull();
    expect(readFormulaReferences('=SUM($B:$C)')).toBeNull();
    expect(readFormulaReferences('=SUM($3:$3)')).toBeNull();
    expect(readFormulaReferences('=SUM(2:4)')).toBeNull();
    expect(readFormulaReferences('=SUM(Table1[金额])')).toBeNull();
    expect(readFormulaReferences('=RC[-1]*2')).toBeNull();
  });
});
