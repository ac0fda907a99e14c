/**
 * 活动安排: one row per activity of every branch — id, date, planned date and shift reason, theme
 * (a drop-down of the six), what the branch records about it (topic, place, host, recorder, archive,
 * expense, note, time of day, content summary), and 应到/实到/到会率/达标 as live formulas over the branch's attendance sheet.
 * Activities a regeneration no longer holds stay as rows marked 已取消 with everything entered.
 */
import { type Activity, activityKey } from '../../domain/activity';
import { type CalendarDate, weekdayName } from '../../domain/date';
import type { ActivityDetails } from '../../domain/summaries';
import { THEMES, type ThemeId, themeName } from '../../domain/themes';
import { KEPT_ROW, SCHEDULE_SHEET, SHEET_TITLES } from '../../strings/sheets';
import { cellRef, columnLetters } from '../address';
import type { Cell, FormulaCell, SheetDescription } from '../description';
import { GRID_STYLE, HEADER_STYLE, type KeptRow, NOTE_STYLE, TITLE_STYLE, printSetup } from './common';
import {
  SCHEDULE_COLUMNS,
  SCHEDULE_FIRST_ROW,
  SCHEDULE_HEADER_ROW,
  SCHEDULE_WIDTH,
  type ScheduleColumn,
} from './scheduleLayout';
import { SETTINGS_NAMES } from './settings';
import { type UserColumns, userColumnsParts } from './userColumns';

export { SCHEDULE_COLUMNS, SCHEDULE_FIRST_ROW, SCHEDULE_HEADER_ROW } from './scheduleLayout';
export {
  EXTRA_ID,
  type ScheduleContext,
  type ScheduleRow,
  hasDetails,
  mergeDetails,
  parseScheduleGrid,
} from './scheduleRead';

type Column = ScheduleColumn;
const WIDTH = SCHEDULE_WIDTH;

/** An activity the current schedule no longer has, kept with what was entered for it. */
export interface CancelledActivity {
  branch: string;
  activityId: string;
  /** The date it had when last generated; null when unknown. */
  date: CalendarDate | null;
  theme: ThemeId | null;
  details: ActivityDetails;
}

/** Formulas ('=…') giving an activity's 应到, 实到, 到会率 and 达标 from its attendance sheet. */
export interface FigureFormulas {
  due: string;
  present: string;
  rate: string;
  met: string;
}

export interface ScheduleSheetInput {
  unit: string;
  year: number;
  activities: readonly Activity[];
  /** By activityKey. */
  details: ReadonlyMap<string, ActivityDetails>;
  cancelled: readonly CancelledActivity[];
  /** For an activity's 应到/实到; null leaves them empty (no attendance sheet for the branch). */
  figureFormulas: (activity: Activity) => FigureFormulas | null;
  /** Rows that could not be read, written back at the end as typed and marked 待更正. */
  kept?: readonly KeptRow[];
  /**
   * Columns the user added right of the sheet, their cells by activityKey (an activity gone from
   * the schedule keeps its cells on its 已取消 row: see carryData).
   */
  userColumns?: UserColumns;
}

function detailCells(
  details: ActivityDetails | undefined,
): Record<
  'topic' | 'place' | 'host' | 'recorder' | 'archive' | 'expense' | 'note' | 'time' | 'summary',
  Cell
> {
  return {
    time: details?.time ?? null,
    summary: details?.summary ?? null,
    topic: details?.topic ?? null,
    place: details?.place ?? null,
    host: details?.host ?? null,
    recorder: details?.recorder ?? null,
    archive: details?.archive ?? null,
    expense: details?.expense ?? null,
    note: details?.note ?? null,
  };
}

function rowOf(values: Partial<Record<Column, Cell>>): Cell[] {
  const row = new Array<Cell>(WIDTH).fill(null);
  for (const [column, value] of Object.entries(values) as Array<[Column, Cell]>)
    row[SCHEDULE_COLUMNS[column] - 1] = value ?? null;
  return row;
}

const letter = (column: Column) => columnLetters(SCHEDULE_COLUMNS[column]);

