/**
 * 设置's branch table: each branch's name, signatories, the names rosters use for it (花名册中的名称)
 * and, hidden, the name it had when generated (to recognise a rename) — written by
 * describeSettingsSheet (./settingsDescription.ts) and read back here, checked so that nothing typed there is lost.
 */
import { compactText } from '../../domain/text';
import { SETTINGS_SHEET, SHEET_PROBLEMS } from '../../strings/sheets';
import { cellRef } from '../address';
import { gridEnd, gridValue, type RawGrid } from '../grid';
import type { SheetProblem } from '../problems';
import { rawText } from './common';

export interface BranchSettings {
  name: string;
  /** 支部书记, signs the branch's summaries. */
  secretary: string;
  /** 记录人. */
  recorder: string;
  /**
   * Names rosters use for this branch (花名册中的名称, column E): an import maps them to it. Set when
   * the secretary maps a roster's name at import, or typed in 设置.
   */
  aliases?: string[];
  /**
   * The name the branch had when the sheets were last generated, when the user has since renamed
   * it in 设置 (read from the hidden column F): its members, activities and attendance go with it.
   */
  renamedFrom?: string;
}

export const BRANCH_HEADER_ROW = 15;
export const FIRST_BRANCH_ROW = 16;
/**
 * Hidden column of the branch table: each branch's name as generated. A name in column B that
 * differs from it is a rename (see readBranches), so the branch keeps its data under the new name.
 */
export const RECORDED_NAME_COLUMN = 6;
/** The branch table's column of 花名册中的名称 (aliases), separated by 、 or commas. */
export const ALIASES_COLUMN = 5;
/** PD_Branches: the branch names, used by the roster's drop-down. */
export const BRANCHES_NAME = 'PD_Branches';

/** Rows given to the branch list, so branches the user adds fall inside the drop-down's range. */
export function branchRowCount(branches: number): number {
  return Math.max(branches + 10, 20);
}

/** The range of branch names on the settings sheet (absolute), for validations on other sheets. */
export function branchNamesRange(branches: number): string {
  return `$B$${FIRST_BRANCH_ROW}:$B$${FIRST_BRANCH_ROW + branchRowCount(branches) - 1}`;
}

interface BranchRow {
  row: number;
  name: string;
  secretary: string;
  recorder: string;
  aliases: string[];
  /** Column F: the name as last generated ('' for a row the user added). */
  recorded: string;
}

/**
 * The branch table, checked so that nothing typed there is lost when 设置 is written again: a
 * signatory without a branch name, or a repeated name with other signatories, is an error (the
 * add-in then writes nothing); a repeated name with nothing new is a warning. A name that differs
 * from the one recorded when generating is a rename, carried to the branch's data — unless it
 * cannot be told which branch is which (two rows renamed from one name, or a name given to one
 * branch that another had), which is an error.
 */
