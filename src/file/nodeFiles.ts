/**
 * Opening and saving workbook files on disk (command line, tests). Saving never overwrites the
 * file that was opened, and writes through a temporary file so a failure leaves no half-written
 * workbook behind.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileStrings } from '../strings/file';
import { WorkbookFileError } from './errors';
import {
  openWorkbookBytes,
  workbookFileBytes,
  workbookFileExtension,
  type WorkbookFile,
} from './workbookFile';

export interface DiskWorkbookFile extends WorkbookFile {
  /** The file it was opened from; null for a new workbook. */
  sourcePath: string | null;
}

export async function openWorkbookPath(filePath: string): Promise<DiskWorkbookFile> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    throw new WorkbookFileError('unreadable', fileStrings.unreadable(filePath, errorText(error)));
  }
  const file = await openWorkbookBytes(bytes, path.basename(filePath));
  return { ...file, sourcePath: path.resolve(filePath) };
}

/**
 * Saves to `outPath`; refuses the path the workbook was opened from (and any other named in
 * `protect`), and a name whose extension does not match the package (Excel opens an .xlsm only as
 * .xlsm and an .xlsx only as .xlsx).
 */
export async function saveWorkbookPath(
  file: WorkbookFile & { sourcePath?: string | null },
  outPath: string,
  protect: readonly string[] = [],
): Promise<void> {
  const extension = workbookFileExtension(file);
  if (path.extname(outPath).toLowerCase() !== extension)
    throw new WorkbookFileError('wrong-extension', fileStrings.wrongExtension(outPath, extension));
  const target = await canonical(outPath);
  for (const input of [file.sourcePath ?? null, ...protect]) {
    if (input !== null && (await canonical(input)) === target) {
      throw new WorkbookFileError('same-as-input', fileStrings.sameAsInput(outPath));
    }
  }
  const bytes = await workbookFileBytes(file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new WorkbookFileError('save-failed', fileStrings.saveFailed(outPath, errorText(error)));
  }
}

/** The real path, following links; for a file not yet there, its real folder joined with its name. */
async function canonical(filePath: string): Promise<string> {
  const absolute = path.resolve(filePath);
  try {
    return await fs.realpath(absolute);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : String(error);
}
