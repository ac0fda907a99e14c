/**
 * Columns the user adds to an owned sheet: where they are written again, and the rows that keep
 * their cells when the row's key is gone (a date no longer in 节假日, an id no longer on the
 * roster) or the row could not be read (待更正) — read back, those cells come home again.
 */
import { dateOf } from '../../../src/domain/date';
import { createHolidayCalendar } from '../../../src/domain/holidays/calendar';
import type { Member } from '../../../src/domain/member';
import { describeAttendanceSheet, parseAttendanceGrid } from '../../../src/workbook/sheets/attendance';
import { describeHolidaysSheet, parseHolidaysGrid } from '../../../src/workbook/sheets/holidays';
import { describeRosterSheet, parseRosterGrid } from '../../../src/workbook/sheets/roster';
import {
  emptyUserColumns,
  placeUserColumns,
  type UserColumns,
} from '../../../src/workbook/sheets/userColumns';
import { generateSchedule } from '../../../src/domain/schedule';
import { columnLetters as letters, parseCell } from '../../../src/workbook/address';
import { cellsOf, gridOf } from './descriptionGrid';

const ONE = '第一党支部';
const MEMBERS: Member[] = [
  { id: 'A001', name: '李建国', branch: ONE, category: '正式党员' },
  { id: 'A002', name: '王秀英', branch: ONE, category: '预备党员' },
];

function userColumns(
  headers: Array<Array<string | null>>,
  rows: Record<string, Array<string | number | null>>,
): UserColumns {
  return {
    columns: headers.map((header, i) => ({ header, offset: i + 1 })),
    rows: new Map(Object.entries(rows)),
    loose: [],
  };
}

describe('placeUserColumns', () => {
  it('writes a column where it stood when that is free, else right of the sheet’s own columns, in order', () => {
    const columns = [
      { header: ['甲'], offset: 1 },
      { header: ['乙'], offset: 3 },
    ];
    expect(placeUserColumns(columns, 16, 17)).toEqual([17, 19]);
    // A 状态 column took Q: 甲 moves right, 乙 still stands where it was.
    expect(placeUserColumns(columns, 16, 18)).toEqual([18, 19]);
    // The own part grew by four columns (an 出勤 sheet with more activities): both move along.
    expect(placeUserColumns(columns, 30, 31)).toEqual([31, 33]);
  });
});

describe('党员名册 with the user’s columns', () => {
  it('moves a column past a new 状态 column and keeps the cells of a row that cannot be read', () => {
    const first = describeRosterSheet({ unit: '', members: MEMBERS, branchCount: 1 });
    // The user writes 党小组 in R (right of 领导干部, the last column), fills it for A002, and adds
    // a row without a name.
    const grid = gridOf(first, {
      R3: '党小组',
      R5: '第二小组',
      A6: 'A003',
      D6: ONE,
      E6: '正式党员',
      R6: '新来的',
      R8: '名单外的备注',
    });
    const read = parseRosterGrid(grid);
    expect(read.value.map((m) => m.id)).toEqual(['A001', 'A002']);
    expect(read.problems.filter((p) => p.severity === 'error').map((p) => p.row)).toEqual([6]);
    expect(read.userColumns.columns).toEqual([{ header: ['党小组'], offset: 1 }]);
    expect([...read.userColumns.rows]).toEqual([['A002', ['第二小组']]]);
    expect(read.userColumns.loose).toEqual([['名单外的备注']]);
    expect(read.kept).toMatchObject([{ row: 6, userCells: ['新来的'] }]);

    const second = describeRosterSheet({
      unit: '',
      members: read.value,
      branchCount: 1,
      kept: read.kept,
      userColumns: read.userColumns,
    });
    const cells = cellsOf(second);
    // R is now the add-in's 状态 column; 党小组 moved to S with its cells.
    expect(cells.get('R3')).toBe('状态');
    expect(cells.get('S3')).toBe('党小组');
    expect(cells.get('S5')).toBe('第二小组');
    expect(cells.get('A6')).toBe('A003');
    expect(String(cells.get('R6'))).toMatch(/^待更正：/);
    expect(cells.get('S6')).toBe('新来的');
    expect(cells.get('S7')).toBe('名单外的备注');
    expect(cells.get('R4') ?? null).toBe(null);

    // Read again: the same cells under the same keys, the column now two right of 领导干部.
    const again = parseRosterGrid(gridOf(second));
    expect(again.userColumns.columns).toEqual([{ header: ['党小组'], offset: 2 }]);
    expect([...again.userColumns.rows]).toEqual([['A002', ['第二小组']]]);
    expect(again.kept).toMatchObject([{ row: 6, userCells: ['新来的'] }]);
    expect(again.userColumns.loose).toEqual([['名单外的备注']]);
  });

  it('keeps the cells of an id no longer on the roster on a row of its own, marked 待更正', () => {
    const description = describeRosterSheet({
      unit: '',
      members: MEMBERS,
      branchCount: 1,
      userColumns: userColumns([['党小组']], { A001: ['第一小组'], Z999: ['调出前的小组'] }),
    });
    const cells = cellsOf(description);
    expect(cells.get('S4')).toBe('第一小组');
    expect(cells.get('A6')).toBe('Z999');
    expect(cells.get('R6')).toBe('待更正：编号 Z999 已不在名册中，右侧自填列的内容保留在本行');
    expect(cells.get('S6')).toBe('调出前的小组');
    const read = parseRosterGrid(gridOf(description));
    expect(read.kept).toMatchObject([{ row: 6, userCells: ['调出前的小组'] }]);
    expect((read.kept[0] as { cells: unknown[] }).cells[0]).toBe('Z999');
  });
});

