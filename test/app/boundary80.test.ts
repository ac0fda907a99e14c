/**
 * The 80% rule (到会率不得低于应参加党员总数的80%) at, below and above its boundary, and the annual
 * summary's second-half (7–12月) columns, through both ports: the file port, and the Office.js port
 * on the strict fake. Four branches, codes typed at their first activity (2026-01-1):
 *   一支部  5 due: 3 √ + 1 迟 + 1 事            → 4 of 5   = 80.0%   是 (exactly at the line)
 *   二支部 10 due: 7 √ + 3 ×                    → 7 of 10  = 70.0%   否
 *   三支部 51 due: 41 √ + 10 ×                  → 41 of 51 ≈ 80.39%  是 (just above)
 *   四支部 49 due: 38 √ + 1 早 + 5 病 + 5 ×      → 39 of 49 ≈ 79.59%  否 (just below)
 * and, in 一支部, codes for every activity of July–December. The workbook already has sheets of the
 * user's named 月度汇总 and 年度汇总: the summaries are written beside them under free names, and
 * hers keep every cell. Every expected figure is a literal worked out by hand.
 */
import * as ExcelJS from 'exceljs';
import { generateWorkbook } from '../../src/app/generate';
import { writeSummarySheets, type SummaryRequest } from '../../src/app/summaries';
import { parseIsoDate } from '../../src/domain/date';
import type { Member } from '../../src/domain/member';
import { readSheetGrid } from '../../src/file/readGrid';
import { openWorkbookBytes, type WorkbookFile } from '../../src/file/workbookFile';
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { createFakeExcel } from '../fakes/excel';
import { excelDriver, fileDriver, type Driver } from '../helpers/portDrivers';
import { typeIntoFile, type TypedCell } from '../helpers/typeCells';

jest.setTimeout(180_000);

const BRANCHES = ['一支部', '二支部', '三支部', '四支部'];
const SIZES = [5, 10, 51, 49];
const MEMBERS: Member[] = BRANCHES.flatMap((branch, b) =>
  Array.from({ length: SIZES[b] }, (_, i) => ({
    id: `B${b + 1}M${String(i + 1).padStart(2, '0')}`,
    name: `党员${b + 1}-${i + 1}`,
    branch,
    category: '正式党员' as const,
  })),
);

/** Codes of each branch's members at 2026-01-1, in roster order. */
const JANUARY_CODES: string[][] = [
  ['√', '√', '√', '迟', '事'],
  [...Array<string>(7).fill('√'), '×', '×', '×'],
  [...Array<string>(41).fill('√'), ...Array<string>(10).fill('×')],
  [...Array<string>(38).fill('√'), '早', ...Array<string>(5).fill('病'), ...Array<string>(5).fill('×')],
];

/** The twelve activities of July–December (the 2nd and 4th Friday of each month). */
const SECOND_HALF = [7, 8, 9, 10, 11, 12].flatMap((month) =>
  [1, 2].map((n) => `2026-${String(month).padStart(2, '0')}-${n}`),
);
/** 一支部's codes at those twelve, per member (B1M01 … B1M05). */
const SECOND_HALF_CODES: string[][] = [
  Array<string>(12).fill('√'),
  [...Array<string>(10).fill('√'), '×', '×'], // absent at both December activities
  ['事', '事', '事', ...Array<string>(9).fill('√')], // leave at July's two and August's first
  SECOND_HALF.map((_, k) => (k % 2 === 0 ? '×' : '√')), // absent at each month's first
  Array<string>(12).fill('迟'), // late counts as present
];

const MONTH: SummaryRequest = {
  period: { kind: 'month', year: 2026, month: 1 },
  asOf: parseIsoDate('2026-12-31')!,
  generatedAt: '2026-12-31 16:00',
};
const YEAR: SummaryRequest = { ...MONTH, period: { kind: 'year', year: 2026 } };

