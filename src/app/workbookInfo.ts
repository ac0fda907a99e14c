/**
 * What the pane shows when a workbook is opened: its settings (null before 设置工作簿), the user's own
 * sheets (those the add-in does not own), the sheet that looks like a roster, and how many members
 * the 党员名册 sheet already lists.
 */
import type { SheetProblem } from '../workbook/problems';
import { rosterSheetName } from '../workbook/rosterImport';
import type { WorkbookSettings } from '../workbook/sheets/settings';
import { readWorkbookState } from '../workbook/state';
import type { WorkbookPort } from './port';

export interface WorkbookInfo {
  settings: WorkbookSettings | null;
  sheetNames: string[];
  /** Sheets the add-in did not write: where a roster may be imported from. */
  userSheets: string[];
  /** The user's sheet named like 花名册/名册, else null. */
  rosterSheet: string | null;
  memberCount: number;
  problems: SheetProblem[];
  /** Sheets an update that did not finish may have left partly updated (see WorkbookPort). */
  unfinishedSheets?: string[];
}

export async function readWorkbookInfo(port: WorkbookPort, fallbackYear: number): Promise<WorkbookInfo> {
  const grids = await port.readOwnedGrids();
  const state = readWorkbookState(grids, fallbackYear);
  const owned = new Set([...grids.values()].map((grid) => grid.sheetName));
  const sheetNames = await port.sheetNames();
  const userSheets = sheetNames.filter((name) => !owned.has(name));
  return {
    settings: state.settings,
    sheetNames,
    userSheets,
    rosterSheet: rosterSheetName(userSheets),
    memberCount: state.members.length,
    problems: state.problems,
    unfinishedSheets: (await port.unfinishedSheets?.()) ?? [],
  };
}
