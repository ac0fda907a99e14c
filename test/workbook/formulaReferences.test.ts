import { readFormulaReferences } from '../../src/workbook/formulaReferences';

/** The parts as one line: each reference as ⟨text row,column⟩, the text between as it is. */
function read(formula: string): string | null {
  const parts = readFormulaReferences(formula);
  if (parts === null) return null;
  return parts
    .map((part) => (typeof part === 'string' ? part : `⟨${part.text} ${part.row},${part.column}⟩`))
    .join('');
}

describe('readFormulaReferences', () => {
  it('reads the text between the references and each reference with its anchors', () => {
    expect(readFormulaReferences('=$B7*2+c$3')).toEqual([
      '=',
      { text: '$B7', columnAnchored: true, column: 2, rowAnchored: false, row: 7 },
      '*2+',
      { text: 'c$3', columnAnchored: false, column: 3, rowAnchored: true, row: 3 },
      '',
    ]);
    expect(read('=SUMPRODUCT($E$7:$E$46*(J$7:J46="√"))/AA7')).toBe(
      '=SUMPRODUCT(⟨$E$7 7,5⟩:⟨$E$46 46,5⟩*(⟨J$7 7,10⟩:⟨J46 46,10⟩="√"))/⟨AA7 7,27⟩',
    );
  });

  it('leaves strings, function names, defined names, sheet names, sheet tokens and numbers as text', () => {
    expect(read(`=IF(LOG10(A1)>=PD_Threshold,"B2达标",'出勤 A1'!C3+Sheet1!D4+{sheet:ab1}!E5)`)).toBe(
      `=IF(LOG10(⟨A1 1,1⟩)>=PD_Threshold,"B2达标",'出勤 A1'!⟨C3 3,3⟩+Sheet1!⟨D4 4,4⟩+{sheet:ab1}!⟨E5 5,5⟩)`,
    );
    expect(read('=1E5+2.5e-3*A1')).toBe('=1E5+2.5e-3*⟨A1 1,1⟩');
  });

  it('takes a word beyond column XFD for a name and keeps a row as written for the port to judge', () => {
    expect(read('=XFE1+XFD1')).toBe('=XFE1+⟨XFD1 1,16384⟩');
    expect(read('=A2000000')).toBe('=⟨A2000000 2000000,1⟩');
  });

  it('refuses what it does not model: whole rows or columns, structured references', () => {
    expect(read('=SUM(A:A)')).toBeNull();
    expect(read('=SUM($B:$C)')).toBeNull();
    expect(read('=SUM($3:$3)')).toBeNull();
    expect(read('=SUM(2:4)')).toBeNull();
    expect(read('=SUM(Table1[金额])')).toBeNull();
    expect(read('=RC[-1]*2')).toBeNull();
  });
});