export function describeScheduleSheet(input: ScheduleSheetInput): SheetDescription {
  const rows: Cell[][] = [];
  const user = input.userColumns;
  const userCells: Array<readonly Cell[] | undefined> = [];
  // A branch's activities are one run of rows whose lookups differ only in the row of the id
  // ($A4, $A5 …): each cell below the run's first is filled from it (stored once, a shared formula).
  let runStart = 0;
  input.activities.forEach((activity, index) => {
    const figures = input.figureFormulas(activity);
    const row = SCHEDULE_FIRST_ROW + index;
    if (index === 0 || input.activities[index - 1].branch !== activity.branch) runStart = row;
    const lookup = (column: Column, formula: string): FormulaCell =>
      row === runStart ? { formula } : { formula, filledFrom: cellRef(runStart, SCHEDULE_COLUMNS[column]) };
    const status = activity.shifted
      ? SCHEDULE_SHEET.status.shifted
      : activity.provisional
        ? SCHEDULE_SHEET.status.provisional
        : SCHEDULE_SHEET.status.normal;
    rows.push(
      rowOf({
        id: activity.id,
        branch: activity.branch,
        date: { date: activity.date },
        weekday: weekdayName(activity.date),
        plannedDate: activity.shifted ? { date: activity.plannedDate } : null,
        reason: activity.reason,
        theme: themeName(activity.theme),
        ...detailCells(input.details.get(activityKey(activity))),
        ...(figures
          ? {
              due: lookup('due', figures.due),
              present: lookup('present', figures.present),
              rate: lookup('rate', figures.rate),
              met: lookup('met', figures.met),
            }
          : {}),
        status: status === '' ? null : status,
      }),
    );
    userCells.push(user?.rows.get(activityKey(activity)));
  });
  for (const cancelled of input.cancelled) {
    rows.push(
      rowOf({
        id: cancelled.activityId,
        branch: cancelled.branch,
        date: cancelled.date ? { date: cancelled.date } : null,
        weekday: cancelled.date ? weekdayName(cancelled.date) : null,
        reason: SCHEDULE_SHEET.cancelledReason,
        theme: cancelled.theme ? themeName(cancelled.theme) : null,
        ...detailCells(cancelled.details),
        status: SCHEDULE_SHEET.status.cancelled,
      }),
    );
    userCells.push(user?.rows.get(activityKey({ branch: cancelled.branch, id: cancelled.activityId })));
  }
  const kept = input.kept ?? [];
  const firstKept = SCHEDULE_FIRST_ROW + rows.length;
  for (const row of kept) {
    const cells = [...row.cells];
    while (cells.length < WIDTH) cells.push(null);
    cells[SCHEDULE_COLUMNS.status - 1] = KEPT_ROW.marker(row.reason);
    rows.push(cells);
    userCells.push(row.userCells);
  }
  // A kept row may reach past the last column (cells the user typed there): the block is widened.
  const blockWidth = Math.max(WIDTH, ...rows.map((row) => row.length));
  for (const row of rows) while (row.length < blockWidth) row.push(null);
  const count = Math.max(rows.length, 1);
  if (rows.length === 0) rows.push(new Array<Cell>(blockWidth).fill(null));
  const headerRow: Cell[] = [...SCHEDULE_SHEET.headers];
  while (headerRow.length < blockWidth) headerRow.push(null);
  const lastRow = SCHEDULE_FIRST_ROW + count - 1;
  const last = columnLetters(WIDTH);
  const range = (column: Column) => `${letter(column)}${SCHEDULE_FIRST_ROW}:${letter(column)}${lastRow}`;
  const all = `A${SCHEDULE_FIRST_ROW}:${last}${lastRow}`;
  const firstCancelled = SCHEDULE_FIRST_ROW + input.activities.length;
  const v = SCHEDULE_SHEET.validation;
  const userParts = userColumnsParts(user, {
    base: WIDTH,
    firstFree: blockWidth + 1,
    headerRow: SCHEDULE_HEADER_ROW,
    headerHeight: 1,
    body: userCells,
    headerStyle: HEADER_STYLE,
  });
  return {
    kind: 'schedule',
    name: SHEET_TITLES.schedule,
    tabColor: '#BF9000',
    columns: [
      ...[10, 16, 11, 7, 11, 22, 14, 24, 12, 8, 8, 6, 6, 8, 8, 20, 9, 16, 7, 8, 36].map((width, i) => ({
        column: i + 1,
        width,
      })),
      ...userParts.columns,
    ],
    rows: [
      { row: 1, height: 28 },
      { row: 2, height: 30 },
    ],
    blocks: [
      { anchor: 'A1', cells: [[SCHEDULE_SHEET.title(input.unit, input.year)]] },
      {
        anchor: 'A2',
        cells: [[kept.length > 0 ? `${SCHEDULE_SHEET.note}${KEPT_ROW.note}` : SCHEDULE_SHEET.note]],
      },
      { anchor: `A${SCHEDULE_HEADER_ROW}`, cells: [headerRow, ...rows] },
      ...userParts.blocks,
    ],
    styles: [
      { range: `A1:${last}1`, style: TITLE_STYLE },
      { range: `A2:${last}2`, style: NOTE_STYLE },
      { range: `A${SCHEDULE_HEADER_ROW}:${last}${SCHEDULE_HEADER_ROW}`, style: HEADER_STYLE },
      { range: all, style: { ...GRID_STYLE, vertical: 'center' } },
      // User-typed columns are text, so 001 or =… stays as typed.
      {
        range: `${letter('topic')}${SCHEDULE_FIRST_ROW}:${letter('recorder')}${lastRow}`,
        style: { numberFormat: '@', wrapText: true },
      },
      {
        range: `${letter('archive')}${SCHEDULE_FIRST_ROW}:${letter('archive')}${lastRow}`,
        style: { numberFormat: '@', wrapText: true },
      },
      { range: range('note'), style: { numberFormat: '@', wrapText: true } },
      // Text, so 15:00 stays as typed rather than becoming a fraction of a day.
      { range: range('time'), style: { numberFormat: '@', horizontal: 'center' } },
      { range: range('summary'), style: { numberFormat: '@', wrapText: true, vertical: 'top' } },
      { range: range('reason'), style: { wrapText: true } },
      { range: range('date'), style: { numberFormat: 'yyyy-mm-dd' } },
      { range: range('plannedDate'), style: { numberFormat: 'yyyy-mm-dd' } },
      { range: range('rate'), style: { numberFormat: '0.0%' } },
      { range: range('expense'), style: { numberFormat: '#,##0.00' } },
      {
        range: `${letter('due')}${SCHEDULE_FIRST_ROW}:${letter('met')}${lastRow}`,
        style: { horizontal: 'center' },
      },
      ...userParts.styles,
    ],
    merges: [`A1:${last}1`, `A2:${last}2`],
    conditionalFormats: [
      ...(kept.length > 0
        ? [
            {
              range: `A${firstKept}:${last}${lastRow}`,
              rule: {
                type: 'expression' as const,
                formula: `=LEFT($${letter('status')}${firstKept},${KEPT_ROW.status.length})="${KEPT_ROW.status}"`,
              },
              format: { fill: '#FCE4D6', fontColor: '#C00000' },
            },
          ]
        : []),
      ...(input.cancelled.length > 0
        ? [
            {
              range: `A${firstCancelled}:${last}${lastRow}`,
              rule: {
                type: 'expression' as const,
                formula: `=$${letter('status')}${firstCancelled}="${SCHEDULE_SHEET.status.cancelled}"`,
              },
              format: { fill: '#EDEDED', fontColor: '#7F7F7F' },
            },
          ]
        : []),
      {
        range: range('met'),
        rule: { type: 'cellValue', operator: 'equal', formulas: [`="${SCHEDULE_SHEET.notMet}"`] },
        format: { fill: '#FFC7CE', fontColor: '#9C0006' },
      },
      {
        range: range('rate'),
        rule: {
          type: 'expression',
          formula: `=AND(ISNUMBER(${letter('rate')}${SCHEDULE_FIRST_ROW}),${letter('rate')}${SCHEDULE_FIRST_ROW}<${SETTINGS_NAMES.threshold})`,
        },
        format: { fontColor: '#C00000', bold: true },
      },
      {
        range: range('date'),
        rule: { type: 'expression', formula: `=$${letter('plannedDate')}${SCHEDULE_FIRST_ROW}<>""` },
        format: { fill: '#FFF2CC' },
      },
    ],
    validations: [
      {
        range: range('theme'),
        rule: { type: 'list', values: THEMES.map((theme) => theme.name) },
        allowBlank: false,
        errorTitle: v.themeTitle,
        error: v.theme,
      },
      {
        range: range('expense'),
        rule: { type: 'decimal', min: 0 },
        allowBlank: true,
        errorTitle: v.expenseTitle,
        error: v.expense,
      },
    ],
    freeze: { rows: SCHEDULE_HEADER_ROW, columns: 3 },
    print: printSetup(input.unit, 'landscape', { first: SCHEDULE_HEADER_ROW, last: SCHEDULE_HEADER_ROW }),
  };
}
