/** An action's failure as the pane shows it: the Chinese message of the app's errors and their problems. */
import { GenerateError } from '../../app/generate';
import { SummaryError } from '../../app/summaries';
import type { PaneStrings } from '../../strings';
import { problemLine } from '../../workbook/problems';
import { fill } from '../format';

export interface ShownError {
  message: string;
  lines: string[];
}

/** Errors whose message is written for the user (the file port's is matched by name: it lives in the file-mode chunk). */
const USER_ERROR_NAMES = new Set(['WorkbookFileError', 'ExcelPortError', 'PaneInputError']);

/** Bad input in a pane form; the message says which field and what to do. */
export class PaneInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PaneInputError';
  }
}

export function shownError(error: unknown, strings: PaneStrings): ShownError {
  if (error instanceof GenerateError || error instanceof SummaryError)
    return { message: error.message, lines: error.problems.map(problemLine) };
  if (error instanceof Error && USER_ERROR_NAMES.has(error.name))
    return { message: error.message, lines: [] };
  const detail = error instanceof Error ? error.message : String(error);
  return { message: fill(strings.errorUnexpected, { detail }), lines: [] };
}
