/**
 * One format write as Office.js calls: what it sets (font, fill, alignment, number format) and
 * which border edges, on one range or a RangeAreas; its estimated request bytes; and the calls
 * queued for it. What the writes are is worked out from the styles in ./formatWrites.ts.
 */
import { boxColumns, boxRows, formatRange, type RangeBox } from '../workbook/address';
import { rangeAt } from './rangeCache';
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

export type Scalar = string | number | boolean;

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
        // Only single ranges carry number formats (RangeAreas has none; see byLook, ./formatAreas.ts).
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
