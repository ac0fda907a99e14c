/**
 * Excel on the web refuses a response over 5 MB as well as a request. Reading every owned sheet
 * whole came to 8.5 MB at 2,000 members; the port now leaves out the text of the add-in's own
 * formulas (recorded per sheet in a hidden name, src/excel/ownAreas.ts) and the reports' cells.
 * Here 2,000 members (50 branches of 40, a full year) are generated and regenerated on a fake that
 * refuses any request or response over 4,000,000 B (the margin the port keeps under 5 MB): every
 * action within 3 syncs, and the sheets come back the same, the attendance and a formula the user
 * typed with them.
 */
import { generateWorkbook } from '../../src/app/generate';
import type { WorkbookPort } from '../../src/app/port';
import { writeSummarySheets } from '../../src/app/summaries';
import { dateOf } from '../../src/domain/date';
import type { Member, MemberCategory } from '../../src/domain/member';
import { ownAreasName } from '../../src/workbook/marks';
import { runExcelAction } from '../../src/excel/port';
import { cellRef } from '../../src/workbook/address';
import { attendanceSheetKind } from '../../src/workbook/sheets/attendance';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';

jest.setTimeout(300_000);

const YEAR = 2027;
const BRANCHES = 50;
const PER_BRANCH = 40;
const SHEET = '出勤-第1党支部';

function members(): Member[] {
  const categories: MemberCategory[] = ['正式党员', '正式党员', '正式党员', '预备党员', '入党积极分子'];
  return Array.from({ length: BRANCHES * PER_BRANCH }, (_, i) => ({
    id: `M${String(i + 1).padStart(5, '0')}`,
    name: `党员${i + 1}`,
    branch: `第${(i % BRANCHES) + 1}党支部`,
    category: categories[i % categories.length],
  }));
}

/** Runs one action in one Excel.run; returns its syncs and its largest response. */
async function act(fake: FakeExcel, action: (port: WorkbookPort) => Promise<unknown>) {
  fake.resetCounters();
  await runExcelAction(action, {
    run: (batch) => fake.run(batch),
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
  });
  const measured = { syncs: fake.syncCount, response: fake.maxResponseBytes, request: fake.maxRequestBytes };
  // RESPONSE_SIZES=1 prints each action's figures (for the report of a change that adds cells).
  if (process.env.RESPONSE_SIZES === '1') process.stdout.write(`${JSON.stringify(measured)}\n`);
  return measured;
}

/** Every owned sheet's formula-bar contents (formula text, else value), by sheet name. */
function snapshot(fake: FakeExcel): Record<string, unknown[][]> {
  return Object.fromEntries(fake.sheetNames().map((name) => [name, fake.formulas(name)]));
}

/** The sheet cell holding `text` in the given row (1-based), else throws. */
function columnOf(fake: FakeExcel, row: number, text: string): number {
  const index = fake.values(SHEET)[row - 1].indexOf(text);
  if (index < 0) throw new Error(`No ${text} in row ${row} of ${SHEET}`);
  return index + 1;
}

describe('2,000 members stay under Excel on the web’s request and response limits', () => {
  it('generates and regenerates within 3 syncs and 4,000,000 B a request or response, keeping the sheets', async () => {
    const limit = 4_000_000;
    const fake = createFakeExcel({ payloadLimitBytes: limit, responseLimitBytes: limit });
    const first = await act(fake, (port) =>
      generateWorkbook(port, { year: YEAR, unit: '基准测试单位', members: members() }),
    );
    expect(first.syncs).toBeLessThanOrEqual(3);
    expect(first.request).toBeLessThanOrEqual(limit);

    // The writer recorded where it filled formulas: the member totals and the figures per activity.
    const record = fake.state.names.find((name) => name.name === ownAreasName(attendanceSheetKind(1)));
    expect(record).toMatchObject({
      formula: `='${SHEET}'!$AH$7:$AL$46,'${SHEET}'!$J$47:$AG$58`,
      visible: false,
    });

    // The secretary records attendance and adds a column of their own with a formula in it.
    const ids = fake.values(SHEET)[2];
    const activity = ids.indexOf('2027-03-1') + 1;
    fake.setValues(SHEET, cellRef(7, activity), [['√']]);
    fake.setValues(SHEET, cellRef(8, activity), [['事：出差']]);
    const userColumn = 39;
    fake.setValues(SHEET, cellRef(6, userColumn), [['联系电话']]);
    fake.setValues(SHEET, cellRef(7, userColumn), [['=B7&"（"&C7&"）"']]);
    const before = snapshot(fake);

    const again = await act(fake, (port) => generateWorkbook(port, {}));
    expect(again.syncs).toBe(3);
    expect(again.response).toBeLessThan(limit);
    expect(again.request).toBeLessThanOrEqual(limit);
    // Nothing changed, so nothing moved: every cell of every sheet as it was, formulas included;
    // the 事假 just entered adds the 补学登记 sheet, its one row keyed by member and activity id.
    const { 补学登记: makeUp, ...after } = snapshot(fake);
    expect(after).toEqual(before);
    expect(makeUp[2]).toEqual([
      '党员51',
      '第1党支部',
      46458,
      '学习教育日',
      '事假：出差',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'M00051',
      '2027-03-1',
    ]);
    expect(fake.cell(SHEET, cellRef(7, columnOf(fake, 6, '联系电话'))).formula).toBe('=B7&"（"&C7&"）"');
    expect(fake.values(SHEET)[6][activity - 1]).toBe('√');
    expect(fake.values(SHEET)[7][activity - 1]).toBe('事：出差');

    const asOf = { asOf: dateOf(YEAR, 12, 31), generatedAt: `${YEAR}-12-31 16:00` };
    for (const action of [
      (port: WorkbookPort) =>
        generateWorkbook(port, { manualHolidays: [{ date: dateOf(YEAR, 3, 12), action: 'off' }] }),
      (port: WorkbookPort) =>
        writeSummarySheets(port, { period: { kind: 'month', year: YEAR, month: 3 }, ...asOf }),
      (port: WorkbookPort) => writeSummarySheets(port, { period: { kind: 'year', year: YEAR }, ...asOf }),
      (port: WorkbookPort) => generateWorkbook(port, {}),
    ]) {
      const measured = await act(fake, action);
      expect(measured.syncs).toBeLessThanOrEqual(3);
      expect(measured.response).toBeLessThan(limit);
      expect(measured.request).toBeLessThanOrEqual(limit);
    }
    // The marks survived the holiday change and both summaries.
    const marks = fake.values(SHEET).flat();
    expect(marks).toEqual(expect.arrayContaining(['√', '事：出差']));
    expect(fake.cell(SHEET, cellRef(7, columnOf(fake, 6, '联系电话'))).formula).toBe('=B7&"（"&C7&"）"');
  });

  it('without the record (a name the user deleted) reads the sheets whole, and writes it again', async () => {
    const fake = createFakeExcel();
    const few = members().slice(0, 2 * BRANCHES);
    await act(fake, (port) => generateWorkbook(port, { year: YEAR, unit: '单位', members: few }));
    const before = snapshot(fake);
    const name = ownAreasName(attendanceSheetKind(1));
    fake.state.names = fake.state.names.filter((entry) => entry.name !== name);
    const whole = await act(fake, (port) => generateWorkbook(port, {}));
    expect(whole.syncs).toBe(3);
    expect(snapshot(fake)).toEqual(before);
    expect(fake.state.names.some((entry) => entry.name === name)).toBe(true);
  });
});