describe('党员名册 and its 领导干部 column (Q, after 备注)', () => {
  it('reads an older roster without the column as before: no problem, its user column one right of 备注', () => {
    const current = describeRosterSheet({ unit: '', members: MEMBERS, branchCount: 1 });
    expect(cellsOf(current).get('P3')).toBe('备注');
    expect(cellsOf(current).get('Q3')).toBe('领导干部');
    // A roster written before 领导干部 ends at 备注 (P); the user's 党小组 stands in Q.
    const older = gridOf(current, { Q3: '党小组', Q4: '第一小组', Q5: '第二小组' });
    const read = parseRosterGrid(older);
    expect(read.problems).toEqual([]);
    expect(read.value).toEqual(MEMBERS);
    expect(read.userColumns.columns).toEqual([{ header: ['党小组'], offset: 1 }]);
    expect([...read.userColumns.rows]).toEqual([
      ['A001', ['第一小组']],
      ['A002', ['第二小组']],
    ]);

    // Regenerated: 领导干部 takes Q, 党小组 stays right next to the table, in R, with its cells.
    const next = describeRosterSheet({
      unit: '',
      members: read.value,
      branchCount: 1,
      userColumns: read.userColumns,
    });
    const cells = cellsOf(next);
    expect(['Q3', 'R3', 'Q4', 'R4', 'R5'].map((address) => cells.get(address) ?? null)).toEqual([
      '领导干部',
      '党小组',
      null,
      '第一小组',
      '第二小组',
    ]);
    // And read again, nothing moves any more.
    const again = parseRosterGrid(gridOf(next));
    expect(again.problems).toEqual([]);
    expect(again.userColumns.columns).toEqual([{ header: ['党小组'], offset: 1 }]);
    expect(
      describeRosterSheet({ unit: '', members: again.value, branchCount: 1, userColumns: again.userColumns }),
    ).toEqual(next);
  });

  it('writes 是 for a leader, reads 是/否/blank, and keeps a text it cannot read as typed, counted as 否', () => {
    const members: Member[] = [{ ...MEMBERS[0], leader: true }, MEMBERS[1]];
    const description = describeRosterSheet({ unit: '', members, branchCount: 1 });
    const cells = cellsOf(description);
    expect([cells.get('Q4'), cells.get('Q5') ?? null]).toEqual(['是', null]);
    expect(description.validations?.find((v) => v.range.startsWith('Q'))).toMatchObject({
      range: 'Q4:Q205',
      rule: { type: 'list', values: ['是', '否'] },
      allowBlank: true,
    });
    expect(parseRosterGrid(gridOf(description)).value).toEqual(members);

    const typed = parseRosterGrid(gridOf(description, { Q4: '否', Q5: '局长' }));
    expect(typed.value).toEqual(MEMBERS);
    expect(typed.problems).toEqual([
      {
        sheet: '党员名册',
        row: 5,
        severity: 'warning',
        message: '第 5 行「领导干部」为“局长”，无法识别，暂按“否”处理；请填“是”或“否”（留空表示否）。',
      },
    ]);
    // The typed text is written back in its cell, marked 待更正, until it is corrected.
    const again = cellsOf(
      describeRosterSheet({ unit: '', members: typed.value, branchCount: 1, kept: typed.kept }),
    );
    expect([again.get('Q4') ?? null, again.get('Q5'), again.get('R3'), String(again.get('R5'))]).toEqual([
      null,
      '局长',
      '状态',
      '待更正：第 5 行「领导干部」为“局长”，无法识别，暂按“否”处理；请填“是”或“否”（留空表示否）。',
    ]);
  });
});

