/**
 * What an import would bring in, before anything is written: the members read from the user's
 * roster grid (their own 花名册 sheet, or the current selection), the columns matched by header name,
 * and every problem row. The pane shows it; generateWorkbook then takes `members` and `problems`.
 */
import type { Member } from '../domain/member';
import type { RawGrid } from '../workbook/grid';
import { hasErrors, type SheetProblem } from '../workbook/problems';
import {
  type ImportOptions,
  importRosterTable,
  type RecognisedHeader,
  tableFromGrid,
} from '../workbook/rosterImport';
import type { WorkbookPort } from './port';

export interface BranchCount {
  branch: string;
  count: number;
}

export interface ImportPreview {
  /** The sheet read. */
  source: string;
  members: Member[];
  /** Non-blank rows below the header. */
  rowCount: number;
  header: RecognisedHeader | null;
  /** Every row that was not imported (error) or imported with a field left out (warning). */
  problems: SheetProblem[];
  /** Members per branch, in the order the roster first names each branch. */
  branches: BranchCount[];
  /** True when there is something to import (problem rows are left out, the rest can go ahead). */
  canImport: boolean;
}

export function previewImport(grid: RawGrid, options: ImportOptions = {}): ImportPreview {
  const parsed = importRosterTable(tableFromGrid(grid), options);
  const counts = new Map<string, number>();
  for (const member of parsed.value.members) counts.set(member.branch, (counts.get(member.branch) ?? 0) + 1);
  return {
    source: grid.sheetName,
    members: parsed.value.members,
    rowCount: parsed.value.rowCount,
    header: parsed.value.header,
    problems: parsed.problems,
    branches: [...counts].map(([branch, count]) => ({ branch, count })),
    canImport:
      parsed.value.members.length > 0 && !(parsed.value.header === null && hasErrors(parsed.problems)),
  };
}

/** The preview of a sheet of the workbook by name; null when the workbook has no such sheet. */
export async function previewSheetImport(
  port: WorkbookPort,
  sheetName: string,
  options: ImportOptions = {},
): Promise<ImportPreview | null> {
  const grid = await port.readSheetGrid(sheetName);
  return grid === null ? null : previewImport(grid, options);
}
