/**
 * An .xlsx workbook held in memory by the file port: the ExcelJS workbook plus what the port needs
 * to give the user's parts back unchanged when saving (the original defined names) and to warn
 * about parts that cannot be kept. Works on bytes, so the browser's file mode uses it as it is;
 * reading and writing paths on disk is in nodeFiles.ts.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fileStrings } from '../strings/file';
import { mergeDefinedNames } from './definedNamesXml';
import { WorkbookFileError } from './errors';
import { kindOfMark } from '../workbook/marks';
import { inspectPackage, type FileWarning } from './packageParts';

export interface WorkbookFile {
  workbook: ExcelJS.Workbook;
  /** How the user knows the file (its file name), for messages; null for a new workbook. */
  displayName: string | null;
  /** xl/workbook.xml as opened; null for a new workbook. */
  originalWorkbookXml: string | null;
  /** Parts of the opened file that will not survive saving. */
  warnings: FileWarning[];
  /** Workbook-scope names the add-in has written since opening. */
  ownedNames: Set<string>;
  /** Sheets the add-in has written since opening. */
  writtenSheets: Set<string>;
}

export function newWorkbookFile(): WorkbookFile {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '党员固定活动日助手';
  return {
    workbook,
    displayName: null,
    originalWorkbookXml: null,
    warnings: [],
    ownedNames: new Set(),
    writtenSheets: new Set(),
  };
}

/** Opens .xlsx bytes; throws WorkbookFileError with a Chinese message when they cannot be read. */
export async function openWorkbookBytes(bytes: Uint8Array, displayName: string): Promise<WorkbookFile> {
  const contents = await inspectPackage(bytes, displayName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(bytes));
  } catch (error) {
    throw new WorkbookFileError(
      'unreadable',
      fileStrings.unreadable(displayName, error instanceof Error ? error.message : String(error)),
    );
  }
  keepAutomaticPageNumbers(workbook);
  return {
    workbook,
    displayName,
    originalWorkbookXml: contents.workbookXml,
    warnings: contents.warnings,
    ownedNames: new Set(),
    writtenSheets: new Set(),
  };
}

/** The .xlsx bytes to save: formulas recalculated on opening, the user's defined names as they were. */
export async function workbookFileBytes(file: WorkbookFile): Promise<Uint8Array> {
  file.workbook.calcProperties.fullCalcOnLoad = true;
  const written = await file.workbook.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(written);
  const part = zip.file('xl/workbook.xml');
  if (!part) throw new Error('ExcelJS wrote no xl/workbook.xml');
  const outputXml = await part.async('string');
  zip.file(
    'xl/workbook.xml',
    mergeDefinedNames({
      originalXml: file.originalWorkbookXml,
      outputXml,
      ownedNames: file.ownedNames,
      writtenSheets: file.writtenSheets,
      isHidden: (name) => kindOfMark(name) !== null,
    }),
  );
  // Same compression as ExcelJS's, so JSZip reuses the compressed parts it did not change.
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * ExcelJS reads a sheet without a first page number as firstPageNumber 1 and then writes
 * useFirstPageNumber="1", which would make every sheet's numbering start at 1 instead of running
 * on through the workbook. Excel ignores the number unless it is in use, so dropping it is exact.
 */
function keepAutomaticPageNumbers(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    // useFirstPageNumber is in ExcelJS's model but not in its typings.
    const setup = sheet.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (!setup.useFirstPageNumber) setup.firstPageNumber = undefined;
  }
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}
