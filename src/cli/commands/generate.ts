/**
 * `party-day generate --members roster.csv|roster.xlsx --year 2027 [--into existing.xlsx]
 *  --out result.xlsx [--unit 名称] [--as-of 2027-03-31] [--map-branch 花名册名称=设置名称]
 *  [--note-dates] [--json]`
 * Imports the roster, writes the workbook (into a copy of --into when given), then reports as the
 * pane's 检查 does (./generateReport.ts): what must be fixed and what to look at on stderr, what was
 * written and the findings grouped by kind and branch on stdout — or everything as one JSON object.
 * Never overwrites an input file; refuses to write without a 单位名称.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { GenerateError, generateWorkbook } from '../../app/generate';
import { type CalendarDate, parseIsoDate } from '../../domain/date';
import { SCHEDULE_YEARS } from '../../domain/schedule';
import { decodeCsvBytes } from '../../file/csvText';
import { WorkbookFileError } from '../../file/errors';
import { openWorkbookPath, saveWorkbookPath } from '../../file/nodeFiles';
import { createFilePort } from '../../file/port';
import { readSheetGrid, sheetNames } from '../../file/readGrid';
import { newWorkbookFile } from '../../file/workbookFile';
import { CLI_TEXT } from '../../strings/calendar';
import { GENERATE_CLI } from '../../strings/sheets';
import { problemLine, type SheetProblem } from '../../workbook/problems';
import { rosterSheetName, type SourceTable, tableFromCsv, tableFromGrid } from '../../workbook/rosterImport';
import { previewImport } from '../../app/importPreview';
import type { BranchDecision } from '../../domain/branchMatch';
import { applyNoteDates } from '../../domain/rosterReview';
import { CLI_REPORT } from '../../strings/cliReport';
import { IMPORT_REVIEW } from '../../strings/importReview';
import { type GenerateReport, generateJson, generateText } from '../generateReport';
import { CliUsageError } from '../errors';
import type { CliIo } from '../io';

export interface GenerateOptions {
  members?: string;
  year?: string;
  into?: string;
  out?: string;
  unit?: string;
  asOf?: string;
  json?: boolean;
  mapBranch?: string[];
  noteDates?: boolean;
}

function parseYear(text: string | undefined): number {
  if (text === undefined) throw new CliUsageError(CLI_TEXT.missingYear);
  if (!/^\d{4}$/.test(text.trim())) throw new CliUsageError(CLI_TEXT.badYear(text));
  const year = Number(text);
  if (year < SCHEDULE_YEARS.from || year > SCHEDULE_YEARS.to) {
    throw new CliUsageError(CLI_TEXT.yearOutOfRange(year, SCHEDULE_YEARS.from, SCHEDULE_YEARS.to));
  }
  return year;
}

interface LoadedRoster {
  table: SourceTable;
  sheet: string | null;
  encoding: string | null;
}

async function loadRoster(file: string, io: CliIo): Promise<LoadedRoster> {
  if (!existsSync(file)) throw new CliUsageError(GENERATE_CLI.membersMissing(file));
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv' || extension === '.txt') {
    const { text, encoding } = decodeCsvBytes(io.readFile(file));
    return { table: tableFromCsv(text, path.basename(file)), sheet: null, encoding: encoding.toUpperCase() };
  }
  if (extension === '.xlsx' || extension === '.xlsm') {
    const workbook = await openFile(file);
    const names = await withFileErrors(() => sheetNames(workbook));
    const name = rosterSheetName(names) ?? names[0];
    const grid = name === undefined ? null : await withFileErrors(() => readSheetGrid(workbook, name));
    if (grid === null) throw new CliUsageError(GENERATE_CLI.noSheet(file));
    return { table: tableFromGrid(grid), sheet: grid.sheetName, encoding: null };
  }
  throw new CliUsageError(GENERATE_CLI.badMembersType(file));
}

async function openFile(file: string) {
  return withFileErrors(() => openWorkbookPath(file));
}

async function withFileErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliUsageError(error.message);
    throw error;
  }
}

function problemLines(problems: readonly SheetProblem[]): string[] {
  return problems.map(problemLine);
}

/** --map-branch 第一党支部=机关第一党支部, as decisions. */
function branchDecisions(texts: readonly string[]): BranchDecision[] {
  return texts.map((text) => {
    const [roster, to, ...rest] = text.split(/[=＝]/).map((part) => part.trim());
    if (!roster || !to || rest.length > 0) throw new CliUsageError(CLI_REPORT.badMapBranch(text));
    return { roster, action: 'map', to };
  });
}

