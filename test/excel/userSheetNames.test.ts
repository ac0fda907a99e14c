/**
 * A secretary's own sheets that carry the names the add-in wants (她自己的“设置”和“活动安排”), inside
 * Excel (the strict fake): the add-in writes under free names, never touches hers, says so, points
 * its formulas at its own sheets, and on the next run finds its sheets again by their marks rather
 * than taking another name. The file port's counterpart is in test/file/writeDescriptions.test.ts.
 */
import { generateWorkbook } from '../../src/app/generate';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';
import { act, SETUP, sheetOfKind } from './failureScenario';

let fake: FakeExcel;
let restore: () => void = () => undefined;

beforeEach(() => {
  fake = createFakeExcel();
  restore = fake.installGlobals();
  fake.addSheet('设置');
  fake.setValues('设置', 'A1', [
    ['我的设置', ''],
    ['打印机', '三楼'],
  ]);
  fake.addSheet('活动安排');
  fake.setValues('活动安排', 'A1', [
    ['日期', '安排'],
    ['1月5日', '年度工作会'],
  ]);
});

afterEach(() => restore());

describe("sheets of the user's with the add-in's names", () => {
  it('are left as they are; the add-in writes under free names, says so, and finds its own again', async () => {
    const result = await act(fake, (port) => generateWorkbook(port, SETUP));
    expect(sheetOfKind(fake, 'settings')).toBe('设置(2)');
    expect(sheetOfKind(fake, 'schedule')).toBe('活动安排(2)');
    expect(result.report.notices).toEqual(
      expect.arrayContaining([
        '工作簿中已有一个不是由本助手生成的“设置”工作表，为避免覆盖，本次写入“设置(2)”。原表未作改动，可在助手中从原表导入。',
        '工作簿中已有一个不是由本助手生成的“活动安排”工作表，为避免覆盖，本次写入“活动安排(2)”。原表未作改动，可在助手中从原表导入。',
      ]),
    );
    expect(fake.values('设置')).toEqual([
      ['我的设置', ''],
      ['打印机', '三楼'],
    ]);
    expect(fake.values('活动安排')).toEqual([
      ['日期', '安排'],
      ['1月5日', '年度工作会'],
    ]);
    // The add-in's names point at its own sheet (its formulas use them), and no formula at hers.
    const settingsNames = fake.state.names.filter((name) => name.formula.includes('设置'));
    expect(settingsNames.map((name) => name.name)).toEqual(expect.arrayContaining(['PD_Unit', 'PD_Year']));
    expect(settingsNames.filter((name) => !name.formula.startsWith("='设置(2)'!"))).toEqual([]);
    const formulas = [...fake.sheet('出勤-机关第一党支部').cells.values()].flatMap((cell) =>
      cell.formula === undefined ? [] : [cell.formula],
    );
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.filter((formula) => /设置'?!/.test(formula.replaceAll("'设置(2)'!", '')))).toEqual([]);

    const sheetsBefore = fake.state.sheets.map((sheet) => sheet.name);
    await act(fake, (port) => generateWorkbook(port, {}));
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
    expect(sheetOfKind(fake, 'settings')).toBe('设置(2)');
    expect(fake.values('设置')).toEqual([
      ['我的设置', ''],
      ['打印机', '三楼'],
    ]);
  });
});
