/**
 * The summary actions, written once against WorkbookPort: read the owned sheets back (settings,
 * roster, holidays, schedule details, attendance), plan the year as `generate` does (same ids),
 * run the engine, and either return the summary models (the `summary` command, the pane) or write
 * 月度汇总 / 年度汇总 into the workbook (the `sheets` command, the pane's print step).
 */
import type { CalendarDate } from '../domain/date';
import { evaluateAttendance, type Ledger } from '../domain/ledger';
import {
  type ActivityDetails,
  type AnnualSummary,
  type MonthlySummary,
  annualSummary,
  monthlySummary,
} from '../domain/summaries';
import type { DomainWarning } from '../domain/warning';
import { collectWarnings } from '../domain/warnings';
import { SUMMARY_APP } from '../strings/summary';
import type { SheetDescription } from '../workbook/description';
import type { SheetProblem } from '../workbook/problems';
import type { WorkbookSettings } from '../workbook/sheets/settings';
import type { SummaryMeta } from '../workbook/sheets/summary/parts';
import { describeMonthlySummarySheet } from '../workbook/sheets/summaryMonth';
import { describeAnnualSummarySheet } from '../workbook/sheets/summaryYear';
import { readWorkbookState } from '../workbook/state';
import { makeUpCountsOf } from './makeUp';
import { planWorkbookYear, UnplannableSettingsError } from './planYear';
import type { PortWriteReport, WorkbookPort } from './port';

export type SummaryPeriod = { kind: 'month'; year: number; month: number } | { kind: 'year'; year: number };

export interface SummaryRequest {
  period: SummaryPeriod;
  /** Only this branch; every branch of the settings when absent. */
  branch?: string;
  /** Records are taken as complete up to this day (the caller's today). */
  asOf: CalendarDate;
  /** Printed on the sheets as the generation time, e.g. '2027-03-31 16:20'. */
  generatedAt: string;
}

export interface SummaryResult {
  settings: WorkbookSettings;
  ledger: Ledger;
  details: ActivityDetails[];
  /** Warnings of the ledger and schedule within the period (and the branch, when one is asked). */
  warnings: DomainWarning[];
  /** Set for a month period. */
  monthly: MonthlySummary | null;
  /** Always set: a month's per-member figures come from the year's. */
  annual: AnnualSummary;
  meta: SummaryMeta;
  /** Problems found reading the sheets (the rest was used). */
  problems: SheetProblem[];
}

/** Nothing could be summarised: the message says why (Chinese). */
export class SummaryError extends Error {
  constructor(
    message: string,
    readonly problems: readonly SheetProblem[] = [],
  ) {
    super(message);
    this.name = 'SummaryError';
  }
}

export async function computeSummaries(port: WorkbookPort, request: SummaryRequest): Promise<SummaryResult> {
  const year = request.period.year;
  const state = readWorkbookState(await port.readOwnedGrids(), year);
  const settings = state.settings;
  if (settings === null) throw new SummaryError(SUMMARY_APP.noSettings, state.problems);
  const settingsErrors = state.settingsProblems.filter((problem) => problem.severity === 'error');
  if (settingsErrors.length > 0) throw new SummaryError(SUMMARY_APP.settingsUnreadable, settingsErrors);
  if (settings.year !== year) throw new SummaryError(SUMMARY_APP.otherYear(year, settings.year));
  const known = settings.branches.map((branch) => branch.name);
  if (request.branch !== undefined && !known.includes(request.branch))
    throw new SummaryError(SUMMARY_APP.unknownBranch(request.branch, known));
  const chosen = (branch: string) => request.branch === undefined || branch === request.branch;

  let schedule;
  try {
    schedule = planWorkbookYear(state, settings, known).schedule;
  } catch (error) {
    if (error instanceof UnplannableSettingsError) throw new SummaryError(error.message, error.problems);
    throw error;
  }
  const ledger = evaluateAttendance({
    activities: schedule.activities.filter((activity) => chosen(activity.branch)),
    members: state.members.filter((member) => chosen(member.branch)),
    attendance: state.attendance.filter((entry) => chosen(entry.branch)),
    asOf: request.asOf,
    settings: {
      threshold: settings.threshold,
      requiredPerMonth: settings.requiredPerMonth,
      unexcusedLimit: settings.unexcusedLimit,
    },
    branchOrder: known.filter(chosen),
  });
  const details = state.scheduleRows
    .filter((row) => !row.cancelled && chosen(row.branch))
    .map((row) => row.details);
  const prefix =
    request.period.kind === 'month'
      ? `${year}-${String(request.period.month).padStart(2, '0')}`
      : String(year);
  const warnings = collectWarnings(
    ledger,
    schedule.warnings.filter((warning) => warning.branch === undefined || chosen(warning.branch)),
  ).filter((warning) => warning.month === undefined || warning.month.startsWith(prefix));
  const meta: SummaryMeta = {
    unit: settings.unit,
    generatedAt: request.generatedAt,
    warnings,
    makeUp: makeUpCountsOf(ledger, state.makeUp, request.asOf, settings.makeUpDays),
    signatories: {
      unitSecretary: settings.unitSecretary || undefined,
      branches: settings.branches.map((branch) => ({
        branch: branch.name,
        secretary: branch.secretary || undefined,
        recorder: branch.recorder || undefined,
      })),
    },
  };
  return {
    settings,
    ledger,
    details,
    warnings,
    monthly:
      request.period.kind === 'month' ? monthlySummary(ledger, year, request.period.month, details) : null,
    annual: annualSummary(ledger, year),
    meta,
    problems: state.problems,
  };
}

/** The summary sheet of the period, from computed summaries. */
export function describeSummarySheet(result: SummaryResult): SheetDescription {
  return result.monthly !== null
    ? describeMonthlySummarySheet(result.monthly, result.meta)
    : describeAnnualSummarySheet(result.annual, result.meta);
}

export interface SummarySheetsResult {
  summary: SummaryResult;
  report: PortWriteReport;
}

/** Writes 月度汇总 (for a month) or 年度汇总 (for a year) into the workbook. */
export async function writeSummarySheets(
  port: WorkbookPort,
  request: SummaryRequest,
): Promise<SummarySheetsResult> {
  const summary = await computeSummaries(port, request);
  const report = await port.writeDescriptions([describeSummarySheet(summary)]);
  return { summary, report };
}
