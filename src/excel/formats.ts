/**
 * Range formats of a description as Office.js sets them: one call per range style, never per cell.
 * Styles apply in order, as in the file port, so a later one overrides what it sets.
 */
import { boxColumns, boxRows, rangeBox, type RangeBox } from '../workbook/address';
import type { BorderEdge, BorderLine, CellStyle, RangeStyle } from '../workbook/description';

type BorderIndex =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
type LineStyle = 'Continuous' | 'Dash' | 'Dot' | 'Double';
type LineWeight = 'Hairline' | 'Thin' | 'Medium' | 'Thick';

const EDGE: Record<BorderEdge, BorderIndex> = {
  top: 'EdgeTop',
  bottom: 'EdgeBottom',
  left: 'EdgeLeft',
  right: 'EdgeRight',
  insideHorizontal: 'InsideHorizontal',
  insideVertical: 'InsideVertical',
};

const LINE: Record<BorderLine, { style: LineStyle; weight: LineWeight }> = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  dashed: { style: 'Dash', weight: 'Thin' },
  dotted: { style: 'Dot', weight: 'Thin' },
  double: { style: 'Double', weight: 'Thick' },
  hair: { style: 'Continuous', weight: 'Hairline' },
};

const HORIZONTAL = { general: 'General', left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** A 2-D array of one value in the shape of a box (range.numberFormat wants the range's shape). */
export function filled<T>(box: RangeBox, value: T): T[][] {
  return Array.from({ length: boxRows(box) }, () => new Array<T>(boxColumns(box)).fill(value));
}

/** Queues one range style. */
export function applyRangeStyle(sheet: Excel.Worksheet, { range, style }: RangeStyle): void {
  const box = rangeBox(range);
  const format = sheet.getRange(range).format;
  applyFont(format.font, style);
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrapText !== undefined) format.wrapText = style.wrapText;
  for (const border of style.borders ?? []) {
    const { style: lineStyle, weight } = LINE[border.line];
    for (const edge of border.edges) {
      // A one-row range has no horizontal inside lines (Excel refuses them); likewise columns.
      if (edge === 'insideHorizontal' && boxRows(box) === 1) continue;
      if (edge === 'insideVertical' && boxColumns(box) === 1) continue;
      const item = format.borders.getItem(EDGE[edge]);
      item.style = lineStyle;
      item.weight = weight;
      if (border.color !== undefined) item.color = border.color;
    }
  }
  if (style.numberFormat !== undefined) sheet.getRange(range).numberFormat = filled(box, style.numberFormat);
}

function applyFont(font: Excel.RangeFont, style: CellStyle): void {
  const spec = style.font;
  if (!spec) return;
  if (spec.bold !== undefined) font.bold = spec.bold;
  if (spec.italic !== undefined) font.italic = spec.italic;
  if (spec.underline !== undefined) font.underline = spec.underline ? 'Single' : 'None';
  if (spec.size !== undefined) font.size = spec.size;
  if (spec.color !== undefined) font.color = spec.color;
  if (spec.name !== undefined) font.name = spec.name;
}

/** Excel's column width in characters of the default font, as points (Office.js columnWidth). */
export function columnWidthPoints(characters: number): number {
  // A character of the default font is 7 pixels, plus 5 pixels of padding; a pixel is 0.75 pt.
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Centimetres (as the description gives margins) in points. */
export function centimetresToPoints(cm: number): number {
  return Math.round((cm / 2.54) * 72 * 100) / 100;
}
