/**
 * 设置: the unit, year, fixed-day rule, shift policy, threshold and the branches with their
 * signatories, as labelled cells with workbook names (PD_Unit, PD_Year, PD_Threshold …) that the
 * other sheets' formulas use. Here the settings themselves, their defaults and where each sits on
 * the sheet; the sheet is written in ./settingsDescription.ts and read back in ./settingsRead.ts.
 */
import { type IsoWeekday } from '../../domain/date';
import { type FixedDayReading } from '../../domain/fixedDays';
import { DEFAULT_ACTIVITY_TIME, type TimeOfDay } from '../../domain/timeOfDay';
import { DEFAULT_SCHEDULE_SETTINGS, type ScheduleSettings, type ShiftPolicy } from '../../domain/settings';
import { SETTINGS_SHEET } from '../../strings/sheets';
import type { BranchSettings } from './settingsBranches';

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

export type Field = keyof typeof SETTINGS_SHEET.labels;

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
