/**
 * The record of a write in progress: a hidden workbook name, `_PartyDayPending`, listing the kinds
 * of the sheets a write is updating, added by the write's first operation and removed by its last.
 * When a write stops part-way (Excel refused an operation, the connection dropped, the pane was
 * closed) the name stays, so the next action knows which sheets may be partly updated — the pane
 * says so — and a write that covers them all (running the action again) removes it. A write of
 * fewer sheets keeps the others listed.
 *
 * The kinds are an array constant, ={"roster","attendance.1"}: Excel keeps a name's constant as
 * written, each text under the 255 characters a formula's text may have.
 */
import { PENDING_NAME } from '../workbook/marks';

export { PENDING_NAME };

export function pendingFormula(kinds: readonly string[]): string {
  return `={${kinds.map((kind) => `"${kind.replace(/"/g, '""')}"`).join(',')}}`;
}

/** The kinds a pending record lists (empty for anything unreadable). */
export function parsePending(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => match[1].replace(/""/g, '"'));
}

/** The record at the start of a write: what was pending before, and this write's kinds. */
export function pendingAtStart(before: readonly string[] | null, kinds: readonly string[]): string[] {
  return [...new Set([...(before ?? []), ...kinds])];
}

/** What is still pending once the write is done: what was before and the write did not cover. */
export function pendingAtEnd(before: readonly string[] | null, kinds: readonly string[]): string[] {
  const written = new Set(kinds);
  return (before ?? []).filter((kind) => !written.has(kind));
}

/** Adds the record, or lists more kinds in the one a stopped write left. */
export function queuePendingStart(
  context: Excel.RequestContext,
  existed: boolean,
  kinds: readonly string[],
): void {
  const names = context.workbook.names;
  if (existed) {
    names.getItem(PENDING_NAME).formula = pendingFormula(kinds);
    return;
  }
  names.add(PENDING_NAME, pendingFormula(kinds)).visible = false;
}

/** Removes the record, or leaves listed what this write did not cover. */
export function queuePendingEnd(context: Excel.RequestContext, remaining: readonly string[]): void {
  const item = context.workbook.names.getItem(PENDING_NAME);
  if (remaining.length === 0) item.delete();
  else item.formula = pendingFormula(remaining);
}
