/**
 * An estimate of what each Office.js call adds to a request, so that a write can be split before
 * it passes Excel on the web's 5 MB limit. Office.js sends a batch as JSON (OfficeExtension's
 * ClientRequest): every object used is an entry in `ObjectPaths` (getRange('A1:B2') on its sheet,
 * then format, font, borders.getItem('EdgeTop') …) plus an action instantiating it, and every
 * property set or method call is an action of its own, carrying its value. The constants are what
 * those entries weigh with five-digit ids; with the values, counted exactly, a whole write's
 * estimate comes 0.5–4 % above what the fake of the API measures (at 2,000 members a
 * regeneration's one request is estimated at 3,266,644 B and measures 3,187,581 B, the first
 * setup's 3,456,037 B and 3,314,446 B: a range reached again is counted again, though the write
 * sends its path once, ./rangeCache.ts). Longer ids
 * late in a large write add a little (up to 1 % in the third part at 5,000 members): the port's
 * limit of 4,000,000 B leaves the rest of the way to Excel's 5 MB for that and for what the fake
 * leaves out.
 */

/**
 * An object path with its instantiating action, besides its arguments (an address): 140–165 B,
 * a navigation such as `format` the least, getRange the most.
 */
export const PATH_BYTES = 165;
/** A property set or method call, besides its value. */
export const ACTION_BYTES = 100;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON (Chinese text is 3 bytes a character). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}
