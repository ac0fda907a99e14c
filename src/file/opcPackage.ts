/**
 * An Open Packaging Conventions package (the zip inside an .xlsx or .xlsm) held in memory: its
 * parts by name, read as text when needed and replaced or removed one by one. A part nobody
 * replaces is written back with the bytes it was read with (JSZip reuses its compressed data).
 */
import JSZip from 'jszip';
import { parseAttributes } from './xmlText';

export interface Relationship {
  id: string;
  /** The full relationship type URI. */
  type: string;
  /** As written in the relationships part. */
  target: string;
  external: boolean;
  /** The part it points to (no leading '/'); null for an external target. */
  partName: string | null;
  /** The <Relationship …/> element as stored. */
  xml: string;
}

const UTF8 = new TextEncoder();

export class OpcPackage {
  /** Text of parts read or written since opening. */
  private readonly texts = new Map<string, string>();
  /** Lower-case part name → the name as stored (part names are case-insensitive). */
  private readonly names = new Map<string, string>();
  /** Counts the changes, so what is derived from the parts can be cached per revision. */
  revision = 0;

  private constructor(private readonly zip: JSZip) {
    for (const name of Object.keys(zip.files))
      if (!zip.files[name].dir) this.names.set(name.toLowerCase(), name);
  }

  /** Throws what JSZip throws for bytes that are not a zip archive. */
  static async open(bytes: Uint8Array): Promise<OpcPackage> {
    return new OpcPackage(await JSZip.loadAsync(bytes));
  }

  /** The stored name of a part, found without regard to case; null when there is none. */
  find(partName: string): string | null {
    return this.names.get(partName.replace(/^\//, '').toLowerCase()) ?? null;
  }

  has(partName: string): boolean {
    return this.find(partName) !== null;
  }

  /** Every part's name, in the order stored. */
  partNames(): string[] {
    return [...this.names.values()];
  }

  /** The part's text (UTF-8), or null when there is no such part. */
  async text(partName: string): Promise<string | null> {
    const name = this.find(partName);
    if (name === null) return null;
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const text = stripBom(await this.zip.files[name].async('string'));
    this.texts.set(name, text);
    return text;
  }

  /** The part's bytes, or null. */
  async bytes(partName: string): Promise<Uint8Array | null> {
    const name = this.find(partName);
    return name === null ? null : this.zip.files[name].async('uint8array');
  }

  /** Replaces or adds a part. */
  setText(partName: string, text: string): void {
    const name = this.find(partName) ?? partName.replace(/^\//, '');
    // Encoded here by the platform's TextEncoder: JSZip's own UTF-8 encoder, in JavaScript, took a
    // good part of the time to save a large workbook.
    this.zip.file(name, UTF8.encode(text));
    this.texts.set(name, text);
    this.names.set(name.toLowerCase(), name);
    this.revision++;
  }

  remove(partName: string): void {
    const name = this.find(partName);
    if (name === null) return;
    this.zip.remove(name);
    this.texts.delete(name);
    this.names.delete(name.toLowerCase());
    this.revision++;
  }

  /** The relationships of a part ('' for the package's own, _rels/.rels); [] when it has none. */
  async relationships(sourcePart: string): Promise<Relationship[]> {
    const xml = await this.text(relationshipsPartOf(sourcePart));
    return xml === null ? [] : parseRelationships(xml, sourcePart);
  }

  /** The package as zip bytes. */
  async save(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
}

/** 'xl/worksheets/sheet1.xml' → 'xl/worksheets/_rels/sheet1.xml.rels'; '' → '_rels/.rels'. */
export function relationshipsPartOf(sourcePart: string): string {
  const slash = sourcePart.lastIndexOf('/');
  return `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship(?=[\s/>])[^>]*>/g)].map((match) => {
    const attributes = parseAttributes(match[0]);
    const target = attributes.get('Target') ?? '';
    const external = attributes.get('TargetMode') === 'External';
    return {
      id: attributes.get('Id') ?? '',
      type: attributes.get('Type') ?? '',
      target,
      external,
      partName: external ? null : resolveTarget(sourcePart, target),
      xml: match[0],
    };
  });
}

/** A relationship target as a part name: relative to the source part's folder, or absolute. */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURI(target);
  } catch {
    // A stray '%' is a literal.
  }
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.replace(/^\//, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/** The target to write for a part, relative to the source part's folder. */
export function relativeTarget(sourcePart: string, partName: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = partName.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** Whether a relationship is of a kind, by the last segment of its type (transitional or strict). */
export function isRelationshipType(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
