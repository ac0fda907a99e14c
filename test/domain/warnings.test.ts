import { type Activity } from '../../src/domain/activity';
import type { AttendanceEntry } from '../../src/domain/attendance';
import { evaluateAttendance } from '../../src/domain/ledger';
import type { Member } from '../../src/domain/member';
import type { DomainWarning } from '../../src/domain/warning';
import {
  absenceRuns,
  belowThresholdWarnings,
  collectWarnings,
  issueWarnings,
  monthShortWarnings,
  provisionalWarnings,
  unrecordedWarnings,
} from '../../src/domain/warnings';
import { activity, day, entry, member } from './attendanceHelpers';

const B = '机关第二党支部';

/** Two activities a month, January–July 2026 (the 2nd and 4th Friday). */
const FRIDAYS = [
  '2026-01-09',
  '2026-01-23',
  '2026-02-13',
  '2026-02-27',
  '2026-03-13',
  '2026-03-27',
  '2026-04-10',
  '2026-04-24',
  '2026-05-08',
  '2026-05-22',
  '2026-06-12',
  '2026-06-26',
  '2026-07-10',
  '2026-07-24',
];
const activities: Activity[] = FRIDAYS.map((date, i) =>
  activity(B, `${date.slice(0, 7)}-${(i % 2) + 1}`, date),
);

/** Entries for one member from a string of codes, one character per activity ('.' = blank). */
function line(memberId: string, codes: string): AttendanceEntry[] {
  return [...codes].flatMap((code, i) => (code === '.' ? [] : [entry(memberId, B, activities[i].id, code)]));
}

function ledger(members: Member[], attendance: AttendanceEntry[], asOf = '2026-07-31') {
  return evaluateAttendance({ activities, members, attendance, asOf: day(asOf) });
}

describe('absence runs', () => {
  it('reports a six-month run as a prompt to talk, never a verdict', () => {
    const runs = absenceRuns(ledger([member('R1', '刘洋', B)], line('R1', '××××××××××××√√')));
    expect(runs).toEqual([
      {
        branch: B,
        memberId: 'R1',
        name: '刘洋',
        first: { activityId: '2026-01-1', date: '2026-01-09' },
        last: { activityId: '2026-06-2', date: '2026-06-26' },
        count: 12,
        months: 6,
        level: 'six-months',
      },
    ]);
    const [warning] = collectWarnings(ledger([member('R1', '刘洋', B)], line('R1', '××××××××××××√√'))).filter(
      (w) => w.code === 'absence-run',
    );
    expect(warning.message).toBe(
      '机关第二党支部 刘洋（编号 R1）自2026年1月9日至2026年6月26日连续 12 次无故缺席固定活动日，涉及 6 个月。党章第九条对没有正当理由连续六个月不参加党的组织生活有专门规定；请党支部尽快与本人谈心谈话，核实是否有正当理由、请假是否漏登，再按规定程序研究。本提示仅供党支部参考，不作结论。',
    );
    expect(warning).toMatchObject({ branch: B, memberId: 'R1', activityId: '2026-06-2', month: '2026-06' });
  });

  it('ends a run at attendance and at approved leave', () => {
    const runs = absenceRuns(ledger([member('R2', '甲', B)], line('R2', '××√×××事××迟×√√√')));
    expect(runs.map((run) => [run.first.date, run.count, run.months, run.level])).toEqual([
      ['2026-01-09', 2, 1, null],
      ['2026-02-27', 3, 2, null],
      ['2026-04-24', 2, 2, null],
    ]);
  });

  it('flags a run over three months', () => {
    const runs = absenceRuns(ledger([member('R3', '乙', B)], line('R3', '×××××√')));
    expect(runs.map((run) => [run.count, run.months, run.level])).toEqual([[5, 3, 'three-months']]);
  });

  it('skips activities where the member is not due: they neither end nor extend a run', () => {
    const exempt = member('R4', '丙', B, '正式党员', {
      exemption: {
        reason: '住院',
        approval: '支委会同意',
        contact: '丁',
        from: day('2026-02-01'),
        to: day('2026-03-31'),
      },
    });
    const runs = absenceRuns(ledger([exempt], line('R4', '××√√√√××√')));
    expect(runs.map((run) => [run.first.date, run.last.date, run.count, run.months])).toEqual([
      ['2026-01-09', '2026-04-24', 4, 2],
    ]);
  });

  it('ends a run at an unrecorded or invalid past activity, and ignores activities after asOf', () => {
    const runs = absenceRuns(ledger([member('R5', '戊', B)], line('R5', '××.××?×××××××')));
    expect(runs.map((run) => [run.first.date, run.count])).toEqual([
      ['2026-01-09', 2],
      ['2026-02-27', 2],
      ['2026-04-10', 7],
    ]);
    const early = absenceRuns(ledger([member('R5', '戊', B)], line('R5', '××××××××××××××'), '2026-02-28'));
    expect(early.map((run) => [run.count, run.months])).toEqual([[4, 2]]);
  });

  it('uses the minimum run length setting', () => {
    const members = [member('R6', '己', B)];
    const attendance = line('R6', '×√×√');
    expect(absenceRuns(ledger(members, attendance))).toEqual([]);
    const single = evaluateAttendance({
      activities,
      members,
      attendance,
      asOf: day('2026-07-31'),
      settings: { absenceRunMin: 1 },
    });
    expect(absenceRuns(single).map((run) => run.count)).toEqual([1, 1]);
  });
});

