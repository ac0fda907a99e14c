/**
 * What the roll-up sheets share: their kinds, what they are drawn from, the page set-up, and the
 * title block with period, record date and time.
 */
import { ROLLUP_SHEETS as T } from '../../../strings/rollup';
import type { SheetCanvas, Span } from '../summary/canvas';
import { drawInfoLine, drawTitle } from '../summary/parts';
import type { CalendarDate } from '../../../domain/date';
import type { AnnualMatrix, BranchReport, MonthCheck, RolledBranch } from '../../../domain/rollup';
import type { SheetProblem } from '../../problems';

export const one = (column: number): Span => [column, column];

export function periodText(input: Pick<RollupSheetsInput, 'year' | 'month'>): string {
  return input.month === null ? T.periodYear(input.year) : T.periodMonth(input.year, input.month);
}

/** Title, then a line with the number of files and the record date, and the generation time. */
export function drawTitleBlock(canvas: SheetCanvas, input: RollupSheetsInput, title: string): void {
  drawTitle(canvas, title);
  const half = Math.floor(canvas.columnCount / 2);
  const spans: Span[] = [
    [1, half],
    [half + 1, canvas.columnCount],
  ];
  drawInfoLine(canvas, spans, [T.files(input.files.length), T.asOf(input.asOf)]);
  drawInfoLine(canvas, spans, [periodText(input), T.generatedAt(input.generatedAt)]);
}

/** The tab colour of the 党总支 roll-up's sheets. */
export const ROLLUP_TAB_COLOR = '#7F6000';

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
