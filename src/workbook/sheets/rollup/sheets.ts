/**
 * The roll-up sheets of the 党总支 (报送情况 always; 总支月度检查 for a month; 总支年度汇总 and
 * 总支党员参与 for a year), described from the roll-up's figures. Static values, print-ready like
 * the branch summaries; each figure names the file it came from.
 */
import type { SheetDescription } from '../../description';
import { type RollupSheetsInput } from './common';
import { describeMatrixSheet } from './matrix';
import { describeMembersSheet } from './members';
import { describeMonthCheckSheet } from './monthCheck';
import { describeStatusSheet } from './status';

export { ROLLUP_KINDS, type RollupSheetsInput } from './common';

export function describeRollupSheets(input: RollupSheetsInput): SheetDescription[] {
  const sheets = [describeStatusSheet(input)];
  if (input.monthCheck !== null) sheets.push(describeMonthCheckSheet(input, input.monthCheck));
  if (input.matrix !== null)
    sheets.push(describeMatrixSheet(input, input.matrix), describeMembersSheet(input));
  return sheets;
}
