/**
 * 设置's values typed as text, read both from the sheet (./settingsRead.ts) and from the pane's
 * setup form: the 到会率 threshold and the ordinals of the fixed day, which is written back as text.
 */
import { LAST_ORDINAL } from '../../domain/fixedDays';
import { SETTINGS_SHEET } from '../../strings/sheets';

export function ordinalsText(ordinals: readonly number[]): string {
  return ordinals.map((n) => (n === LAST_ORDINAL ? SETTINGS_SHEET.lastOrdinal : String(n))).join('、');
}

/** 0.8, 80%, 80 (read as percent) → 0.8; null when not a rate. */
export function parseThreshold(text: string): number | null {
  const trimmed = text.trim();
  const percent = /^(\d+(?:\.\d+)?)\s*[%％]$/.exec(trimmed);
  const n = percent ? Number(percent[1]) / 100 : Number(trimmed);
  if (trimmed === '' || !Number.isFinite(n)) return null;
  const rate = !percent && n > 1 && n <= 100 ? n / 100 : n;
  return rate >= 0 && rate <= 1 ? rate : null;
}

/** "2、4", "2,4", "2 4", "第二、第四", "末" → numbers (末/最后 = last); null when unreadable. */
export function parseOrdinals(text: string): number[] | null {
  const words: Record<string, number> = {
    一: 1,
    二: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    末: LAST_ORDINAL,
    最后: LAST_ORDINAL,
    最后一: LAST_ORDINAL,
  };
  const parts = text
    .normalize('NFKC')
    .split(/[、,，;；\s]+/)
    .map((part) => part.replace(/^第/, '').replace(/[个周]$/, ''))
    .filter((part) => part !== '');
  if (parts.length === 0) return null;
  const numbers: number[] = [];
  for (const part of parts) {
    const n = /^-?\d+$/.test(part) ? Number(part) : Object.hasOwn(words, part) ? words[part] : undefined;
    if (n === undefined) return null;
    numbers.push(n);
  }
  return numbers;
}