/** The user's own sheets, with the names the summaries want. */
const HERS: Record<string, string[][]> = {
  月度汇总: [
    ['我的月度汇总', '备注'],
    ['一月', '已报党总支'],
  ],
  年度汇总: [['年度工作总结（草稿）']],
};

/** A port with what the test needs of it: typing, and reading a sheet's cell as shown. */
interface PortUnderTest {
  driver: Driver;
  typeAll(sheet: string, cells: readonly TypedCell[]): Promise<void>;
  sheet(name: string): Promise<(row: number, column: number) => unknown>;
}

async function filePort(): Promise<PortUnderTest> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(HERS)) workbook.addWorksheet(name).addRows(rows);
  const file: WorkbookFile = await openWorkbookBytes(
    new Uint8Array(await workbook.xlsx.writeBuffer()),
    'mine.xlsx',
  );
  return {
    driver: fileDriver(file),
    typeAll: (sheet, cells) => typeIntoFile(file, sheet, cells),
    sheet: async (name) => {
      const grid = (await readSheetGrid(file, name))!;
      return (row, column) => gridCell(grid, row, column).value;
    },
  };
}

async function fakePort(): Promise<PortUnderTest> {
  const fake = createFakeExcel();
  for (const [name, rows] of Object.entries(HERS)) {
    fake.addSheet(name);
    fake.setValues(name, 'A1', rows);
  }
  return {
    driver: excelDriver(fake),
    typeAll: async (sheet, cells) => {
      for (const cell of cells) fake.setValues(sheet, cell.address, [[cell.text]]);
    },
    sheet: async (name) => {
      const sheet = fake.sheet(name);
      return (row, column) => {
        const value = fake.cell(sheet.name, cellRef(row, column)).value;
        return value === '' || value === undefined ? null : value;
      };
    },
  };
}

function cellOf(grid: RawGrid, memberId: string, activityId: string): string {
  const end = gridEnd(grid);
  let row = 0;
  let column = 0;
  for (let r = grid.origin.row; r <= end.row && row === 0; r++)
    if (gridCell(grid, r, ID_COLUMN).value === memberId) row = r;
  for (let c = grid.origin.column; c <= end.column && column === 0; c++)
    if (gridCell(grid, ID_ROW, c).value === activityId) column = c;
  if (row === 0 || column === 0) throw new Error(`No cell for ${memberId} at ${activityId}`);
  return cellRef(row, column);
}

/** First row (1-based) at or below `from` whose cell in `column` is `value`. */
function rowOf(cell: (row: number, column: number) => unknown, value: unknown, column = 1, from = 1): number {
  for (let row = from; row < from + 2000; row++) if (cell(row, column) === value) return row;
  throw new Error(`no row with ${String(value)}`);
}

interface Written {
  month: { name: string; notices: readonly string[] };
  year: { name: string; notices: readonly string[] };
}

async function run(port: PortUnderTest): Promise<Written> {
  const { driver } = port;
  await driver.act((p) =>
    generateWorkbook(p, { settings: defaultSettings(2026, '测试局机关党总支', BRANCHES), members: MEMBERS }),
  );
  const grids = await driver.act((p) => p.readOwnedGrids());
  for (const [b, branch] of BRANCHES.entries()) {
    const grid = grids.get(`attendance.${b + 1}`)!;
    expect(grid.sheetName).toBe(`出勤-${branch}`);
    const members = MEMBERS.filter((member) => member.branch === branch);
    const cells: TypedCell[] = members.map((member, i) => ({
      address: cellOf(grid, member.id, '2026-01-1'),
      text: JANUARY_CODES[b][i],
    }));
    if (b === 0)
      members.forEach((member, i) =>
        SECOND_HALF.forEach((activity, k) =>
          cells.push({ address: cellOf(grid, member.id, activity), text: SECOND_HALF_CODES[i][k] }),
        ),
      );
    await port.typeAll(grid.sheetName, cells);
  }
  const month = await driver.act((p) => writeSummarySheets(p, MONTH));
  const year = await driver.act((p) => writeSummarySheets(p, YEAR));
  return {
    month: { name: month.report.sheets[0].name, notices: month.report.notices },
    year: { name: year.report.sheets[0].name, notices: year.report.notices },
  };
}

