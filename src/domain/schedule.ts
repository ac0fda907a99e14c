/**
 * The year's schedule of every branch: the fixed days of the plan (shifted off holidays) plus the
 * branch's extra activities, with themes and the warnings a secretary should see.
 *
 * The fixed days depend only on the year, the settings and the calendar, so they are planned once
 * and copied into every branch.
 */
import type { Activity } from './activity';
import {
  type CalendarDate,
  type MonthKey,
  compareDates,
  monthKey,
  monthKeyOf,
  monthOf,
  yearOf,
} from './date';
import { fixedDaysOfMonth } from './fixedDays';
import { type HolidayCalendar, DEFAULT_HOLIDAY_CALENDAR } from './holidays/calendar';
import { type ScheduleSettings, settingsProblems, sortedOrdinals, withDefaults } from './settings';
import { shiftFixedDay } from './shift';
import { EXTRA_ACTIVITY_THEME, type ThemeId, type ThemeOverride, themeForSlot } from './themes';
import type { DomainWarning } from './warning';
import { CALENDAR_WARNINGS } from '../strings/calendar';

export type { ScheduleSettings } from './settings';
export { DEFAULT_SCHEDULE_SETTINGS } from './settings';

/**
 * The years a schedule can be made for: the 放假办法 of 1999 onwards and the package's lunar tables
 * (to 2099) give every holiday; official notices cover only some of them (see OFFICIAL_YEARS).
 */
export const SCHEDULE_YEARS = { from: 2000, to: 2099 } as const;

/** An activity a branch adds on a date of its choice (the X of "5+X"). */
export interface ExtraActivity {
  branch: string;
  date: CalendarDate;
  theme?: ThemeId;
  /** The id it already has (read back from a workbook), kept so entered data stays attached. */
  id?: string;
}

export interface ScheduleInput {
  year: number;
  branches: readonly string[];
  settings?: Partial<ScheduleSettings>;
  calendar?: HolidayCalendar;
  /** Extra activities of any year; those of other years are left for their own schedule. */
  extras?: readonly ExtraActivity[];
  themeOverrides?: readonly ThemeOverride[];
}

export interface Schedule {
  activities: Activity[];
  warnings: DomainWarning[];
}

/** A fixed day of the plan, the same for every branch. */
export interface PlannedDay {
  /** 1-based position among the month's planned days (the id's last part). */
  slot: number;
  plannedDate: CalendarDate;
  date: CalendarDate;
  shifted: boolean;
  reason: string | null;
  /** True when the day is the month's last fixed activity (for the 'last' theme line). */
  isLast: boolean;
}

export interface YearPlan {
  year: number;
  days: PlannedDay[];
  provisional: boolean;
  /** Fixed days that could not be held anywhere near their planned date. */
  warnings: DomainWarning[];
}

/** Thrown when settings are unusable; the message is Chinese and names every bad field. */
export class ScheduleSettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ScheduleSettingsError';
  }
}

interface Slot {
  slot: number;
  date: CalendarDate;
}

/** The month's planned days, numbered in plan order; a date repeated by two ordinals counts once. */
function plannedSlots(year: number, month: number, settings: ScheduleSettings): Slot[] {
  const dates = fixedDaysOfMonth(year, month, { ...settings, ordinals: sortedOrdinals(settings.ordinals) });
  const slots: Slot[] = [];
  dates.forEach((date, index) => {
    if (date !== null && !slots.some((s) => s.date === date)) slots.push({ slot: index + 1, date });
  });
  return slots;
}

interface MonthPlan {
  days: PlannedDay[];
  warnings: DomainWarning[];
}

function planMonth(
  year: number,
  month: number,
  settings: ScheduleSettings,
  calendar: HolidayCalendar,
): MonthPlan {
  const slots = plannedSlots(year, month, settings);
  const forward = settings.policy === 'postpone';
  // Resolve in the policy's direction, so each day is bounded by the neighbour already settled on
  // one side and by the neighbour's planned date on the other.
  const order = forward ? slots : [...slots].reverse();
  const settled = new Map<number, CalendarDate>();
  const days: PlannedDay[] = [];
  const warnings: DomainWarning[] = [];
  order.forEach((current, i) => {
    const neighbourDone = i > 0 ? (settled.get(order[i - 1].slot) ?? order[i - 1].date) : null;
    const neighbourNext = order[i + 1]?.date ?? null;
    const outcome = shiftFixedDay(current.date, {
      calendar,
      policy: settings.policy,
      weekendWorkdaysCount: settings.weekendWorkdaysCount,
      maxShiftDays: settings.maxShiftDays,
      after: forward ? neighbourDone : neighbourNext,
      before: forward ? neighbourNext : neighbourDone,
    });
    if (!outcome.ok) {
      const month = monthKeyOf(current.date);
      warnings.push({
        code: 'shift-impossible',
        message: CALENDAR_WARNINGS.shiftImpossible(month, outcome.reason),
        month,
      });
      return;
    }
    settled.set(current.slot, outcome.date);
    const { date, shifted, reason } = outcome;
    days.push({ slot: current.slot, plannedDate: current.date, date, shifted, reason, isLast: false });
  });
  days.sort((a, b) => compareDates(a.date, b.date));
  if (days.length > 0) days[days.length - 1].isLast = true;
  return { days, warnings };
}

