/**
 * 月度汇总 (March), 年度汇总 and 检查, as of the year's end: the figures the entered codes give (see
 * ./data.ts), read back from the sheets the add-in wrote, and the check's finding located on the
 * sheet and selected as the pane's 定位 does.
 */
import { checkWorkbook } from '../../app/check';
import { writeSummarySheets } from '../../app/summaries';
import type { CalendarDate } from '../../domain/date';
import { selectRange } from '../../excel/select';
import { parseCell } from '../../workbook/address';
import { readSheet, rounded, type SheetCells } from '../readBack';
import type { Step } from '../step';
import { AS_OF, FIRST, GENERATED_AT, SCHEDULE_SHEET, SERIAL, YEAR } from './data';

const asOf = AS_OF as CalendarDate;

/** Cells `from`…`to` of a row, rates rounded to 4 places. */
function rowCells(sheet: SheetCells, row: number | null, from: number, to: number): unknown[] | null {
  if (row === null) return null;
  return Array.from({ length: to - from + 1 }, (_, i) => rounded(sheet.value(row, from + i)));
}

export const summariesStep: Step = {
  id: 'summaries',
  kind: 'workflow',
  title: '月度汇总（3 月）和年度汇总',
  async run(env) {
    const month = await env.act((port) =>
      writeSummarySheets(port, {
        period: { kind: 'month', year: YEAR, month: 3 },
        asOf,
        generatedAt: GENERATED_AT,
      }),
    );
    env.checks.equal(
      '结果：写入的工作表',
      month.report.sheets.map((sheet) => sheet.name),
      ['月度汇总'],
    );
    const monthly = await readSheet(env.host.run, '月度汇总');
    // Across branches: 已安排 2, 已开展 2, 应到人次 14 (7 × 2), 实到 4, 请假 1, 缺席 2, 迟到 0, 早退 0,
    // 列席 1, 未登记 7 (27 March, nobody recorded), 到会率 4/7 (over the recorded activity only: an
    // activity with nothing recorded has no rate), 未达标 1.
    env.checks.equal(
      '月度汇总读回：各支部对照中的第一党支部',
      rowCells(monthly, monthly.rowWhere(2, FIRST), 5, 16),
      [2, 2, 14, 4, 1, 2, 0, 0, 1, 7, 0.5714, 1],
    );
    // The branch's page: 16 March (moved from the 13th), 应到 7 实到 4 请假 1 缺席 2 迟到 0 早退 0
    // 列席 1 未登记 0, 到会率 4/7, 达标 否.
    env.checks.equal(
      '月度汇总读回：第一党支部 3 月 16 日那次',
      rowCells(monthly, monthly.rowWhere(2, SERIAL['2026-03-16']), 7, 16),
      [7, 4, 1, 2, 0, 0, 1, 0, 0.5714, '否'],
    );

    await env.act((port) =>
      writeSummarySheets(port, { period: { kind: 'year', year: YEAR }, asOf, generatedAt: GENERATED_AT }),
    );
    const annual = await readSheet(env.host.run, '年度汇总');
    // 段勇: √ in January, × in March: 各月实到 1, 未登记 (February: nothing recorded), 0, then 未登记;
    // first half 应到 12 实到 1, rate 1/2 over the two recorded activities; the second half 未登记;
    // 全年 应到 24 实到 1 请假 0 缺席 1.
    env.checks.equal(
      '年度汇总读回：段勇的各月实到与全年',
      rowCells(annual, annual.rowWhere(2, '段勇'), 4, 25),
      [1, '未登记', 0, ...new Array<string>(9).fill('未登记'), 12, 1, 0.5, 12, 0, '未登记', 24, 1, 0, 1],
    );
    // 第一党支部 in all: January 6, March 4, the other months 未登记; first half 84 / 10, rate 10/14
    // over the recorded activities; 应到 7 × 24 = 168, 实到 10, 请假 2 (事, 病), 缺席 2.
    env.checks.equal(
      '年度汇总读回：第一党支部合计',
      rowCells(annual, annual.rowWhere(1, '支部合计（实到人次）'), 4, 25),
      [
        6,
        '未登记',
        4,
        ...new Array<string>(9).fill('未登记'),
        84,
        10,
        0.7143,
        84,
        0,
        '未登记',
        168,
        10,
        2,
        2,
      ],
    );
  },
};

export const checkStep: Step = {
  id: 'check',
  kind: 'workflow',
  title: '检查（年底）',
  async run(env) {
    const result = await env.act((port) => checkWorkbook(port, asOf));
    // One activity under 80 %; 48 activities held, 2 recorded: 46 not recorded. 补学 is owed for
    // the 事, 病 and two × entered and for S1-06 (免参加) at both recorded activities, none done by
    // 31 December: 6 overdue; the 事 and the 病 have no 请假批准人: 2.
    env.checks.equal('结果：各类事项数', result.counts, {
      'below-threshold': 1,
      unrecorded: 46,
      'makeup-overdue': 6,
      'leave-unapproved': 2,
    });
    const below = result.items.find((item) => item.code === 'below-threshold');
    const location = below?.location ?? null;
    if (
      !env.checks.that(
        '到会率不足一项指向活动安排的一格',
        location?.sheet === SCHEDULE_SHEET && !!location.cell,
        location,
      )
    )
      return;
    const schedule = await readSheet(env.host.run, SCHEDULE_SHEET);
    const cell = parseCell(location?.cell ?? '');
    env.checks.equal(
      '读回所指的行：编号、党支部',
      cell === null ? null : [schedule.value(cell.row, 1), schedule.value(cell.row, 2)],
      ['2026-03-1', FIRST],
    );
    // 定位: shows the sheet and selects the cell, as the pane's link does.
    await selectRange(location?.sheet ?? '', location?.cell ?? '', { run: env.host.run });
    // The fake keeps no selection to read back; in Excel the address may come quoted ('活动安排'!A8).
    const selected =
      env.host.kind === 'fake'
        ? '（模拟环境没有 getSelectedRange）'
        : await env.host.run(async (context) => {
            const range = context.workbook.getSelectedRange();
            range.load('address');
            await context.sync();
            return range.address.replace(/^'(.*)'!/, '$1!');
          });
    env.checks.excelOnly('定位后选中的单元格', selected, `${SCHEDULE_SHEET}!${location?.cell}`);
  },
};
