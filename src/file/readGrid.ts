/**
 * Reading a workbook file's sheets into RawGrids, the shape the Office.js port also produces from
 * range.values / formulas / numberFormat: the owned sheets found by their marks, any worksheet by
 * name. Only the parts a grid needs are read — the workbook part and its relationships, the shared
 * strings, the styles' number formats and the sheet's own part — so no chart, pivot table, macro
 * or anything else in the package can stop a read.
 */
import { fileStrings } from '../strings/file';
import { emptyGrid, gridFromCells, type RawGrid } from '../workbook/grid';
import { cellNumberFormats } from './cellFormats';
import { WorkbookFileError } from './errors';
import type { OpcPackage } from './opcPackage';
import { findOwnedSheets } from './ownedMark';
import { parseSharedStrings } from './sharedStrings';
import { readSheetCells } from './sheetCells';
import type { WorkbookFile } from './workbookFile';
import { readWorkbookIndex, type SheetEntry, type WorkbookIndex } from './workbookIndex';

/** What every grid of one state of the package shares, read once. */
interface PackageReading {
  revision: number;
  index: WorkbookIndex;
  numberFormats: string[];
  sharedStrings: () => readonly string[];
}

const readings = new WeakMap<OpcPackage, Promise<PackageReading>>();

async function reading(pkg: OpcPackage): Promise<PackageReading> {
  const cached = readings.get(pkg);
  if (cached !== undefined) {
    const ready = await cached;
    if (ready.revision === pkg.revision) return ready;
  }
  const fresh = readPackage(pkg);
  readings.set(pkg, fresh);
  return fresh;
}

async function readPackage(pkg: OpcPackage): Promise<PackageReading> {
  const revision = pkg.revision;
  const index = await readWorkbookIndex(pkg);
  const stylesXml = index.stylesPart === null ? null : await pkg.text(index.stylesPart);
  const sharedStringsXml = index.sharedStringsPart === null ? null : await pkg.text(index.sharedStringsPart);
  let strings: string[] | null = null;
  return {
    revision,
    index,
    numberFormats: cellNumberFormats(stylesXml),
    sharedStrings: () => (strings ??= sharedStringsXml === null ? [] : parseSharedStrings(sharedStringsXml)),
  };
}

/** The names of the worksheets, in workbook order (chart sheets have no cells and are left out). */
export async function sheetNames(file: WorkbookFile): Promise<string[]> {
  if (file.pkg === null) return [];
  const { index } = await reading(file.pkg);
  return index.sheets.filter((sheet) => sheet.type === 'worksheet').map((sheet) => sheet.name);
}

/** The grid of the worksheet named `name`; null when there is no such worksheet. */
export async function readSheetGrid(file: WorkbookFile, name: string): Promise<RawGrid | null> {
  if (file.pkg === null) return null;
  const state = await reading(file.pkg);
  const sheet = state.index.sheets.find((entry) => entry.name === name && entry.type === 'worksheet');
  return sheet === undefined ? null : gridOf(file, file.pkg, state, sheet);
}

/** Raw grids of the owned sheets, by kind. */
export async function readOwnedGrids(file: WorkbookFile): Promise<Map<string, RawGrid>> {
  const grids = new Map<string, RawGrid>();
  if (file.pkg === null) return grids;
  const state = await reading(file.pkg);
  for (const [kind, sheet] of findOwnedSheets(state.index)) {
    if (sheet.type === 'worksheet') grids.set(kind, await gridOf(file, file.pkg, state, sheet));
  }
  return grids;
}

async function gridOf(
  file: WorkbookFile,
  pkg: OpcPackage,
  state: PackageReading,
  sheet: SheetEntry,
): Promise<RawGrid> {
  const displayName = file.displayName ?? '';
  const xml = sheet.partName === null ? null : await pkg.text(sheet.partName);
  if (xml === null)
    throw new WorkbookFileError(
      'unreadable',
      fileStrings.sheetPartMissing(displayName, sheet.name, sheet.partName ?? sheet.relationshipId),
    );
  let read;
  try {
    read = readSheetCells(xml, {
      sharedStrings: state.sharedStrings,
      numberFormats: state.numberFormats,
      date1904: state.index.date1904,
    });
  } catch (error) {
    throw new WorkbookFileError(
      'unreadable',
      fileStrings.sheetUnreadable(
        displayName,
        sheet.name,
        error instanceof Error ? error.message : String(error),
      ),
    );
  }
  if (read.cells.length === 0) return emptyGrid(sheet.name);
  const grid: RawGrid = gridFromCells(sheet.name, read.cells);
  return {
    ...grid,
    ...(Object.keys(read.columnWidths).length > 0 ? { columnWidths: read.columnWidths } : {}),
    ...(read.merges.length > 0 ? { merges: read.merges } : {}),
  };
}
