/**
 * 年度汇总 as described: per member across the months with half-year and year totals, the
 * branch's month rows, the 党总支's rows, repeated header rows, and the consistency checks.
 */
import { evaluateAttendance } from '../../../src/domain/ledger';
import { annualSummary } from '../../../src/domain/summaries';
import { collectWarnings } from '../../../src/domain/warnings';
import { descriptionProblems } from '../../../src/workbook/checkDescription';
import type { Cell } from '../../../src/workbook/description';
import { describeAnnualSummarySheet } from '../../../src/workbook/sheets/summaryYear';
import { ONE, THREE, TWO, UNIT, day, summaryData } from './summaryData';

const data = summaryData();
const summary = annualSummary(data.ledger, 2027);
const description = describeAnnualSummarySheet(summary, data.meta);
const grid = description.blocks[0].cells as Cell[][];

function rowOf(value: Cell, column = 1, from = 1): number {
  const index = grid.findIndex((row, i) => i + 1 >= from && row[column - 1] === value);
  if (index < 0) throw new Error(`no row with ${String(value)}`);
  return index + 1;
}

describe('describeAnnualSummarySheet', () => {
  it('is a valid landscape description with a two-row header repeated on every page', () => {
    expect(descriptionProblems(description)).toEqual([]);
    expect(description.kind).toBe('summary.year');
    expect(description.name).toBe('年度汇总');
    const header = rowOf('序号');
    expect(description.print).toMatchObject({
      paperSize: 'A4',
      orientation: 'landscape',
      fitTo: { width: 1, height: 0 },
      titleRows: { first: header, last: header + 1 },
    });
    expect(grid[0][0]).toBe(`${UNIT} 2027年度党员固定活动日参加情况汇总`);
    expect(grid[header - 1][3]).toBe('各月实到次数');
    expect(grid[header].slice(3, 15)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
    expect(grid[header - 1][15]).toBe('上半年');
    expect(grid[header - 1][18]).toBe('下半年');
    expect(grid[header - 1][21]).toBe('全年');
    expect(grid[header].slice(15, 26)).toEqual([
      '应到',
      '实到',
      '到会率',
      '应到',
      '实到',
      '到会率',
      '应到',
      '实到',
      '请假',
      '缺席',
      '到会率',
    ]);
  });

  it("writes each member's months, halves and year from the model", () => {
    const band = rowOf(ONE);
    const members = summary.branches[0].members;
    expect(members).toHaveLength(60);
    members.forEach((member, i) => {
      const row = grid[band + i];
      expect(row.slice(0, 3)).toEqual([i + 1, member.name, member.category]);
      if (!member.counted) return;
      expect(row.slice(3, 15)).toEqual(member.months.map((m) => (m.due === 0 ? '—' : m.attended)));
      expect(row.slice(15, 18)).toEqual([
        member.halves[0].due,
        member.halves[0].attended,
        member.halves[0].rate ?? '—',
      ]);
      expect(row.slice(21, 26)).toEqual([
        member.year.due,
        member.year.attended,
        member.year.leave,
        member.year.absent,
        member.year.rate ?? '—',
      ]);
    });
    // Joined in May: nothing due before; the exempt member's second half is not due (免参加 noted).
    const joined = grid[band + 6];
    expect(joined.slice(3, 7)).toEqual(['—', '—', '—', '—']);
    const exempt = grid[band + 5];
    expect(exempt.slice(18, 21)).toEqual([0, 0, '—']);
    expect(exempt[26]).toBe('免参加');
    // Invitees: months show 列席 counts, no totals.
    const invitee = grid[band + 59];
    expect(invitee[2]).toBe('入党积极分子');
    expect(invitee[26]).toBe('列席');
    expect(invitee.slice(15, 26).every((cell) => cell === null)).toBe(true);
  });

  it("writes the branch's rows per month and the 党总支's totals", () => {
    const band = rowOf(THREE);
    const attended = rowOf('支部合计（实到人次）', 1, band);
    const branch = summary.branches[2];
    expect(grid[attended - 1].slice(3, 15)).toEqual(branch.months.map((m) => m.totals.attended));
    expect(grid[attended].slice(3, 15)).toEqual(branch.months.map((m) => m.totals.rate));
    expect(grid[attended + 1].slice(3, 15)).toEqual(branch.months.map((m) => m.held));
    expect(grid[attended + 2].slice(3, 15)).toEqual(branch.months.map((m) => m.belowThreshold));
    expect(grid[attended + 1][21]).toBe(branch.year.held);
    expect(branch.year.held).toBe(24);
    const overview = rowOf(`${UNIT}：各党支部各月到会率及合计`);
    expect([1, 2, 3].map((i) => grid[overview - 1 + i][1])).toEqual([ONE, TWO, THREE]);
    const total = rowOf('合计（实到人次）', 1, overview);
    expect(grid[total - 1].slice(21, 26)).toEqual([
      summary.total.totals.due,
      summary.total.totals.attended,
      summary.total.totals.leave,
      summary.total.totals.absent,
      summary.total.totals.rate,
    ]);
    expect(summary.total.totals.due).toBe(summary.branches.reduce((sum, b) => sum + b.year.totals.due, 0));
  });

  it('reports the run of unexcused absences and is signed by the 党总支书记', () => {
    expect(
      grid.some((row) => typeof row[0] === 'string' && row[0].includes('连续') && row[0].includes('C003')),
    ).toBe(true);
    expect(grid.find((row) => row[0] === '党总支书记（签字）：')?.[3]).toBe('赵立新');
  });
});

describe('年度汇总 before the records are in', () => {
  it('prints 未登记 (never 0 or 0.0%) for months with nothing recorded, and lists them under 提示事项', () => {
    const members = data.ledger.branches.flatMap((branch) => branch.rows.map((row) => row.member));
    const activities = data.ledger.branches.flatMap((branch) => branch.activities);
    // January recorded in full (everyone √), February to December not at all; as of 30 April.
    const attendance = data.ledger.branches.flatMap((branch) =>
      branch.activities
        .filter((activity) => activity.date < '2027-02-01')
        .flatMap((activity) =>
          branch.rows.map((row) => ({
            memberId: row.member.id,
            branch: branch.branch,
            activityId: activity.id,
            raw: '√',
          })),
        ),
    );
    const ledger = evaluateAttendance({
      activities,
      members,
      attendance,
      asOf: day('2027-04-30'),
      branchOrder: [ONE, TWO, THREE],
    });
    const warnings = collectWarnings(ledger);
    const sheet = describeAnnualSummarySheet(annualSummary(ledger, 2027), { ...data.meta, warnings });
    const g = sheet.blocks[0].cells as Cell[][];
    const find = (value: Cell) => g.findIndex((row) => row[0] === value) + 1;
    const band = find(THREE);
    // A member of the third branch: January 2 times, February to April 未登记, May on — (not held yet).
    expect(g[band].slice(3, 8)).toEqual([2, '未登记', '未登记', '未登记', '—']);
    // The branch's rows: 实到人次 and 到会率 of January, then 未登记; the year's rate over January only.
    const rows = g.slice(band + 12);
    const attendedRow = rows.find((row) => row[0] === '支部合计（实到人次）')!;
    const rateRow = rows.find((row) => row[0] === '到会率')!;
    expect(attendedRow.slice(3, 7)).toEqual([20, '未登记', '未登记', '未登记']);
    expect(rateRow.slice(3, 7)).toEqual([1, '未登记', '未登记', '未登记']);
    expect(rateRow[21]).toBe(1);
    const notes = g.map((row) => row[0]).filter((cell): cell is string => typeof cell === 'string');
    expect(notes.filter((note) => /^\d+\. .*：\d+ 次活动未登记出勤/.test(note))).toEqual([
      expect.stringMatching(new RegExp(`^\\d+\\. ${ONE}：6 次活动未登记出勤，最早 2月12日，最近 4月23日$`)),
      expect.stringMatching(new RegExp(`^\\d+\\. ${TWO}：6 次活动未登记出勤，最早 2月12日，最近 4月23日$`)),
      expect.stringMatching(new RegExp(`^\\d+\\. ${THREE}：6 次活动未登记出勤，最早 2月12日，最近 4月23日$`)),
    ]);
  });
});
