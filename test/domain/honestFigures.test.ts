/**
 * The figures tell "not recorded yet" from "nobody came": an activity with nothing recorded has no
 * rate and is not judged; a partly recorded one is judged only when the records decide it; periods
 * take their rate over the activities with records. Each rule at, just below and just above 80%.
 */
import { branchMonthFigures, memberPeriods } from '../../src/domain/figures';
import { evaluateAttendance, figuresOf, judgeMet } from '../../src/domain/ledger';
import { annualSummary, monthlySummary } from '../../src/domain/summaries';
import { activity, column, day, member } from './attendanceHelpers';

const B = '第一党支部';
const ids = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10'];
const members = ids.map((id) => member(id, `党员${id}`, B));
const first = activity(B, '2026-03-1', '2026-03-13');
const second = activity(B, '2026-03-2', '2026-03-27');

/** The figures of `first` with these ten codes ('.' = not entered), as of the end of March. */
function figures(codes: string[]) {
  const ledger = evaluateAttendance({
    activities: [first],
    members,
    attendance: column(ids, B, first.id, codes),
    asOf: day('2026-03-31'),
  });
  return figuresOf(ledger, first);
}

describe('达标 of a fully recorded activity at the 80% boundary', () => {
  it('meets it at exactly 80% (8 of 10)', () => {
    expect(figures(['√', '√', '√', '√', '√', '迟', '早', '√', '×', '事'])).toMatchObject({
      due: 10,
      attended: 8,
      rate: 0.8,
      met: true,
      recording: 'complete',
    });
  });

  it('misses it just below (7 of 10)', () => {
    expect(figures(['√', '√', '√', '√', '√', '√', '√', '×', '×', '病'])).toMatchObject({
      attended: 7,
      rate: 0.7,
      met: false,
      recording: 'complete',
    });
  });

  it('meets it just above (9 of 10)', () => {
    expect(figures(['√', '√', '√', '√', '√', '√', '√', '√', '√', '×'])).toMatchObject({
      attended: 9,
      rate: 0.9,
      met: true,
    });
  });

  it('compares as a division, so 55 of 100 meets a 55% threshold (55 ≥ 0.55 × 100 fails in floating point)', () => {
    expect(0.55 * 100).toBeGreaterThan(55);
    expect(judgeMet({ due: 100, attended: 55, unrecorded: 0, invalid: 0 }, 0.55)).toBe(true);
    expect(judgeMet({ due: 100, attended: 54, unrecorded: 0, invalid: 0 }, 0.55)).toBe(false);
    expect(judgeMet({ due: 5, attended: 4, unrecorded: 0, invalid: 0 }, 0.8)).toBe(true);
    expect(judgeMet({ due: 100, attended: 79, unrecorded: 0, invalid: 0 }, 0.8)).toBe(false);
    expect(judgeMet({ due: 100, attended: 80, unrecorded: 0, invalid: 0 }, 0.8)).toBe(true);
    expect(judgeMet({ due: 100, attended: 81, unrecorded: 0, invalid: 0 }, 0.8)).toBe(true);
  });
});

describe('an activity with nothing recorded', () => {
  it('has no rate (not 0%), is not judged, and says so', () => {
    expect(figures(new Array(10).fill('.'))).toEqual({
      due: 10,
      attended: 0,
      present: 0,
      late: 0,
      leftEarly: 0,
      leave: 0,
      personalLeave: 0,
      sickLeave: 0,
      absent: 0,
      unrecorded: 10,
      invalid: 0,
      invitees: 0,
      pending: 10,
      rate: null,
      met: null,
      held: true,
      recording: 'none',
    });
  });
});

describe('a partly recorded activity is judged only when the records decide it', () => {
  it('meets 80% once 实到 reaches it, whatever the missing entry says (8 of 10, one not entered)', () => {
    expect(figures(['√', '√', '√', '√', '√', '√', '√', '√', '×', '.'])).toMatchObject({
      attended: 8,
      unrecorded: 1,
      rate: 0.8,
      met: true,
      recording: 'partial',
    });
  });

  it('is undecided when the missing entry could bring it to exactly 80% (7 of 10, one not entered)', () => {
    expect(figures(['√', '√', '√', '√', '√', '√', '√', '×', '×', '.'])).toMatchObject({
      attended: 7,
      unrecorded: 1,
      rate: 0.7,
      met: null,
      recording: 'partial',
    });
  });

  it('misses 80% when even the missing entry could not reach it (6 of 10, one not entered)', () => {
    expect(figures(['√', '√', '√', '√', '√', '√', '×', '×', '×', '.'])).toMatchObject({
      attended: 6,
      unrecorded: 1,
      met: false,
    });
  });

  it('treats an unreadable entry like a missing one (7 of 10, one "到了")', () => {
    expect(figures(['√', '√', '√', '√', '√', '√', '√', '×', '×', '到了'])).toMatchObject({
      attended: 7,
      invalid: 1,
      unrecorded: 0,
      met: null,
      recording: 'complete',
    });
  });
});

describe('periods take their rate over the activities with records', () => {
  const recorded = column(ids, B, first.id, ['√', '√', '√', '√', '√', '√', '√', '√', '×', '事']);

  function ledger(attendance: ReturnType<typeof column>, asOf = '2026-03-31') {
    return evaluateAttendance({
      activities: [first, second],
      members,
      attendance,
      asOf: day(asOf),
      branchOrder: [B],
    });
  }

  it('keeps an unrecorded activity in 应到 and 未登记 but not in the rate', () => {
    const month = branchMonthFigures(ledger(recorded), ledger(recorded).branches[0], 2026, 3);
    expect(month).toMatchObject({
      held: 2,
      belowThreshold: 0,
      unrecordedActivities: 1,
      partialActivities: 0,
      totals: { due: 20, attended: 8, absent: 1, leave: 1, unrecorded: 10, pending: 10, rate: 0.8 },
    });
  });

  it('has no rate for a month with nothing recorded, and no 未达标', () => {
    const l = ledger([]);
    const summary = monthlySummary(l, 2026, 3);
    expect(summary.branches[0]).toMatchObject({
      held: 2,
      belowThreshold: 0,
      unrecordedActivities: 2,
      totals: { due: 20, attended: 0, unrecorded: 20, pending: 20, rate: null },
    });
    expect(summary).toMatchObject({
      unrecordedActivities: 2,
      belowThreshold: 0,
      totals: { due: 20, unrecorded: 20, pending: 20, rate: null },
    });
  });

  it("gives a member's month no rate while the branch has recorded nothing", () => {
    const l = ledger([]);
    const row = l.branches[0].rows[0];
    expect(memberPeriods(l.branches[0], row, 2026, l.asOf).months[2]).toMatchObject({
      due: 2,
      attended: 0,
      unrecorded: 2,
      pending: 2,
      rate: null,
    });
    const partly = ledger(recorded);
    const absent = partly.branches[0].rows[8];
    expect(memberPeriods(partly.branches[0], absent, 2026, partly.asOf).months[2]).toMatchObject({
      due: 2,
      absent: 1,
      pending: 1,
      rate: 0,
    });
  });

  it('carries the counts into the annual summary', () => {
    const year = annualSummary(ledger(recorded), 2026);
    expect(year.total).toMatchObject({
      held: 2,
      unrecordedActivities: 1,
      belowThreshold: 0,
      totals: { due: 20, attended: 8, pending: 10, rate: 0.8 },
    });
    expect(year.branches[0].months[2].totals.rate).toBe(0.8);
    expect(year.branches[0].months[3].totals.rate).toBeNull();
  });
});
