/**
 * 签到表: one per activity, A4 portrait — unit, branch, 主题, 时间, 地点, 主持人; a table 序号 · 姓名 ·
 * 类别 · 本人签名 (a tall empty cell) · 备注 of every member due that day, the exempt ones listed
 * with 免参加 in 备注; a block of empty rows for 列席人员; the footer 应到 … 实到 … . Up to 60 people
 * fit one page (two columns of rows past 30); a longer list runs over pages with the heading and
 * the table's header repeated on each (print titles).
 */
import type { SignInPerson } from '../../../domain/activityRecord';
import { SIGN_IN_SHEET as T } from '../../../strings/materials';
import type { SheetDescription } from '../../description';
import { SheetCanvas, type Span } from '../summary/canvas';
import { BODY_FONT, drawHeader, drawParagraph, drawTitle, styleTable } from '../summary/parts';
import { printoutSheet } from '../summary/printout';
import { type ActivityHeading, drawActivityHeading } from './heading';
import { MATERIALS_TAB_COLOR } from './kinds';

export interface SignInSheetInput {
  kind: string;
  name: string;
  heading: ActivityHeading;
  people: readonly SignInPerson[];
  /** 应到, from the ledger (the people not exempt). */
  due: number;
}

/** Most people on one page; past this the list runs over pages. */
export const SIGN_IN_PAGE_PEOPLE = 60;
/** Up to this many, one column of rows; past it (up to a page) two side by side. */
const ONE_COLUMN_PEOPLE = 30;
const INVITEE_ROWS = 6;

const SINGLE = {
  widths: [6, 14, 10, 34, 22],
  tables: [
    [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ],
  ],
} as const;
const DOUBLE = {
  widths: [5, 10, 6, 16, 9, 2, 5, 10, 6, 16, 9],
  tables: [
    [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ],
    [
      [7, 7],
      [8, 8],
      [9, 9],
      [10, 10],
      [11, 11],
    ],
  ],
} as const;

export function describeSignInSheet(input: SignInSheetInput): SheetDescription {
  const people = input.people;
  const twoColumns = people.length > ONE_COLUMN_PEOPLE && people.length <= SIGN_IN_PAGE_PEOPLE;
  const onePage = people.length <= SIGN_IN_PAGE_PEOPLE;
  const layout = twoColumns ? DOUBLE : SINGLE;
  const tables = layout.tables as unknown as Span[][];
  const canvas = new SheetCanvas(layout.widths);
  const width = layout.widths.length;
  const halves: [Span, Span] = twoColumns
    ? [
        [1, 5],
        [7, 11],
      ]
    : [
        [1, 3],
        [4, 5],
      ];

  drawTitle(canvas, T.title(input.heading.branch));
  drawActivityHeading(canvas, input.heading, halves, false);
  canvas.addRow(6);
  const headerRow = canvas.lastRow + 1;
  const header = tables.flatMap(() => [...T.headers]);
  drawHeader(canvas, tables.flat(), header);
  const bodyHeight = twoColumns ? 24 : 27;
  const rowsNeeded = twoColumns ? Math.ceil(people.length / 2) : Math.max(people.length, 1);
  const first = canvas.lastRow + 1;
  for (let i = 0; i < rowsNeeded; i += 1) {
    const row = canvas.addRow(bodyHeight);
    tables.forEach((spans, side) => {
      const index = side * rowsNeeded + i;
      const person = people[index];
      if (person === undefined) return;
      canvas.fill(row, spans, [
        index + 1,
        person.label,
        T.categories[person.category] ?? person.category,
        null,
        person.exempt ? T.exempt : null,
      ]);
    });
  }
  for (const spans of tables) styleTable(canvas, first, canvas.lastRow, spans);

  canvas.addRow(8);
  drawParagraph(canvas, T.invitees);
  const inviteeFirst = canvas.lastRow + 1;
  drawHeader(
    canvas,
    tables.flat(),
    tables.flatMap(() => [...T.inviteeHeaders]),
  );
  const inviteeRows = twoColumns ? INVITEE_ROWS / 2 : INVITEE_ROWS / 2 + 1;
  for (let i = 0; i < inviteeRows; i += 1) {
    const row = canvas.addRow(bodyHeight);
    tables.forEach((spans, side) => canvas.set(row, spans[0][0], side * inviteeRows + i + 1));
  }
  for (const spans of tables) styleTable(canvas, inviteeFirst, canvas.lastRow, spans);

  canvas.addRow(8);
  const footer = canvas.addRow(24);
  canvas.fill(footer, [[1, width]], [T.footer(input.due)]);
  canvas.styleRows(footer, footer, {
    font: { ...BODY_FONT, size: 11 },
    horizontal: 'left',
    vertical: 'center',
  });

  return printoutSheet(canvas, {
    kind: input.kind,
    name: input.name,
    tabColor: MATERIALS_TAB_COLOR,
    unit: input.heading.unit,
    orientation: 'portrait',
    onePage,
    ...(onePage ? {} : { titleRows: { first: 1, last: headerRow } }),
  });
}
