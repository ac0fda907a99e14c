/**
 * File mode's workbook, held in memory: the port the steps run on, what writing into the opened
 * file cannot keep as it was (a digital signature …), and the bytes to download. Types only, so the pane's first bundle needs no ExcelJS;
 * the implementation is fileSession.ts, loaded with import() (see loadFileSession.ts).
 */
import type { WorkbookPort } from '../../app/port';

export interface FileSessionWarning {
  code: string;
  message: string;
}

export interface FileSession {
  port: WorkbookPort;
  /** The opened file's name; null for a new workbook. */
  displayName: string | null;
  /** What writing into the opened file cannot keep as it was (everything else is kept). */
  warnings: FileSessionWarning[];
  /** '.xlsm' for a workbook with macros, which is downloaded as .xlsm again. */
  extension: '.xlsx' | '.xlsm';
  /** The workbook as .xlsx bytes, the user's parts kept. */
  bytes(): Promise<Uint8Array>;
}

export interface FileSessionModule {
  openFile(bytes: Uint8Array, name: string): Promise<FileSession>;
  newFile(): FileSession;
}

/**
 * The download's name: 原文件名-活动日.xlsx (.xlsm for a workbook with macros: Excel opens a
 * macro-enabled file only under .xlsm), so the user's original file is never overwritten. A file
 * this pane downloaded before (x-活动日.xlsx, or x-活动日 (1).xlsx as a browser renames a second copy)
 * is downloaded as x-活动日.xlsx again rather than x-活动日-活动日.xlsx: it is the add-in's own output,
 * and the original x.xlsx keeps its name either way.
 */
export function downloadName(
  displayName: string | null,
  fallback: string,
  extension: '.xlsx' | '.xlsm' = '.xlsx',
): string {
  const base = (displayName ?? fallback)
    .trim()
    .replace(/\.(xlsx|xlsm|xls)$/i, '')
    .replace(/-活动日\s*(?:\(\d+\))?$/, '');
  return `${base === '' ? fallback : base}-活动日${extension}`;
}
