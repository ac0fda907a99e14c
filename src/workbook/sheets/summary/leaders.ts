/**
 * 领导干部带头 on the printed summaries: one line under a branch's figures (and under the totals
 * across branches) with the leaders' 应到, 实到 and 出勤率, from src/domain/leaders.ts. Nothing is
 * drawn for a branch without leaders.
 */
import type { LeaderParticipation } from '../../../domain/leaders';
import { nothingRecorded } from '../../../domain/tally';
import { LEADERS_TEXT as T } from '../../../strings/leaders';
import { type SheetCanvas } from './canvas';
import { BODY_FONT, drawParagraph, styleTable } from './parts';

/** The line's text. Person-times still unrecorded are named: the rate leaves them out. */
export function leadersText(leaders: LeaderParticipation): string {
  const t = leaders.totals;
  const rate = t.rate !== null ? T.rate(t.rate) : nothingRecorded(t) ? T.unrecorded : T.noRate;
  return T.line(t.due, t.attended, rate, nothingRecorded(t) ? 0 : t.unrecorded);
}

/** A paragraph of its own (the monthly pages); returns its row, or null when there are no leaders. */
export function drawLeadersLine(
  canvas: SheetCanvas,
  leaders: LeaderParticipation | undefined,
): number | null {
  if (leaders === undefined) return null;
  const row = drawParagraph(canvas, leadersText(leaders));
  canvas.styleRows(row, row, { font: { ...BODY_FONT, bold: true } });
  return row;
}

/** A bordered row across a table 1…last (the annual table); returns its row, or null without leaders. */
export function drawLeadersRow(
  canvas: SheetCanvas,
  leaders: LeaderParticipation | undefined,
  last: number,
): number | null {
  if (leaders === undefined) return null;
  const row = canvas.addRow(17);
  canvas.set(row, 1, leadersText(leaders));
  canvas.merge(row, 1, row, last);
  styleTable(canvas, row, row, [[1, last]]);
  canvas.styleRows(row, row, { font: { ...BODY_FONT, bold: true }, horizontal: 'left' });
  return row;
}
