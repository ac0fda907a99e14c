/**
 * Pasting a State Council notice into a 2027 workbook (no official data that year: every day is
 * estimated): the preview lists the days, the findings and the activities that move; writing puts
 * the days into 节假日 as 来源 通知 in place of the estimate, keeps the user's own rows and added
 * columns, and generating again moves the activity; a notice pasted again replaces the first; a
 * notice with an error, or of another year, writes nothing. Once through the file port and once
 * through the Office.js port on the strict fake: the same cells, at most 3 syncs an action.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addManualHoliday, listHolidays } from '../../src/app/holidays';
import { GenerateError, generateWorkbook } from '../../src/app/generate';
import { previewHolidayNotice, writeHolidayNotice } from '../../src/app/notice';
import type { WorkbookPort } from '../../src/app/port';
import { fromExcelSerial } from '../../src/domain/date';
import { createFilePort } from '../../src/file/port';
import { newWorkbookFile, type WorkbookFile } from '../../src/file/workbookFile';
import { gridEnd, gridValue, isRawError } from '../../src/workbook/grid';
import { importRosterTable, tableFromCsv } from '../../src/workbook/rosterImport';
import { HOLIDAYS_FIRST_ROW, HOLIDAYS_HEADER_ROW } from '../../src/workbook/sheets/holidays';
import { readWorkbookState } from '../../src/workbook/state';
import { createFakeExcel } from '../fakes/excel';
import { countedExcel } from '../helpers/countedExcel';
import { ownedSheet, saveAndReopen } from '../helpers/generatedWorkbook';

jest.setTimeout(120_000);

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const notice = (name: string) => readFileSync(path.join(FIXTURES, 'holiday-notices', name), 'utf8');
const EXAMPLE_2027 = notice('example-2027.txt');
const roster = importRosterTable(
  tableFromCsv(readFileSync(path.join(FIXTURES, 'roster-basic.csv'), 'utf8'), 'roster-basic.csv'),
);
const BRANCHES = [...new Set(roster.value.members.map((member) => member.branch))];

/** The 节假日 sheet's rows as text: date (serials read as dates), 星期, 类型, 名称, 来源, then the rest. */
async function holidayRows(port: WorkbookPort, width = 6): Promise<string[][]> {
  const grid = (await port.readOwnedGrids()).get('holidays');
  if (grid === undefined) throw new Error('no 节假日 sheet');
  const rows: string[][] = [];
  for (let row = HOLIDAYS_FIRST_ROW; row <= gridEnd(grid).row; row++) {
    const cells = Array.from({ length: width }, (_, i) => {
      const value = gridValue(grid, row, i + 1);
      if (typeof value === 'number' && i === 0) return fromExcelSerial(value) ?? String(value);
      return value === null || isRawError(value) ? '' : String(value);
    });
    if (cells.some((cell) => cell !== '')) rows.push(cells);
  }
  return rows;
}

const bySource = (rows: string[][], source: string) => rows.filter((row) => row[4] === source);

async function scheduleDates(port: WorkbookPort, activityId: string): Promise<(string | null)[]> {
  const state = readWorkbookState(await port.readOwnedGrids(), 2027);
  return BRANCHES.map(
    (branch) =>
      state.scheduleRows.find(
        (row) => row.branch === branch && row.activityId === activityId && !row.cancelled,
      )?.date ?? null,
  );
}

/** A 2027 workbook of the fixture roster, with one row and one column of the user's own in 节假日. */
async function workbook2027(): Promise<WorkbookFile> {
  const generated = newWorkbookFile();
  await generateWorkbook(createFilePort(generated), {
    year: 2027,
    unit: '测试局',
    members: roster.value.members,
  });
  const file = await saveAndReopen(generated);
  const sheet = ownedSheet(file, 'holidays');
  let next = HOLIDAYS_FIRST_ROW;
  while (sheet.getCell(next, 1).value !== null) next++;
  sheet.getRow(next).values = ['2027-05-06', '', '上班', '单位调休', '手工'];
  // A column of the user's own, right of the sheet, with a note on 2027-10-01 (estimated, then in the notice).
  sheet.getCell(HOLIDAYS_HEADER_ROW, 7).value = '值班人';
  for (let row = HOLIDAYS_FIRST_ROW; row < next; row++) {
    const value = sheet.getCell(row, 1).value;
    if (value instanceof Date && value.toISOString().startsWith('2027-10-01'))
      sheet.getCell(row, 7).value = '张三';
  }
  return saveAndReopen(file);
}

