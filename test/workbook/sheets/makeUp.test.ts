/**
 * The 补学登记 description: rows owed (an exempt member's pre-filled with 专人传达 and the contact),
 * what was typed carried by member and activity id, rows no longer owed kept with what was typed
 * and a 状态 saying why (activity cancelled, member gone, code corrected), rows with nothing typed
 * dropped, a row without keys kept as typed and marked 待更正.
 */
import { evaluateAttendance } from '../../../src/domain/ledger';
import { dueMakeUps, makeUpKey } from '../../../src/domain/makeUp';
import type { Cell } from '../../../src/workbook/description';
import { describeMakeUpSheet, type MakeUpSheetRead } from '../../../src/workbook/sheets/makeUp';
import { emptyUserColumns } from '../../../src/workbook/sheets/userColumns';
import { activity, day, entry, member } from '../../domain/attendanceHelpers';

const B = '离退休党支部';
const members = [
  member('R1', '常秀英', B, '正式党员', {
    exemption: { reason: '年老体弱', approval: '支委会', contact: '沈伟' },
  }),
  member('R2', '王娟', B),
  member('R3', '李明', B),
];
const activities = [activity(B, '2027-03-1', '2027-03-12')];
const ledger = evaluateAttendance({
  activities,
  members,
  attendance: [entry('R2', B, '2027-03-1', '√'), entry('R3', B, '2027-03-1', '×')],
  asOf: day('2027-12-31'),
});

const typed = (...cells: Cell[]): Cell[] => [...cells, ...new Array<Cell>(6 - cells.length).fill(null)];

function row(memberId: string, activityId: string, shown: Cell[], cells: Cell[], at: number) {
  return [
    makeUpKey({ memberId, activityId }),
    { row: at, memberId, activityId, shown, typed: cells },
  ] as const;
}

const read: MakeUpSheetRead = {
  rows: new Map([
    row(
      'R3',
      '2027-03-1',
      ['李明', B, { date: day('2027-03-12') }, '学习教育日', '缺席'],
      typed(null, '自学'),
      3,
    ),
    row(
      'R2',
      '2027-03-1',
      ['王娟', B, { date: day('2027-03-12') }, '学习教育日', '事假'],
      typed('刘书记'),
      4,
    ),
    row(
      'R2',
      '2027-02-1',
      ['王娟', B, { date: day('2027-02-12') }, '学习教育日', '病假'],
      typed('刘书记'),
      5,
    ),
    row(
      'R9',
      '2027-03-1',
      ['张三', B, { date: day('2027-03-12') }, '学习教育日', '缺席'],
      typed(null, '自学'),
      6,
    ),
    row('R2', '2027-01-1', ['王娟', B, { date: day('2027-01-08') }, '学习教育日', '事假'], typed(), 7),
  ]),
  kept: [
    {
      row: 8,
      cells: ['某某', B, null, null, null, null, '自学'],
      reason: '待更正：缺少人员编号或活动编号，请勿删改 M、N 列',
    },
  ],
  userColumns: emptyUserColumns(),
};

describe('describeMakeUpSheet', () => {
  const description = describeMakeUpSheet({
    unit: '单位',
    year: 2027,
    days: 30,
    due: dueMakeUps(ledger),
    ledger,
    read,
  });
  const cells = description.blocks[0].cells;

  it('writes the title, the header and the rows owed, then those kept', () => {
    expect(cells[1]).toEqual([
      '姓名',
      '支部',
      '活动日期',
      '主题',
      '出勤',
      '请假批准人',
      '补学方式',
      '补学日期',
      '传达人',
      '内容或心得',
      '备注',
      '状态',
      '人员编号',
      '活动编号',
    ]);
    expect(cells.slice(2)).toEqual([
      // Owed: the exempt member with 专人传达 by the contact; R3 with what was typed.
      [
        '常秀英',
        B,
        { date: '2027-03-12' },
        '学习教育日',
        '免参加',
        null,
        '专人传达',
        null,
        '沈伟',
        null,
        null,
        null,
        'R1',
        '2027-03-1',
      ],
      [
        '李明',
        B,
        { date: '2027-03-12' },
        '学习教育日',
        '缺席',
        null,
        '自学',
        null,
        null,
        null,
        null,
        null,
        'R3',
        '2027-03-1',
      ],
      // No longer owed, kept with what was typed: corrected to √, an activity gone, a member gone.
      [
        '王娟',
        B,
        { date: '2027-03-12' },
        '学习教育日',
        '事假',
        '刘书记',
        null,
        null,
        null,
        null,
        null,
        '出勤已改为“√”，无需补学（保留所填内容）',
        'R2',
        '2027-03-1',
      ],
      [
        '王娟',
        B,
        { date: '2027-02-12' },
        '学习教育日',
        '病假',
        '刘书记',
        null,
        null,
        null,
        null,
        null,
        '活动已取消（保留所填内容）',
        'R2',
        '2027-02-1',
      ],
      [
        '张三',
        B,
        { date: '2027-03-12' },
        '学习教育日',
        '缺席',
        null,
        '自学',
        null,
        null,
        null,
        null,
        '人员已不在名册（保留所填内容）',
        'R9',
        '2027-03-1',
      ],
      // Row 7 had nothing typed: dropped. Row 8 had no keys: kept as typed, marked.
      [
        '某某',
        B,
        null,
        null,
        null,
        null,
        '自学',
        null,
        null,
        null,
        null,
        '待更正：缺少人员编号或活动编号，请勿删改 M、N 列',
        null,
        null,
      ],
    ]);
  });

  it('has one grid style, a drop-down of the four ways, the keys hidden, A4 landscape', () => {
    expect(description.styles?.map((style) => style.range)).toEqual(['A2:L8', 'M3:N8']);
    expect(description.validations).toEqual([
      expect.objectContaining({
        range: 'G3:G8',
        rule: { type: 'list', values: ['自学', '集中补学', '专人传达', '上门传达'] },
      }),
    ]);
    expect(description.columns?.filter((column) => column.hidden)).toEqual([
      { column: 13, hidden: true },
      { column: 14, hidden: true },
    ]);
    expect(description.print).toMatchObject({
      paperSize: 'A4',
      orientation: 'landscape',
      fitTo: { width: 1, height: 0 },
      titleRows: { first: 2, last: 2 },
      header: { center: '单位 2027年党员固定活动日补学登记' },
    });
  });
});
