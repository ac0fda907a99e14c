/**
 * An 出勤 sheet edited as secretaries edit it (test/fixtures/corpus/openpyxl_edit_attendance.py):
 * codes typed, one no code; a 事 merged across two activities; rows sorted, one hidden by a filter;
 * stray notes beside, below and between the rows. Regenerating keeps every code by member id and
 * activity id, names the code it cannot read and each note it does not keep. A code merged across
 * two activities counts for the first only, and a warning names the merged cells and both activities
 * (src/workbook/sheets/attendance/mergedMarks.ts).
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { generateWorkbook, type GenerateResult } from '../../src/app/generate';
import { computeSummaries } from '../../src/app/summaries';
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
import { ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';

jest.setTimeout(120_000);

const run = promisify(execFile);
const SCRIPT = path.join(__dirname, '..', 'fixtures', 'corpus', 'openpyxl_edit_attendance.py');
const MEMBERS: Member[] = ['李建国', '王芳', '张伟', '刘洋'].map((name, i) => ({
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
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-messy-attendance-'));
  try {
    const planned = path.join(dir, 'planned.xlsx');
    const typed = path.join(dir, 'typed.xlsx');
    await fs.writeFile(planned, await workbookFileBytes(file));
    await run('/usr/bin/python3', [SCRIPT, planned, typed, sheet], { timeout: 60_000 });
    edited = await openWorkbookBytes(new Uint8Array(await fs.readFile(typed)), 'typed.xlsx');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  regenerated = await generateWorkbook(createFilePort(edited), { year: 2026 });
  grid = (await readOwnedGrids(edited)).get('attendance.1')!;
});

/** Each member row's id and its codes at the first four activities, as regenerated. */
function codes(): unknown[][] {
  const column = (id: string) => {
    for (let c = 1; c <= gridEnd(grid).column; c++) if (gridCell(grid, ID_ROW, c).value === id) return c;
    throw new Error(id);
  };
  const ids = ['2026-01-1', '2026-01-2', '2026-02-1', '2026-02-2'].map(column);
  return [7, 8, 9, 10].map((row) => [
    gridCell(grid, row, 1).value,
    ...ids.map((c) => gridCell(grid, row, c).value),
  ]);
}

function STRAY(cell: string, text: string) {
  return {
    sheet: grid.sheetName,
    cell,
    row: Number(cell.replace(/^[A-Z]+/, '')),
    severity: 'warning',
    message: `${cell} 的“${text}”不在任何党员的行中，不是出勤记录，重新生成出勤登记表时不保留；如需留存，请写在表格最右侧新增的一列中（随所在行保留），或写在其他工作表。`,
  };
}

/** Every text of the regenerated sheet. */
function texts(): string[] {
  return grid.values.flat().filter((value): value is string => typeof value === 'string');
}

describe('an 出勤 sheet edited by hand, regenerated (file mode)', () => {
  it('keeps every code by member and activity id through sorted, hidden and inserted rows', () => {
    expect(regenerated.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(codes()).toEqual([
      ['M1', '√', '出差', null, null],
      ['M2', '迟', null, null, null],
      ['M3', null, null, '事', null],
      ['M4', '×', null, null, null],
    ]);
  });

  it('names the code it cannot read: member, date and text', async () => {
    const summary = await computeSummaries(createFilePort(edited), {
      period: { kind: 'month', year: 2026, month: 1 },
      asOf: parseIsoDate('2026-12-28')!,
      generatedAt: '2026-12-28 10:00',
    });
    expect(summary.warnings.map((warning) => warning.message)).toContain(
      '一支部 李建国（编号 M1）2026年1月23日活动的登记为“出差”，无法识别，未计入任何一项；请改为 √ 迟 早 事 病 × 免 之一。',
    );
  });

  // A merged cell holds its value in the top-left cell only (as Office.js reads it), so the 事 the
  // secretary sees across 2026-02-1 and 2026-02-2 counts for the first: a warning says so.
  it('says that a code merged across two activities counts for the first only, unmerges and keeps it', () => {
    expect(regenerated.problems.filter((problem) => problem.message.includes('合并单元格'))).toEqual([
      {
        sheet: grid.sheetName,
        cell: 'L10',
        row: 10,
        severity: 'warning',
        message:
          'L10:M10 是合并单元格，其中的“事”只计入左上角单元格 L10，即张伟（编号 M3）的第一项活动 2026-02-1；' +
          '合并范围内的活动 2026-02-2 未登记，不计入统计。重新生成出勤登记表时取消合并，“事”保留在 L10；' +
          '如其他活动也是“事”，请在各自的单元格中分别填写。',
      },
    ]);
    // Regenerated: no merge left over the member rows; the 事 is in its first activity's cell (codes() above).
    expect((grid.merges ?? []).filter((box) => box.top >= 7 && box.left >= 10)).toEqual([]);
  });

  // Text typed into the sheet's own columns outside a member row (a note under the grid, a row
  // inserted between members) or above the header is not kept by regeneration (only columns added
  // right of the sheet are, src/workbook/sheets/userColumns.ts): each is named with its cell and text.
  it('names the notes typed beside, below and between the rows, with cell and text', () => {
    expect(texts().filter((text) => /学习材料|记录人|二组/.test(text))).toEqual([]);
    expect(regenerated.problems.filter((problem) => problem.message.includes('不在任何党员的行中'))).toEqual([
      STRAY('AN2', '三月学习材料已发'),
      STRAY('B9', '以下为二组'),
      STRAY('B41', '记录人：张三'),
    ]);
  });
});
