/**
 * File mode's workbook, held in memory: the port the steps run on, what the opened file holds that
 * cannot be kept, and the bytes to download. Types only, so the pane's first bundle needs no ExcelJS;
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
  /** Parts of the opened file that will not survive (charts, pivot tables …). */
  warnings: FileSessionWarning[];
  /** The workbook as .xlsx bytes, the user's parts kept. */
  bytes(): Promise<Uint8Array>;
}

export interface FileSessionModule {
  openFile(bytes: Uint8Array, name: string): Promise<FileSession>;
  newFile(): FileSession;
}

/** The download's name: 原文件名-活动日.xlsx, so the original file is never overwritten. */
export function downloadName(displayName: string | null, fallback: string): string {
  const base = (displayName ?? fallback).replace(/\.(xlsx|xlsm|xls)$/i, '');
  return `${base}-活动日.xlsx`;
}
