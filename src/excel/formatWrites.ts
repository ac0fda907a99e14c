/**
 * The range styles of a description, and the number formats its cells need, as few Office.js
 * format writes.
 *
 * Styles are layered in order (a later one overrides what it sets), as the file port does. Written
 * one by one, a summary of 50 branches repeats the same font, alignment and borders on thousands
 * of one-row ranges, each through a new range, format and font object in the request. Instead the
 * styles are first resolved to what each cell ends up with, property by property, and each
 * property is then set once per rectangle of cells that share its value. Borders are resolved to
 * the lines between cells (the bottom of one row is the top of the next, as in Excel) and each line
 * is set once, through the edges of the rectangle of lines that share it. The sheet has just been
 * added or cleared, so what no style sets needs no write.
 *
 * Number formats join the styles' own: text Excel would reinterpret gets '@' (so it stays text
 * when written), and a date no style formats the default date format.
 *
 * The lines' rectangles are found in ./borderLines.ts, the writes regrouped for RangeAreas in
 * ./formatAreas.ts, and each write's Office.js calls are in ./formatCalls.ts.
 */
import { DEFAULT_DATE_FORMAT, isDateCell, type CellBlock, type RangeStyle } from '../workbook/description';
import { rangeBox, type RangeBox } from '../workbook/address';
import { LINE, linesOf, type Line } from './borderLines';
import { isRiskyText, TEXT_FORMAT } from './cellText';
import type { BorderIndex, BorderSet, FormatProperty, FormatWrite, Scalar } from './formatCalls';
import { byLook } from './formatAreas';
import type { KnownFormat } from './knownFormats';
import { equalRectangles, keyGrid, type KeyGrid } from './rectangles';

/** Excel's format of a cell nobody formatted. */
export const GENERAL_FORMAT = 'General';

