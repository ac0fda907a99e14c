/**
 * Regenerating keeps data (issue 4 §5): data entered in a saved workbook — attendance codes with
 * reasons, topic, place, host, recorder, note, archive link, expense — survives a regeneration that
 * moves a date (a manual day off added on a planned day), adds a member and marks one as left, and
 * comes back attached to the same member and activity ids. Text starting with = + - @ stays text.
 */
import * as ExcelJS from 'exceljs';
import { generateWorkbook } from '../../src/app/generate';
import { dateOf } from '../../src/domain/date';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids } from '../../src/file/readGrid';
import { readWorkbookState } from '../../src/workbook/state';
import { SCHEDULE_COLUMNS, SCHEDULE_FIRST_ROW } from '../../src/workbook/sheets/schedule';
import { HOLIDAYS_FIRST_ROW } from '../../src/workbook/sheets/holidays';
import {
  attendanceCell,
  generatedWorkbook,
  ownedSheet,
  rowWhere,
  saveAndReopen,
} from '../helpers/generatedWorkbook';

const BRANCH = '机关第一党支部';
const OTHER = '机关第二党支部';

function member(id: string, name: string, branch = BRANCH, extra: Partial<Member> = {}): Member {
  return { id, name, branch, category: '正式党员', ...extra };
}

const FIRST_ROSTER: Member[] = [
  member('A001', '李建国'),
  member('A002', '王芳'),
  member('A003', '=张伟'),
  member('B001', '周海涛', OTHER),
];

/** Row of the schedule sheet holding (branch, id). */
function scheduleRow(sheet: ExcelJS.Worksheet, branch: string, id: string): number {
  return rowWhere(sheet, SCHEDULE_FIRST_ROW, {
    [SCHEDULE_COLUMNS.id]: id,
    [SCHEDULE_COLUMNS.branch]: branch,
  });
}

jest.setTimeout(60_000);

