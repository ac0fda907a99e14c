/**
 * 月度汇总: the month's summary filed on paper and checked by the 党总支 each month. One printed
 * page per branch (title, unit, period, generation time, each activity's figures, the activity
 * records, everyone on leave, absent, late, left early or not recorded with the reason, warnings
 * and signature lines), preceded by one page across branches when the summary has several.
 *
 * The figures are static values (a filed record, not live formulas), written as numbers with
 * formats. Portrait A4, one page wide; a manual page break after each branch's page.
 */
import { firstOfMonth, lastOfMonth, monthKey } from '../../domain/date';
import type { ActivityLine, BranchMonth, MonthlySummary } from '../../domain/summaries';
import type { ActivityFigures } from '../../domain/ledger';
import type { DomainWarning } from '../../domain/warning';
import { monthDay as formatMonthDay } from '../../strings/digest';
import { MONTH_SUMMARY as T, SIGNATURE, SUMMARY_SHEET_NAMES } from '../../strings/summary';
import type { Cell, SheetDescription } from '../description';
import { SheetCanvas, type Span } from './summary/canvas';
import {
  BELOW_COLOR,
  BODY_FONT,
  RATE_FORMAT,
  SUMMARY_MARGINS,
  type SummaryMeta,
  drawBodyRow,
  drawHeader,
  drawHeading,
  drawInfoLine,
  drawParagraph,
  drawSignatures,
  drawTitle,
  drawWarnings,
  styleTable,
  unrecordedDigest,
  warningsFor,
} from './summary/parts';
import { drawLeadersLine } from './summary/leaders';
import { drawMakeUpLine } from './summary/makeUpLine';
import { printoutSheet, SUMMARY_TAB_COLOR } from './summary/printout';
import { drawPeople, drawPeopleGrouped } from './summary/people';

export const SUMMARY_MONTH_KIND = 'summary.month';

/** A4 portrait at about 85 %: 序号 日期 星期 主题 活动内容(2) 应到…未登记(8) 到会率 达标. */
const WIDTHS = [4.5, 8.5, 6, 11, 9.5, 9.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 5.5, 6.5, 5];
const one = (column: number): Span => [column, column];

const ACTIVITY_SPANS: Span[] = [one(1), one(2), one(3), one(4), [5, 6], ...range(7, 16).map(one)];
const RECORD_SPANS: Span[] = [one(1), one(2), [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 16]];
const BRANCH_SPANS: Span[] = [one(1), [2, 4], one(5), one(6), ...range(7, 16).map(one)];
const INFO_SPANS: Span[] = [
  [1, 8],
  [9, 16],
];
/** 应开展 n 已安排 n 已开展 n 未登记 n 到会率低于80% n: labels and their counts across the page. */
const COUNT_SPANS: Span[] = [
  [1, 2],
  one(3),
  one(4),
  one(5),
  one(6),
  one(7),
  [8, 9],
  one(10),
  [11, 15],
  one(16),
];
const SIGN = {
  first: { span: [1, 3] as Span, line: [4, 5] as Span },
  second: { span: [6, 8] as Span, line: [9, 11] as Span },
  date: { span: [12, 13] as Span, line: [14, 16] as Span },
};
const TIMES = '0"次"';

const POINTS_PER_CM = 72 / 2.54;
const A4 = { width: 595.3, height: 841.9 };

/**
 * Points of rows one printed page of a branch holds: A4 portrait within the margins, at the scale
 * that fits the columns to the page width. Excel gives a column of width w about 7w + 1 pixels of
 * 3/4 point (7 pixels per character of the default font); LibreOffice draws the same columns wider
 * and so prints smaller, holding more. The estimate is Excel's, less 4 % for rounding, so a page
 * drawn within it is one page in both.
 */
export const BRANCH_PAGE_POINTS = (() => {
  const width = WIDTHS.reduce((sum, w) => sum + Math.trunc(w * 7 + 1) * 0.75, 0);
  const printableWidth = A4.width - (SUMMARY_MARGINS.left + SUMMARY_MARGINS.right) * POINTS_PER_CM;
  const printableHeight = A4.height - (SUMMARY_MARGINS.top + SUMMARY_MARGINS.bottom) * POINTS_PER_CM;
  const scale = Math.min(1, Math.floor((printableWidth / width) * 100) / 100);
  return Math.floor((printableHeight / scale) * 0.96);
})();

