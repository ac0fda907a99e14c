/**
 * 总支年度汇总: the branch × month matrix on one landscape A4 page (per month: activities held,
 * 到会率, met or not), each branch's months met, 完成率, the year's 到会率, its rank and the file
 * its figures came from; ranked best first.
 */
import type { AnnualMatrix, MatrixCell } from '../../../domain/rollup';
import { ROLLUP_SHEETS as T, ROLLUP_SHEET_NAMES } from '../../../strings/rollup';
import type { Cell, SheetDescription } from '../../description';
import { SheetCanvas, type Span } from '../summary/canvas';
import { BELOW_COLOR, BODY_FONT, drawBodyRow, drawHeader, drawParagraph, styleTable } from '../summary/parts';
import { ROLLUP_KINDS, type RollupSheetsInput, drawTitleBlock, one, ROLLUP_TAB_COLOR } from './common';
import { printoutSheet } from '../summary/printout';

const MONTH_WIDTHS = [2.6, 4.6, 2.6];
/** 排名 党支部, 12 × (次 率 达), 达标月数 完成率 全年到会率 来源文件. */
const WIDTHS = [4, 15, ...Array.from({ length: 12 }, () => MONTH_WIDTHS).flat(), 5, 6, 6, 11];
const FIRST_MONTH_COLUMN = 3;
const AFTER_MONTHS = FIRST_MONTH_COLUMN + 36;
const SPANS: Span[] = WIDTHS.map((_, i) => one(i + 1));
const MATRIX_RATE = '0%';

function metMark(cell: MatrixCell): string | null {
  if (cell.met === true) return T.matrixMet;
  if (cell.met === false) return T.matrixNotMet;
  return cell.held > 0 ? T.matrixOpen : null;
}

function drawHeaders(canvas: SheetCanvas): void {
  const h = T.matrixHeaders;
  const months: string[] = Array.from({ length: 12 }, (_, i) => [h.month(i + 1), '', '']).flat();
  const top = drawHeader(canvas, SPANS, [
    h.rank,
    h.branch,
    ...months,
    h.monthsMet,
    h.completion,
    h.yearRate,
    h.file,
  ]);
  const subs: string[] = Array.from({ length: 12 }, () => [h.times, h.rate, h.met]).flat();
  const bottom = drawHeader(canvas, SPANS, ['', '', ...subs, '', '', '', '']);
  for (let m = 0; m < 12; m += 1) {
    const column = FIRST_MONTH_COLUMN + m * 3;
    canvas.merge(top, column, top, column + 2);
  }
  for (const column of [1, 2, AFTER_MONTHS, AFTER_MONTHS + 1, AFTER_MONTHS + 2, AFTER_MONTHS + 3])
    canvas.merge(top, column, bottom, column);
}

export function describeMatrixSheet(input: RollupSheetsInput, matrix: AnnualMatrix): SheetDescription {
  const canvas = new SheetCanvas(WIDTHS);
  drawTitleBlock(canvas, input, T.yearTitle(input.unit, matrix.year));
  drawHeaders(canvas);
  const red = { font: { ...BODY_FONT, bold: true, color: BELOW_COLOR } };
  const first = canvas.lastRow + 1;
  for (const row of matrix.rows) {
    const cells: Cell[] = row.cells.flatMap((cell) => [
      cell.held > 0 ? cell.held : null,
      cell.rate,
      metMark(cell),
    ]);
    const drawn = drawBodyRow(
      canvas,
      SPANS,
      [row.rank, row.branch, ...cells, row.monthsMet, row.completion, row.rate, row.file],
      new Set([1]),
    );
    row.cells.forEach((cell, m) => {
      if (cell.met === false)
        canvas.style(drawn, FIRST_MONTH_COLUMN + m * 3, drawn, FIRST_MONTH_COLUMN + m * 3 + 2, red);
    });
  }
  const last = canvas.lastRow;
  if (last >= first) {
    for (let m = 0; m < 12; m += 1)
      canvas.style(first, FIRST_MONTH_COLUMN + m * 3 + 1, last, FIRST_MONTH_COLUMN + m * 3 + 1, {
        numberFormat: MATRIX_RATE,
      });
    canvas.style(first, AFTER_MONTHS + 1, last, AFTER_MONTHS + 2, { numberFormat: '0.0%' });
    // Small print in the month cells keeps a year of twelve months on one page.
    canvas.style(first, FIRST_MONTH_COLUMN, last, AFTER_MONTHS - 1, { font: { ...BODY_FONT, size: 9 } });
  } else {
    styleTable(canvas, first, first, SPANS);
  }
  drawParagraph(canvas, T.matrixNote);
  // Fit to one page: the 党总支 files the year on a single sheet of paper.
  return printoutSheet(canvas, {
    kind: ROLLUP_KINDS.year,
    name: ROLLUP_SHEET_NAMES.year,
    tabColor: ROLLUP_TAB_COLOR,
    unit: input.unit,
    orientation: 'landscape',
    onePage: true,
    titleRows: { first: 4, last: 5 },
  });
}
