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

/** One part of an R1C1 reference: R or C, and an offset from the cell or an absolute (1-based) number. */
interface Part {
  letter: 'R' | 'C';
  relative: number;
  absolute: number | null;
}

/** A formula's tokens: text as it is, references as their parts (null when unreadable). */
type Token = string | { text: string; parts: Part[] | null };

/** Tokens of the formulas seen: one formula fills many cells (a column of totals). */
const tokensOf = new Map<string, Token[]>();

function tokenize(formula: string): Token[] {
  let tokens = tokensOf.get(formula);
  if (tokens !== undefined) return tokens;
  tokens = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(formula); match !== null; match = TOKEN.exec(formula)) {
    const token = match[0];
    const isReference = /^[RC](?:\[|\d|C|$)/.test(token) || token === 'R' || token === 'C';
    tokens.push(isReference ? { text: token, parts: partsOf(token) } : token);
  }
  if (tokensOf.size > 10_000) tokensOf.clear();
  tokensOf.set(formula, tokens);
  return tokens;
}

function partsOf(token: string): Part[] | null {
  const parts: Part[] = [];
  let rest = token;
  while (rest !== '') {
    const part = PART.exec(rest);
    if (!part) return null;
    const [text, letter, relative, absolute] = part;
    parts.push({
      letter: letter as 'R' | 'C',
      relative: Number(relative ?? 0),
      absolute: absolute === undefined ? null : Number(absolute),
    });
    rest = rest.slice(text.length);
  }
  return parts;
}

const letters: string[] = [];
function lettersOf(index: number): string {
  return (letters[index] ??= columnLetters(index));
}

/** The A1 text of an R1C1 formula written to the cell at zero-based (row, column). */
export function r1c1ToA1(formula: string, row: number, column: number, location: string): string {
  let out = '';
  for (const token of tokenize(formula)) {
    if (typeof token === 'string') {
      out += token;
      continue;
    }
    if (token.parts === null) throw fakeError('InvalidArgument', location);
    let rowText: string | null = null;
    let columnText: string | null = null;
    for (const part of token.parts) {
      const limit = part.letter === 'R' ? MAX_ROWS : MAX_COLUMNS;
      const index =
        part.absolute !== null ? part.absolute - 1 : (part.letter === 'R' ? row : column) + part.relative;
      if (index < 0 || index >= limit) throw fakeError('InvalidArgument', location);
      const anchor = part.absolute === null ? '' : '$';
      if (part.letter === 'R') rowText = `${anchor}${index + 1}`;
      else columnText = `${anchor}${lettersOf(index)}`;
    }
    // A whole row or column: Excel gives R2 as 2:2 only inside a range; the fake keeps it one-sided.
    out +=
      rowText !== null && columnText !== null
        ? `${columnText}${rowText}`
        : (rowText ?? columnText ?? token.text);
  }
  return out;
}
