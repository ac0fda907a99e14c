/**
 * Columns the secretary inserted into or deleted from the 出勤 grid, through both ports (a file
 * edited by ExcelJS's spliceColumns, and the strict fake's sheet with its cells and names moved as
 * Excel moves them). Codes typed: 李建国 √ at 2026-01-1 and 病 at 2026-02-2, 王芳 事 at 2026-01-2,
 * 张伟 × at 2026-02-1. Then a column is inserted before 2026-02-1 (header 联系情况; 李建国 √,
 * 王芳 已电话通知), and 2026-01-2's column (with 王芳's 事) is deleted:
 *   - the inserted column is not counted, is named in a warning, and is kept as a column of the
 *     user's right of the regenerated sheet, with its header and each member's cell;
 *   - the deleted activity is named (the 事 went with its column) and its column is written again,
 *     empty; every other code stays where it was, by member and activity;
 *   - a second regeneration has nothing more to say and changes nothing.
 */
import { generateWorkbook, type GenerateResult } from '../../src/app/generate';
import type { WorkbookPort } from '../../src/app/port';
import type { Member } from '../../src/domain/member';
import { newWorkbookFile, type WorkbookFile } from '../../src/file/workbookFile';
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { readWorkbookState } from '../../src/workbook/state';
import { createFakeExcel } from '../fakes/excel';
import { spliceFakeColumn, spliceFileColumn } from '../helpers/columnEdits';
import { excelDriver, fileDriver, type Driver } from '../helpers/portDrivers';

jest.setTimeout(120_000);

const SHEET = '出勤-一支部';
const MEMBERS: Member[] = ['李建国', '王芳', '张伟'].map((name, i) => ({
  id: `M${i + 1}`,
  name,
  branch: '一支部',
  category: '正式党员',
}));
const SETUP = { settings: defaultSettings(2026, '测试局', ['一支部']), members: MEMBERS };
/** As generated: 2026-01-1 in J, 01-2 in K, 02-1 in L, 02-2 in M; members in rows 7–9. */
const TYPED = [
  { address: 'J7', text: '√' },
  { address: 'M7', text: '病' },
  { address: 'K8', text: '事' },
  { address: 'L9', text: '×' },
];
/** Typed into the inserted column, once it is at L (before 02-1). */
const IN_INSERTED = [
  { address: 'L5', text: '联系情况' },
  { address: 'L7', text: '√' },
  { address: 'L8', text: '已电话通知' },
];

/** How one port's workbook is edited by hand. */
interface Hands {
  driver(): Driver;
  /** Inserts a column at L with IN_INSERTED typed in it, then deletes K. */
  editColumns(): Promise<void>;
}

function fileHands(): Hands {
  let file: WorkbookFile = newWorkbookFile();
  return {
    driver: () => fileDriver(file),
    editColumns: async () => {
      file = await spliceFileColumn(file, SHEET, 12, 1, IN_INSERTED);
      file = await spliceFileColumn(file, SHEET, 11, -1);
    },
  };
}

function fakeHands(): Hands {
  const fake = createFakeExcel();
  return {
    driver: () => excelDriver(fake),
    editColumns: async () => {
      spliceFakeColumn(fake, SHEET, 12, 1);
      for (const { address, text } of IN_INSERTED) fake.setValues(SHEET, address, [[text]]);
      spliceFakeColumn(fake, SHEET, 11, -1);
    },
  };
}

async function attendanceGrid(driver: Driver): Promise<RawGrid> {
  return (await driver.act((port: WorkbookPort) => port.readOwnedGrids())).get('attendance.1')!;
}

function columnOf(grid: RawGrid, activityId: string): number {
  for (let c = 1; c <= gridEnd(grid).column; c++)
    if (gridCell(grid, ID_ROW, c).value === activityId) return c;
  throw new Error(activityId);
}

/** Each member's id and code at 2026-01-1, 01-2, 02-1 and 02-2. */
function codes(grid: RawGrid): unknown[][] {
  const columns = ['2026-01-1', '2026-01-2', '2026-02-1', '2026-02-2'].map((id) => columnOf(grid, id));
  return [7, 8, 9].map((row) => [
    gridCell(grid, row, ID_COLUMN).value,
    ...columns.map((column) => gridCell(grid, row, column).value),
  ]);
}

