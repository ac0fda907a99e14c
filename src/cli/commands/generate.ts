/**
 * `party-day generate --members roster.csv|roster.xlsx --year 2027 [--into existing.xlsx]
 *  --out result.xlsx [--unit 名称] [--as-of 2027-03-31]`
 * Imports the roster, writes the workbook (into a copy of --into when given), lists every problem
 * by row on stderr and what was written where on stdout, then the warnings as of --as-of (default:
 * today in Asia/Shanghai). Never overwrites an input file.
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
import {
  importRosterTable,
  rosterSheetName,
  type SourceTable,
  tableFromCsv,
  tableFromGrid,
} from '../../workbook/rosterImport';
import { CliUsageError } from '../errors';
import type { CliIo } from '../io';

interface GenerateOptions {
  members?: string;
  year?: string;
  into?: string;
  out?: string;
  unit?: string;
  asOf?: string;
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

/** Today's date where the branches are (Asia/Shanghai), whatever the machine's zone. */
export function todayInChina(now: Date): CalendarDate | null {
  return parseIsoDate(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now));
}

export async function runGenerate(options: GenerateOptions, io: CliIo): Promise<void> {
  if (options.members === undefined) throw new CliUsageError(GENERATE_CLI.missingMembers);
  const year = parseYear(options.year);
  if (options.out === undefined) throw new CliUsageError(GENERATE_CLI.missingOut);
  const asOf = options.asOf === undefined ? todayInChina(new Date()) : parseIsoDate(options.asOf.trim());
  if (asOf === null) throw new CliUsageError(GENERATE_CLI.badAsOf(options.asOf ?? ''));
  const roster = await loadRoster(options.members, io);
  const imported = importRosterTable(roster.table);
  const file = options.into === undefined ? newWorkbookFile() : await openFile(options.into);

  let result;
  try {
    result = await generateWorkbook(createFilePort(file), {
      year,
      unit: options.unit,
      members: imported.value.members,
      importProblems: imported.problems,
      asOf,
    });
  } catch (error) {
    if (error instanceof GenerateError) {
      throw new CliUsageError(`${error.message}${GENERATE_CLI.nothingWritten}`, problemLines(error.problems));
    }
    throw error;
  }
  try {
    await saveWorkbookPath({ ...file, sourcePath: options.into ?? null }, options.out, [options.members]);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliUsageError(error.message);
    throw error;
  }

  const warnings = [...file.warnings.map((w) => w.message), ...result.report.notices];
  if (result.problems.length > 0) {
    io.stderr(
      `${GENERATE_CLI.problemsTitle(result.problems.length)}\n${problemLines(result.problems)
        .map((l) => `  ${l}\n`)
        .join('')}`,
    );
  }
  const lines = [
    GENERATE_CLI.importedFrom(options.members, roster.sheet, roster.encoding, imported.value.members.length),
    GENERATE_CLI.written(options.out),
    ...result.report.sheets.map((sheet) => GENERATE_CLI.sheetLine(sheet.name, sheet.created)),
    GENERATE_CLI.summary(
      result.settings.branches.length,
      result.memberCount,
      result.activityCount,
      result.cancelledCount,
    ),
  ];
  const notes = [...warnings, ...result.warnings.map((w) => w.message)];
  if (notes.length > 0) lines.push(GENERATE_CLI.warningsTitle(asOf), ...notes.map((note) => `  - ${note}`));
  io.stdout(`${lines.join('\n')}\n`);
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
    .action((options: GenerateOptions) => runGenerate(options, io));
}
