/**
 * Extra (X) activities the user adds as rows of 活动安排 (a branch and a date, 编号 blank or "X")
 * are read back as extras with stable ids 'YYYY-MM-Xn', planned on regeneration with an attendance
 * column of their own; a row that cannot be planned is a problem naming its row.
 */
import type * as ExcelJS from 'exceljs';
import { generateWorkbook } from '../../src/app/generate';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids } from '../../src/file/readGrid';
import { newWorkbookFile, type WorkbookFile } from '../../src/file/workbookFile';
import { SCHEDULE_COLUMNS } from '../../src/workbook/sheets/schedule';
import { readWorkbookState } from '../../src/workbook/state';
import { attendanceCell, ownedSheet, saveAndReopen } from '../helpers/generatedWorkbook';

const ONE = '第一党支部';
const TWO = '第二党支部';
const ROSTER: Member[] = [
  { id: 'A001', name: '李建国', branch: ONE, category: '正式党员' },
  { id: 'B001', name: '周海涛', branch: TWO, category: '正式党员' },
];

/** Appends a row to 活动安排 as a user would type it. */
function addRow(
  file: WorkbookFile,
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

    let state = readWorkbookState(readOwnedGrids(saved.workbook), 2027);
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
    state = readWorkbookState(readOwnedGrids(saved.workbook), 2027);
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
