/**
 * A code typed into two activities merged into one cell of the 出勤登记 grid, through both ports
 * (the file port on a sheet part given a <mergeCell>, the Office.js port on the strict fake merged
 * by Range.merge): the reader gets the merged areas (the file's <mergeCells>; Office.js
 * Range.getMergedAreasOrNullObject, ExcelApi 1.13), the code counts for the top-left cell's activity
 * only and a warning says so, naming sheet, cell and both activities; regeneration unmerges the area
 * and keeps the code in the top-left cell. Without ExcelApi 1.13 the fake's reader reads no merges
 * and says nothing, as before (the code still counts for the first activity only).
 */
import { generateWorkbook, type GenerateResult } from '../../src/app/generate';
import type { WorkbookPort } from '../../src/app/port';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { newWorkbookFile, type WorkbookFile } from '../../src/file/workbookFile';
import { findOwnedSheets } from '../../src/file/ownedMark';
import { readWorkbookIndex } from '../../src/file/workbookIndex';
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { parseAttendanceGrid } from '../../src/workbook/sheets/attendance/parse';
import { ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';
import { excelDriver, fileDriver, type Driver } from '../helpers/portDrivers';

jest.setTimeout(120_000);

const MEMBERS: Member[] = ['李建国', '王芳', '张伟'].map((name, i) => ({
  id: `M${i + 1}`,
  name,
  branch: '一支部',
  category: '正式党员',
}));
const SETUP = { settings: defaultSettings(2026, '测试局', ['一支部']), members: MEMBERS };

function address(grid: RawGrid, memberId: string, activityId: string): { row: number; column: number } {
  const end = gridEnd(grid);
  let row = 0;
  let column = 0;
  for (let r = grid.origin.row; r <= end.row && row === 0; r++)
    if (gridCell(grid, r, ID_COLUMN).value === memberId) row = r;
  for (let c = grid.origin.column; c <= end.column && column === 0; c++)
    if (gridCell(grid, ID_ROW, c).value === activityId) column = c;
  if (row === 0 || column === 0) throw new Error(`No cell for ${memberId} at ${activityId}`);
  return { row, column };
}

/** 张伟's 事 at 2026-02-1 and 2026-02-2 (L9:M9 on this sheet), merged. */
const EXPECTED_WARNING = {
  sheet: '出勤-一支部',
  cell: 'L9',
  row: 9,
  severity: 'warning',
  message:
    'L9:M9 是合并单元格，其中的“事”只计入左上角单元格 L9，即张伟（编号 M3）的第一项活动 2026-02-1；' +
    '合并范围内的活动 2026-02-2 未登记，不计入统计。重新生成出勤登记表时取消合并，“事”保留在 L9；' +
    '如其他活动也是“事”，请在各自的单元格中分别填写。',
};

async function attendanceGrid(driver: Driver): Promise<RawGrid> {
  return (await driver.act((port: WorkbookPort) => port.readOwnedGrids())).get('attendance.1')!;
}

/** Generates, types 事 at 张伟 × 2026-02-1 and merges it with 2026-02-2 through `merge`. */
async function mergedThenRegenerated(
  driver: Driver,
  merge: (sheet: string, range: string) => Promise<void>,
): Promise<{ before: RawGrid; result: GenerateResult; after: RawGrid }> {
  await driver.act((port) => generateWorkbook(port, SETUP));
  const planned = await attendanceGrid(driver);
  const first = address(planned, 'M3', '2026-02-1');
  const second = address(planned, 'M3', '2026-02-2');
  expect(second).toEqual({ row: first.row, column: first.column + 1 });
  await driver.type(planned.sheetName, cellRef(first.row, first.column), '事');
  await merge(planned.sheetName, `${cellRef(first.row, first.column)}:${cellRef(second.row, second.column)}`);
  const before = await attendanceGrid(driver);
  const result = await driver.act((port) => generateWorkbook(port, { year: 2026 }));
  return { before, result, after: await attendanceGrid(driver) };
}

/** A <mergeCell> added to the sheet's part, as Excel saves a merge. */
async function mergeInFile(file: WorkbookFile, sheet: string, range: string): Promise<void> {
  const index = await readWorkbookIndex(file.pkg!);
  const part = index.sheets.find((entry) => entry.name === sheet)!.partName!;
  const xml = (await file.pkg!.text(part))!;
  const merged = /<mergeCells\b/.test(xml)
    ? xml.replace(/<mergeCells\b[^>]*>/, (open) => `${open}<mergeCell ref="${range}"/>`)
    : xml.replace(
        '</sheetData>',
        `</sheetData><mergeCells count="1"><mergeCell ref="${range}"/></mergeCells>`,
      );
  file.pkg!.setText(part, merged);
}

function mergeInFake(fake: FakeExcel) {
  return (sheet: string, range: string) =>
    fake.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(range).merge();
      await context.sync();
    });
}

/**
 * The merges over the activities' cells of member rows (the sheet merges its own title and headings
 * above them, and the figures' labels in A–D below).
 */
