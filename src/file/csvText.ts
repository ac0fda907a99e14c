/**
 * CSV bytes to text: UTF-8 with or without a BOM, or GB18030 (what Excel on Chinese Windows saves
 * as "CSV"). UTF-8 is tried strictly first: GB18030 bytes are almost never valid UTF-8, while
 * UTF-8 bytes read as GB18030 would turn into wrong characters without any error.
 */
import * as iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'gb18030';

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}
