/**
 * What a secretary adds to the generated sheets survives regeneration:
 * - extra (X) activities she adds as rows of 活动安排 (a branch and a date, 编号 blank or "X") are
 *   read back as extras with stable ids 'YYYY-MM-Xn', planned on regeneration with an attendance
 *   column of their own; a row that cannot be planned is a problem naming its row;
 * - extra columns she adds right of 党员名册, 活动安排 and 节假日, or beside the member totals of an
 *   出勤 sheet, keep their header and stay with the same member, activity or date — not the same
 *   row — through a moved date, a new member, reordered branches and a member who left the branch.
 */
import * as ExcelJS from 'exceljs';
import { generateWorkbook } from '../../src/app/generate';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids } from '../../src/file/readGrid';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { HOLIDAYS_FIRST_ROW } from '../../src/workbook/sheets/holidays';
import { SCHEDULE_COLUMNS } from '../../src/workbook/sheets/schedule';
import { readWorkbookState } from '../../src/workbook/state';
import {
  attendanceCell,
  generatedWorkbook,
  ownedSheet,
  rowWhere,
  saveAndReopen,
  type SavedWorkbook,
} from '../helpers/generatedWorkbook';

const ONE = '第一党支部';
const TWO = '第二党支部';
const ROSTER: Member[] = [
  { id: 'A001', name: '李建国', branch: ONE, category: '正式党员' },
  { id: 'B001', name: '周海涛', branch: TWO, category: '正式党员' },
];

/** Appends a row to 活动安排 as a user would type it. */
function addRow(
  file: SavedWorkbook,
  values: Partial<Record<keyof typeof SCHEDULE_COLUMNS, ExcelJS.CellValue>>,
) {
  const sheet = ownedSheet(file, 'schedule');
  const number = sheet.rowCount + 1;
  for (const [column, value] of Object.entries(values))
    sheet.getCell(number, SCHEDULE_COLUMNS[column as keyof typeof SCHEDULE_COLUMNS]).value = value;
  return number;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

jest.setTimeout(60_000);

describe('extra activities added in 活动安排', () => {
  it('are planned with stable X ids, keep their details and attendance, and bad rows are named', async () => {
    const file = newWorkbookFile();
    const first = await generateWorkbook(createFilePort(file), { year: 2027, members: ROSTER });
    expect(first.activityCount).toBe(48);
    let saved = await saveAndReopen(file);

    addRow(saved, { branch: ONE, date: utc(2027, 5, 20), topic: '读书分享会', theme: '其他主题日' });
    addRow(saved, { id: 'X', branch: ONE, date: '2027-05-27', place: '党员活动室' });
    addRow(saved, { id: 'x', branch: TWO, date: utc(2027, 7, 1), theme: '为民服务奉献日' });
    const noDate = addRow(saved, { branch: ONE, topic: '没有日期' });
    const otherYear = addRow(saved, { branch: ONE, date: utc(2026, 12, 1) });
    const unknown = addRow(saved, { id: 'X', branch: '第九党支部', date: utc(2027, 8, 5) });
    saved = await saveAndReopen(saved);

    const second = await generateWorkbook(createFilePort(saved), { year: 2027 });
    expect(second.activityCount).toBe(51);
    const errors = second.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.sheet, p.row, p.cell])).toEqual([
      ['活动安排', noDate, `C${noDate}`],
      ['活动安排', otherYear, `C${otherYear}`],
      ['活动安排', unknown, `B${unknown}`],
    ]);
    expect(errors[0].message).toContain(`第${noDate}行`);
    expect(errors[1].message).toContain('2026-12-01 不在 2027 年');
    expect(errors[2].message).toContain('第九党支部');
    saved = await saveAndReopen(saved);

    let state = readWorkbookState(await readOwnedGrids(saved), 2027);
    const extras = state.scheduleRows.filter((row) => row.extra === true);
    expect(extras.map((r) => [r.branch, r.activityId, r.date, r.theme, r.cancelled])).toEqual([
      [ONE, '2027-05-X1', '2027-05-20', 'other', false],
      [ONE, '2027-05-X2', '2027-05-27', 'other', false],
      [TWO, '2027-07-X1', '2027-07-01', 'service', false],
    ]);
    expect(extras[0].details.topic).toBe('读书分享会');
    expect(extras[1].details.place).toBe('党员活动室');

    // The attendance sheets have a column for each; a mark entered there survives regeneration, and
    // a further extra in May takes the next number, never one already given.
    attendanceCell(ownedSheet(saved, 'attendance.1'), 'A001', '2027-05-X2').value = '√';
    addRow(saved, { branch: ONE, date: utc(2027, 5, 6), topic: '五月第三次' });
    saved = await saveAndReopen(saved);
    await generateWorkbook(createFilePort(saved), { year: 2027 });
    saved = await saveAndReopen(saved);
    state = readWorkbookState(await readOwnedGrids(saved), 2027);
    const ids = state.scheduleRows
      .filter((row) => row.extra === true)
      .map((row) => `${row.branch}|${row.activityId}|${row.date}|${row.details.topic ?? ''}`);
    expect(ids.sort()).toEqual([
      `${ONE}|2027-05-X1|2027-05-20|读书分享会`,
      `${ONE}|2027-05-X2|2027-05-27|`,
      `${ONE}|2027-05-X3|2027-05-06|五月第三次`,
      `${TWO}|2027-07-X1|2027-07-01|`,
    ]);
    expect(state.attendance).toEqual([{ memberId: 'A001', branch: ONE, activityId: '2027-05-X2', raw: '√' }]);
  });
});

