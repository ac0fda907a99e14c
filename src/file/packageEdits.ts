/**
 * Edits of the package-level parts ([Content_Types].xml and relationships parts) as text: entries
 * are added at the end or removed, everything else stays as stored.
 */
import { escapeXml, rootPrefix, withPrefix } from './xmlText';

export const CONTENT_TYPES_PART = '[Content_Types].xml';
export const WORKSHEET_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
export const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
export const RELATIONSHIPS_CONTENT_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const RELATIONSHIP = {
  worksheet: `${RELATIONSHIP_TYPES}/worksheet`,
  table: `${RELATIONSHIP_TYPES}/table`,
  styles: `${RELATIONSHIP_TYPES}/styles`,
} as const;

const OVERRIDE = /<(?:[\w.-]+:)?Override(?=[\s/>])[^>]*>/g;

/** The content types part with Overrides added for new parts and removed for parts gone. */
export function withContentTypes(
  xml: string,
  added: ReadonlyArray<{ partName: string; contentType: string }>,
  removed: readonly string[],
): string {
  const gone = new Set(removed.map((part) => `/${part}`.toLowerCase()));
  const present = new Set<string>();
  let edited = xml.replace(OVERRIDE, (tag) => {
    const part = (/\bPartName\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '').toLowerCase();
    if (gone.has(part)) return '';
    present.add(part);
    return tag;
  });
  const fresh = added
    .filter(({ partName }) => !present.has(`/${partName}`.toLowerCase()))
    .map(
      ({ partName, contentType }) =>
        `<Override PartName="/${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`,
    );
  if (fresh.length > 0) edited = insertAtEnd(edited, 'Types', fresh.join(''));
  return edited;
}

/** A <Relationship> element. */
export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
}

/** A whole relationships part holding these <Relationship> elements. */
export function relationshipsPart(elements: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `${elements.join('')}</Relationships>`
  );
}

/** A relationships part with elements added at the end and those with the given ids removed. */
export function withRelationships(
  xml: string,
  added: readonly string[],
  removedIds: readonly string[],
): string {
  const gone = new Set(removedIds);
  let edited = xml.replace(/<(?:[\w.-]+:)?Relationship(?=[\s/>])[^>]*>/g, (tag) => {
    const id = /\bId\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '';
    return gone.has(id) ? '' : tag;
  });
  if (added.length > 0) edited = insertAtEnd(edited, 'Relationships', added.join(''));
  return edited;
}

/** Relationship ids not among `taken`: rId1, rId2 … after the highest in use. */
export function freeIds(taken: Iterable<string>, count: number): string[] {
  const used = new Set(taken);
  let next = 1;
  for (const id of used) {
    const n = /^rId(\d+)$/.exec(id);
    if (n) next = Math.max(next, Number(n[1]) + 1);
  }
  const ids: string[] = [];
  while (ids.length < count) {
    const id = `rId${next++}`;
    if (!used.has(id)) ids.push(id);
  }
  return ids;
}

/** Inserts before the closing tag of the root element `root` (in the prefix the part uses). */
function insertAtEnd(xml: string, root: string, fragment: string): string {
  const prefix = rootPrefix(xml);
  const close = new RegExp(`</(?:[\\w.-]+:)?${root}\\s*>(?![\\s\\S]*</(?:[\\w.-]+:)?${root}\\s*>)`);
  const found = close.exec(xml);
  if (found !== null)
    return xml.slice(0, found.index) + withPrefix(fragment, prefix) + xml.slice(found.index);
  // A root without children (<Relationships …/>).
  return xml.replace(
    new RegExp(`<((?:[\\w.-]+:)?${root})(\\b[^>]*?)\\s*/>`),
    (_m, name: string, attributes: string) =>
      `<${name}${attributes}>${withPrefix(fragment, prefix)}</${name}>`,
  );
}
