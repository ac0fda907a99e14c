/**
 * `party-day holidays --notice 通知.txt [--year 2027] [--json]`: the calendar a State Council notice
 * gives, day by day with its sentence, and what checking it found; `party-day holidays --year 2027`:
 * the calendar the add-in has for a year (shipped notices, else the estimate).
 */
import type { Command } from 'commander';
import { weekdayName } from '../../domain/date';
import { createHolidayCalendar } from '../../domain/holidays/calendar';
import { hasNoticeErrors, readHolidayNotice } from '../../domain/holidays/notice';
import type { HolidayNotice } from '../../domain/holidays/noticeTypes';
import type { HolidayDay, HolidayKind } from '../../domain/holidays/types';
import { SOURCE_LABELS } from '../../strings/calendar';
import { NOTICE_CLI_TEXT as T } from '../../strings/notice';
import { CliUsageError } from '../errors';
import type { CliIo } from '../io';
import { findingLines, readNoticeFile } from '../noticeFile';
import { formatTable } from '../table';
import { parseYear } from './schedule';

interface HolidaysOptions {
  notice?: string;
  year?: string;
  json?: boolean;
}

/** The JSON words for the kinds: a 调休 working day is "work". */
const JSON_KIND: Readonly<Record<HolidayKind, 'off' | 'work'>> = { off: 'off', working: 'work' };

function noticeJson(notice: HolidayNotice): string {
  const result = {
    year: notice.year,
    days: notice.days.map((day) => ({
      date: day.date,
      kind: JSON_KIND[day.kind],
      holiday: day.holiday,
      sentence: day.sentence,
    })),
    problems: notice.findings.map((finding) => ({
      severity: finding.severity,
      kind: finding.kind,
      message: finding.message,
      sentence: finding.sentence,
      item: finding.item,
    })),
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}

function daysTable(
  title: string,
  days: readonly { date: HolidayDay['date']; kind: HolidayKind; name: string }[],
): string[] {
  const rows = days.map((day) => [day.date, weekdayName(day.date), T.kinds[day.kind], day.name]);
  const off = days.filter((day) => day.kind === 'off').length;
  return [title, '', formatTable(T.headers, rows), T.total(off, days.length - off)];
}

function noticeTable(notice: HolidayNotice): string {
  const days = notice.days.map((day) => ({ date: day.date, kind: day.kind, name: day.holiday }));
  const lines = notice.year === null ? [] : daysTable(T.title(notice.year, T.sourceNotice), days);
  const findings = findingLines(notice);
  lines.push('', ...(findings.length > 0 ? [T.findingsTitle, ...findings] : [T.noFindings]));
  return `${lines.join('\n')}\n`;
}

function builtInOutput(year: number, json: boolean): string {
  const days = createHolidayCalendar().daysOfYear(year);
  if (json) {
    const result = {
      year,
      days: days.map((day) => ({
        date: day.date,
        kind: JSON_KIND[day.kind],
        holiday: day.name,
        source: day.source,
      })),
      problems: [],
    };
    return `${JSON.stringify(result, null, 2)}\n`;
  }
  const source = [...new Set(days.map((day) => SOURCE_LABELS[day.source]))].join('、') || T.sourceBuiltIn;
  return `${daysTable(T.title(year, source), days).join('\n')}\n`;
}

export function runHolidays(options: HolidaysOptions, io: CliIo): void {
  if (options.notice === undefined) {
    if (options.year === undefined) throw new CliUsageError(T.needNoticeOrYear);
    io.stdout(builtInOutput(parseYear(options.year), options.json === true));
    return;
  }
  const year = options.year === undefined ? undefined : parseYear(options.year);
  const notice = readHolidayNotice(readNoticeFile(options.notice, io), year === undefined ? {} : { year });
  io.stdout(options.json ? noticeJson(notice) : noticeTable(notice));
  const errors = notice.findings.filter((finding) => finding.severity === 'error');
  // Printed in full above; the exit code tells a script the notice cannot be used as it is.
  if (hasNoticeErrors(notice)) throw new CliUsageError(T.noticeErrors(options.notice, errors.length));
}

export function registerHolidaysCommand(program: Command, io: CliIo): void {
  program
    .command('holidays')
    .description(T.holidaysDescription)
    .usage(T.holidaysUsage)
    .option('--notice <file>', T.noticeOption)
    .option('--year <year>', T.yearOption)
    .option('--json', T.jsonOption)
    .action((options: HolidaysOptions) => runHolidays(options, io));
}
