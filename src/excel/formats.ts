/**
 * Units Office.js takes that the descriptions give otherwise: column widths in points (the
 * description: characters of the default font) and margins in points (the description: cm).
 * How range styles become format calls is in formatWrites.ts.
 */

/** Excel's column width in characters of the default font, as points (Office.js columnWidth). */
export function columnWidthPoints(characters: number): number {
  // A character of the default font is 7 pixels, plus 5 pixels of padding; a pixel is 0.75 pt.
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Centimetres (as the description gives margins) in points. */
export function centimetresToPoints(cm: number): number {
  return Math.round((cm / 2.54) * 72 * 100) / 100;
}