/** Warning kinds the cross-branch page repeats (the rest are on each branch's page). */
const OVERVIEW_WARNINGS = new Set<DomainWarning['code']>([
  'empty-branch',
  'below-threshold',
  'month-short',
  'absence-run',
  'unexcused-limit',
  'provisional-holidays',
  'shift-impossible',
]);

export function describeMonthlySummarySheet(summary: MonthlySummary, meta: SummaryMeta): SheetDescription {
  const canvas = new SheetCanvas(WIDTHS);
  const breaks: number[] = [];
  const period = monthKey(summary.year, summary.month);
  const warnings = meta.warnings ?? [];
  if (summary.branches.length > 1) {
    drawOverview(canvas, summary, meta, warningsFor(warnings, null, period));
    breaks.push(canvas.lastRow);
  }
  for (const branch of summary.branches) {
    const own = warningsFor(warnings, branch.branch, period);
    // One row per person reads best; when that would not fit the page, the people of one day and
    // situation share a row, grouped by reason — every name and reason still there.
    const trial = new SheetCanvas(WIDTHS);
    drawBranch(trial, summary, branch, meta, own, false);
    drawBranch(canvas, summary, branch, meta, own, trial.totalHeight() > BRANCH_PAGE_POINTS);
    breaks.push(canvas.lastRow);
  }
  if (summary.branches.length === 0) drawParagraph(canvas, T.noActivities);
  breaks.pop();
  return printoutSheet(canvas, {
    kind: SUMMARY_MONTH_KIND,
    name: SUMMARY_SHEET_NAMES.month,
    tabColor: SUMMARY_TAB_COLOR,
    unit: meta.unit,
    orientation: 'portrait',
    onePage: false,
    rowBreaks: breaks,
  });
}

function drawPeriod(canvas: SheetCanvas, summary: MonthlySummary, meta: SummaryMeta): void {
  const from = firstOfMonth(summary.year, summary.month);
  const to = lastOfMonth(summary.year, summary.month);
  drawInfoLine(canvas, INFO_SPANS, [T.unit(meta.unit), T.period(from, to)]);
  drawInfoLine(canvas, INFO_SPANS, [T.asOf(summary.asOf), T.generatedAt(meta.generatedAt)]);
}

function drawCounts(
  canvas: SheetCanvas,
  figures: {
    required: number;
    planned: number;
    held: number;
    unrecordedActivities: number;
    belowThreshold: number;
  },
  threshold: number,
): void {
  const row = canvas.addRow(20);
  const values: Cell[] = [
    T.counts.required,
    figures.required,
    T.counts.planned,
    figures.planned,
    T.counts.held,
    figures.held,
    T.counts.unrecorded,
    figures.unrecordedActivities,
    T.counts.below(threshold),
    figures.belowThreshold,
  ];
  canvas.fill(row, COUNT_SPANS, values);
  canvas.styleRows(row, row, { font: BODY_FONT, vertical: 'center', horizontal: 'right' });
  COUNT_SPANS.forEach(([from, to], i) => {
    if (i % 2 === 1)
      canvas.style(row, from, row, to, {
        numberFormat: TIMES,
        horizontal: 'left',
        font: { ...BODY_FONT, bold: true },
      });
  });
  const red = { font: { ...BODY_FONT, bold: true, color: BELOW_COLOR } };
  if (figures.planned < figures.required) canvas.style(row, 5, row, 5, red);
  if (figures.unrecordedActivities > 0) canvas.style(row, 10, row, 10, red);
  if (figures.belowThreshold > 0) canvas.style(row, 16, row, 16, red);
}

