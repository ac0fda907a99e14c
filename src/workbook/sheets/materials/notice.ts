/**
 * 活动通知 as a printout, A4 portrait: the notice itself first — the same lines the pane shows and
 * copies (activityNoticeLines), title centred, the branch and date signed at the right — then a
 * 通知送达登记 of every member due that day (序号 · 姓名 · 类别 · 通知方式 · 本人知悉 · 备注), the
 * exempt listed with who passes the content on (二、2). Written whole each time; nothing read back.
 */
import type { SignInPerson } from '../../../domain/activityRecord';
import { NOTICE_SHEET as T, SIGN_IN_SHEET } from '../../../strings/materials';
import type { SheetDescription } from '../../description';
import { SheetCanvas, type Span } from '../summary/canvas';
import { BODY_FONT, drawHeader, drawParagraph, drawTitle, styleTable } from '../summary/parts';
import { printoutSheet } from '../summary/printout';
import { MATERIALS_TAB_COLOR } from './kinds';

export interface NoticeSheetInput {
  kind: string;
  name: string;
  unit: string;
  /** activityNoticeLines: the title, the body ('' for a blank line), then the branch and the date. */
  lines: readonly string[];
  people: readonly SignInPerson[];
}

const WIDTHS = [6, 14, 8, 14, 24, 20];
const TABLE: Span[] = WIDTHS.map((_, i): Span => [i + 1, i + 1]);
const NOTICE_FONT_SIZE = 12;
const NOTICE_FONT = { ...BODY_FONT, size: NOTICE_FONT_SIZE };
/** The signature: the notice's last two lines (the branch, the date). */
const SIGNATURE_LINES = 2;

export function describeNoticeSheet(input: NoticeSheetInput): SheetDescription {
  const canvas = new SheetCanvas(WIDTHS);
  const all: Span = [1, WIDTHS.length];
  const [title, ...rest] = input.lines;
  drawTitle(canvas, title);
  const body = rest.slice(0, rest.length - SIGNATURE_LINES);
  const signature = rest.slice(rest.length - SIGNATURE_LINES);
  for (const line of body) {
    if (line === '') {
      canvas.addRow(10);
      continue;
    }
    const row = canvas.addRow();
    canvas.fill(row, [all], [line]);
    canvas.styleRows(row, row, { font: NOTICE_FONT, horizontal: 'left', vertical: 'center', wrapText: true });
    canvas.fitRow(row, [all], [line], NOTICE_FONT_SIZE);
  }
  for (const line of signature) {
    const row = canvas.addRow();
    canvas.fill(row, [all], [line]);
    canvas.styleRows(row, row, { font: NOTICE_FONT, horizontal: 'right', vertical: 'center' });
    canvas.fitRow(row, [all], [line], NOTICE_FONT_SIZE);
  }

  canvas.addRow(14);
  drawParagraph(canvas, T.delivery);
  const headerRow = drawHeader(canvas, TABLE, T.headers);
  const first = canvas.lastRow + 1;
  input.people.forEach((person, i) => {
    const row = canvas.addRow(24);
    canvas.fill(row, TABLE, [
      i + 1,
      person.label,
      SIGN_IN_SHEET.categories[person.category] ?? person.category,
      null,
      null,
      person.exempt ? T.exempt : null,
    ]);
  });
  if (canvas.lastRow >= first) styleTable(canvas, first, canvas.lastRow, TABLE);
  const exempt = input.people.filter((person) => person.exempt).length;
  canvas.addRow(6);
  drawParagraph(canvas, T.footer(input.people.length - exempt, exempt));

  // One page wide; a long branch's list runs on over pages under the repeated table header.
  return printoutSheet(canvas, {
    kind: input.kind,
    name: input.name,
    tabColor: MATERIALS_TAB_COLOR,
    unit: input.unit,
    orientation: 'portrait',
    onePage: false,
    titleRows: { first: headerRow, last: headerRow },
  });
}