/** The last column of a row that holds anything. */
function lastColumn(sheet: ExcelJS.Worksheet, row: number): number {
  let last = 0;
  sheet.getRow(row).eachCell((cell, column) => {
    if (cell.value !== null && cell.value !== undefined) last = column;
  });
  return last;
}

const ROSTER_HEADER = 3;
const ROSTER_FIRST = 4;
const SCHEDULE_HEADER = 3;
const ATTENDANCE_HEADER = 4;
const S = SCHEDULE_COLUMNS;

describe('columns the user adds to the generated sheets', () => {
  it('keep their header and stay with the same member, activity and date through regeneration', async () => {
    const roster: Member[] = [
      { id: 'A001', name: '李建国', branch: ONE, category: '正式党员' },
      { id: 'A002', name: '王秀英', branch: ONE, category: '预备党员' },
      { id: 'B001', name: '周海涛', branch: TWO, category: '正式党员' },
    ];
    let saved = await generatedWorkbook({ year: 2027, members: roster });

    // 党员名册: two columns right of 领导干部 (Q, the last one; it follows 备注). A second 联系电话 is
    // not the roster's own.
    const rosterSheet = ownedSheet(saved, 'roster');
    expect(lastColumn(rosterSheet, ROSTER_HEADER)).toBe(17);
    rosterSheet.getCell(ROSTER_HEADER, 18).value = '党小组';
    rosterSheet.getCell(ROSTER_HEADER, 19).value = '联系电话';
    const a001 = rowWhere(rosterSheet, ROSTER_FIRST, { 1: 'A001' });
    const a002 = rowWhere(rosterSheet, ROSTER_FIRST, { 1: 'A002' });
    rosterSheet.getCell(a001, 18).value = '第一小组';
    rosterSheet.getCell(a001, 19).value = '=不是公式';
    rosterSheet.getCell(a002, 18).value = '第二小组';
    rosterSheet.getCell(a002, 19).value = 13900000002;

    // 活动安排: one column right of 内容摘要 (U), for a live activity, one that moves and one that goes.
    const schedule = ownedSheet(saved, 'schedule');
    expect(lastColumn(schedule, SCHEDULE_HEADER)).toBe(S.summary);
    schedule.getCell(SCHEDULE_HEADER, S.summary + 1).value = '备注2';
    const march = rowWhere(schedule, 4, { [S.id]: '2027-03-1', [S.branch]: ONE });
    const may = rowWhere(schedule, 4, { [S.id]: '2027-05-1', [S.branch]: ONE });
    const june2 = rowWhere(schedule, 4, { [S.id]: '2027-06-2', [S.branch]: TWO });
    schedule.getCell(march, S.summary + 1).value = '三月已备课';
    schedule.getCell(may, S.summary + 1).value = '五月请讲师';
    schedule.getCell(june2, S.summary + 1).value = utc(2027, 6, 1);

    // 出勤-第一党支部: a column right beside the member totals (header in the date row), a note
    // under it on the 应到 row.
    const attendance = ownedSheet(saved, 'attendance.1');
    const besideTotals = lastColumn(attendance, 5) + 1;
    attendance.getCell(ATTENDANCE_HEADER, besideTotals).value = '联系人';
    const a001Row = attendanceCell(attendance, 'A001', '2027-01-1').row;
    const a002Row = attendanceCell(attendance, 'A002', '2027-01-1').row;
    attendance.getCell(a001Row, besideTotals).value = '王书记';
    attendance.getCell(a002Row, besideTotals).value = '李委员';
    const dueRow = rowWhere(attendance, 7, { 1: '应到' });
    attendance.getCell(dueRow, besideTotals).value = '按月核对';

    // 节假日: a column right of 来源 (E), on a row of the notice.
    const holidays = ownedSheet(saved, 'holidays');
    holidays.getCell(3, 6).value = '值班安排';
    const nationalDay = rowWhere(holidays, HOLIDAYS_FIRST_ROW, { 1: utc(2027, 10, 1) });
    holidays.getCell(nationalDay, 6).value = '张三值班';

    // Then: a day off moves May's activity, 设置 asks for one activity a month (June's second
    // goes), the branches change order, and A002 moves to the other branch while A003 joins.
    const free = holidays.rowCount + 1;
    holidays.getRow(free).values = [utc(2027, 5, 14), null, '放假', '单位活动', '手工'];
    const settings = ownedSheet(saved, 'settings');
    settings.getCell('B7').value = '2';
    expect([settings.getCell('B16').value, settings.getCell('B17').value]).toEqual([ONE, TWO]);
    settings.getCell('B16').value = TWO;
    settings.getCell('B17').value = ONE;
    saved = await saveAndReopen(saved);

    const regenerate = async (members?: Member[]) => {
      const result = await generateWorkbook(createFilePort(saved), {
        year: 2027,
        ...(members ? { members } : {}),
      });
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      saved = await saveAndReopen(saved);
      return result;
    };
    const first = await regenerate([
      { id: 'A003', name: '赵新', branch: ONE, category: '正式党员' },
      { id: 'A001', name: '李建国', branch: ONE, category: '正式党员' },
      { id: 'A002', name: '王秀英', branch: TWO, category: '正式党员' },
      { id: 'B001', name: '周海涛', branch: TWO, category: '正式党员' },
    ]);
    // No notice that the roster's own extra columns are not used: they are kept.
    expect(first.problems.filter((p) => p.message.includes('党小组'))).toEqual([]);
    expect(first.cancelledCount).toBe(1);

    for (let round = 1; round <= 2; round++) {
      if (round === 2) await regenerate();

      const r = ownedSheet(saved, 'roster');
      expect([r.getCell(ROSTER_HEADER, 18).value, r.getCell(ROSTER_HEADER, 19).value]).toEqual([
        '党小组',
        '联系电话',
      ]);
      // A003 now comes first: the cells moved down with their members.
      expect(rowWhere(r, ROSTER_FIRST, { 1: 'A003' })).toBe(ROSTER_FIRST);
      const rowOf = (id: string) => r.getRow(rowWhere(r, ROSTER_FIRST, { 1: id }));
      expect([rowOf('A001').getCell(18).value, rowOf('A001').getCell(19).value]).toEqual([
        '第一小组',
        '=不是公式',
      ]);
      expect(rowOf('A001').getCell(19).type).toBe(ExcelJS.ValueType.String);
      expect([rowOf('A002').getCell(18).value, rowOf('A002').getCell(19).value]).toEqual([
        '第二小组',
        13900000002,
      ]);
      expect([rowOf('A003').getCell(18).value, rowOf('A003').getCell(19).value]).toEqual([null, null]);
      expect(rowOf('A002').getCell(4).value).toBe(TWO);

      const s = ownedSheet(saved, 'schedule');
      expect(s.getCell(SCHEDULE_HEADER, S.summary + 1).value).toBe('备注2');
      const row = (branch: string, id: string) =>
        s.getRow(rowWhere(s, 4, { [S.id]: id, [S.branch]: branch }));
      expect(row(ONE, '2027-03-1').getCell(S.summary + 1).value).toBe('三月已备课');
      // May's activity moved to Monday the 17th; its cell went with it.
      const mayRow = row(ONE, '2027-05-1');
      expect((mayRow.getCell(S.date).value as Date).toISOString().slice(0, 10)).toBe('2027-05-17');
      expect(mayRow.getCell(S.summary + 1).value).toBe('五月请讲师');
      // The second branch's rows now come first: rows moved, cells did not stay behind.
      expect(s.getCell(4, S.branch).value).toBe(TWO);
      expect(s.getCell(march, S.summary + 1).value).not.toBe('三月已备课');
      // June's second activity is gone from the plan: kept as 已取消 because of the cell alone.
      const gone = row(TWO, '2027-06-2');
      expect(gone.getCell(S.status).value).toBe('已取消');
      expect((gone.getCell(S.summary + 1).value as Date).toISOString().slice(0, 10)).toBe('2027-06-01');
      expect(
        [...Array(s.rowCount - 3).keys()].filter((i) => s.getCell(i + 4, S.status).value === '已取消'),
      ).toHaveLength(1);

      const a = ownedSheet(saved, 'attendance.1');
      // One activity a month now: the totals end 12 activity columns and 5 totals after J.
      const totalsEnd = 10 + 12 + 5 - 1;
      expect(lastColumn(a, 5)).toBe(totalsEnd);
      expect(a.getCell(ATTENDANCE_HEADER, totalsEnd + 1).value).toBe('联系人');
      const memberRow = (id: string) => rowWhere(a, 7, { 1: id });
      expect(a.getCell(memberRow('A001'), totalsEnd + 1).value).toBe('王书记');
      // A002 left the branch: the row stays, as a former member's, with the cell.
      const left = memberRow('A002');
      expect(a.getCell(left, 2).value).toBe('（名册中已无此人）');
      expect(a.getCell(left, totalsEnd + 1).value).toBe('李委员');
      expect(a.getCell(rowWhere(a, 7, { 1: '应到' }), totalsEnd + 1).value).toBe('按月核对');
      expect(a.getCell(memberRow('A003'), totalsEnd + 1).value).toBe(null);

      const h = ownedSheet(saved, 'holidays');
      expect(h.getCell(3, 6).value).toBe('值班安排');
      expect(h.getCell(rowWhere(h, HOLIDAYS_FIRST_ROW, { 1: utc(2027, 10, 1) }), 6).value).toBe('张三值班');
      expect(h.getCell(rowWhere(h, HOLIDAYS_FIRST_ROW, { 1: utc(2027, 5, 14) }), 3).value).toBe('放假');

      const state = readWorkbookState(await readOwnedGrids(saved), 2027);
      expect(state.problems.filter((p) => p.message.includes('未导入'))).toEqual([]);
      expect(state.userColumns.roster.columns.map((c) => c.header)).toEqual([['党小组'], ['联系电话']]);
    }
  });
});
