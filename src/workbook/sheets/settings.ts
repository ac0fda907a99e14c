/**
 * 设置: the unit, year, fixed-day rule, shift policy, threshold and the branches with their
 * signatories, as labelled cells with workbook names (PD_Unit, PD_Year, PD_Threshold …) that the
 * other sheets' formulas use. Read back by label, so a row the user moves is still found.
 */
import { type IsoWeekday } from '../../domain/date';
import { type FixedDayReading, LAST_ORDINAL } from '../../domain/fixedDays';
import { SCHEDULE_YEARS } from '../../domain/schedule';
import { DEFAULT_ACTIVITY_TIME, parseTimeOfDay, type TimeOfDay } from '../../domain/timeOfDay';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  type ScheduleSettings,
  type ShiftPolicy,
  parsePolicy,
  parseReading,
  parseWeekday,
} from '../../domain/settings';
import { POLICY_LABELS, WEEKDAY_LABELS } from '../../strings/calendar';
import { SETTINGS_SHEET, SHEET_PROBLEMS, SHEET_TITLES } from '../../strings/sheets';
import { cellRef } from '../address';
import type { Cell, SheetDescription } from '../description';
import { gridEnd, gridValue, type RawGrid } from '../grid';
import type { Parsed, SheetProblem } from '../problems';
import { GRID_STYLE, HEADER_STYLE, NOTE_STYLE, TITLE_STYLE, printSetup, rawText } from './common';
import {
  BRANCH_HEADER_ROW,
  BRANCHES_NAME,
  type BranchSettings,
  FIRST_BRANCH_ROW,
  RECORDED_NAME_COLUMN,
  aliasesText,
  branchNamesRange,
  branchRowCount,
  readBranches,
} from './settingsBranches';

export {
  ALIASES_COLUMN,
  BRANCH_HEADER_ROW,
  BRANCHES_NAME,
  type BranchSettings,
  FIRST_BRANCH_ROW,
  RECORDED_NAME_COLUMN,
  aliasesText,
  branchNamesRange,
  branchRowCount,
  parseAliases,
} from './settingsBranches';

export interface WorkbookSettings {
  unit: string;
  year: number;
  /** 到会率 threshold, 0–1. */
  threshold: number;
  weekday: IsoWeekday;
  ordinals: number[];
  reading: FixedDayReading;
  policy: ShiftPolicy;
  requiredPerMonth: number;
  /** 党总支书记, signs the summaries across branches. */
  unitSecretary: string;
  /** 活动时间: the time of day of every activity unless 活动安排 gives one ('HH:MM'). */
  activityTime: TimeOfDay;
  /** 补学期限: days after an activity by which an absent or exempt member has made up the study. */
  makeUpDays: number;
  /** 无故缺席 this many times in the year lists the member in the check (stricter than the policy's six months). */
  unexcusedLimit: number;
  /** In the order the sheets list them (each attendance sheet records its own branch). */
  branches: BranchSettings[];
}

export const DEFAULT_MAKE_UP_DAYS = 30;
export const DEFAULT_UNEXCUSED_LIMIT = 3;

export function defaultSettings(year: number, unit = '', branches: readonly string[] = []): WorkbookSettings {
  return {
    unit,
    year,
    threshold: 0.8,
    weekday: DEFAULT_SCHEDULE_SETTINGS.weekday,
    ordinals: [...DEFAULT_SCHEDULE_SETTINGS.ordinals],
    reading: DEFAULT_SCHEDULE_SETTINGS.reading,
    policy: DEFAULT_SCHEDULE_SETTINGS.policy,
    requiredPerMonth: DEFAULT_SCHEDULE_SETTINGS.requiredPerMonth,
    unitSecretary: '',
    activityTime: DEFAULT_ACTIVITY_TIME,
    makeUpDays: DEFAULT_MAKE_UP_DAYS,
    unexcusedLimit: DEFAULT_UNEXCUSED_LIMIT,
    branches: branches.map((name) => ({ name, secretary: '', recorder: '' })),
  };
}

