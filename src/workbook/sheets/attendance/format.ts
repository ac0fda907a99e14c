/**
 * How a 出勤登记 sheet looks: cell styles, merges, the codes' drop-down and the conditional formats
 * (codes coloured, cells of people not due greyed, 到会率 and 达标 red only where 达标 says 未达标).
 */
import type { Activity } from '../../../domain/activity';
import { ATTENDANCE_SHEET } from '../../../strings/attendanceSheet';
import { cellRef, formatRange } from '../../address';
import type { ConditionalFormat, DataValidation, RangeStyle } from '../../description';
import { GRID_STYLE, HEADER_STYLE, NOTE_STYLE, TITLE_STYLE } from '../common';
import { gridRuleFormulas } from './formulas';
import {
  DATE_ROW,
  FIRST_ACTIVITY_COLUMN,
  FIRST_MEMBER_ROW,
  FIGURE_KEYS,
  ID_COLUMN,
  ID_ROW,
  LEGEND_ROW,
  NAME_COLUMN,
  SHIFT_ROW,
  STATUS_COLUMN,
  THEME_ROW,
  TITLE_ROW,
  TOTAL_KEYS,
  CATEGORY_COLUMN,
  letter,
  type AttendanceLayout,
} from './layout';

function range(top: number, left: number, bottom: number, right: number): string {
  return formatRange({ top, left, bottom, right });
}

const SHIFTED_FILL = '#F8CBAD';
const FIGURE_FILL = '#F2F2F2';
const ORPHAN_FILL = '#D9D9D9';
const RATE_FORMAT = '0.0%';

export function styles(layout: AttendanceLayout, activities: readonly Activity[]): RangeStyle[] {
  const lastActivity = FIRST_ACTIVITY_COLUMN + layout.activityCount - 1;
  const t = layout.totalColumn;
  const f = layout.figureRow;
  const list: RangeStyle[] = [
    { range: range(TITLE_ROW, 1, TITLE_ROW, 1), style: TITLE_STYLE },
    { range: range(LEGEND_ROW, 1, LEGEND_ROW, 1), style: { ...NOTE_STYLE, vertical: 'center' } },
    { range: range(ID_ROW, 1, ID_ROW, layout.lastColumn), style: { font: { size: 8, color: '#808080' } } },
    { range: range(DATE_ROW, 1, SHIFT_ROW, layout.lastMainColumn), style: HEADER_STYLE },
    {
      range: range(FIRST_MEMBER_ROW, ID_COLUMN, layout.lastMemberRow, STATUS_COLUMN),
      style: { ...GRID_STYLE, vertical: 'center' },
    },
    {
      range: range(FIRST_MEMBER_ROW, STATUS_COLUMN, layout.lastMemberRow, STATUS_COLUMN),
      style: { font: { size: 8 }, wrapText: true },
    },
    {
      range: range(layout.figureRow.due, 1, layout.lastFigureRow, layout.lastMainColumn),
      style: { ...GRID_STYLE, fill: FIGURE_FILL, horizontal: 'center' },
    },
    { range: range(f.due, 1, layout.lastFigureRow, 1), style: { font: { bold: true } } },
  ];
  if (layout.activityCount > 0) {
    list.push(
      {
        range: range(DATE_ROW, FIRST_ACTIVITY_COLUMN, DATE_ROW, lastActivity),
        style: { numberFormat: 'm"月"d"日"' },
      },
      {
        range: range(THEME_ROW, FIRST_ACTIVITY_COLUMN, SHIFT_ROW, lastActivity),
        style: { font: { size: 8 } },
      },
      {
        range: range(FIRST_MEMBER_ROW, FIRST_ACTIVITY_COLUMN, layout.lastMemberRow, lastActivity),
        style: { ...GRID_STYLE, horizontal: 'center', vertical: 'center' },
      },
      {
        range: range(FIRST_MEMBER_ROW, t.due, layout.lastMemberRow, t.rate),
        style: { ...GRID_STYLE, horizontal: 'center', fill: FIGURE_FILL },
      },
      {
        range: range(FIRST_MEMBER_ROW, t.rate, layout.lastMemberRow, t.rate),
        style: { numberFormat: RATE_FORMAT },
      },
      {
        range: range(f.rate, FIRST_ACTIVITY_COLUMN, f.rate, lastActivity),
        style: { numberFormat: RATE_FORMAT },
      },
      {
        range: range(f.recorded, FIRST_ACTIVITY_COLUMN, f.recorded, lastActivity),
        style: { numberFormat: ATTENDANCE_SHEET.recordedFormat, font: { size: 8 } },
      },
    );
  }
  activities.forEach((activity, i) => {
    if (!activity.shifted) return;
    const column = FIRST_ACTIVITY_COLUMN + i;
    list.push({ range: range(DATE_ROW, column, SHIFT_ROW, column), style: { fill: SHIFTED_FILL } });
  });
  if (layout.orphanCount > 0) {
    const first = layout.firstOrphanColumn;
    list.push(
      { range: range(LEGEND_ROW, first, LEGEND_ROW, first), style: { ...NOTE_STYLE, vertical: 'center' } },
      {
        range: range(DATE_ROW, first, SHIFT_ROW, layout.lastColumn),
        style: { ...HEADER_STYLE, fill: ORPHAN_FILL },
      },
      { range: range(DATE_ROW, first, DATE_ROW, layout.lastColumn), style: { numberFormat: 'm"月"d"日"' } },
      {
        range: range(FIRST_MEMBER_ROW, first, layout.lastMemberRow, layout.lastColumn),
        style: { ...GRID_STYLE, horizontal: 'center', font: { color: '#808080' } },
      },
    );
  }
  return list;
}

