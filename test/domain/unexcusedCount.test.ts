/**
 * 无故缺席 counted over a year (设置's 无故缺席提示次数, default 3): only × counts, wherever it falls;
 * at N − 1 nothing, at N and N + 1 a prompt naming the member, the branch and the dates.
 */
import type { Activity } from '../../src/domain/activity';
import type { AttendanceEntry } from '../../src/domain/attendance';
import { evaluateAttendance, type AttendanceSettings } from '../../src/domain/ledger';
import type { Member } from '../../src/domain/member';
import { unexcusedCounts, unexcusedLimitWarnings } from '../../src/domain/unexcusedCount';
import { digestWarnings } from '../../src/domain/warningDigest';
import { collectWarnings } from '../../src/domain/warnings';
import { activity, day, entry, member } from './attendanceHelpers';

const B = '机关第二党支部';
const FRIDAYS = [
  '2026-01-09',
  '2026-01-23',
  '2026-02-13',
  '2026-02-27',
  '2026-03-13',
  '2026-03-27',
  '2026-04-10',
  '2026-04-24',
];
const activities: Activity[] = FRIDAYS.map((date, i) =>
  activity(B, `${date.slice(0, 7)}-${(i % 2) + 1}`, date),
);

function line(memberId: string, codes: string, list: readonly Activity[] = activities): AttendanceEntry[] {
  return [...codes].flatMap((code, i) => (code === '.' ? [] : [entry(memberId, B, list[i].id, code)]));
}

function ledger(
  members: Member[],
  attendance: AttendanceEntry[],
  settings: Partial<AttendanceSettings> = {},
  asOf = '2026-04-30',
  list: readonly Activity[] = activities,
) {
  return evaluateAttendance({ activities: list, members, attendance, asOf: day(asOf), settings });
}

const ADVICE =
  '请党支部了解原因，核实是否有请假漏登，做好谈心谈话和教育提醒。本提示仅供党支部参考，不作结论。';

describe('无故缺席 in a year', () => {
  // Never two × in a row, so no run of absence is reported beside them; 事 and 病 between.
  const members = [
    member('R1', '刘洋', B),
    member('R2', '陈静', B),
    member('R3', '王强', B),
    member('R4', '赵敏', B),
  ];
  const attendance = [
    ...line('R1', '×√×事√病√√'), // 2 ×: N − 1
    ...line('R2', '×√×事×病√√'), // 3 ×: N
    ...line('R3', '×√×√×√×√'), // 4 ×: N + 1
    ...line('R4', '事病事病事病×√'), // 6 leave, 1 ×: leave does not count
  ];

  it('lists nobody at N − 1, a prompt at N and at N + 1 (N = 3 by default), with the dates', () => {
    const warnings = unexcusedLimitWarnings(ledger(members, attendance));
    expect(warnings).toEqual([
      {
        code: 'unexcused-limit',
        message: `${B} 陈静（编号 R2）2026年无故缺席固定活动日 3 次（1月9日、2月13日、3月13日），达到“设置”中的无故缺席提示次数（3 次）；${ADVICE}`,
        branch: B,
        memberId: 'R2',
        activityId: '2026-03-1',
        month: '2026-03',
        date: '2026-03-13',
      },
      {
        code: 'unexcused-limit',
        message: `${B} 王强（编号 R3）2026年无故缺席固定活动日 4 次（1月9日、2月13日、3月13日、4月10日），超过“设置”中的无故缺席提示次数（3 次）；${ADVICE}`,
        branch: B,
        memberId: 'R3',
        activityId: '2026-04-1',
        month: '2026-04',
        date: '2026-04-10',
      },
    ]);
  });

  it('takes N from 设置: at 2 the member with two × is listed too, at 5 nobody', () => {
    const two = unexcusedCounts(ledger(members, attendance, { unexcusedLimit: 2 }));
    expect(two.map((count) => [count.memberId, count.absences.length, count.limit])).toEqual([
      ['R1', 2, 2],
      ['R2', 3, 2],
      ['R3', 4, 2],
    ]);
    expect(unexcusedLimitWarnings(ledger(members, attendance, { unexcusedLimit: 2 }))[0].message).toBe(
      `${B} 刘洋（编号 R1）2026年无故缺席固定活动日 2 次（1月9日、2月13日），达到“设置”中的无故缺席提示次数（2 次）；${ADVICE}`,
    );
    expect(unexcusedCounts(ledger(members, attendance, { unexcusedLimit: 5 }))).toEqual([]);
  });

  it('counts only held activities: a × dated after asOf is not counted yet', () => {
    // R3's fourth × is on 4月10日: on 4月9日 it has three.
    const early = unexcusedCounts(ledger(members, attendance, {}, '2026-04-09'));
    expect(early.map((count) => [count.memberId, count.absences.map((a) => a.date)])).toEqual([
      ['R2', ['2026-01-09', '2026-02-13', '2026-03-13']],
      ['R3', ['2026-01-09', '2026-02-13', '2026-03-13']],
    ]);
  });

  it('counts each calendar year on its own', () => {
    const across = [
      activity(B, '2026-11-1', '2026-11-13'),
      activity(B, '2026-12-1', '2026-12-11'),
      activity(B, '2027-01-1', '2027-01-08'),
      activity(B, '2027-01-2', '2027-01-22'),
    ];
    const l = ledger([member('R1', '刘洋', B)], line('R1', '×××√', across), {}, '2027-01-31', across);
    expect(unexcusedCounts(l)).toEqual([]);
    const more = ledger(
      [member('R1', '刘洋', B)],
      line('R1', '×××√', across),
      { unexcusedLimit: 2 },
      '2027-01-31',
      across,
    );
    expect(unexcusedCounts(more).map((count) => [count.year, count.absences.length])).toEqual([[2026, 2]]);
  });

  it('stands beside the runs of absence among all warnings, and each one is its own line of the digest', () => {
    const all = collectWarnings(ledger(members, attendance));
    expect(all.filter((w) => w.code === 'absence-run')).toEqual([]);
    const counted = all.filter((w) => w.code === 'unexcused-limit');
    expect(counted.map((w) => w.memberId)).toEqual(['R2', 'R3']);
    const digest = digestWarnings(counted).map((l) => [l.code, l.count, l.text]);
    expect(digest).toEqual(counted.map((w) => ['unexcused-limit', 1, w.message]));
  });
});
