/**
 * Properties over many random rosters and attendance grids: the counts add up, rates lie in [0, 1]
 * (or are null when nobody is due), and nothing depends on the order of the roster or the entries.
 */
import fc from 'fast-check';
import type { Activity } from '../../src/domain/activity';
import type { AttendanceEntry } from '../../src/domain/attendance';
import { type CalendarDate, addDays, dateOf } from '../../src/domain/date';
import { memberPeriods } from '../../src/domain/figures';
import { type Ledger, evaluateAttendance } from '../../src/domain/ledger';
import { outcomeOf } from '../../src/domain/standing';
import { MEMBER_CATEGORIES, type Member } from '../../src/domain/member';
import type { CellValue } from '../../src/domain/text';
import { absenceRuns } from '../../src/domain/warnings';
import { activity } from './attendanceHelpers';

const BRANCHES = ['一支部', '二支部', '三支部'];
const START = dateOf(2025, 10, 1);
const RAW_VALUES: CellValue[] = [
  '√',
  '迟',
  '早',
  '事',
  '病',
  '×',
  '免',
  ' ✓ ',
  'X',
  '请假',
  '到了',
  '?',
  '',
  null,
  true,
  false,
  3,
];

const dayArb = fc.integer({ min: 0, max: 500 }).map((n) => addDays(START, n));
const spanArb = fc.option(
  fc.tuple(dayArb, dayArb).map(([a, b]): [CalendarDate, CalendarDate] => (a <= b ? [a, b] : [b, a])),
);

const memberArb = fc.record({
  branch: fc.constantFrom(...BRANCHES),
  category: fc.constantFrom(...MEMBER_CATEGORIES),
  roster: spanArb,
  exemption: spanArb,
  openExemption: fc.boolean(),
});

interface World {
  members: Member[];
  activities: Activity[];
  entries: AttendanceEntry[];
  asOf: CalendarDate;
}

const worldArb: fc.Arbitrary<World> = fc
  .record({
    members: fc.array(memberArb, { maxLength: 25 }),
    activityDays: fc.array(fc.tuple(fc.constantFrom(...BRANCHES), dayArb), { maxLength: 30 }),
    cells: fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...RAW_VALUES),
        fc.option(fc.constantFrom('出差', '住院', '未说明')),
      ),
      { maxLength: 400 },
    ),
    asOf: dayArb,
  })
  .map(({ members: drafts, activityDays, cells, asOf }) => {
    const members: Member[] = drafts.map((draft, i) => {
      const m: Member = { id: `P${i}`, name: `人${i}`, branch: draft.branch, category: draft.category };
      if (draft.roster) [m.onRosterFrom, m.onRosterTo] = draft.roster;
      if (draft.exemption) {
        m.exemption = draft.openExemption
          ? { reason: '年老体弱', approval: '', contact: '某' }
          : { reason: '住院', approval: '', contact: '某', from: draft.exemption[0], to: draft.exemption[1] };
      }
      return m;
    });
    const activities = activityDays.map(([branch, date], i) => activity(branch, `A${i}`, date));
    const entries: AttendanceEntry[] =
      activities.length === 0
        ? []
        : cells.map(([m, a, raw, note]) => {
            const act = activities[a % activities.length];
            // Mostly members of the activity's branch, sometimes an id on no roster.
            const memberId =
              members.length === 0 || m % 17 === 0 ? `Q${m % 5}` : members[m % members.length].id;
            return note === null
              ? { memberId, branch: act.branch, activityId: act.id, raw }
              : { memberId, branch: act.branch, activityId: act.id, raw, note };
          });
    return { members, activities, entries, asOf };
  });

function evaluate(world: World): Ledger {
  return evaluateAttendance({
    activities: world.activities,
    members: world.members,
    attendance: world.entries,
    asOf: world.asOf,
  });
}

