/**
 * The look of a sheet rewritten in place, put back to Excel's defaults over its written area before
 * the styles go on: fonts, fill, borders, alignment and wrapping, as Range.clear('Formats') would,
 * but without touching number formats. Those decide what a cell's number means (a date or not,
 * src/workbook/sheets/common.ts keptCell): cleared before the values are rewritten, an entered date
 * would read as a bare number for as long as the write is stopped there. So every cell of the area
 * gets its number format explicitly instead (formatWrites.ts, `complete`), and this resets the rest.
 *
 * The sizes are Excel's Normal style (11 points); a font name the add-in never sets is left alone.
 */
import { formatRange, type RangeBox } from '../workbook/address';
import type { BorderIndex } from './formatCalls';
import { rangeAt } from './rangeCache';
import { ACTION_BYTES, PATH_BYTES } from './requestSize';

const EDGES: readonly BorderIndex[] = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
];

/** Excel's Normal style: Calibri / 等线 11. */
const NORMAL_FONT_SIZE = 11;

/** The edges a range has: no inside lines across one row or down one column (Excel refuses them). */
function edgesOf(area: RangeBox): BorderIndex[] {
  return EDGES.filter(
    (edge) =>
      (edge !== 'InsideHorizontal' || area.bottom > area.top) &&
      (edge !== 'InsideVertical' || area.right > area.left),
  );
}

/** Estimated request bytes of queueFormatReset. */
export function formatResetBytes(area: RangeBox): number {
  // The range, its format, font, fill and borders, and each edge; five font sets, the fill's
  // clear, an edge's style each, and three sets on the format.
  return PATH_BYTES * (5 + EDGES.length) + ACTION_BYTES * (9 + EDGES.length) + formatRange(area).length;
}

export function queueFormatReset(sheet: Excel.Worksheet, area: RangeBox): void {
  const format = rangeAt(sheet, formatRange(area)).format;
  const font = format.font;
  font.bold = false;
  font.italic = false;
  font.underline = 'None';
  font.color = '#000000';
  font.size = NORMAL_FONT_SIZE;
  format.fill.clear();
  for (const edge of edgesOf(area)) format.borders.getItem(edge).style = 'None';
  format.horizontalAlignment = 'General';
  format.verticalAlignment = 'Bottom';
  format.wrapText = false;
}
