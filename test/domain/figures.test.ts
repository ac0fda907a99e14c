import { activityKey } from '../../src/domain/activity';
import { branchMonthFigures, memberPeriods } from '../../src/domain/figures';
import { type Ledger, evaluateAttendance, figuresOf } from '../../src/domain/ledger';
import { outcomeOf } from '../../src/domain/standing';
import { activity, column, day, entry, member } from './attendanceHelpers';

const B = '机关第一党支部';
const regular = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10'];

/** Ten 正式党员, a 预备党员, an exempt member, an invitee, one who leaves and one who joins in March. */
function roster() {
  return [
    ...regular.map((id) => member(id, `党员${id}`, B)),
    member('A11', '预备甲', B, '预备党员'),
    member('E1', '免参甲', B, '正式党员', {
      exemption: { reason: '卧病在床', approval: '支委会同意', contact: 'A1', from: day('2026-03-01') },
    }),
    member('I1', '积极分子甲', B, '入党积极分子'),
    member('L1', '调出甲', B, '正式党员', { onRosterTo: day('2026-03-20') }),
    member('J1', '调入甲', B, '正式党员', { onRosterFrom: day('2026-03-20') }),
  ];
}

const march13 = activity(B, '2026-03-1', '2026-03-13');
const march27 = activity(B, '2026-03-2', '2026-03-27', 'visit');

function entries() {
  return [
    ...column([...regular, 'A11', 'L1', 'E1', 'I1'], B, '2026-03-1', [
      '√',
      '迟',
      '早',
      '事',
      '病',
      '×',
      '.',
      '到了',
      '免',
      '✓',
      '请假',
      'x',
      '免',
      '√',
    ]),
    ...column([...regular, 'A11', 'J1', 'L1'], B, '2026-03-2', [...regular.map(() => '√'), '√', '√', '√']),
  ];
}

function ledgerAsOf(asOf: string): Ledger {
  return evaluateAttendance({
    activities: [march27, march13],
    members: roster(),
    attendance: entries(),
    asOf: day(asOf),
  });
}

describe('activity figures', () => {
  it('counts 应到, 实到, 请假, 缺席, 未登记, 无效 and 列席 for one activity', () => {
    const figures = figuresOf(ledgerAsOf('2026-03-20'), march13);
    expect(figures).toEqual({
      due: 12,
      attended: 4,
      present: 2,
      late: 1,
      leftEarly: 1,
      leave: 3,
      personalLeave: 2,
      sickLeave: 1,
      absent: 2,
      unrecorded: 1,
      invalid: 2,
      invitees: 1,
      pending: 0,
      rate: 4 / 12,
      met: false,
      held: true,
      recording: 'partial',
    });
    expect(figures.attended + figures.leave + figures.absent + figures.unrecorded + figures.invalid).toBe(
      figures.due,
    );
  });

  it('follows the roster dates: the leaver is not due after leaving, the newcomer is from joining', () => {
    const figures = figuresOf(ledgerAsOf('2026-03-31'), march27);
    expect(figures).toMatchObject({ due: 12, attended: 12, rate: 1, met: true, held: true });
  });

  it('computes a planned activity but does not judge it before it is held', () => {
    const figures = figuresOf(ledgerAsOf('2026-03-20'), march27);
    expect(figures).toMatchObject({ due: 12, attended: 12, held: false, met: null });
  });

  it('gives no rate when nobody is due', () => {
    const ledger = evaluateAttendance({
      activities: [activity('离退休党支部', '2026-03-1', '2026-03-13')],
      members: [
        member('R1', '甲', '离退休党支部', '正式党员', {
          exemption: { reason: '年老体弱', approval: '', contact: '乙' },
        }),
      ],
      attendance: [],
      asOf: day('2026-12-31'),
    });
    const figures = figuresOf(ledger, { branch: '离退休党支部', id: '2026-03-1' });
    expect(figures.due).toBe(0);
    expect(figures.rate).toBeNull();
    expect(figures.met).toBeNull();
  });

  it('does not judge a held activity with nothing recorded yet', () => {
    const ledger = evaluateAttendance({
      activities: [march13],
      members: roster(),
      attendance: [],
      asOf: day('2026-03-31'),
    });
    expect(figuresOf(ledger, march13)).toMatchObject({
      due: 12,
      unrecorded: 12,
      pending: 12,
      rate: null,
      held: true,
      met: null,
      recording: 'none',
    });
  });

  it('uses the threshold setting', () => {
    const ledger = evaluateAttendance({
      activities: [march13],
      members: roster(),
      attendance: entries(),
      asOf: day('2026-03-31'),
      settings: { threshold: 0.3 },
    });
    expect(figuresOf(ledger, march13).met).toBe(true);
  });
});