/** Everything that must not depend on input order, keyed by ids. */
function fingerprint(ledger: Ledger) {
  const figures = [...ledger.figures.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const outcomes: Record<string, Record<string, string>> = {};
  const periods: Record<string, unknown> = {};
  for (const branch of ledger.branches) {
    for (const row of branch.rows) {
      outcomes[row.member.id] = Object.fromEntries(branch.activities.map((a, i) => [a.id, row.outcomes[i]]));
      periods[row.member.id] = ledger.years.map((year) => memberPeriods(branch, row, year, ledger.asOf));
    }
  }
  const runs = absenceRuns(ledger)
    .map((run) => `${run.memberId}:${run.first.activityId}:${run.count}:${run.months}`)
    .sort();
  const issues = ledger.issues
    .map((i) => `${i.kind}:${i.memberId}:${i.branch}:${i.activityId}:${i.text}`)
    .sort();
  return { figures, outcomes, periods, runs, issues };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

describe('figures over random rosters and grids', () => {
  it('outcomes follow the rule; 实到 + 请假 + 缺席 + 未登记 + 无效 = 应到; rates lie in [0, 1] or are null when nobody is due or nothing is recorded; 达标 is never claimed against the records', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const ledger = evaluate(world);
        // The grid's fast path agrees with the rule written plainly.
        for (const branch of ledger.branches) {
          for (const row of branch.rows) {
            branch.activities.forEach((a, column) => {
              const mark = row.marks[column]?.mark ?? { kind: 'blank' };
              expect(row.outcomes[column]).toBe(outcomeOf(row.member, a.date, mark));
            });
          }
        }
        for (const figures of ledger.figures.values()) {
          expect(
            figures.attended + figures.leave + figures.absent + figures.unrecorded + figures.invalid,
          ).toBe(figures.due);
          expect(figures.attended).toBe(figures.present + figures.late + figures.leftEarly);
          expect(figures.leave).toBe(figures.personalLeave + figures.sickLeave);
          const nothingRecorded = figures.due > 0 && figures.unrecorded === figures.due;
          expect(figures.recording).toBe(
            nothingRecorded ? 'none' : figures.unrecorded > 0 ? 'partial' : 'complete',
          );
          if (figures.due === 0 || nothingRecorded) expect(figures.rate).toBeNull();
          else {
            expect(figures.rate).toBeGreaterThanOrEqual(0);
            expect(figures.rate).toBeLessThanOrEqual(1);
          }
          if (figures.met === true) expect(figures.attended / figures.due).toBeGreaterThanOrEqual(0.8);
          if (figures.met === false)
            expect((figures.attended + figures.unrecorded + figures.invalid) / figures.due).toBeLessThan(0.8);
          if (figures.met !== null) expect(figures.held && figures.recording !== 'none').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("members' yearly figures add up to the held activities' figures", () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const ledger = evaluate(world);
        for (const year of ledger.years) {
          let memberDue = 0;
          let memberAttended = 0;
          for (const branch of ledger.branches) {
            for (const row of branch.rows) {
              const { year: total } = memberPeriods(branch, row, year, ledger.asOf);
              memberDue += total.due;
              memberAttended += total.attended;
              if (total.rate !== null) expect(total.rate).toBeLessThanOrEqual(1);
            }
          }
          const held = world.activities.filter(
            (a) => a.date <= world.asOf && a.date.startsWith(String(year)),
          );
          const figures = held.map((a) => ledger.figures.get(`${a.branch}\u0000${a.id}`)!);
          expect(memberDue).toBe(figures.reduce((sum, f) => sum + f.due, 0));
          expect(memberAttended).toBe(figures.reduce((sum, f) => sum + f.attended, 0));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the roster, the activities or the entries', () => {
    fc.assert(
      fc.property(worldArb, fc.integer(), (world, seed) => {
        const reordered: World = {
          ...world,
          members: shuffled(world.members, seed),
          activities: shuffled(world.activities, seed + 1),
          entries: shuffled(world.entries, seed + 2),
        };
        expect(fingerprint(evaluate(reordered))).toEqual(fingerprint(evaluate(world)));
      }),
      { numRuns: 200 },
    );
  });
});
