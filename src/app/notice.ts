/**
 * The State Council's notice pasted in the 节假日 step: previewed (each day with its sentence, the
 * findings, the activities it moves), then written to the 节假日 sheet as 来源 通知 — in place of
 * the year's estimated (or shipped) days and of a notice pasted before, the user's own rows kept
 * and still winning. 活动安排 is left as it is: the result lists what generating it again moves.
 */
import { yearOf } from '../domain/date';
import { hasNoticeErrors, noticeHolidayEntries, readHolidayNotice } from '../domain/holidays/notice';
import type { HolidayNotice, NoticeDay, NoticeFinding } from '../domain/holidays/noticeTypes';
import type { ManualHolidayEntry } from '../domain/holidays/types';
import { createHolidayCalendar } from '../domain/holidays/calendar';
import { NOTICE_APP_TEXT } from '../strings/notice';
import { readWorkbookState, type WorkbookState } from '../workbook/state';
import { GenerateError } from './generate';
import {
  type MovedActivity,
  planHolidayChange,
  settingsForHolidays,
  writeHolidaysSheet,
} from './holidayChange';
import { type HolidayListing, holidayListing, holidaySheetProblems } from './holidays';
import type { PortWriteReport, WorkbookPort } from './port';
import type { SheetProblem } from '../workbook/problems';

export interface NoticePreview {
  /** The notice as read for the workbook's year, with the findings of this workbook added. */
  notice: HolidayNotice;
  year: number;
  /** The days written to 节假日: those of the workbook's year. */
  days: NoticeDay[];
  counts: { off: number; working: number };
  /** False while a finding is an error: nothing can be written until the text is corrected. */
  canWrite: boolean;
  /** Activities whose date the notice changes when 活动安排 is generated again. */
  moved: MovedActivity[];
  /** What the notice replaces: the estimated and shipped days, a notice pasted before. */
  replaces: { provisional: number; official: number; notice: number };
  /** The user's own entries of the year, kept (they win over the notice's days). */
  keptManual: number;
}

export interface NoticeWriteResult extends NoticePreview {
  /** The 节假日 sheet's name in the workbook. */
  sheet: string;
  report: PortWriteReport;
  /** The year's days as now written (so the pane need not read the workbook again). */
  listing: HolidayListing;
}

interface Prepared {
  preview: NoticePreview;
  state: WorkbookState;
  /** Problems of reading the 节假日 sheet. */
  problems: SheetProblem[];
  manual: ManualHolidayEntry[];
  calendar: ReturnType<typeof planHolidayChange>['calendar'];
}

function otherYearFinding(day: NoticeDay): NoticeFinding {
  return {
    kind: 'other-year',
    severity: 'info',
    message: NOTICE_APP_TEXT.otherYearDay(day.date, yearOf(day.date)),
    sentence: day.sentence,
    item: day.item,
  };
}

async function prepare(port: WorkbookPort, year: number, text: string): Promise<Prepared> {
  if (text.trim() === '') throw new GenerateError(NOTICE_APP_TEXT.empty, []);
  const grids = await port.readOwnedGrids();
  const state = readWorkbookState(grids, year);
  const settings = settingsForHolidays(state, year, NOTICE_APP_TEXT);
  const read = readHolidayNotice(text, { year });
  const days = read.days.filter((day) => yearOf(day.date) === year);
  const elsewhere = read.days.filter((day) => yearOf(day.date) !== year).map(otherYearFinding);
  const notice: HolidayNotice = { ...read, findings: [...read.findings, ...elsewhere] };
  const canWrite = !hasNoticeErrors(notice);

  const ofYear = (entry: ManualHolidayEntry) => yearOf(entry.date) === year;
  const earlierNotice = state.manualHolidays.filter((entry) => ofYear(entry) && entry.origin === 'notice');
  const own = state.manualHolidays.filter((entry) => entry.origin !== 'notice' || !ofYear(entry));
  const manual = [...own, ...(canWrite ? noticeHolidayEntries(notice, year) : [])];
  // What the year's days come from now, the user's own entries aside.
  const base = createHolidayCalendar({ manual: earlierNotice }).daysOfYear(year);
  const { moved, calendar } = canWrite
    ? planHolidayChange(state, settings, manual)
    : { moved: [], calendar: createHolidayCalendar({ manual: state.manualHolidays }) };
  const preview: NoticePreview = {
    notice,
    year,
    days,
    counts: {
      off: days.filter((day) => day.kind === 'off').length,
      working: days.filter((day) => day.kind === 'working').length,
    },
    canWrite,
    moved,
    replaces: {
      provisional: base.filter((day) => day.source === 'provisional').length,
      official: base.filter((day) => day.source === 'official').length,
      notice: earlierNotice.length,
    },
    keptManual: own.filter(ofYear).length,
  };
  return { preview, state, problems: holidaySheetProblems(grids, state), manual, calendar };
}

/** Reads the pasted notice for the workbook's `year`: what writing it would do. Writes nothing. */
export async function previewHolidayNotice(
  port: WorkbookPort,
  year: number,
  text: string,
): Promise<NoticePreview> {
  return (await prepare(port, year, text)).preview;
}

/**
 * Writes the notice's days of `year` to 节假日 (来源 通知). The text is read again, so what is
 * written is what the text says now; a notice with an error is refused with its findings, and
 * nothing is written.
 */
export async function writeHolidayNotice(
  port: WorkbookPort,
  year: number,
  text: string,
): Promise<NoticeWriteResult> {
  const { preview, state, problems, calendar } = await prepare(port, year, text);
  if (!preview.canWrite) {
    const errors = preview.notice.findings.filter((finding) => finding.severity === 'error');
    throw new GenerateError(`${NOTICE_APP_TEXT.hasErrors(errors.length)}${errors[0].message}`, []);
  }
  const settings = settingsForHolidays(state, year, NOTICE_APP_TEXT);
  const { report, sheet } = await writeHolidaysSheet(port, state, settings, calendar);
  return { ...preview, sheet, report, listing: holidayListing(year, calendar, problems) };
}
