/**
 * What a file that could not be opened as an .xlsx workbook is, told from its first bytes, so the
 * roll-up can say "it is a PDF" rather than only "not a workbook". Pure: bytes in, Chinese out.
 */
import { FOREIGN_FILE_KINDS } from '../../strings/rollup';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The names of a zip package's entries as stored in its local headers (enough to tell Office formats apart). */
function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at + 30 < bytes.length && names.length < 200;) {
    if (!startsWith(bytes.subarray(at), [0x50, 0x4b, 0x03, 0x04])) break;
    const compressed =
      bytes[at + 18] | (bytes[at + 19] << 8) | (bytes[at + 20] << 16) | (bytes[at + 21] << 24);
    const nameLength = bytes[at + 26] | (bytes[at + 27] << 8);
    const extraLength = bytes[at + 28] | (bytes[at + 29] << 8);
    const flags = bytes[at + 6] | (bytes[at + 7] << 8);
    names.push(decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength)));
    // With a data descriptor the size is not in the header: stop at the first such entry.
    if ((flags & 0x08) !== 0) break;
    at += 30 + nameLength + extraLength + (compressed >>> 0);
  }
  return names;
}

/** A Chinese phrase saying what the file is ("它是 PDF 文档"). */
export function describeForeignFile(bytes: Uint8Array): string {
  if (bytes.length === 0) return FOREIGN_FILE_KINDS.empty;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return FOREIGN_FILE_KINDS.pdf;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return FOREIGN_FILE_KINDS.ole;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]))
    return FOREIGN_FILE_KINDS.image;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    if (names.some((name) => name.startsWith('word/'))) return FOREIGN_FILE_KINDS.word;
    if (names.some((name) => name.startsWith('ppt/'))) return FOREIGN_FILE_KINDS.powerpoint;
    // Parts of a workbook the file port could not open: a download or copy cut short.
    if (names.some((name) => name.startsWith('xl/'))) return FOREIGN_FILE_KINDS.damagedWorkbook;
    return FOREIGN_FILE_KINDS.zip;
  }
  const sample = bytes.subarray(0, 4096);
  // Control characters other than tabs and line ends do not occur in text.
  if (sample.some((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20))) return FOREIGN_FILE_KINDS.unknown;
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      // stream: a multi-byte character cut at the end of the sample is not an error.
      new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
      return FOREIGN_FILE_KINDS.text;
    } catch {
      // not this encoding
    }
  }
  return FOREIGN_FILE_KINDS.unknown;
}
