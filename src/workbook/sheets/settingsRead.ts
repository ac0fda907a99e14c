/**
 * Reading 设置 back by label, so a row the user moves is still found: each value checked, a bad or
 * missing one a problem and its default used instead (written by ./settingsDescription.ts).
 */
import { SCHEDULE_YEARS } from '../../domain/schedule';
import { parseTimeOfDay } from '../../domain/timeOfDay';
import { parsePolicy, parseReading, parseWeekday } from '../../domain/settings';
import { SETTINGS_SHEET, SHEET_PROBLEMS } from '../../strings/sheets';
import { cellRef } from '../address';
import { gridEnd, gridValue, type RawGrid } from '../grid';
import type { Parsed, SheetProblem } from '../problems';
import { rawText } from './common';
import { defaultSettings, type Field, type WorkbookSettings } from './settings';
import { readBranches } from './settingsBranches';
import { parseOrdinals, parseThreshold } from './settingsText';

/** Settings an older workbook may not have: read as their default when the row is missing. */
const OPTIONAL_FIELDS: ReadonlySet<Field> = new Set(['activityTime', 'makeUpDays', 'unexcusedLimit']);

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