export function merges(layout: AttendanceLayout): string[] {
  const list = [
    range(TITLE_ROW, 1, TITLE_ROW, layout.lastMainColumn),
    range(LEGEND_ROW, 1, LEGEND_ROW, layout.lastMainColumn),
    ...[ID_COLUMN, NAME_COLUMN, CATEGORY_COLUMN, STATUS_COLUMN].map((column) =>
      range(DATE_ROW, column, SHIFT_ROW, column),
    ),
    range(DATE_ROW, layout.totalColumn.due, DATE_ROW, layout.totalColumn.rate),
    ...TOTAL_KEYS.map((key) => range(THEME_ROW, layout.totalColumn[key], SHIFT_ROW, layout.totalColumn[key])),
    ...FIGURE_KEYS.map((key) => range(layout.figureRow[key], 1, layout.figureRow[key], STATUS_COLUMN)),
  ];
  if (layout.orphanCount > 1)
    list.push(range(LEGEND_ROW, layout.firstOrphanColumn, LEGEND_ROW, layout.lastColumn));
  return list;
}

function gridRange(layout: AttendanceLayout): string {
  return range(
    FIRST_MEMBER_ROW,
    FIRST_ACTIVITY_COLUMN,
    layout.lastMemberRow,
    FIRST_ACTIVITY_COLUMN + layout.activityCount - 1,
  );
}

export function validations(layout: AttendanceLayout): DataValidation[] {
  if (layout.activityCount === 0) return [];
  const v = ATTENDANCE_SHEET.validation;
  return [
    {
      range: gridRange(layout),
      rule: { type: 'list', values: ['√', '迟', '早', '事', '病', '×', '免'] },
      allowBlank: true,
      errorStyle: 'warning',
      errorTitle: v.errorTitle,
      error: v.error,
      prompt: v.prompt,
    },
  ];
}

export function conditionalFormats(layout: AttendanceLayout): ConditionalFormat[] {
  if (layout.activityCount === 0) return [];
  const grid = gridRange(layout);
  const rules = gridRuleFormulas({ row: FIRST_MEMBER_ROW, column: FIRST_ACTIVITY_COLUMN });
  const lastActivity = FIRST_ACTIVITY_COLUMN + layout.activityCount - 1;
  const f = layout.figureRow;
  const t = layout.totalColumn;
  const below = (row: number, column: number) => {
    const cell = cellRef(row, column);
    return `=AND(${cell}<>"",${cell}<PD_Threshold)`;
  };
  const red = { fill: '#FFC7CE', fontColor: '#9C0006' };
  return [
    {
      range: grid,
      rule: { type: 'expression', formula: rules.nonStandard },
      format: { fill: '#F4B183', fontColor: '#833C0B' },
    },
    { range: grid, rule: { type: 'expression', formula: rules.absent }, format: red },
    {
      range: grid,
      rule: { type: 'expression', formula: rules.leave },
      format: { fill: '#FFEB9C', fontColor: '#9C5700' },
    },
    {
      range: grid,
      rule: { type: 'expression', formula: rules.exemptCode },
      format: { fill: '#D9D9D9', fontColor: '#7F7F7F' },
    },
    { range: grid, rule: { type: 'expression', formula: rules.notDue }, format: { fill: '#E7E6E6' } },
    {
      range: range(f.rate, FIRST_ACTIVITY_COLUMN, f.rate, lastActivity),
      // Red only where 达标 says 未达标: a partly recorded activity's rate is not yet a verdict.
      rule: {
        type: 'expression',
        formula: `=${letter(FIRST_ACTIVITY_COLUMN)}$${f.met}="${ATTENDANCE_SHEET.notMet}"`,
      },
      format: { ...red, bold: true },
    },
    {
      range: range(f.met, FIRST_ACTIVITY_COLUMN, f.met, lastActivity),
      rule: { type: 'cellValue', operator: 'equal', formulas: [`="${ATTENDANCE_SHEET.notMet}"`] },
      format: { ...red, bold: true },
    },
    {
      range: range(FIRST_MEMBER_ROW, t.rate, layout.lastMemberRow, t.rate),
      rule: { type: 'expression', formula: below(FIRST_MEMBER_ROW, t.rate) },
      format: { ...red, bold: true },
    },
  ];
}