describe('pasting the notice into a 2027 workbook (file port)', () => {
  let port: WorkbookPort;

  beforeAll(async () => {
    port = createFilePort(await workbook2027());
  });

  it('previews the days, the moved activities and what it replaces, and writes nothing', async () => {
    const before = await holidayRows(port);
    expect(bySource(before, '预估')).toHaveLength(13);
    const preview = await previewHolidayNotice(port, 2027, EXAMPLE_2027);
    expect(preview.canWrite).toBe(true);
    expect(preview.notice.findings).toEqual([]);
    expect(preview.counts).toEqual({ off: 28, working: 5 });
    expect(preview.days[3]).toEqual({
      date: '2027-02-05',
      kind: 'off',
      holiday: '春节',
      sentence: '二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。',
      item: 2,
    });
    // 2027-02-12, the second Friday of February, is a day off by the notice: each branch's activity moves.
    expect(preview.moved).toEqual(
      BRANCHES.map((branch) => ({ branch, activityId: '2027-02-1', from: '2027-02-12', to: '2027-02-15' })),
    );
    expect(preview.replaces).toEqual({ provisional: 13, official: 0, notice: 0 });
    expect(preview.keptManual).toBe(1);
    expect(await holidayRows(port)).toEqual(before);
  });

  it('writes the days as 来源 通知 in place of the estimate, keeps the user’s row and column; generating moves the activity', async () => {
    const result = await writeHolidayNotice(port, 2027, EXAMPLE_2027);
    expect(result.sheet).toBe('节假日');
    expect(result.report.sheets.map((sheet) => sheet.kind)).toEqual(['holidays']);
    const rows = await holidayRows(port, 7);
    expect(bySource(rows, '预估')).toEqual([]);
    const fromNotice = bySource(rows, '通知');
    expect(fromNotice).toHaveLength(33);
    expect(fromNotice.slice(0, 4).map((row) => row.slice(0, 5))).toEqual([
      ['2027-01-01', '星期五', '放假', '元旦', '通知'],
      ['2027-01-02', '星期六', '放假', '元旦', '通知'],
      ['2027-01-03', '星期日', '放假', '元旦', '通知'],
      ['2027-02-05', '星期五', '放假', '春节', '通知'],
    ]);
    expect(rows.find((row) => row[0] === '2027-02-20')?.slice(0, 5)).toEqual([
      '2027-02-20',
      '星期六',
      '上班',
      '春节',
      '通知',
    ]);
    expect(rows.filter((row) => row[0] === '2027-05-06')).toEqual([
      ['2027-05-06', '星期四', '上班', '单位调休', '手工', '', ''],
    ]);
    expect(rows.find((row) => row[0] === '2027-10-01')?.[6]).toBe('张三');

    const listing = await listHolidays(port, 2027);
    expect(listing.fromNotice).toBe(true);
    expect(listing.provisional).toBe(false);
    expect(listing.counts).toMatchObject({ off: 28, working: 6, notice: 33, manual: 1, provisional: 0 });
    expect(listing.manualEntries).toEqual([{ date: '2027-05-06', action: 'working', name: '单位调休' }]);

    expect(await scheduleDates(port, '2027-02-1')).toEqual(BRANCHES.map(() => '2027-02-12'));
    const generated = await generateWorkbook(port, {});
    expect(generated.warnings.map((warning) => warning.code)).not.toContain('provisional-holidays');
    expect(await scheduleDates(port, '2027-02-1')).toEqual(BRANCHES.map(() => '2027-02-15'));
    // Generating again keeps the notice's rows (they are the user's, read back like 手工 rows).
    expect(bySource(await holidayRows(port), '通知')).toHaveLength(33);
  });

  it('a day of the notice the user removes by hand keeps its 通知 row beside the 手工 one', async () => {
    await addManualHoliday(port, 2027, { date: '2027-02-12', action: 'remove', name: '' });
    const rows = (await holidayRows(port)).filter((row) => row[0] === '2027-02-12');
    expect(rows).toEqual([
      ['2027-02-12', '星期五', '放假', '春节', '通知', ''],
      ['2027-02-12', '星期五', '删除', '春节', '手工', ''],
    ]);
    // Adding a day from the pane keeps the column the user added too.
    expect((await holidayRows(port, 7)).find((row) => row[0] === '2027-10-01')?.[6]).toBe('张三');
    // Undone, the notice's day is back.
    await addManualHoliday(port, 2027, { date: '2027-02-12', action: 'off', name: '春节' });
    await addManualHoliday(port, 2027, { date: '2027-02-12', action: 'remove', name: '' });
    const listing = await listHolidays(port, 2027);
    expect(listing.days.find((day) => day.date === '2027-02-12')).toEqual(undefined);
    expect(listing.manualEntries.filter((entry) => entry.date === '2027-02-12')).toEqual([
      { date: '2027-02-12', action: 'remove', name: '春节' },
    ]);
  });

  it('a notice pasted again replaces the first', async () => {
    const corrected = EXAMPLE_2027.replace('2月20日（周六）、2月21日（周日）上班', '2月20日（周六）上班');
    const preview = await previewHolidayNotice(port, 2027, corrected);
    expect(preview.replaces).toEqual({ provisional: 0, official: 0, notice: 33 });
    await writeHolidayNotice(port, 2027, corrected);
    const rows = await holidayRows(port);
    expect(bySource(rows, '通知')).toHaveLength(32);
    expect(rows.filter((row) => row[0] === '2027-02-21')).toEqual([]);
  });

  it('refuses a notice with an error, or of another year, and writes nothing', async () => {
    const before = await holidayRows(port);
    const missing = EXAMPLE_2027.replace(/五、端午节：.*\n/, '');
    const preview = await previewHolidayNotice(port, 2027, missing);
    expect(preview.canWrite).toBe(false);
    expect(preview.moved).toEqual([]);
    expect(preview.notice.findings.map((finding) => finding.kind)).toEqual(['holiday-missing']);
    await expect(writeHolidayNotice(port, 2027, missing)).rejects.toThrow(
      '通知中有 1 处需要先改正的问题，改正后再预览、写入；“节假日”表没有改动。第一处：通知中没有“端午节”一项',
    );
    const other = await previewHolidayNotice(port, 2027, notice('2026.txt'));
    expect(other.canWrite).toBe(false);
    expect(other.notice.findings.map((finding) => finding.kind)).toContain('year-mismatch');
    await expect(writeHolidayNotice(port, 2027, '  ')).rejects.toThrow(
      '请先把国务院放假通知的全文粘贴到文本框中。',
    );
    await expect(writeHolidayNotice(port, 2026, notice('2026.txt'))).rejects.toThrow(
      '工作簿的年度是 2027 年，不是 2026 年',
    );
    expect(await holidayRows(port)).toEqual(before);
  });
});

