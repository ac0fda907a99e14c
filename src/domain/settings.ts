/** The schedule settings: how the fixed days are chosen and moved. Every threshold is a setting. */
import type { IsoWeekday } from './date';
import { type FixedDayReading, LAST_ORDINAL, MAX_ORDINAL } from './fixedDays';
import { DEFAULT_THEME_PLAN, type ThemePlan } from './themes';
import { SETTINGS_ERRORS } from '../strings/calendar';

/** 顺延 moves a fixed day that is not a working day later; 提前 moves it earlier. */
export type ShiftPolicy = 'postpone' | 'advance';

export interface ScheduleSettings {
  /** ISO weekday of the fixed days: 5 = Friday. */
  weekday: IsoWeekday;
  /** Which of those weekdays in each month (see FixedDayRule): [2, 4] = 第二、第四个. */
  ordinals: readonly number[];
  reading: FixedDayReading;
  policy: ShiftPolicy;
  /** Whether a 调休 working day on a weekend may hold an activity. */
  weekendWorkdaysCount: boolean;
  /** Activities a branch must hold each month (每月至少两次). */
  requiredPerMonth: number;
  /** How far a fixed day may move (遇节假日顺延或提前, within a week). */
  maxShiftDays: number;
  /** The yearly theme plan (month + slot → theme). */
  themePlan: ThemePlan;
}

export const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = {
  weekday: 5,
  ordinals: [2, 4],
  reading: 'nth-weekday',
  policy: 'postpone',
  weekendWorkdaysCount: true,
  requiredPerMonth: 2,
  maxShiftDays: 7,
  themePlan: DEFAULT_THEME_PLAN,
};

const POLICY_WORDS: Readonly<Record<string, ShiftPolicy>> = {
  postpone: 'postpone',
  顺延: 'postpone',
  advance: 'advance',
  提前: 'advance',
};

/** Reads a policy as a person may write it: postpone/顺延 or advance/提前; null otherwise. */
export function parsePolicy(text: string): ShiftPolicy | null {
  const key = text.trim().toLowerCase();
  return Object.hasOwn(POLICY_WORDS, key) ? POLICY_WORDS[key] : null;
}

const READING_WORDS: Readonly<Record<string, FixedDayReading>> = {
  'nth-weekday': 'nth-weekday',
  第n个: 'nth-weekday',
  'calendar-week': 'calendar-week',
  第n周: 'calendar-week',
};

/** Reads a reading: nth-weekday/第N个 or calendar-week/第N周; null otherwise. */
export function parseReading(text: string): FixedDayReading | null {
  const key = text.trim().toLowerCase();
  return Object.hasOwn(READING_WORDS, key) ? READING_WORDS[key] : null;
}

const WEEKDAY_WORDS = ['一', '二', '三', '四', '五', '六', '日'];

/** Reads a weekday: 1–7 (Monday = 1), 星期五, 周五, 礼拜五 (日/天 for Sunday); null otherwise. */
export function parseWeekday(text: string): IsoWeekday | null {
  const trimmed = text.trim();
  if (/^[1-7]$/.test(trimmed)) return Number(trimmed) as IsoWeekday;
  const match = /^(?:星期|周|礼拜)([一二三四五六日天])$/.exec(trimmed);
  if (!match) return null;
  const word = match[1] === '天' ? '日' : match[1];
  return (WEEKDAY_WORDS.indexOf(word) + 1) as IsoWeekday;
}

function ordinalsProblem(ordinals: readonly number[], reading: FixedDayReading): string | null {
  if (ordinals.length === 0) return SETTINGS_ERRORS.noOrdinals;
  const max = MAX_ORDINAL[reading];
  const bad = ordinals.find((n) => !(Number.isInteger(n) && ((n >= 1 && n <= max) || n === LAST_ORDINAL)));
  if (bad !== undefined) return SETTINGS_ERRORS.badOrdinal(bad, max);
  if (new Set(ordinals).size !== ordinals.length) return SETTINGS_ERRORS.duplicateOrdinals;
  return null;
}

/** Chinese messages for every invalid field of the settings; empty when they are usable. */
export function settingsProblems(settings: ScheduleSettings): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(settings.weekday) || settings.weekday < 1 || settings.weekday > 7) {
    problems.push(SETTINGS_ERRORS.badWeekday(settings.weekday));
  }
  if (!(settings.reading in MAX_ORDINAL)) problems.push(SETTINGS_ERRORS.badReading(String(settings.reading)));
  else {
    const problem = ordinalsProblem(settings.ordinals, settings.reading);
    if (problem !== null) problems.push(problem);
  }
  if (settings.policy !== 'postpone' && settings.policy !== 'advance') {
    problems.push(SETTINGS_ERRORS.badPolicy(String(settings.policy)));
  }
  if (
    !Number.isInteger(settings.requiredPerMonth) ||
    settings.requiredPerMonth < 0 ||
    settings.requiredPerMonth > 31
  ) {
    problems.push(SETTINGS_ERRORS.badRequired(settings.requiredPerMonth));
  }
  if (!Number.isInteger(settings.maxShiftDays) || settings.maxShiftDays < 1 || settings.maxShiftDays > 31) {
    problems.push(SETTINGS_ERRORS.badMaxShift(settings.maxShiftDays));
  }
  return problems;
}

/** The defaults with the given fields replaced (undefined fields keep their default). */
export function withDefaults(partial: Partial<ScheduleSettings> = {}): ScheduleSettings {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_SCHEDULE_SETTINGS, ...defined };
}

/** Ordinals in calendar order: ascending, the last-of-month ordinal after the numbered ones. */
export function sortedOrdinals(ordinals: readonly number[]): number[] {
  const rank = (n: number): number => (n === LAST_ORDINAL ? Number.MAX_SAFE_INTEGER : n);
  return [...ordinals].sort((a, b) => rank(a) - rank(b));
}