function drawBranch(
  canvas: SheetCanvas,
  summary: MonthlySummary,
  branch: BranchMonth,
  meta: SummaryMeta,
  warnings: readonly DomainWarning[],
  compactPeople: boolean,
): void {
  drawTitle(canvas, T.branchTitle(branch.branch, summary.year, summary.month));
  drawPeriod(canvas, summary, meta);
  drawHeading(canvas, T.activitiesHeading);
  drawCounts(canvas, branch, summary.threshold);
  drawActivities(canvas, branch);
  drawLeadersLine(canvas, branch.leaders);
  drawMakeUpLine(canvas, meta.makeUp, branch.branch, summary.year, summary.month);
  drawHeading(canvas, T.recordsHeading);
  drawRecords(canvas, branch.lines);
  drawHeading(canvas, T.peopleHeading);
  if (compactPeople) drawPeopleGrouped(canvas, branch.lines);
  else drawPeople(canvas, branch.lines);
  drawHeading(canvas, T.warningsHeading);
  drawWarnings(canvas, warnings, T.noWarnings);
  const signer = meta.signatories?.branches?.find((entry) => entry.branch === branch.branch);
  drawSignatures(
    canvas,
    [
      { label: SIGNATURE.branchSecretary, name: signer?.secretary, ...SIGN.first },
      { label: SIGNATURE.recorder, name: signer?.recorder, ...SIGN.second },
    ],
    SIGN.date,
  );
}

function drawActivities(canvas: SheetCanvas, branch: BranchMonth): void {
  drawHeader(canvas, ACTIVITY_SPANS, T.activityHeader);
  if (branch.lines.length === 0) {
    drawParagraph(canvas, T.noActivities, true);
    return;
  }
  const first = canvas.lastRow + 1;
  branch.lines.forEach((line, i) => {
    const f = line.figures;
    let figures: Cell[];
    if (!f.held) figures = [f.due, null, null, null, null, null, null, null, T.noRate, T.notHeld];
    // Nothing recorded: no 实到 or 缺席 to show, and 未登记 rather than a 0.0% rate.
    else if (f.recording === 'none')
      figures = [f.due, null, null, null, null, null, null, f.unrecorded, T.unrecorded, T.unrecorded];
    else figures = [...figureCells(f), metText(f)];
    const row = drawBodyRow(
      canvas,
      ACTIVITY_SPANS,
      [i + 1, { date: line.date }, line.weekday, line.themeName, line.details?.topic ?? null, ...figures],
      new Set([4]),
    );
    if (f.met === false)
      canvas.style(row, 15, row, 16, { font: { ...BODY_FONT, bold: true, color: BELOW_COLOR } });
  });
  const t = branch.totals;
  const total = drawBodyRow(canvas, ACTIVITY_SPANS, [
    T.total,
    null,
    null,
    null,
    null,
    ...figureCells(t),
    null,
  ]);
  // 合计 spans 序号 to 活动内容: re-merge those cells as one label.
  canvas.merge(total, 1, total, 4);
  canvas.style(total, 1, total, 16, { font: { ...BODY_FONT, bold: true } });
  canvas.style(first, 2, total, 2, { numberFormat: 'm"月"d"日"' });
  canvas.style(first, 15, total, 15, { numberFormat: RATE_FORMAT });
  const held = branch.lines.filter((line) => line.figures.held);
  const dates = (recording: 'none' | 'partial') =>
    held.filter((line) => line.figures.recording === recording).map((line) => formatMonthDay(line.date));
  if (branch.unrecordedActivities > 0 || branch.partialActivities > 0)
    drawParagraph(canvas, T.recordsNote(dates('none'), dates('partial')));
}

/** The figure columns shared by every table here: 应到 … 未登记 and 到会率. */
type Figures = Record<
  'due' | 'attended' | 'leave' | 'absent' | 'late' | 'leftEarly' | 'invitees' | 'unrecorded' | 'pending',
  number
> & {
  rate: number | null;
};

/** A rate, 未登记 when nothing behind it is recorded yet, — when nobody was due. */
function rateCell(t: Pick<Figures, 'rate' | 'due' | 'pending'>): Cell {
  if (t.rate !== null) return t.rate;
  return t.due > 0 && t.pending === t.due ? T.unrecorded : T.noRate;
}

function figureCells(t: Figures): Cell[] {
  return [t.due, t.attended, t.leave, t.absent, t.late, t.leftEarly, t.invitees, t.unrecorded, rateCell(t)];
}

/** 是 / 否, or why it is not judged yet: the entries still missing or unreadable could decide it. */
function metText(f: ActivityFigures): string {
  if (f.met !== null) return f.met ? T.met : T.notMet;
  if (f.due === 0) return T.noRate;
  if (f.recording === 'none') return T.unrecorded;
  return f.unrecorded > 0 ? T.undecidedBlank : T.undecidedInvalid;
}

