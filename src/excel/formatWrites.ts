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
 */
import { DEFAULT_DATE_FORMAT, isDateCell, type CellBlock, type RangeStyle } from '../workbook/description';
import { boxColumns, boxRows, formatRange, rangeBox, type RangeBox } from '../workbook/address';
import { isRiskyText, TEXT_FORMAT } from './cellText';
import type { KnownFormat } from './knownFormats';
import { rangeAt } from './rangeCache';
import { equalRectangles, keyGrid, type KeyGrid } from './rectangles';
import { ACTION_BYTES, jsonBytes, PATH_BYTES } from './requestSize';

export type FormatProperty =
  | 'font.name'
  | 'font.size'
  | 'font.bold'
  | 'font.italic'
  | 'font.underline'
  | 'font.color'
  | 'fill.color'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrapText'
  | 'numberFormat';

type Scalar = string | number | boolean;

export type BorderIndex =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

export interface BorderSet {
  edge: BorderIndex;
  style: string;
  weight: string;
  color?: string;
}

export interface FormatWrite {
  /** One range, or several set through one RangeAreas (Worksheet.getRanges, ExcelApi 1.9). */
  boxes: RangeBox[];
  sets: Array<{ property: FormatProperty; value: Scalar }>;
  borders: BorderSet[];
}

/**
 * The longest address list given to one Worksheet.getRanges. Excel refuses long ones with
 * InvalidArgument at no documented length (reports from about 8,200 characters:
 * OfficeDev/office-js#5198), so the lists stay far below that.
 */
export const MAX_AREAS_ADDRESS = 2000;

/** Excel's format of a cell nobody formatted. */
export const GENERAL_FORMAT = 'General';

const LINE = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  dashed: { style: 'Dash', weight: 'Thin' },
  dotted: { style: 'Dot', weight: 'Thin' },
  double: { style: 'Double', weight: 'Thick' },
  hair: { style: 'Continuous', weight: 'Hairline' },
} as const;

