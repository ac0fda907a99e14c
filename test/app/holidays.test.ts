/**
 * addManualHoliday on the file port: a day typed into the pane is written to 节假日 as a 手工 row,
 * every row already there is kept (the official days, the user's own rows, a row that could not be
 * read), the activities it moves are listed, and generating again moves them; a removal, a
 * replacement and bad input.
 */
import { generateWorkbook, GenerateError } from '../../src/app/generate';
import { addManualHoliday } from '../../src/app/holidays';
import type { WorkbookPort } from '../../src/app/port';
import { fromExcelSerial } from '../../src/domain/date';
import { createFilePort } from '../../src/file/port';
import { gridEnd, gridValue, isRawError } from '../../src/workbook/grid';
import { HOLIDAYS_FIRST_ROW } from '../../src/workbook/sheets/holidays';
import { readWorkbookState } from '../../src/workbook/state';
import {
  generatedFixtureWorkbook,
  ownedSheet,
  saveAndReopen,
  type SavedWorkbook,
} from '../helpers/generatedWorkbook';

jest.setTimeout(60_000);

const BRANCHES = ['机关第一党支部', '机关第二党支部', '离退休党支部'];

/** The 节假日 sheet's rows as text: date (serials read as dates), 星期, 类型, 名称, 来源, 状态. */
async function holidayRows(port: WorkbookPort): Promise<string[][]> {
  const grid = (await port.readOwnedGrids()).get('holidays');
  if (grid === undefined) throw new Error('no 节假日 sheet');
  const rows: string[][] = [];
  for (let row = HOLIDAYS_FIRST_ROW; row <= gridEnd(grid).row; row++) {
    const cells = [1, 2, 3, 4, 5, 6].map((column) => {
      const value = gridValue(grid, row, column);
      if (typeof value === 'number' && column === 1) return fromExcelSerial(value) ?? String(value);
      return value === null || isRawError(value) ? '' : String(value);
    });
    if (cells.some((cell) => cell !== '')) rows.push(cells);
  }
  return rows;
}

/** Rows of one date. */
function rowsOf(rows: string[][], date: string): string[][] {
  return rows.filter((row) => row[0] === date);
}

async function scheduleDates(port: WorkbookPort, activityId: string): Promise<(string | null)[]> {
  const state = readWorkbookState(await port.readOwnedGrids(), 2026);
  return BRANCHES.map(
    (branch) =>
      state.scheduleRows.find(
        (row) => row.branch === branch && row.activityId === activityId && !row.cancelled,
      )?.date ?? null,
  );
}

