/**
 * The fake takes only the forms Microsoft documents, each rule with the sentence it comes from.
 * Where Excel's actual behaviour for another form is unknown, refusing it keeps a writer from
 * relying on it (docs/excel-verification.md lists what only a run in Excel can answer).
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from './address';
import { fakeError, shapeMismatchMessage } from './errors';

/**
 * Range.values, formulas, formulasR1C1 and numberFormat are typed `any[][]` in the reference
 * ("values: any[][];", Excel.Range), and the paragraph that allowed one value for a whole range
 * ("To apply the same update to all cells in a range … set the corresponding property on the range
 * object to the desired (single) value") was removed from Microsoft's documentation in July 2020
 * (OfficeDev/office-js-docs-pr#2018, "Removing single value property set section"). So anything but
 * a 2-D array of exactly the range's rows and columns fails, as a shape mismatch does in Excel ("The
 * number of rows or columns in the input array doesn't match the size or dimensions of the range.").
 * `null` in the array is documented: "Use `null` in 2-D arrays to leave specific cells unchanged
 * while updating others" (Blank and null values in Excel add-ins).
 */
export function cellGrid(input: unknown, rect: Rect, location: string): unknown[][] {
  if (!Array.isArray(input))
    throw fakeError(
      'InvalidArgument',
      location,
      `${location} takes a 2-D array of the range's rows and columns (any[][]); one value for a range is not documented.`,
    );
  if (
    input.length !== rect.rowCount ||
    input.some((row) => !Array.isArray(row) || row.length !== rect.columnCount)
  ) {
    throw fakeError('InvalidArgument', location, shapeMismatchMessage);
  }
  return input as unknown[][];
}

/**
 * PageLayoutZoomOptions: "horizontalFitToPages: Number of pages to fit horizontally. This value can
 * be `null` if percentage scale is used." (verticalFitToPages alike) and "scale: Print page scale
 * value can be between 10 and 400. This value can be `null` if fit to page tall or wide is
 * specified." A number of pages is a whole number from 1: 0 (Excel's own file format uses it for
 * "automatic") is not a documented value, nor are scale and pages together, nor an empty object.
 */
export function zoomProblem(zoom: unknown): string | null {
  if (typeof zoom !== 'object' || zoom === null) return 'zoom must be a PageLayoutZoomOptions object';
  const { scale, horizontalFitToPages, verticalFitToPages } = zoom as Record<string, unknown>;
  const pages = [horizontalFitToPages, verticalFitToPages].filter(
    (value) => value !== undefined && value !== null,
  );
  const hasScale = scale !== undefined && scale !== null;
  if (hasScale && (!Number.isInteger(scale) || Number(scale) < 10 || Number(scale) > 400))
    return `scale ${String(scale)} is not between 10 and 400`;
  for (const fit of pages)
    if (!Number.isInteger(fit) || Number(fit) < 1) return `${String(fit)} is not a number of pages`;
  if (hasScale && pages.length > 0) return 'scale and fit to pages are exclusive';
  if (!hasScale && pages.length === 0) return 'neither scale nor fit to pages is given';
  return null;
}

/**
 * Data-validation text limits. The Office.js reference gives none ("title: Represents the error
 * alert dialog title."), Office's implementation notes on ECMA-376 do (MS-OI29500 §2.1.613, Part 1
 * Section 18.3.1.32 dataValidation): "Office limits the length of the value of the errorTitle
 * attribute to 32 characters", "Office restricts the length of the value of the error attribute to
 * 224 characters", "Excel restricts the value of [the prompt] attribute to be at most 255
 * characters", "Office limits the length of the promptTitle attribute value to 32 characters".
 */
export const VALIDATION_LIMITS = { errorTitle: 32, error: 224, promptTitle: 32, prompt: 255 } as const;

/**
 * A literal list ("a string that contains a comma-separated number, Boolean, or date", and "You can
 * also assign a comma-delimited list such as "Sue, Ricky, Liz"": ListDataValidation.source, Add data
 * validation to Excel ranges) is at most 255 characters in Excel's Data Validation dialog; the
 * Office.js reference does not say so (Apache POI enforces the same limit, apache/poi#187).
 */
export const MAX_LIST_SOURCE = 255;

export function textLimitProblem(what: keyof typeof VALIDATION_LIMITS, text: unknown): string | null {
  if (text === undefined || text === null) return null;
  if (typeof text !== 'string') return `${what} must be text`;
  const limit = VALIDATION_LIMITS[what];
  return text.length > limit ? `${what} is ${text.length} characters, Office allows ${limit}` : null;
}

/**
 * A defined name or table name as Excel takes it. "Names cannot be the same as a cell reference,
 * such as Z$100 or R1C1" and "You cannot use the uppercase and lowercase characters "C", "c", "R",
 * or "r" as a defined name, because they are all used as a shorthand for selecting a row or column
 * for the currently selected cell" (Microsoft Support, Names in formulas); "The characters C and R
 * are reserved for use in R1C1 notation, therefore the following cannot be used for defined names:
 * C R RC R1C1" (Microsoft KB Q111393, "Some Names Are Reserved"). So a cell in A1 within the sheet
 * (A1…XFD1048576) and every R1C1 form without brackets (R, C, RC, Rn, Cn, RnC, RCn, RnCn) is refused.
 */
export function nameProblem(name: string): string | null {
  if (/^(?:[Rr]\d*[Cc]?\d*|[Cc]\d*)$/.test(name)) return 'A name cannot be an R1C1 reference.';
  const cell = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (cell) {
    const column = [...cell[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(cell[2]);
    if (column <= MAX_COLUMNS && row >= 1 && row <= MAX_ROWS)
      return 'A name cannot be the same as a cell reference.';
  }
  if (/^(?:true|false)$/i.test(name)) return 'A name cannot be TRUE or FALSE.';
  return null;
}
