/**
 * 总支党员参与: every branch's members with their half-year and year figures (应到, 实到, 到会率),
 * one table per branch headed by the branch and the file it came from. Portrait A4, as many pages
 * as the branches need.
 */
import type { RatedTally } from '../../../domain/tally';
import { ROLLUP_SHEETS as T, ROLLUP_SHEET_NAMES } from '../../../strings/rollup';
import type { Cell, SheetDescription } from '../../description';
import { SheetCanvas, type Span } from '../summary/canvas';
import { RATE_FORMAT, drawBodyRow, drawHeader, drawHeading, drawParagraph } from '../summary/parts';
import { ROLLUP_KINDS, type RollupSheetsInput, drawTitleBlock, one, ROLLUP_TAB_COLOR } from './common';
import { printoutSheet } from '../summary/printout';

const WIDTHS = [8, 10, 6.5, 6.5, 7.5, 6.5, 6.5, 7.5, 6.5, 6.5, 7.5];
const SPANS: Span[] = WIDTHS.map((_, i) => one(i + 1));

function tallyCells(tally: RatedTally): Cell[] {
  const rate: Cell = tally.rate ?? (tally.due > 0 ? T.unrecorded : T.notYet);
  return [tally.due, tally.attended, rate];
}

export function describeMembersSheet(input: RollupSheetsInput): SheetDescription {
  const canvas = new SheetCanvas(WIDTHS);
  drawTitleBlock(canvas, input, T.membersTitle(input.unit, input.year));
  for (const branch of input.branches) {
    drawHeading(canvas, T.membersBranch(branch.branch, branch.file));
    drawHeader(canvas, SPANS, T.membersHeaders);
    const counted = branch.year.members.filter((member) => member.counted);
    if (counted.length === 0) drawParagraph(canvas, T.noMembers, true);
    for (const member of counted) {
      const row = drawBodyRow(canvas, SPANS, [
        member.memberId,
        member.label,
        ...tallyCells(member.halves[0]),
        ...tallyCells(member.halves[1]),
        ...tallyCells(member.year),
      ]);
      for (const column of [5, 8, 11]) canvas.style(row, column, row, column, { numberFormat: RATE_FORMAT });
    }
  }
  return printoutSheet(canvas, {
    kind: ROLLUP_KINDS.members,
    name: ROLLUP_SHEET_NAMES.members,
    tabColor: ROLLUP_TAB_COLOR,
    unit: input.unit,
    orientation: 'portrait',
    onePage: false,
  });
}
