/** 活动安排: columns, figure formulas, drop-downs, text that stays text, cancelled rows, reading back. */
import { activityKey } from '../../../src/domain/activity';
import type { ActivityDetails } from '../../../src/domain/summaries';
import { SCHEDULE_SHEET } from '../../../src/strings/sheets';
import { columnLetters } from '../../../src/workbook/address';
import { descriptionProblems } from '../../../src/workbook/checkDescription';
import {
  describeScheduleSheet,
  parseScheduleGrid,
  SCHEDULE_COLUMNS,
  type ScheduleSheetInput,
} from '../../../src/workbook/sheets/schedule';
import { activity, day } from '../../domain/attendanceHelpers';
import { cellsOf, gridOf } from './descriptionGrid';

const ONE = '第一党支部';
const TWO = '第二党支部';

const ACTIVITIES = [
  activity(ONE, '2027-01-1', '2027-01-08'),
  activity(ONE, '2027-02-1', '2027-02-15', 'visit', {
    plannedDate: day('2027-02-12'),
    shifted: true,
    reason: '2027-02-12 春节假期，顺延',
  }),
  activity(TWO, '2027-01-1', '2027-01-08', 'review'),
];

const DETAILS: ActivityDetails = {
  branch: ONE,
  activityId: '2027-01-1',
  topic: '=SUM(1,2)',
  place: '+三楼会议室',
  host: '-李建国',
  recorder: '@王芳',
  archive: 'https://intranet/2027-01-1',
  expense: 120.5,
  note: '001',
  time: '14:30',
  summary: '=学习党章第九条，交流心得',
};

function input(extra: Partial<ScheduleSheetInput> = {}): ScheduleSheetInput {
  return {
    unit: '测试单位',
    year: 2027,
    activities: ACTIVITIES,
    details: new Map([[activityKey({ branch: ONE, id: '2027-01-1' }), DETAILS]]),
    cancelled: [
      {
        branch: TWO,
        activityId: '2027-12-2',
        date: day('2027-12-24'),
        theme: 'review',
        details: { branch: TWO, activityId: '2027-12-2', topic: '年终评议' },
      },
    ],
    figureFormulas: (a) =>
      a.branch === TWO ? null : { due: '=1+1', present: '=2', rate: '=0.5', met: '="达标"' },
    ...extra,
  };
}

const at = (column: keyof typeof SCHEDULE_COLUMNS, row: number) =>
  `${columnLetters(SCHEDULE_COLUMNS[column])}${row}`;