const INSERTED_WARNING = {
  sheet: SHEET,
  cell: 'K5',
  row: 5,
  severity: 'warning',
  message:
    'K 列是插入在本表各列之间的列（K3 没有活动编号），不是活动列：其中的“联系情况”“√”“已电话通知”等内容不计入任何活动的统计。' +
    '重新生成出勤登记表时，该列连同表头和各党员行的内容作为自加列保留，移到表格最右侧；如要登记某次活动的出勤，请把代码填到该活动的列中。',
};
const DELETED_WARNING = {
  sheet: SHEET,
  severity: 'warning',
  message:
    '“出勤-一支部”中没有活动 2026-01-2（2026-01-23）的列（隐藏的“活动编号”行中找不到该编号），可能整列被删除了：' +
    '该列登记过的出勤已不在表中，助手无法找回（可按 Ctrl+Z 撤销删除，或按签到表重新登记）。' +
    '重新生成出勤登记表时，该活动的列按空白写回，其他各列及已登记的内容不受影响。',
};

function columnProblems(result: GenerateResult) {
  return result.problems.filter(
    (problem) => problem.message.includes('插入在本表各列之间') || problem.message.includes('整列被删除'),
  );
}

describe.each([
  ['file port', fileHands],
  ['Office.js port (fake)', fakeHands],
])('columns inserted into and deleted from the 出勤 grid, %s', (_label, makeHands) => {
  it('keeps the inserted column uncounted as the user’s, names the deleted activity, loses nothing else', async () => {
    const hands = makeHands();
    await hands.driver().act((port) => generateWorkbook(port, SETUP));
    for (const { address, text } of TYPED) await hands.driver().type(SHEET, address, text);
    await hands.editColumns();

    // Read as the secretary left it: the 事 is gone with its column, the inserted column counts nothing.
    const edited = await attendanceGrid(hands.driver());
    expect([gridCell(edited, ID_ROW, 11).value, gridCell(edited, ID_ROW, 12).value]).toEqual([
      null,
      '2026-02-1',
    ]);
    const state = readWorkbookState(await hands.driver().act((port) => port.readOwnedGrids()), 2026);
    expect(state.attendance.map((entry) => [entry.memberId, entry.activityId, entry.raw])).toEqual([
      ['M1', '2026-01-1', '√'],
      ['M1', '2026-02-2', '病'],
      ['M3', '2026-02-1', '×'],
    ]);

    const result = await hands.driver().act((port) => generateWorkbook(port, { year: 2026 }));
    expect(columnProblems(result)).toEqual([INSERTED_WARNING, DELETED_WARNING]);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);

    const after = await attendanceGrid(hands.driver());
    expect(codes(after)).toEqual([
      ['M1', '√', null, null, '病'],
      ['M2', null, null, null, null],
      ['M3', null, null, '×', null],
    ]);
    // The activities are back in order, J to M; the inserted column stands right of the sheet.
    expect([10, 11, 12, 13].map((column) => gridCell(after, ID_ROW, column).value)).toEqual([
      '2026-01-1',
      '2026-01-2',
      '2026-02-1',
      '2026-02-2',
    ]);
    const kept = [...Array(gridEnd(after).column + 1).keys()].filter(
      (column) => column > 13 && gridCell(after, 5, column).value === '联系情况',
    );
    expect(kept).toHaveLength(1);
    expect([5, 6, 7, 8, 9].map((row) => gridCell(after, row, kept[0]).value)).toEqual([
      '联系情况',
      null,
      '√',
      '已电话通知',
      null,
    ]);
    expect(cellRef(5, kept[0])).toBe('AM5');

    const again = await hands.driver().act((port) => generateWorkbook(port, { year: 2026 }));
    expect(columnProblems(again)).toEqual([]);
    expect((await attendanceGrid(hands.driver())).values).toEqual(after.values);
  });
});
