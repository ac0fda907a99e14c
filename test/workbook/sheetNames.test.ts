import {
  freeSheetName,
  isSheetNameTaken,
  isValidSheetName,
  sheetNameProblem,
} from '../../src/workbook/sheetNames';

describe('Excel sheet-name rules', () => {
  it('accepts ordinary Chinese names up to 31 characters', () => {
    expect(sheetNameProblem('党员名册')).toBeNull();
    expect(sheetNameProblem('机关第一党支部2027年出勤登记')).toBeNull();
    expect(sheetNameProblem('一'.repeat(31))).toBeNull();
  });

  it('names the problem in Chinese', () => {
    expect(sheetNameProblem('  ')).toContain('不能为空');
    expect(sheetNameProblem('一'.repeat(32))).toContain('32 个字符');
    expect(sheetNameProblem('2027/03')).toContain('/');
    expect(sheetNameProblem('汇总[3月]*')).toMatch(/\[ \] \*|\[ \]/);
    expect(sheetNameProblem("'名册")).toContain('单引号');
    expect(sheetNameProblem("名册'")).toContain('单引号');
    expect(sheetNameProblem('history')).toContain('保留');
    for (const ch of ['[', ']', ':', '*', '?', '/', '\\']) expect(isValidSheetName(`a${ch}b`)).toBe(false);
    expect(isValidSheetName("O'Neil")).toBe(true);
  });

  it('compares names without regard to case', () => {
    expect(isSheetNameTaken('sheet1', ['Sheet1'])).toBe(true);
    expect(isSheetNameTaken('党员名册', ['党员名册(2)'])).toBe(false);
  });
});

describe('freeSheetName', () => {
  it('keeps a free name and numbers a taken one', () => {
    expect(freeSheetName('党员名册', ['工作台账'])).toBe('党员名册');
    expect(freeSheetName('党员名册', ['党员名册'])).toBe('党员名册(2)');
    expect(freeSheetName('党员名册', ['党员名册', '党员名册(2)', '党员名册(3)'])).toBe('党员名册(4)');
    expect(freeSheetName('Summary', ['SUMMARY'])).toBe('Summary(2)');
  });

  it('shortens a long name so the number fits in 31 characters', () => {
    const long = '一'.repeat(31);
    const free = freeSheetName(long, [long]);
    expect(free).toBe('一'.repeat(28) + '(2)');
    expect(free).toHaveLength(31);
  });

  it('never splits a surrogate pair when shortening', () => {
    const long = 'a'.repeat(27) + '𠀀𠀀';
    const free = freeSheetName(long, [long]);
    expect(free).toBe('a'.repeat(27) + '(2)');
    expect(isValidSheetName(free)).toBe(true);
  });

  it('throws for a wanted name Excel refuses', () => {
    expect(() => freeSheetName('a/b', [])).toThrow('/');
  });
});
