/**
 * Issue 11 §1: 导入党员 into a workbook in use, stopped after each of its operations. The 花名册 lists a
 * new member in the middle of a branch and still names the other branch as it was before the
 * secretary renamed it in 设置. A rerun after a stop late in the write must still carry the rename
 * (设置's generated names are written last).
 *
 * Run as the pane runs it: the preview read first, its members then given to generateWorkbook in the
 * action that is stopped and, to finish, run again with the same input.
 */
import { generateWorkbook } from '../../src/app/generate';
import { createFakeExcel } from '../fakes/excel';
import {
  act,
  addUserRoster,
  enterData,
  enteredIn,
  FIRST,
  importInput,
  RENAMED_READ,
  SETUP,
} from './failureScenario';
import { stopEverywhere } from './stopEverywhere';

jest.setTimeout(600_000);

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
