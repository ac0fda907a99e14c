/**
 * The `party-day` command line: one program, one subcommand per action. A command registers itself
 * in COMMANDS below; it reports bad input by throwing CliUsageError (Chinese message, exit code 2).
 */
import { Command, CommanderError } from 'commander';
import { CLI_TEXT } from '../strings/calendar';
import { registerGenerateCommand } from './commands/generate';
import { registerHolidaysCommand } from './commands/holidays';
import { registerScheduleCommand } from './commands/schedule';
import { registerSheetsCommand } from './commands/sheets';
import { registerSummaryCommand } from './commands/summary';
import { CliUsageError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './errors';
import { type CliIo, nodeIo } from './io';

export type RegisterCommand = (program: Command, io: CliIo) => void;

/** Every subcommand of `party-day`, in the order `--help` lists them. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerScheduleCommand,
  registerHolidaysCommand,
  registerGenerateCommand,
  registerSummaryCommand,
  registerSheetsCommand,
];

export function createProgram(io: CliIo): Command {
  const program = new Command('party-day')
    .description(CLI_TEXT.programDescription)
    .usage(CLI_TEXT.programUsage)
    .helpOption('-h, --help', CLI_TEXT.helpOption)
    .helpCommand('help [command]', CLI_TEXT.helpCommand)
    .configureHelp({ styleTitle: (title) => CLI_TEXT.helpTitles[title] ?? title })
    // Commander's own messages are English; we print ours from the error instead.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .exitOverride();
  for (const register of COMMANDS) register(program, io);
  return program;
}

/** The quoted word of a commander message, e.g. --foo in "error: unknown option '--foo'". */
function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1] ?? '';
}

function commanderMessage(error: CommanderError): string {
  switch (error.code) {
    case 'commander.unknownOption':
      return CLI_TEXT.unknownOption(quoted(error.message));
    case 'commander.unknownCommand':
      return CLI_TEXT.unknownCommand(quoted(error.message));
    case 'commander.optionMissingArgument':
    case 'commander.missingArgument':
      return CLI_TEXT.missingOptionValue(quoted(error.message));
    case 'commander.excessArguments':
      return CLI_TEXT.excessArguments;
    default:
      return CLI_TEXT.unexpected(error.message);
  }
}

function reportUsage(io: CliIo, message: string, details: readonly string[] = []): number {
  io.stderr(`${CLI_TEXT.errorPrefix}${message}\n${details.map((line) => `  ${line}\n`).join('')}`);
  return EXIT_USAGE;
}

/** Runs the command line and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const program = createProgram(io);
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return reportUsage(io, CLI_TEXT.missingCommand);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliUsageError) return reportUsage(io, error.message, error.details);
    if (error instanceof CommanderError) {
      // Help and version end the run normally (exit code 0) after commander printed them.
      if (error.exitCode === 0) return EXIT_OK;
      if (error.code === 'commander.help') return reportUsage(io, CLI_TEXT.missingCommand);
      return reportUsage(io, commanderMessage(error));
    }
    io.stderr(
      `${CLI_TEXT.errorPrefix}${CLI_TEXT.unexpected(error instanceof Error ? error.message : String(error))}\n`,
    );
    return EXIT_FAILURE;
  }
}
