/**
 * R1C1 formulas (Range.formulasR1C1) in A1, for the cell they are written to: R3C2 → $B$3,
 * R[1]C[-1] → the cell one row down and one column left, RC → this cell; whole rows (R2, R[1])
 * and columns (C3, C[-1]) too. The fake stores formulas in A1, as Excel shows them.
 */
import { columnLetters, MAX_COLUMNS, MAX_ROWS } from './address';
import { fakeError } from './errors';

/**
 * Strings and quoted sheet names (kept), R1C1 references (where a word may start), other words
 * (functions, names, sheet names), numbers, then any single character.
 */
const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|R(?:\[-?\d+\]|\d+)?C(?:\[-?\d+\]|\d+)?(?![A-Za-z0-9_.(!])|R(?:\[-?\d+\]|\d+)?(?![A-Za-z0-9_.(!])|C(?:\[-?\d+\]|\d+)?(?![A-Za-z0-9_.(!])|[A-Za-z_\\][A-Za-z0-9_.]*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|[^]/g;
const PART = /^([RC])(?:\[(-?\d+)\]|(\d+))?/;

/** The A1 text of an R1C1 formula written to the cell at zero-based (row, column). */
export function r1c1ToA1(formula: string, row: number, column: number, location: string): string {
  let out = '';
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(formula); match !== null; match = TOKEN.exec(formula)) {
    const token = match[0];
    out += /^[RC](?:\[|\d|C|$)/.test(token) || token === 'R' || token === 'C' ? reference(token) : token;
  }
  return out;

  function reference(token: string): string {
    let rest = token;
    let rowText: string | null = null;
    let columnText: string | null = null;
    while (rest !== '') {
      const part = PART.exec(rest);
      if (!part) throw fakeError('InvalidArgument', location);
      const [text, letter, relative, absolute] = part;
      const index =
        letter === 'R' ? at(row, relative, absolute, MAX_ROWS) : at(column, relative, absolute, MAX_COLUMNS);
      if (letter === 'R') rowText = `${absolute === undefined ? '' : '$'}${index + 1}`;
      else columnText = `${absolute === undefined ? '' : '$'}${columnLetters(index)}`;
      rest = rest.slice(text.length);
    }
    if (rowText !== null && columnText !== null) return `${columnText}${rowText}`;
    // A whole row or column: Excel gives R2 as 2:2 only inside a range; the fake keeps it one-sided.
    return rowText ?? columnText ?? token;
  }

  function at(
    from: number,
    relative: string | undefined,
    absolute: string | undefined,
    limit: number,
  ): number {
    const index = absolute !== undefined ? Number(absolute) - 1 : from + Number(relative ?? 0);
    if (index < 0 || index >= limit) throw fakeError('InvalidArgument', location);
    return index;
  }
}