/** The schedule engine's settings from the sheet's. */
export function scheduleSettingsOf(settings: WorkbookSettings): Partial<ScheduleSettings> {
  return {
    weekday: settings.weekday,
    ordinals: settings.ordinals,
    reading: settings.reading,
    policy: settings.policy,
    requiredPerMonth: settings.requiredPerMonth,
  };
}

type Field = keyof typeof SETTINGS_SHEET.labels;

/** Row of each labelled setting (column A label, column B value, column C hint). */
export const SETTINGS_ROWS: Readonly<Record<Field, number>> = {
  unit: 3,
  year: 4,
  threshold: 5,
  weekday: 6,
  ordinals: 7,
  reading: 8,
  policy: 9,
  requiredPerMonth: 10,
  unitSecretary: 11,
  activityTime: 12,
  makeUpDays: 13,
  unexcusedLimit: 14,
};

/** Settings an older workbook may not have: read as their default when the row is missing. */
const OPTIONAL_FIELDS: ReadonlySet<Field> = new Set(['activityTime', 'makeUpDays', 'unexcusedLimit']);

export const SETTINGS_NAMES: Readonly<
  Record<Exclude<Field, 'unitSecretary' | 'activityTime' | 'makeUpDays' | 'unexcusedLimit'>, string>
> = {
  unit: 'PD_Unit',
  year: 'PD_Year',
  threshold: 'PD_Threshold',
  weekday: 'PD_Weekday',
  ordinals: 'PD_Ordinals',
  reading: 'PD_Reading',
  policy: 'PD_Policy',
  requiredPerMonth: 'PD_RequiredPerMonth',
};

export function ordinalsText(ordinals: readonly number[]): string {
  return ordinals.map((n) => (n === LAST_ORDINAL ? SETTINGS_SHEET.lastOrdinal : String(n))).join('、');
}

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

/**
 * Reads the settings back; a bad or missing value is a problem and the default is used instead.
 * `branchCells` gives the cell of each branch's name, for messages about it.
 */
