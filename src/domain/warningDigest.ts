/**
 * Warnings digested for a reader with one screen: one line per kind and branch ("第一党支部：22 次活动
 * 未登记出勤，最早 1月9日，最近 11月27日") instead of one per activity. The full list stays where it
 * can be worked through (the pane's 检查, the command line's --json).
 */
import type { DomainWarning, WarningCode } from './warning';
import { DIGEST_TEXT } from '../strings/digest';

/** The order kinds are reported in: what the 党总支 checks first, records still to enter last. */
export const DIGEST_ORDER: readonly WarningCode[] = [
  'empty-branch',
  'orphan-sheet',
  'roster-row',
  'below-threshold',
  'absence-run',
  'unexcused-limit',
  'month-short',
  'unknown-code',
  'orphan-entry',
  'shift-impossible',
  'provisional-holidays',
  'unrecorded',
];

/** Kinds whose every item is read on its own (each run or count of absence is a talk with one member). */
const NEVER_COLLAPSED = new Set<WarningCode>(['absence-run', 'unexcused-limit', 'provisional-holidays']);

export interface DigestLine {
  code: WarningCode;
  branch?: string;
  /** Warnings the line stands for. */
  count: number;
  text: string;
}

export interface DigestOptions {
  /** A group of this many warnings or more becomes one line (default 2). */
  collapseFrom?: number;
}

/** The warnings as lines, grouped by kind (in DIGEST_ORDER) and branch (in the order they come). */
export function digestWarnings(
  warnings: readonly DomainWarning[],
  options: DigestOptions = {},
): DigestLine[] {
  const collapseFrom = options.collapseFrom ?? 2;
  const groups = new Map<string, DomainWarning[]>();
  for (const warning of warnings) {
    const key = `${warning.code}\u0000${warning.branch ?? ''}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [warning]);
    else group.push(warning);
  }
  const rank = (code: WarningCode) => {
    const index = DIGEST_ORDER.indexOf(code);
    return index < 0 ? DIGEST_ORDER.length : index;
  };
  const ordered = [...groups.values()].sort((a, b) => rank(a[0].code) - rank(b[0].code));
  const lines: DigestLine[] = [];
  for (const group of ordered) {
    const { code, branch } = group[0];
    if (group.length < collapseFrom || NEVER_COLLAPSED.has(code)) {
      for (const warning of group)
        lines.push({ code, ...(branch === undefined ? {} : { branch }), count: 1, text: warning.message });
      continue;
    }
    const dates = [...new Set(group.flatMap((w) => (w.date === undefined ? [] : [w.date])))].sort();
    const monthKeys = [...new Set(group.flatMap((w) => (w.month === undefined ? [] : [w.month])))].sort();
    lines.push({
      code,
      ...(branch === undefined ? {} : { branch }),
      count: group.length,
      text: DIGEST_TEXT.line(code, branch, group.length, dates, monthKeys),
    });
  }
  return lines;
}

/** At most `limit` lines: the first ones, then one saying how many more there are. */
export function limitLines(lines: readonly string[], limit: number): string[] {
  if (lines.length <= limit) return [...lines];
  const shown = lines.slice(0, Math.max(limit - 1, 0));
  return [...shown, DIGEST_TEXT.more(lines.length - shown.length)];
}
