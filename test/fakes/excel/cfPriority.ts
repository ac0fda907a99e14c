/**
 * How setting ConditionalFormat.priority reorders a sheet's conditional formats: "The priority (or
 * index) within the conditional format collection that this conditional format currently exists
 * in. Changing this also changes other conditional formats' priorities, to allow for a contiguous
 * priority order. Use a negative priority to begin from the back. Priorities greater than the
 * bounds will get and set to the maximum (or minimum if negative) priority." (ConditionalFormat
 * .priority). A new format goes "to the collection at the first/top priority"
 * (ConditionalFormatCollection.add).
 *
 * The fake keeps one order per sheet (Excel's rules manager shows one per sheet); a collection is
 * the formats that intersect its range, in that order. Setting priority p moves the format to the
 * place of the collection's p-th format (clamped), and the sheet's priorities are renumbered
 * 0, 1, 2 … How Excel orders formats of collections that do not overlap is not documented
 * (docs/excel-verification.md).
 */
import { intersects, type Rect } from './address';
import type { ConditionalFormatState, SheetState } from './state';

/** The sheet's formats by priority, highest (0) first. */
export function byPriority(sheet: SheetState): ConditionalFormatState[] {
  return [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority);
}

/** Puts a new format on top: priority 0, every other format one lower. */
export function addOnTop(sheet: SheetState, format: ConditionalFormatState): void {
  renumber(sheet, [format, ...byPriority(sheet)]);
}

/** Sets `priority` on `format` within the collection of formats meeting `collection`. */
export function setPriority(
  sheet: SheetState,
  collection: Rect,
  format: ConditionalFormatState,
  priority: number,
): void {
  const before = byPriority(sheet);
  const order = before.filter((other) => other !== format);
  const members = order.filter((other) => intersects(other.rect, collection));
  const count = members.length + 1;
  const wanted = priority < 0 ? count + priority : priority;
  const index = Math.min(Math.max(wanted, 0), count - 1);
  const at =
    members.length === 0
      ? before.indexOf(format)
      : index < members.length
        ? order.indexOf(members[index])
        : order.indexOf(members[members.length - 1]) + 1;
  order.splice(at, 0, format);
  renumber(sheet, order);
}

function renumber(sheet: SheetState, order: readonly ConditionalFormatState[]): void {
  order.forEach((format, index) => (format.priority = index));
  sheet.conditionalFormats = [...order];
}
