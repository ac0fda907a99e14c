/**
 * The number formats an owned sheet's cells have now, as read in this action: a write leaves out
 * those it would set to the same format. Every cell of a rewritten sheet's area gets its number
 * format explicitly (./formatReset.ts), and Range.numberFormat takes one entry per cell, so at
 * 2,000 members that alone passed the request size of one write; a regeneration changes few.
 *
 * Known only where the read saw them: inside the grid read (./readGrid.ts reads every cell's number
 * format, the add-in's own formula areas included), and not for a sheet with records of a stopped
 * write (./formatJournal.ts gives its grid the formats its numbers had, not the ones they have).
 */
import type { RawGrid } from '../workbook/grid';

export type KnownFormat = (row: number, column: number) => string | undefined;

export function knownNumberFormats(grid: RawGrid | undefined, journalled: boolean): KnownFormat | undefined {
  if (grid === undefined || journalled || grid.values.length === 0) return undefined;
  const { origin, numberFormats } = grid;
  return (row, column) => {
    const r = row - origin.row;
    const c = column - origin.column;
    if (r < 0 || c < 0 || r >= numberFormats.length || c >= numberFormats[r].length) return undefined;
    return numberFormats[r][c];
  };
}
