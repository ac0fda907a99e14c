/**
 * `party-day merge a.xlsx b.xlsx … (--month 2027-03 | --year 2027) [--out 总支汇总.xlsx] [--json]`:
 * the 党总支's roll-up of its branches' own workbooks. Each file is read through the file port and
 * summarised as `summary` does it alone; the roll-up sheets are written into --out (an existing
 * workbook keeps everything but its roll-up sheets); --json prints one object whose per-branch
 * activities carry the fields of `summary --json`. Branch files are never changed.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { type RollupResult, type RollupSource, rollUp } from '../../app/rollup/rollup';
import { writeRollupSheets } from '../../app/rollup/write';
import { WorkbookFileError } from '../../file/errors';
import { saveWorkbookPath } from '../../file/nodeFiles';
import { createFilePort } from '../../file/port';
import { newWorkbookFile, openWorkbookBytes, type WorkbookFile } from '../../file/workbookFile';
import { fileStrings } from '../../strings/file';
import { MERGE_CLI as T, REPORT_STATUS_LABELS } from '../../strings/rollup';
import { SUMMARY_CLI } from '../../strings/summary';
import { monthDay } from '../../strings/digest';
import { problemLine } from '../../workbook/problems';
import { CliUsageError } from '../errors';
import type { CliIo } from '../io';
import { summaryJson, summaryRequest, withSummaryErrors } from './summary';

export interface MergeOptions {
  month?: string;
  year?: string;
  asOf?: string;
  out?: string;
  unit?: string;
  json?: boolean;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : String(error);
    throw new CliUsageError(fileStrings.unreadable(file, code));
  }
}

/** Opens a branch file; a file the port cannot open is handed on with why, to be reported with the rest. */
export async function openSource(name: string, bytes: Uint8Array): Promise<RollupSource> {
  try {
    return { file: name, port: createFilePort(await openWorkbookBytes(bytes, name)) };
  } catch (error) {
    if (!(error instanceof WorkbookFileError)) throw error;
    return { file: name, failure: error.message, notAWorkbook: error.code === 'not-a-workbook', bytes };
  }
}

function rate(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10000) / 10000;
}

/** The JSON of the command; each branch's object is the one `summary --json` gives for it, plus its file. */
export function mergeJson(result: RollupResult): unknown {
  const { request } = result;
  const own = new Map(
    result.rolledFiles.map(({ file, summary }) => {
      const json = summaryJson(summary, request) as { branches: Array<{ branch: string }> };
      return [file, json.branches];
    }),
  );
  return {
    period:
      request.period.kind === 'month'
        ? `${request.period.year}-${String(request.period.month).padStart(2, '0')}`
        : String(request.period.year),
    asOf: request.asOf,
    unit: result.unit,
    files: result.files,
    conflicts: result.conflicts,
    reports: result.reports.map((report) => ({
      branch: report.branch,
      file: report.file,
      status: report.status,
      statusText: REPORT_STATUS_LABELS[report.status],
      held: report.held,
      lastRecorded: report.lastRecorded,
      pending: report.pending.map((activity) => ({
        id: activity.activityId,
        date: activity.date,
        recording: activity.recording,
      })),
    })),
    branches: result.branches.map((branch) => ({
      file: branch.file,
      threshold: branch.threshold,
      ...(own.get(branch.file)?.find((entry) => entry.branch === branch.branch) ?? { branch: branch.branch }),
    })),
    monthCheck:
      result.monthCheck === null
        ? null
        : {
            order: result.monthCheck.branches.map((entry) => ({
              branch: entry.branch,
              file: entry.file,
              short: entry.short,
              required: entry.month.required,
              planned: entry.month.planned,
              held: entry.month.held,
              absentWithoutReason: [...entry.absentees].map(([id, marks]) => ({
                activity: id,
                members: marks.map((mark) => ({ id: mark.memberId, name: mark.name, reason: mark.reason })),
              })),
            })),
            totals: {
              required: result.monthCheck.required,
              planned: result.monthCheck.planned,
              held: result.monthCheck.held,
              belowThreshold: result.monthCheck.belowThreshold,
              due: result.monthCheck.totals.due,
              present: result.monthCheck.totals.attended,
              leave: result.monthCheck.totals.leave,
              absent: result.monthCheck.totals.absent,
              unrecorded: result.monthCheck.totals.unrecorded,
              rate: rate(result.monthCheck.totals.rate),
            },
          },
    annual:
      result.matrix === null
        ? null
        : result.matrix.rows.map((row) => ({
            rank: row.rank,
            branch: row.branch,
            file: row.file,
            months: row.cells.map((cell) => ({ ...cell, rate: rate(cell.rate) })),
            monthsMet: row.monthsMet,
            monthsOver: row.monthsOver,
            completion: rate(row.completion),
            rate: rate(row.rate),
          })),
  };
}

