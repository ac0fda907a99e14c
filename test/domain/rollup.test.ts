/**
 * The judgements the roll-up adds to the branches' own figures: a month met or not (and when it is
 * judged), 完成率 and the ranking with ties — each at, just below and just above its boundary.
 */
import type { CalendarDate } from '../../src/domain/date';
import type { BranchMonthFigures } from '../../src/domain/figures';
import { annualMatrix, isShort, monthCell, type RolledBranch } from '../../src/domain/rollup';
import type { BranchYear } from '../../src/domain/summaries';
import { emptyRatedTally } from '../../src/domain/tally';

function month(m: number, over: Partial<BranchMonthFigures> = {}): BranchMonthFigures {
  return {
    branch: 'b',
    year: 2027,
    month: m,
    required: 2,
    planned: 2,
    held: 2,
    belowThreshold: 0,
    unrecordedActivities: 0,
    partialActivities: 0,
    activities: [],
    totals: { ...emptyRatedTally(), due: 20, attended: 18, rate: 0.9 },
    ...over,
  };
}

const d = (text: string) => text as CalendarDate;

describe('a month of the matrix', () => {
  it('is judged from its last day on, not the day before', () => {
    expect(monthCell(month(3), d('2027-03-30')).met).toBeNull();
    expect(monthCell(month(3), d('2027-03-31')).met).toBe(true);
    expect(monthCell(month(3), d('2027-04-01')).met).toBe(true);
  });

  it('meets with the required activities held, fails with one fewer, even with more held', () => {
    expect(monthCell(month(3, { held: 1 }), d('2027-12-31')).met).toBe(false);
    expect(monthCell(month(3, { held: 2 }), d('2027-12-31')).met).toBe(true);
    expect(monthCell(month(3, { held: 3, planned: 3 }), d('2027-12-31')).met).toBe(true);
  });

  it('fails with one activity under the threshold, stays open while records are missing', () => {
    expect(monthCell(month(3, { belowThreshold: 1 }), d('2027-12-31')).met).toBe(false);
    expect(monthCell(month(3, { partialActivities: 1 }), d('2027-12-31')).met).toBeNull();
    expect(monthCell(month(3, { unrecordedActivities: 1 }), d('2027-12-31')).met).toBeNull();
    // Too few held is final even with records missing.
    expect(monthCell(month(3, { held: 1, unrecordedActivities: 1 }), d('2027-12-31')).met).toBe(false);
  });
});

function branch(name: string, months: BranchMonthFigures[], rate: number | null): RolledBranch {
  const year = {
    branch: name,
    members: [],
    months,
    year: { totals: { ...emptyRatedTally(), rate } },
  } as unknown as BranchYear;
  return {
    file: `${name}.xlsx`,
    branch: name,
    threshold: 0.8,
    requiredPerMonth: 2,
    ledger: { branch: name, activities: [], monthIndex: [], figures: [], rows: [] },
    year,
    month: null,
  };
}

const twelve = (held: (m: number) => number) =>
  Array.from({ length: 12 }, (_, i) => month(i + 1, { held: held(i + 1) }));

describe('完成率 and ranking', () => {
  it('counts held activities up to the requirement over the months that are over', () => {
    const rows = annualMatrix(
      [
        // March: 3 held count as 2; April not over on 2027-04-29.
        branch(
          '甲',
          twelve((m) => (m === 3 ? 3 : 2)),
          0.9,
        ),
        branch(
          '乙',
          twelve((m) => (m === 2 ? 1 : 2)),
          0.95,
        ),
        branch(
          '丙',
          twelve((m) => (m === 4 ? 0 : 2)),
          0.85,
        ),
      ],
      2027,
      d('2027-04-29'),
    ).rows;
    expect(rows.map((row) => [row.branch, row.monthsOver, row.completion, row.rank])).toEqual([
      // Equal 完成率: the higher 到会率 first.
      ['甲', 3, 1, 1],
      ['丙', 3, 1, 2],
      ['乙', 3, 5 / 6, 3],
    ]);
  });

  it('shares a rank on equal figures and puts unknown figures last', () => {
    const rows = annualMatrix(
      [
        branch(
          '甲',
          twelve(() => 2),
          0.9,
        ),
        branch(
          '乙',
          twelve(() => 2),
          0.9,
        ),
        branch(
          '丙',
          twelve(() => 2),
          null,
        ),
      ],
      2027,
      d('2027-02-28'),
    ).rows;
    expect(rows.map((row) => [row.branch, row.rank])).toEqual([
      ['甲', 1],
      ['乙', 1],
      ['丙', 3],
    ]);
    // Before the first month is over there is no 完成率.
    expect(
      annualMatrix(
        [
          branch(
            '甲',
            twelve(() => 2),
            0.9,
          ),
        ],
        2027,
        d('2027-01-30'),
      ).rows[0].completion,
    ).toBeNull();
  });

  it('calls a branch short for too few activities, one under the threshold or one unrecorded', () => {
    expect(isShort({ tooFew: false, belowThreshold: 0, unrecorded: 0 })).toBe(false);
    expect(isShort({ tooFew: true, belowThreshold: 0, unrecorded: 0 })).toBe(true);
    expect(isShort({ tooFew: false, belowThreshold: 1, unrecorded: 0 })).toBe(true);
    expect(isShort({ tooFew: false, belowThreshold: 0, unrecorded: 1 })).toBe(true);
  });
});
