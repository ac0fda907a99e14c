/**
 * 总支月度检查: the month's check across branches, one table on one portrait A4 page for up to
 * eight branches: per branch its activities held against the requirement, each activity's date,
 * theme, 应到/实到/到会率 and 达标, the members absent without reason and the file it came from;
 * branches falling short first (with why), the general branch's totals last.
 */
import type { ActivityFigures } from '../../../domain/ledger';
import type { MonthCheck, MonthCheckBranch } from '../../../domain/rollup';
import { monthDay } from '../../../strings/digest';
import { formatRate } from '../../../strings/attendance';
import { ROLLUP_SHEETS as T, ROLLUP_SHEET_NAMES } from '../../../strings/rollup';
import type { Cell, SheetDescription } from '../../description';
import { SheetCanvas, type Span } from '../summary/canvas';
import {
  BELOW_COLOR,
  BODY_FONT,
  RATE_FORMAT,
  drawBodyRow,
  drawHeader,
  drawParagraph,
} from '../summary/parts';
import { ROLLUP_KINDS, type RollupSheetsInput, drawTitleBlock, one, ROLLUP_TAB_COLOR } from './common';
import { printoutSheet } from '../summary/printout';

/** 党支部 已开展/应开展 日期 主题 应到 实到 到会率 达标 无故缺席 来源文件. */
const WIDTHS = [14, 7, 7, 12, 5, 5, 7, 5, 14, 11];
const SPANS: Span[] = WIDTHS.map((_, i) => one(i + 1));
const RED = { font: { ...BODY_FONT, bold: true, color: BELOW_COLOR } };

function metText(f: ActivityFigures): string {
  if (!f.held) return T.notHeld;
  if (f.met !== null) return f.met ? T.met : T.notMet;
  if (f.due === 0) return T.notYet;
  return f.recording === 'none' ? T.unrecorded : T.undecided;
}

function rateCell(f: ActivityFigures): Cell {
  if (!f.held) return T.notYet;
  if (f.rate !== null) return f.rate;
  return f.recording === 'none' ? T.unrecorded : T.notYet;
}

function shortText(entry: MonthCheckBranch): string {
  const { short, month } = entry;
  const reasons = [
    ...(short.tooFew ? [T.shortReasons.tooFew(month.planned, month.required)] : []),
    ...(short.belowThreshold > 0 ? [T.shortReasons.below(short.belowThreshold)] : []),
    ...(short.unrecorded > 0 ? [T.shortReasons.unrecorded(short.unrecorded)] : []),
  ];
  return reasons.length === 0 ? entry.branch : `${entry.branch}\n${reasons.join('；')}`;
}

function drawBranch(canvas: SheetCanvas, entry: MonthCheckBranch): void {
  const { month } = entry;
  const first = canvas.lastRow + 1;
  const counts = `${month.held}/${month.required}`;
  const lines = month.lines;
  if (lines.length === 0) {
    drawBodyRow(
      canvas,
      SPANS,
      [shortText(entry), counts, T.noActivity, null, null, null, null, null, null, entry.file],
      new Set([0]),
    );
    canvas.merge(first, 3, first, 9);
  }
  lines.forEach((line, i) => {
    const f = line.figures;
    const recorded = f.held && f.recording !== 'none';
    const absent = (entry.absentees.get(line.activityId) ?? [])
      .map((mark) => (mark.reason ? `${mark.label}（${mark.reason}）` : mark.label))
      .join('、');
    const row = drawBodyRow(
      canvas,
      SPANS,
      [
        i === 0 ? shortText(entry) : null,
        i === 0 ? counts : null,
        monthDay(line.date),
        line.themeName,
        f.due,
        recorded ? f.attended : null,
        rateCell(f),
        metText(f),
        recorded ? absent || T.noneAbsent : null,
        i === 0 ? entry.file : null,
      ],
      new Set([0, 3, 8]),
    );
    canvas.style(row, 7, row, 7, { numberFormat: RATE_FORMAT });
    if (f.met === false) canvas.style(row, 7, row, 8, RED);
  });
  const last = canvas.lastRow;
  if (last > first) for (const column of [1, 2, 10]) canvas.merge(first, column, last, column);
  if (entry.short.tooFew || entry.short.belowThreshold > 0 || entry.short.unrecorded > 0)
    canvas.style(first, 1, first, 2, RED);
}

function drawTotals(canvas: SheetCanvas, check: MonthCheck): void {
  const t = check.totals;
  const row = drawBodyRow(canvas, SPANS, [
    T.totalsLabel,
    `${check.held}/${check.required}`,
    null,
    null,
    t.due,
    t.attended,
    t.rate ?? (t.due > 0 ? T.unrecorded : T.notYet),
    check.belowThreshold > 0 ? `${T.notMet} ${check.belowThreshold}` : null,
    t.absent,
    null,
  ]);
  canvas.merge(row, 3, row, 4);
  canvas.style(row, 1, row, 10, { font: { ...BODY_FONT, bold: true } });
  canvas.style(row, 7, row, 7, { numberFormat: RATE_FORMAT });
}

export function describeMonthCheckSheet(input: RollupSheetsInput, check: MonthCheck): SheetDescription {
  const canvas = new SheetCanvas(WIDTHS);
  drawTitleBlock(canvas, input, T.monthTitle(input.unit, check.year, check.month));
  drawHeader(canvas, SPANS, T.monthHeaders);
  for (const entry of check.branches) drawBranch(canvas, entry);
  drawTotals(canvas, check);
  const thresholds = [...new Set(check.branches.map((entry) => formatRate(entry.threshold)))];
  const required = [...new Set(check.branches.map((entry) => entry.month.required))];
  drawParagraph(canvas, T.monthNote(required.join('/') || '2', thresholds.join('/') || formatRate(0.8)));
  return printoutSheet(canvas, {
    kind: ROLLUP_KINDS.month,
    name: ROLLUP_SHEET_NAMES.month,
    tabColor: ROLLUP_TAB_COLOR,
    unit: input.unit,
    orientation: 'portrait',
    onePage: false,
  });
}
