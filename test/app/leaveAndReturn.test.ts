/**
 * A member who leaves the branch and comes back, through both ports (the file port, and the
 * Office.js port on the strict fake). The roster gives each member one span on the roster
 * (在册起 … 在册止). 王芳 leaves at the end of February (在册止 2026-02-28) and the secretary goes on
 * marking her in March by habit; in June she is back, and the roster says so (在册起 2026-06-01, the
 * 在册止 cleared). Entries typed at activities outside her span are kept in the 出勤 sheet, counted
 * for nothing, and each month's are named in a warning with their dates and texts.
 */
import { generateWorkbook } from '../../src/app/generate';
import { computeSummaries, type SummaryRequest } from '../../src/app/summaries';
import { dateOf, parseIsoDate } from '../../src/domain/date';
import type { Member } from '../../src/domain/member';
import { cellRef, parseCell } from '../../src/workbook/address';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { createFakeExcel } from '../fakes/excel';
import { excelDriver, fileDriver, type Driver } from '../helpers/portDrivers';

jest.setTimeout(120_000);

const SHEET = '出勤-一支部';
const LI: Member = { id: 'M1', name: '李建国', branch: '一支部', category: '正式党员' };
const WANG: Member = { id: 'M2', name: '王芳', branch: '一支部', category: '正式党员' };
const ZHANG: Member = { id: 'M3', name: '张伟', branch: '一支部', category: '正式党员' };
const LEFT: Member = { ...WANG, onRosterTo: dateOf(2026, 2, 28) };
const BACK: Member = { ...WANG, onRosterFrom: dateOf(2026, 6, 1) };

const YEAR: SummaryRequest = {
  period: { kind: 'year', year: 2026 },
  asOf: parseIsoDate('2026-12-31')!,
  generatedAt: '2026-12-31 16:00',
};
const MARCH: SummaryRequest = { ...YEAR, period: { kind: 'month', year: 2026, month: 3 } };
const JUNE: SummaryRequest = { ...YEAR, period: { kind: 'month', year: 2026, month: 6 } };

async function attendanceGrid(driver: Driver): Promise<RawGrid> {
  return (await driver.act((port) => port.readOwnedGrids())).get('attendance.1')!;
}

function address(grid: RawGrid, memberId: string, activityId: string): string {
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

async function typeAll(driver: Driver, codes: ReadonlyArray<[string, string, string]>): Promise<void> {
  const grid = await attendanceGrid(driver);
  for (const [memberId, activityId, text] of codes)
    await driver.type(SHEET, address(grid, memberId, activityId), text);
}

/** The member's codes at these activities, as the sheet holds them. */
async function codesOf(driver: Driver, memberId: string, activityIds: readonly string[]): Promise<unknown[]> {
  const grid = await attendanceGrid(driver);
  return activityIds.map((id) => {
    const at = parseCell(address(grid, memberId, id))!;
    return gridCell(grid, at.row, at.column).value;
  });
}

const MARCH_ENTRIES =
  '一支部 王芳（编号 M2）按党员名册在册至 2026-02-28，不在册期间的 2 次活动有登记：2026年3月13日“√”、2026年3月27日“事”。' +
  '这些登记保留在出勤登记表中（灰底），不计入应到、实到和到会率；如该党员当时仍在本支部，请在党员名册中改正其“在册起”“在册止”后重新生成。';
const BACK_JANUARY =
  '一支部 王芳（编号 M2）按党员名册自 2026-06-01 起在册，不在册期间的 1 次活动有登记：2026年1月9日“√”。' +
  '这些登记保留在出勤登记表中（灰底），不计入应到、实到和到会率；如该党员当时仍在本支部，请在党员名册中改正其“在册起”“在册止”后重新生成。';
const BACK_MARCH =
  '一支部 王芳（编号 M2）按党员名册自 2026-06-01 起在册，不在册期间的 2 次活动有登记：2026年3月13日“√”、2026年3月27日“事”。' +
  '这些登记保留在出勤登记表中（灰底），不计入应到、实到和到会率；如该党员当时仍在本支部，请在党员名册中改正其“在册起”“在册止”后重新生成。';

describe.each([
  ['file port', () => fileDriver()],
  ['Office.js port (fake)', () => excelDriver(createFakeExcel())],
])('a member who leaves and comes back, %s', (_label, makeDriver) => {
  it('keeps the entries typed while she was off the roster, names them, and counts them for nothing', async () => {
    const driver = makeDriver();
    await driver.act((port) =>
      generateWorkbook(port, {
        settings: defaultSettings(2026, '测试局', ['一支部']),
        members: [LI, LEFT, ZHANG],
      }),
    );
    await typeAll(driver, [
      ['M1', '2026-03-1', '√'],
      ['M2', '2026-01-1', '√'],
      ['M2', '2026-03-1', '√'],
      ['M2', '2026-03-2', '事'],
      ['M3', '2026-03-1', '×'],
    ]);
    await driver.act((port) => generateWorkbook(port, { year: 2026 }));

    // Left: March's entries are hers, kept and named; March's first activity has two due.
    const march = await driver.act((port) => computeSummaries(port, MARCH));
    expect(march.warnings.filter((warning) => warning.code === 'off-roster-entry')).toEqual([
      {
        code: 'off-roster-entry',
        message: MARCH_ENTRIES,
        branch: '一支部',
        memberId: 'M2',
        month: '2026-03',
        date: '2026-03-13',
      },
    ]);
    const first = march.monthly!.branches[0].lines[0].figures;
    expect([first.due, first.attended, first.absent, first.leave]).toEqual([2, 1, 1, 0]);
    expect(await codesOf(driver, 'M2', ['2026-01-1', '2026-03-1', '2026-03-2'])).toEqual(['√', '√', '事']);

    // Back in June (the roster's one span now starts then): June counts, what came before is named.
    await driver.act((port) => generateWorkbook(port, { year: 2026, members: [LI, BACK, ZHANG] }));
    await typeAll(driver, [
      ['M1', '2026-06-1', '√'],
      ['M2', '2026-06-1', '√'],
      ['M3', '2026-06-1', '迟'],
    ]);
    const year = await driver.act((port) => computeSummaries(port, YEAR));
    expect(
      year.warnings
        .filter((warning) => warning.code === 'off-roster-entry')
        .map((warning) => [warning.month, warning.message]),
    ).toEqual([
      ['2026-01', BACK_JANUARY],
      ['2026-03', BACK_MARCH],
    ]);
    const june = (await driver.act((port) => computeSummaries(port, JUNE))).monthly!.branches[0].lines[0]
      .figures;
    expect([june.due, june.attended, june.late]).toEqual([3, 3, 1]);
    const january = year.ledger.branches[0].figures[0];
    expect([january.due, january.attended]).toEqual([2, 0]);
    // Nothing typed is lost.
    expect(await codesOf(driver, 'M2', ['2026-01-1', '2026-03-1', '2026-03-2', '2026-06-1'])).toEqual([
      '√',
      '√',
      '事',
      '√',
    ]);
  });
});