const HORIZONTAL = { general: 'General', left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** Where the writes for the sheet's number formats come from: its blocks, at their anchors. */
export interface PlacedBlock {
  block: CellBlock;
  top: number;
  left: number;
}

/**
 * With `rangeAreas` (ExcelApi 1.9), ranges that get the same values are set together through one
 * RangeAreas ("Setting a property on a RangeAreas object sets the corresponding property on all
 * the ranges in the RangeAreas.areas collection": Work with multiple ranges simultaneously in
 * Excel add-ins), so a look repeated over 50 branches is sent once, not 50 times.
 */
export function planFormatWrites(
  styles: readonly RangeStyle[],
  blocks: readonly PlacedBlock[],
  rangeAreas: boolean,
  /**
   * An area every cell of which gets its number format, 'General' where nothing else: a sheet
   * rewritten in place keeps the old cells' formats until then (see formatReset.ts).
   */
  complete?: RangeBox,
  /** The number formats the cells have now, where known: those already right are left out. */
  known?: KnownFormat,
): FormatWrite[] {
  const boxes = styles.map((style) => rangeBox(style.range));
  const formatCells = blocks.flatMap(({ block, top, left }) =>
    block.cells.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        isRiskyText(cell) || isDateCell(cell)
          ? [{ row: top + r, column: left + c, risky: isRiskyText(cell) }]
          : [],
      ),
    ),
  );
  if (boxes.length === 0 && formatCells.length === 0 && complete === undefined) return [];
  const area = boundingBox([
    ...(complete ? [complete] : []),
    ...boxes,
    ...formatCells.map((cell) => ({
      top: cell.row,
      left: cell.column,
      bottom: cell.row,
      right: cell.column,
    })),
  ]);
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;

  const grids = new Map<FormatProperty, KeyGrid<Scalar>>();
  const set = (property: FormatProperty, box: RangeBox, value: Scalar) => {
    let grid = grids.get(property);
    if (!grid) grids.set(property, (grid = keyGrid<Scalar>(rows, columns)));
    for (let r = box.top; r <= box.bottom; r++) {
      const start = (r - area.top) * columns + box.left - area.left;
      grid.keys.fill(value, start, start + box.right - box.left + 1);
    }
  };
  // Horizontal lines: rows + 1 boundaries (boundary b is the top of row area.top + b); vertical alike.
  const across: Array<Line | undefined> = new Array<Line | undefined>((rows + 1) * columns);
  const down: Array<Line | undefined> = new Array<Line | undefined>(rows * (columns + 1));
  const line = (lines: Array<Line | undefined>, at: number, key: string, side: Line['side']) => {
    // A line given without a colour keeps the colour the line had (Office.js sets only what it is given).
    const color = key.endsWith('|') ? (lines[at]?.key.split('|')[2] ?? '') : '';
    lines[at] = { key: color === '' ? key : `${key}${color}`, side };
  };

  styles.forEach(({ style }, index) => {
    const box = boxes[index];
    const font = style.font;
    if (font?.name !== undefined) set('font.name', box, font.name);
    if (font?.size !== undefined) set('font.size', box, font.size);
    if (font?.bold !== undefined) set('font.bold', box, font.bold);
    if (font?.italic !== undefined) set('font.italic', box, font.italic);
    if (font?.underline !== undefined) set('font.underline', box, font.underline ? 'Single' : 'None');
    if (font?.color !== undefined) set('font.color', box, font.color);
    if (style.fill !== undefined) set('fill.color', box, style.fill);
    if (style.horizontal !== undefined) set('horizontalAlignment', box, HORIZONTAL[style.horizontal]);
    if (style.vertical !== undefined) set('verticalAlignment', box, VERTICAL[style.vertical]);
    if (style.wrapText !== undefined) set('wrapText', box, style.wrapText);
    if (style.numberFormat !== undefined) set('numberFormat', box, style.numberFormat);
    for (const border of style.borders ?? []) {
      const { style: lineStyle, weight } = LINE[border.line];
      const key = `${lineStyle}|${weight}|${border.color ?? ''}`;
      const edges = new Set(border.edges);
      const top = box.top - area.top;
      const bottom = box.bottom - area.top;
      const left = box.left - area.left;
      const right = box.right - area.left;
      for (let c = left; c <= right; c++) {
        if (edges.has('top')) line(across, top * columns + c, key, 'after');
        if (edges.has('bottom')) line(across, (bottom + 1) * columns + c, key, 'before');
        // A one-row range has no horizontal inside lines (Excel refuses them); likewise columns.
        if (edges.has('insideHorizontal'))
          for (let b = top + 1; b <= bottom; b++) line(across, b * columns + c, key, 'before');
      }
      for (let r = top; r <= bottom; r++) {
        if (edges.has('left')) line(down, r * (columns + 1) + left, key, 'after');
        if (edges.has('right')) line(down, r * (columns + 1) + right + 1, key, 'before');
        if (edges.has('insideVertical'))
          for (let b = left + 1; b <= right; b++) line(down, r * (columns + 1) + b, key, 'before');
      }
    }
  });

  // Number formats the cells need before their values go in.
  for (const cell of formatCells) {
    const at = { top: cell.row, left: cell.column, bottom: cell.row, right: cell.column };
    const grid = grids.get('numberFormat');
    const styled = grid?.keys[(cell.row - area.top) * columns + cell.column - area.left];
    if (cell.risky) set('numberFormat', at, TEXT_FORMAT);
    else if (styled === undefined) set('numberFormat', at, DEFAULT_DATE_FORMAT);
  }

  if (complete !== undefined) {
    let grid = grids.get('numberFormat');
    if (!grid) grids.set('numberFormat', (grid = keyGrid<Scalar>(rows, columns)));
    for (let r = complete.top; r <= complete.bottom; r++)
      for (let c = complete.left; c <= complete.right; c++) {
        const at = (r - area.top) * columns + c - area.left;
        if (grid.keys[at] === undefined) grid.keys[at] = GENERAL_FORMAT;
      }
  }
  const numberFormats = grids.get('numberFormat');
  if (known !== undefined && numberFormats !== undefined)
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) {
        const at = r * columns + c;
        const wanted = numberFormats.keys[at];
        if (wanted !== undefined && known(area.top + r, area.left + c) === wanted)
          numberFormats.keys[at] = undefined;
      }

  const writes = new Map<string, FormatWrite>();
  const writeFor = (box: RangeBox): FormatWrite => {
    const key = `${box.top},${box.left},${box.bottom},${box.right}`;
    let write = writes.get(key);
    if (!write) writes.set(key, (write = { boxes: [box], sets: [], borders: [] }));
    return write;
  };
  const place = (rect: RangeBox): RangeBox => ({
    top: rect.top + area.top,
    left: rect.left + area.left,
    bottom: rect.bottom + area.top,
    right: rect.right + area.left,
  });
  for (const [property, grid] of grids)
    for (const rect of equalRectangles(grid)) writeFor(place(rect)).sets.push({ property, value: rect.key });

  // Lines across: a rectangle of boundaries b0…b1 is the top, inside and bottom edges of rows b0…b1-1.
  for (const rect of linesOf(across, rows + 1, columns, 'across')) {
    const [style, weight, color] = rect.key.split('|');
    const border = (edge: BorderIndex): BorderSet => ({ edge, style, weight, ...(color ? { color } : {}) });
    if (rect.bottom > rect.top) {
      const target = writeFor(place({ ...rect, bottom: rect.bottom - 1 }));
      target.borders.push(border('EdgeTop'), border('EdgeBottom'));
      if (rect.bottom - rect.top > 1) target.borders.push(border('InsideHorizontal'));
    } else if (rect.side === 'before') {
      writeFor(place({ ...rect, top: rect.top - 1, bottom: rect.top - 1 })).borders.push(
        border('EdgeBottom'),
      );
    } else {
      writeFor(place(rect)).borders.push(border('EdgeTop'));
    }
  }
  for (const rect of linesOf(down, rows, columns + 1, 'down')) {
    const [style, weight, color] = rect.key.split('|');
    const border = (edge: BorderIndex): BorderSet => ({ edge, style, weight, ...(color ? { color } : {}) });
    if (rect.right > rect.left) {
      const target = writeFor(place({ ...rect, right: rect.right - 1 }));
      target.borders.push(border('EdgeLeft'), border('EdgeRight'));
      if (rect.right - rect.left > 1) target.borders.push(border('InsideVertical'));
    } else if (rect.side === 'before') {
      writeFor(place({ ...rect, left: rect.left - 1, right: rect.left - 1 })).borders.push(
        border('EdgeRight'),
      );
    } else {
      writeFor(place(rect)).borders.push(border('EdgeLeft'));
    }
  }
  return rangeAreas ? byLook([...writes.values()]) : [...writes.values()];
}

function boundingBox(boxes: readonly RangeBox[]): RangeBox {
  return boxes.reduce((a, b) => ({
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  }));
}
