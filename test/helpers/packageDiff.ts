/**
 * What writing the add-in's sheets changed in a package, part by part (the unzipped bytes), and
 * checks that the parts it shares with the user changed only as they may:
 * - styles.xml: entries appended to its lists, nothing else;
 * - the workbook part: <sheet> entries and the add-in's names added, fullCalcOnLoad set, the
 *   user's sheets and names as stored;
 * - the workbook's relationships and [Content_Types].xml: entries added (and calcChain's removed),
 *   the rest as stored;
 * - docProps/app.xml: the new sheets' titles added, or nothing.
 */
import JSZip from 'jszip';

/** The parts the splice may change; every other part of the user's must keep its bytes. */
export const SHARED_PARTS = [
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'docProps/app.xml',
] as const;

export interface PackageChanges {
  /** Parts of `before` whose bytes differ in `after`. */
  changed: string[];
  /** Parts of `before` that `after` does not have. */
  removed: string[];
  /** Parts of `after` that `before` does not have. */
  added: string[];
}

export async function unzipParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name].dir) parts.set(name, await zip.files[name].async('uint8array'));
  return parts;
}

export async function packageChanges(before: Uint8Array, after: Uint8Array): Promise<PackageChanges> {
  const a = await unzipParts(before);
  const b = await unzipParts(after);
  const changes: PackageChanges = { changed: [], removed: [], added: [] };
  for (const [name, bytes] of a) {
    const other = b.get(name);
    if (other === undefined) changes.removed.push(name);
    else if (!Buffer.from(bytes).equals(Buffer.from(other))) changes.changed.push(name);
  }
  for (const name of b.keys()) if (!a.has(name)) changes.added.push(name);
  return changes;
}

export async function partText(bytes: Uint8Array, name: string): Promise<string | null> {
  const part = (await JSZip.loadAsync(bytes)).file(name);
  return part === null ? null : part.async('string');
}

const LISTS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'];
const CHILD: Record<string, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellStyleXfs: 'xf',
  cellXfs: 'xf',
  cellStyles: 'cellStyle',
  dxfs: 'dxf',
};

function block(xml: string, name: string): RegExpExecArray | null {
  return new RegExp(`<(?:\\w+:)?${name}(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${name}>)`).exec(xml);
}

function items(xml: string, name: string): string[] {
  const found = block(xml, name);
  if (found === null) return [];
  const child = CHILD[name];
  return (
    found[0].match(
      new RegExp(`<(?:\\w+:)?${child}(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${child}>)`, 'g'),
    ) ?? []
  );
}

/** Problems with a styles part that should differ from `before` only by appended entries. */
export function stylesAppendedOnly(before: string, after: string): string[] {
  const problems: string[] = [];
  for (const list of LISTS) {
    const old = items(before, list);
    const now = items(after, list);
    for (let i = 0; i < old.length; i++)
      if (now[i] !== old[i]) problems.push(`${list}[${i}] changed: ${old[i]} → ${now[i] ?? '(gone)'}`);
    const count = block(after, list)?.[0].match(/^<[^>]*\bcount="(\d+)"/)?.[1];
    if (count !== undefined && Number(count) !== now.length)
      problems.push(`${list} count="${count}" but ${now.length} entries`);
  }
  // Outside the lists, nothing changed.
  const strip = (xml: string) =>
    LISTS.reduce((text, list) => text.replace(block(text, list)?.[0] ?? '\u0000', ''), xml);
  if (strip(before) !== strip(after)) problems.push('styles.xml changed outside its lists');
  return problems;
}

/** Elements (start tags or whole elements) of `before` missing from `after`, as stored. */
export function missingElements(before: string, after: string, pattern: RegExp): string[] {
  return (before.match(pattern) ?? []).filter((element) => !after.includes(element));
}

/** Problems with a workbook part that should keep the user's sheets, names and everything else. */
export function workbookPartKept(
  before: string,
  after: string,
  droppedNames: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const sheetsBefore = block(before, 'sheets')?.[0].match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? [];
  const sheetsAfter = block(after, 'sheets')?.[0].match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? [];
  sheetsBefore.forEach((sheet, i) => {
    if (sheetsAfter[i] !== sheet) problems.push(`<sheet> ${i} is ${sheetsAfter[i]}, was ${sheet}`);
  });
  const names = /<(?:\w+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedName>)/g;
  for (const name of missingElements(before, after, names)) {
    const which = /\bname="([^"]*)"/.exec(name)?.[1] ?? '';
    if (!droppedNames.includes(which)) problems.push(`name lost or changed: ${name}`);
  }
  // Everything but <sheets> and <definedNames>, and calcPr without the attribute the splice sets
  // (a calcPr the splice added is then empty).
  const rest = (xml: string) =>
    ['sheets', 'definedNames']
      .reduce((text, name) => text.replace(block(text, name)?.[0] ?? '\u0000', ''), xml)
      .replace(/(<(?:\w+:)?calcPr\b[^>]*?)\s+fullCalcOnLoad="1"/, '$1')
      .replace(/<(?:\w+:)?calcPr\/>/, '');
  if (rest(before) !== rest(after))
    problems.push('workbook part changed outside <sheets>, <definedNames> and <calcPr>');
  if (!/<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad="1"/.test(after)) problems.push('no fullCalcOnLoad="1"');
  return problems;
}

/**
 * Problems with docProps/app.xml: left as it was, or with `added` listed after the worksheets'
 * titles and their count raised, nothing else changed.
 */
export function appTitlesAdded(before: string, after: string, added: readonly string[]): string[] {
  if (before === after) return [];
  const titles = (xml: string) =>
    [...(block(xml, 'TitlesOfParts')?.[0] ?? '').matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
  const old = titles(before);
  const now = titles(after);
  const problems: string[] = [];
  const inserted = now.filter((title) => !old.includes(title));
  if (JSON.stringify(inserted) !== JSON.stringify(added))
    problems.push(`titles added: ${JSON.stringify(inserted)}, expected ${JSON.stringify(added)}`);
  if (JSON.stringify(now.filter((title) => old.includes(title))) !== JSON.stringify(old))
    problems.push('the existing titles changed');
  const outside = (xml: string) =>
    ['HeadingPairs', 'TitlesOfParts'].reduce(
      (text, name) => text.replace(block(text, name)?.[0] ?? '\u0000', ''),
      xml,
    );
  if (outside(before) !== outside(after))
    problems.push('app.xml changed outside HeadingPairs and TitlesOfParts');
  return problems;
}
