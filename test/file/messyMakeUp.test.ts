/**
 * A 补学登记 sheet filled in by another program (test/fixtures/corpus/openpyxl_edit_makeup.py):
 * approvers, methods, a 补学日期 stored as a real date in another format, a long 心得, the rows
 * sorted by name and a column of the secretary's own. Regenerating in file mode keeps every entry
 * beside its member and activity (found by the hidden keys, whatever the order), reads the dates as
 * done, and keeps her column beside the same rows.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { checkWorkbook } from '../../src/app/check';
import { generateWorkbook, type GenerateResult } from '../../src/app/generate';
import { parseIsoDate } from '../../src/domain/date';
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
import { makeUpRecords, parseMakeUpGrid } from '../../src/workbook/sheets/makeUp';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { typeIntoFile } from '../helpers/typeCells';
import { markAddress } from '../helpers/attendanceCells';

jest.setTimeout(120_000);

const run = promisify(execFile);
const SCRIPT = path.join(__dirname, '..', 'fixtures', 'corpus', 'openpyxl_edit_makeup.py');
const MEMBERS: Member[] = ['李建国', '王芳', '张伟', '刘洋'].map((name, i) => ({
  id: `M${i + 1}`,
  name,
  branch: '一支部',
  category: '正式党员',
}));
const LONG_NOTE = '学习了《中国共产党章程》总纲部分，结合本职工作谈了体会，今后加强理论学习。';

let edited: WorkbookFile;
let regenerated: GenerateResult;
let grid: RawGrid;

beforeAll(async () => {
  const file = newWorkbookFile();
  await generateWorkbook(createFilePort(file), {
    settings: defaultSettings(2026, '测试局', ['一支部']),
    members: MEMBERS,
  });
  const attendance = (await readOwnedGrids(file)).get('attendance.1')!;
  await typeIntoFile(
    file,
    attendance.sheetName,
    (
      [
        ['M1', '事：出差'],
        ['M2', '病'],
        ['M3', '×'],
        ['M4', '√'],
      ] as const
    ).map(([id, text]) => ({ address: markAddress(attendance, id, '2026-03-1'), text })),
  );
  await generateWorkbook(createFilePort(file), { year: 2026 });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-messy-makeup-'));
  try {
    const planned = path.join(dir, 'planned.xlsx');
    const typed = path.join(dir, 'typed.xlsx');
    await fs.writeFile(planned, await workbookFileBytes(file));
    await run('/usr/bin/python3', [SCRIPT, planned, typed], { timeout: 60_000 });
    edited = await openWorkbookBytes(new Uint8Array(await fs.readFile(typed)), 'typed.xlsx');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  regenerated = await generateWorkbook(createFilePort(edited), { year: 2026 });
  grid = (await readOwnedGrids(edited)).get('makeUp')!;
});

/** Each row: 姓名, 出勤, the six typed cells, 状态, the keys and her 联系电话. */
function rows(): unknown[][] {
  const rowsOut: unknown[][] = [];
  for (let row = 3; row <= gridEnd(grid).row; row++) {
    const value = (column: number) => gridCell(grid, row, column).value;
    rowsOut.push([
      value(1),
      value(5),
      ...[6, 7, 8, 9, 10, 11, 12].map(value),
      value(13),
      value(14),
      value(15),
    ]);
  }
  return rowsOut;
}

describe('a 补学登记 filled in and sorted by another program, regenerated (file mode)', () => {
  it('keeps every entry and her column beside its member and activity, in the add-in’s order again', () => {
    expect(regenerated.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    // A date cell reads back as its serial: 2026-03-20 is 46101, 2026-04-02 is 46114.
    expect(rows()).toEqual([
      [
        '李建国',
        '事假：出差',
        '王书记',
        '集中补学',
        46101,
        '张三',
        LONG_NOTE,
        null,
        null,
        'M1',
        '2026-03-1',
        '13800000001',
      ],
      [
        '王芳',
        '病假',
        '王书记',
        '自学',
        46114,
        null,
        '自学会议精神',
        null,
        null,
        'M2',
        '2026-03-1',
        '13800000002',
      ],
      ['张伟', '缺席', null, '上门传达', null, '李四', null, null, null, 'M3', '2026-03-1', '13800000003'],
    ]);
    // The date is still a date (a date format).
    expect(gridCell(grid, 3, 8).numberFormat).toMatch(/[yd]/i);
  });

  it('reads the dates as 补学 done, and asks only for what is missing', async () => {
    const records = makeUpRecords(parseMakeUpGrid(grid));
    expect(
      [...records.values()].map((record) => [record.memberId, record.done, record.doneOn, record.doneText]),
    ).toEqual([
      ['M1', true, '2026-03-20', null],
      ['M2', true, '2026-04-02', null],
      ['M3', false, null, null],
    ]);
    const check = await checkWorkbook(createFilePort(edited), parseIsoDate('2026-05-01')!);
    expect(
      check.items
        .filter((item) => item.code.startsWith('makeup') || item.code === 'leave-unapproved')
        .map((item) => [item.code, item.location?.cell]),
    ).toEqual([['makeup-overdue', 'H5']]);
  });
});