/** The conflicts and each branch's 报送情况 as readable lines. */
function mergeText(result: RollupResult): string {
  const lines = result.reports.map((report) =>
    T.statusLine(
      report.branch,
      report.file,
      REPORT_STATUS_LABELS[report.status],
      report.pending.map((activity) => monthDay(activity.date)).join('、'),
    ),
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function reportConflicts(result: RollupResult, io: CliIo): void {
  if (result.conflicts.length > 0)
    io.stderr(`${T.conflictsTitle}\n${result.conflicts.map((c) => `  - ${c.message}\n`).join('')}`);
  for (const { file, problems } of result.problems)
    io.stderr(`${T.problemsTitle(file)}\n${problems.map((p) => `  ${problemLine(p)}\n`).join('')}`);
}

/** The 党总支's workbook to write into: the existing --out file (kept but for its roll-up sheets), or a new one. */
async function targetWorkbook(out: string): Promise<WorkbookFile> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(out);
  } catch {
    return newWorkbookFile();
  }
  return openWorkbookBytes(bytes, path.basename(out));
}

export async function runMerge(
  files: readonly string[],
  options: MergeOptions,
  io: CliIo,
  now: Date = new Date(),
): Promise<void> {
  if (files.length === 0) throw new CliUsageError(T.needFiles);
  const out = options.out?.trim();
  if (!out && !options.json) throw new CliUsageError(T.needOutput);
  const request = { ...summaryRequest(options, now), unit: options.unit };
  if (out) {
    const target = path.resolve(out);
    const same = files.find((file) => path.resolve(file) === target);
    if (same !== undefined) throw new CliUsageError(T.outIsInput(same));
  }
  const sources: RollupSource[] = [];
  for (const file of files) sources.push(await openSource(file, await readBytes(file)));
  const result = await rollUp(sources, request);
  reportConflicts(result, io);
  if (result.branches.length === 0) throw new CliUsageError(T.nothingUsable);
  if (out) {
    await withSummaryErrors(async () => {
      const workbook = await targetWorkbook(out);
      for (const warning of workbook.warnings) io.stderr(`${warning.message}\n`);
      const report = await writeRollupSheets(createFilePort(workbook), result);
      await saveWorkbookPath(workbook, out, files);
      for (const notice of report.notices) io.stderr(`${notice}\n`);
      if (!options.json)
        io.stdout(
          `${T.wrote(
            out,
            report.sheets.map((sheet) => sheet.name),
          )}\n`,
        );
    });
  }
  io.stdout(options.json ? `${JSON.stringify(mergeJson(result), null, 2)}\n` : mergeText(result));
}

export function registerMergeCommand(program: Command, io: CliIo): void {
  program
    .command('merge')
    .description(T.description)
    .usage(T.usage)
    .argument('<files...>')
    .option('--month <month>', SUMMARY_CLI.monthOption)
    .option('--year <year>', SUMMARY_CLI.yearOption)
    .option('--as-of <date>', SUMMARY_CLI.asOfOption)
    .option('--out <file>', T.outOption)
    .option('--unit <name>', T.unitOption)
    .option('--json', SUMMARY_CLI.jsonOption)
    .action((files: string[], options: MergeOptions) => runMerge(files, options, io));
}
