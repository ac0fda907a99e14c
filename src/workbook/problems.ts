/**
 * A problem found while reading an owned sheet (or a user's roster) back: where it is and what to
 * do, in Chinese. Shared by every sheet parser so the pane and the command line list them alike.
 */
export interface SheetProblem {
  /** The sheet's name as the user sees it. */
  sheet: string;
  /** A1 address of the cell, when one cell is at fault. */
  cell?: string;
  /** 1-based sheet row, when a whole row is at fault (or the cell's row). */
  row?: number;
  /** error: the row or value was not used; warning: used, with the noted field left out. */
  severity: 'error' | 'warning';
  /** Chinese, names the sheet, row or cell and says what to do. */
  message: string;
}

/** What a parser returns: the value it could read, and every problem (nothing dropped silently). */
export interface Parsed<T> {
  value: T;
  problems: SheetProblem[];
}

/**
 * One line for a list: 「设置」B4：… The row or cell is named once: not again when the message
 * already begins with it (第 14 行「入党日期」…).
 */
export function problemLine(problem: SheetProblem): string {
  const where = problem.cell ?? (problem.row !== undefined ? `第${problem.row}行` : '');
  const named = where !== '' && problem.message.replace(/\s+/g, '').startsWith(where);
  return `「${problem.sheet}」${where === '' || named ? '' : `${where}：`}${problem.message}`;
}

export function hasErrors(problems: readonly SheetProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
