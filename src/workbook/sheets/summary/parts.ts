/**
 * The pieces both printed summaries are made of: title, heading lines, table headers and bodies
 * with borders, the list of warnings and the signature lines, in the fonts of Chinese official
 * forms (宋体 body, 黑体 title). Also the meta both builders take.
 */
import type { MakeUpCounts } from '../../../domain/makeUp';
import type { DomainWarning } from '../../../domain/warning';
import { digestWarnings } from '../../../domain/warningDigest';
import { ALL_EDGES, type Cell, type CellStyle, type FontStyle, type PageMargins } from '../../description';
import { SIGNATURE } from '../../../strings/summary';
import { type SheetCanvas, type Span, lineHeight } from './canvas';

/** Who signs: the 支部书记 and 记录人 of each branch, the 党总支书记 for the cross-branch form. */
export interface BranchSignatories {
  branch: string;
  secretary?: string;
  recorder?: string;
}

export interface SummarySignatories {
  unitSecretary?: string;
  branches?: readonly BranchSignatories[];
}

export interface SummaryMeta {
  /** 单位名称, printed under the title and in the page header. */
  unit: string;
  /** When the summary was made, as the caller shows it (e.g. '2027-03-31 16:20'); never read from a clock here. */
  generatedAt: string;
  signatories?: SummarySignatories;
  /** Warnings of the ledger and schedule; each block shows those of its branch and period. */
  warnings?: readonly DomainWarning[];
  /** 补学 owed and done (./makeUpLine.ts); no 补学 lines without it. */
  makeUp?: MakeUpCounts;
}

export const BODY_SIZE = 10;
export const BODY_FONT: FontStyle = { name: '宋体', size: BODY_SIZE };
export const TITLE_FONT: FontStyle = { name: '黑体', size: 16, bold: true };
export const HEADING_FONT: FontStyle = { name: '黑体', size: 11, bold: true };
export const RATE_FORMAT = '0.0%';
export const BELOW_COLOR = '#C00000';
const HEADER_FILL = '#EDEDED';

/** Narrow margins (cm) that leave room for the header with the unit name and the page footer. */
export const SUMMARY_MARGINS: PageMargins = {
  top: 1.9,
  bottom: 1.6,
  left: 1.5,
  right: 1.5,
  header: 0.8,
  footer: 0.8,
};

const GRID: CellStyle = { borders: [{ edges: ALL_EDGES, line: 'thin', color: '#000000' }] };

export function drawTitle(canvas: SheetCanvas, text: string): number {
  const row = canvas.addRow(30);
  canvas.set(row, 1, text);
  canvas.merge(row, 1, row, canvas.columnCount);
  canvas.styleRows(row, row, { font: TITLE_FONT, horizontal: 'center', vertical: 'center' });
  return row;
}

/** One line of small print: texts left, centre and right (unit, period, generation time). */
export function drawInfoLine(canvas: SheetCanvas, spans: readonly Span[], texts: readonly string[]): number {
  const row = canvas.addRow();
  canvas.fill(row, spans, texts);
  canvas.styleRows(row, row, { font: BODY_FONT, vertical: 'center' });
  spans.forEach(([from, to], i) => {
    const horizontal = i === 0 ? 'left' : i === spans.length - 1 ? 'right' : 'center';
    canvas.style(row, from, row, to, { horizontal });
  });
  canvas.fitRow(row, spans, texts, BODY_SIZE);
  return row;
}

export function drawHeading(canvas: SheetCanvas, text: string): number {
  canvas.addRow(6);
  const row = canvas.addRow(lineHeight(11) + 6);
  canvas.set(row, 1, text);
  canvas.merge(row, 1, row, canvas.columnCount);
  canvas.styleRows(row, row, { font: HEADING_FONT, vertical: 'bottom' });
  return row;
}

export function drawHeader(canvas: SheetCanvas, spans: readonly Span[], labels: readonly string[]): number {
  const row = canvas.addRow();
  canvas.fill(row, spans, labels);
  styleTable(canvas, row, row, spans);
  canvas.styleRows(row, row, { font: { ...BODY_FONT, bold: true }, fill: HEADER_FILL });
  canvas.fitRow(row, spans, labels, BODY_SIZE);
  return row;
}

