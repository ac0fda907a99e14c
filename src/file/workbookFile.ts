/**
 * An .xlsx or .xlsm workbook held in memory by the file port: the package as opened, which stays
 * the only copy of the workbook. Reading looks at the parts it needs (readGrid.ts); writing
 * splices the add-in's sheets into it (writeDescriptions.ts), so every part of the user's comes
 * back as it was. Works on bytes, so the browser's file mode uses it as it is; reading and writing
 * paths on disk is in nodeFiles.ts.
 */
import * as ExcelJS from 'exceljs';
import { OpcPackage } from './opcPackage';
import { openPackage, type FileWarning } from './packageCheck';

export interface WorkbookFile {
  /** How the user knows the file (its file name), for messages; null for a new workbook. */
  displayName: string | null;
  /** The package; null for a new workbook until something is written into it. */
  pkg: OpcPackage | null;
  /** An .xlsm package (macros): it is saved as .xlsm again. */
  macroEnabled: boolean;
  /** Saved as Strict Open XML: read, never written. */
  strict: boolean;
  /** What writing into this file cannot keep as it was. */
  warnings: FileWarning[];
  /** Workbook-scope names the add-in has written since opening. */
  ownedNames: Set<string>;
}

export function newWorkbookFile(): WorkbookFile {
  return {
    displayName: null,
    pkg: null,
    macroEnabled: false,
    strict: false,
    warnings: [],
    ownedNames: new Set(),
  };
}

/** Opens .xlsx/.xlsm bytes; throws WorkbookFileError with a Chinese message when they cannot be read. */
export async function openWorkbookBytes(bytes: Uint8Array, displayName: string): Promise<WorkbookFile> {
  const opened = await openPackage(bytes, displayName);
  return {
    displayName,
    pkg: opened.pkg,
    macroEnabled: opened.macroEnabled,
    strict: opened.strict,
    warnings: opened.warnings,
    ownedNames: new Set(),
  };
}

/** The package of a new workbook, made when the first sheets are written into it. */
export async function ensurePackage(file: WorkbookFile): Promise<OpcPackage> {
  if (file.pkg === null) file.pkg = await OpcPackage.open(await emptyWorkbookBytes());
  return file.pkg;
}

/** The file's bytes as it is now: the package with the add-in's sheets spliced in. */
export async function workbookFileBytes(file: WorkbookFile): Promise<Uint8Array> {
  return (file.pkg ?? (await OpcPackage.open(await emptyWorkbookBytes()))).save();
}

/** The extension the file must be saved under: .xlsm for a macro-enabled package. */
export function workbookFileExtension(file: WorkbookFile): '.xlsx' | '.xlsm' {
  return file.macroEnabled ? '.xlsm' : '.xlsx';
}

/** A workbook with no sheets yet, whose styles, theme and properties ExcelJS writes. */
async function emptyWorkbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '党员固定活动日助手';
  workbook.calcProperties.fullCalcOnLoad = true;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
