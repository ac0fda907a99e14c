/**
 * 补学 in 检查 and the summaries, on a workbook in the file port: 逾期未补学 once N days (设置's
 * 补学期限, 30) have passed since the activity without a 补学日期 — not at N days, from N + 1 —
 * and 事/病 without a 请假批准人, each naming the 补学登记 cell; the monthly branch page's 补学 line
 * and each member's 补学 in the annual table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/app/check';
import { generateWorkbook } from '../../src/app/generate';
import { computeSummaries, describeSummarySheet } from '../../src/app/summaries';
import { dateOf } from '../../src/domain/date';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { importRosterTable, tableFromCsv } from '../../src/workbook/rosterImport';
import { attendanceSheetKind } from '../../src/workbook/sheets/attendance';
import { type Driver, excelDriver, fileDriver } from '../helpers/portDrivers';
import type { SheetDescription } from '../../src/workbook/description';
import { markAddress } from '../helpers/attendanceCells';

jest.setTimeout(120_000);

const roster = importRosterTable(
  tableFromCsv(readFileSync(join(__dirname, '../fixtures/roster-basic.csv'), 'utf8'), 'roster-basic.csv'),
);
const BRANCH = '机关第一党支部';

/** A workbook with 事 (D0002), × (D0003) and 病 (D0006) on 2027-03-12; D0002's approver and D0003's 补学日期 entered. */
async function workbook(driver: Driver = fileDriver(newWorkbookFile())) {
  await driver.act((port) =>
    generateWorkbook(port, { year: 2027, unit: '张店分局机关党总支', members: roster.value.members }),
  );
  const attendance = (await driver.act((port) => port.readOwnedGrids())).get(attendanceSheetKind(1))!;
  for (const [memberId, code] of [
    ['D0001', '√'],
    ['D0002', '事'],
    ['D0003', '×'],
    ['D0006', '病'],
  ])
    await driver.type(attendance.sheetName, markAddress(attendance, memberId, '2027-03-1'), code);
  await driver.act((port) => generateWorkbook(port, {}));
  await driver.type('补学登记', 'F3', '阎平');
  await driver.type('补学登记', 'H4', '2027-03-20');
  return driver;
}

function texts(description: SheetDescription): string[] {
  return description.blocks.flatMap((block) =>
    block.cells.flat().filter((cell): cell is string => typeof cell === 'string'),
  );
}

describe('补学 in 检查', () => {
  let driver: Awaited<ReturnType<typeof workbook>>;
  beforeAll(async () => {
    driver = await workbook();
  });

  const findings = async (asOf: string) => {
    const result = await driver.act((port) => checkWorkbook(port, asOf as ReturnType<typeof dateOf>));
    return result.items
      .filter((item) => item.code === 'makeup-overdue' || item.code === 'leave-unapproved')
      .map((item) => [item.code, item.location?.cell, item.message]);
  };

  it('asks for nothing before the activity', async () => {
    expect(await findings('2027-03-11')).toEqual([]);
  });

  it('lists 病 without an approver once held, and nothing overdue at 30 days', async () => {
    const expected = [
      [
        'leave-unapproved',
        'F5',
        '机关第一党支部 宋杰：2027年3月12日的活动病假未填请假批准人；请假须经党支部批准，请在“补学登记”F5 填写批准人。',
      ],
    ];
    expect(await findings('2027-03-12')).toEqual(expected);
    expect(await findings('2027-04-11')).toEqual(expected);
  });

  it('lists 补学 not done after 30 days, naming the 补学日期 cell', async () => {
    expect(await findings('2027-04-12')).toEqual([
      [
        'makeup-overdue',
        'H3',
        '机关第一党支部 汪磊：2027年3月12日的活动已过 30 天仍未补学；补学后请在“补学登记”H3 填写补学日期。',
      ],
      [
        'makeup-overdue',
        'H5',
        '机关第一党支部 宋杰：2027年3月12日的活动已过 30 天仍未补学；补学后请在“补学登记”H5 填写补学日期。',
      ],
      [
        'leave-unapproved',
        'F5',
        '机关第一党支部 宋杰：2027年3月12日的活动病假未填请假批准人；请假须经党支部批准，请在“补学登记”F5 填写批准人。',
      ],
    ]);
  });

  it('counts 补学 on the monthly branch page and per member in the annual table', async () => {
    const request = { branch: BRANCH, asOf: dateOf(2027, 4, 12), generatedAt: '2027-04-12 09:00' };
    const month = await driver.act((port) =>
      computeSummaries(port, { ...request, period: { kind: 'month', year: 2027, month: 3 } }),
    );
    expect(texts(describeSummarySheet(month))).toContain(
      '补学：应补学 3 人次，已补学 1 人次，未补学 2 人次（其中逾期 2 人次）。',
    );
    const april = await driver.act((port) =>
      computeSummaries(port, { ...request, period: { kind: 'month', year: 2027, month: 4 } }),
    );
    expect(texts(describeSummarySheet(april))).toContain('补学：本月活动无须补学的党员。');
    const year = await driver.act((port) =>
      computeSummaries(port, { ...request, period: { kind: 'year', year: 2027 } }),
    );
    const notes = texts(describeSummarySheet(year)).filter((text) => text.startsWith('补学'));
    expect(notes).toEqual(['补学0/1', '补学1/1', '补学0/1']);
  });
});

describe.each([
  ['the file port', () => fileDriver(newWorkbookFile())],
  ['the Office.js port (strict fake)', () => excelDriver()],
])('补学日期 to look at again, through %s', (_port, makeDriver) => {
  it('names a 补学日期 that is no date or before the activity, and counts both as done', async () => {
    const driver = await workbook(makeDriver());
    // Rows 3–5: 汪磊 (事), D0003 (×, 2027-03-20 typed as text), 宋杰 (病).
    await driver.type('补学登记', 'H3', '已补');
    await driver.type('补学登记', 'H5', '2027/3/11');
    const result = await driver.act((port) => checkWorkbook(port, dateOf(2027, 4, 12)));
    const items = result.items
      .filter((item) => item.code.startsWith('makeup'))
      .map((item) => [item.code, item.location?.cell, item.message]);
    expect(items).toEqual([
      [
        'makeup-date',
        'H3',
        '机关第一党支部 汪磊：2027年3月12日的活动补学日期“已补”不是日期（暂按已补学计）；请在“补学登记”H3 按“年-月-日”填写补学的日期。',
      ],
      [
        'makeup-date',
        'H5',
        '机关第一党支部 宋杰：2027年3月12日的活动补学日期2027年3月11日早于活动日期（暂按已补学计）；请核对“补学登记”H5。',
      ],
    ]);
    const month = await driver.act((port) =>
      computeSummaries(port, {
        branch: BRANCH,
        asOf: dateOf(2027, 4, 12),
        generatedAt: '2027-04-12 09:00',
        period: { kind: 'month', year: 2027, month: 3 },
      }),
    );
    expect(texts(describeSummarySheet(month))).toContain(
      '补学：应补学 3 人次，已补学 3 人次，未补学 0 人次。',
    );
  });
});
