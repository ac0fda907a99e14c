/**
 * The test pane (`npm run test:excel`): opened in Excel from manifest.test-excel.xml it runs the
 * year and the probes on the open (blank) workbook and posts each step's result to the receiver
 * that served it. Opened with ?host=fake in a browser it runs the same steps on the strict fake of
 * the Excel API (`npm test`). Anywhere else it says how to open it, and does nothing.
 */
import { ADDIN_VERSION } from '../version';
import { supportedExcelApi } from '../taskpane/diagnostics/collect';
import { liveExcelHost, type ExcelHost } from './host';
import { postMessage } from './post';
import type { RunInfo, RunMessage } from './report';
import { runScenario, STEPS } from './scenario';
import { RunView } from './view';

async function findHost(): Promise<ExcelHost | null> {
  if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
    try {
      const { host } = await Office.onReady();
      if (host === Office.HostType.Excel) return liveExcelHost();
    } catch {
      // Not inside Office: the page may still be asked to run on the fake.
    }
  }
  if (new URLSearchParams(window.location.search).get('host') === 'fake') {
    // Only here: the fake is a chunk of its own, never loaded inside Excel.
    const { fakeExcelHost } = await import(/* webpackChunkName: "fake-excel" */ './fakeHost');
    return fakeExcelHost();
  }
  return null;
}

async function start(): Promise<void> {
  const root = document.getElementById('run');
  if (!root) throw new Error('testpane.html has no #run element');
  const view = new RunView(root);
  const host = await findHost();
  if (host === null) {
    view.message(
      '本页面是 Excel 实测用的加载项：请运行 npm run test:excel，按提示在 Excel 中旁加载 manifest.test-excel.xml 并打开一个空白工作簿。',
    );
    root.dataset.done = 'no-host';
    return;
  }
  let posted = true;
  const send = async (message: RunMessage) => {
    try {
      await postMessage(message);
    } catch (error) {
      posted = false;
      view.message(`无法把结果发送到终端：${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const run: RunInfo = {
    host: host.kind,
    platform: host.platform,
    officeVersion: host.officeVersion,
    excelApi: supportedExcelApi(host.isSetSupported),
    userAgent: navigator.userAgent,
    version: ADDIN_VERSION,
    steps: STEPS.map((step) => step.id),
    startedAt: new Date().toISOString(),
  };
  view.started(run);
  await send({ kind: 'start', run });
  const started = Date.now();
  const results = await runScenario(host, async (result) => {
    view.step(result);
    await send({ kind: 'step', step: result });
  });
  await send({ kind: 'end', ms: Date.now() - started });
  view.finished(results, posted);
}

void start();
