/**
 * A worksheet part ExcelJS wrote for one of the add-in's sheets, made to fit the user's package:
 * its shared strings written inline (so the user's shared strings table is never renumbered or even
 * touched), its conditional formats' differential formats mapped into the package's styles
 * (styleMerge.ts; its cell formats are mapped before it is written, see scratchSheets.ts), no tab
 * left selected (two selected tabs would open grouped), and a drawing the sheet kept from before
 * put back in its place.
 *
 * A large attendance sheet is megabytes of XML: each pass scans for a literal (replaceEach). The
 * part is ExcelJS's, which escapes every quote and angle bracket in text and attribute values, so
 * ` dxfId="3"` and ` t="s"><v>3</v>` occur only as the attributes and shared-string values of
 * conditional-format rules and cells, and a tag ends at the first '>'.
 */

export interface SheetPartMapping {
  /** Package differential format index for each of ExcelJS's. */
  differentialFormats: readonly number[];
  /** Content (inner XML) of each item of ExcelJS's shared strings table. */
  sharedStrings: readonly string[];
}

/** Fits one sheet part; `drawingRelationshipId` is the r:id of a drawing the sheet keeps, or null. */
export type SheetFitter = (xml: string, drawingRelationshipId: string | null) => string;

/** The fitter for the sheets of one write (their styles and strings are the write's). */
export function sheetFitter(mapping: SheetPartMapping): SheetFitter {
  // Each replacement made once: the sheets of a large write have hundreds of thousands of strings.
  const dxf = mapping.differentialFormats.map((index) => ` dxfId="${index}"`);
  const strings = mapping.sharedStrings.map((item) => ` t="inlineStr"><is>${item}</is>`);
  const rules: Replacement[] = [
    {
      start: ' t="s"><v>',
      end: '</v>',
      replace: (index) => {
        const inline = strings[Number(index)];
        if (inline === undefined) throw new RangeError(`No shared string ${index} in the rendered sheet`);
        return inline;
      },
    },
    { start: ' dxfId="', end: '"', replace: (index) => dxf[Number(index)] ?? ' dxfId="0"' },
    {
      start: '<sheetView',
      end: '>',
      replace: (attributes) => `<sheetView${attributes.replace(/\s+tabSelected="(?:1|true)"/, '')}>`,
    },
  ];
  return (xml, drawingRelationshipId) => {
    const fitted = replaceEach(xml, rules);
    if (drawingRelationshipId === null) return fitted;
    return insertBefore(fitted, DRAWING_FOLLOWERS, `<drawing r:id="${drawingRelationshipId}"/>`);
  };
}

interface Replacement {
  start: string;
  end: string;
  /** The replacement of `start…end`, given the text between them. */
  replace(inner: string): string;
}

/**
 * Makes every replacement in one pass, scanning for each rule's literal start: on megabytes of XML
 * with Chinese text, String.replace with a regular expression, or a pass per rule (each building
 * a new string of megabytes), took ten times as long.
 */
function replaceEach(xml: string, rules: readonly Replacement[]): string {
  const next = rules.map((rule) => xml.indexOf(rule.start));
  const chunks: string[] = [];
  let from = 0;
  for (;;) {
    let rule = -1;
    for (let i = 0; i < rules.length; i++)
      if (next[i] !== -1 && (rule === -1 || next[i] < next[rule])) rule = i;
    if (rule === -1) break;
    const { start, end, replace } = rules[rule];
    const at = next[rule];
    const innerStart = at + start.length;
    const innerEnd = xml.indexOf(end, innerStart);
    if (innerEnd === -1) {
      next[rule] = -1;
      continue;
    }
    chunks.push(xml.slice(from, at), replace(xml.slice(innerStart, innerEnd)));
    from = innerEnd + end.length;
    // A rule whose next start lay inside the text just replaced looks again after it.
    for (let i = 0; i < rules.length; i++)
      if (next[i] !== -1 && next[i] < from) next[i] = xml.indexOf(rules[i].start, from);
  }
  if (from === 0) return xml;
  chunks.push(xml.slice(from));
  return chunks.join('');
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
    const found = elementStart(xml, name);
    if (found !== -1 && found < at) at = found;
  }
  return xml.slice(0, at) + element + xml.slice(at);
}

/** Where the first <name …>, <name> or <name/> starts (not <nameOther>), or -1. */
function elementStart(xml: string, name: string): number {
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, at + 1)) {
    const next = xml.charAt(at + open.length);
    if (next === '>' || next === '/' || /\s/.test(next)) return at;
  }
  return -1;
}
