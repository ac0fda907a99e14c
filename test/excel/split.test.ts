/**
 * A write too large for one request (issue 5 §3): with a payload limit that forces a split, the
 * first generate of a large roster still takes 3 syncs (the inventory, then the write in two
 * requests) and leaves every sheet exactly as one request does. Sizes and timings are the
 * benchmark's business (npm run bench); this checks the split itself.
 */
import { generateWorkbook } from '../../src/app/generate';
import type { Member, MemberCategory } from '../../src/domain/member';
import { runExcelAction } from '../../src/excel/port';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';

jest.setTimeout(120_000);

const BRANCHES = 10;
const CATEGORIES: MemberCategory[] = ['正式党员', '正式党员', '正式党员', '预备党员', '入党积极分子'];

/** 400 members, 40 in each of 10 branches. */
const members: Member[] = Array.from({ length: 400 }, (_, i) => ({
  id: `M${String(i + 1).padStart(5, '0')}`,
  name: `党员${i + 1}`,
  branch: `第${(i % BRANCHES) + 1}党支部`,
  category: CATEGORIES[i % CATEGORIES.length],
}));

async function generate(payloadLimitBytes?: number): Promise<FakeExcel> {
  const fake = createFakeExcel();
  // The user's own sheet is there already, as in a real workbook.
  fake.addSheet('台账');
  fake.setValues('台账', 'A1', [['用户的台账', 2027]]);
  await runExcelAction((port) => generateWorkbook(port, { year: 2027, unit: '测试单位', members }), {
    run: (batch) => fake.run(batch),
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
    payloadLimitBytes,
  });
  return fake;
}

/** Everything the fake holds of a sheet that a write sets. */
function contents(fake: FakeExcel) {
  return fake.state.sheets.map((sheet) => ({
    name: sheet.name,
    cells: Object.fromEntries([...sheet.cells].map(([key, cell]) => [key, { ...cell }])),
    formats: sheet.formats,
    merges: sheet.merges,
    validations: sheet.validations,
    conditionalFormats: sheet.conditionalFormats.map(({ id: _id, ...format }) => format),
    columnWidths: [...sheet.columnWidths],
    rowHeights: [...sheet.rowHeights],
    hiddenRows: [...sheet.hiddenRows],
    freeze: sheet.freeze,
    pageLayout: sheet.pageLayout,
    customProperties: sheet.customProperties,
  }));
}

describe('a write split over two requests', () => {
  it('takes 3 syncs and gives the same sheets as one request', async () => {
    const whole = await generate();
    expect(whole.requestBytes).toHaveLength(2);
    const [, written] = whole.requestBytes;

    // A limit a little over half the write: it must go in two parts.
    const split = await generate(Math.round(written * 0.7));
    expect(split.syncCount).toBe(3);
    expect(split.requestBytes).toHaveLength(3);
    const [inventory, first, second] = split.requestBytes;
    expect(inventory).toBeLessThan(2_000);
    expect(Math.max(first, second)).toBeLessThan(written);
    expect(first + second).toBeGreaterThanOrEqual(written);

    expect(split.sheetNames()).toEqual(whole.sheetNames());
    expect(split.sheetNames()).toEqual(
      expect.arrayContaining(['台账', '党员名册', '活动安排', '出勤-第1党支部']),
    );
    expect(contents(split)).toEqual(contents(whole));
    expect(split.values('台账', 'A1:B1')).toEqual([['用户的台账', 2027]]);
  });
});
