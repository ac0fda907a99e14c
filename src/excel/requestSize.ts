/**
 * An estimate of what each Office.js call adds to a request, so that a write can be split before
 * it passes Excel on the web's 5 MB limit. Office.js sends a batch as JSON (OfficeExtension's
 * ClientRequest): every object used is an entry in `ObjectPaths` (getRange('A1:B2') on its sheet,
 * then format, font, borders.getItem('EdgeTop') …) plus an action instantiating it, and every
 * property set or method call is an action of its own, carrying its value. The constants are a
 * little above what those entries weigh, so the estimate errs on the large side.
 */

/** An object path with its instantiating action, besides its arguments (an address). */
export const PATH_BYTES = 170;
/** A property set or method call, besides its value. */
export const ACTION_BYTES = 100;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON (Chinese text is 3 bytes a character). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}
