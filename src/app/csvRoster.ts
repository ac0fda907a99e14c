/**
 * A roster the secretary keeps as a CSV file, as the command line reads one: UTF-8 (with or without
 * a BOM) or GB18030 (what Excel on Chinese Windows saves as CSV). Decoded with the platform's
 * TextDecoder (every browser and Node have both), so the pane needs no decoding library.
 */
import { tableFromCsv } from '../workbook/rosterImport';
import { type ImportPreview, type PreviewOptions, previewImport } from './importPreview';

export type RosterEncoding = 'UTF-8' | 'GB18030';

/** UTF-8 tried strictly first: GB18030 bytes are almost never valid UTF-8, the reverse often is. */
export function decodeRosterCsv(bytes: Uint8Array): { text: string; encoding: RosterEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

/** A roster file chosen in the pane: its name and bytes. */
export interface RosterFile {
  name: string;
  bytes: Uint8Array;
}

export function previewCsvImport(
  file: RosterFile,
  options: PreviewOptions = {},
): ImportPreview & { encoding: RosterEncoding } {
  const { text, encoding } = decodeRosterCsv(file.bytes);
  return { ...previewImport(tableFromCsv(text, file.name), options), encoding };
}
