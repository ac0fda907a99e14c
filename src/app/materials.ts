/**
 * The per-activity materials (issue 13), written once against WorkbookPort: for an activity chosen
 * by its id (and branch), the 活动通知 text, the 签到表 and the 活动记录, and a branch's month of
 * records on one sheet. Figures come from computeSummaries — the same ledger and monthly summary
 * the summary sheets print — so they equal the summaries'. A bad choice (an unknown id, an activity
 * of another year, a cancelled one) is refused with a Chinese message before anything is written.
 */
import { activityNoticeLines } from '../domain/activityNotice';
import {
  type ActivityRecord,
  type SignInPerson,
  activityRecord,
  signInPeople,
} from '../domain/activityRecord';
import { type CalendarDate, weekdayName } from '../domain/date';
import type { ActivityLine } from '../domain/summaries';
import { themeById } from '../domain/themes';
import { MATERIAL_SHEETS as M, MATERIALS_APP as T } from '../strings/materials';
import type { SheetDescription } from '../workbook/description';
import type { ActivityHeading } from '../workbook/sheets/materials/heading';
import {
  monthRecordsKind,
  noticeKind,
  printableSheetName,
  recordKind,
  signInKind,
} from '../workbook/sheets/materials/kinds';
import {
  describeMonthRecordsSheet,
  describeRecordSheet,
  type RecordSheetInput,
} from '../workbook/sheets/materials/record';
import { describeNoticeSheet } from '../workbook/sheets/materials/notice';
import { describeSignInSheet } from '../workbook/sheets/materials/signIn';
import { attendanceSheetNumbers, readWorkbookState } from '../workbook/state';
import type { PortWriteReport, WorkbookPort } from './port';
import { computeSummaries, SummaryError, type SummaryResult } from './summaries';

const ACTIVITY_ID = /^(\d{4})-(\d{2})-(X?\d+)$/;

export interface MaterialsRequest {
  activityId: string;
  /** Needed when several branches have an activity of this id. */
  branch?: string;
  /** Also write "本月全部活动记录" of the activity's branch for this month. */
  recordsOfMonth?: { year: number; month: number };
  /** Records are taken as complete up to this day (the caller's today). */
  asOf: CalendarDate;
  /** The day the notice is signed (the caller's today). */
  issuedOn: CalendarDate;
  generatedAt: string;
}

export interface ActivityMaterials {
  branch: string;
  activityId: string;
  heading: ActivityHeading;
  notice: string;
  /** The notice's lines (the printout draws the title and the signature on their own). */
  noticeLines: string[];
  people: SignInPerson[];
  record: ActivityRecord;
  /** The activity's line of the monthly summary. */
  line: ActivityLine;
  /** The summary the figures come from (the activity's month, its branch). */
  summary: SummaryResult;
}

function headingOf(summary: SummaryResult, line: ActivityLine): ActivityHeading {
  const settings = summary.settings;
  const details = line.details;
  const recorder =
    details?.recorder ?? (settings.branches.find((b) => b.name === line.branch)?.recorder || undefined);
  return {
    unit: settings.unit,
    branch: line.branch,
    activityId: line.activityId,
    themeName: themeById(line.theme).fullName,
    when: M.when(line.date, weekdayName(line.date), details?.time ?? settings.activityTime),
    ...(details?.topic === undefined ? {} : { topic: details.topic }),
    ...(details?.place === undefined ? {} : { place: details.place }),
    ...(details?.host === undefined ? {} : { host: details.host }),
    ...(recorder === undefined ? {} : { recorder }),
  };
}

function recordInput(summary: SummaryResult, line: ActivityLine): RecordSheetInput {
  const details = line.details;
  return {
    heading: headingOf(summary, line),
    record: activityRecord(summary.ledger, line),
    ...(details?.summary === undefined ? {} : { summary: details.summary }),
    ...(details?.archive === undefined ? {} : { archive: details.archive }),
    ...(details?.expense === undefined ? {} : { expense: details.expense }),
  };
}

/**
 * Everything printed about one activity; throws SummaryError (Chinese) for a bad choice: an id that
 * is not one, of another year than the workbook's, of no activity, of a cancelled one, or of
 * activities of several branches when no branch is given.
 */