describe('describeScheduleSheet', () => {
  const description = describeScheduleSheet(input());
  const cells = cellsOf(description);

  it('is a valid description of kind schedule with the headers over their columns', () => {
    expect(descriptionProblems(description)).toEqual([]);
    expect(description.kind).toBe('schedule');
    expect(description.name).toBe('活动安排');
    expect(cells.get('A1')).toBe('测试单位 2027年 党员固定活动日安排');
    const headers = Object.entries(SCHEDULE_COLUMNS).map(([, column]) =>
      cells.get(`${columnLetters(column)}3`),
    );
    expect(headers).toEqual([...SCHEDULE_SHEET.headers]);
    expect(cells.get(at('id', 3))).toBe('编号');
    expect(cells.get(at('due', 3))).toBe('应到');
    expect(cells.get(at('met', 3))).toBe('达标');
    expect(description.freeze).toEqual({ rows: 3, columns: 3 });
  });

  it('writes one row per activity: dates as dates, the shift and its reason, the figure formulas', () => {
    expect(cells.get(at('id', 4))).toBe('2027-01-1');
    expect(cells.get(at('date', 4))).toEqual({ date: '2027-01-08' });
    expect(cells.get(at('weekday', 4))).toBe('星期五');
    expect(cells.get(at('plannedDate', 4))).toBeNull();
    expect(cells.get(at('theme', 4))).toBe('学习教育日');
    expect(cells.get(at('due', 4))).toEqual({ formula: '=1+1' });
    expect(cells.get(at('met', 4))).toEqual({ formula: '="达标"' });
    expect(cells.get(at('status', 4))).toBeNull();

    expect(cells.get(at('date', 5))).toEqual({ date: '2027-02-15' });
    expect(cells.get(at('weekday', 5))).toBe('星期一');
    expect(cells.get(at('plannedDate', 5))).toEqual({ date: '2027-02-12' });
    expect(cells.get(at('reason', 5))).toBe('2027-02-12 春节假期，顺延');
    expect(cells.get(at('theme', 5))).toBe('走访联系日');
    expect(cells.get(at('status', 5))).toBe('已调整');

    // No attendance sheet for the branch: the figures stay empty.
    expect(cells.get(at('branch', 6))).toBe(TWO);
    expect(cells.get(at('due', 6))).toBeNull();
    expect(cells.get(at('rate', 6))).toBeNull();
  });

  it('keeps text as text: =, +, - and @ are written as strings into text-formatted columns', () => {
    expect(cells.get(at('topic', 4))).toBe('=SUM(1,2)');
    expect(cells.get(at('place', 4))).toBe('+三楼会议室');
    expect(cells.get(at('host', 4))).toBe('-李建国');
    expect(cells.get(at('recorder', 4))).toBe('@王芳');
    expect(cells.get(at('note', 4))).toBe('001');
    expect(cells.get(at('expense', 4))).toBe(120.5);
    const textRanges = (description.styles ?? [])
      .filter((style) => style.style.numberFormat === '@')
      .map((style) => style.range);
    expect(cells.get(at('time', 4))).toBe('14:30');
    expect(cells.get(at('summary', 4))).toBe('=学习党章第九条，交流心得');
    expect(textRanges).toEqual(['H4:K7', 'P4:P7', 'R4:R7', 'T4:T7', 'U4:U7']);
  });

  it('offers the six themes and a non-negative expense as drop-down and check', () => {
    expect(description.validations).toEqual([
      expect.objectContaining({
        range: 'G4:G7',
        rule: {
          type: 'list',
          values: [
            '学习教育日',
            '走访联系日',
            '基层民主议事日',
            '为民服务奉献日',
            '党内民主评议日',
            '其他主题日',
          ],
        },
        allowBlank: false,
      }),
      expect.objectContaining({ range: 'Q4:Q7', rule: { type: 'decimal', min: 0 }, allowBlank: true }),
    ]);
  });

  it('lists cancelled activities after the live ones, marked 已取消 and greyed, with what was entered', () => {
    expect(cells.get(at('id', 7))).toBe('2027-12-2');
    expect(cells.get(at('status', 7))).toBe('已取消');
    expect(cells.get(at('reason', 7))).toBe(SCHEDULE_SHEET.cancelledReason);
    expect(cells.get(at('topic', 7))).toBe('年终评议');
    expect(cells.get(at('theme', 7))).toBe('党内民主评议日');
    expect(cells.get(at('due', 7))).toBeNull();
    expect(description.conditionalFormats?.[0]).toEqual({
      range: 'A7:U7',
      rule: { type: 'expression', formula: '=$S7="已取消"' },
      format: { fill: '#EDEDED', fontColor: '#7F7F7F' },
    });
    const none = describeScheduleSheet(input({ cancelled: [] }));
    expect(none.conditionalFormats?.some((format) => format.range.startsWith('A7'))).toBe(false);
  });
});

