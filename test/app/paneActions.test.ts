/**
 * The pane's read-only actions on the file port: the import preview of the fixture's 花名册 and of a
 * roster with bad rows, the holiday listing (official 2026, estimated 2027, a manual day), the
 * schedule preview with its shifted dates, and 检查 with the cells each warning concerns.
 */
import { checkWorkbook } from '../../src/app/check';
import { listHolidays } from '../../src/app/holidays';
import { previewImport, previewSheetImport } from '../../src/app/importPreview';
import { previewSchedule } from '../../src/app/schedulePreview';
import { SummaryError } from '../../src/app/summaries';
import { parseIsoDate } from '../../src/domain/date';
import { createFilePort } from '../../src/file/port';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { gridFromCells } from '../../src/workbook/grid';
import { tableFromGrid } from '../../src/workbook/rosterImport';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import {
  attendanceCell,
  generatedFixtureWorkbook,
  openFixtureWorkbook,
  ownedSheet,
  saveAndReopen,
} from '../helpers/generatedWorkbook';

jest.setTimeout(60_000);

const ONE = '机关第一党支部';

function date(text: string) {
  const parsed = parseIsoDate(text);
  if (parsed === null) throw new Error(text);
  return parsed;
}

describe('previewImport', () => {
  it('reads the fixture 花名册: 45 members in three branches, no problem, nothing written', async () => {
    const file = await openFixtureWorkbook();
    const port = createFilePort(file);
    const preview = await previewSheetImport(port, '党员花名册');
    expect(preview).not.toBeNull();
    expect(preview?.rowCount).toBe(45);
    expect(preview?.members).toHaveLength(45);
    expect(preview?.branches).toEqual([
      { branch: '机关第一党支部', count: 15 },
      { branch: '机关第二党支部', count: 15 },
      { branch: '离退休党支部', count: 15 },
    ]);
    expect(preview?.problems).toEqual([]);
    expect(preview?.header?.row).toBe(2);
    expect(preview?.canImport).toBe(true);
    expect(await port.sheetNames()).toEqual(['工作台账', '党费收缴', '党员花名册']);
    expect(await previewSheetImport(port, '没有这张表')).toBeNull();
  });

  it('lists each bad row by number and imports the rest', () => {
    const text = (row: number, column: number, value: string) => ({
      row,
      column,
      value,
      formula: null,
      numberFormat: 'General',
    });
    const grid = gridFromCells('名单', [
      text(1, 1, '姓名'),
      text(1, 2, '所属支部'),
      text(1, 3, '类别'),
      text(2, 1, '王芳'),
      text(2, 2, '第一党支部'),
      text(2, 3, '正式党员'),
      text(3, 1, '赵强'),
      text(3, 2, '第一党支部'),
      text(3, 3, '外星人'),
      text(4, 2, '第一党支部'),
      text(4, 3, '预备党员'),
    ]);
    const preview = previewImport(tableFromGrid(grid));
    expect(preview.members.map((member) => member.name)).toEqual(['王芳']);
    expect(preview.rowCount).toBe(3);
    const errors = preview.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => [problem.sheet, problem.row])).toEqual([
      ['名单', 3],
      ['名单', 4],
    ]);
    expect(errors[0].message).toContain('第 3 行');
    expect(preview.canImport).toBe(true);
  });

  it('cannot import a sheet without a recognisable header', () => {
    const grid = gridFromCells('台账', [
      { row: 1, column: 1, value: '日期', formula: null, numberFormat: 'General' },
    ]);
    const preview = previewImport(tableFromGrid(grid));
    expect(preview.canImport).toBe(false);
    expect(preview.problems[0].message).toContain('姓名');
  });
});

