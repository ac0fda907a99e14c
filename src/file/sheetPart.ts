/**
 * A worksheet part ExcelJS wrote for one of the add-in's sheets, made to fit the user's package:
 * its style indices mapped into the package's styles (styleMerge.ts), its shared strings written
 * inline (so the user's shared strings table is never renumbered or even touched), no tab left
 * selected (two selected tabs would open grouped), and a drawing the sheet kept from before put
 * back in its place.
 */

export interface SheetPartMapping {
  /** Package cell format index for each of ExcelJS's. */
  cellFormats: readonly number[];
  /** Package differential format index for each of ExcelJS's. */
  differentialFormats: readonly number[];
  /** Content (inner XML) of each item of ExcelJS's shared strings table. */
  sharedStrings: readonly string[];
  /** r:id of a drawing (charts, pictures, shapes) the sheet had and keeps; null for none. */
  drawingRelationshipId: string | null;
}

const CELL = /<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;

export function fitSheetPart(xml: string, mapping: SheetPartMapping): string {
  const { cellFormats, differentialFormats, sharedStrings } = mapping;
  const xf = (index: string) => String(cellFormats[Number(index)] ?? 0);
  let fitted = xml.replace(CELL, (_whole, attributes: string, rest: string, content: string | undefined) => {
    const mapped = attributes.replace(/\bs="(\d+)"/, (_m, index: string) => `s="${xf(index)}"`);
    if (content === undefined || !/\bt="s"/.test(mapped)) return `<c${mapped}${rest}`;
    const index = Number(/<v>(\d+)<\/v>/.exec(content)?.[1]);
    const item = sharedStrings[index];
    if (item === undefined) throw new RangeError(`No shared string ${index} in the rendered sheet`);
    return `<c${mapped.replace(/\bt="s"/, 't="inlineStr"')}><is>${item}</is></c>`;
  });
  fitted = fitted
    .replace(/<row\b[^>]*>/g, (tag) => tag.replace(/\bs="(\d+)"/, (_m, index: string) => `s="${xf(index)}"`))
    .replace(/<col\b[^>]*>/g, (tag) =>
      tag.replace(/\bstyle="(\d+)"/, (_m, index: string) => `style="${xf(index)}"`),
    )
    .replace(/<cfRule\b[^>]*>/g, (tag) =>
      tag.replace(
        /\bdxfId="(\d+)"/,
        (_m, index: string) => `dxfId="${differentialFormats[Number(index)] ?? 0}"`,
      ),
    )
    .replace(/<sheetView\b[^>]*>/g, (tag) => tag.replace(/\s+tabSelected="(?:1|true)"/, ''));
  if (mapping.drawingRelationshipId !== null)
    fitted = insertBefore(fitted, DRAWING_FOLLOWERS, `<drawing r:id="${mapping.drawingRelationshipId}"/>`);
  return fitted;
}

/** Elements that come after <drawing> in a worksheet (ECMA-376 CT_Worksheet). */
const DRAWING_FOLLOWERS = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

function insertBefore(xml: string, followers: readonly string[], element: string): string {
  let at = xml.lastIndexOf('</worksheet>');
  for (const name of followers) {
    const found = new RegExp(`<${name}[\\s>/]`).exec(xml);
    if (found !== null && found.index < at) at = found.index;
  }
  return xml.slice(0, at) + element + xml.slice(at);
}
