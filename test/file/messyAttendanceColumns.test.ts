/**
 * An 出勤 sheet whose columns a secretary inserted and deleted, edited by openpyxl
 * (test/fixtures/corpus/openpyxl_edit_attendance_columns.py): codes typed; a column inserted before
 * 2026-02-1 (header 联系情况; 李建国 √, 王芳 已电话通知); the column of 2026-01-2, with 王芳's 事,
 * deleted. Regenerating in file mode: the inserted column is named, counted for nothing and kept as
 * a column of the user's right of the sheet; the deleted activity is named and written again empty;
 * every other code is where it was. (Both ports: test/app/columnEdits.test.ts.)
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { generateWorkbook, type GenerateResult } from '../../src/app/generate';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids } from '../../src/file/readGrid';
import {
  newWorkbookFile,
  openWorkbookBytes,
  workbookFileBytes,
  type WorkbookFile,
} from '../../src/file/workbookFile';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { readWorkbookState } from '../../src/workbook/state';

jest.setTimeout(120_000);

const run = promisify(execFile);
const SCRIPT = path.join(__dirname, '..', 'fixtures', 'corpus', 'openpyxl_edit_attendance_columns.py');
const MEMBERS: Member[] = ['李建国', '王芳', '张伟'].map((name, i) => ({
  id: `M${i + 1}`,
  name,
  branch: '一支部',
  category: '正式党员',
}));

let edited: WorkbookFile;
let regenerated: GenerateResult;
let grid: RawGrid;

beforeAll(async () => {
  const file = newWorkbookFile();
  await generateWorkbook(createFilePort(file), {
    settings: defaultSettings(2026, '测试局', ['一支部']),
    members: MEMBERS,
  });
  const sheet = (await readOwnedGrids(file)).get('attendance.1')!.sheetName;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-messy-columns-'));
  try {
    const planned = path.join(dir, 'planned.xlsx');
    const typed = path.join(dir, 'typed.xlsx');
    await fs.writeFile(planned, await workbookFileBytes(file));
    await run('/usr/bin/python3', [SCRIPT, planned, typed, sheet], { timeout: 60_000 });
    edited = await openWorkbookBytes(new Uint8Array(await fs.readFile(typed)), 'typed.xlsx');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

describe('an 出勤 sheet with a column inserted and an activity column deleted (file mode)', () => {
  it('reads the codes left by id; the inserted column counts for nothing', async () => {
    const state = readWorkbookState(await readOwnedGrids(edited), 2026);
    expect(state.attendance.map((entry) => [entry.memberId, entry.activityId, entry.raw])).toEqual([
      ['M1', '2026-01-1', '√'],
      ['M1', '2026-02-2', '病'],
      ['M3', '2026-02-1', '×'],
    ]);
  });

  it('names the inserted column and the deleted activity, and writes the activities back in order', async () => {
    regenerated = await generateWorkbook(createFilePort(edited), { year: 2026 });
    grid = (await readOwnedGrids(edited)).get('attendance.1')!;
    expect(regenerated.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(
      regenerated.problems
        .filter((problem) => /插入在本表各列之间|整列被删除/.test(problem.message))
        .map((problem) => [problem.cell ?? null, problem.message]),
    ).toEqual([
      [
        'K5',
        'K 列是插入在本表各列之间的列（K3 没有活动编号），不是活动列：其中的“联系情况”“√”“已电话通知”等内容不计入任何活动的统计。' +
          '重新生成出勤登记表时，该列连同表头和各党员行的内容作为自加列保留，移到表格最右侧；如要登记某次活动的出勤，请把代码填到该活动的列中。',
      ],
      [
        null,
        '“出勤-一支部”中没有活动 2026-01-2（2026-01-23）的列（隐藏的“活动编号”行中找不到该编号），可能整列被删除了：' +
          '该列登记过的出勤已不在表中，助手无法找回（可按 Ctrl+Z 撤销删除，或按签到表重新登记）。' +
          '重新生成出勤登记表时，该活动的列按空白写回，其他各列及已登记的内容不受影响。',
      ],
    ]);
    expect([10, 11, 12, 13].map((column) => gridCell(grid, ID_ROW, column).value)).toEqual([
      '2026-01-1',
      '2026-01-2',
      '2026-02-1',
      '2026-02-2',
    ]);
    expect(
      [7, 8, 9].map((row) => [10, 11, 12, 13].map((column) => gridCell(grid, row, column).value)),
    ).toEqual([
      ['√', null, null, '病'],
      [null, null, null, null],
      [null, null, '×', null],
    ]);
  });

  it('keeps the inserted column, header and cells, right of the regenerated sheet', () => {
    const end = gridEnd(grid).column;
    const columns = [];
    for (let column = 14; column <= end; column++)
      if (gridCell(grid, 5, column).value === '联系情况') columns.push(column);
    expect(columns).toEqual([39]);
    expect([5, 6, 7, 8, 9].map((row) => gridCell(grid, row, 39).value)).toEqual([
      '联系情况',
      null,
      '√',
      '已电话通知',
      null,
    ]);
  });
});
