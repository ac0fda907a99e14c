/**
 * 年度汇总: the year's participation report for the 年中、年底 专题组织生活会 and the archive. One
 * table under one two-row header that repeats on every printed page (A4 landscape, one page wide):
 * for each branch its members across the twelve months (实到 per month; 应到、实到、到会率 per
 * half-year; 应到、实到、请假、缺席、到会率 for the year), then the branch's rows per month
 * (实到人次, 到会率, activities held, activities under the threshold); then, with several branches,
 * one row per branch and the totals across branches for the 党总支. Warnings and signatures follow.
 *
 * Static values with number formats: a filed record, not live formulas.
 */
import type { MakeUpCounts } from '../../domain/makeUp';
import type { BranchPeriod, AnnualSummary, BranchYear, MemberYear } from '../../domain/summaries';
import { type RatedTally, nothingRecorded } from '../../domain/tally';
import type { DomainWarning } from '../../domain/warning';
import { MONTH_SUMMARY, SIGNATURE, SUMMARY_SHEET_NAMES, YEAR_SUMMARY as T } from '../../strings/summary';
import { makeUpMemberNote } from './summary/makeUpLine';
import type { Cell, SheetDescription } from '../description';
import { SheetCanvas, type Span } from './summary/canvas';
import {
  BELOW_COLOR,
  BODY_FONT,
  BODY_SIZE,
  RATE_FORMAT,
  type SummaryMeta,
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
import { drawLeadersRow } from './summary/leaders';
import { printoutSheet, SUMMARY_TAB_COLOR } from './summary/printout';

export const SUMMARY_YEAR_KIND = 'summary.year';

/** Column of each field (1-based). */
const C = {
  index: 1,
  name: 2,
  category: 3,
  month: (m: number) => 3 + m,
  h1: 16,
  h2: 19,
  year: 22,
  note: 27,
} as const;
const COUNT = 5;
const RATE = 6.2;
const WIDTHS = [
  4,
  8,
  11,
  ...new Array<number>(12).fill(5),
  COUNT,
  COUNT,
  RATE,
  COUNT,
  COUNT,
  RATE,
  COUNT,
  COUNT,
  COUNT,
  COUNT,
  RATE,
  8,
];
const LAST = WIDTHS.length;
const TIMES = '0"次"';
const HEADER_FILL = '#EDEDED';
const BAND_FILL = '#F6F6F6';

/** Warning kinds reported for the year (per-activity reminders stay on the monthly pages). */
const YEAR_WARNINGS = new Set<DomainWarning['code']>([
  'empty-branch',
  'absence-run',
  'unexcused-limit',
  'below-threshold',
  'month-short',
  'provisional-holidays',
  'shift-impossible',
]);

export function describeAnnualSummarySheet(summary: AnnualSummary, meta: SummaryMeta): SheetDescription {
  const canvas = new SheetCanvas(WIDTHS);
  const single = summary.branches.length === 1 ? summary.branches[0].branch : null;
  drawTitle(canvas, T.title(single ?? meta.unit, summary.year));
  const info: Span[] = [
    [1, 9],
    [10, 18],
    [19, LAST],
  ];
  drawInfoLine(canvas, info, [
    MONTH_SUMMARY.unit(meta.unit),
    T.period(summary.year),
    MONTH_SUMMARY.generatedAt(meta.generatedAt),
  ]);
  drawInfoLine(canvas, info, [MONTH_SUMMARY.asOf(summary.asOf), '', '']);
  const header = drawTableHeader(canvas);
  for (const branch of summary.branches) drawBranch(canvas, branch, summary.threshold, meta.makeUp);
  if (summary.branches.length > 1) drawOverview(canvas, summary, meta.unit);
  drawParagraph(canvas, T.notes);
  const warnings = warningsFor(meta.warnings ?? [], single, String(summary.year)).filter((warning) =>
    YEAR_WARNINGS.has(warning.code),
  );
  // Activities still to be recorded, one line per branch: why a month shows 未登记 instead of a rate.
  const unrecorded = unrecordedDigest(warningsFor(meta.warnings ?? [], single, String(summary.year)));
  drawHeading(canvas, T.warningsHeading);
  drawWarnings(canvas, [...warnings, ...unrecorded], MONTH_SUMMARY.noWarnings);
  const signer = single ? meta.signatories?.branches?.find((entry) => entry.branch === single) : undefined;
  drawSignatures(
    canvas,
    [
      single
        ? { label: SIGNATURE.branchSecretary, name: signer?.secretary, span: [1, 3], line: [4, 8] }
        : {
            label: SIGNATURE.unitSecretary,
            name: meta.signatories?.unitSecretary,
            span: [1, 3],
            line: [4, 8],
          },
      ...(single
        ? [
            {
              label: SIGNATURE.recorder,
              name: signer?.recorder,
              span: [9, 12] as Span,
              line: [13, 17] as Span,
            },
          ]
        : []),
    ],
    { span: [19, 21], line: [22, 26] },
  );
  return printoutSheet(canvas, {
    kind: SUMMARY_YEAR_KIND,
    name: SUMMARY_SHEET_NAMES.year,
    tabColor: SUMMARY_TAB_COLOR,
    unit: meta.unit,
    orientation: 'landscape',
    onePage: false,
    titleRows: header,
    freeze: { rows: header.last, columns: C.category },
  });
}

function drawTableHeader(canvas: SheetCanvas): { first: number; last: number } {
  canvas.addRow(6);
  const h = T.header;
  const top = canvas.addRow(18);
  const bottom = canvas.addRow(18);
  for (const [column, label] of [
    [C.index, h.index],
    [C.name, h.name],
    [C.category, h.category],
    [C.note, h.note],
  ] as const) {
    canvas.set(top, column, label);
    canvas.merge(top, column, bottom, column);
  }
  canvas.set(top, C.month(1), '各月实到次数');
  canvas.merge(top, C.month(1), top, C.month(12));
  for (let m = 1; m <= 12; m += 1) canvas.set(bottom, C.month(m), h.month(m));
  const sections: Array<[number, string, string[]]> = [
    [C.h1, h.firstHalf, [h.due, h.attended, h.rate]],
    [C.h2, h.secondHalf, [h.due, h.attended, h.rate]],
    [C.year, h.year, [h.due, h.attended, h.leave, h.absent, h.rate]],
  ];
  for (const [start, label, fields] of sections) {
    canvas.set(top, start, label);
    canvas.merge(top, start, top, start + fields.length - 1);
    fields.forEach((field, i) => canvas.set(bottom, start + i, field));
  }
  styleTable(canvas, top, bottom, [[1, LAST]]);
  canvas.styleRows(top, bottom, { font: { ...BODY_FONT, bold: true }, fill: HEADER_FILL });
  return { first: top, last: bottom };
}

/** A band across the table naming the branch (or the 党总支 totals). */
function drawBand(canvas: SheetCanvas, text: string): void {
  const row = canvas.addRow(20);
  canvas.set(row, 1, text);
  canvas.merge(row, 1, row, LAST);
  styleTable(canvas, row, row, [[1, LAST]]);
  canvas.styleRows(row, row, {
    font: { ...BODY_FONT, bold: true, size: 11 },
    fill: BAND_FILL,
    horizontal: 'left',
  });
}

function drawBranch(
  canvas: SheetCanvas,
  branch: BranchYear,
  threshold: number,
  makeUp: MakeUpCounts | undefined,
): void {
  drawBand(canvas, T.branchBand(branch.branch));
  if (branch.members.length === 0) {
    const row = canvas.addRow(20);
    canvas.set(row, 1, T.noMembers);
    canvas.merge(row, 1, row, LAST);
    styleTable(canvas, row, row, [[1, LAST]]);
  }
  branch.members.forEach((member, i) =>
    drawMember(canvas, member, i + 1, threshold, makeUpMemberNote(makeUp, member.memberId)),
  );
  drawPeriodRows(canvas, T.branchRows, branch.months, branch.halves, branch.year, threshold);
  drawLeadersRow(canvas, branch.leaders, LAST);
}

function drawMember(
  canvas: SheetCanvas,
  member: MemberYear,
  index: number,
  threshold: number,
  makeUpNote: string | null,
): void {
  const row = canvas.addRow(17);
  canvas.set(row, C.index, index);
  canvas.set(row, C.name, member.label);
  canvas.set(row, C.category, member.category);
  if (member.counted) {
    member.months.forEach((tally, m) => {
      canvas.set(row, C.month(m + 1), countCell(tally));
      if (nothingRecorded(tally)) canvas.style(row, C.month(m + 1), row, C.month(m + 1), SMALL);
    });
    setHalf(canvas, row, C.h1, member.halves[0]);
    setHalf(canvas, row, C.h2, member.halves[1]);
    setYear(canvas, row, member.year);
  } else {
    member.months.forEach((tally, m) =>
      canvas.set(row, C.month(m + 1), tally.invitees > 0 ? tally.invitees : null),
    );
  }
  const notes: string[] = [];
  if (member.exempt) notes.push(T.exempt);
  if (!member.counted) notes.push(T.invitee);
  if (makeUpNote !== null) notes.push(makeUpNote);
  canvas.set(row, C.note, notes.length > 0 ? notes.join('；') : null);
  styleTable(canvas, row, row, [[1, LAST]]);
  canvas.style(row, C.name, row, C.name, { horizontal: 'left' });
  canvas.style(row, C.note, row, C.note, { font: { ...BODY_FONT, size: 9 } });
  for (const column of [C.h1 + 2, C.h2 + 2, C.year + 4])
    canvas.style(row, column, row, column, { numberFormat: RATE_FORMAT });
  markBelow(canvas, row, C.year + 4, member.counted ? member.year.rate : null, threshold);
}

function setHalf(canvas: SheetCanvas, row: number, column: number, tally: RatedTally): void {
  canvas.set(row, column, tally.due);
  canvas.set(row, column + 1, tally.attended);
  canvas.set(row, column + 2, rateCell(tally));
}

function setYear(canvas: SheetCanvas, row: number, tally: RatedTally): void {
  const values: Cell[] = [tally.due, tally.attended, tally.leave, tally.absent, rateCell(tally)];
  values.forEach((value, i) => canvas.set(row, C.year + i, value));
}

/** The small print of 未登记 in a narrow month column. */
const SMALL = { font: { ...BODY_FONT, size: BODY_SIZE - 3 } };

/** 实到 of a month: — when nobody was due, 未登记 when nothing is recorded yet (never a 0 for it). */
function countCell(tally: RatedTally): Cell {
  if (tally.due === 0) return T.notDue;
  return nothingRecorded(tally) ? T.unrecorded : tally.attended;
}

/** A rate: 未登记 when nothing behind it is recorded yet, — when nobody was due. */
function rateCell(tally: RatedTally): Cell {
  if (tally.rate !== null) return tally.rate;
  return nothingRecorded(tally) ? T.unrecorded : T.notDue;
}

function markBelow(
  canvas: SheetCanvas,
  row: number,
  column: number,
  rate: number | null,
  threshold: number,
): void {
  if (rate !== null && rate < threshold)
    canvas.style(row, column, row, column, { font: { ...BODY_FONT, bold: true, color: BELOW_COLOR } });
}

interface MonthPeriod {
  held: number;
  required: number;
  planned: number;
  belowThreshold: number;
  totals: RatedTally;
}

/** Four rows per branch (or across branches): 实到人次, 到会率, 已开展次数, 未达标次数. */
function drawPeriodRows(
  canvas: SheetCanvas,
  labels: { attended: string; rate: string; held: string; below: string },
  months: readonly MonthPeriod[],
  halves: readonly [BranchPeriod, BranchPeriod],
  year: BranchPeriod,
  threshold: number,
): void {
  const label = (row: number, text: string) => {
    canvas.set(row, C.index, text);
    canvas.merge(row, C.index, row, C.category);
  };
  const attended = canvas.addRow(17);
  label(attended, labels.attended);
  months.forEach((m, i) => {
    canvas.set(attended, C.month(i + 1), countCell(m.totals));
    if (nothingRecorded(m.totals)) canvas.style(attended, C.month(i + 1), attended, C.month(i + 1), SMALL);
  });
  setHalf(canvas, attended, C.h1, halves[0].totals);
  setHalf(canvas, attended, C.h2, halves[1].totals);
  setYear(canvas, attended, year.totals);

  const rate = canvas.addRow(17);
  label(rate, labels.rate);
  months.forEach((m, i) => {
    canvas.set(rate, C.month(i + 1), rateCell(m.totals));
    markBelow(canvas, rate, C.month(i + 1), m.totals.rate, threshold);
  });
  const spanned = (row: number, values: readonly Cell[]) => {
    const sections: Span[] = [
      [C.h1, C.h1 + 2],
      [C.h2, C.h2 + 2],
      [C.year, C.year + 4],
    ];
    canvas.fill(row, sections, values);
  };
  spanned(rate, [rateCell(halves[0].totals), rateCell(halves[1].totals), rateCell(year.totals)]);

  const held = canvas.addRow(17);
  label(held, labels.held);
  months.forEach((m, i) => {
    canvas.set(held, C.month(i + 1), m.held);
    if (m.planned < m.required)
      canvas.style(held, C.month(i + 1), held, C.month(i + 1), {
        font: { ...BODY_FONT, bold: true, color: BELOW_COLOR },
      });
  });
  spanned(held, [halves[0].held, halves[1].held, year.held]);

  const below = canvas.addRow(17);
  label(below, labels.below);
  months.forEach((m, i) => canvas.set(below, C.month(i + 1), m.belowThreshold));
  spanned(below, [halves[0].belowThreshold, halves[1].belowThreshold, year.belowThreshold]);

  styleTable(canvas, attended, below, [[1, LAST]]);
  canvas.style(attended, 1, below, LAST, { font: { ...BODY_FONT, bold: true } });
  for (const column of [C.h1 + 2, C.h2 + 2, C.year + 4])
    canvas.style(attended, column, attended, column, { numberFormat: RATE_FORMAT });
  canvas.style(rate, C.month(1), rate, LAST, { numberFormat: RATE_FORMAT });
  canvas.style(held, C.month(1), below, LAST, { numberFormat: TIMES });
  canvas.style(rate, C.month(1), rate, C.month(12), {
    font: { ...BODY_FONT, bold: true, size: BODY_SIZE - 2 },
  });
}

function drawOverview(canvas: SheetCanvas, summary: AnnualSummary, unit: string): void {
  drawBand(canvas, T.overviewBand(unit));
  summary.branches.forEach((branch, i) => {
    const row = canvas.addRow(17);
    canvas.set(row, C.index, i + 1);
    canvas.set(row, C.name, branch.branch);
    canvas.merge(row, C.name, row, C.category);
    branch.months.forEach((m, k) => {
      canvas.set(row, C.month(k + 1), rateCell(m.totals));
      markBelow(canvas, row, C.month(k + 1), m.totals.rate, summary.threshold);
    });
    setHalf(canvas, row, C.h1, branch.halves[0].totals);
    setHalf(canvas, row, C.h2, branch.halves[1].totals);
    setYear(canvas, row, branch.year.totals);
    styleTable(canvas, row, row, [[1, LAST]]);
    canvas.style(row, C.name, row, C.name, { horizontal: 'left' });
    canvas.style(row, C.month(1), row, C.month(12), {
      numberFormat: RATE_FORMAT,
      font: { ...BODY_FONT, size: BODY_SIZE - 2 },
    });
    for (const column of [C.h1 + 2, C.h2 + 2, C.year + 4])
      canvas.style(row, column, row, column, { numberFormat: RATE_FORMAT });
    markBelow(canvas, row, C.year + 4, branch.year.totals.rate, summary.threshold);
  });
  drawPeriodRows(canvas, T.overviewRows, summary.months, summary.halves, summary.total, summary.threshold);
  drawLeadersRow(canvas, summary.leaders, LAST);
}
