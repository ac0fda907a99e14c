/**
 * 月度汇总 as described: the figures of the summary model land in the right cells as numbers with
 * formats, absentees with reasons, warnings and signatures are there, page breaks fall between the
 * branches' pages, and the description passes the ports' consistency checks.
 */
import { monthlySummary, type MonthlySummary } from '../../../src/domain/summaries';
import { descriptionProblems } from '../../../src/workbook/checkDescription';
import type { Cell, SheetDescription } from '../../../src/workbook/description';
import { describeMonthlySummarySheet } from '../../../src/workbook/sheets/summaryMonth';
import { ONE, THREE, TWO, UNIT, summaryData } from './summaryData';

const data = summaryData();

function cells(description: SheetDescription): Cell[][] {
  expect(description.blocks).toHaveLength(1);
  return description.blocks[0].cells as Cell[][];
}

/** 1-based row of the first cell (in column `column`) equal to `value`. */
function rowOf(grid: Cell[][], value: Cell, column = 1, from = 1): number {
  const index = grid.findIndex((row, i) => i + 1 >= from && row[column - 1] === value);
  if (index < 0) throw new Error(`no row with ${String(value)} in column ${column}`);
  return index + 1;
}

function styleAt(description: SheetDescription, row: number, column: number) {
  const letter = String.fromCharCode(64 + column);
  return (description.styles ?? [])
    .filter((entry) => {
      const [a, b = a] = entry.range.split(':');
      const parse = (ref: string) => ({ col: ref.charCodeAt(0) - 64, row: Number(ref.slice(1)) });
      const start = parse(a);
      const end = parse(b);
      return row >= start.row && row <= end.row && column >= start.col && column <= end.col;
    })
    .map((entry) => ({ ...entry.style, letter }));
}

