/**
 * Probe: one scalar assigned to a multi-cell range, for `values` and `numberFormat`. Microsoft once
 * documented it ("set the corresponding property on the range object to the desired (single)
 * value") and removed the sentence after a product bug report (issue 11, finding 3). The add-in
 * does not rely on it; whether Excel still accepts it, and what each cell then holds, is recorded.
 */
import type { Step, StepEnv } from '../step';
import { errorCode, ensureProbeSheet, PROBE_SHEET } from './scratch';

const RANGE = 'D1:E2';

async function assign(
  env: StepEnv,
  property: 'values' | 'numberFormat',
  scalar: string,
): Promise<{ accepted: boolean; error?: string; readBack?: unknown }> {
  try {
    await env.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(PROBE_SHEET).getRange(RANGE);
      // The undocumented form itself: a string where the type asks for a 2-D array.
      (range as unknown as Record<string, unknown>)[property] = scalar;
      await context.sync();
    });
  } catch (error) {
    return { accepted: false, error: errorCode(error) };
  }
  const readBack = await env.host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(PROBE_SHEET).getRange(RANGE);
    range.load('values,numberFormat');
    await context.sync();
    return property === 'values' ? range.values : range.numberFormat;
  });
  return { accepted: true, readBack };
}

export const scalarRangeProbe: Step = {
  id: 'probe.scalar-range',
  kind: 'probe',
  title: '探针：一个值赋给多格区域（values、numberFormat）',
  async run(env) {
    await ensureProbeSheet(env.host.run);
    env.checks.observe(`values = '实测' 赋给 ${RANGE}`, await assign(env, 'values', '实测'));
    env.checks.observe(`numberFormat = '0.00' 赋给 ${RANGE}`, await assign(env, 'numberFormat', '0.00'));
  },
};