describe('regenerating keeps entered data', () => {
  it('keeps codes, details and text through a moved date, a new member and a member who left', async () => {
    let saved = await generatedWorkbook({ year: 2027, unit: '测试单位', members: FIRST_ROSTER });

    // The secretary enters data in Excel.
    const schedule = ownedSheet(saved, 'schedule');
    const march1 = scheduleRow(schedule, BRANCH, '2027-03-1');
    const plannedDate = schedule.getRow(march1).getCell(SCHEDULE_COLUMNS.date).value as Date;
    expect(plannedDate.toISOString().slice(0, 10)).toBe('2027-03-12');
    const enter = (row: number, column: keyof typeof SCHEDULE_COLUMNS, value: ExcelJS.CellValue) => {
      schedule.getRow(row).getCell(SCHEDULE_COLUMNS[column]).value = value;
    };
    enter(march1, 'topic', '=学习党章第九条');
    enter(march1, 'place', '三楼会议室');
    enter(march1, 'host', '李建国');
    enter(march1, 'recorder', '王芳');
    enter(march1, 'archive', 'https://intranet/2027-03-1');
    enter(march1, 'expense', 120.5);
    enter(march1, 'note', '+ 邀请退休党员');
    enter(march1, 'theme', '走访联系日');
    const may1 = scheduleRow(schedule, OTHER, '2027-05-1');
    enter(may1, 'topic', '-为民服务');

    const attendance = ownedSheet(saved, 'attendance.1');
    attendanceCell(attendance, 'A001', '2027-03-1').value = '√';
    attendanceCell(attendance, 'A002', '2027-03-1').value = '事：出差';
    attendanceCell(attendance, 'A003', '2027-03-1').value = '×';
    attendanceCell(attendance, 'A001', '2027-01-1').value = '迟';
    attendanceCell(attendance, 'A002', '2027-12-2').value = '病';

    // A manual day off on the planned 2027-03-12 moves the March activity; December's second
    // activity is dropped by asking for one activity a month only in the 设置 sheet.
    const holidays = ownedSheet(saved, 'holidays');
    const free = holidays.rowCount + 1;
    holidays.getRow(Math.max(free, HOLIDAYS_FIRST_ROW)).values = [
      new Date(Date.UTC(2027, 2, 12)),
      null,
      '放假',
      '单位活动',
      '手工',
    ];
    const settings = ownedSheet(saved, 'settings');
    settings.getCell('B7').value = '2';
    saved = await saveAndReopen(saved);

    // Regenerate with a new member and one who left at the end of June.
    const secondRoster: Member[] = [
      member('A001', '李建国'),
      member('A002', '王芳', BRANCH, { onRosterTo: dateOf(2027, 6, 30) }),
      member('A003', '=张伟'),
      member('A004', '@新同志', BRANCH, { onRosterFrom: dateOf(2027, 4, 1) }),
      member('B001', '周海涛', OTHER),
    ];
    const result = await generateWorkbook(createFilePort(saved), { year: 2027, members: secondRoster });
    // Every sheet updated in place; the 事 and × just entered add the 补学登记 sheet.
    expect(result.report.sheets.filter((sheet) => sheet.created).map((sheet) => sheet.name)).toEqual([
      '补学登记',
    ]);
    const final = await saveAndReopen(saved);

    const state = readWorkbookState(await readOwnedGrids(final), 2027);
    expect(state.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(state.members.map((m) => m.id)).toEqual(['A001', 'A002', 'A003', 'A004', 'B001']);
    expect(state.members.find((m) => m.id === 'A003')?.name).toBe('=张伟');
    expect(state.members.find((m) => m.id === 'A004')?.name).toBe('@新同志');
    expect(state.members.find((m) => m.id === 'A002')?.onRosterTo).toBe('2027-06-30');
    expect(state.manualHolidays).toEqual([{ date: '2027-03-12', action: 'off', name: '单位活动' }]);

    const march = state.scheduleRows.find((r) => r.branch === BRANCH && r.activityId === '2027-03-1');
    expect(march?.date).toBe('2027-03-15'); // 顺延 to the next working day
    expect(march?.cancelled).toBe(false);
    expect(march?.theme).toBe('visit');
    expect(march?.details).toEqual({
      branch: BRANCH,
      activityId: '2027-03-1',
      topic: '=学习党章第九条',
      place: '三楼会议室',
      host: '李建国',
      recorder: '王芳',
      archive: 'https://intranet/2027-03-1',
      expense: 120.5,
      note: '+ 邀请退休党员',
    });
    expect(
      state.scheduleRows.find((r) => r.branch === OTHER && r.activityId === '2027-05-1')?.details.topic,
    ).toBe('-为民服务');

    const codes = new Map(state.attendance.map((e) => [`${e.memberId}@${e.activityId}`, [e.raw, e.note]]));
    expect(codes.get('A001@2027-03-1')).toEqual(['√', undefined]);
    expect(codes.get('A002@2027-03-1')).toEqual(['事', '出差']);
    expect(codes.get('A003@2027-03-1')).toEqual(['×', undefined]);
    expect(codes.get('A001@2027-01-1')).toEqual(['迟', undefined]);
    // December's second activity is gone from the plan; its code is kept as a cancelled activity.
    expect(state.scheduleRows.some((r) => r.activityId === '2027-12-2' && !r.cancelled)).toBe(false);
    expect(codes.get('A002@2027-12-2')).toEqual(['病', undefined]);
    expect(result.cancelledCount).toBe(1);
    const cancelled = state.scheduleRows.find((r) => r.activityId === '2027-12-2' && r.branch === BRANCH);
    expect(cancelled?.cancelled).toBe(true);

    // Text stays text in the saved file: no formula was made of =…, +…, -… or @….
    const finalSchedule = ownedSheet(final, 'schedule');
    const topicRow = scheduleRow(finalSchedule, BRANCH, '2027-03-1');
    expect(finalSchedule.getCell(topicRow, SCHEDULE_COLUMNS.topic).type).toBe(ExcelJS.ValueType.String);
    expect(finalSchedule.getCell(topicRow, SCHEDULE_COLUMNS.topic).value).toBe('=学习党章第九条');
    const roster = ownedSheet(final, 'roster');
    const names: ExcelJS.CellValue[] = [];
    roster.getColumn(2).eachCell((cell) => names.push(cell.value));
    expect(names).toContain('=张伟');
    expect(names).toContain('@新同志');
  });

  it('keeps a member a re-import no longer lists, with a warning', async () => {
    const saved = await generatedWorkbook({ year: 2027, members: FIRST_ROSTER });
    const result = await generateWorkbook(createFilePort(saved), {
      year: 2027,
      members: FIRST_ROSTER.filter((m) => m.id !== 'A002'),
    });
    expect(result.missingMembers.map((m) => m.id)).toEqual(['A002']);
    expect(result.memberCount).toBe(4);
    expect(result.problems.some((p) => p.message.includes('王芳') && p.severity === 'warning')).toBe(true);
  });

  it('gives an imported person without 编号 the id they already have by name and branch', async () => {
    const saved = await generatedWorkbook({ year: 2027, members: FIRST_ROSTER });
    const result = await generateWorkbook(createFilePort(saved), {
      year: 2027,
      members: [member('M0000XYZ', '王芳'), ...FIRST_ROSTER.filter((m) => m.id !== 'A002')],
    });
    expect(result.missingMembers).toEqual([]);
    const state = readWorkbookState(await readOwnedGrids(saved), 2027);
    expect(state.members.find((m) => m.name === '王芳')?.id).toBe('A002');
  });
});