describe('describeMonthlySummarySheet', () => {
  const summary = monthlySummary(data.ledger, 2027, 3, data.details);
  const description = describeMonthlySummarySheet(summary, data.meta);
  const grid = cells(description);

  it('is a valid description of the summary.month sheet, A4 portrait one page wide', () => {
    expect(descriptionProblems(description)).toEqual([]);
    expect(description.kind).toBe('summary.month');
    expect(description.name).toBe('月度汇总');
    expect(description.print).toMatchObject({
      paperSize: 'A4',
      orientation: 'portrait',
      fitTo: { width: 1, height: 0 },
      header: { center: UNIT },
      footer: { center: '第 &P 页 共 &N 页' },
    });
  });

  it('starts with the cross-branch page and breaks the page before each branch', () => {
    expect(grid[0][0]).toBe('中共张店分局机关党总支 2027年3月各党支部党员固定活动日情况汇总');
    const titles = [ONE, TWO, THREE].map((branch) =>
      rowOf(grid, `中共${branch} 2027年3月党员固定活动日情况汇总`),
    );
    expect(description.print?.rowBreaks).toEqual(titles.map((row) => row - 1));
    expect(grid[1][0]).toBe(`单位：${UNIT}`);
    expect(grid[1][8]).toBe('统计期间：2027年3月1日—2027年3月31日');
    expect(grid[2][8]).toBe('生成时间：2027-12-31 16:20');
  });

  it('writes every figure of each activity as numbers, the rate formatted 0.0%', () => {
    const title = rowOf(grid, `中共${ONE} 2027年3月党员固定活动日情况汇总`);
    const header = rowOf(grid, '序号', 1, title);
    expect(grid[header - 1].filter((cell) => cell !== null)).toEqual([
      '序号',
      '日期',
      '星期',
      '主题',
      '活动内容',
      '应到',
      '实到',
      '请假',
      '缺席',
      '迟到',
      '早退',
      '列席',
      '未登记',
      '到会率',
      '达标',
    ]);
    const [first, second] = summary.branches[0].lines;
    const row = grid[header];
    expect(row.slice(0, 5)).toEqual([
      1,
      { date: first.date },
      '星期五',
      first.themeName,
      '学习《中国共产党纪律处分条例》第一至三章',
    ]);
    const f = first.figures;
    expect(row.slice(6)).toEqual([
      f.due,
      f.attended,
      f.leave,
      f.absent,
      f.late,
      f.leftEarly,
      f.invitees,
      f.unrecorded,
      f.rate,
      '是',
    ]);
    // The numbers the engine computed for this data (57 due: 60 less two invitees and one not yet on the roster).
    expect(row.slice(6, 14)).toEqual([57, 54, 2, 1, 0, 1, 2, 0]);
    expect(row[14]).toBeCloseTo(54 / 57, 12);
    expect(grid[header + 1][4]).toBe('走访联系辖区空巢老人');
    expect(grid[header + 1][6]).toBe(second.figures.due);
    const total = grid[header + 2];
    expect(total[0]).toBe('合计');
    expect(total.slice(6, 14)).toEqual([114, 110, 3, 1, 1, 1, 4, 0]);
    expect(total[14]).toBeCloseTo(110 / 114, 12);
    expect(styleAt(description, header + 1, 15).some((s) => s.numberFormat === '0.0%')).toBe(true);
    expect(styleAt(description, header + 1, 2).some((s) => s.numberFormat === 'm"月"d"日"')).toBe(true);
  });

  it('lists everyone on leave, absent, late or leaving early with the reason recorded', () => {
    const title = rowOf(grid, `中共${ONE} 2027年3月党员固定活动日情况汇总`);
    const header = rowOf(grid, '序号', 1, rowOf(grid, '三、请假、缺席、迟到早退及未登记人员', 1, title));
    const lines = summary.branches[0].lines;
    const expected = lines.flatMap((line) =>
      [...line.absentees, ...line.lateOrEarly].map((mark) => [
        line.date,
        mark.name,
        mark.reason ?? '未填写原因',
      ]),
    );
    const listed: unknown[] = [];
    for (let r = header; typeof grid[r]?.[0] === 'number'; r += 1) {
      const name = String(grid[r][3]).replace(/（.*）$/, '');
      listed.push([(grid[r][1] as { date: string }).date, name, grid[r][4]]);
    }
    expect(listed).toEqual(expected);
    expect(listed).toContainEqual(['2027-03-12', '黄志强', '外出参加业务培训']);
    expect(grid.some((row) => row[2] === '缺席' && row[4] === '未填写原因')).toBe(true);
  });

  it('lists the unrecorded people of the second branch and its warnings, and signature lines', () => {
    const title = rowOf(grid, `中共${TWO} 2027年3月党员固定活动日情况汇总`);
    const end = rowOf(grid, `中共${THREE} 2027年3月党员固定活动日情况汇总`);
    const page = grid.slice(title - 1, end - 1);
    const unrecorded = summary.branches[1].lines[1].unrecorded;
    expect(unrecorded).toHaveLength(11);
    expect(page.filter((row) => row[2] === '未登记')).toHaveLength(11);
    expect(page.some((row) => typeof row[0] === 'string' && row[0].includes('到会率 50%'))).toBe(true);
    const signatures = page.find((row) => row[0] === '支部书记（签字）：');
    expect(signatures?.[3]).toBe('刘丽华');
    expect(signatures?.[5]).toBe('记录人（签字）：');
    expect(signatures?.[8]).toBeNull();
    expect(signatures?.[13]).toBe('    年  月  日');
  });

  it('shows branch totals across branches on the first page', () => {
    const header = rowOf(grid, '序号');
    expect(grid[header - 1][1]).toBe('党支部');
    const rows = [1, 2, 3].map((i) => grid[header - 1 + i]);
    expect(rows.map((row) => row[1])).toEqual([ONE, TWO, THREE]);
    summary.branches.forEach((branch, i) => {
      expect(rows[i].slice(4, 6)).toEqual([branch.planned, branch.held]);
      expect(rows[i].slice(6, 14)).toEqual([
        branch.totals.due,
        branch.totals.attended,
        branch.totals.leave,
        branch.totals.absent,
        branch.totals.late,
        branch.totals.leftEarly,
        branch.totals.invitees,
        branch.totals.unrecorded,
      ]);
    });
    const total = grid[header + 3];
    expect(total[0]).toBe('合计');
    expect(total[6]).toBe(summary.totals.due);
    expect(total[14]).toBe(summary.totals.rate);
    expect(total[15]).toBe(summary.belowThreshold);
    expect(summary.belowThreshold).toBe(1);
    expect(grid.find((row) => row[0] === '党总支书记（签字）：')?.[3]).toBe('赵立新');
  });

  it('gives a single branch one page without breaks and marks activities not held yet', () => {
    const early = summaryData('2027-03-20');
    const one: MonthlySummary = monthlySummary(early.ledger, 2027, 3, early.details);
    const single = describeMonthlySummarySheet({ ...one, branches: one.branches.slice(0, 1) }, early.meta);
    expect(single.print?.rowBreaks).toBeUndefined();
    const g = cells(single);
    const header = rowOf(g, '序号');
    expect(g[header][15]).toBe('是');
    expect(g[header + 1].slice(6, 16)).toEqual([57, null, null, null, null, null, null, null, '—', '未开展']);
    // Text a user typed that looks like a formula stays a plain string cell.
    const risky = describeMonthlySummarySheet(
      monthlySummary(early.ledger, 2027, 3, [{ branch: ONE, activityId: '2027-03-1', topic: '=1+1' }]),
      early.meta,
    );
    expect(cells(risky).some((row) => row.includes('=1+1'))).toBe(true);
    // A workbook whose unit name is not filled in yet: no dangling 中共 in the title.
    const blank = cells(describeMonthlySummarySheet(one, { ...early.meta, unit: '' }));
    expect(blank[0][0]).toBe('2027年3月各党支部党员固定活动日情况汇总');
  });
});
