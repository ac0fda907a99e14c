/**
 * What the pane shows when a workbook is opened: its settings (null before 设置工作簿), the user's own
 * sheets (those the add-in does not own), the sheet that looks like a roster and the branches it
 * names (so 设置工作簿 can offer them), and how many members the 党员名册 sheet already lists.
 */
import type { SheetProblem } from '../workbook/problems';
import { type ActivityChoice, activityChoicesOf } from './activityChoices';
import { importRosterTable, rosterSheetName, tableFromGrid } from '../workbook/rosterImport';
import { rosterBranchCounts } from './branchImport';
import type { BranchCount } from './importPreview';
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
  /** The branches that roster names, with their members, in its order; empty without one. */
  rosterBranches: BranchCount[];
  memberCount: number;
  problems: SheetProblem[];
  /** Every branch's activities of the year, for 活动材料 (./activityChoices.ts); empty without settings. */
  activities?: ActivityChoice[];
  /** Sheets an update that did not finish may have left partly updated (see WorkbookPort). */
  unfinishedSheets?: string[];
}

export async function readWorkbookInfo(port: WorkbookPort, fallbackYear: number): Promise<WorkbookInfo> {
  const grids = await port.readOwnedGrids();
  const state = readWorkbookState(grids, fallbackYear);
  const owned = new Set([...grids.values()].map((grid) => grid.sheetName));
  const sheetNames = await port.sheetNames();
  const userSheets = sheetNames.filter((name) => !owned.has(name));
  const rosterSheet = rosterSheetName(userSheets);
  const rosterGrid = rosterSheet === null ? null : await port.readSheetGrid(rosterSheet);
  return {
    settings: state.settings,
    sheetNames,
    userSheets,
    rosterSheet,
    rosterBranches:
      rosterGrid === null
        ? []
        : rosterBranchCounts(importRosterTable(tableFromGrid(rosterGrid)).value.members),
    memberCount: state.members.length,
    problems: state.problems,
    activities: activityChoicesOf(state),
    unfinishedSheets: (await port.unfinishedSheets?.()) ?? [],
  };
}
