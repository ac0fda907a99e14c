/**
 * What the commands that read a workbook share: the input option, the errors turned into usage
 * errors (exit 2), and the problems found reading the sheets.
 */
import type { SummaryResult } from '../../app/summaries';
import { SummaryError } from '../../app/summaries';
import { WorkbookFileError } from '../../file/errors';
import { SUMMARY_CLI as T } from '../../strings/summary';
import { problemLine } from '../../workbook/problems';
import { CliUsageError } from '../errors';

export function requireInput(path: string | undefined): string {
  if (path === undefined || path.trim() === '') throw new CliUsageError(T.needInput);
  return path;
}

/** Runs an action on the workbook, turning file and summary errors into usage errors (exit 2). */
export async function withSummaryErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CliUsageError(error.message);
    if (error instanceof SummaryError)
      throw new CliUsageError(error.message, error.problems.map(problemLine));
    throw error;
  }
}

export function problemsText(result: SummaryResult): string {
  if (result.problems.length === 0) return '';
  return `${T.problemsTitle}\n${result.problems.map((problem) => `  ${problemLine(problem)}\n`).join('')}`;
}