const HORIZONTAL = { general: 'General', left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** Where the writes for the sheet's number formats come from: its blocks, at their anchors. */
export interface PlacedBlock {
  block: CellBlock;
  top: number;
  left: number;
}

/** A line between cells, and which of the two cells set it last ('before': the cell above / left). */
interface Line {
  key: string;
  side: 'before' | 'after';
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

/**
 * The same writes regrouped: every value (or border line) with all the ranges that get it, and
 * values that go to the same ranges in one write. Number formats stay per range: RangeAreas has
 * no numberFormat.
 */
function byLook(writes: readonly FormatWrite[]): FormatWrite[] {
  const looks = new Map<
    string,
    { boxes: RangeBox[]; set?: FormatWrite['sets'][number]; border?: BorderSet }
  >();
  const single: FormatWrite[] = [];
  const add = (
    key: string,
    box: RangeBox,
    look: { set?: FormatWrite['sets'][number]; border?: BorderSet },
  ) => {
    let entry = looks.get(key);
    if (!entry) looks.set(key, (entry = { boxes: [], ...look }));
    entry.boxes.push(box);
  };
  for (const write of writes) {
    const [box] = write.boxes;
    const numberFormats = write.sets.filter((set) => set.property === 'numberFormat');
    if (numberFormats.length > 0) single.push({ boxes: [box], sets: numberFormats, borders: [] });
    for (const set of write.sets)
      if (set.property !== 'numberFormat')
        add(`s|${set.property}|${JSON.stringify(set.value)}`, box, { set });
    for (const border of write.borders) add(`b|${JSON.stringify(border)}`, box, { border });
  }
  // Looks that go to exactly the same ranges share one write.
  const grouped = new Map<string, FormatWrite>();
  for (const { boxes, set, border } of looks.values()) {
    const addresses = boxes.map((box) => formatRange(box)).join(',');
    let write = grouped.get(addresses);
    if (!write) grouped.set(addresses, (write = { boxes, sets: [], borders: [] }));
    if (set) write.sets.push(set);
    if (border) write.borders.push(border);
  }
  return [...single, ...[...grouped.values()].flatMap(chunked)];
}

/** A write over many ranges cut into writes whose address lists stay short enough for getRanges. */
function chunked(write: FormatWrite): FormatWrite[] {
  const parts: FormatWrite[] = [];
  let boxes: RangeBox[] = [];
  let length = 0;
  for (const box of write.boxes) {
    const address = formatRange(box).length + 1;
    if (boxes.length > 0 && length + address > MAX_AREAS_ADDRESS) {
      parts.push({ ...write, boxes });
      boxes = [];
      length = 0;
    }
    boxes.push(box);
    length += address;
  }
  if (boxes.length > 0) parts.push({ ...write, boxes });
  return parts;
}

/**
 * Rectangles of lines that share a look. A single line (one boundary) keeps the side of the cell
 * that set it, so the edge is written on a cell that was styled, not on its unstyled neighbour
 * (which would widen the sheet's used range).
 */
function linesOf(
  lines: ReadonlyArray<Line | undefined>,
  rows: number,
  columns: number,
  direction: 'across' | 'down',
): Array<RangeBox & { key: string; side: Line['side'] }> {
  const grid = keyGrid<string>(rows, columns);
  lines.forEach((entry, i) => {
    if (entry) grid.keys[i] = entry.key;
  });
  const sideAt = (r: number, c: number) => lines[r * columns + c]?.side ?? 'after';
  const result: Array<RangeBox & { key: string; side: Line['side'] }> = [];
  for (const rect of equalRectangles(grid)) {
    // Several boundaries are written as a range's edges, inside the rectangle.
    const single = direction === 'across' ? rect.top === rect.bottom : rect.left === rect.right;
    if (!single) {
      result.push({ ...rect, side: 'after' });
      continue;
    }
    // One boundary is split where the side that set it changes.
    const first = direction === 'across' ? rect.left : rect.top;
    const last = direction === 'across' ? rect.right : rect.bottom;
    const side = (i: number) => (direction === 'across' ? sideAt(rect.top, i) : sideAt(i, rect.left));
    let start = first;
    for (let i = first + 1; i <= last + 1; i++) {
      if (i <= last && side(i) === side(start)) continue;
      result.push(
        direction === 'across'
          ? { ...rect, left: start, right: i - 1, side: side(start) }
          : { ...rect, top: start, bottom: i - 1, side: side(start) },
      );
      start = i;
    }
  }
  return result;
}

function boundingBox(boxes: readonly RangeBox[]): RangeBox {
  return boxes.reduce((a, b) => ({
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  }));
}

/** Estimated request bytes of a format write: its range, the objects it reaches, each value. */
export function formatWriteBytes(write: FormatWrite): number {
  const on = (prefix: string) => write.sets.some((set) => set.property.startsWith(prefix));
  const viaFormat = write.borders.length > 0 || write.sets.some((set) => set.property !== 'numberFormat');
  const paths =
    1 +
    (viaFormat ? 1 : 0) +
    (on('font.') ? 1 : 0) +
    (on('fill.') ? 1 : 0) +
    (write.borders.length > 0 ? 1 + write.borders.length : 0);
  let bytes = PATH_BYTES * paths + write.boxes.reduce((sum, box) => sum + formatRange(box).length + 1, 0);
  for (const set of write.sets) {
    // A number format goes as one entry per cell (see numberFormatGrid), a row's in brackets;
    // anything else as one value.
    const grid = set.property === 'numberFormat';
    const cells = grid ? boxRows(write.boxes[0]) * boxColumns(write.boxes[0]) : 1;
    bytes += ACTION_BYTES + cells * (jsonBytes(set.value) + 1) + (grid ? 2 * boxRows(write.boxes[0]) : 0);
  }
  for (const border of write.borders)
    bytes += 3 * ACTION_BYTES + jsonBytes([border.style, border.weight, border.color]);
  return bytes;
}

/**
 * One number format for every cell of a box, as the rows × columns array Range.numberFormat is
 * typed as (`any[][]`): assigning a single value to a multi-cell range is no longer documented.
 */
export function numberFormatGrid(box: RangeBox, format: string): string[][] {
  return Array.from({ length: boxRows(box) }, () => new Array<string>(boxColumns(box)).fill(format));
}

/** Queues one format write on its sheet: one range object for all it sets. */
export function queueFormatWrite(sheet: Excel.Worksheet, write: FormatWrite): void {
  const addresses = write.boxes.map((box) => formatRange(box));
  const range = addresses.length === 1 ? rangeAt(sheet, addresses[0]) : null;
  const target = range ?? sheet.getRanges(addresses.join(','));
  for (const { property, value } of write.sets) {
    const format = target.format;
    switch (property) {
      case 'font.name':
        format.font.name = String(value);
        break;
      case 'font.size':
        format.font.size = Number(value);
        break;
      case 'font.bold':
        format.font.bold = Boolean(value);
        break;
      case 'font.italic':
        format.font.italic = Boolean(value);
        break;
      case 'font.underline':
        format.font.underline = value === 'Single' ? 'Single' : 'None';
        break;
      case 'font.color':
        format.font.color = String(value);
        break;
      case 'fill.color':
        format.fill.color = String(value);
        break;
      case 'horizontalAlignment':
        format.horizontalAlignment = String(value) as Excel.HorizontalAlignment;
        break;
      case 'verticalAlignment':
        format.verticalAlignment = String(value) as Excel.VerticalAlignment;
        break;
      case 'wrapText':
        format.wrapText = Boolean(value);
        break;
      case 'numberFormat':
        // Only single ranges carry number formats (RangeAreas has none; see byLook).
        if (range === null) throw new RangeError('A number format needs a single range');
        range.numberFormat = numberFormatGrid(write.boxes[0], String(value));
        break;
    }
  }
  for (const border of write.borders) {
    const item = target.format.borders.getItem(border.edge);
    item.style = border.style as Excel.BorderLineStyle;
    item.weight = border.weight as Excel.BorderWeight;
    if (border.color !== undefined) item.color = border.color;
  }
}
