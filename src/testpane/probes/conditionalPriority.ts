/**
 * Probe: two conditional formats on one range, each given its format first and its priority last
 * (the reference for ConditionalFormat.priority: after changing it, re-fetch the object before any
 * other change), in the opposite order to their creation; read back, Excel must list them by the
 * priorities set. The add-in relies on this: its rules' order is their priority (src/excel/rangeRules.ts).
 */
import type { Step } from '../step';
import { ensureProbeSheet, PROBE_SHEET } from './scratch';

const RANGE = 'G1:G5';

export const conditionalPriorityProbe: Step = {
  id: 'probe.conditional-priority',
  kind: 'probe',
  title: '探针：条件格式的优先级顺序',
  async run(env) {
    await ensureProbeSheet(env.host.run);
    const listed = await env.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem(PROBE_SHEET).getRange(RANGE);
      range.values = [[1], [2], [3], [4], [5]];
      range.conditionalFormats.clearAll();
      const custom = range.conditionalFormats.add('Custom');
      custom.custom.rule.formula = '=G1>1';
      custom.custom.format.fill.color = '#FFC7CE';
      const cellValue = range.conditionalFormats.add('CellValue');
      cellValue.cellValue.rule = { formula1: '3', operator: 'GreaterThan' };
      cellValue.cellValue.format.fill.color = '#FFEB9C';
      // Priorities last, the later rule first.
      custom.priority = 1;
      cellValue.priority = 0;
      await context.sync();
      // Read back through a fresh collection, as the reference asks after a priority change. The
      // fake cannot list a collection's items; there the two rules are asked directly.
      const rules =
        env.host.kind === 'excel'
          ? context.workbook.worksheets.getItem(PROBE_SHEET).getRange(RANGE).conditionalFormats
          : null;
      if (rules) rules.load('items/type,items/priority');
      else for (const rule of [custom, cellValue]) rule.load('type,priority');
      await context.sync();
      return (rules ? rules.items : [custom, cellValue])
        .map((format) => ({ type: format.type, priority: format.priority }))
        .sort((a, b) => a.priority - b.priority);
    });
    env.checks.excelOnly('读回的规则（按优先级）', listed, [
      { type: 'CellValue', priority: 0 },
      { type: 'Custom', priority: 1 },
    ]);
  },
};
