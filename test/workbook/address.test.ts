import {
  boxAt,
  boxContains,
  boxesIntersect,
  cellRef,
  columnLetters,
  columnNumber,
  formatRange,
  parseCell,
  parseRange,
  parseSheetReference,
  quoteSheetName,
  sheetReference,
  unionBox,
} from '../../src/workbook/address';

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('%i ⇄ %s', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
    expect(columnNumber(letters.toLowerCase())).toBe(n);
  });

  it('refuses columns outside Excel', () => {
    expect(() => columnLetters(0)).toThrow(RangeError);
    expect(() => columnLetters(16385)).toThrow(RangeError);
    expect(columnNumber('XFE')).toBeNull();
    expect(columnNumber('A1')).toBeNull();
    expect(columnNumber('')).toBeNull();
  });
});

describe('cells and ranges', () => {
  it('parses relative and absolute cells', () => {
    expect(parseCell('B3')).toEqual({ row: 3, column: 2 });
    expect(parseCell('$AA$10')).toEqual({ row: 10, column: 27 });
    expect(parseCell('A0')).toBeNull();
    expect(parseCell('A1048577')).toBeNull();
    expect(parseCell('3B')).toBeNull();
    expect(cellRef(3, 2)).toBe('B3');
    expect(cellRef(3, 2, true)).toBe('$B$3');
  });

  it('normalises ranges and formats single cells without a colon', () => {
    expect(parseRange('C3:A1')).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseRange('B2')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseRange('A1:B2:C3')).toBeNull();
    expect(parseRange('A:A')).toBeNull();
    expect(formatRange({ top: 2, left: 2, bottom: 2, right: 2 })).toBe('B2');
    expect(formatRange({ top: 1, left: 1, bottom: 10, right: 28 }, true)).toBe('$A$1:$AB$10');
  });

  it('does box arithmetic', () => {
    const box = boxAt({ row: 5, column: 3 }, 2, 4);
    expect(formatRange(box)).toBe('C5:F6');
    expect(boxesIntersect(box, parseRange('F6:G9')!)).toBe(true);
    expect(boxesIntersect(box, parseRange('G5:G6')!)).toBe(false);
    expect(boxContains(box, parseRange('D5:E6')!)).toBe(true);
    expect(boxContains(box, parseRange('D5:G6')!)).toBe(false);
    expect(formatRange(unionBox(box, parseRange('A1')!))).toBe('A1:F6');
    expect(() => boxAt({ row: 1, column: 16384 }, 1, 2)).toThrow(RangeError);
  });
});

describe('sheet references', () => {
  it('always quotes sheet names and doubles inner quotes', () => {
    expect(quoteSheetName('党员名册')).toBe("'党员名册'");
    expect(quoteSheetName("O'Neil")).toBe("'O''Neil'");
    expect(sheetReference('出勤 登记', 'b2:c3')).toBe("'出勤 登记'!$B$2:$C$3");
  });

  it('parses quoted and bare references back', () => {
    expect(parseSheetReference("'O''Neil 表'!$A$1:$B$2")).toEqual({
      sheetName: "O'Neil 表",
      box: { top: 1, left: 1, bottom: 2, right: 2 },
    });
    expect(parseSheetReference('=Sheet1!C4')).toEqual({
      sheetName: 'Sheet1',
      box: { top: 4, left: 3, bottom: 4, right: 3 },
    });
    expect(parseSheetReference('Sheet1!$A:$A')).toBeNull();
    expect(parseSheetReference("'a'!A1,'a'!B2")).toBeNull();
    expect(parseSheetReference('SUM(A1:A2)')).toBeNull();
    expect(parseSheetReference("'unterminated!A1")).toBeNull();
  });
});
