/**
 * Probe: a cell formatted '@' (text), then a text that looks like a formula, a signed name or a
 * date, written through `range.values` and through `range.formulas`, read back. Nothing in
 * Microsoft's reference says that '@' stops `formulas` from interpreting '=…' (issue 11, finding
 * 4): the add-in writes what a person typed through `values` after setting '@' (src/excel/cellText.ts)
 * and relies on it staying text; the `formulas` half is recorded for docs/excel-verification.md.
 */
import type { Step, StepEnv } from '../step';
import { ensureProbeSheet, PROBE_SHEET } from './scratch';

export const LOOKALIKES = ['=1+1', '+段勇', '2026-03-13'] as const;

interface ReadBack {
  value: unknown;
  formula: unknown;
  type: unknown;
  format: unknown;
}

async function writeThenRead(
  env: StepEnv,
  column: 'A' | 'B',
  via: 'values' | 'formulas',
): Promise<ReadBack[]> {
  const address = `${column}1:${column}${LOOKALIKES.length}`;
  await env.host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(PROBE_SHEET).getRange(address);
    range.numberFormat = LOOKALIKES.map(() => ['@']);
    await context.sync();
    // The '@' is in place before the text arrives: a sync of its own, as a person formats first.
    range[via] = LOOKALIKES.map((text) => [text]);
    await context.sync();
  });
  return env.host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(PROBE_SHEET).getRange(address);
    range.load('values,formulas,valueTypes,numberFormat');
    await context.sync();
    const values = range.values;
    const formulas = range.formulas;
    const types = range.valueTypes;
    const formats = range.numberFormat;
    return LOOKALIKES.map((_, i) => ({
      value: values[i][0],
      formula: formulas[i][0],
      type: types[i][0],
      format: formats[i][0],
    }));
  });
}

/** Kept as typed: the value is the text, of type String, under '@'. */
const KEPT: ReadBack[] = LOOKALIKES.map((text) => ({
  value: text,
  formula: text,
  type: 'String',
  format: '@',
}));

export const textFormatProbe: Step = {
  id: 'probe.text-format',
  kind: 'probe',
  title: "探针：'@' 格式后写入像公式的文字（values 与 formulas）",
  async run(env) {
    await ensureProbeSheet(env.host.run);
    env.checks.excelOnly(
      "'@' 后经 values 写入 =1+1、+段勇、2026-03-13：原样保留为文字",
      await writeThenRead(env, 'A', 'values'),
      KEPT,
    );
    env.checks.observe("'@' 后经 formulas 写入同样三项：读回", await writeThenRead(env, 'B', 'formulas'));
  },
};