/** A bordered body row; values are centred unless `left` names spans to align left. */
export function drawBodyRow(
  canvas: SheetCanvas,
  spans: readonly Span[],
  values: readonly Cell[],
  left: ReadonlySet<number> = new Set(),
): number {
  const row = canvas.addRow();
  canvas.fill(row, spans, values);
  styleTable(canvas, row, row, spans);
  spans.forEach(([from, to], i) => {
    if (left.has(i)) canvas.style(row, from, row, to, { horizontal: 'left' });
  });
  canvas.fitRow(row, spans, values, BODY_SIZE);
  return row;
}

/** Thin borders round every span of rows top…bottom, body font, centred and wrapped. */
export function styleTable(canvas: SheetCanvas, top: number, bottom: number, spans: readonly Span[]): void {
  const left = spans[0][0];
  const right = spans[spans.length - 1][1];
  canvas.style(top, left, bottom, right, {
    ...GRID,
    font: BODY_FONT,
    horizontal: 'center',
    vertical: 'center',
    wrapText: true,
  });
}

/** A paragraph across the whole width (a note, or a line saying the table is empty). */
export function drawParagraph(canvas: SheetCanvas, text: string, bordered = false): number {
  const row = canvas.addRow();
  const span: Span = [1, canvas.columnCount];
  canvas.fill(row, [span], [text]);
  canvas.styleRows(row, row, { font: BODY_FONT, vertical: 'center', wrapText: true, horizontal: 'left' });
  if (bordered) canvas.styleRows(row, row, GRID);
  canvas.fitRow(row, [span], [text], BODY_SIZE);
  return row;
}

/** Numbered warnings, one paragraph each; `none` when there are none. */
export function drawWarnings(
  canvas: SheetCanvas,
  warnings: ReadonlyArray<{ message: string }>,
  none: string,
): void {
  if (warnings.length === 0) {
    drawParagraph(canvas, none);
    return;
  }
  warnings.forEach((warning, i) => drawParagraph(canvas, `${i + 1}. ${warning.message}`));
}

/** A signer: the label, then an underlined space holding the printed name, to sign beside. */
export interface Signer {
  label: string;
  name?: string;
  span: Span;
  line: Span;
}

/** Signature lines: each label followed by an underlined space to sign, and the date. */
export function drawSignatures(
  canvas: SheetCanvas,
  signers: readonly Signer[],
  date: Omit<Signer, 'label' | 'name'>,
): number {
  canvas.addRow(14);
  const row = canvas.addRow(32);
  const all = [...signers, { label: SIGNATURE.date, name: SIGNATURE.datePlaceholder, ...date }];
  for (const signer of all) {
    canvas.fill(row, [signer.span, signer.line], [signer.label, signer.name ?? null]);
    canvas.style(row, signer.span[0], row, signer.span[1], { horizontal: 'right' });
    canvas.style(row, signer.line[0], row, signer.line[1], {
      borders: [{ edges: ['bottom'], line: 'thin', color: '#000000' }],
      horizontal: 'center',
    });
  }
  canvas.styleRows(row, row, { font: { ...BODY_FONT, size: 11 }, vertical: 'bottom' });
  return row;
}

/**
 * The warnings for one block within a period ('2027-03' or '2027'): a branch's own and those of no
 * branch (such as provisional holidays); with branch null, every branch's (the 党总支's view).
 */
/**
 * The activities still to be recorded, one line per branch (“第一党支部：2 次活动未登记出勤（3月13日、
 * 3月27日）”), for the pages that do not list each activity: a reviewer must see that a missing rate
 * means "not recorded yet", not "nobody came".
 */
export function unrecordedDigest(warnings: readonly DomainWarning[]): Array<{ message: string }> {
  return digestWarnings(
    warnings.filter((warning) => warning.code === 'unrecorded'),
    { collapseFrom: 1 },
  ).map((line) => ({ message: line.text }));
}

export function warningsFor(
  warnings: readonly DomainWarning[],
  branch: string | null,
  period: string,
): DomainWarning[] {
  return warnings.filter(
    (warning) =>
      (branch === null || warning.branch === undefined || warning.branch === branch) &&
      (warning.month === undefined || warning.month.startsWith(period)),
  );
}
