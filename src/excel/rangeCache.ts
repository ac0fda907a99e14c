/**
 * One range object per sheet and address in a write. Office.js sends, with a request, the path of
 * every object it uses (the sheet, getRange('J7:AG46'), its format …: ./requestSize.ts), each
 * once: a range reached again through its own getRange would send its path again. So the cells a
 * sheet's format reset and its values go to, a validation's and its conditional formats' cells, a
 * formula copy and the corner it copies, share one object.
 *
 * Kept by the worksheet object, which lives as long as the write's request context (a range of
 * one context is never used in another). A write sent in parts uses an object of an earlier part
 * as Office.js lets it: its path goes again with the later request.
 */
const ranges = new WeakMap<Excel.Worksheet, Map<string, Excel.Range>>();

export function rangeAt(sheet: Excel.Worksheet, address: string): Excel.Range {
  let bySheet = ranges.get(sheet);
  if (!bySheet) ranges.set(sheet, (bySheet = new Map()));
  let range = bySheet.get(address);
  if (!range) bySheet.set(address, (range = sheet.getRange(address)));
  return range;
}
