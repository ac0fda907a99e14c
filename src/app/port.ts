/**
 * What the actions need from a workbook, implemented by the ExcelJS port (src/file/port.ts) and the
 * Office.js port: read the owned sheets (and one sheet of the user's) as raw grids, list the sheet
 * names, and write a set of sheet descriptions in one go.
 */
import type { SheetDescription } from '../workbook/description';
import type { RawGrid } from '../workbook/grid';

export interface WrittenSheet {
  kind: string;
  /** The sheet's name in the workbook. */
  name: string;
  created: boolean;
}

export interface PortWriteReport {
  sheets: WrittenSheet[];
  /** Chinese notices (a name that was taken, and what was done instead). */
  notices: string[];
}

export interface WorkbookPort {
  /** The owned sheets' grids by kind. */
  readOwnedGrids(): Promise<Map<string, RawGrid>>;
  /** A sheet of any name (the user's 花名册, say); null when there is no such sheet. */
  readSheetGrid(name: string): Promise<RawGrid | null>;
  sheetNames(): Promise<string[]>;
  writeDescriptions(descriptions: readonly SheetDescription[]): Promise<PortWriteReport>;
  /**
   * Sheets a write began and did not finish may have left partly updated (every entry is still in
   * them; the same action run again finishes them): empty when none. A port whose writes cannot
   * stop part-way (the file port writes a file whole) need not have it.
   */
  unfinishedSheets?(): Promise<string[]>;
}
