/**
 * Probe: how many pages 月度汇总 prints on. Office.js has no page count; what it has is the sheet's
 * print settings (pageLayout, ExcelApi 1.9: paper, orientation, zoom; the manual page breaks the
 * add-in puts after each branch's page) and, in Excel on Windows, Mac and the web, the workbook as
 * a PDF (Office.context.document.getFileAsync, FileType.Pdf). The probe shows only 月度汇总 (every
 * other sheet hidden for the moment; a hidden sheet is not printed), prints the workbook to PDF,
 * counts its pages, then shows the sheets again. This run's March: the page across branches, then
 * one page per branch — 3 pages (LibreOffice prints the same sheet so: test/libreoffice/print.test.ts).
 */
import { pdfPageCount } from '../pdfPages';
import type { Step, StepEnv } from '../step';
import { errorCode } from './scratch';

const SHEET = '月度汇总';
const EXPECTED_PAGES = 3;

async function printSettings(env: StepEnv): Promise<unknown> {
  // The fake does not model reading page breaks back; only Excel is asked for their count.
  const countBreaks = env.host.kind === 'excel';
  return env.host.run(async (context) => {
    const layout = context.workbook.worksheets.getItem(SHEET).pageLayout;
    layout.load('orientation,paperSize,zoom');
    const breaks = countBreaks
      ? context.workbook.worksheets.getItem(SHEET).horizontalPageBreaks.getCount()
      : null;
    await context.sync();
    return {
      orientation: layout.orientation,
      paperSize: layout.paperSize,
      zoom: layout.zoom,
      manualRowBreaks: breaks === null ? '（模拟环境不读分页符）' : breaks.value,
    };
  });
}

/** Shows only SHEET while `work` runs; every sheet gets its visibility back afterwards. */
async function withOnlySheetVisible<T>(env: StepEnv, work: () => Promise<T>): Promise<T> {
  const saved = await env.host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await context.sync();
    context.workbook.worksheets.getItem(SHEET).activate();
    for (const sheet of sheets.items) if (sheet.name !== SHEET) sheet.visibility = 'Hidden';
    await context.sync();
    return sheets.items.map((sheet) => [sheet.name, sheet.visibility] as const);
  });
  try {
    return await work();
  } finally {
    await env.host.run(async (context) => {
      for (const [name, visibility] of saved)
        context.workbook.worksheets.getItem(name).visibility = visibility;
      await context.sync();
    });
  }
}

export const printedPagesProbe: Step = {
  id: 'probe.printed-pages',
  kind: 'probe',
  title: '探针：月度汇总打印的页数',
  async run(env) {
    if (!env.host.isSetSupported('ExcelApi', '1.9')) {
      env.checks.observe('ExcelApi 1.9（pageLayout）', '不支持：无法读取打印设置');
    } else {
      env.checks.observe('月度汇总的打印设置（读回）', await printSettings(env));
    }
    const print = env.host.printToPdf;
    if (print === null) {
      env.checks.excelOnly('打印为 PDF 的页数', '（此环境不能打印为 PDF）', EXPECTED_PAGES);
      return;
    }
    let pages: number | string | null;
    try {
      pages = await withOnlySheetVisible(env, async () => pdfPageCount(await print()));
    } catch (error) {
      pages = `打印失败：${errorCode(error)}`;
    }
    env.checks.excelOnly('打印为 PDF 的页数（只显示月度汇总）', pages, EXPECTED_PAGES);
  },
};