describe('outcomes and issues', () => {
  it('treats 免 on a member the roster does not exempt as invalid, and reports it', () => {
    const ledger = ledgerAsOf('2026-03-20');
    const issues = ledger.issues.map((issue) => [issue.kind, issue.memberId, issue.text]);
    expect(issues).toEqual([
      ['unknown-code', 'A8', '到了'],
      ['exemption-missing', 'A9', '免'],
    ]);
    expect(outcomeOf(member('X', '甲', B), day('2026-03-13'), { kind: 'code', code: '免' })).toBe('invalid');
  });

  it('counts invitees only when they came', () => {
    const invitee = member('I', '甲', B, '群众代表');
    expect(outcomeOf(invitee, day('2026-03-13'), { kind: 'code', code: '迟' })).toBe('invitee');
    expect(outcomeOf(invitee, day('2026-03-13'), { kind: 'code', code: '×' })).toBe('not-due');
    expect(outcomeOf(invitee, day('2026-03-13'), { kind: 'blank' })).toBe('not-due');
  });

  it('reports entries for ids not on the branch roster and counts them nowhere', () => {
    const ledger = evaluateAttendance({
      activities: [march13],
      members: roster(),
      attendance: [...entries(), entry('ZZ9', B, '2026-03-1', '√')],
      asOf: day('2026-03-20'),
    });
    expect(ledger.issues.filter((issue) => issue.kind === 'unknown-member')).toEqual([
      {
        kind: 'unknown-member',
        branch: B,
        activityId: '2026-03-1',
        date: '2026-03-13',
        memberId: 'ZZ9',
        memberName: null,
        text: '√',
      },
    ]);
    expect(figuresOf(ledger, march13).due).toBe(12);
  });

  it('reports unknown text even for a member who is not due', () => {
    const ledger = evaluateAttendance({
      activities: [march13],
      members: roster(),
      attendance: [entry('E1', B, '2026-03-1', '？？')],
      asOf: day('2026-03-20'),
    });
    expect(ledger.issues.map((issue) => [issue.kind, issue.memberId, issue.text])).toEqual([
      ['unknown-code', 'E1', '？？'],
    ]);
  });
});

describe('member and branch periods', () => {
  it('sums a member per month, half-year and year over held activities only', () => {
    const ledger = ledgerAsOf('2026-03-20');
    const branch = ledger.branches[0];
    const late = branch.rows.find((row) => row.member.id === 'A2')!;
    const periods = memberPeriods(branch, late, 2026, ledger.asOf);
    expect(periods.months[2]).toMatchObject({ due: 1, attended: 1, late: 1, rate: 1 });
    expect(periods.months[3]).toMatchObject({ due: 0, rate: null });
    expect(periods.halves[0]).toMatchObject({ due: 1, attended: 1 });
    expect(periods.halves[1]).toMatchObject({ due: 0, rate: null });

    const later = ledgerAsOf('2026-12-31');
    const absent = later.branches[0].rows.find((row) => row.member.id === 'A6')!;
    expect(memberPeriods(later.branches[0], absent, 2026, later.asOf).year).toMatchObject({
      due: 2,
      attended: 1,
      absent: 1,
      rate: 0.5,
    });
    const leaver = later.branches[0].rows.find((row) => row.member.id === 'L1')!;
    expect(memberPeriods(later.branches[0], leaver, 2026, later.asOf).year).toMatchObject({
      due: 1,
      absent: 1,
      rate: 0,
    });
    const invitee = later.branches[0].rows.find((row) => row.member.id === 'I1')!;
    expect(memberPeriods(later.branches[0], invitee, 2026, later.asOf).year).toMatchObject({
      due: 0,
      invitees: 1,
      rate: null,
    });
  });

  it('gives a branch month: activities held against the requirement, rates, those under the threshold', () => {
    const ledger = ledgerAsOf('2026-03-20');
    expect(branchMonthFigures(ledger, ledger.branches[0], 2026, 3)).toEqual({
      branch: B,
      year: 2026,
      month: 3,
      required: 2,
      planned: 2,
      held: 1,
      belowThreshold: 1,
      unrecordedActivities: 0,
      partialActivities: 1,
      activities: [
        {
          activityId: '2026-03-1',
          date: '2026-03-13',
          held: true,
          rate: 4 / 12,
          met: false,
          recording: 'partial',
        },
        {
          activityId: '2026-03-2',
          date: '2026-03-27',
          held: false,
          rate: 1,
          met: null,
          recording: 'complete',
        },
      ],
      totals: expect.objectContaining({ due: 12, attended: 4, rate: 4 / 12 }),
    });
    const whole = ledgerAsOf('2026-04-01');
    expect(branchMonthFigures(whole, whole.branches[0], 2026, 3)).toMatchObject({
      held: 2,
      belowThreshold: 1,
      totals: { due: 24, attended: 16 },
    });
  });

  it('keys figures by branch and activity id, and orders a branch by date', () => {
    const ledger = ledgerAsOf('2026-03-20');
    expect([...ledger.figures.keys()]).toEqual([activityKey(march13), activityKey(march27)]);
    expect(ledger.branches[0].activities.map((a) => a.id)).toEqual(['2026-03-1', '2026-03-2']);
    expect(ledger.years).toEqual([2026]);
  });
});
