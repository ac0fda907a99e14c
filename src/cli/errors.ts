/** A problem with what the user typed or gave us: reported in Chinese, exit code 2. */
export class CliUsageError extends Error {
  constructor(
    message: string,
    /** Further lines (one per bad row of a file, say). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliUsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