describe('activity warnings', () => {
  const members = [
    member('M1', '张三', B),
    member('M2', '李四', B),
    member('M3', '王五', B),
    member('M4', '赵六', B),
    member('M5', '孙七', B),
  ];

  it('flags a held activity under the threshold, naming it and what to do', () => {
    const attendance = [
      entry('M1', B, '2026-01-1', '√'),
      entry('M2', B, '2026-01-1', '√'),
      entry('M3', B, '2026-01-1', '√'),
      entry('M4', B, '2026-01-1', '事'),
      entry('M5', B, '2026-01-1', '√'),
    ];
    // 4 of 5 is exactly 80%: the threshold is met.
    expect(belowThresholdWarnings(ledger(members, attendance, '2026-01-09'))).toEqual([]);
    // 3 of 5 with one member not entered: 80% if that member came, so not judged yet (the unrecorded
    // warning asks for the entry).
    expect(belowThresholdWarnings(ledger(members, attendance.slice(0, 4), '2026-01-09'))).toEqual([]);
    // 2 of 5, one absent, one not entered: under 80% whatever the missing entry says.
    const fewer = belowThresholdWarnings(
      ledger(
        members,
        [...attendance.slice(0, 2), entry('M3', B, '2026-01-1', '×'), attendance[3]],
        '2026-01-09',
      ),
    );
    expect(fewer).toEqual([
      expect.objectContaining({
        code: 'below-threshold',
        branch: B,
        activityId: '2026-01-1',
        month: '2026-01',
        date: '2026-01-09',
      }),
    ]);
    expect(fewer.map((w) => w.message)).toEqual([
      '机关第二党支部 2026年1月9日（学习教育日）到会率 40%（实到 2 / 应到 5），低于 80%；请查明缺席原因，做好提醒和补学。另有 1 人未登记，补登后再核对。',
    ]);
  });

  it('lists unrecorded members of past activities only', () => {
    const attendance = [entry('M1', B, '2026-01-1', '√'), entry('M2', B, '2026-01-1', '√')];
    const warnings = unrecordedWarnings(ledger(members, attendance, '2026-01-09'));
    expect(warnings).toEqual([
      {
        code: 'unrecorded',
        message:
          '机关第二党支部 2026年1月9日（学习教育日）部分登记，有 3 人未登记出勤（王五、赵六、孙七）；请补登。',
        branch: B,
        activityId: '2026-01-1',
        month: '2026-01',
        date: '2026-01-09',
      },
    ]);
    // Nothing recorded at all: said so, with 应到, not as a list of everyone.
    expect(unrecordedWarnings(ledger(members, [], '2026-01-09')).map((w) => w.message)).toEqual([
      '机关第二党支部 2026年1月9日（学习教育日）尚未登记出勤（应到 5 人），到会率无法计算；请在出勤登记表中补登。',
    ]);
  });

  it('words unknown codes, conflicts, 免 without exemption and unknown ids', () => {
    const attendance = [
      entry('M1', B, '2026-01-1', '到了'),
      entry('M2', B, '2026-01-1', '√'),
      entry('M2', B, '2026-01-1', '×'),
      entry('M3', B, '2026-01-1', '免'),
      entry('Q9', B, '2026-01-1', '√'),
    ];
    const messages = issueWarnings(ledger(members, attendance, '2026-01-09').issues).map((w) => [
      w.code,
      w.message,
    ]);
    expect(messages).toEqual([
      [
        'unknown-code',
        '机关第二党支部 张三（编号 M1）2026年1月9日活动的登记为“到了”，无法识别，未计入任何一项；请改为 √ 迟 早 事 病 × 免 之一。',
      ],
      [
        'unknown-code',
        '机关第二党支部 李四（编号 M2）2026年1月9日活动有两条不同的登记（× / √），未计入任何一项；请只保留一条。',
      ],
      [
        'unknown-code',
        '机关第二党支部 王五（编号 M3）2026年1月9日活动登记为“免”，但花名册中没有其免参加记录，按无效处理；如已经党支部审核同意免参加，请在花名册中登记原因、审批情况和联系人，否则请改填“事”或“病”。',
      ],
      [
        'orphan-entry',
        '机关第二党支部 2026年1月9日活动有编号 Q9 的登记“√”，但本支部花名册中没有这个编号，未计入；请核对编号或花名册。',
      ],
    ]);
  });
});

