/**
 * A worksheet part ExcelJS wrote for one of the add-in's sheets, made to fit the user's package:
 * its style indices mapped into the package's styles (styleMerge.ts), its shared strings written
 * inline (so the user's shared strings table is never renumbered or even touched), no tab left
 * selected (two selected tabs would open grouped), and a drawing the sheet kept from before put
 * back in its place.
 *
 * One pass over the attributes that hold an index (a large attendance sheet is megabytes of XML).
 * The part is ExcelJS's, which escapes every quote in text and attribute values, so ` s="3"`,
 * ` style="3"`, ` dxfId="3"` and ` t="s"><v>3</v>` occur only as the attributes and shared-string
 * values of cells, rows, columns and conditional-format rules.
 */

export interface SheetPartMapping {
  /** Package cell format index for each of ExcelJS's. */
  cellFormats: readonly number[];
  /** Package differential format index for each of ExcelJS's. */
  differentialFormats: readonly number[];
  /** Content (inner XML) of each item of ExcelJS's shared strings table. */
  sharedStrings: readonly string[];
}

/** Fits one sheet part; `drawingRelationshipId` is the r:id of a drawing the sheet keeps, or null. */
export type SheetFitter = (xml: string, drawingRelationshipId: string | null) => string;

const INDEX = / (?:(s|style|dxfId)="(\d+)"|t="s"><v>(\d+)<\/v>)/g;

/** The fitter for the sheets of one write (their styles and strings are the write's). */
export function sheetFitter(mapping: SheetPartMapping): SheetFitter {
  // Each index's replacement made once: the sheets of a large write have hundreds of thousands.
  const xf = mapping.cellFormats.map((index) => `="${index}"`);
  const dxf = mapping.differentialFormats.map((index) => ` dxfId="${index}"`);
  const strings = mapping.sharedStrings.map((item) => ` t="inlineStr"><is>${item}</is>`);
  return (xml, drawingRelationshipId) => {
    let fitted = xml.replace(
      INDEX,
      (_match, name: string | undefined, index: string | undefined, string: string | undefined) => {
        if (string !== undefined) {
          const inline = strings[Number(string)];
          if (inline === undefined) throw new RangeError(`No shared string ${string} in the rendered sheet`);
          return inline;
        }
        if (name === 'dxfId') return dxf[Number(index)] ?? ' dxfId="0"';
        return ` ${name}${xf[Number(index)] ?? '="0"'}`;
      },
    );
    fitted = fitted.replace(/<sheetView\b[^>]*>/g, (tag) => tag.replace(/\s+tabSelected="(?:1|true)"/, ''));
    if (drawingRelationshipId === null) return fitted;
    return insertBefore(fitted, DRAWING_FOLLOWERS, `<drawing r:id="${drawingRelationshipId}"/>`);
  };
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
