/**
 * The number of pages of a PDF: the /Count of its page tree's root (/Type /Pages). A PDF may keep
 * its objects in compressed object streams (PDF 1.5, /Type /ObjStm, FlateDecode); those are
 * inflated with the browser's DecompressionStream and searched too. Null when no page tree is
 * found (an unreadable file is reported, never guessed).
 */

/** The dictionary (<< … >>) around position `at`, nested dictionaries included; null when none. */
function enclosingDictionary(text: string, at: number): string | null {
  let depth = 0;
  let start = -1;
  for (let i = at; i >= 1; i--) {
    const pair = text.slice(i - 1, i + 1);
    if (pair === '>>') {
      depth++;
      i--;
    } else if (pair === '<<') {
      if (depth === 0) {
        start = i - 1;
        break;
      }
      depth--;
      i--;
    }
  }
  if (start < 0) return null;
  depth = 0;
  for (let i = start; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    if (pair === '<<') {
      depth++;
      i++;
    } else if (pair === '>>') {
      depth--;
      i++;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

/** The largest /Count of a /Pages dictionary in `text` (the root's counts every page). */
function largestCount(text: string): number | null {
  let largest: number | null = null;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b/g)) {
    const dictionary = enclosingDictionary(text, match.index ?? 0);
    const count = dictionary === null ? null : /\/Count\s+(\d+)/.exec(dictionary);
    if (count && (largest === null || Number(count[1]) > largest)) largest = Number(count[1]);
  }
  return largest;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    const stream = new Blob([bytes.slice()]).stream().pipeThrough(new DecompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

/** The compressed object streams of the file, as byte ranges. */
function objectStreams(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const pattern = /\/Type\s*\/ObjStm[^]*?stream\r?\n/g;
  for (const match of text.matchAll(pattern)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end > start) found.push([start, end]);
  }
  return found;
}

export async function pdfPageCount(bytes: Uint8Array): Promise<number | null> {
  const text = latin1(bytes);
  if (!text.startsWith('%PDF-')) return null;
  let largest = largestCount(text);
  for (const [start, end] of objectStreams(text)) {
    const inflated = await inflate(bytes.subarray(start, end));
    if (inflated === null) continue;
    const count = largestCount(latin1(inflated));
    if (count !== null && (largest === null || count > largest)) largest = count;
  }
  return largest;
}
