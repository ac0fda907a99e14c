/**
 * What `party-day generate` prints, like the pane's 检查 step: a screen at most — what was written,
 * how the roster's branches were reconciled, then the findings grouped by kind and branch ("第一党支部：
 * 22 次活动未登记出勤，最早 1月9日，最近 11月27日") — and the full list as one JSON object with --json.
 */
import type { GenerateResult } from '../app/generate';
import type { NoteDateOffer } from '../app/importPreview';
import type { CalendarDate } from '../domain/date';
import type { DomainWarning } from '../domain/warning';
import { digestWarnings, limitLines } from '../domain/warningDigest';
import { CLI_REPORT } from '../strings/cliReport';
import { IMPORT_REVIEW } from '../strings/importReview';
import { GENERATE_CLI } from '../strings/sheets';
import { problemLine, type SheetProblem } from '../workbook/problems';

/** Lines each list of problems may take before "……另有 N 项". */
const PROBLEM_LINES = 8;
/** Lines the findings may take. */
const WARNING_LINES = 12;

export interface GenerateReport {
  members: string;
  sheet: string | null;
  encoding: string | null;
  imported: number;
  out: string;
  asOf: CalendarDate;
  result: GenerateResult;
  /** Transfers in 备注 not applied (without --note-dates). */
  noteDates: readonly NoteDateOffer[];
  /** Those applied (with --note-dates). */
  appliedNoteDates: readonly NoteDateOffer[];
}

/** The reconciliation of the roster's branches with 设置, in words. */
function branchLines(report: GenerateReport): string[] {
  const { result } = report;
  const branch = result.branchImport;
  const lines: string[] = [];
  if (branch !== null) {
    for (const entry of branch.mapped)
      lines.push(IMPORT_REVIEW.branchMapped(entry.roster, entry.count, entry.to));
    for (const entry of branch.skipped) lines.push(IMPORT_REVIEW.branchSkipped(entry.roster, entry.count));
    for (const entry of branch.added)
      if (!entry.decided) lines.push(IMPORT_REVIEW.branchAdded(entry.roster, entry.count, entry.suggestion));
    for (const { decision, reason } of branch.unused)
      lines.push(
        IMPORT_REVIEW.decisionUnused(decision.roster, reason, decision.action === 'map' ? decision.to : null),
      );
  }
  return lines;
}

/** Problems on stderr: 必须处理 (rows not imported) apart from 提示, each list with what to do after it. */
export function problemsText(
  problems: readonly SheetProblem[],
  notes: readonly string[],
  after: readonly string[] = [],
): string {
  const errors = problems.filter((problem) => problem.severity === 'error').map(problemLine);
  const looks = [...problems.filter((problem) => problem.severity === 'warning').map(problemLine), ...notes];
  const block = (title: string, lines: readonly string[], footer: readonly string[]) =>
    lines.length === 0
      ? ''
      : `${title}\n${[...limitLines(lines, PROBLEM_LINES), ...footer].map((line) => `  ${line}\n`).join('')}`;
  return (
    block(CLI_REPORT.mustFix(errors.length), errors, []) +
    block(CLI_REPORT.toLook(looks.length), looks, after)
  );
}

export function generateText(report: GenerateReport): { stdout: string; stderr: string } {
  const { result } = report;
  const created = result.report.sheets.filter((sheet) => sheet.created).map((sheet) => sheet.name);
  const updated = result.report.sheets.filter((sheet) => !sheet.created).map((sheet) => sheet.name);
  const stdout = [
    GENERATE_CLI.importedFrom(report.members, report.sheet, report.encoding, report.imported),
    GENERATE_CLI.written(report.out),
    CLI_REPORT.sheets(created, updated),
    GENERATE_CLI.summary(
      result.settings.branches.length,
      result.memberCount,
      result.activityCount,
      result.cancelledCount,
    ),
  ];
  const branches = branchLines(report);
  if (branches.length > 0) stdout.push(CLI_REPORT.branchesTitle, ...branches.map((line) => `  - ${line}`));
  const digest = digestWarnings(result.warnings);
  const notes = [...result.report.notices, ...digest.map((line) => line.text)];
  if (notes.length > 0) {
    stdout.push(
      GENERATE_CLI.warningsTitle(report.asOf),
      ...limitLines(notes, WARNING_LINES).map((n) => `  - ${n}`),
    );
    if (digest.some((line) => line.count > 1) || notes.length > WARNING_LINES)
      stdout.push(CLI_REPORT.fullList);
  }
  const offers = report.noteDates.map((offer) => offer.message);
  const applied = report.appliedNoteDates.map((offer) =>
    IMPORT_REVIEW.noteDateApplied(offer.row, offer.name, offer.field, offer.date),
  );
  return {
    stdout: `${stdout.join('\n')}\n`,
    stderr: problemsText(
      result.problems,
      [...applied, ...offers],
      offers.length > 0 ? [CLI_REPORT.noteDatesHint] : [],
    ),
  };
}

function warningJson(warning: DomainWarning) {
  return {
    code: warning.code,
    ...(warning.branch === undefined ? {} : { branch: warning.branch }),
    ...(warning.activityId === undefined ? {} : { activityId: warning.activityId }),
    ...(warning.memberId === undefined ? {} : { memberId: warning.memberId }),
    ...(warning.date === undefined ? {} : { date: warning.date }),
    message: warning.message,
  };
}

/** Everything, one item per finding: for a script, or a secretary who wants the whole list. */
export function generateJson(report: GenerateReport): unknown {
  const { result } = report;
  return {
    members: report.members,
    sheet: report.sheet,
    encoding: report.encoding,
    imported: report.imported,
    out: report.out,
    asOf: report.asOf,
    sheets: result.report.sheets.map(({ name, created }) => ({ name, created })),
    branches: result.settings.branches.map((branch) => branch.name),
    memberCount: result.memberCount,
    activityCount: result.activityCount,
    cancelledCount: result.cancelledCount,
    branchImport: result.branchImport,
    emptyBranches: result.emptyBranches,
    notices: result.report.notices,
    problems: result.problems.map(({ sheet, row, cell, severity, message }) => ({
      sheet,
      ...(row === undefined ? {} : { row }),
      ...(cell === undefined ? {} : { cell }),
      severity,
      message,
    })),
    noteDates: report.noteDates.map(({ row, name, field, date, text }) => ({ row, name, field, date, text })),
    appliedNoteDates: report.appliedNoteDates.map(({ row, name, field, date }) => ({
      row,
      name,
      field,
      date,
    })),
    warnings: result.warnings.map(warningJson),
  };
}
