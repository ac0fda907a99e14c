/**
 * 报送情况: one row per branch found (file, branch, last activity recorded, held in the period,
 * 已报/部分/未报, the activities still unrecorded: the list the 组织委员 reminds branches with),
 * then the conflicts found between the files and the problems found reading each. Portrait A4.
 */
import { monthDay } from '../../../strings/digest';
import { REPORT_STATUS_LABELS, ROLLUP_SHEETS as T, ROLLUP_SHEET_NAMES } from '../../../strings/rollup';
import { problemLine } from '../../problems';
import type { Cell, SheetDescription } from '../../description';
import { SheetCanvas, type Span } from '../summary/canvas';
import {
  BELOW_COLOR,
  BODY_FONT,
  drawBodyRow,
  drawHeader,
  drawHeading,
  drawParagraph,
} from '../summary/parts';
import {
  ROLLUP_KINDS,
  type RollupSheetsInput,
  drawTitleBlock,
  one,
  periodText,
  ROLLUP_TAB_COLOR,
} from './common';
import { printoutSheet } from '../summary/printout';

const WIDTHS = [5, 16, 18, 10, 7, 9, 29];
const SPANS: Span[] = WIDTHS.map((_, i) => one(i + 1));

export function describeStatusSheet(input: RollupSheetsInput): SheetDescription {
  const canvas = new SheetCanvas(WIDTHS);
  drawTitleBlock(canvas, input, T.statusTitle(input.unit, periodText(input)));
  drawHeader(canvas, SPANS, T.statusHeaders);
  input.reports.forEach((report, i) => {
    const pending = report.pending
      .map(
        (activity) =>
          `${monthDay(activity.date)}${activity.recording === 'partial' ? `（${T.pendingPartial}）` : ''}`,
      )
      .join('、');
    const values: Cell[] = [
      i + 1,
      report.branch,
      report.file,
      report.lastRecorded === null ? T.noPending : monthDay(report.lastRecorded),
      report.held,
      REPORT_STATUS_LABELS[report.status],
      pending === '' ? T.noPending : pending,
    ];
    const row = drawBodyRow(canvas, SPANS, values, new Set([1, 2, 6]));
    if (report.status === 'partial' || report.status === 'unreported')
      canvas.style(row, 6, row, 6, { font: { ...BODY_FONT, bold: true, color: BELOW_COLOR } });
  });
  drawHeading(canvas, T.conflictsHeading);
  if (input.conflicts.length === 0) drawParagraph(canvas, T.noConflicts);
  input.conflicts.forEach((conflict, i) => drawParagraph(canvas, `${i + 1}. ${conflict.message}`));
  if (input.problems.length > 0) {
    drawHeading(canvas, T.problemsHeading);
    for (const { file, problems } of input.problems)
      for (const problem of problems) drawParagraph(canvas, `${file}：${problemLine(problem)}`);
  }
  return printoutSheet(canvas, {
    kind: ROLLUP_KINDS.status,
    name: ROLLUP_SHEET_NAMES.status,
    tabColor: ROLLUP_TAB_COLOR,
    unit: input.unit,
    orientation: 'portrait',
    onePage: false,
  });
}
