/**
 * The task pane's load in headless Chromium (issue 6): the production build served over HTTPS on
 * this machine, opened 5 times in one browser, each in a fresh context (no cache), through the
 * shared browser module of the smoke and end-to-end tests.
 *
 * - pane.interactive.ms: from navigation start to the first enabled button of the pane (the moment
 *   a user can act), median of the loads. Outside Excel that button is 使用文件模式; inside Excel
 *   the same bundle renders the steps instead, after Office.onReady.
 * - pane.initialJs.gzipBytes: the add-in's own JavaScript the page had loaded by then — every
 *   script file it requested from its origin outside office-js/, plus the inline scripts of
 *   taskpane.html — each gzipped at level 9, summed. The lazily loaded file-mode chunk and ExcelJS
 *   are not requested before the user opens file mode, so they do not count.
 * - pane.officeJs.gzipBytes: office.js and the files it loaded by then (office-js/), the same way.
 *   Reported apart: inside Excel office.js is loaded whatever the add-in does (and loads the host's
 *   own files there, which a plain browser does not), so it is not the add-in's to shrink.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { foreignRequests, openPane, startBrowserTest } from '../scripts/lib/browser';
import type { Figures } from './run';

const LOADS = 5;

declare global {
  interface Window {
    __paneInteractiveAt?: number;
  }
}

/**
 * Runs before the page's scripts: notes performance.now() when an enabled button first appears.
 * A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
 */
const MARK_INTERACTIVE = `(() => {
  const observer = new MutationObserver(() => {
    if (window.__paneInteractiveAt !== undefined) return;
    if (document.querySelector('#root button:not([disabled])') === null) return;
    window.__paneInteractiveAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
})();`;

const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function inlineScripts(distDir: string): string[] {
  const html = readFileSync(path.join(distDir, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
}

interface Load {
  ms: number;
  scripts: string[];
}

export async function paneBench(): Promise<Figures> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const run = await startBrowserTest('bench-pane', log);
  try {
    const loads: Load[] = [];
    for (let i = 0; i < LOADS; i += 1) {
      const { context, page, record } = await openPane(
        run.browser,
        `${run.origin}/taskpane.html`,
        { locale: 'zh-CN' },
        (p) => p.addInitScript(MARK_INTERACTIVE),
      );
      await page.waitForFunction(() => window.__paneInteractiveAt !== undefined, null, { timeout: 60_000 });
      const load = await page.evaluate(() => {
        const at = window.__paneInteractiveAt ?? NaN;
        const scripts = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime <= at && new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => entry.name);
        return { ms: at, scripts };
      });
      const foreign = foreignRequests(record, run.origin);
      if (foreign.length > 0) throw new Error(`the pane requested other hosts: ${foreign.join(', ')}`);
      if (record.errors.length > 0)
        throw new Error(`errors while loading the pane: ${record.errors.join('; ')}`);
      await context.close();
      loads.push(load);
      log(`bench: pane load ${i + 1}/${LOADS}: interactive after ${load.ms.toFixed(0)} ms`);
    }

    const scripts = new Set(loads.flatMap((load) => load.scripts.map((url) => new URL(url).pathname)));
    let own = inlineScripts(run.distDir).reduce((total, code) => total + gzipBytes(code), 0);
    let office = 0;
    for (const pathname of scripts) {
      const size = gzipBytes(readFileSync(path.join(run.distDir, decodeURIComponent(pathname))));
      if (pathname.startsWith('/office-js/')) office += size;
      else own += size;
      log(`bench: ${pathname}: ${size} bytes gzipped`);
    }
    return {
      'pane.initialJs.gzipBytes': own,
      'pane.officeJs.gzipBytes': office,
      'pane.interactive.ms': Math.round(median(loads.map((load) => load.ms)) * 10) / 10,
    };
  } finally {
    await run.close();
  }
}