describe('节假日 with the user’s columns', () => {
  it('keeps the cells of a date no longer in the list on a row of its own, and puts them back when it returns', () => {
    const calendar = createHolidayCalendar();
    const user = userColumns([['值班']], { '2027-10-01': ['张三'], '2027-06-11': ['运动会'] });
    const description = describeHolidaysSheet({ unit: '', year: 2027, calendar, userColumns: user });
    const cells = cellsOf(description);
    const rowOf = (date: string) =>
      [...cells].find(
        ([, cell]) => typeof cell === 'object' && cell !== null && 'date' in cell && cell.date === date,
      )?.[0];
    const national = Number(rowOf('2027-10-01')?.slice(1));
    expect(cells.get('F3')).toBe('状态');
    expect(cells.get('G3')).toBe('值班');
    expect(cells.get(`G${national}`)).toBe('张三');
    // 2027-06-11 is no day off of the year: its row is the last, marked.
    const gone = Number(rowOf('2027-06-11')?.slice(1));
    expect(cells.get(`F${gone}`)).toBe('待更正：此日期已不在节假日表中，右侧自填列的内容保留在本行');
    expect(cells.get(`G${gone}`)).toBe('运动会');

    const read = parseHolidaysGrid(gridOf(description), 2027);
    expect(read.value).toEqual([]);
    expect(read.kept).toEqual([]);
    expect(read.problems).toEqual([
      {
        sheet: '节假日',
        row: gone,
        severity: 'warning',
        message: `第${gone}行：2027-06-11 已不在节假日表中，该行右侧自填列的内容已保留；不再需要时可删除这一行。`,
      },
    ]);
    expect(read.userColumns.rows.get('2027-06-11')).toEqual(['运动会']);
    expect(read.userColumns.rows.get('2027-10-01')).toEqual(['张三']);

    // The user makes it a day off: the cell is back on the date's own row, nothing marked.
    const withDay = createHolidayCalendar({
      manual: [{ date: dateOf(2027, 6, 11), action: 'off', name: '运动会' }],
    });
    const back = cellsOf(
      describeHolidaysSheet({ unit: '', year: 2027, calendar: withDay, userColumns: read.userColumns }),
    );
    const row = [...back].find(
      ([, cell]) => typeof cell === 'object' && cell !== null && 'date' in cell && cell.date === '2027-06-11',
    )?.[0];
    // It stays in G, where it was last read (no 状态 column is needed any more).
    expect(back.get('F3') ?? null).toBe(null);
    expect(back.get('G3')).toBe('值班');
    expect(back.get(`G${row?.slice(1)}`)).toBe('运动会');
  });
});

describe('出勤登记 with the user’s columns', () => {
  it('finds a column past the 已取消 activities and keeps it beside them when the activities change', () => {
    const { activities } = generateSchedule({
      year: 2027,
      branches: [ONE],
      calendar: createHolidayCalendar(),
    });
    const input = {
      year: 2027,
      branch: ONE,
      branchIndex: 1,
      members: MEMBERS,
      activities,
      marks: new Map([['A001', new Map([['2026-12-2', { raw: '√' }]])]]),
      orphans: [{ id: '2026-12-2', date: null, theme: null }],
    };
    const description = describeAttendanceSheet(input);
    const last = Math.max(...[...cellsOf(description).keys()].map((a) => parseCell(a)!.column));
    const header = `${letters(last + 2)}4`;
    const read = parseAttendanceGrid(
      gridOf(description, { [header]: '联系人', [`${letters(last + 2)}8`]: '李委员' }),
      {
        branch: ONE,
      },
    );
    expect(read.userColumns.columns).toEqual([{ header: ['联系人', null, null], offset: 2 }]);
    expect([...read.userColumns.rows]).toEqual([['A002', ['李委员']]]);

    // Half the activities: the column stays two right of the sheet's last column.
    const fewer = describeAttendanceSheet({
      ...input,
      activities: activities.slice(0, 12),
      userColumns: read.userColumns,
    });
    const cells = cellsOf(fewer);
    const newLast = last - 12;
    expect(cells.get(`${letters(newLast + 2)}4`)).toBe('联系人');
    expect(cells.get(`${letters(newLast + 2)}8`)).toBe('李委员');
    expect(cells.get(`${letters(newLast + 1)}4`) ?? null).toBe(null);
  });

  it('keeps the cells of someone no longer on the branch on a former member’s row', () => {
    const { activities } = generateSchedule({
      year: 2027,
      branches: [ONE],
      calendar: createHolidayCalendar(),
    });
    const description = describeAttendanceSheet({
      year: 2027,
      branch: ONE,
      branchIndex: 1,
      members: MEMBERS.slice(0, 1),
      activities,
      marks: new Map(),
      userColumns: userColumns([['联系人', null, null]], { A002: ['李委员'] }),
    });
    const cells = cellsOf(description);
    expect(cells.get('A8')).toBe('A002');
    expect(cells.get('B8')).toBe('（名册中已无此人）');
    const column = letters(10 + activities.length + 5);
    expect(cells.get(`${column}4`)).toBe('联系人');
    expect(cells.get(`${column}8`)).toBe('李委员');
  });
});

// Guards the empty case every sheet starts from.
test('emptyUserColumns has nothing to write', () => {
  expect(emptyUserColumns()).toEqual({ columns: [], rows: new Map(), loose: [] });
});
