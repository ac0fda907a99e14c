/**
 * 领导干部带头 on the printed summaries: the line under a branch's activities (月度汇总) and under
 * its period rows (年度汇总), and under the totals across branches; none for a branch without leaders.
 */
import type { Activity } from '../../../src/domain/activity';
import type { AttendanceEntry } from '../../../src/domain/attendance';
import { evaluateAttendance } from '../../../src/domain/ledger';
import type { Member } from '../../../src/domain/member';
import { annualSummary, monthlySummary } from '../../../src/domain/summaries';
import { descriptionProblems } from '../../../src/workbook/checkDescription';
import type { Cell, SheetDescription } from '../../../src/workbook/description';
import { describeMonthlySummarySheet } from '../../../src/workbook/sheets/summaryMonth';
import { describeAnnualSummarySheet } from '../../../src/workbook/sheets/summaryYear';
import { activity, day, entry, member } from '../../domain/attendanceHelpers';

const B = '机关第一党支部';
const C = '离退休党支部';
const list: Activity[] = [
  activity(B, '2026-01-1', '2026-01-09'),
  activity(B, '2026-01-2', '2026-01-23'),
  activity(B, '2026-02-1', '2026-02-13'),
  activity(B, '2026-02-2', '2026-02-27'),
  activity(C, '2026-01-1', '2026-01-09'),
  activity(C, '2026-02-1', '2026-02-13'),
];
const members: Member[] = [
  member('L1', '张书记', B, '正式党员', { leader: true }),
  member('L2', '李局长', B, '预备党员', { leader: true }),
  member('M1', '王强', B),
  member('C1', '孙老', C),
];
function codes(memberId: string, branch: string, text: string): AttendanceEntry[] {
  const own = list.filter((a) => a.branch === branch);
  return [...text].flatMap((code, i) => (code === '.' ? [] : [entry(memberId, branch, own[i].id, code)]));
}
const ledger = evaluateAttendance({
  activities: list,
  members,
  attendance: [
    ...codes('L1', B, '√迟×事'),
    ...codes('L2', B, '√√病.'),
    ...codes('M1', B, '√×√√'),
    ...codes('C1', C, '√√'),
  ],
  asOf: day('2026-02-28'),
});
const META = { unit: '测试局机关党总支', generatedAt: '2026-02-28 16:00' };

function grid(description: SheetDescription): Cell[][] {
  expect(descriptionProblems(description)).toEqual([]);
  return description.blocks[0].cells as Cell[][];
}

/** [1-based row, text] of every row whose first cell starts with `prefix`. */
function rowsStarting(cells: Cell[][], prefix: string): Array<[number, Cell]> {
  return cells.flatMap((row, i) =>
    typeof row[0] === 'string' && row[0].startsWith(prefix) ? [[i + 1, row[0]] as [number, Cell]] : [],
  );
}

describe('月度汇总: 其中领导干部', () => {
  it('January: every leader came', () => {
    const cells = grid(describeMonthlySummarySheet(monthlySummary(ledger, 2026, 1), META));
    expect(rowsStarting(cells, '其中领导干部').map(([, text]) => text)).toEqual([
      '其中领导干部：应到 4 人次，实到 4 人次，出勤率 100%',
      '其中领导干部：应到 4 人次，实到 4 人次，出勤率 100%',
    ]);
  });

  it('February: on the cross-branch page under the branches, on the first branch’s page under its activities, not on the second’s', () => {
    const cells = grid(describeMonthlySummarySheet(monthlySummary(ledger, 2026, 2), META));
    const line = '其中领导干部：应到 4 人次，实到 0 人次，出勤率 0%（另有 1 人次未登记）';
    const lines = rowsStarting(cells, '其中领导干部');
    expect(lines.map(([, text]) => text)).toEqual([line, line]);
    const totals = rowsStarting(cells, '合计').map(([row]) => row);
    const records = rowsStarting(cells, '二、活动记录').map(([row]) => row);
    // The overview's 合计 row, then the line; the first branch's 合计 row, its 未登记 note, the line.
    expect(totals).toHaveLength(3);
    expect(lines[0][0]).toBe(totals[0] + 1);
    expect(lines[1][0]).toBe(totals[1] + 2);
    expect(lines[1][0]).toBeLessThan(records[0]);
    // The second branch's page (after the second 合计) has none.
    expect(lines.every(([row]) => row < totals[2])).toBe(true);
  });
});

describe('年度汇总: 其中领导干部', () => {
  it('a row under the branch’s period rows and one under the totals across branches', () => {
    const cells = grid(describeAnnualSummarySheet(annualSummary(ledger, 2026), META));
    const line = '其中领导干部：应到 8 人次，实到 4 人次，出勤率 50%（另有 1 人次未登记）';
    const lines = rowsStarting(cells, '其中领导干部');
    expect(lines.map(([, text]) => text)).toEqual([line, line]);
    const below = rowsStarting(cells, '未达标次数').map(([row]) => row);
    expect(below).toHaveLength(3);
    expect(lines.map(([row]) => row)).toEqual([below[0] + 1, below[2] + 1]);
  });

  it('nothing when no branch has leaders', () => {
    const plain = evaluateAttendance({
      activities: list,
      members: members.map((m) => ({ ...m, leader: undefined })),
      attendance: [],
      asOf: day('2026-02-28'),
    });
    const year = grid(describeAnnualSummarySheet(annualSummary(plain, 2026), META));
    const month = grid(describeMonthlySummarySheet(monthlySummary(plain, 2026, 2), META));
    expect([...rowsStarting(year, '其中领导干部'), ...rowsStarting(month, '其中领导干部')]).toEqual([]);
  });
});