describe('listHolidays', () => {
  it('gives 2026 from the official notice and 2027 as an estimate, with manual days marked 手工', async () => {
    const port = createFilePort(newWorkbookFile());
    const official = await listHolidays(port, 2026);
    expect(official.hasOfficialData).toBe(true);
    expect(official.provisional).toBe(false);
    expect(official.counts).toEqual({
      off: 33,
      working: 6,
      official: 39,
      provisional: 0,
      notice: 0,
      manual: 0,
    });
    expect(official.days[0]).toEqual({ date: '2026-01-01', kind: 'off', name: '元旦', source: 'official' });

    const estimated = await listHolidays(port, 2027, [
      { date: date('2027-02-20'), action: 'working', name: '春节' },
    ]);
    expect(estimated.hasOfficialData).toBe(false);
    expect(estimated.provisional).toBe(true);
    expect(estimated.counts).toEqual({
      off: 13,
      working: 1,
      official: 0,
      provisional: 13,
      notice: 0,
      manual: 1,
    });
    expect(estimated.days.find((day) => day.date === '2027-02-20')).toEqual({
      date: '2027-02-20',
      kind: 'working',
      name: '春节',
      source: 'manual',
    });
    expect(estimated.manualEntries).toHaveLength(1);
  });
});

describe('previewSchedule', () => {
  it('plans 2026 for the imported branches with the 中秋 shift and its reason, writing nothing', async () => {
    const file = await openFixtureWorkbook();
    const port = createFilePort(file);
    const preview = await previewSheetImport(port, '党员花名册');
    const schedule = await previewSchedule(port, defaultSettings(2026, '测试局'), preview?.members);
    expect(schedule.branches).toEqual(['机关第一党支部', '机关第二党支部', '离退休党支部']);
    expect(schedule.activities).toHaveLength(72);
    expect(schedule.months).toHaveLength(12);
    expect(schedule.provisional).toBe(false);
    const shifted = schedule.shifted.filter((activity) => activity.branch === ONE);
    expect(shifted.map((a) => [a.id, a.plannedDate, a.date])).toEqual([
      ['2026-09-2', '2026-09-25', '2026-09-28'],
    ]);
    expect(shifted[0].reason).toBe('原定 2026-09-25（中秋节假期），顺延至 2026-09-28（星期一）');
    expect(await port.sheetNames()).toEqual(['工作台账', '党费收缴', '党员花名册']);
  });

  it('refuses a workbook without settings or branches, in Chinese', async () => {
    await expect(previewSchedule(createFilePort(newWorkbookFile()))).rejects.toThrow(/党支部/);
  });
});

describe('checkWorkbook', () => {
  it('lists the engine warnings with the cell each concerns', async () => {
    const file = await generatedFixtureWorkbook();

    // Branch one on 2026-01-09: 10 of 15 present (67% < 80%); everyone else unrecorded.
    const sheet = ownedSheet(file, 'attendance.1');
    const roster = ownedSheet(file, 'roster');
    const ids: string[] = [];
    roster.getColumn(1).eachCell((cell, row) => {
      if (row > 2 && typeof cell.value === 'string' && roster.getCell(row, 4).value === ONE)
        ids.push(cell.value);
    });
    expect(ids).toHaveLength(15);
    ids.forEach((id, index) => {
      attendanceCell(sheet, id, '2026-01-1').value = index < 10 ? '√' : '×';
    });
    const typed = await saveAndReopen(file);
    const result = await checkWorkbook(createFilePort(typed), date('2026-01-20'));
    expect(result.year).toBe(2026);
    const below = result.items.filter((item) => item.code === 'below-threshold');
    expect(below).toHaveLength(1);
    expect(below[0].branch).toBe(ONE);
    expect(below[0].message).toContain('2026年1月9日');
    const scheduleSheet = ownedSheet(file, 'schedule');
    const row = below[0].location?.row ?? 0;
    expect(below[0].location).toEqual({ sheet: '活动安排', row, cell: `A${row}` });
    expect(scheduleSheet.getCell(row, 1).value).toBe('2026-01-1');
    // The other two branches have not recorded their 2026-01-09 activity.
    const unrecorded = result.items.filter((item) => item.code === 'unrecorded');
    expect(unrecorded.map((item) => [item.branch, item.location?.sheet, item.location?.cell])).toEqual([
      ['机关第二党支部', '出勤-机关第二党支部', 'J4'],
      ['离退休党支部', '出勤-离退休党支部', 'J4'],
    ]);
    expect(result.counts).toEqual({ 'below-threshold': 1, unrecorded: 2 });
  });

  it('says what to do for a workbook that was never set up', async () => {
    await expect(checkWorkbook(createFilePort(newWorkbookFile()), date('2026-01-20'))).rejects.toBeInstanceOf(
      SummaryError,
    );
  });
});
