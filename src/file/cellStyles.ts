/**
 * Range styles of a description, resolved to one style per cell.
 *
 * Excel formats whole ranges; an .xlsx stores a style per cell. Styles are layered in order (a
 * later one overrides what it sets, font properties one by one) and borders are split into each
 * cell's four sides: the range's outer edges on its outer cells, the inside lines on both cells
 * that share them.
 */
import type * as ExcelJS from 'exceljs';
import { rangeBox } from '../workbook/address';
import type {
  BorderLine,
  Color,
  FontStyle,
  HorizontalAlignment,
  RangeStyle,
  VerticalAlignment,
} from '../workbook/description';

type Side = 'top' | 'bottom' | 'left' | 'right';

interface SideLine {
  line: BorderLine;
  color?: Color;
}

/** Everything the styles say about one cell. */
export interface ResolvedStyle {
  font?: FontStyle;
  fill?: Color;
  sides?: Partial<Record<Side, SideLine>>;
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  wrapText?: boolean;
  numberFormat?: string;
}

/** Key of a cell in the map returned by resolveStyles. */
export function cellKey(row: number, column: number): number {
  return row * 16384 + column;
}

/**
 * The style of every styled cell. Cells that end up alike share one ResolvedStyle object, so a
 * renderer can convert each distinct style once: a cell's style is found by stepping from the one
 * it had through (range style, which border sides apply), and each step is computed only once.
 */
export function resolveStyles(styles: readonly RangeStyle[]): Map<number, ResolvedStyle> {
  const cells = new Map<number, ResolvedStyle>();
  const empty: ResolvedStyle = {};
  styles.forEach(({ range, style }) => {
    const box = rangeBox(range);
    const borders = (style.borders ?? []).map((border) => ({
      edges: new Set(border.edges),
      line: { line: border.line, color: border.color },
    }));
    // This range style's steps: from the style a cell had, through the border sides it gets.
    const steps = new Map<ResolvedStyle, Map<number, ResolvedStyle>>();
    for (let row = box.top; row <= box.bottom; row++) {
      for (let column = box.left; column <= box.right; column++) {
        // Which of the four sides each border puts on this cell, as bits.
        let mask = 0;
        borders.forEach(({ edges }, b) => {
          const sides =
            bit(row === box.top ? edges.has('top') : edges.has('insideHorizontal')) +
            bit(row === box.bottom ? edges.has('bottom') : edges.has('insideHorizontal')) * 2 +
            bit(column === box.left ? edges.has('left') : edges.has('insideVertical')) * 4 +
            bit(column === box.right ? edges.has('right') : edges.has('insideVertical')) * 8;
          mask += sides * 16 ** b;
        });
        const key = cellKey(row, column);
        const before = cells.get(key) ?? empty;
        let fromBefore = steps.get(before);
        if (fromBefore === undefined) steps.set(before, (fromBefore = new Map()));
        let after = fromBefore.get(mask);
        if (after === undefined) fromBefore.set(mask, (after = applyStyle(before, style, borders, mask)));
        cells.set(key, after);
      }
    }
  });
  return cells;
}

function bit(on: boolean): number {
  return on ? 1 : 0;
}

function applyStyle(
  before: ResolvedStyle,
  style: RangeStyle['style'],
  borders: ReadonlyArray<{ line: SideLine }>,
  mask: number,
): ResolvedStyle {
  const cell: ResolvedStyle = { ...before };
  if (style.font) cell.font = { ...cell.font, ...style.font };
  if (style.fill !== undefined) cell.fill = style.fill;
  if (style.horizontal !== undefined) cell.horizontal = style.horizontal;
  if (style.vertical !== undefined) cell.vertical = style.vertical;
  if (style.wrapText !== undefined) cell.wrapText = style.wrapText;
  if (style.numberFormat !== undefined) cell.numberFormat = style.numberFormat;
  borders.forEach(({ line }, b) => {
    const sides = Math.floor(mask / 16 ** b) % 16;
    (['top', 'bottom', 'left', 'right'] as const).forEach((side, bit) => {
      if (sides & (1 << bit)) cell.sides = { ...cell.sides, [side]: line };
    });
  });
  return cell;
}

export function argb(color: Color): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

/** A new ExcelJS style object, which the renderer gives to every alike cell (see writeCells). */
export function toExcelStyle(style: ResolvedStyle): Partial<ExcelJS.Style> {
  const result: Partial<ExcelJS.Style> = {};
  if (style.font) result.font = toFont(style.font);
  if (style.fill !== undefined)
    result.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.sides) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const line = style.sides[side];
      if (line)
        border[side] = { style: line.line, ...(line.color ? { color: { argb: argb(line.color) } } : {}) };
    }
    result.border = border;
  }
  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrapText !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.horizontal !== undefined && style.horizontal !== 'general')
      alignment.horizontal = style.horizontal;
    if (style.vertical !== undefined)
      alignment.vertical = style.vertical === 'center' ? 'middle' : style.vertical;
    if (style.wrapText !== undefined) alignment.wrapText = style.wrapText;
    result.alignment = alignment;
  }
  if (style.numberFormat !== undefined) result.numFmt = style.numberFormat;
  return result;
}

export function toFont(font: FontStyle): Partial<ExcelJS.Font> {
  const result: Partial<ExcelJS.Font> = {};
  if (font.bold !== undefined) result.bold = font.bold;
  if (font.italic !== undefined) result.italic = font.italic;
  if (font.underline !== undefined) result.underline = font.underline;
  if (font.size !== undefined) result.size = font.size;
  if (font.color !== undefined) result.color = { argb: argb(font.color) };
  if (font.name !== undefined) result.name = font.name;
  return result;
}
