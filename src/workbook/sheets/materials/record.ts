/**
 * 活动记录: one A4 page per activity in the layout of a 《党组织工作记录簿》 page — 活动类型, 主题,
 * 时间, 地点, 主持人, 记录人, 应到, 实到 (正式/预备), 列席人员, 缺席人员及原因 (事假/病假/无故缺席,
 * 迟到/早退), 主要内容 (a tall cell from 活动安排's 内容摘要), 决议或结论, 存档资料, 经费, and lines
 * for 主持人 and 记录人 to sign. "本月全部活动记录" puts a month's records of a branch on one sheet,
 * a page break after each. Figures come from the ledger, as in the summaries (activityRecord).
 */
import type { ActivityRecord } from '../../../domain/activityRecord';
import type { PersonMark, PersonRef } from '../../../domain/summaries';
import { RECORD_SHEET as T } from '../../../strings/materials';
import type { SheetDescription } from '../../description';
import { SheetCanvas, type Span } from '../summary/canvas';
import { BODY_FONT, drawTitle, styleTable } from '../summary/parts';
import { printoutSheet } from '../summary/printout';
import type { ActivityHeading } from './heading';
import { MATERIALS_TAB_COLOR } from './kinds';

export interface RecordSheetInput {
  heading: ActivityHeading;
  record: ActivityRecord;
  archive?: string;
  expense?: number;
  summary?: string;
}

const WIDTHS = [16, 30, 14, 30];
const LABEL: Span = [1, 1];
const VALUE: Span = [2, 4];
const LEFT_VALUE: Span = [2, 2];
const RIGHT_LABEL: Span = [3, 3];
const RIGHT_VALUE: Span = [4, 4];
/** Points one record may take: an A4 page within SUMMARY_MARGINS, with room to spare. */
const PAGE_POINTS = 700;
const CONTENT_MIN = 140;
const FONT_SIZE = 11;

function names(people: readonly PersonRef[]): string {
  return people.map((person) => person.label).join('、');
}

function marked(people: readonly PersonMark[]): string {
  return people
    .map((person) => (person.reason ? `${person.label}（${person.reason}）` : person.label))
    .join('、');
}

function absenceText(record: ActivityRecord): string {
  const n = record.names;
  const groups: Array<[string, string]> = [
    [T.groups.personalLeave, marked(n.personalLeave)],
    [T.groups.sickLeave, marked(n.sickLeave)],
    [T.groups.absent, marked(n.absent)],
    [T.groups.late, marked(n.late)],
    [T.groups.leftEarly, marked(n.leftEarly)],
  ];
  if (n.unrecorded.length > 0 && record.line.figures.held && record.line.figures.recording !== 'none')
    groups.push([T.groups.unrecorded, names(n.unrecorded)]);
  return groups.map(([label, text]) => T.group(label, text === '' ? T.none : text)).join('\n');
}

