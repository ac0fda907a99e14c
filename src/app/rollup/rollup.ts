/**
 * The 党总支's roll-up, written once against WorkbookPort: each branch workbook (opened by the caller
 * through the file port, in the command line or the browser) is summarised by computeSummaries,
 * exactly as `summary` does for that workbook alone; the branches found are then checked against
 * each other (conflicts are reported, never guessed) and put side by side: 报送情况, the monthly
 * check, the annual matrix.
 */
import type { CalendarDate } from '../../domain/date';
import {
  type AnnualMatrix,
  type BranchReport,
  type MonthCheck,
  type RolledBranch,
  annualMatrix,
  branchReport,
  monthCheck,
  periodDays,
} from '../../domain/rollup';
import { ROLLUP_CONFLICTS as T } from '../../strings/rollup';
import type { SheetProblem } from '../../workbook/problems';
import { readWorkbookState } from '../../workbook/state';
import type { WorkbookPort } from '../port';
import { type SummaryPeriod, type SummaryResult, SummaryError, computeSummaries } from '../summaries';
import { type RollupConflict, branchConflicts, chooseCopies, settingConflicts } from './conflicts';
import { describeForeignFile } from './fileKind';

export type { RollupConflict } from './conflicts';

/** A file given to the roll-up: opened, or why it could not be. */
export type RollupSource =
  | { file: string; port: WorkbookPort }
  | {
      file: string;
      /** The file port's Chinese message. */
      failure: string;
      /** True when the bytes are not an .xlsx workbook at all (then they say what they are). */
      notAWorkbook: boolean;
      bytes: Uint8Array;
    };

export interface RollupRequest {
  period: SummaryPeriod;
  asOf: CalendarDate;
  /** Printed on the sheets, e.g. '2027-03-31 16:20'. */
  generatedAt: string;
  /** The 党总支's name; by default the unit the files agree on. */
  unit?: string;
}

/** A branch workbook that was read, with its own summary (the same `summary --json` shows). */
export interface RolledFile {
  file: string;
  summary: SummaryResult;
}

export interface RollupResult {
  request: RollupRequest;
  unit: string;
  /** Every file given, in order, and whether anything of it was used. */
  files: Array<{ file: string; used: boolean }>;
  /** Files read as branch workbooks of the period's year. */
  rolledFiles: RolledFile[];
  /** The branches put side by side, in the order of the files (a branch found twice: the copy used). */
  branches: RolledBranch[];
  reports: BranchReport[];
  /** Set for a month period. */
  monthCheck: MonthCheck | null;
  /** Set for a year period. */
  matrix: AnnualMatrix | null;
  conflicts: RollupConflict[];
  /** Problems found reading each file's sheets (the rest was used), by file. */
  problems: Array<{ file: string; problems: SheetProblem[] }>;
}

export async function rollUp(
  sources: readonly RollupSource[],
  request: RollupRequest,
): Promise<RollupResult> {
  const conflicts: RollupConflict[] = [];
  const rolledFiles: RolledFile[] = [];
  const year = request.period.year;
  for (const source of sources) {
    if (!('port' in source)) {
      conflicts.push({
        code: source.notAWorkbook ? 'not-branch-workbook' : 'unreadable',
        files: [source.file],
        message: source.notAWorkbook
          ? T.foreignFile(source.file, describeForeignFile(source.bytes))
          : T.unreadable(source.failure),
      });
      continue;
    }
    const read = await readBranchFile(source.file, source.port, request);
    if ('conflict' in read) conflicts.push(read.conflict);
    else rolledFiles.push(read);
  }

  const found: RolledBranch[] = rolledFiles.flatMap(({ file, summary }) =>
    summary.annual.branches.map((branchYear, i) => ({
      file,
      branch: branchYear.branch,
      threshold: summary.settings.threshold,
      requiredPerMonth: summary.settings.requiredPerMonth,
      ledger: summary.ledger.branches[i],
      year: branchYear,
      month: summary.monthly?.branches[i] ?? null,
    })),
  );
  const chosen = chooseCopies(found, request.asOf);
  conflicts.push(...chosen.conflicts, ...branchConflicts(chosen.branches));
  const usedFiles = new Set(chosen.branches.map((branch) => branch.file));
  conflicts.push(...settingConflicts(rolledFiles.filter(({ file }) => usedFiles.has(file))));

  const month = request.period.kind === 'month' ? request.period.month : null;
  const { from, to } = periodDays(year, month);
  return {
    request,
    unit: request.unit?.trim() || commonUnit(rolledFiles),
    files: sources.map(({ file }) => ({ file, used: usedFiles.has(file) })),
    rolledFiles,
    branches: chosen.branches,
    reports: chosen.branches.map((branch) => branchReport(branch, from, to, request.asOf)),
    monthCheck: month === null ? null : monthCheck(chosen.branches, year, month),
    matrix: month === null ? annualMatrix(chosen.branches, year, request.asOf) : null,
    conflicts,
    problems: rolledFiles
      .filter(({ summary }) => summary.problems.length > 0)
      .map(({ file, summary }) => ({ file, problems: summary.problems })),
  };
}

async function readBranchFile(
  file: string,
  port: WorkbookPort,
  request: RollupRequest,
): Promise<RolledFile | { conflict: RollupConflict }> {
  const grids = await port.readOwnedGrids();
  const refuse = (code: RollupConflict['code'], message: string) => ({
    conflict: { code, files: [file], message },
  });
  if (!grids.has('settings')) {
    const rollupOnly = [...grids.keys()].some((kind) => kind.startsWith('rollup.'));
    const what = rollupOnly ? T.rollupWorkbook : T.plainWorkbook(await port.sheetNames());
    return refuse('not-branch-workbook', T.foreignFile(file, what));
  }
  // The summary reads the same grids: hand them over instead of reading the workbook twice.
  const cached: WorkbookPort = { ...port, readOwnedGrids: () => Promise.resolve(grids) };
  try {
    const summary = await computeSummaries(cached, {
      period: request.period,
      asOf: request.asOf,
      generatedAt: request.generatedAt,
    });
    if (summary.settings.branches.length === 0) return refuse('no-branches', T.noBranches(file));
    return { file, summary };
  } catch (error) {
    if (!(error instanceof SummaryError)) throw error;
    const fileYear = readWorkbookState(grids, request.period.year).settings?.year;
    if (fileYear !== undefined && fileYear !== request.period.year)
      return refuse('other-year', T.otherYear(file, fileYear, request.period.year));
    const details = error.problems.map(
      (problem) => `「${problem.sheet}」${problem.cell ?? ''}${problem.message}`,
    );
    return refuse('unusable', T.unusable(file, [error.message, ...details].join(' ')));
  }
}

/** The unit the files agree on; empty when they differ or none gives one. */
function commonUnit(files: readonly RolledFile[]): string {
  const units = new Set(
    files.map(({ summary }) => summary.settings.unit.trim()).filter((unit) => unit !== ''),
  );
  return units.size === 1 ? [...units][0] : '';
}
