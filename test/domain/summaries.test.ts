import { evaluateAttendance } from '../../src/domain/ledger';
import { annualSummary, monthlySummary } from '../../src/domain/summaries';
import { activity, day, entry, member } from './attendanceHelpers';

const ONE = '机关第一党支部';
const TWO = '机关第二党支部';

const activities = [
  activity(ONE, '2026-06-1', '2026-06-12', 'study'),
  activity(ONE, '2026-06-2', '2026-06-26', 'review', {
    plannedDate: day('2026-06-19'),
    shifted: true,
    reason: '端午节顺延',
  }),
  activity(ONE, '2026-07-1', '2026-07-10', 'visit'),
  activity(TWO, '2026-06-1', '2026-06-12', 'service'),
];

const members = [
  member('D1', '张三', ONE),
  member('D2', '李四', ONE),
  member('D3', '王五', ONE, '预备党员'),
  member('D4', '赵六', ONE, '正式党员', {
    exemption: { reason: '卧病在床', approval: '支委会同意', contact: '张三', from: day('2026-07-01') },
  }),
  member('F1', '孙七', ONE, '发展对象'),
  member('E1', '周八', TWO),
  member('E2', '吴九', TWO),
];

const attendance = [
  entry('D1', ONE, '2026-06-1', '√'),
  entry('D2', ONE, '2026-06-1', '事', '外出学习'),
  entry('D3', ONE, '2026-06-1', '迟', '堵车'),
  entry('D4', ONE, '2026-06-1', '×'),
  entry('F1', ONE, '2026-06-1', '√'),
  entry('D1', ONE, '2026-06-2', '√'),
  entry('D2', ONE, '2026-06-2', '√'),
  entry('D3', ONE, '2026-06-2', '病'),
  entry('D1', ONE, '2026-07-1', '√'),
  entry('D2', ONE, '2026-07-1', '√'),
  entry('D3', ONE, '2026-07-1', '√'),
  entry('D4', ONE, '2026-07-1', '免'),
  entry('E1', TWO, '2026-06-1', '√'),
  entry('E2', TWO, '2026-06-1', '√'),
];

const details = [
  {
    branch: ONE,
    activityId: '2026-06-1',
    topic: '学习新修订的党章',
    place: '三楼会议室',
    host: '张三',
    recorder: '李四',
  },
];

function ledger(asOf = '2026-12-31') {
  return evaluateAttendance({ activities, members, attendance, asOf: day(asOf) });
}

describe('monthlySummary', () => {
  it('lists every activity with date, theme, details, figures and absentees with reasons', () => {
    const summary = monthlySummary(ledger(), 2026, 6, details);
    const [first, second] = summary.branches[0].lines;
    expect(first).toMatchObject({
      activityId: '2026-06-1',
      date: '2026-06-12',
      weekday: '星期五',
      themeName: '学习教育日',
      details: { topic: '学习新修订的党章', place: '三楼会议室', host: '张三', recorder: '李四' },
      figures: { due: 4, attended: 2, leave: 1, absent: 1, invitees: 1, rate: 0.5, met: false },
      absentees: [
        { memberId: 'D2', name: '李四', category: '正式党员', code: '事', reason: '外出学习' },
        { memberId: 'D4', name: '赵六', category: '正式党员', code: '×', reason: null },
      ],
      lateOrEarly: [{ memberId: 'D3', name: '王五', category: '预备党员', code: '迟', reason: '堵车' }],
      unrecorded: [],
      invitees: [{ memberId: 'F1', name: '孙七', category: '发展对象' }],
    });
    expect(second).toMatchObject({
      themeName: '党内民主评议日',
      shifted: true,
      plannedDate: '2026-06-19',
      shiftReason: '端午节顺延',
      details: null,
      figures: { due: 4, attended: 2, leave: 1, unrecorded: 1, rate: 0.5 },
      unrecorded: [{ memberId: 'D4', name: '赵六' }],
    });
  });

  it('totals each branch and all branches for the month', () => {
    const summary = monthlySummary(ledger(), 2026, 6, details);
    expect(
      summary.branches.map((b) => [
        b.branch,
        b.planned,
        b.held,
        b.required,
        b.belowThreshold,
        b.totals.due,
        b.totals.attended,
      ]),
    ).toEqual([
      [ONE, 2, 2, 2, 2, 8, 4],
      [TWO, 1, 1, 2, 0, 2, 2],
    ]);
    expect(summary.totals).toMatchObject({
      due: 10,
      attended: 6,
      leave: 2,
      absent: 1,
      unrecorded: 1,
      invitees: 1,
      rate: 0.6,
    });
    expect(summary).toMatchObject({
      planned: 3,
      held: 3,
      belowThreshold: 2,
      branchesShort: [TWO],
      threshold: 0.8,
    });
  });

  it('shows planned activities of a month not yet over without judging them', () => {
    const summary = monthlySummary(ledger('2026-06-20'), 2026, 6);
    expect(summary.branches[0]).toMatchObject({ planned: 2, held: 1, belowThreshold: 1 });
    expect(summary.branches[0].lines[1].figures).toMatchObject({ held: false, met: null });
    expect(summary.totals).toMatchObject({ due: 6, attended: 4 });
  });
});

