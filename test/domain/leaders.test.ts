/**
 * 领导干部带头: the leaders' participation per branch and month or year, from the same member
 * tallies as the annual per-member table; nothing for a branch without leaders.
 */
import type { Activity } from '../../src/domain/activity';
import type { AttendanceEntry } from '../../src/domain/attendance';
import { branchLeaders, sumLeaders } from '../../src/domain/leaders';
import { evaluateAttendance } from '../../src/domain/ledger';
import type { Member } from '../../src/domain/member';
import { annualSummary, monthlySummary } from '../../src/domain/summaries';
import { rated, sumTallies } from '../../src/domain/tally';
import { activity, day, entry, member } from './attendanceHelpers';

const B = '机关第一党支部';
const C = '离退休党支部';
const list: Activity[] = [
  activity(B, '2026-01-1', '2026-01-09'),
  activity(B, '2026-01-2', '2026-01-23'),
  activity(B, '2026-02-1', '2026-02-13'),
  activity(B, '2026-02-2', '2026-02-27'),
  activity(B, '2026-03-1', '2026-03-13'),
  activity(C, '2026-01-1', '2026-01-09'),
];
const members: Member[] = [
  member('L1', '张书记', B, '正式党员', { leader: true }),
  member('L2', '李局长', B, '预备党员', { leader: true }),
  member('M1', '王强', B),
  // Exempt all year: counted among the leaders, never due.
  member('L3', '赵老', B, '正式党员', {
    leader: true,
    exemption: { reason: '年老体弱', approval: '支委会', contact: '王强' },
  }),
  // An invitee marked 领导干部 is no party member's leader: not counted.
  member('I1', '钱进', B, '入党积极分子', { leader: true }),
  member('C1', '孙老', C),
];

function codes(memberId: string, branch: string, text: string): AttendanceEntry[] {
  const own = list.filter((a) => a.branch === branch);
  return [...text].flatMap((code, i) => (code === '.' ? [] : [entry(memberId, branch, own[i].id, code)]));
}

// January: both leaders came (one late). February: 张书记 × and 事, 李局长 病 and not yet entered.
// March is not held by asOf.
const attendance = [
  ...codes('L1', B, '√迟×事√'),
  ...codes('L2', B, '√√病.√'),
  ...codes('M1', B, '×××××'),
  ...codes('I1', B, '√√√√√'),
  ...codes('C1', C, '√'),
];
const ledger = evaluateAttendance({ activities: list, members, attendance, asOf: day('2026-02-28') });
const [one, two] = ledger.branches;

describe('branchLeaders', () => {
  it('counts the leaders’ person-times of a month: 应到, 实到 and the rate', () => {
    expect(branchLeaders(ledger, one, { year: 2026, from: 1, to: 1 })).toMatchObject({
      leaders: 3,
      totals: { due: 4, attended: 4, present: 3, late: 1, leave: 0, absent: 0, unrecorded: 0, rate: 1 },
    });
    expect(branchLeaders(ledger, one, { year: 2026, from: 2, to: 2 })).toMatchObject({
      leaders: 3,
      totals: { due: 4, attended: 0, leave: 2, absent: 1, unrecorded: 1, pending: 0, rate: 0 },
    });
    // March's activity is after asOf: nothing due yet.
    expect(branchLeaders(ledger, one, { year: 2026, from: 3, to: 3 })).toMatchObject({
      leaders: 3,
      totals: { due: 0, attended: 0, rate: null },
    });
  });

  it('over the year: the same figures as the annual table’s rows of the leaders, summed', () => {
    const year = branchLeaders(ledger, one, { year: 2026, from: 1, to: 12 });
    expect(year).toMatchObject({
      leaders: 3,
      totals: { due: 8, attended: 4, leave: 2, absent: 1, rate: 0.5 },
    });
    const annual = annualSummary(ledger, 2026);
    const rows = annual.branches[0].members.filter((m) => ['L1', 'L2', 'L3'].includes(m.memberId));
    expect(year?.totals).toEqual(rated(sumTallies(rows.map((m) => m.year))));
    expect(annual.branches[0].leaders).toEqual(year);
  });

  it('gives nothing for a branch without leaders, and a leader off the roster that year is not counted', () => {
    expect(branchLeaders(ledger, two, { year: 2026, from: 1, to: 12 })).toBeNull();
    const gone = evaluateAttendance({
      activities: list,
      members: [member('L9', '周前任', C, '正式党员', { leader: true, onRosterTo: day('2025-12-31') })],
      attendance: [],
      asOf: day('2026-02-28'),
    });
    expect(branchLeaders(gone, gone.branches[0], { year: 2026, from: 1, to: 12 })).toBeNull();
  });
});

describe('the summaries carry it', () => {
  it('per branch and across branches, only where there are leaders', () => {
    const february = monthlySummary(ledger, 2026, 2);
    expect(february.branches.map((b) => b.leaders?.totals.due ?? null)).toEqual([4, null]);
    expect('leaders' in february.branches[1]).toBe(false);
    expect(february.leaders).toEqual(february.branches[0].leaders);
    const annual = annualSummary(ledger, 2026);
    expect('leaders' in annual.branches[1]).toBe(false);
    expect(annual.leaders?.totals).toMatchObject({ due: 8, attended: 4, rate: 0.5 });
    expect(sumLeaders([null, undefined])).toBeNull();
  });

  it('leaves the fields out entirely when no branch has leaders', () => {
    const none = evaluateAttendance({
      activities: list,
      members: members.map(({ leader: _leader, ...rest }) => rest),
      attendance,
      asOf: day('2026-02-28'),
    });
    expect('leaders' in monthlySummary(none, 2026, 2)).toBe(false);
    expect('leaders' in annualSummary(none, 2026)).toBe(false);
  });
});
