/**
 * The add-in's cell styles merged into a package's styles part: fonts, fills, borders, number
 * formats, cell formats (<cellXfs>) and differential formats (<dxfs>, used by conditional
 * formats) that the package does not have yet are appended; the package's own entries are never
 * changed or moved, so every index a sheet of the user's refers to keeps its meaning. An entry
 * the package already has (the add-in's, appended by an earlier run) is reused, so regenerating
 * does not grow the file.
 */
import { builtInFormat, parseNumberFormats } from './cellFormats';
import {
  elementPattern,
  escapeXml,
  innerXml,
  insertAfterFirstOf,
  rootPrefix,
  setAttribute,
  withPrefix,
} from './xmlText';

export interface StyleMapping {
  /** The merged styles part. */
  xml: string;
  /** Index in the package's <cellXfs> for each index of the add-in's. */
  cellFormats: number[];
  /** Index in the package's <dxfs> for each index of the add-in's. */
  differentialFormats: number[];
}

/** The mapping of a styles part taken as it is (a package that had none). */
export function unchangedStyles(xml: string): StyleMapping {
  const identity = (list: ListName) => listItems(xml, list).map((_item, index) => index);
  return { xml, cellFormats: identity('cellXfs'), differentialFormats: identity('dxfs') };
}

/** The lists of a styles part in schema order (a missing list is inserted at its place). */
const LISTS = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;
type ListName = (typeof LISTS)[number];

const CHILD: Partial<Record<ListName, string>> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
  dxfs: 'dxf',
};

const FIRST_CUSTOM_FORMAT = 164;

/** Merges `added` (the styles part ExcelJS wrote for the add-in's sheets) into `target`. */
export function mergeStyles(target: string, added: string): StyleMapping {
  const into = new StylesEditor(target);
  const from = (list: ListName) => listItems(added, list);

  // Entry 0 of fonts, fills and borders, and fill 1, are the defaults every styles part has: the
  // add-in's cells without a font of their own take the workbook's default font, as in Excel.
  const fontMap = into.merge('fonts', from('fonts'), 1);
  const fillMap = into.merge('fills', from('fills'), 2);
  const borderMap = into.merge('borders', from('borders'), 1);

  const formats = new NumberFormats(into);
  const addedFormats = parseNumberFormats(added);
  const cellFormats = from('cellXfs').map((xf) => {
    const id = Number(/\bnumFmtId="(\d+)"/.exec(xf)?.[1] ?? 0);
    const code = addedFormats.get(id) ?? builtInFormat(id) ?? 'General';
    let mapped = xf;
    mapped = replaceNumber(mapped, 'numFmtId', formats.idFor(id, code));
    mapped = replaceNumber(mapped, 'fontId', (n) => fontMap[n] ?? 0);
    mapped = replaceNumber(mapped, 'fillId', (n) => fillMap[n] ?? 0);
    mapped = replaceNumber(mapped, 'borderId', (n) => borderMap[n] ?? 0);
    return replaceNumber(mapped, 'xfId', () => 0);
  });
  const xfMap = into.merge('cellXfs', cellFormats, 1);
  const dxfMap = into.merge('dxfs', from('dxfs'), 0);
  return { xml: into.xml(), cellFormats: xfMap, differentialFormats: dxfMap };
}

/** The child elements of a list of a styles part, as stored. */
function listItems(xml: string, list: ListName): string[] {
  const block = elementPattern(list, '').exec(xml)?.[0];
  const child = CHILD[list];
  if (block === undefined || child === undefined) return [];
  return innerXml(block).match(elementPattern(child)) ?? [];
}

/** Compares entries as Excel would: the same elements and attributes, whitespace aside. */
function entryKey(xml: string): string {
  return xml
    .replace(/>\s+</g, '><')
    .replace(/<([\w.:-]+)([^>]*?)\s*><\/\1>/g, '<$1$2/>')
    .replace(/<[\w.-]+:/g, '<')
    .replace(/<\/[\w.-]+:/g, '</');
}

