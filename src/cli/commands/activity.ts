/**
 * The per-activity options of `party-day sheets` and `party-day summary`:
 * `sheets --in W.xlsx --out R.xlsx --activity 2027-03-1 [--branch 名称] [--records-of-month 2027-03]`
 * writes the activity's 通知, 签到表 and 活动记录 (and the month's records) into a copy of the workbook;
 * `summary --in W.xlsx --activity 2027-03-1 [--branch 名称] --json` gives the record's figures and
 * name lists. A bad choice is refused with a Chinese message, and nothing is written.
 */
import { format } from 'date-fns';
import {
  type ActivityMaterials,
  activityMaterials,
  type MaterialsRequest,
  writeActivitySheets,
} from '../../app/materials';
import { type CalendarDate, parseIsoDate } from '../../domain/date';
import type { PersonMark, PersonRef } from '../../domain/summaries';
import { openWorkbookPath, saveWorkbookPath } from '../../file/nodeFiles';
import { createFilePort } from '../../file/port';
import { MATERIALS_APP, MATERIALS_CLI as M } from '../../strings/materials';
import { SUMMARY_CLI as T } from '../../strings/summary';
import { CliUsageError } from '../errors';
import type { CliIo } from '../io';
import { problemsText, requireInput, withSummaryErrors } from './workbookInput';

export interface ActivityOptions {
  in?: string;
  out?: string;
  activity?: string;
  branch?: string;
  recordsOfMonth?: string;
  asOf?: string;
  month?: string;
  year?: string;
  json?: boolean;
}

export function materialsRequest(options: ActivityOptions, now: Date): MaterialsRequest {
  if (options.month !== undefined || options.year !== undefined)
    throw new CliUsageError(M.activityWithPeriod);
  const today = parseIsoDate(format(now, 'yyyy-MM-dd'));
  if (today === null) throw new Error('today is not a calendar date');
  let asOf: CalendarDate = today;
  if (options.asOf !== undefined) {
    const parsed = parseIsoDate(options.asOf.trim());
    if (parsed === null) throw new CliUsageError(T.badAsOf(options.asOf));
    asOf = parsed;
  }
  let recordsOfMonth: MaterialsRequest['recordsOfMonth'];
  if (options.recordsOfMonth !== undefined) {
    const match = /^(\d{4})-(\d{1,2})$/.exec(options.recordsOfMonth.trim());
    const month = match ? Number(match[2]) : 0;
    if (!match || month < 1 || month > 12)
      throw new CliUsageError(MATERIALS_APP.badMonth(options.recordsOfMonth));
    recordsOfMonth = { year: Number(match[1]), month };
  }
  const branch = options.branch?.trim();
  return {
    activityId: (options.activity ?? '').trim(),
    asOf,
    issuedOn: today,
    generatedAt: format(now, 'yyyy-MM-dd HH:mm'),
    ...(branch ? { branch } : {}),
    ...(recordsOfMonth ? { recordsOfMonth } : {}),
  };
}

export async function runActivitySheets(options: ActivityOptions, io: CliIo, now: Date): Promise<void> {
  const input = requireInput(options.in);
  if (options.out === undefined || options.out.trim() === '') throw new CliUsageError(T.needOutput);
  const out = options.out;
  const request = materialsRequest(options, now);
  const { materials, report } = await withSummaryErrors(async () => {
    const file = await openWorkbookPath(input);
    const written = await writeActivitySheets(createFilePort(file), request);
    for (const warning of file.warnings) io.stderr(`${warning.message}\n`);
    await saveWorkbookPath(file, out);
    return written;
  });
  io.stderr(problemsText(materials.summary));
  for (const notice of report.notices) io.stdout(`${notice}\n`);
  io.stdout(
    `${T.wrote(
      out,
      report.sheets.map((sheet) => sheet.name),
    )}\n`,
  );
  io.stdout(`${M.noticeTitle}\n${materials.notice}\n`);
}

const person = (p: PersonRef) => ({ id: p.memberId, name: p.label, category: p.category });
const marked = (p: PersonMark) => ({ ...person(p), reason: p.reason });

/** The record's figures and name lists, as `summary --activity --json` prints them. */
export function activityJson(materials: ActivityMaterials): unknown {
  const { record, heading } = materials;
  const f = record.line.figures;
  const n = record.names;
  return {
    id: materials.activityId,
    branch: materials.branch,
    date: record.line.date,
    time: heading.when,
    theme: record.line.themeName,
    topic: heading.topic ?? null,
    place: heading.place ?? null,
    host: heading.host ?? null,
    recorder: heading.recorder ?? null,
    held: f.held,
    recording: f.recording,
    due: f.due,
    present: f.attended,
    presentFormal: record.figures.attendedFormal,
    presentProbationary: record.figures.attendedProbationary,
    late: f.late,
    leftEarly: f.leftEarly,
    leave: f.leave,
    absent: f.absent,
    unrecorded: f.unrecorded,
    invitees: f.invitees,
    rate: f.rate === null ? null : Math.round(f.rate * 10000) / 10000,
    met: f.met,
    names: {
      personalLeave: n.personalLeave.map(marked),
      sickLeave: n.sickLeave.map(marked),
      absent: n.absent.map(marked),
      late: n.late.map(marked),
      leftEarly: n.leftEarly.map(marked),
      invitees: n.invitees.map(person),
      unrecorded: n.unrecorded.map(person),
      exempt: materials.people.filter((p) => p.exempt).map((p) => ({ id: p.memberId, name: p.label })),
    },
    notice: materials.notice,
  };
}

export async function runActivitySummary(options: ActivityOptions, io: CliIo, now: Date): Promise<void> {
  const input = requireInput(options.in);
  const request = materialsRequest(options, now);
  const materials = await withSummaryErrors(async () =>
    activityMaterials(createFilePort(await openWorkbookPath(input)), request),
  );
  io.stderr(problemsText(materials.summary));
  const json = activityJson(materials);
  io.stdout(options.json ? `${JSON.stringify(json, null, 2)}\n` : `${materials.notice}\n`);
}
