/**
 * Format writes regrouped for RangeAreas (ExcelApi 1.9): each look with every range that gets it,
 * so a look repeated over 50 branches is one write, its address list cut short enough for
 * Worksheet.getRanges.
 */
import { formatRange, type RangeBox } from '../workbook/address';
import type { BorderSet, FormatWrite } from './formatCalls';

/**
 * The longest address list given to one Worksheet.getRanges. Excel refuses long ones with
 * InvalidArgument at no documented length (reports from about 8,200 characters:
 * OfficeDev/office-js#5198), so the lists stay far below that.
 */
export const MAX_AREAS_ADDRESS = 2000;

/**
 * The same writes regrouped: every value (or border line) with all the ranges that get it, and
 * values that go to the same ranges in one write. Number formats stay per range: RangeAreas has
 * no numberFormat.
 */
export function byLook(writes: readonly FormatWrite[]): FormatWrite[] {
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
