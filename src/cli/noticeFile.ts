/**
 * A notice saved as a text file (.txt), as a secretary saves it from the browser or Notepad: UTF-8
 * with or without BOM, UTF-16 with a BOM (Notepad's “Unicode”), or GB18030 (Notepad's “ANSI” on
 * Chinese Windows). Read, checked for the year, and turned into the calendar's entries.
 */
import { hasNoticeErrors, noticeHolidayEntries, readHolidayNotice } from '../domain/holidays/notice';
import type { HolidayNotice } from '../domain/holidays/noticeTypes';
import type { ManualHolidayEntry } from '../domain/holidays/types';
import { decodeCsvBytes } from '../file/csvText';
import { NOTICE_CLI_TEXT as T } from '../strings/notice';
import { CliUsageError } from './errors';
import type { CliIo } from './io';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** The text of a .txt file; refuses a file that is not text (an .xlsx or .docx saved by mistake, say). */
export function decodeTextFile(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // Text files hold no NUL byte in UTF-8 or GB18030; zip files (.xlsx, .docx) and .doc do.
  if (bytes.includes(0)) return null;
  return decodeCsvBytes(bytes).text;
}

export function readNoticeFile(path: string, io: CliIo): string {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new CliUsageError(T.fileMissing(path));
    throw new CliUsageError(T.fileUnreadable(path, error instanceof Error ? error.message : String(error)));
  }
  const text = decodeTextFile(bytes);
  if (text === null) throw new CliUsageError(T.fileNotText(path));
  return text;
}

/** “提示：…” lines for the findings, each followed by the sentence it is about. */
export function findingLines(notice: HolidayNotice): string[] {
  return notice.findings.flatMap((finding) => [
    `- ${T.severity[finding.severity]}：${finding.message}`,
    ...(finding.sentence === null ? [] : [`  ${T.sentencePrefix}${finding.sentence}`]),
  ]);
}

/**
 * The entries of the notice in `path` for `year`, for planning; an error in it is refused with its
 * findings, the other findings are printed on stderr (stdout stays the plan, or its JSON).
 */
export function loadNoticeEntries(path: string, year: number, io: CliIo): ManualHolidayEntry[] {
  const notice = readHolidayNotice(readNoticeFile(path, io), { year });
  if (notice.year !== null && notice.year !== year)
    throw new CliUsageError(T.noticeYearMismatch(path, notice.year, year));
  if (hasNoticeErrors(notice)) {
    const errors = notice.findings.filter((finding) => finding.severity === 'error');
    throw new CliUsageError(
      T.noticeErrors(path, errors.length),
      errors.map((finding) => finding.message),
    );
  }
  const lines = findingLines(notice);
  if (lines.length > 0) io.stderr(`${T.findingsTitle}\n${lines.join('\n')}\n`);
  return noticeHolidayEntries(notice, year);
}