export async function activityMaterials(
  port: WorkbookPort,
  request: MaterialsRequest,
): Promise<ActivityMaterials & { number: number }> {
  const id = request.activityId.trim();
  const match = ACTIVITY_ID.exec(id);
  if (match === null) throw new SummaryError(T.badId(id));
  const year = Number(match[1]);
  const month = Number(match[2]);
  const state = readWorkbookState(await port.readOwnedGrids(), year);
  if (state.settings !== null && state.settings.year !== year)
    throw new SummaryError(T.otherYear(id, state.settings.year));
  // The summary checks the rest (设置 there and readable, the branch known) and plans the year.
  const summary = await computeSummaries(port, {
    period: { kind: 'month', year, month },
    ...(request.branch === undefined ? {} : { branch: request.branch }),
    asOf: request.asOf,
    generatedAt: request.generatedAt,
  });
  const lines = (summary.monthly?.branches ?? []).flatMap((branch) =>
    branch.lines.filter((line) => line.activityId === id),
  );
  if (lines.length === 0) {
    const cancelled = state.scheduleRows.find(
      (row) =>
        row.activityId === id &&
        row.cancelled &&
        (request.branch === undefined || row.branch === request.branch),
    );
    if (cancelled !== undefined) throw new SummaryError(T.cancelled(id, cancelled.branch));
    throw new SummaryError(T.unknown(id, request.branch));
  }
  if (lines.length > 1)
    throw new SummaryError(
      T.ambiguous(
        id,
        lines.map((line) => line.branch),
      ),
    );
  const line = lines[0];
  const known = summary.settings.branches.map((branch) => branch.name);
  const number =
    attendanceSheetNumbers(known, state.attendanceSheets).get(line.branch) ?? known.indexOf(line.branch) + 1;
  const noticeLines = activityNoticeLines({
    activity: { branch: line.branch, date: line.date, theme: line.theme },
    details: line.details,
    defaultTime: summary.settings.activityTime,
    threshold: summary.settings.threshold,
    issuedOn: request.issuedOn,
  });
  return {
    branch: line.branch,
    activityId: id,
    number,
    line,
    heading: headingOf(summary, line),
    notice: noticeLines.join('\n'),
    noticeLines,
    people: signInPeople(state.members, line.branch, line.date),
    record: activityRecord(summary.ledger, line),
    summary,
  };
}

export interface MaterialsWriteResult {
  materials: ActivityMaterials;
  report: PortWriteReport;
}

/**
 * The 活动通知, 签到表 and 活动记录 of the activity (and the month's records when asked), written
 * into the workbook.
 */
export async function writeActivitySheets(
  port: WorkbookPort,
  request: MaterialsRequest,
): Promise<MaterialsWriteResult> {
  const materials = await activityMaterials(port, request);
  const { branch, activityId, number, summary, line } = materials;
  const descriptions: SheetDescription[] = [
    describeNoticeSheet({
      kind: noticeKind(number, activityId),
      name: printableSheetName(M.noticeName(activityId, branch)),
      unit: summary.settings.unit,
      lines: materials.noticeLines,
      people: materials.people,
    }),
    describeSignInSheet({
      kind: signInKind(number, activityId),
      name: printableSheetName(M.signInName(activityId, branch)),
      heading: materials.heading,
      people: materials.people,
      due: line.figures.due,
    }),
    describeRecordSheet(
      recordKind(number, activityId),
      printableSheetName(M.recordName(activityId, branch)),
      recordInput(summary, line),
    ),
  ];
  if (request.recordsOfMonth !== undefined) {
    const { year, month } = request.recordsOfMonth;
    if (year !== summary.settings.year)
      throw new SummaryError(T.monthOtherYear(year, month, summary.settings.year));
    // The activity's month, when asked, is the summary already made (then for the branch alone).
    const monthly =
      month === summary.monthly?.month && request.branch !== undefined
        ? summary
        : await computeSummaries(port, {
            period: { kind: 'month', year, month },
            branch,
            asOf: request.asOf,
            generatedAt: request.generatedAt,
          });
    const lines = monthly.monthly?.branches[0]?.lines ?? [];
    descriptions.push(
      describeMonthRecordsSheet(
        monthRecordsKind(number, year, month),
        printableSheetName(M.monthRecordsName(year, month, branch)),
        summary.settings.unit,
        lines.map((l) => recordInput(monthly, l)),
      ),
    );
  }
  const report = await port.writeDescriptions(descriptions);
  return { materials, report };
}