/** The fixed days of the year, for every branch alike. Settings must be complete and valid. */
export function planYear(
  year: number,
  settings: ScheduleSettings,
  calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): YearPlan {
  const months = Array.from({ length: 12 }, (_, i) => planMonth(year, i + 1, settings, calendar));
  const provisional = calendar.isProvisionalYear(year);
  const warnings: DomainWarning[] = provisional
    ? [{ code: 'provisional-holidays', message: CALENDAR_WARNINGS.provisionalHolidays(year) }]
    : [];
  return {
    year,
    days: months.flatMap((m) => m.days),
    provisional,
    warnings: [...warnings, ...months.flatMap((m) => m.warnings)],
  };
}

function fixedActivity(
  day: PlannedDay,
  branch: string,
  plan: YearPlan,
  settings: ScheduleSettings,
  overrides: readonly ThemeOverride[],
): Activity {
  const month = monthOf(day.plannedDate);
  const theme = themeForSlot(
    { month, slot: day.slot, isLast: day.isLast, branch },
    settings.themePlan,
    overrides,
  );
  return {
    id: `${monthKeyOf(day.plannedDate)}-${day.slot}`,
    branch,
    kind: 'fixed',
    date: day.date,
    plannedDate: day.plannedDate,
    shifted: day.shifted,
    reason: day.reason,
    theme,
    provisional: plan.provisional,
  };
}

/**
 * The branch's extras of the year, numbered X1, X2 … per month in the order given; an extra that
 * already has an id keeps it, and the others skip the numbers taken.
 */
function extraActivities(
  branch: string,
  extras: readonly ExtraActivity[],
  year: number,
  calendar: HolidayCalendar,
): Activity[] {
  const own = extras.filter((extra) => extra.branch === branch && yearOf(extra.date) === year);
  const taken = new Set(own.flatMap((extra) => (extra.id === undefined ? [] : [extra.id])));
  const counts = new Map<MonthKey, number>();
  return own.map((extra) => {
    const month = monthKeyOf(extra.date);
    let id = extra.id;
    if (id === undefined) {
      let n = counts.get(month) ?? 0;
      do n++;
      while (taken.has(`${month}-X${n}`));
      counts.set(month, n);
      id = `${month}-X${n}`;
      taken.add(id);
    }
    return {
      id,
      branch,
      kind: 'extra' as const,
      date: extra.date,
      plannedDate: extra.date,
      shifted: false,
      reason: null,
      theme: extra.theme ?? EXTRA_ACTIVITY_THEME,
      provisional: calendar.dayInfo(extra.date).source === 'provisional',
    };
  });
}

function byDateThenId(a: Activity, b: Activity): number {
  return compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function shortMonths(
  branch: string,
  year: number,
  activities: readonly Activity[],
  required: number,
): DomainWarning[] {
  const warnings: DomainWarning[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = monthKey(year, m);
    const count = activities.filter((a) => monthKeyOf(a.date) === month).length;
    if (count < required) {
      warnings.push({
        code: 'month-short',
        message: CALENDAR_WARNINGS.monthShort(branch, month, count, required),
        branch,
        month,
      });
    }
  }
  return warnings;
}

/** Branches in the given order, then any branch that only the extras name (never dropped). */
function allBranches(branches: readonly string[], extras: readonly ExtraActivity[]): string[] {
  const names = [...branches];
  for (const extra of extras) if (!names.includes(extra.branch)) names.push(extra.branch);
  return names;
}

/**
 * The year's activities of every branch, sorted by branch order then date, with the warnings:
 * 'provisional-holidays' once when the year's holidays are estimated, 'shift-impossible' for a
 * fixed day that cannot be held, 'month-short' per branch and month below the required count.
 * Throws ScheduleSettingsError when the settings are unusable.
 */
export function generateSchedule(input: ScheduleInput): Schedule {
  const settings = withDefaults(input.settings);
  const problems = settingsProblems(settings);
  if (problems.length > 0) throw new ScheduleSettingsError(problems);
  const calendar = input.calendar ?? DEFAULT_HOLIDAY_CALENDAR;
  const extras = input.extras ?? [];
  const overrides = input.themeOverrides ?? [];
  const plan = planYear(input.year, settings, calendar);
  const activities: Activity[] = [];
  const warnings: DomainWarning[] = [...plan.warnings];
  for (const branch of allBranches(
    input.branches,
    extras.filter((e) => yearOf(e.date) === input.year),
  )) {
    const own = [
      ...plan.days.map((day) => fixedActivity(day, branch, plan, settings, overrides)),
      ...extraActivities(branch, extras, input.year, calendar),
    ].sort(byDateThenId);
    activities.push(...own);
    warnings.push(...shortMonths(branch, input.year, own, settings.requiredPerMonth));
  }
  return { activities, warnings };
}
