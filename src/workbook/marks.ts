/**
 * The hidden workbook names by which both ports recognise the add-in's sheets, so that a file
 * written by the ExcelJS port and a live workbook written through Office.js agree:
 * `_PartyDay_<kind>` marks a sheet (refers to its A1; survives renaming and moving), and
 * `_PartyDayOwn_<kind>` records where the Office.js port filled the sheet with its own formulas
 * (src/excel/ownAreas.ts). Whoever rewrites a sheet without recording its areas again must remove
 * the second name: the areas would be stale. `_PartyDayPending` lists the kinds of a write the
 * Office.js port began and did not finish (src/excel/pendingWrite.ts); whoever rewrites those
 * sheets whole may remove it.
 */
import { KIND_PATTERN } from './description';

export const MARK_PREFIX = '_PartyDay_';
const OWN_AREAS_PREFIX = '_PartyDayOwn_';
/** Hidden name of an unfinished write: the kinds whose sheets it may have left partly updated. */
export const PENDING_NAME = '_PartyDayPending';

export function markName(kind: string): string {
  if (!KIND_PATTERN.test(kind)) throw new RangeError(`Not a sheet kind: ${kind}`);
  return MARK_PREFIX + kind;
}

export function ownAreasName(kind: string): string {
  if (!KIND_PATTERN.test(kind)) throw new RangeError(`Not a sheet kind: ${kind}`);
  return OWN_AREAS_PREFIX + kind;
}

/** The kind a mark names, or null for any other name. */
export function kindOfMark(name: string): string | null {
  if (!name.startsWith(MARK_PREFIX)) return null;
  const kind = name.slice(MARK_PREFIX.length);
  return KIND_PATTERN.test(kind) ? kind : null;
}