function drawRecords(canvas: SheetCanvas, lines: readonly ActivityLine[]): void {
  drawHeader(canvas, RECORD_SPANS, T.recordsHeader);
  if (lines.length === 0) {
    drawParagraph(canvas, T.noActivities, true);
    return;
  }
  const first = canvas.lastRow + 1;
  lines.forEach((line, i) => {
    const d = line.details;
    const notes = [
      line.shifted ? T.shifted(line.plannedDate, line.shiftReason) : null,
      line.provisional ? T.provisional : null,
      line.invitees.length > 0 ? T.invitees(line.invitees.map((p) => p.name)) : null,
      d?.note ? T.note(d.note) : null,
    ].filter((text): text is string => text !== null);
    drawBodyRow(
      canvas,
      RECORD_SPANS,
      [
        i + 1,
        { date: line.date },
        d?.place ?? null,
        d?.archive ?? null,
        d?.host ?? null,
        d?.recorder ?? null,
        d?.expense ?? null,
        notes.length > 0 ? notes.join('；') : null,
      ],
      new Set([2, 3, 7]),
    );
  });
  canvas.style(first, 2, canvas.lastRow, 2, { numberFormat: 'm"月"d"日"' });
  canvas.style(first, 11, canvas.lastRow, 12, { numberFormat: '#,##0.00' });
}

function drawOverview(
  canvas: SheetCanvas,
  summary: MonthlySummary,
  meta: SummaryMeta,
  warnings: readonly DomainWarning[],
): void {
  drawTitle(canvas, T.overviewTitle(meta.unit, summary.year, summary.month));
  drawPeriod(canvas, summary, meta);
  drawHeading(canvas, T.branchesHeading);
  drawCounts(
    canvas,
    {
      required: summary.branches.reduce((sum, b) => sum + b.required, 0),
      planned: summary.planned,
      held: summary.held,
      unrecordedActivities: summary.unrecordedActivities,
      belowThreshold: summary.belowThreshold,
    },
    summary.threshold,
  );
  drawHeader(canvas, BRANCH_SPANS, T.branchesHeader);
  const first = canvas.lastRow + 1;
  summary.branches.forEach((branch, i) => {
    const t = branch.totals;
    const row = drawBodyRow(
      canvas,
      BRANCH_SPANS,
      [i + 1, branch.branch, branch.planned, branch.held, ...figureCells(t), branch.belowThreshold],
      new Set([1]),
    );
    if (branch.planned < branch.required)
      canvas.style(row, 5, row, 5, { font: { ...BODY_FONT, bold: true, color: BELOW_COLOR } });
    if (t.rate !== null && t.rate < summary.threshold)
      canvas.style(row, 15, row, 15, { font: { ...BODY_FONT, bold: true, color: BELOW_COLOR } });
  });
  const t = summary.totals;
  const total = drawBodyRow(canvas, BRANCH_SPANS, [
    T.total,
    null,
    summary.planned,
    summary.held,
    ...figureCells(t),
    summary.belowThreshold,
  ]);
  canvas.style(total, 1, total, 16, { font: { ...BODY_FONT, bold: true } });
  canvas.style(first, 15, total, 15, { numberFormat: RATE_FORMAT });
  styleTable(canvas, first, total, BRANCH_SPANS);
  drawLeadersLine(canvas, summary.leaders);
  if (summary.unrecordedActivities > 0 || summary.partialActivities > 0)
    drawParagraph(canvas, T.overviewRecordsNote);
  if (summary.branchesShort.length > 0)
    drawParagraph(canvas, `${T.short}：${summary.branchesShort.join('、')}`);
  drawHeading(canvas, T.overviewWarningsHeading);
  drawWarnings(
    canvas,
    [...warnings.filter((warning) => OVERVIEW_WARNINGS.has(warning.code)), ...unrecordedDigest(warnings)],
    T.noWarnings,
  );
  drawSignatures(
    canvas,
    [{ label: SIGNATURE.unitSecretary, name: meta.signatories?.unitSecretary, ...SIGN.first }],
    SIGN.date,
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
