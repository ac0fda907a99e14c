/**
 * Keeps the user's defined names exactly as they were.
 *
 * ExcelJS reads only names that are plain ranges, loses sheet scope (localSheetId), the hidden
 * flag and comments, and drops names holding formulas or constants. So after ExcelJS writes,
 * xl/workbook.xml gets its <definedNames> rebuilt: the user's names verbatim from the original
 * file, and from ExcelJS's output only what the add-in wrote (its marks and names, and the print
 * areas and titles of the sheets it wrote).
 */

export interface DefinedNameXml {
  name: string;
  /** Index in <sheets> of the sheet the name is scoped to; null for workbook scope. */
  localSheetId: number | null;
  xml: string;
}

const DEFINED_NAME = /<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g;
const DEFINED_NAMES_BLOCK = /<definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/definedNames>)/;
const SHEET = /<sheet\b[^>]*?\/?>/g;

export function parseDefinedNames(workbookXml: string): DefinedNameXml[] {
  return (workbookXml.match(DEFINED_NAMES_BLOCK)?.[0].match(DEFINED_NAME) ?? []).map((xml) => {
    const attributes = parseAttributes(xml.slice(0, xml.indexOf('>') + 1));
    const local = attributes.get('localSheetId');
    return {
      name: attributes.get('name') ?? '',
      localSheetId: local === undefined ? null : Number(local),
      xml,
    };
  });
}

/** Sheet names in the order of <sheets> (the order localSheetId counts in). */
export function parseSheetNames(workbookXml: string): string[] {
  return (workbookXml.match(SHEET) ?? []).map((xml) => parseAttributes(xml).get('name') ?? '');
}

export interface MergeNamesInput {
  /** xl/workbook.xml of the file that was opened; null for a new workbook. */
  originalXml: string | null;
  /** xl/workbook.xml as ExcelJS wrote it. */
  outputXml: string;
  /** Workbook-scope names the add-in wrote in this session (compared without regard to case). */
  ownedNames: ReadonlySet<string>;
  /** Sheets the add-in wrote in this session (as named in the output). */
  writtenSheets: ReadonlySet<string>;
  /** Names to flag hidden="1" (the marks), so they stay out of the user's Name Manager. */
  isHidden: (name: string) => boolean;
}

/** Names whose ExcelJS rendering replaces the original for the sheets the add-in wrote. */
const REGENERATED = new Set(['_XLNM.PRINT_AREA', '_XLNM.PRINT_TITLES', '_XLNM._FILTERDATABASE']);

export function mergeDefinedNames(input: MergeNamesInput): string {
  const outputSheets = parseSheetNames(input.outputXml);
  const owned = new Set([...input.ownedNames].map((name) => name.toUpperCase()));
  const written = new Set([...input.writtenSheets].map((name) => name.toUpperCase()));
  const outputNames = parseDefinedNames(input.outputXml);

  const fromOutput = outputNames.filter((entry) => {
    if (input.originalXml === null) return true;
    if (entry.localSheetId === null) return owned.has(entry.name.toUpperCase());
    const sheet = outputSheets[entry.localSheetId];
    return (
      sheet !== undefined && written.has(sheet.toUpperCase()) && REGENERATED.has(entry.name.toUpperCase())
    );
  });

  const fromOriginal: string[] = [];
  if (input.originalXml !== null) {
    const originalSheets = parseSheetNames(input.originalXml);
    for (const entry of parseDefinedNames(input.originalXml)) {
      if (entry.localSheetId === null) {
        if (!owned.has(entry.name.toUpperCase())) fromOriginal.push(entry.xml);
        continue;
      }
      const sheet = originalSheets[entry.localSheetId];
      const index = sheet === undefined ? -1 : outputSheets.indexOf(sheet);
      if (index < 0) continue;
      if (written.has(sheet.toUpperCase()) && REGENERATED.has(entry.name.toUpperCase())) continue;
      fromOriginal.push(index === entry.localSheetId ? entry.xml : withLocalSheetId(entry.xml, index));
    }
  }

  const names = [
    ...fromOriginal,
    ...fromOutput.map((entry) => (input.isHidden(entry.name) ? withHidden(entry.xml) : entry.xml)),
  ];
  const block = names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '';
  if (DEFINED_NAMES_BLOCK.test(input.outputXml))
    return input.outputXml.replace(DEFINED_NAMES_BLOCK, () => block);
  // Schema order: <sheets>, <functionGroups>?, <externalReferences>?, <definedNames>, <calcPr>…
  return input.outputXml.replace(
    /(<\/sheets>(?:<functionGroups\b[^>]*\/>)?(?:<externalReferences>[\s\S]*?<\/externalReferences>)?)/,
    (m) => m + block,
  );
}

function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:]+)="([^"]*)"/g)) attributes.set(match[1], unescapeXml(match[2]));
  return attributes;
}

function withLocalSheetId(xml: string, index: number): string {
  return xml.replace(/localSheetId="\d+"/, `localSheetId="${index}"`);
}

function withHidden(xml: string): string {
  return /\bhidden="/.test(xml) ? xml : xml.replace(/^<definedName\b/, '<definedName hidden="1"');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}
