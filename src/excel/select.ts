/**
 * Shows a sheet of the live workbook and selects a cell or row on it, for the pane's links (the
 * current activity's attendance column, a warning's cell): one Excel.run, one sync, Excel's errors
 * in Chinese like every other call of the port.
 */
import { mapExcelError } from './errors';
import type { ExcelRun } from './port';

export async function selectRange(
  sheet: string,
  address: string,
  options: { run?: ExcelRun } = {},
): Promise<void> {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  try {
    await run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      // Active first: in VBA, Select on a sheet that is not the active one fails, and the user must
      // see the sheet anyway. Both calls go in the one sync below.
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    throw mapExcelError(error);
  }
}
