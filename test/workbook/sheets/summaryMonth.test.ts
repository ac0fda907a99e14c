/**
 * 月度汇总 as described: the figures of the summary model land in the right cells as numbers with
 * formats, absentees with reasons, warnings and signatures are there, page breaks fall between the
 * branches' pages, and the description passes the ports' consistency checks.
 */
import { evaluateAttendance } from '../../../src/domain/ledger';
import { annualSummary, monthlySummary, type MonthlySummary } from '../../../src/domain/summaries';
import { descriptionProblems } from '../../../src/workbook/checkDescription';
import type { Cell, SheetDescription } from '../../../src/workbook/description';
import { describeMonthlySummarySheet } from '../../../src/workbook/sheets/summaryMonth';
import { describeAnnualSummarySheet } from '../../../src/workbook/sheets/summaryYear';
import { day, manyAbsentData, ONE, THREE, TWO, UNIT, summaryData } from './summaryData';

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
    expect(grid[0][0]).toBe('张店分局机关党总支 2027年3月各党支部党员固定活动日情况汇总');
    const titles = [ONE, TWO, THREE].map((branch) =>
      rowOf(grid, `${branch} 2027年3月党员固定活动日情况汇总`),
    );
    expect(description.print?.rowBreaks).toEqual(titles.map((row) => row - 1));
    expect(grid[1][0]).toBe(`单位：${UNIT}`);
    expect(grid[1][8]).toBe('统计期间：2027年3月1日—2027年3月31日');
    expect(grid[2][8]).toBe('生成时间：2027-12-31 16:20');
  });

  it('writes every figure of each activity as numbers, the rate formatted 0.0%', () => {
    const title = rowOf(grid, `${ONE} 2027年3月党员固定活动日情况汇总`);
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
    const title = rowOf(grid, `${ONE} 2027年3月党员固定活动日情况汇总`);
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
    const title = rowOf(grid, `${TWO} 2027年3月党员固定活动日情况汇总`);
    const end = rowOf(grid, `${THREE} 2027年3月党员固定活动日情况汇总`);
    const page = grid.slice(title - 1, end - 1);
    const unrecorded = summary.branches[1].lines[1].unrecorded;
    expect(unrecorded).toHaveLength(11);
    // One row each would not fit this page: the list is the compact one, all 11 in one row.
    const row = page.filter((cells) => String(cells[2]).startsWith('未登记'));
    expect(row.map((cells) => cells[2])).toEqual(['未登记\n11人']);
    const names = unrecorded.map((person) =>
      person.category === '正式党员' ? person.name : `${person.name}（${person.category}）`,
    );
    expect(row[0][3]).toBe(`未登记出勤，请补登：${names.join('、')}`);
    // 11 of 22 came and 11 are not entered: it could still reach 80%, so it is not judged — the
    // activity says 待补登, a note under the table says why, and 提示事项 asks for the entries.
    const activityRow = page.find((cells) => cells[0] === 2 && typeof cells[1] === 'object');
    expect(activityRow?.slice(6, 16)).toEqual([22, 11, 0, 0, 1, 0, 1, 11, 0.5, '待补登']);
    expect(
      page.some(
        (row) => row[0] === '注：到会率只计已登记出勤的活动；3月26日部分登记，补登后再核对到会率和是否达标。',
      ),
    ).toBe(true);
    expect(
      page.some(
        (row) =>
          typeof row[0] === 'string' &&
          /^\d+\. 机关第二党支部 2027年3月26日.*部分登记，有 11 人未登记出勤/.test(row[0]),
      ),
    ).toBe(true);
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
    expect(summary.belowThreshold).toBe(0);
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

describe('the list of people away, when one row each would not fit the page', () => {
  const { ledger, meta, expected } = manyAbsentData();
  const description = describeMonthlySummarySheet(monthlySummary(ledger, 2027, 3), meta);
  const grid = cells(description);

  it('gives each day and situation one row, the count beside it, names grouped by reason — none left out', () => {
    const header = rowOf(grid, '日期', 1, rowOf(grid, '三、请假、缺席、迟到早退及未登记人员'));
    expect(grid[header - 1][2]).toBe('情况');
    expect(grid[header - 1][3]).toBe('人员（按原因或说明分列）');
    const rows = grid.slice(header, header + 6);
    expect(rows.map((row) => [(row[0] as { date: string }).date, row[2]])).toEqual([
      ['2027-03-12', '事假\n10人'],
      ['2027-03-12', '病假\n5人'],
      ['2027-03-12', '缺席\n5人'],
      ['2027-03-26', '事假\n10人'],
      ['2027-03-26', '病假\n5人'],
      ['2027-03-26', '缺席\n5人'],
    ]);
    expect(grid[header + 7][0]).toBe('四、提示事项');
    // Every person and reason of the day, and nobody twice: "原因：甲、乙；原因：丙".
    const listed = rows.flatMap((row) =>
      String(row[3])
        .split('；')
        .flatMap((group) => {
          const [reason, names] = group.split('：');
          return names
            .split('、')
            .map((name) => `${(row[0] as { date: string }).date} ${name.replace(/（.*）$/, '')} ${reason}`);
        }),
    );
    const dates = ['2027-03-12', '2027-03-26'];
    const want = expected.map(({ name, reason }, i) => `${dates[Math.floor(i / 20)]} ${name} ${reason}`);
    expect(listed.sort()).toEqual(want.sort());
    expect(String(rows[0][3])).toContain('（预备党员）');
    expect(String(rows[2][3])).toMatch(/^未填写原因：/);
  });

  it('keeps one row per person when that fits (the 60 people of the first summary)', () => {
    const summary = monthlySummary(data.ledger, 2027, 3, data.details);
    const only = describeMonthlySummarySheet(
      { ...summary, branches: summary.branches.filter((b) => b.branch === ONE) },
      data.meta,
    );
    const rows = cells(only);
    const header = rowOf(rows, '序号', 1, rowOf(rows, '三、请假、缺席、迟到早退及未登记人员'));
    expect(rows[header - 1].slice(0, 5)).toEqual(['序号', '日期', '情况', '姓名', '原因或说明']);
  });
});

describe('namesakes in the summaries', () => {
  it('tells two people of one name apart in the monthly list and the annual table', () => {
    const members = [
      { id: 'Q017', name: '秦桂英', branch: ONE, category: '正式党员' as const, phone: '13800001111' },
      { id: 'Q023', name: '秦桂英', branch: ONE, category: '正式党员' as const, phone: '13900002222' },
    ];
    const activity = data.ledger.branches[0].activities.find((a) => a.date.startsWith('2027-03'))!;
    const ledger = evaluateAttendance({
      activities: [activity],
      members,
      attendance: [
        { memberId: 'Q017', branch: ONE, activityId: activity.id, raw: '事', note: '出差' },
        { memberId: 'Q023', branch: ONE, activityId: activity.id, raw: '×' },
      ],
      asOf: day('2027-03-31'),
    });
    const month = cells(describeMonthlySummarySheet(monthlySummary(ledger, 2027, 3), data.meta));
    const listed = month.filter((row) => row[2] === '事假' || row[2] === '缺席').map((row) => row[3]);
    expect(listed).toEqual(['秦桂英（编号 Q017）', '秦桂英（编号 Q023）']);
    const year = describeAnnualSummarySheet(annualSummary(ledger, 2027), data.meta).blocks[0]
      .cells as Cell[][];
    expect(
      year.filter((row) => typeof row[1] === 'string' && row[1].startsWith('秦桂英')).map((row) => row[1]),
    ).toEqual(['秦桂英（编号 Q017）', '秦桂英（编号 Q023）']);
  });
});
