/**
 * Issue 11 §1: 设置工作簿 on a unit's own workbook (a work ledger, its 花名册), stopped after each of
 * its operations: the first generation, every sheet new. Nothing is entered yet; a stop must leave
 * sheets a rerun takes up as its own (no second 出勤 sheet beside a half-made one, no 设置 read
 * empty), and the rerun must give the clean run's workbook.
 */
import { generateWorkbook } from '../../src/app/generate';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { createFakeExcel } from '../fakes/excel';
import { addUserRoster, FIRST, importInput, ROSTER, SECOND, YEAR } from './failureScenario';
import { stopEverywhere } from './stopEverywhere';

jest.setTimeout(600_000);

describe('设置工作簿 stopped after any of its operations', () => {
  it('leaves sheets a rerun takes up, and run again gives the workbook of a clean run', async () => {
    const base = createFakeExcel();
    base.addSheet('工作台账');
    base.setValues('工作台账', 'A1', [
      ['日期', '事项'],
      ['2027-01-05', '支部会议'],
    ]);
    addUserRoster(base, ROSTER);
    const { members } = await importInput(base, false);
    const settings = defaultSettings(YEAR, '测试局机关党总支', [FIRST, SECOND]);
    const report = await stopEverywhere(base, (port) => generateWorkbook(port, { settings, members }));
    expect(report.failures).toEqual([]);
    expect(report.operations).toBeGreaterThan(300);
    // A first generation reads nothing: the inventory, then the write.
    expect(report.syncs).toBe(2);
  });
});
