/** Reading the XML parts of .xlsx bytes in tests, to check what a file really stores. */
import JSZip from 'jszip';

export async function readPart(bytes: Uint8Array, partPath: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(partPath);
  if (!part) throw new Error(`No part ${partPath}; parts: ${Object.keys(zip.files).join(', ')}`);
  return part.async('string');
}

/** The worksheet part of a sheet, found by name through workbook.xml and its relationships. */
export async function sheetXml(bytes: Uint8Array, sheetName: string): Promise<string> {
  const workbook = await readPart(bytes, 'xl/workbook.xml');
  const escaped = sheetName.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
  const sheet = new RegExp(
    `<sheet\\b[^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`,
  ).exec(workbook);
  if (!sheet) throw new Error(`No sheet ${sheetName} in workbook.xml`);
  const rels = await readPart(bytes, 'xl/_rels/workbook.xml.rels');
  const target =
    new RegExp(`<Relationship\\b[^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${sheet[1]}"`).exec(rels);
  if (!target) throw new Error(`No relationship ${sheet[1]}`);
  return readPart(bytes, target[1].startsWith('/') ? target[1].slice(1) : `xl/${target[1]}`);
}

/** The <c> element of one cell in a worksheet part, or null when the cell is not stored. */
export function cellXml(worksheetXml: string, address: string): string | null {
  const match = new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`).exec(worksheetXml);
  return match ? match[0] : null;
}

/** Shared strings in index order (rich text runs joined). */
export async function sharedStrings(bytes: Uint8Array): Promise<string[]> {
  const xml = await readPart(bytes, 'xl/sharedStrings.xml');
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...si[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join(''),
  );
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
