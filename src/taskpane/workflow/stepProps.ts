import type { RosterFile } from '../../app/csvRoster';
import type { PortWriteReport } from '../../app/port';
import type { WorkbookInfo } from '../../app/workbookInfo';
import { calendarDate, type CalendarDate } from '../../domain/date';
import type { PaneStrings } from '../../strings';
import { fill } from '../format';
import type { WorkbookAccess } from './access';

export interface StepProps {
  strings: PaneStrings;
  /** The workbook, one action at a time (file mode's session or the live workbook). */
  access: WorkbookAccess;
  info: WorkbookInfo;
  /** Reads the workbook again after a write (settings, sheets). */
  refresh(): Promise<void>;
  /** The clock: today's date, the default year and month (tests pin it). */
  now(): Date;
  /** A roster file (CSV) opened in file mode, offered as the import's source. */
  rosterFile?: RosterFile | null;
}

/** “已写入工作表：设置、党员名册…” */
export function writtenText(strings: PaneStrings, report: PortWriteReport): string {
  return fill(strings.writtenSheets, { sheets: report.sheets.map((sheet) => sheet.name).join('、') });
}

/** The user's today, the day records are taken as complete up to. */
export function today(now: Date): CalendarDate {
  const date = calendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (date === null) throw new Error('the clock gives no valid date');
  return date;
}

/** The generation time printed on summaries, 'YYYY-MM-DD HH:mm' local. */
export function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