export function parseSettingsGrid(
  grid: RawGrid,
  fallbackYear: number,
): Parsed<WorkbookSettings> & { branchCells: Map<string, string> } {
  const problems: SheetProblem[] = [];
  const sheet = grid.sheetName;
  const settings = defaultSettings(fallbackYear);
  const end = gridEnd(grid);
  const labelRows = new Map<string, number>();
  for (let row = grid.origin.row; row <= end.row; row++) {
    const label = rawText(gridValue(grid, row, 1));
    if (label !== '' && !labelRows.has(label)) labelRows.set(label, row);
  }
  const read = (field: Field): { text: string; raw: ReturnType<typeof gridValue>; cell: string } | null => {
    const row = labelRows.get(SETTINGS_SHEET.labels[field]);
    if (row === undefined) {
      if (OPTIONAL_FIELDS.has(field)) return null;
      problems.push({
        sheet,
        severity: 'error',
        message: SHEET_PROBLEMS.settingMissing(SETTINGS_SHEET.labels[field]),
      });
      return null;
    }
    const raw = gridValue(grid, row, 2);
    return { text: rawText(raw), raw, cell: cellRef(row, 2) };
  };
  const error = (cell: string, message: string) => problems.push({ sheet, cell, severity: 'error', message });

  const unit = read('unit');
  if (unit) settings.unit = unit.text;
  const unitSecretary = read('unitSecretary');
  if (unitSecretary) settings.unitSecretary = unitSecretary.text;

  const year = read('year');
  if (year) {
    const n = Number(year.text);
    if (Number.isInteger(n) && n >= SCHEDULE_YEARS.from && n <= SCHEDULE_YEARS.to) settings.year = n;
    else error(year.cell, SHEET_PROBLEMS.badYear(year.text));
  }
  const threshold = read('threshold');
  if (threshold) {
    const n = parseThreshold(threshold.raw === null ? '' : threshold.text);
    if (n !== null) settings.threshold = n;
    else error(threshold.cell, SHEET_PROBLEMS.badThreshold(threshold.text));
  }
  const weekday = read('weekday');
  if (weekday) {
    const parsed = parseWeekday(weekday.text);
    if (parsed !== null) settings.weekday = parsed;
    else error(weekday.cell, SHEET_PROBLEMS.badWeekday(weekday.text));
  }
  const ordinals = read('ordinals');
  if (ordinals) {
    const parsed = parseOrdinals(ordinals.text);
    if (parsed !== null) settings.ordinals = parsed;
    else error(ordinals.cell, SHEET_PROBLEMS.badOrdinals(ordinals.text));
  }
  const reading = read('reading');
  if (reading) {
    const parsed = parseReading(reading.text);
    if (parsed !== null) settings.reading = parsed;
    else error(reading.cell, SHEET_PROBLEMS.badReading(reading.text));
  }
  const policy = read('policy');
  if (policy) {
    const parsed = parsePolicy(policy.text);
    if (parsed !== null) settings.policy = parsed;
    else error(policy.cell, SHEET_PROBLEMS.badPolicy(policy.text));
  }
  const required = read('requiredPerMonth');
  if (required) {
    const n = Number(required.text);
    if (required.text !== '' && Number.isInteger(n) && n >= 0 && n <= 31) settings.requiredPerMonth = n;
    else error(required.cell, SHEET_PROBLEMS.badRequired(required.text));
  }

  const time = read('activityTime');
  if (time && time.text !== '') {
    const parsed = parseTimeOfDay(typeof time.raw === 'number' ? time.raw : time.text);
    if (parsed !== null) settings.activityTime = parsed;
    else error(time.cell, SHEET_PROBLEMS.badActivityTime(time.text));
  }

  const count = (field: 'makeUpDays' | 'unexcusedLimit', max: number, bad: (text: string) => string) => {
    const value = read(field);
    if (!value || value.text === '') return;
    const n = Number(value.text);
    if (Number.isInteger(n) && n >= 1 && n <= max) settings[field] = n;
    else error(value.cell, bad(value.text));
  };
  count('makeUpDays', 365, SHEET_PROBLEMS.badMakeUpDays);
  count('unexcusedLimit', 99, SHEET_PROBLEMS.badUnexcusedLimit);

  const branchCells = new Map<string, string>();
  settings.branches = readBranches(grid, labelRows, problems, branchCells);
  return { value: settings, problems, branchCells };
}

/** 0.8, 80%, 80 (read as percent) → 0.8; null when not a rate. */
export function parseThreshold(text: string): number | null {
  const trimmed = text.trim();
  const percent = /^(\d+(?:\.\d+)?)\s*[%％]$/.exec(trimmed);
  const n = percent ? Number(percent[1]) / 100 : Number(trimmed);
  if (trimmed === '' || !Number.isFinite(n)) return null;
  const rate = !percent && n > 1 && n <= 100 ? n / 100 : n;
  return rate >= 0 && rate <= 1 ? rate : null;
}

/** "2、4", "2,4", "2 4", "第二、第四", "末" → numbers (末/最后 = last); null when unreadable. */
export function parseOrdinals(text: string): number[] | null {
  const words: Record<string, number> = {
    一: 1,
    二: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    末: LAST_ORDINAL,
    最后: LAST_ORDINAL,
    最后一: LAST_ORDINAL,
  };
  const parts = text
    .normalize('NFKC')
    .split(/[、,，;；\s]+/)
    .map((part) => part.replace(/^第/, '').replace(/[个周]$/, ''))
    .filter((part) => part !== '');
  if (parts.length === 0) return null;
  const numbers: number[] = [];
  for (const part of parts) {
    const n = /^-?\d+$/.test(part) ? Number(part) : Object.hasOwn(words, part) ? words[part] : undefined;
    if (n === undefined) return null;
    numbers.push(n);
  }
  return numbers;
}
