import { codeOf, markText, mergeEntries, parseMark, readEntry } from '../../src/domain/attendance';
import { entry } from './attendanceHelpers';

describe('parseMark', () => {
  it.each([
    ['√', '√'],
    ['✓', '√'],
    ['✔', '√'],
    ['v', '√'],
    ['V', '√'],
    ['到', '√'],
    ['出席', '√'],
    [' √ ', '√'],
    ['ｖ', '√'],
    ['迟', '迟'],
    ['迟到', '迟'],
    ['早退', '早'],
    ['事', '事'],
    ['请假', '事'],
    ['病', '病'],
    ['病假', '病'],
    ['×', '×'],
    ['缺', '×'],
    ['旷', '×'],
    ['x', '×'],
    ['X', '×'],
    ['Ｘ', '×'],
    ['✗', '×'],
    ['✘', '×'],
    ['免', '免'],
    ['\u3000免\u3000', '免'],
  ])('reads %j as %s', (text, code) => {
    expect(parseMark(text)).toEqual({ kind: 'code', code });
  });

  it('reads blanks as not recorded', () => {
    expect(parseMark(null)).toEqual({ kind: 'blank' });
    expect(parseMark(undefined)).toEqual({ kind: 'blank' });
    expect(parseMark('')).toEqual({ kind: 'blank' });
    expect(parseMark(' \u3000 ')).toEqual({ kind: 'blank' });
  });

  it('keeps unknown text as found, and never guesses numbers', () => {
    expect(parseMark('到了')).toEqual({ kind: 'unknown', text: '到了' });
    expect(parseMark(' ? ')).toEqual({ kind: 'unknown', text: '?' });
    expect(parseMark(1)).toEqual({ kind: 'unknown', text: '1' });
    expect(codeOf('迟早')).toBeNull();
  });

  it('reads a ticked checkbox as present and an unticked one as not recorded', () => {
    expect(parseMark(true)).toEqual({ kind: 'code', code: '√' });
    expect(parseMark(false)).toEqual({ kind: 'blank' });
  });
});

describe('readEntry and mergeEntries', () => {
  const merged = (...entries: ReturnType<typeof entry>[]) => entries.map(readEntry).reduce(mergeEntries);

  it('reads the code and the trimmed note', () => {
    expect(readEntry(entry('D1', '一支部', '2026-03-1', '事', ' 出差 '))).toEqual({
      mark: { kind: 'code', code: '事' },
      note: '出差',
    });
    expect(readEntry(entry('D2', '一支部', '2026-03-1', '√', '  '))).toEqual({
      mark: { kind: 'code', code: '√' },
      note: null,
    });
  });

  it('merges repeated entries without depending on their order', () => {
    expect(
      merged(entry('D1', '一支部', '2026-03-1', '√'), entry('D1', '一支部', '2026-03-1', '到')).mark,
    ).toEqual({
      kind: 'code',
      code: '√',
    });
    const a = entry('D1', '一支部', '2026-03-1', '×', '未请假');
    const b = entry('D1', '一支部', '2026-03-1', '事', '出差');
    const c = entry('D1', '一支部', '2026-03-1', null);
    const forward = merged(a, b, c);
    expect(forward).toEqual({ mark: { kind: 'conflict', texts: ['×', '事'] }, note: '出差；未请假' });
    expect(merged(c, b, a)).toEqual(forward);
    expect(merged(b, c, a, b)).toEqual(forward);
    expect(markText(forward.mark)).toBe('× / 事');
  });

  it('lets a blank entry give way to a recorded one', () => {
    expect(
      merged(entry('D1', '一支部', '2026-03-1', ''), entry('D1', '一支部', '2026-03-1', '病')).mark,
    ).toEqual({
      kind: 'code',
      code: '病',
    });
  });
});
