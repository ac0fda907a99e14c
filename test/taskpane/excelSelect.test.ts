/**
 * selectRange (src/excel/select.ts), the pane's links into the live workbook, on the strict fake:
 * one Excel.run with one sync that shows the sheet and selects the cell or row, and Excel's refusal
 * in Chinese. The fake refuses a selection on a sheet that is not active, so activating first is
 * checked too.
 */
import { ExcelPortError } from '../../src/excel/errors';
import { selectRange } from '../../src/excel/select';
import { excelStrings } from '../../src/strings/excel';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';

let fake: FakeExcel;
const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => fake.run(batch);

beforeEach(() => {
  fake = createFakeExcel();
  fake.addSheet('工作台账');
  fake.addSheet('出勤-机关第一党支部');
});

describe('selectRange', () => {
  it('shows the sheet and selects the cell in one sync', async () => {
    await selectRange('出勤-机关第一党支部', 'L7', { run });
    expect(fake.activeSheetName()).toBe('出勤-机关第一党支部');
    expect(fake.selection()).toEqual({ sheet: '出勤-机关第一党支部', address: 'L7' });
    expect(fake.syncCount).toBe(1);
  });

  it('selects a whole row', async () => {
    await selectRange('工作台账', '5:5', { run });
    expect(fake.selection()).toEqual({ sheet: '工作台账', address: '5:5' });
  });

  it('is refused by the fake when the sheet is not made active first', async () => {
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('出勤-机关第一党支部').getRange('L7').select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(fake.selection()).toBeNull();
  });

  it('says in Chinese what to do when the sheet is gone or hidden', async () => {
    await expect(selectRange('出勤-已删除', 'A1', { run })).rejects.toEqual(
      new ExcelPortError('item-not-found', excelStrings.itemNotFound, 'ItemNotFound'),
    );
    fake.sheet('出勤-机关第一党支部').visibility = 'Hidden';
    const hidden = selectRange('出勤-机关第一党支部', 'L7', { run });
    await expect(hidden).rejects.toBeInstanceOf(ExcelPortError);
    await expect(hidden).rejects.toThrow('Excel 未能完成操作');
    expect(fake.selection()).toBeNull();
  });
});
