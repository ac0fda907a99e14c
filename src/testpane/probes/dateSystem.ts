/**
 * Probe: the workbook's date system as Office.js shows it. The Office.js port writes a date as its
 * 1900-system serial (toExcelSerial: 2027-03-12 is 46458) and reads serials as 1900 ones, as the
 * file port does once it has moved a 1904 package's serials (src/file/sheetCells.ts). In a workbook
 * set to the 1904 date system (File → Options → Advanced → 使用 1904 日期系统; old Excel for Mac
 * files), if `range.values` carries the workbook's own serials as VBA's Value2 does, that serial shows
 * 2031-03-13 and a date typed in reads 1,462 days early. No released ExcelApi set lets the port read
 * the setting (`Workbook.use1904DateSystem` is in the preview API only); `Excel.Functions.date`
 * (ExcelApi 1.2) computes DATE in the workbook and would tell it (0 for 1904-01-01 in the 1904
 * system, 1462 in 1900). Everything here is recorded for docs/excel-verification.md: run it once on
 * a blank workbook as it comes and once with the 1904 option set.
 */
import type { Step, StepEnv } from '../step';
import { errorCode, ensureProbeSheet, PROBE_SHEET } from './scratch';

const SERIAL_2027_03_12 = 46458;

async function writeSerialThenRead(env: StepEnv): Promise<unknown> {
  try {
    return await env.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(PROBE_SHEET).getRange('G1:G2');
      range.numberFormat = [['yyyy-mm-dd'], ['yyyy-mm-dd']];
      range.values = [[SERIAL_2027_03_12], ['2027-03-12']];
      await context.sync();
      range.load('values,text');
      await context.sync();
      return { values: range.values, text: range.text };
    });
  } catch (error) {
    return { error: errorCode(error) };
  }
}

async function dateFunction(env: StepEnv): Promise<unknown> {
  try {
    return await env.host.run(async (context) => {
      const functions = (context.workbook as { functions?: Excel.Functions }).functions;
      if (functions === undefined) return { error: 'no workbook.functions' };
      const result = functions.date(1904, 1, 1);
      result.load('value,error');
      await context.sync();
      return { value: result.value, error: result.error };
    });
  } catch (error) {
    return { error: errorCode(error) };
  }
}

export const dateSystemProbe: Step = {
  id: 'probe.date-system',
  kind: 'probe',
  title: '探针：工作簿的日期系统（1900 / 1904）下 values 的序列号',
  async run(env) {
    await ensureProbeSheet(env.host.run);
    env.checks.observe(
      `G1 写入序列号 ${SERIAL_2027_03_12}、G2 写入文字 2027-03-12（格式 yyyy-mm-dd）：读回 values 与 text`,
      await writeSerialThenRead(env),
    );
    env.checks.observe(
      'workbook.functions.date(1904, 1, 1).value（1900 系统 1462，1904 系统 0）',
      await dateFunction(env),
    );
  },
};