describe('parseScheduleGrid', () => {
  const description = describeScheduleSheet(input());

  it('reads every row back by id and branch with what was entered, cancelled rows included', () => {
    const { value, problems } = parseScheduleGrid(gridOf(description));
    expect(problems).toEqual([]);
    expect(
      value.map((row) => [row.row, row.branch, row.activityId, row.date, row.theme, row.cancelled]),
    ).toEqual([
      [4, ONE, '2027-01-1', '2027-01-08', 'study', false],
      [5, ONE, '2027-02-1', '2027-02-15', 'visit', false],
      [6, TWO, '2027-01-1', '2027-01-08', 'review', false],
      [7, TWO, '2027-12-2', '2027-12-24', 'review', true],
    ]);
    expect(value[0].details).toEqual(DETAILS);
  });

  it('finds moved columns by their header and reports a theme it does not know', () => {
    const grid = gridOf(description, { H3: '地点', I3: '活动内容', [at('theme', 5)]: '读书日' });
    const { value, problems } = parseScheduleGrid(grid);
    expect(value[0].details.topic).toBe('+三楼会议室');
    expect(value[0].details.place).toBe('=SUM(1,2)');
    expect(value[1].theme).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        row: 5,
        cell: 'G5',
        severity: 'warning',
        message: expect.stringContaining('读书日'),
      }),
    ]);
  });

  it('keeps an expense that is not an amount in the note, with a warning', () => {
    const { value, problems } = parseScheduleGrid(gridOf(description, { [at('expense', 5)]: '约两百元' }));
    expect(value[1].details.note).toBe('约两百元');
    expect(problems).toEqual([expect.objectContaining({ row: 5, cell: 'Q5', severity: 'warning' })]);
  });
});

describe('活动安排: 时间 and 内容摘要', () => {
  const description = describeScheduleSheet(input());

  it('sit after 状态 (T, U), so no column of an older workbook moves', () => {
    expect([SCHEDULE_COLUMNS.status, SCHEDULE_COLUMNS.time, SCHEDULE_COLUMNS.summary]).toEqual([19, 20, 21]);
    const cells = cellsOf(description);
    expect([cells.get('S3'), cells.get('T3'), cells.get('U3')]).toEqual(['状态', '时间', '内容摘要']);
  });

  it('read back what was typed: a time as HH:MM (text, a time cell, words), a summary as typed', () => {
    const parsed = parseScheduleGrid(
      gridOf(description, { T5: 0.375, T6: '下午3点半', U6: '走访困难群众 3 户' }),
    );
    const byId = (branch: string, id: string) =>
      parsed.value.find((row) => row.branch === branch && row.activityId === id)!.details;
    expect(byId(ONE, '2027-01-1')).toMatchObject({ time: '14:30', summary: '=学习党章第九条，交流心得' });
    expect(byId(ONE, '2027-02-1').time).toBe('09:00');
    expect(byId(TWO, '2027-01-1')).toMatchObject({ time: '15:30', summary: '走访困难群众 3 户' });
    expect(parsed.problems).toEqual([]);
  });

  it('keeps a time that is not one as typed, with a warning naming the cell', () => {
    const parsed = parseScheduleGrid(gridOf(description, { T5: '下班后' }));
    expect(parsed.value[1].details.time).toBe('下班后');
    expect(parsed.problems).toEqual([
      {
        sheet: '活动安排',
        row: 5,
        cell: 'T5',
        severity: 'warning',
        message:
          'T5 的时间“下班后”无法识别为几点几分，通知和签到表中将照原样打印；如需更正请填写如 15:00 的时间。',
      },
    ]);
  });

  it('in an older workbook (no such headers), a column the user added after 状态 stays hers', () => {
    const old = gridOf(description, {
      T3: '备注2',
      U3: null,
      T4: '需要投影仪',
      U4: null,
      T5: null,
      U5: null,
      T6: null,
      U6: null,
      T7: null,
      U7: null,
    });
    const parsed = parseScheduleGrid(old);
    expect(parsed.value[0].details.time).toBeUndefined();
    expect(parsed.value[0].details.summary).toBeUndefined();
    expect(parsed.userColumns.columns.map((column) => [column.header, column.offset])).toEqual([
      [['备注2'], 1],
    ]);
    expect(parsed.userColumns.rows.get(activityKey({ branch: ONE, id: '2027-01-1' }))).toEqual([
      '需要投影仪',
    ]);
    // Written again right of the new columns (V), beside the same activity.
    const cells = cellsOf(describeScheduleSheet(input({ userColumns: parsed.userColumns })));
    expect([cells.get('V3'), cells.get('V4')]).toEqual(['备注2', '需要投影仪']);
  });
});
