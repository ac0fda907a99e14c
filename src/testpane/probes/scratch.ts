/** The sheet the probes write on: added once, kept afterwards for a person to look at. */
import type { ExcelRun } from '../../excel/port';

export const PROBE_SHEET = '实测探针';

export async function ensureProbeSheet(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(PROBE_SHEET);
    sheet.load('name');
    await context.sync();
    if (sheet.isNullObject) {
      context.workbook.worksheets.add(PROBE_SHEET);
      await context.sync();
    }
  });
}

/** An Excel error's code (OfficeExtension.Error.code) or the message of anything else. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(error);
}
