/**
 * The Excel run: the year through the pane's actions, then the probes, each step reporting as it
 * ends. A workbook that is not blank is refused before anything is written: the run adds sheets,
 * types into them and hides them for a moment, which belongs in a test workbook only.
 */
import type { ExcelHost } from './host';
import { conditionalPriorityProbe } from './probes/conditionalPriority';
import { dateSystemProbe } from './probes/dateSystem';
import { pageFitProbe } from './probes/pageFit';
import { printedPagesProbe } from './probes/printedPages';
import { scalarRangeProbe } from './probes/scalarRange';
import { textFormatProbe } from './probes/textFormat';
import type { StepResult } from './report';
import { newRunState, runStep, type Step } from './step';
import { attendanceStep, regenerateStep } from './steps/attendance';
import { failedWriteStep } from './steps/failedWrite';
import { checkStep, summariesStep } from './steps/reports';
import { generateStep, holidaysStep } from './steps/schedule';
import { importStep, setupStep } from './steps/setup';

/** A blank workbook: one sheet, nothing in it. */
export const preflightStep: Step = {
  id: 'preflight',
  kind: 'workflow',
  title: '检查是否为空白工作簿',
  async run(env) {
    const found = await env.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const used = sheets.items.map((sheet) => {
        const range = sheet.getUsedRangeOrNullObject(true);
        range.load('address');
        return range;
      });
      await context.sync();
      return {
        sheets: sheets.items.length,
        used: used.filter((range) => !range.isNullObject).map((r) => r.address),
      };
    });
    env.checks.equal('空白工作簿：一张工作表、没有内容（请在新建的空白工作簿中运行）', found, {
      sheets: 1,
      used: [],
    });
  },
};

export const STEPS: readonly Step[] = [
  preflightStep,
  setupStep,
  importStep,
  holidaysStep,
  generateStep,
  attendanceStep,
  regenerateStep,
  summariesStep,
  printedPagesProbe,
  checkStep,
  failedWriteStep,
  textFormatProbe,
  scalarRangeProbe,
  pageFitProbe,
  conditionalPriorityProbe,
  dateSystemProbe,
];

/** Runs every step in order, handing each result on as it ends; stops after a failed preflight. */
export async function runScenario(
  host: ExcelHost,
  onResult: (result: StepResult) => Promise<void> | void,
  steps: readonly Step[] = STEPS,
): Promise<StepResult[]> {
  const state = newRunState();
  const results: StepResult[] = [];
  for (const step of steps) {
    const result = await runStep(step, host, state);
    results.push(result);
    await onResult(result);
    if (step === preflightStep && result.status === 'fail') break;
  }
  return results;
}
