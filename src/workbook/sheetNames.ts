/**
 * Excel's rules for worksheet names, and choosing a free name when the wanted one is taken.
 *
 * Excel refuses a name that is blank, longer than 31 characters, contains any of [ ] : * ? / \,
 * starts or ends with an apostrophe, or is the reserved word "History"; names are unique within a
 * workbook regardless of case.
 */
import { sheetNameStrings } from '../strings/sheetNames';

export const MAX_SHEET_NAME_LENGTH = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

/** A Chinese message saying what is wrong with the name, or null when Excel accepts it. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === '') return sheetNameStrings.blank;
  if (name.length > MAX_SHEET_NAME_LENGTH) return sheetNameStrings.tooLong(name, name.length);
  const forbidden = name.match(FORBIDDEN);
  if (forbidden) return sheetNameStrings.forbiddenCharacter(name, [...new Set(forbidden)].join(' '));
  if (name.startsWith("'") || name.endsWith("'")) return sheetNameStrings.apostropheAtEdge(name);
  if (sameSheetName(name, 'History')) return sheetNameStrings.reserved(name);
  return null;
}

export function isValidSheetName(name: string): boolean {
  return sheetNameProblem(name) === null;
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

export function isSheetNameTaken(name: string, existing: readonly string[]): boolean {
  return existing.some((other) => sameSheetName(other, name));
}

/**
 * `wanted` when no existing sheet has that name, else the first free of 'wanted(2)', 'wanted(3)'…,
 * shortening `wanted` so the result stays within 31 characters.
 * Throws when `wanted` itself breaks Excel's rules (a programming error: names are ours).
 */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const problem = sheetNameProblem(wanted);
  if (problem !== null) throw new RangeError(problem);
  if (!isSheetNameTaken(wanted, existing)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = truncate(wanted, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!isSheetNameTaken(candidate, existing)) return candidate;
  }
}

/** At most `length` UTF-16 units, never splitting a surrogate pair. */
export function truncate(text: string, length: number): string {
  let cut = text.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  if (cut.length < text.length && last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}