/** Draws one record; returns its first and last rows. */
function drawRecord(canvas: SheetCanvas, input: RecordSheetInput): { first: number; last: number } {
  const { heading, record } = input;
  const before = canvas.totalHeight();
  const first = drawTitle(canvas, T.title(heading.branch));
  canvas.addRow(6);
  const tableTop = canvas.lastRow + 1;
  const labelled: number[] = [];
  const line = (
    spans: readonly Span[],
    values: ReadonlyArray<string>,
    labels: readonly number[],
    height = 0,
  ) => {
    const row = canvas.addRow();
    canvas.fill(row, spans, values);
    canvas.fitRow(row, spans, values, FONT_SIZE);
    canvas.height(row, Math.max(24, height));
    for (const index of labels) {
      const [from, to] = spans[index];
      canvas.style(row, from, row, to, {
        fill: '#F2F2F2',
        font: { ...BODY_FONT, size: FONT_SIZE, bold: true },
      });
    }
    labelled.push(row);
    return row;
  };
  const pair = (a: string, av: string, b: string, bv: string) =>
    line([LABEL, LEFT_VALUE, RIGHT_LABEL, RIGHT_VALUE], [a, av, b, bv], [0, 2]);
  const wide = (label: string, value: string, height = 0) =>
    line([LABEL, VALUE], [label, value], [0], height);
  const L = T.labels;
  const f = record.figures;
  const counted = record.line.figures.held && record.line.figures.recording !== 'none';

  pair(L.kind, heading.themeName, L.id, heading.activityId);
  wide(L.topic, heading.topic ?? '');
  pair(L.time, heading.when, L.place, heading.place ?? '');
  pair(L.host, heading.host ?? '', L.recorder, heading.recorder ?? '');
  pair(
    L.due,
    T.people(f.due),
    L.attended,
    counted ? T.attended(f.attended, f.attendedFormal, f.attendedProbationary) : T.blankAttended,
  );
  wide(L.invitees, counted ? names(record.names.invitees) || T.none : '');
  wide(L.absent, counted ? absenceText(record) : record.line.figures.held ? T.notRecorded : T.notHeld);
  const content = wide(L.content, input.summary ?? '', CONTENT_MIN);
  wide(L.resolution, '', 60);
  wide(L.archive, input.archive ?? '', 36);
  wide(L.expense, input.expense === undefined ? '' : T.expense(input.expense));
  const tableBottom = canvas.lastRow;
  styleTable(canvas, tableTop, tableBottom, [[1, 4]]);
  canvas.style(tableTop, 1, tableBottom, 4, { font: { ...BODY_FONT, size: FONT_SIZE } });
  canvas.style(tableTop, 2, tableBottom, 2, { horizontal: 'left' });
  canvas.style(tableTop, 4, tableBottom, 4, { horizontal: 'left' });
  canvas.style(content, 2, content, 4, { vertical: 'top' });
  for (const row of labelled) if (row !== content) canvas.style(row, 1, row, 1, { horizontal: 'center' });
  // Re-apply the label looks over the table style.
  for (const row of labelled)
    canvas.style(row, 1, row, 1, { fill: '#F2F2F2', font: { ...BODY_FONT, size: FONT_SIZE, bold: true } });

  canvas.addRow(20);
  const signs = canvas.addRow(32);
  canvas.fill(
    signs,
    [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ],
    [T.hostSigns, null, T.recorderSigns, null],
  );
  canvas.style(signs, 1, signs, 4, { font: { ...BODY_FONT, size: FONT_SIZE }, vertical: 'bottom' });
  canvas.style(signs, 1, signs, 1, { horizontal: 'right' });
  canvas.style(signs, 3, signs, 3, { horizontal: 'right' });
  for (const column of [2, 4])
    canvas.style(signs, column, signs, column, {
      borders: [{ edges: ['bottom'], line: 'thin', color: '#000000' }],
    });

  // 主要内容 takes what the page has left, so the record fills its page.
  const used = canvas.totalHeight() - before;
  const contentHeight = canvas.rows().find((spec) => spec.row === content)?.height ?? CONTENT_MIN;
  if (used < PAGE_POINTS) canvas.height(content, contentHeight + (PAGE_POINTS - used));
  return { first, last: canvas.lastRow };
}

function sheet(
  kind: string,
  name: string,
  unit: string,
  canvas: SheetCanvas,
  breaks: number[],
): SheetDescription {
  return printoutSheet(canvas, {
    kind,
    name,
    tabColor: MATERIALS_TAB_COLOR,
    unit,
    orientation: 'portrait',
    onePage: breaks.length === 0,
    rowBreaks: breaks,
  });
}

/** One activity's 活动记录, one page. */
export function describeRecordSheet(kind: string, name: string, input: RecordSheetInput): SheetDescription {
  const canvas = new SheetCanvas(WIDTHS);
  drawRecord(canvas, input);
  return sheet(kind, name, input.heading.unit, canvas, []);
}

/** 本月全部活动记录: the month's records of a branch, one page each. */
export function describeMonthRecordsSheet(
  kind: string,
  name: string,
  unit: string,
  inputs: readonly RecordSheetInput[],
): SheetDescription {
  const canvas = new SheetCanvas(WIDTHS);
  const breaks = inputs.map((input) => drawRecord(canvas, input).last);
  breaks.pop();
  if (inputs.length === 0) canvas.addRow();
  return sheet(kind, name, unit, canvas, breaks);
}