function replaceNumber(xml: string, attribute: string, map: number | ((n: number) => number)): string {
  const pattern = new RegExp(`\\b${attribute}="(\\d+)"`);
  const found = pattern.exec(xml);
  if (found === null) return xml;
  const value = typeof map === 'number' ? map : map(Number(found[1]));
  return xml.replace(pattern, `${attribute}="${value}"`);
}

/** The target styles part, with entries appended to its lists. */
class StylesEditor {
  private readonly prefix: string;
  private readonly items = new Map<ListName, string[]>();
  private readonly appended = new Map<ListName, string[]>();

  constructor(readonly source: string) {
    this.prefix = rootPrefix(source);
  }

  list(name: ListName): string[] {
    let items = this.items.get(name);
    if (items === undefined) this.items.set(name, (items = listItems(this.source, name)));
    return items;
  }

  /**
   * Maps each added entry to the index of an equal entry of the target (appending it when there is
   * none). The first `defaults` entries map to the target's entries of the same index.
   */
  merge(name: ListName, added: readonly string[], defaults: number): number[] {
    const items = this.list(name);
    const keys = new Map<string, number>();
    items.forEach((item, index) => {
      const key = entryKey(item);
      if (!keys.has(key)) keys.set(key, index);
    });
    return added.map((item, index) => {
      if (index < defaults && index < items.length) return index;
      const key = entryKey(item);
      const existing = keys.get(key);
      if (existing !== undefined) return existing;
      this.append(name, item);
      keys.set(key, items.length - 1);
      return items.length - 1;
    });
  }

  append(name: ListName, item: string): void {
    this.list(name).push(item);
    const appended = this.appended.get(name) ?? [];
    appended.push(item);
    this.appended.set(name, appended);
  }

  xml(): string {
    let xml = this.source;
    for (const [name, appended] of this.appended) {
      const count = this.list(name).length;
      const fragment = withPrefix(appended.join(''), this.prefix);
      const block = elementPattern(name, '').exec(xml);
      if (block !== null) {
        let start = /^<[^>]*>/.exec(block[0])![0];
        const selfClosing = start.endsWith('/>');
        if (selfClosing) start = start.replace(/\s*\/>$/, '>');
        start = setAttribute(start, 'count', String(count));
        const tagName = /^<([\w.:-]+)/.exec(start)![1];
        const body = selfClosing ? '' : block[0].slice(block[0].indexOf('>') + 1, block[0].lastIndexOf('</'));
        xml = xml.replace(elementPattern(name, ''), () => `${start}${body}${fragment}</${tagName}>`);
      } else {
        xml = insertList(
          xml,
          name,
          withPrefix(`<${name} count="${count}">`, this.prefix) + fragment + `</${this.prefix}${name}>`,
        );
      }
    }
    return xml;
  }
}

/** Inserts a list that the part does not have after the lists that come before it in the schema. */
function insertList(xml: string, name: ListName, block: string): string {
  return insertAfterFirstOf(xml, LISTS.slice(0, LISTS.indexOf(name)).reverse(), 'styleSheet', block);
}

/** Number format ids in the target: equal codes reused, new ones numbered after the last. */
class NumberFormats {
  private readonly byCode = new Map<string, number>();
  private readonly defined: Map<number, string>;
  private next: number;

  constructor(private readonly into: StylesEditor) {
    this.defined = parseNumberFormats(into.source);
    for (const [id, code] of this.defined) if (!this.byCode.has(code)) this.byCode.set(code, id);
    this.next = Math.max(FIRST_CUSTOM_FORMAT - 1, ...this.defined.keys()) + 1;
  }

  /** The target's id for the format the add-in wrote as `id` with `code`. */
  idFor(id: number, code: string): number {
    // A built-in id means the same in the target unless the target redefines it (WPS does, for 41–44).
    if (id < FIRST_CUSTOM_FORMAT && builtInFormat(id) === code && !this.defined.has(id)) return id;
    const existing = this.byCode.get(code);
    if (existing !== undefined) return existing;
    const created = this.next++;
    this.byCode.set(code, created);
    this.defined.set(created, code);
    this.into.append('numFmts', `<numFmt numFmtId="${created}" formatCode="${escapeXml(code)}"/>`);
    return created;
  }
}
