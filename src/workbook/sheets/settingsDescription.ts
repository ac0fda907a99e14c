/**
 * 设置 as written: the labelled settings with their hints, the branch table, the hidden column of
 * generated names, and the workbook names (PD_Unit, PD_Year …) the other sheets' formulas use.
 */
import { SCHEDULE_YEARS } from '../../domain/schedule';
import { POLICY_LABELS, WEEKDAY_LABELS } from '../../strings/calendar';
import { SETTINGS_SHEET, SHEET_TITLES } from '../../strings/sheets';
import { cellRef } from '../address';
import type { Cell, SheetDescription } from '../description';
import { GRID_STYLE, HEADER_STYLE, NOTE_STYLE, TITLE_STYLE, printSetup } from './common';
import { type Field, SETTINGS_NAMES, SETTINGS_ROWS, type WorkbookSettings } from './settings';
import {
  BRANCH_HEADER_ROW,
  BRANCHES_NAME,
  FIRST_BRANCH_ROW,
  RECORDED_NAME_COLUMN,
  aliasesText,
  branchNamesRange,
  branchRowCount,
} from './settingsBranches';
import { ordinalsText } from './settingsText';

export function describeSettingsSheet(settings: WorkbookSettings): SheetDescription {
  const labels = SETTINGS_SHEET.labels;
  const hints = SETTINGS_SHEET.hints;
  const values: Record<Field, Cell> = {
    unit: settings.unit,
    year: settings.year,
    threshold: settings.threshold,
    weekday: WEEKDAY_LABELS[settings.weekday - 1],
    ordinals: ordinalsText(settings.ordinals),
    reading: SETTINGS_SHEET.readingLabels[settings.reading],
    policy: POLICY_LABELS[settings.policy],
    requiredPerMonth: settings.requiredPerMonth,
    unitSecretary: settings.unitSecretary,
    activityTime: settings.activityTime,
    makeUpDays: settings.makeUpDays,
    unexcusedLimit: settings.unexcusedLimit,
  };
  const fields = Object.keys(SETTINGS_ROWS) as Field[];
  const rowCount = branchRowCount(settings.branches.length);
  const branchRows: Cell[][] = Array.from({ length: rowCount }, (_, i) => {
    const branch = settings.branches[i];
    return branch
      ? [i + 1, branch.name, branch.secretary, branch.recorder, aliasesText(branch.aliases)]
      : [null, null, null, null, null];
  });
  const recordedNames: Cell[][] = [
    [SETTINGS_SHEET.recordedNameHeader],
    ...Array.from({ length: rowCount }, (_, i) => [settings.branches[i]?.name ?? null]),
  ];
  const lastBranchRow = FIRST_BRANCH_ROW + rowCount - 1;
  const v = SETTINGS_SHEET.validation;
  const at = (field: Field) => `B${SETTINGS_ROWS[field]}`;
  const lastFieldRow = Math.max(...Object.values(SETTINGS_ROWS));
  return {
    kind: 'settings',
    name: SHEET_TITLES.settings,
    tabColor: '#C00000',
    columns: [
      { column: 1, width: 20 },
      { column: 2, width: 30 },
      { column: 3, width: 16 },
      { column: 4, width: 16 },
      { column: 5, width: 60 },
      { column: RECORDED_NAME_COLUMN, width: 16, hidden: true },
    ],
    // The generated names last: until they are written, a rerun still sees the renames to carry.
    writeLast: `${cellRef(BRANCH_HEADER_ROW, RECORDED_NAME_COLUMN)}:${cellRef(lastBranchRow, RECORDED_NAME_COLUMN)}`,
    blocks: [
      { anchor: 'A1', cells: [[SETTINGS_SHEET.title]] },
      { anchor: 'A2', cells: [[SETTINGS_SHEET.note]] },
      // Hints sit in column E so C and D stay free for the branch table's signatories.
      {
        anchor: 'A3',
        cells: fields.map((field) => [labels[field], values[field], null, null, hints[field]]),
      },
      {
        anchor: `A${BRANCH_HEADER_ROW}`,
        cells: [[...SETTINGS_SHEET.branchHeader, SETTINGS_SHEET.aliasesHeader]],
      },
      { anchor: `A${FIRST_BRANCH_ROW}`, cells: branchRows },
      { anchor: cellRef(BRANCH_HEADER_ROW, RECORDED_NAME_COLUMN), cells: recordedNames },
    ],
    styles: [
      { range: 'A1:E1', style: TITLE_STYLE },
      { range: 'A2:E2', style: NOTE_STYLE },
      { range: `A3:A${lastFieldRow}`, style: { font: { bold: true }, fill: '#F2F2F2' } },
      { range: `A3:B${lastFieldRow}`, style: GRID_STYLE },
      { range: `B3:B${lastFieldRow}`, style: { horizontal: 'left' } },
      { range: `E3:E${lastFieldRow}`, style: NOTE_STYLE },
      { range: at('threshold'), style: { numberFormat: '0%' } },
      { range: at('ordinals'), style: { numberFormat: '@' } },
      // Text, so 15:00 stays as typed rather than becoming a fraction of a day.
      { range: at('activityTime'), style: { numberFormat: '@' } },
      { range: `A${BRANCH_HEADER_ROW}:E${BRANCH_HEADER_ROW}`, style: HEADER_STYLE },
      { range: `A${FIRST_BRANCH_ROW}:E${lastBranchRow}`, style: GRID_STYLE },
      { range: `B${FIRST_BRANCH_ROW}:E${lastBranchRow}`, style: { numberFormat: '@' } },
      {
        range: `${cellRef(FIRST_BRANCH_ROW, RECORDED_NAME_COLUMN)}:${cellRef(lastBranchRow, RECORDED_NAME_COLUMN)}`,
        style: { numberFormat: '@' },
      },
    ],
    rows: [
      { row: 1, height: 28 },
      { row: 2, height: 30 },
    ],
    merges: ['A1:E1', 'A2:E2'],
    validations: [
      {
        range: at('year'),
        rule: { type: 'whole', min: SCHEDULE_YEARS.from, max: SCHEDULE_YEARS.to },
        allowBlank: false,
        errorTitle: v.yearTitle,
        error: v.year,
      },
      {
        range: at('threshold'),
        rule: { type: 'decimal', min: 0, max: 1 },
        allowBlank: false,
        errorTitle: v.thresholdTitle,
        error: v.threshold,
      },
      {
        range: at('weekday'),
        rule: { type: 'list', values: WEEKDAY_LABELS },
        allowBlank: false,
        errorTitle: v.weekdayTitle,
        error: v.weekday,
      },
      {
        range: at('reading'),
        rule: { type: 'list', values: Object.values(SETTINGS_SHEET.readingLabels) },
        allowBlank: false,
        errorTitle: v.readingTitle,
        error: v.reading,
      },
      {
        range: at('policy'),
        rule: { type: 'list', values: Object.values(POLICY_LABELS) },
        allowBlank: false,
        errorTitle: v.policyTitle,
        error: v.policy,
      },
      {
        range: at('requiredPerMonth'),
        rule: { type: 'whole', min: 0, max: 31 },
        allowBlank: false,
        errorTitle: v.requiredTitle,
        error: v.required,
      },
      {
        range: at('makeUpDays'),
        rule: { type: 'whole', min: 1, max: 365 },
        allowBlank: true,
        errorTitle: v.makeUpDaysTitle,
        error: v.makeUpDays,
      },
      {
        range: at('unexcusedLimit'),
        rule: { type: 'whole', min: 1, max: 99 },
        allowBlank: true,
        errorTitle: v.unexcusedLimitTitle,
        error: v.unexcusedLimit,
      },
    ],
    names: [
      ...(Object.keys(SETTINGS_NAMES) as Array<keyof typeof SETTINGS_NAMES>).map((field) => ({
        name: SETTINGS_NAMES[field],
        range: `$B$${SETTINGS_ROWS[field]}`,
      })),
      { name: BRANCHES_NAME, range: branchNamesRange(settings.branches.length) },
    ],
    print: printSetup(settings.unit, 'portrait'),
  };
}
