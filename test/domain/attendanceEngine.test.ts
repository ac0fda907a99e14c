/**
 * The attendance engine on the real schedule and the shared roster fixture: a secretary's
 * September 2026, with the 中秋 shift, an exempt member, an invitee and an unexcused absentee.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttendanceEntry } from '../../src/domain/attendance';
import { evaluateAttendance } from '../../src/domain/ledger';
import { type RosterRow, parseRoster } from '../../src/domain/roster';
import { generateSchedule } from '../../src/domain/schedule';
import { annualSummary, monthlySummary } from '../../src/domain/summaries';
import { collectWarnings } from '../../src/domain/warnings';
import { csvRows, day } from './attendanceHelpers';

const BRANCHES = ['机关第一党支部', '机关第二党支部', '离退休党支部'];

function fixtureMembers() {
  const text = readFileSync(join(__dirname, 'fixtures', 'roster-basic.csv'), 'utf8');
  const rows: RosterRow[] = csvRows(text).map((cells, i) => ({
    row: i + 2,
    id: cells['编号'],
    name: cells['姓名'],
    branch: cells['所属支部'],
    category: cells['类别'],
    exempt: cells['是否免参加'],
    exemptionReason: cells['免参加原因'],
    exemptionContact: cells['联系人'],
  }));
  return parseRoster(rows).members;
}

function september() {
  const members = fixtureMembers();
  const schedule = generateSchedule({ year: 2026, branches: BRANCHES });
  const activities = schedule.activities.filter((a) => a.date.startsWith('2026-09'));
  const attendance: AttendanceEntry[] = [];
  for (const activity of activities) {
    for (const m of members) {
      if (m.branch !== activity.branch || m.exemption !== undefined || m.category === '发展对象') continue;
      let raw = '√';
      if (m.id === 'D0003') raw = '×';
      if (m.id === 'D0002' && activity.id === '2026-09-1') raw = '事';
      attendance.push({
        memberId: m.id,
        branch: m.branch,
        activityId: activity.id,
        raw,
        ...(raw === '事' ? { note: '出差' } : {}),
      });
    }
  }
  const ledger = evaluateAttendance({
    activities: schedule.activities,
    members,
    attendance,
    asOf: day('2026-09-30'),
    branchOrder: BRANCHES,
  });
  return { ledger, schedule };
}

describe('attendance engine on the 2026 schedule and the roster fixture', () => {
  it('summarises September per branch and across branches', () => {
    const { ledger } = september();
    const summary = monthlySummary(ledger, 2026, 9);
    const [first, second, retired] = summary.branches;
    expect(first.lines.map((line) => [line.date, line.themeName, line.shifted])).toEqual([
      ['2026-09-11', '学习教育日', false],
      ['2026-09-28', '为民服务奉献日', true],
    ]);
    expect(first.lines[1].shiftReason).toContain('中秋节');
    expect(first.lines[0].figures).toMatchObject({
      due: 15,
      attended: 13,
      leave: 1,
      absent: 1,
      invitees: 1,
      met: true,
    });
    expect(first.lines[0].figures.rate).toBeCloseTo(13 / 15, 10);
    expect(first.lines[0].absentees.map((p) => [p.name, p.code, p.reason])).toEqual([
      ['汪磊', '事', '出差'],
      ['郭娟', '×', null],
    ]);
    expect(first.lines[0].invitees.map((p) => p.name)).toEqual(['孙晓燕']);
    expect(second.lines[0].figures).toMatchObject({ due: 15, attended: 15, invitees: 0, rate: 1 });
    expect(retired.lines[0].figures).toMatchObject({ due: 13, attended: 13, rate: 1 });
    expect(summary.totals).toMatchObject({ due: 86, attended: 83, leave: 1, absent: 2, unrecorded: 0 });
    expect(summary).toMatchObject({ planned: 6, held: 6, belowThreshold: 0, branchesShort: [] });
  });

  it('warns about the unexcused run and the months left unrecorded, not about low rates there', () => {
    const { ledger, schedule } = september();
    const warnings = collectWarnings(ledger, schedule.warnings);
    const runs = warnings.filter((w) => w.code === 'absence-run');
    expect(runs.map((w) => w.message)).toEqual([
      '机关第一党支部 郭娟（编号 D0003）自2026年9月11日至2026年9月28日连续 2 次无故缺席固定活动日；请党支部及时提醒，了解原因。',
    ]);
    // January–August were never recorded: 16 activities in each of 3 branches.
    expect(warnings.filter((w) => w.code === 'unrecorded')).toHaveLength(48);
    expect(warnings.filter((w) => w.code === 'below-threshold')).toEqual([]);
    expect(warnings.filter((w) => w.code === 'month-short')).toEqual([]);
  });

  it('gives the annual view with only held activities counted', () => {
    const { ledger } = september();
    const annual = annualSummary(ledger, 2026);
    const guo = annual.branches[0].members.find((m) => m.memberId === 'D0003')!;
    expect(guo.months[8]).toMatchObject({ due: 2, absent: 2, rate: 0 });
    expect(guo.halves[1]).toMatchObject({ due: 6, absent: 2, unrecorded: 4 });
    expect(guo.year).toMatchObject({ due: 18, absent: 2, unrecorded: 16 });
    expect(annual.branches[2].members.filter((m) => m.exempt).map((m) => m.name)).toEqual(['常秀英', '王娟']);
    expect(annual.total).toMatchObject({ required: 72, planned: 72, held: 54 });
  });
});
