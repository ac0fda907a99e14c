import { digestWarnings, limitLines } from '../../src/domain/warningDigest';
import type { DomainWarning } from '../../src/domain/warning';
import { day } from './attendanceHelpers';

function unrecorded(branch: string, date: string): DomainWarning {
  return {
    code: 'unrecorded',
    message: `${branch} ${date} 未登记`,
    branch,
    date: day(date),
    month: date.slice(0, 7),
  };
}

describe('the warning digest', () => {
  it('makes one line per kind and branch, with the first and last date of many', () => {
    const fridays = ['2026-01-09', '2026-01-23', '2026-02-13', '2026-11-27', '2026-03-13'];
    const warnings = [
      ...fridays.map((d) => unrecorded('第一党支部', d)),
      unrecorded('第二党支部', '2026-01-09'),
      unrecorded('第二党支部', '2026-01-23'),
      { code: 'below-threshold', message: '第二党支部 低于', branch: '第二党支部', date: day('2026-02-13') },
      { code: 'provisional-holidays', message: '2027年的节假日安排尚未录入' },
    ] as DomainWarning[];
    expect(digestWarnings(warnings)).toEqual([
      { code: 'below-threshold', branch: '第二党支部', count: 1, text: '第二党支部 低于' },
      { code: 'provisional-holidays', count: 1, text: '2027年的节假日安排尚未录入' },
      {
        code: 'unrecorded',
        branch: '第一党支部',
        count: 5,
        text: '第一党支部：5 次活动未登记出勤，最早 1月9日，最近 11月27日',
      },
      {
        code: 'unrecorded',
        branch: '第二党支部',
        count: 2,
        text: '第二党支部：2 次活动未登记出勤（1月9日、1月23日）',
      },
    ]);
  });

  it('keeps every run of absence on its own line', () => {
    const runs = ['甲', '乙', '丙'].map((name): DomainWarning => ({
      code: 'absence-run',
      message: `${name}连续缺席`,
      branch: '第一党支部',
    }));
    expect(digestWarnings(runs).map((line) => line.text)).toEqual(['甲连续缺席', '乙连续缺席', '丙连续缺席']);
  });

  it('collapses even single warnings when asked to', () => {
    expect(digestWarnings([unrecorded('第一党支部', '2026-03-13')], { collapseFrom: 1 })).toEqual([
      {
        code: 'unrecorded',
        branch: '第一党支部',
        count: 1,
        text: '第一党支部：1 次活动未登记出勤（3月13日）',
      },
    ]);
  });

  it('caps a list, saying how many more there are', () => {
    expect(limitLines(['a', 'b', 'c', 'd'], 3)).toEqual(['a', 'b', '……另有 2 项未列出']);
    expect(limitLines(['a', 'b'], 3)).toEqual(['a', 'b']);
  });
});
