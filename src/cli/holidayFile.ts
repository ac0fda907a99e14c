/** Reads the user's holiday file (UTF-8 CSV, with or without BOM) into a holiday calendar. */
import { type HolidayCalendar, createHolidayCalendar } from '../domain/holidays/calendar';
import { parseManualHolidays } from '../domain/holidays/manual';
import type { ManualHolidayEntry } from '../domain/holidays/types';
import { CLI_TEXT } from '../strings/calendar';
import type { CliIo } from './io';
import { CliUsageError } from './errors';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function readText(path: string, io: CliIo): string {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new CliUsageError(CLI_TEXT.fileMissing(path));
    throw new CliUsageError(
      CLI_TEXT.fileUnreadable(path, error instanceof Error ? error.message : String(error)),
    );
  }
  try {
    // fatal: a GBK file (Excel's "CSV" on Chinese Windows) must be refused, not turned into mojibake.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliUsageError(CLI_TEXT.fileNotUtf8(path));
  }
}

/** The calendar with the user's holiday file (if any) over `notice`, a notice's entries (if any). */
export function loadHolidayCalendar(
  path: string | undefined,
  io: CliIo,
  notice: readonly ManualHolidayEntry[] = [],
): HolidayCalendar {
  if (path === undefined) return createHolidayCalendar({ manual: notice });
  const { entries, errors } = parseManualHolidays(readText(path, io));
  if (errors.length > 0) throw new CliUsageError(CLI_TEXT.fileErrors(path, errors.length), errors);
  return createHolidayCalendar({ manual: [...notice, ...entries] });
}