describe('a notice with a day in the year before (2023: 元旦 from 2022-12-31)', () => {
  it('writes the days of the workbook’s year and says where the other belongs', async () => {
    const file = newWorkbookFile();
    const port = createFilePort(file);
    await generateWorkbook(port, { year: 2023, unit: '测试局', members: roster.value.members });
    const preview = await previewHolidayNotice(port, 2023, notice('2023.txt'));
    expect(preview.canWrite).toBe(true);
    expect(preview.notice.findings).toEqual([
      {
        kind: 'other-year',
        severity: 'info',
        message: '2022-12-31 属于 2022 年，不写入本年度的“节假日”表；请在 2022 年度的工作簿中登记这一天。',
        sentence: '一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。',
        item: 1,
      },
    ]);
    // 2023 has official data: the notice agrees with it, nothing moves.
    expect(preview.replaces).toEqual({ provisional: 0, official: 33, notice: 0 });
    expect(preview.moved).toEqual([]);
    await writeHolidayNotice(port, 2023, notice('2023.txt'));
    const rows = await holidayRows(port);
    expect(bySource(rows, '官方')).toEqual([]);
    expect(bySource(rows, '通知').map((row) => row[0])).not.toContain('2022-12-31');
    expect(bySource(rows, '通知')).toHaveLength(33);
  });
});

describe('the same paste through the Office.js port', () => {
  it('writes the same 节假日 cells as the file port, within 3 syncs an action', async () => {
    const excel = countedExcel(createFakeExcel());
    const act = <T>(action: (port: WorkbookPort) => Promise<T>) => excel.run(action);
    await act((port) =>
      generateWorkbook(port, { year: 2027, unit: '测试局', members: roster.value.members }),
    );
    const preview = await act((port) => previewHolidayNotice(port, 2027, EXAMPLE_2027));
    expect(preview.moved).toHaveLength(BRANCHES.length);
    const written = await act((port) => writeHolidayNotice(port, 2027, EXAMPLE_2027));
    expect(written.moved).toEqual(preview.moved);
    const throughExcel = await act((port) => holidayRows(port));

    const file = newWorkbookFile();
    const filePort = createFilePort(file);
    await generateWorkbook(filePort, { year: 2027, unit: '测试局', members: roster.value.members });
    await writeHolidayNotice(filePort, 2027, EXAMPLE_2027);
    expect(throughExcel).toEqual(await holidayRows(filePort));
    expect(bySource(throughExcel, '通知')).toHaveLength(33);
    expect(Math.max(...excel.syncs)).toBeLessThanOrEqual(3);
  });
});

describe('refusals before anything is read', () => {
  it('a workbook never set up', async () => {
    const port = createFilePort(newWorkbookFile());
    const attempt = previewHolidayNotice(port, 2027, EXAMPLE_2027);
    await expect(attempt).rejects.toBeInstanceOf(GenerateError);
    await expect(attempt).rejects.toThrow('还没有设置工作簿，请先完成“设置工作簿”，再粘贴通知。');
  });
});