describe('month and holiday warnings', () => {
  it('flags months short of activities unless the schedule already did', () => {
    const l = ledger([member('M1', '张三', B)], []);
    const ours = monthShortWarnings(l);
    expect(ours.map((w) => w.month)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(ours[0].message).toBe(
      '机关第二党支部 2026年8月安排活动 0 次，少于每月至少 2 次的要求；请补充安排活动。',
    );
    const fromSchedule: DomainWarning[] = [
      { code: 'month-short', message: '日程：8月不足', branch: B, month: '2026-08' },
    ];
    expect(monthShortWarnings(l, fromSchedule).map((w) => w.month)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    const all = collectWarnings(l, fromSchedule);
    expect(all.filter((w) => w.code === 'month-short' && w.month === '2026-08')).toEqual(fromSchedule);
  });

  it('passes provisional-holiday warnings through, adding one per year only when the schedule gave none', () => {
    const provisional = [
      activity('一支部', '2027-01-1', '2027-01-08', 'study', { provisional: true }),
      activity('一支部', '2027-01-2', '2027-01-22', 'study', { provisional: true }),
    ];
    const l = evaluateAttendance({
      activities: provisional,
      members: [],
      attendance: [],
      asOf: day('2026-12-01'),
    });
    expect(provisionalWarnings(l)).toEqual([
      {
        code: 'provisional-holidays',
        message:
          '2027年的节假日安排尚未录入，活动日期按《全国年节及纪念日放假办法》预估；国务院办公厅通知发布后，请录入并重新生成日程。',
      },
    ]);
    const fromSchedule: DomainWarning[] = [{ code: 'provisional-holidays', message: '2027 年预估' }];
    expect(provisionalWarnings(l, fromSchedule)).toEqual([]);
    expect(collectWarnings(l, fromSchedule).filter((w) => w.code === 'provisional-holidays')).toEqual(
      fromSchedule,
    );
  });
});
