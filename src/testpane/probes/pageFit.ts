/**
 * Probe: the page-fit options of `pageLayout.zoom` (ExcelApi 1.9), each set then read back:
 * horizontalFitToPages alone, both, and verticalFitToPages: 0 — a value the reference does not
 * document (issue 11, finding 5; Excel's own dialog leaves "tall" blank for "automatic").
 */
import type { Step, StepEnv } from '../step';
import { errorCode, ensureProbeSheet, PROBE_SHEET } from './scratch';

const OPTIONS: ReadonlyArray<[string, Excel.PageLayoutZoomOptions]> = [
  ['只设 horizontalFitToPages: 1', { horizontalFitToPages: 1 }],
  ['horizontalFitToPages: 1, verticalFitToPages: 1', { horizontalFitToPages: 1, verticalFitToPages: 1 }],
  ['horizontalFitToPages: 1, verticalFitToPages: 0', { horizontalFitToPages: 1, verticalFitToPages: 0 }],
];

async function setThenRead(env: StepEnv, zoom: Excel.PageLayoutZoomOptions): Promise<unknown> {
  try {
    await env.host.run(async (context) => {
      context.workbook.worksheets.getItem(PROBE_SHEET).pageLayout.zoom = zoom;
      await context.sync();
    });
  } catch (error) {
    return { accepted: false, error: errorCode(error) };
  }
  return env.host.run(async (context) => {
    const layout = context.workbook.worksheets.getItem(PROBE_SHEET).pageLayout;
    layout.load('zoom');
    await context.sync();
    return { accepted: true, readBack: layout.zoom };
  });
}

export const pageFitProbe: Step = {
  id: 'probe.page-fit',
  kind: 'probe',
  title: '探针：打印缩放的页宽页高（pageLayout.zoom）',
  async run(env) {
    if (!env.host.isSetSupported('ExcelApi', '1.9')) {
      env.checks.observe('ExcelApi 1.9（pageLayout）', '不支持：无法探测');
      return;
    }
    await ensureProbeSheet(env.host.run);
    for (const [what, zoom] of OPTIONS) env.checks.observe(what, await setThenRead(env, zoom));
  },
};
