import { parseCsv, parseLooseDate, parseManualHolidays } from '../../src/domain/holidays/manual';

describe('parseCsv', () => {
  it('splits rows and cells, with quotes, CRLF and a BOM', () => {
    const { rows, unclosedQuoteLine } = parseCsv(
      '\uFEFF日期,类型,名称\r\n2027-02-05,放假,"春节, 除夕"\r\n"a ""b""",c\n',
    );
    expect(unclosedQuoteLine).toBeNull();
    expect(rows).toEqual([
      { line: 1, cells: ['日期', '类型', '名称'] },
      { line: 2, cells: ['2027-02-05', '放假', '春节, 除夕'] },
      { line: 3, cells: ['a "b"', 'c'] },
    ]);
  });

  it('reports an unclosed quote with its line', () => {
    expect(parseCsv('日期,类型\n"2027-02-05,放假\n').unclosedQuoteLine).toBe(2);
  });
});

describe('parseLooseDate', () => {
  it('reads the ways people write dates', () => {
    expect(parseLooseDate('2027-02-05')).toBe('2027-02-05');
    expect(parseLooseDate('2027-2-5')).toBe('2027-02-05');
    expect(parseLooseDate('2027/2/5')).toBe('2027-02-05');
    expect(parseLooseDate('2027.02.05')).toBe('2027-02-05');
    expect(parseLooseDate('2027年2月5日')).toBe('2027-02-05');
    expect(parseLooseDate(' 2027-02-05 ')).toBe('2027-02-05');
    expect(parseLooseDate('2027-02-30')).toBeNull();
    expect(parseLooseDate('02/05/2027')).toBeNull();
    expect(parseLooseDate('')).toBeNull();
  });
});

describe('parseManualHolidays', () => {
  it('reads days off, working days and removals', () => {
    const text = [
      '日期,类型,名称',
      '2027-02-04,放假,春节',
      '2027-02-20,上班,春节',
      '2027-04-05,删除,',
      '# 单位安排',
      '',
      '2027/3/3,休息,运动会',
    ].join('\n');
    expect(parseManualHolidays(text)).toEqual({
      entries: [
        { date: '2027-02-04', action: 'off', name: '春节' },
        { date: '2027-02-20', action: 'working', name: '春节' },
        { date: '2027-04-05', action: 'remove' },
        { date: '2027-03-03', action: 'off', name: '运动会' },
      ],
      errors: [],
    });
  });

  it('accepts the columns in any order, without 名称, and English headers', () => {
    expect(parseManualHolidays('类型,日期\n补班,2027-02-20\n').entries).toEqual([
      { date: '2027-02-20', action: 'working' },
    ]);
    expect(parseManualHolidays('date,type,name\n2027-02-20,working,x\n').entries).toEqual([
      { date: '2027-02-20', action: 'working', name: 'x' },
    ]);
  });

  it('names every bad row and what to do, dropping none silently', () => {
    const text = [
      '日期,类型,名称',
      '2027-02-30,放假,',
      '2027-02-05,constructor,',
      ',上班,',
      '2027-02-06,放假,',
      '2027-02-06,上班,',
    ].join('\n');
    const { entries, errors } = parseManualHolidays(text);
    expect(entries).toEqual([{ date: '2027-02-06', action: 'off' }]);
    expect(errors).toEqual([
      '第2行：日期“2027-02-30”无效，请写成 2027-02-05 这样的格式。',
      '第3行：类型“constructor”无法识别，请填写 放假、上班 或 删除。',
      '第4行：日期是空的，请填写日期，如 2027-02-05。',
      '第6行：日期 2027-02-06 在第5行已填写过，请只保留一行。',
    ]);
  });

  it('asks for a header and refuses an empty file', () => {
    expect(parseManualHolidays('2027-02-05,放假\n').errors).toEqual([
      '第1行应为表头“日期,类型,名称”（名称可省略），现在是“2027-02-05,放假”。请在文件第一行加上表头。',
    ]);
    expect(parseManualHolidays('\uFEFF\n\n').errors).toEqual([
      '节假日文件是空的。第1行应为表头“日期,类型,名称”，从第2行起每行一天。',
    ]);
  });
});
