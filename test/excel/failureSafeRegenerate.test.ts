/**
 * Issue 11 §1: 写入活动安排 (generateWorkbook with nothing but the workbook) stopped after each of its
 * operations, on a workbook where the secretary has marked attendance, typed topics, a note and an
 * expense, added columns of her own (text, numbers, dates) to 出勤, 党员名册 and 活动安排, inserted a
 * member's row in the middle of 党员名册 (every row below it moves in 出勤), typed a day off on the
 * planned day of an activity in 节假日 (its column moves) and renamed a branch in 设置. At every stop
 * every entry reads back as before or as after the action, and running it again gives the clean run's
 * workbook (test/excel/stopEverywhere.ts).
 */
import { generateWorkbook } from '../../src/app/generate';
import { createFakeExcel } from '../fakes/excel';
import {
  act,
  enterData,
  enteredIn,
  FIRST,
  insertMemberInRoster,
  RENAMED_READ,
  SETUP,
  typeDayOff,
} from './failureScenario';
import { stopEverywhere } from './stopEverywhere';

jest.setTimeout(600_000);

async function workbook() {
  const fake = createFakeExcel();
  fake.addSheet('工作台账');
  fake.setValues('工作台账', 'A1', [
    ['日期', '事项'],
    ['2027-01-05', '支部会议'],
  ]);
  await act(fake, (port) => generateWorkbook(port, SETUP));
  enterData(fake);
  insertMemberInRoster(fake);
  typeDayOff(fake);
  return fake;
}

describe('写入活动安排 stopped after any of its operations', () => {
  it('keeps every entry, and run again gives the workbook of a clean run', async () => {
    const base = await workbook();
    const action = (port: Parameters<typeof generateWorkbook>[0]) => generateWorkbook(port, {});

    // What the clean run does, as the checks below rely on it.
    const clean = base.clone();
    await act(clean, action);
    const after = await enteredIn(clean);
    expect(after.get('mark|机关第一党支部|A004|2027-03-1')).toBe(JSON.stringify(['×', null]));
    expect(after.get(`mark|${RENAMED_READ}|B001|2027-02-2`)).toBe(JSON.stringify(['病', null]));
    expect(JSON.parse(after.get(`member|A003`) ?? 'null')).toMatchObject({ name: '孙磊', branch: FIRST });
    expect(after.get(`user|attendance:${FIRST}|A004|["备注（自填）",null,null]`)).toBe(
      '{"date":"2020-07-01"}',
    );
    expect(after.get(`user|attendance:${FIRST}|A002|["备注（自填）",null,null]`)).toBe('42');
    expect(after.get('holiday|2027-03-12')).toBe(
      JSON.stringify({ date: '2027-03-12', action: 'off', name: '单位活动' }),
    );
    expect(clean.sheetNames()).toEqual([
      '工作台账',
      '设置',
      '党员名册',
      '节假日',
      '活动安排',
      '出勤-机关第一党支部',
      '出勤-机关第二党支部',
      // Added by this run: the 事, 病 and × entered owe a 补学.
      '补学登记',
    ]);

    const report = await stopEverywhere(base, action);
    expect(report.failures).toEqual([]);
    expect(report.operations).toBeGreaterThan(500);
    // Entries read at both ends of every run of look operations, the action run again at least there
    // (93 places: formulas filled side by side are one write and one copy, src/excel/formulaFills.ts,
    // so there are fewer content operations to stop between than before).
    expect(report.reads).toBeGreaterThan(80);
    expect(report.reruns).toBeGreaterThanOrEqual(report.reads);
    // Within the 3 syncs of an action: inventory, cells, write.
    expect(report.syncs).toBe(3);
    expect(report.messages.length).toBeGreaterThan(0);
  });
});