describe('annualSummary', () => {
  it('gives each member the 12 months, both halves and the year', () => {
    const summary = annualSummary(ledger(), 2026);
    const one = summary.branches[0];
    expect(one.members.map((m) => [m.memberId, m.counted, m.exempt])).toEqual([
      ['D1', true, false],
      ['D2', true, false],
      ['D3', true, false],
      ['D4', true, true],
      ['F1', false, false],
    ]);
    const wang = one.members[2];
    expect(wang.months[5]).toMatchObject({ due: 2, attended: 1, late: 1, leave: 1, sickLeave: 1, rate: 0.5 });
    expect(wang.months[6]).toMatchObject({ due: 1, attended: 1, rate: 1 });
    expect(wang.halves[0]).toMatchObject({ due: 2, attended: 1, rate: 0.5 });
    expect(wang.halves[1]).toMatchObject({ due: 1, attended: 1, rate: 1 });
    expect(wang.year).toMatchObject({ due: 3, attended: 2, rate: 2 / 3 });
    const zhao = one.members[3];
    expect(zhao.year).toMatchObject({ due: 2, absent: 1, unrecorded: 1, rate: 0 });
    expect(one.members[4].year).toMatchObject({ due: 0, invitees: 1, rate: null });
  });

  it('gives each branch its months and the 党总支 the sums, with half-year sections', () => {
    const summary = annualSummary(ledger(), 2026);
    const one = summary.branches[0];
    expect(one.months[5]).toMatchObject({ planned: 2, held: 2, belowThreshold: 2 });
    expect(one.months[6]).toMatchObject({
      planned: 1,
      held: 1,
      belowThreshold: 0,
      totals: { due: 3, attended: 3, rate: 1 },
    });
    expect(one.halves[0]).toMatchObject({
      required: 12,
      planned: 2,
      held: 2,
      totals: { due: 8, attended: 4 },
    });
    expect(one.year).toMatchObject({
      required: 24,
      planned: 3,
      held: 3,
      belowThreshold: 2,
      totals: { due: 11, attended: 7 },
    });
    expect(summary.months[5]).toMatchObject({
      required: 4,
      planned: 3,
      held: 3,
      totals: { due: 10, attended: 6, rate: 0.6 },
    });
    expect(summary.halves[1]).toMatchObject({ planned: 1, totals: { due: 3, attended: 3 } });
    expect(summary.total).toMatchObject({
      required: 48,
      planned: 4,
      held: 4,
      belowThreshold: 2,
      totals: { due: 13, attended: 9, rate: 9 / 13 },
    });
  });

  it('leaves out members not on the roster during the year', () => {
    const gone = member('G1', '郑十', ONE, '正式党员', { onRosterTo: day('2025-12-31') });
    const l = evaluateAttendance({
      activities,
      members: [...members, gone],
      attendance,
      asOf: day('2026-12-31'),
    });
    expect(annualSummary(l, 2026).branches[0].members.map((m) => m.memberId)).not.toContain('G1');
  });
});