function memberRowMerges(grid: RawGrid) {
  return (grid.merges ?? []).filter((box) => box.top >= 7 && box.left >= 10);
}

function mergeWarnings(result: GenerateResult) {
  return result.problems.filter((problem) => problem.message.includes('合并单元格'));
}

describe('a code merged across two activities of the 出勤 grid', () => {
  it('file port: reads the merge, warns with sheet, cell and both activities, unmerges and keeps the code', async () => {
    const file = newWorkbookFile();
    const { before, result, after } = await mergedThenRegenerated(fileDriver(file), (sheet, range) =>
      mergeInFile(file, sheet, range),
    );
    expect(memberRowMerges(before)).toEqual([{ top: 9, left: 12, bottom: 9, right: 13 }]);
    expect(mergeWarnings(result)).toEqual([EXPECTED_WARNING]);
    expect(memberRowMerges(after)).toEqual([]);
    expect([gridCell(after, 9, 12).value, gridCell(after, 9, 13).value]).toEqual(['事', null]);
    // The owned sheet is still found by its mark.
    expect(findOwnedSheets(await readWorkbookIndex(file.pkg!)).get('attendance.1')?.name).toBe('出勤-一支部');
    // A second regeneration has nothing more to say.
    const again = await generateWorkbook(createFilePort(file), { year: 2026 });
    expect(mergeWarnings(again)).toEqual([]);
  });

  it('Office.js port (fake, ExcelApi 1.13+): the same warning, cells and no merge left', async () => {
    const fake = createFakeExcel();
    const { before, result, after } = await mergedThenRegenerated(excelDriver(fake), mergeInFake(fake));
    expect(memberRowMerges(before)).toEqual([{ top: 9, left: 12, bottom: 9, right: 13 }]);
    expect(mergeWarnings(result)).toEqual([EXPECTED_WARNING]);
    expect(memberRowMerges(after)).toEqual([]);
    expect(fake.sheet('出勤-一支部').merges.filter((merge) => merge.row >= 6 && merge.column >= 9)).toEqual(
      [],
    );
    expect([gridCell(after, 9, 12).value, gridCell(after, 9, 13).value]).toEqual(['事', null]);
  });

  it('Office.js port before ExcelApi 1.13: merges are not read, nothing fails, the code is kept', async () => {
    const fake = createFakeExcel({ maxApiVersion: '1.12' });
    const { before, result, after } = await mergedThenRegenerated(excelDriver(fake), mergeInFake(fake));
    expect(memberRowMerges(before)).toEqual([]);
    expect(mergeWarnings(result)).toEqual([]);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(fake.sheet('出勤-一支部').merges.filter((merge) => merge.row >= 6 && merge.column >= 9)).toEqual(
      [],
    );
    expect(gridCell(after, 9, 12).value).toBe('事');
  });

  it('the parser: a merge down two members names the other member; an empty merge or one over a single activity says nothing', () => {
    const planned: RawGrid = {
      sheetName: '出勤-一支部',
      origin: { row: 1, column: 1 },
      values: [
        ['标题', null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, null],
        [
          '活动编号',
          '党支部：一支部',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          '2026-01-1',
          '2026-01-2',
          null,
        ],
        [null, null, null, null, null, null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null, null, null, null, '备注'],
        [null, null, null, null, null, null, null, null, null, null, null, null],
        ['M1', '李建国', null, null, null, null, null, null, null, '病', null, '住院'],
        ['M2', '王芳', null, null, null, null, null, null, null, null, '√', null],
        ['M3', '张伟', null, null, null, null, null, null, null, null, null, null],
        ['应到', null, null, null, null, null, null, null, null, null, null, null],
      ],
      formulas: Array.from({ length: 10 }, () => new Array<null>(12).fill(null)),
      numberFormats: Array.from({ length: 10 }, () => new Array<string>(12).fill('General')),
      merges: [
        { top: 1, left: 1, bottom: 1, right: 12 },
        { top: 7, left: 10, bottom: 8, right: 10 },
        { top: 8, left: 11, bottom: 8, right: 12 },
        { top: 9, left: 10, bottom: 9, right: 11 },
      ],
    };
    const parsed = parseAttendanceGrid(planned, { branch: '一支部' });
    expect(parsed.problems.filter((problem) => problem.message.includes('合并单元格'))).toEqual([
      {
        sheet: '出勤-一支部',
        cell: 'J7',
        row: 7,
        severity: 'warning',
        message:
          'J7:J8 是合并单元格，其中的“病”只计入左上角单元格 J7，即李建国（编号 M1）的第一项活动 2026-01-1；' +
          '合并范围内的王芳（编号 M2）的活动 2026-01-1 未登记，不计入统计。重新生成出勤登记表时取消合并，“病”保留在 J7；' +
          '如其他活动也是“病”，请在各自的单元格中分别填写。',
      },
    ]);
    expect(parsed.value.map((entry) => [entry.memberId, entry.activityId, entry.raw])).toEqual([
      ['M1', '2026-01-1', '病'],
      ['M2', '2026-01-2', '√'],
    ]);
  });
});
