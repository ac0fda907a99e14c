/**
 * Cleaning of what people type into cells: full-width forms, stray spaces, look-alike dots.
 * Cell values arrive as Excel gives them (string, number, boolean or empty).
 */

/** A raw cell value as read from a sheet or a file. */
export type CellValue = string | number | boolean | null | undefined;

const WHITESPACE = /(?:\s|\u200b|\u200c|\u200d|\ufeff)+/g;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Dots people use between the parts of an ethnic name; the standard one is U+00B7 '·'. */
const NAME_DOTS = /\s*[\u00b7\u30fb\uff65\u2022\u2027\u2219\u22c5\u2024\u0387\u16eb\u2e31\u318d]\s*/g;
const ASCII_DOT_BETWEEN_CJK = /([\u3400-\u9fff])\s*[.。]\s*(?=[\u3400-\u9fff])/g;

/** Full-width letters, digits and spaces to their ordinary forms (NFKC), trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, ' ').trim();
}

/** Like normaliseText, with every space removed: codes, ids, flags, dates. */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, '');
}

/** The text of a cell, or '' when it is empty; numbers and booleans as Excel would show them. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return normaliseText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value ? 'TRUE' : 'FALSE';
}

/**
 * A person's name: Chinese names lose the spaces used to pad them ('张\u3000三' → '张三'), ethnic names
 * keep their dot in its standard form ('阿依古丽・买买提' → '阿依古丽·买买提').
 */
export function normaliseName(text: string): string {
  let name = normaliseText(text).replace(NAME_DOTS, '·').replace(ASCII_DOT_BETWEEN_CJK, '$1·');
  if (CJK.test(name)) name = name.replace(/ /g, '');
  return name;
}
