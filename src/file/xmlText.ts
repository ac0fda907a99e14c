/**
 * The little XML the file port needs, done on text: the parts of a package are read and edited
 * where they need to change and nowhere else, so what is not the add-in's keeps its bytes.
 *
 * Elements may carry a namespace prefix (files written with the Open XML SDK use `x:`), so
 * patterns here accept one and edits write the prefix the part already uses.
 */

/** Attributes of a start tag by name (values unescaped); a prefix is kept in the name ('r:id'). */
export function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  // Only the start tag's own attributes: stop at its end.
  const end = tag.indexOf('>');
  const head = end < 0 ? tag : tag.slice(0, end);
  for (const match of head.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attributes.set(match[1], unescapeXml(match[2] ?? match[3]));
  return attributes;
}

/** Text of an XML text node or attribute, entities replaced. */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_m, entity: string) => {
    switch (entity) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      case 'amp':
        return '&';
      default:
        return String.fromCodePoint(
          entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
        );
    }
  });
}

/** Text for an XML text node or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Spreadsheet text escapes characters XML cannot hold as `_xHHHH_` (ECMA-376 §22.9.2.19), and a
 * literal `_xHHHH_` as `_x005F_xHHHH_`.
 */
export function unescapeSpreadsheetText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The namespace prefix of the root element ('x:' or ''), to write new elements as the part does. */
export function rootPrefix(xml: string): string {
  const root = /<(?![?!])([\w.-]+:)?[\w.-]+[\s>/]/.exec(xml);
  return root?.[1] ?? '';
}

/** Gives every unprefixed element of a fragment the prefix ('x:'); attributes stay as they are. */
export function withPrefix(fragment: string, prefix: string): string {
  if (prefix === '') return fragment;
  return fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s>/])/g, (_m, slash: string, name: string) =>
    name.includes(':') ? `<${slash}${name}` : `<${slash}${prefix}${name}`,
  );
}

/**
 * A pattern for the whole element `name` (any prefix), from its start tag to its end tag or a
 * self-closing start tag. Not for elements that nest inside themselves.
 */
export function elementPattern(name: string, flags = 'g'): RegExp {
  return new RegExp(
    `<(?:[\\w.-]+:)?${name}(?=[\\s>/])[^>]*?(?:\\/>|>[\\s\\S]*?<\\/(?:[\\w.-]+:)?${name}\\s*>)`,
    flags,
  );
}

/** The first such element, or null. */
export function findElement(xml: string, name: string): string | null {
  return elementPattern(name, '').exec(xml)?.[0] ?? null;
}

/** The start tag of the first element `name` (any prefix), or null. */
export function findStartTag(xml: string, name: string): string | null {
  return new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s>/])[^>]*>`).exec(xml)?.[0] ?? null;
}

/** The content between an element's start and end tags ('' for a self-closing one). */
export function innerXml(element: string): string {
  if (/\/>\s*$/.test(element) && !/<\/[^>]+>\s*$/.test(element)) return '';
  const start = element.indexOf('>') + 1;
  const end = element.lastIndexOf('</');
  return end < start ? '' : element.slice(start, end);
}

/** Sets (or adds) one attribute of a start tag, leaving the others as written. */
export function setAttribute(tag: string, name: string, value: string): string {
  const escaped = escapeXml(value);
  const existing = new RegExp(`(\\s${name.replace('.', '\\.')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (existing.test(tag)) return tag.replace(existing, (_m, lead: string) => `${lead}"${escaped}"`);
  return tag.replace(/\s*(\/?)>$/, (_m, slash: string) => ` ${name}="${escaped}"${slash}>`);
}

/**
 * Inserts `fragment` right after the first of the elements `after` (in that order of preference)
 * the part has, or right after the start tag of its root element `root` when it has none: how an
 * element the part lacks is put where the schema's order wants it.
 */
export function insertAfterFirstOf(
  xml: string,
  after: readonly string[],
  root: string,
  fragment: string,
): string {
  for (const name of after) {
    const found = elementPattern(name, '').exec(xml);
    if (found !== null) {
      const at = found.index + found[0].length;
      return xml.slice(0, at) + fragment + xml.slice(at);
    }
  }
  const start = new RegExp(`<(?:[\\w.-]+:)?${root}\\b[^>]*>`).exec(xml);
  if (start === null) throw new Error(`part has no <${root}>`);
  const at = start.index + start[0].length;
  return xml.slice(0, at) + fragment + xml.slice(at);
}
