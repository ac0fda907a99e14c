/**
 * Issue 11 §1: the pane's two writes that bring members in, stopped after each of their operations.
 *
 * - 设置工作簿 on a unit's own workbook (a work ledger, its 花名册): the first generation, every sheet
 *   new. Nothing is entered yet; a stop must leave sheets a rerun takes up as its own (no second
 *   出勤 sheet beside a half-made one), and the rerun must give the clean run's workbook.
 * - 导入党员 into a workbook in use: the 花名册 lists a new member in the middle of a branch and still
 *   names the other branch as it was before the secretary renamed it in 设置. A rerun after a stop
 *   late in the write must still carry the rename (设置's generated names are written last).
 *
 * Both run as the pane runs them: the preview read first, its members then given to generateWorkbook
 * in the action that is stopped and, to finish, run again with the same input.
 */
import { generateWorkbook, type GenerateInput } from '../../src/app/generate';
import { previewSheetImport } from '../../src/app/importPreview';
import { readWorkbookInfo } from '../../src/app/workbookInfo';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { createFakeExcel } from '../fakes/excel';
import {
  act,
  addUserRoster,
  enterData,
  enteredIn,
  FIRST,
  RENAMED_READ,
  ROSTER,
  SECOND,
  SETUP,
  YEAR,
} from './failureScenario';
import { stopEverywhere } from './stopEverywhere';

jest.setTimeout(600_000);

async function importInput(
  fake: ReturnType<typeof createFakeExcel>,
  settings = true,
): Promise<GenerateInput> {
  const info = await act(fake, (port) => readWorkbookInfo(port, YEAR));
  const preview = await act(fake, (port) => previewSheetImport(port, '花名册'));
  if (preview === null) throw new Error('No 花名册');
  return {
    ...(settings && info.settings !== null ? { settings: info.settings } : {}),
    members: preview.members,
    importProblems: preview.problems,
  };
}

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

describe('导入党员 stopped after any of its operations', () => {
  it('keeps every entry, carries the rename, and run again gives the workbook of a clean run', async () => {
    const base = createFakeExcel();
    await act(base, (port) => generateWorkbook(port, SETUP));
    enterData(base);
    addUserRoster(base);
    const input = await importInput(base);
    const action = (port: Parameters<typeof generateWorkbook>[0]) => generateWorkbook(port, input);

    const clean = base.clone();
    await act(clean, action);
    const after = await enteredIn(clean);
    // The 花名册's old branch name is the renamed branch: B001 stays in it with his marks.
    expect(JSON.parse(after.get('member|B001') ?? 'null')).toMatchObject({ branch: RENAMED_READ });
    expect(after.get(`mark|${RENAMED_READ}|B001|2027-02-2`)).toBe(JSON.stringify(['病', null]));
    expect(JSON.parse(after.get('member|A003') ?? 'null')).toMatchObject({ name: '孙磊', branch: FIRST });
    expect([...after.keys()].filter((key) => key.startsWith('branch|'))).toEqual([
      `branch|${FIRST}`,
      `branch|${RENAMED_READ}`,
    ]);

    const report = await stopEverywhere(base, action);
    expect(report.failures).toEqual([]);
    expect(report.operations).toBeGreaterThan(500);
    expect(report.syncs).toBe(3);
  });
});