describe('addManualHoliday', () => {
  let file: SavedWorkbook;
  let port: WorkbookPort;

  beforeAll(async () => {
    file = await generatedFixtureWorkbook();
    // The user's own rows below the list: one readable, one whose date cannot be read.
    const sheet = ownedSheet(file, 'holidays');
    let next = HOLIDAYS_FIRST_ROW;
    while (sheet.getCell(next, 1).value !== null) next++;
    sheet.getRow(next).values = ['2026-05-06', '', '上班', '单位调休', '手工'];
    sheet.getRow(next + 1).values = ['5月某日', '', '放假', '单位运动会', '手工'];
    file = await saveAndReopen(file);
    port = createFilePort(file);
  });

  it('writes a 手工 day off, keeps every row, lists the activities it moves; generating moves them', async () => {
    const before = await holidayRows(port);
    expect(before.filter((row) => row[4] === '官方')).toHaveLength(39);

    // 2026-03-13 is the second Friday of March: every branch's first March activity.
    const result = await addManualHoliday(port, 2026, {
      date: '2026-03-13',
      action: 'off',
      name: ' 运动会 ',
    });
    expect(result.entry).toEqual({ date: '2026-03-13', action: 'off', name: '运动会' });
    expect(result.replaced).toBeNull();
    expect(result.sheet).toBe('节假日');
    expect(result.report.sheets.map((sheet) => sheet.kind)).toEqual(['holidays']);
    expect(result.moved).toEqual(
      BRANCHES.map((branch) => ({ branch, activityId: '2026-03-1', from: '2026-03-13', to: '2026-03-16' })),
    );

    const after = await holidayRows(port);
    expect(rowsOf(after, '2026-03-13')).toEqual([['2026-03-13', '星期五', '放假', '运动会', '手工', '']]);
    // The official days are made again, the user's rows stay, the unreadable one as typed (待更正).
    expect(after.filter((row) => row[4] === '官方')).toEqual(before.filter((row) => row[4] === '官方'));
    expect(rowsOf(after, '2026-05-06')).toEqual([['2026-05-06', '星期三', '上班', '单位调休', '手工', '']]);
    const kept = after.filter((row) => row[0] === '5月某日');
    expect(kept).toHaveLength(1);
    expect(kept[0].slice(2, 5)).toEqual(['放假', '单位运动会', '手工']);
    expect(kept[0][5]).toContain('待更正');
    expect(after).toHaveLength(before.length + 1);

    // 活动安排 is not rewritten until the user generates again; then the activity moves.
    expect(await scheduleDates(port, '2026-03-1')).toEqual(['2026-03-13', '2026-03-13', '2026-03-13']);
    await generateWorkbook(port, {});
    expect(await scheduleDates(port, '2026-03-1')).toEqual(['2026-03-16', '2026-03-16', '2026-03-16']);
    expect(rowsOf(await holidayRows(port), '2026-03-13')).toHaveLength(1);
  });

  it('removes an official day (名称 taken from it), and the 中秋 shift is undone', async () => {
    const result = await addManualHoliday(port, 2026, { date: '2026-9-25', action: 'remove', name: '' });
    expect(result.entry).toEqual({ date: '2026-09-25', action: 'remove', name: '中秋节' });
    expect(result.moved).toEqual(
      BRANCHES.map((branch) => ({ branch, activityId: '2026-09-2', from: '2026-09-28', to: '2026-09-25' })),
    );
    const rows = await holidayRows(port);
    expect(rowsOf(rows, '2026-09-25')).toEqual([['2026-09-25', '星期五', '删除', '中秋节', '手工', '']]);
    expect(rowsOf(rows, '2026-03-13')).toEqual([['2026-03-13', '星期五', '放假', '运动会', '手工', '']]);
  });

  it('replaces the user’s entry for the same day, and undoing it leaves no row', async () => {
    const replaced = await addManualHoliday(port, 2026, {
      date: '2026-03-13',
      action: 'working',
      name: '补班',
    });
    expect(replaced.replaced).toEqual({ date: '2026-03-13', action: 'off', name: '运动会' });
    // The activity comes back to its planned Friday (the schedule was generated with the day off).
    expect(replaced.moved.map((m) => [m.activityId, m.from, m.to])).toEqual(
      BRANCHES.map(() => ['2026-03-1', '2026-03-16', '2026-03-13']),
    );
    expect(rowsOf(await holidayRows(port), '2026-03-13')).toEqual([
      ['2026-03-13', '星期五', '上班', '补班', '手工', ''],
    ]);

    // 不放假 on a day only the user had set: the user's entry is dropped, nothing is left to remove.
    const undone = await addManualHoliday(port, 2026, { date: '2026-03-13', action: 'remove', name: '' });
    expect(undone.entry).toEqual({ date: '2026-03-13', action: 'remove', name: '补班' });
    expect(undone.moved).toEqual([]);
    expect(rowsOf(await holidayRows(port), '2026-03-13')).toEqual([]);
  });

  it.each([
    [
      { date: '2026-13-01', action: 'off' as const, name: '运动会' },
      '日期“2026-13-01”无法识别，请写成 2027-02-05 这样的日期。',
    ],
    [{ date: '', action: 'off' as const, name: '运动会' }, '请填写日期，如 2027-02-05。'],
    [
      { date: '2027-01-04', action: 'off' as const, name: '运动会' },
      '2027-01-04 不在 2026 年内；“节假日”表只记本年度的日子，请填写 2026 年的日期。',
    ],
    [
      { date: '2026-03-20', action: 'working' as const, name: '  ' },
      '请填写名称，如“春节”“国庆节”，便于核对。',
    ],
    [
      { date: '2026-03-20', action: 'remove' as const, name: '' },
      '2026-03-20 在节假日安排中不是放假日或调休上班日，无需标为不放假；请核对日期。',
    ],
  ])('refuses %j in Chinese and writes nothing', async (input, message) => {
    const before = await holidayRows(port);
    const attempt = addManualHoliday(port, 2026, input);
    await expect(attempt).rejects.toBeInstanceOf(GenerateError);
    await expect(attempt).rejects.toThrow(message);
    expect(await holidayRows(port)).toEqual(before);
  });

  it('refuses a year other than the workbook’s', async () => {
    await expect(
      addManualHoliday(port, 2027, { date: '2027-03-12', action: 'off', name: '运动会' }),
    ).rejects.toThrow('工作簿的年度是 2026 年，不是 2027 年');
  });
});
