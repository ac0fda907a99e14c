/**
 * `party-day sheets --in workbook.xlsx --out result.xlsx (--month 2027-03 | --year 2027) [--branch 名称]`:
 * writes 月度汇总 or 年度汇总 into a copy of the workbook (the input file is never overwritten);
 * with `--activity 2027-03-1 [--records-of-month 2027-03]`, the activity's 通知, 签到表 and 活动记录
 * (./activity.ts).
 */
import type { Command } from 'commander';
import { writeSummarySheets } from '../../app/summaries';
import { openWorkbookPath, saveWorkbookPath } from '../../file/nodeFiles';
import { createFilePort } from '../../file/port';
import { MATERIALS_CLI } from '../../strings/materials';
import { SUMMARY_CLI as T } from '../../strings/summary';
import { runActivitySheets } from './activity';
import { CliUsageError } from '../errors';
import type { CliIo } from '../io';
import {
  type SummaryOptions,
  problemsText,
  requireInput,
  summaryRequest,
  withSummaryErrors,
} from './summary';

export interface SheetsOptions extends Omit<SummaryOptions, 'json'> {
  out?: string;
  activity?: string;
  recordsOfMonth?: string;
}

export async function runSheets(options: SheetsOptions, io: CliIo, now: Date = new Date()): Promise<void> {
  if (options.activity !== undefined) return runActivitySheets(options, io, now);
  if (options.recordsOfMonth !== undefined) throw new CliUsageError(MATERIALS_CLI.recordsNeedActivity);
  const input = requireInput(options.in);
  if (options.out === undefined || options.out.trim() === '') throw new CliUsageError(T.needOutput);
  const out = options.out;
  const request = summaryRequest(options, now);
  const { summary, report } = await withSummaryErrors(async () => {
    const file = await openWorkbookPath(input);
    const written = await writeSummarySheets(createFilePort(file), request);
    for (const warning of file.warnings) io.stderr(`${warning.message}\n`);
    await saveWorkbookPath(file, out);
    return written;
  });
  io.stderr(problemsText(summary));
  for (const notice of report.notices) io.stdout(`${notice}\n`);
  io.stdout(
    `${T.wrote(
      out,
      report.sheets.map((sheet) => sheet.name),
    )}\n`,
  );
}

export function registerSheetsCommand(program: Command, io: CliIo): void {
  program
    .command('sheets')
    .description(T.sheetsDescription)
    .usage(T.sheetsUsage)
    .option('--in <file>', T.inOption)
    .option('--out <file>', T.outOption)
    .option('--month <month>', T.monthOption)
    .option('--year <year>', T.yearOption)
    .option('--branch <name>', T.branchOption)
    .option('--activity <id>', MATERIALS_CLI.activityOption)
    .option('--records-of-month <month>', MATERIALS_CLI.recordsOfMonthOption)
    .option('--as-of <date>', T.asOfOption)
    .action((options: SheetsOptions) => runSheets(options, io));
}