/** Today's date where the branches are (Asia/Shanghai), whatever the machine's zone. */
export function todayInChina(now: Date): CalendarDate | null {
  return parseIsoDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now));
}

export async function runGenerate(
  options: GenerateOptions,
  io: CliIo,
  now: Date = new Date(),
): Promise<void> {
  if (options.members === undefined) throw new CliUsageError(GENERATE_CLI.missingMembers);
  const year = parseYear(options.year);
  if (options.out === undefined) throw new CliUsageError(GENERATE_CLI.missingOut);
  const asOf = options.asOf === undefined ? todayInChina(now) : parseIsoDate(options.asOf.trim());
  if (asOf === null) throw new CliUsageError(GENERATE_CLI.badAsOf(options.asOf ?? ''));
  const decisions = branchDecisions(options.mapBranch ?? []);
  const roster = await loadRoster(options.members, io);
  const preview = previewImport(roster.table);
  const applied = options.noteDates === true ? preview.noteDates : [];
  const members = applyNoteDates(preview.members, applied);
  const file = options.into === undefined ? newWorkbookFile() : await openFile(options.into);

  let result;
  try {
    result = await generateWorkbook(createFilePort(file), {
      year,
      unit: options.unit,
      members,
      importProblems: preview.problems,
      importedColumns: preview.columns,
      branchDecisions: decisions,
      requireUnit: true,
      asOf,
    });
  } catch (error) {
    if (error instanceof GenerateError) {
      const unit = error.message === IMPORT_REVIEW.unitMissing ? CLI_REPORT.needUnit : '';
      throw new CliUsageError(
        `${error.message}${unit}${GENERATE_CLI.nothingWritten}`,
        problemLines(error.problems),
      );
    }
    throw error;
  }
  try {
    await saveWorkbookPath({ ...file, sourcePath: options.into ?? null }, options.out, [options.members]);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliUsageError(error.message);
    throw error;
  }

  const report: GenerateReport = {
    members: options.members,
    sheet: roster.sheet,
    encoding: roster.encoding,
    imported: members.length,
    out: options.out,
    asOf,
    result: {
      ...result,
      report: {
        ...result.report,
        notices: [...file.warnings.map((w) => w.message), ...result.report.notices],
      },
    },
    noteDates: options.noteDates === true ? [] : preview.noteDates,
    appliedNoteDates: applied,
  };
  if (options.json === true) {
    io.stdout(`${JSON.stringify(generateJson(report), null, 2)}\n`);
    return;
  }
  const text = generateText(report);
  if (text.stderr !== '') io.stderr(text.stderr);
  io.stdout(text.stdout);
}

export function registerGenerateCommand(program: Command, io: CliIo): void {
  program
    .command('generate')
    .description(GENERATE_CLI.description)
    .usage(GENERATE_CLI.usage)
    .option('--members <file>', GENERATE_CLI.options.members)
    .option('--year <year>', GENERATE_CLI.options.year)
    .option('--into <file>', GENERATE_CLI.options.into)
    .option('--out <file>', GENERATE_CLI.options.out)
    .option('--unit <name>', GENERATE_CLI.options.unit)
    .option('--as-of <date>', GENERATE_CLI.options.asOf)
    .option(
      '--map-branch <花名册名称=设置名称>',
      CLI_REPORT.options.mapBranch,
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--note-dates', CLI_REPORT.options.noteDates)
    .option('--json', CLI_REPORT.options.json)
    .action((options: GenerateOptions) => runGenerate(options, io));
}