export function readBranches(
  grid: RawGrid,
  labelRows: Map<string, number>,
  problems: SheetProblem[],
  branchCells: Map<string, string>,
): BranchSettings[] {
  const sheet = grid.sheetName;
  const headerRow = labelRows.get(SETTINGS_SHEET.branchHeader[0]) ?? BRANCH_HEADER_ROW;
  const recordsNames =
    rawText(gridValue(grid, headerRow, RECORDED_NAME_COLUMN)) === SETTINGS_SHEET.recordedNameHeader;
  const error = (row: number, message: string) =>
    problems.push({ sheet, cell: cellRef(row, 2), row, severity: 'error', message });
  const warn = (row: number, message: string) =>
    problems.push({ sheet, cell: cellRef(row, 2), row, severity: 'warning', message });

  const rows: BranchRow[] = [];
  const end = gridEnd(grid);
  for (let row = headerRow + 1; row <= end.row; row++) {
    const entry = {
      row,
      // As the roster reads branch names (full-width forms folded, no spaces), so the two agree.
      name: compactText(rawText(gridValue(grid, row, 2))),
      secretary: rawText(gridValue(grid, row, 3)),
      recorder: rawText(gridValue(grid, row, 4)),
      aliases: parseAliases(rawText(gridValue(grid, row, ALIASES_COLUMN))),
      recorded: recordsNames ? compactText(rawText(gridValue(grid, row, RECORDED_NAME_COLUMN))) : '',
    };
    if (entry.name !== '') rows.push(entry);
    else if (entry.secretary !== '' || entry.recorder !== '')
      error(row, SHEET_PROBLEMS.branchBlank(cellRef(row, 2)));
  }

  const kept: BranchRow[] = [];
  const firstOf = new Map<string, BranchRow>();
  for (const entry of rows) {
    const first = firstOf.get(entry.name);
    if (first === undefined) {
      firstOf.set(entry.name, entry);
      branchCells.set(entry.name, cellRef(entry.row, 2));
      kept.push(entry);
      continue;
    }
    // A repeated row is dropped when 设置 is written again: only if it holds nothing new.
    const adds = (mine: string, theirs: string) => mine !== '' && mine !== theirs;
    const newAliases = entry.aliases.some((alias) => !first.aliases.includes(alias));
    if (adds(entry.secretary, first.secretary) || adds(entry.recorder, first.recorder) || newAliases)
      error(entry.row, SHEET_PROBLEMS.duplicateBranchConflict(cellRef(entry.row, 2), entry.name, first.row));
    else warn(entry.row, SHEET_PROBLEMS.duplicateBranch(entry.name, first.row));
  }

  const names = new Set(kept.map((entry) => entry.name));
  const recordedRow = new Map(
    kept.filter((entry) => entry.recorded !== '').map((entry) => [entry.recorded, entry]),
  );
  const renamedFrom = new Map<string, BranchRow>();
  const branches = kept.map((entry): BranchSettings => {
    const branch: BranchSettings = { name: entry.name, secretary: entry.secretary, recorder: entry.recorder };
    const aliases = checkedAliases(entry, kept, names, warn);
    if (aliases.length > 0) branch.aliases = aliases;
    const from = entry.recorded;
    // A recorded name still in the list is that branch's: this row is a new branch (a copied row).
    if (from === '' || from === entry.name || names.has(from)) return branch;
    const cell = cellRef(entry.row, 2);
    const other = recordedRow.get(entry.name);
    if (other !== undefined && other !== entry) {
      error(entry.row, SHEET_PROBLEMS.branchRenamedToOther(cell, from, entry.name, other.row));
      return branch;
    }
    const earlier = renamedFrom.get(from);
    if (earlier !== undefined) {
      error(entry.row, SHEET_PROBLEMS.branchRenamedTwice(cell, from, cellRef(earlier.row, 2)));
      return branch;
    }
    renamedFrom.set(from, entry);
    warn(entry.row, SHEET_PROBLEMS.branchRenamed(cell, from, entry.name));
    return { ...branch, renamedFrom: from };
  });
  if (branches.length === 0) problems.push({ sheet, severity: 'error', message: SHEET_PROBLEMS.noBranches });
  return branches;
}

/** 花名册中的名称 as written: 、 or commas between names. */
export function aliasesText(aliases: readonly string[] | undefined): string | null {
  return aliases === undefined || aliases.length === 0 ? null : aliases.join('、');
}

export function parseAliases(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[、,，;；\n]/)
        .map((name) => compactText(name))
        .filter((name) => name !== ''),
    ),
  ];
}

/**
 * A row's aliases that can be used: not a branch's own name, not claimed by an earlier row (either
 * would make the roster's name mean two branches); each one dropped is a warning naming the cell.
 */
function checkedAliases(
  entry: BranchRow,
  rows: readonly BranchRow[],
  names: ReadonlySet<string>,
  warn: (row: number, message: string) => void,
): string[] {
  const usable: string[] = [];
  for (const alias of entry.aliases) {
    if (alias === entry.name) continue;
    const earlier = rows.find(
      (other) => other !== entry && other.row < entry.row && other.aliases.includes(alias),
    );
    if (names.has(alias) || earlier !== undefined) {
      warn(entry.row, SHEET_PROBLEMS.aliasTaken(cellRef(entry.row, ALIASES_COLUMN), alias));
      continue;
    }
    usable.push(alias);
  }
  return usable;
}
