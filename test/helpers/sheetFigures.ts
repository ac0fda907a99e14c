/** What the generated sheets' formulas show for the engine's figures, for tests that compare the two. */
import type { ActivityFigures } from '../../src/domain/ledger';

/** What the sheet shows in 到会率 and 达标 for the engine's figures of a held activity. */
export function sheetRateAndMet(figures: ActivityFigures): { rate: number | string | null; met: string } {
  if (figures.due === 0) return { rate: null, met: '' };
  if (figures.recording === 'none') return { rate: '未登记', met: '未登记' };
  const met =
    figures.met === true
      ? '达标'
      : figures.met === false
        ? '未达标'
        : figures.unrecorded > 0
          ? '待补登'
          : '待核实';
  return { rate: figures.rate, met };
}
