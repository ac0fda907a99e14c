/** `party-day schedule --year 2023 [--policy 顺延|提前] [--holidays days.csv] [--notice 通知.txt] [--json]` */
import type { Command } from 'commander';
import type { Activity } from '../../domain/activity';
import { weekdayName } from '../../domain/date';
import type { FixedDayReading } from '../../domain/fixedDays';
import { SCHEDULE_YEARS, generateSchedule } from '../../domain/schedule';
import {
  type ScheduleSettings,
  type ShiftPolicy,
  parsePolicy,
  parseReading,
  parseWeekday,
  withDefaults,
} from '../../domain/settings';
import { themeName } from '../../domain/themes';
import type { DomainWarning } from '../../domain/warning';
import { CLI_TEXT, POLICY_LABELS, describeFixedDays } from '../../strings/calendar';
import { NOTICE_CLI_TEXT } from '../../strings/notice';
import { CliUsageError } from '../errors';
import { loadHolidayCalendar } from '../holidayFile';
import { loadNoticeEntries } from '../noticeFile';
import type { CliIo } from '../io';
import { formatTable } from '../table';

interface ScheduleOptions {
  year?: string;
  policy?: string;
  reading?: string;
  weekday?: string;
  holidays?: string;
  notice?: string;
  json?: boolean;
}

/** The plan needs a branch; the command shows the default plan, which is the same for every branch. */
const BRANCH = '本支部';

export function parseYear(text: string | undefined): number {
  if (text === undefined) throw new CliUsageError(CLI_TEXT.missingYear);
  if (!/^\d{4}$/.test(text.trim())) throw new CliUsageError(CLI_TEXT.badYear(text));
  const year = Number(text);
  if (year < SCHEDULE_YEARS.from || year > SCHEDULE_YEARS.to) {
    throw new CliUsageError(CLI_TEXT.yearOutOfRange(year, SCHEDULE_YEARS.from, SCHEDULE_YEARS.to));
  }
  return year;
}

function parseOption<T>(
  text: string | undefined,
  parse: (text: string) => T | null,
  message: (text: string) => string,
): T | undefined {
  if (text === undefined) return undefined;
  const value = parse(text);
  if (value === null) throw new CliUsageError(message(text));
  return value;
}

function settingsFrom(options: ScheduleOptions): ScheduleSettings {
  return withDefaults({
    policy: parseOption<ShiftPolicy>(options.policy, parsePolicy, CLI_TEXT.badPolicy),
    reading: parseOption<FixedDayReading>(options.reading, parseReading, CLI_TEXT.badReading),
    weekday: parseOption(options.weekday, parseWeekday, CLI_TEXT.badWeekday),
  });
}

function jsonOutput(
  year: number,
  settings: ScheduleSettings,
  activities: readonly Activity[],
  warnings: readonly DomainWarning[],
): string {
  const result = {
    year,
    policy: settings.policy,
    reading: settings.reading,
    activities: activities.map((a) => ({
      id: a.id,
      date: a.date,
      plannedDate: a.plannedDate,
      shifted: a.shifted,
      reason: a.reason,
      theme: themeName(a.theme),
      provisional: a.provisional,
    })),
    warnings: warnings.map((w) => ({ code: w.code, message: w.message })),
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}

function tableOutput(
  year: number,
  settings: ScheduleSettings,
  activities: readonly Activity[],
  warnings: readonly DomainWarning[],
): string {
  const rule = describeFixedDays(settings.weekday, settings.ordinals, settings.reading);
  const rows = activities.map((a, i) => [
    String(i + 1),
    a.date,
    weekdayName(a.date),
    themeName(a.theme),
    a.shifted ? a.plannedDate : '',
    `${a.reason ?? ''}${a.provisional ? CLI_TEXT.provisionalMark : ''}`,
  ]);
  const lines = [
    CLI_TEXT.tableTitle(year, rule, POLICY_LABELS[settings.policy]),
    '',
    formatTable(CLI_TEXT.tableHeaders, rows),
    CLI_TEXT.total(activities.length),
  ];
  if (warnings.length > 0) lines.push('', CLI_TEXT.warningsTitle, ...warnings.map((w) => `- ${w.message}`));
  return `${lines.join('\n')}\n`;
}

export function runSchedule(options: ScheduleOptions, io: CliIo): void {
  const year = parseYear(options.year);
  const settings = settingsFrom(options);
  const notice = options.notice === undefined ? [] : loadNoticeEntries(options.notice, year, io);
  const calendar = loadHolidayCalendar(options.holidays, io, notice);
  const { activities, warnings } = generateSchedule({ year, branches: [BRANCH], settings, calendar });
  io.stdout(
    options.json
      ? jsonOutput(year, settings, activities, warnings)
      : tableOutput(year, settings, activities, warnings),
  );
}

export function registerScheduleCommand(program: Command, io: CliIo): void {
  program
    .command('schedule')
    .description(CLI_TEXT.scheduleDescription)
    .usage(CLI_TEXT.scheduleUsage)
    .option('--year <year>', CLI_TEXT.options.year)
    .option('--policy <policy>', CLI_TEXT.options.policy)
    .option('--reading <reading>', CLI_TEXT.options.reading)
    .option('--weekday <weekday>', CLI_TEXT.options.weekday)
    .option('--holidays <file>', CLI_TEXT.options.holidays)
    .option('--notice <file>', NOTICE_CLI_TEXT.noticeOption)
    .option('--json', CLI_TEXT.options.json)
    .action((options: ScheduleOptions) => runSchedule(options, io));
}