const PORTS: Array<[string, () => Promise<PortUnderTest>]> = [
  ['file port', filePort],
  ['Office.js port (fake)', fakePort],
];

describe.each(PORTS)('the 80%% line and the second half, %s', (_label, make) => {
  let port: PortUnderTest;
  let written: Written;

  beforeAll(async () => {
    port = await make();
    written = await run(port);
  });

  it("writes the summaries beside the user's sheets of the same names, which keep every cell", async () => {
    expect([written.month.name, written.year.name]).toEqual(['月度汇总(2)', '年度汇总(2)']);
    expect(written.month.notices).toContain(
      '工作簿中已有一个不是由本助手生成的“月度汇总”工作表，为避免覆盖，本次写入“月度汇总(2)”。原表未作改动，可在助手中从原表导入。',
    );
    expect(written.year.notices).toContain(
      '工作簿中已有一个不是由本助手生成的“年度汇总”工作表，为避免覆盖，本次写入“年度汇总(2)”。原表未作改动，可在助手中从原表导入。',
    );
    for (const [name, rows] of Object.entries(HERS)) {
      const cell = await port.sheet(name);
      const read = [1, 2, 3].map((row) => [1, 2, 3].map((column) => cell(row, column)));
      const expected = [0, 1, 2].map((r) => [0, 1, 2].map((c) => rows[r]?.[c] ?? null));
      expect(read).toEqual(expected);
    }
  });

  it('月度汇总: each branch’s first activity at, below and above 80%, with 是 or 否', async () => {
    const cell = await port.sheet(written.month.name);
    const lines = BRANCHES.map((branch) => {
      const title = rowOf(cell, `${branch} 2026年1月党员固定活动日情况汇总`);
      const header = rowOf(cell, '序号', 1, title);
      // 应到 实到 请假 缺席 迟到 早退 列席 未登记 到会率 达标 (columns G–P).
      return [7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((column) => cell(header + 1, column));
    });
    expect(lines).toEqual([
      [5, 4, 1, 0, 1, 0, 0, 0, 0.8, '是'],
      [10, 7, 0, 3, 0, 0, 0, 0, 0.7, '否'],
      [51, 41, 0, 10, 0, 0, 0, 0, 41 / 51, '是'],
      [49, 39, 5, 5, 0, 1, 0, 0, 39 / 49, '否'],
    ]);
    expect(41 / 51).toBeCloseTo(0.8039, 4);
    expect(39 / 49).toBeCloseTo(0.7959, 4);
  });

  it('年度汇总: 一支部’s July–December months and its 下半年 columns (应到 实到 到会率)', async () => {
    const cell = await port.sheet(written.year.name);
    const header = rowOf(cell, '序号');
    expect(cell(header, 19)).toBe('下半年');
    expect([19, 20, 21].map((column) => cell(header + 1, column))).toEqual(['应到', '实到', '到会率']);
    const band = rowOf(cell, '一支部', 1, header);
    const rows = [1, 2, 3, 4, 5].map((i) => [
      cell(band + i, 2),
      // 7月 … 12月 (columns J–O), then 下半年 应到 实到 到会率 (S–U).
      ...[10, 11, 12, 13, 14, 15].map((column) => cell(band + i, column)),
      ...[19, 20, 21].map((column) => cell(band + i, column)),
    ]);
    expect(rows).toEqual([
      ['党员1-1', 2, 2, 2, 2, 2, 2, 12, 12, 1],
      ['党员1-2', 2, 2, 2, 2, 2, 0, 12, 10, 10 / 12],
      ['党员1-3', 0, 1, 2, 2, 2, 2, 12, 9, 0.75],
      ['党员1-4', 1, 1, 1, 1, 1, 1, 12, 6, 0.5],
      ['党员1-5', 2, 2, 2, 2, 2, 2, 12, 12, 1],
    ]);
  });
});
