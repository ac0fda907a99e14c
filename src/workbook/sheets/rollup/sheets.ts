/**
 * The roll-up sheets of the 党总支 (报送情况 always; 总支月度检查 for a month; 总支年度汇总 and
 * 总支党员参与 for a year), described from the roll-up's figures. Static values, print-ready like
 * the branch summaries; each figure names the file it came from.
 */
import type { CalendarDate } from '../../../domain/date';
import type { AnnualMatrix, BranchReport, MonthCheck, RolledBranch } from '../../../domain/rollup';
import type { SheetDescription } from '../../description';
import type { SheetProblem } from '../../problems';
import { describeMatrixSheet } from './matrix';
import { describeMembersSheet } from './members';
import { describeMonthCheckSheet } from './monthCheck';
import { describeStatusSheet } from './status';

export const ROLLUP_KINDS = {
  status: 'rollup.status',
  month: 'rollup.month',
  year: 'rollup.year',
  members: 'rollup.members',
} as const;

export interface RollupSheetsInput {
  unit: string;
  generatedAt: string;
  asOf: CalendarDate;
  year: number;
  /** Null for a year. */
  month: number | null;
  files: ReadonlyArray<{ file: string; used: boolean }>;
  branches: readonly RolledBranch[];
  reports: readonly BranchReport[];
  monthCheck: MonthCheck | null;
  matrix: AnnualMatrix | null;
  conflicts: ReadonlyArray<{ message: string }>;
  problems: ReadonlyArray<{ file: string; problems: readonly SheetProblem[] }>;
}

export function describeRollupSheets(input: RollupSheetsInput): SheetDescription[] {
  const sheets = [describeStatusSheet(input)];
  if (input.monthCheck !== null) sheets.push(describeMonthCheckSheet(input, input.monthCheck));
  if (input.matrix !== null)
    sheets.push(describeMatrixSheet(input, input.matrix), describeMembersSheet(input));
  return sheets;
}
