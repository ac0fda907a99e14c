/**
 * 检查: every warning of the engine for the workbook's year, and every problem found reading the
 * owned sheets, each with the sheet and the cell or row it concerns so the pane can select it.
 * Read-only: nothing is written.
 */
import type { CalendarDate } from '../domain/date';
import type { DomainWarning, WarningCode } from '../domain/warning';
import { CHECK_TEXT } from '../strings/check';
import { SUMMARY_APP } from '../strings/summary';
import { cellRef } from '../workbook/address';
import { gridEnd, gridValue, type RawGrid } from '../workbook/grid';
import type { SheetProblem } from '../workbook/problems';
import {
  DATE_ROW,
  FIRST_ACTIVITY_COLUMN,
  FIRST_MEMBER_ROW,
  ID_COLUMN,
  ID_ROW,
  NAME_COLUMN,
} from '../workbook/sheets/attendance/layout';
import { MAKE_UP_KIND } from '../workbook/sheets/makeUp';
import { readWorkbookState, type WorkbookState } from '../workbook/state';
import { type MakeUpCheckCode, makeUpFindings } from './makeUpCheck';
import type { WorkbookPort } from './port';
import { computeSummaries, SummaryError } from './summaries';

export interface CheckLocation {
  /** The sheet's name in the workbook. */
  sheet: string;
  /** A1 address of the cell to select; absent when the whole sheet is concerned. */
  cell?: string;
  row?: number;
}

export interface CheckItem {
  /** 'problem': a sheet could not be read as written; the rest are the engine's warnings. */
  source: 'warning' | 'problem';
  code: WarningCode | 'sheet-problem' | MakeUpCheckCode;
  severity: 'error' | 'warning';
  message: string;
  branch?: string;
  location: CheckLocation | null;
}

export interface CheckResult {
  year: number;
  asOf: CalendarDate;
  items: CheckItem[];
  /** Items per code, for a heading such as “到会率不足 3 项”. */
  counts: Partial<Record<CheckItem['code'], number>>;
}

/** Finds rows and columns in the owned grids by id, never by position. */
class Locator {
  private readonly scheduleRowOf = new Map<string, number>();

  constructor(
    private readonly grids: ReadonlyMap<string, RawGrid>,
    private readonly state: WorkbookState,
  ) {
    for (const row of state.scheduleRows)
      if (!row.cancelled) this.scheduleRowOf.set(`${row.branch}\u0000${row.activityId}`, row.row);
  }

  private sheetName(kind: string): string | null {
    return this.grids.get(kind)?.sheetName ?? null;
  }

  private attendanceGrid(branch: string): RawGrid | null {
    const record = this.state.attendanceSheets.find((sheet) => sheet.branch === branch);
    return record ? (this.grids.get(record.kind) ?? null) : null;
  }

  private scheduleRow(branch: string, activityId: string): CheckLocation | null {
    const sheet = this.sheetName('schedule');
    const row = this.scheduleRowOf.get(`${branch}\u0000${activityId}`);
    if (sheet === null) return null;
    return row === undefined ? { sheet } : { sheet, row, cell: cellRef(row, 1) };
  }

  private memberRow(grid: RawGrid, memberId: string): number | null {
    const end = gridEnd(grid);
    for (let row = FIRST_MEMBER_ROW; row <= end.row; row++)
      if (String(gridValue(grid, row, ID_COLUMN) ?? '').trim() === memberId) return row;
    return null;
  }

  private activityColumn(grid: RawGrid, activityId: string): number | null {
    const end = gridEnd(grid);
    for (let column = FIRST_ACTIVITY_COLUMN; column <= end.column; column++)
      if (String(gridValue(grid, ID_ROW, column) ?? '').trim() === activityId) return column;
    return null;
  }

  warning(warning: DomainWarning): CheckLocation | null {
    const { branch, activityId, memberId, month } = warning;
    if (warning.code === 'empty-branch' && branch !== undefined) {
      const settings = this.sheetName('settings');
      const cell = this.state.branchCells.get(branch);
      return settings === null ? null : cell === undefined ? { sheet: settings } : { sheet: settings, cell };
    }
    if (warning.code === 'provisional-holidays') {
      const sheet = this.sheetName('holidays');
      return sheet === null ? null : { sheet };
    }
    if (branch !== undefined && memberId !== undefined) {
      const grid = this.attendanceGrid(branch);
      if (grid !== null) {
        const row = this.memberRow(grid, memberId);
        const column = activityId !== undefined ? this.activityColumn(grid, activityId) : null;
        if (row === null) return { sheet: grid.sheetName };
        return { sheet: grid.sheetName, row, cell: cellRef(row, column ?? NAME_COLUMN) };
      }
    }
    if (branch !== undefined && activityId !== undefined) {
      const grid = this.attendanceGrid(branch);
      // An unrecorded activity is fixed on the attendance grid; the rest on its 活动安排 row.
      if (warning.code === 'unrecorded' && grid !== null) {
        const column = this.activityColumn(grid, activityId);
        if (column !== null) return { sheet: grid.sheetName, cell: cellRef(DATE_ROW, column) };
      }
      return this.scheduleRow(branch, activityId);
    }
    if (branch !== undefined && month !== undefined) {
      const sheet = this.sheetName('schedule');
      if (sheet === null) return null;
      const first = this.state.scheduleRows.find(
        (row) => !row.cancelled && row.branch === branch && row.date?.startsWith(month) === true,
      );
      return first ? { sheet, row: first.row, cell: cellRef(first.row, 1) } : { sheet };
    }
    return null;
  }
}

function problemLocation(problem: SheetProblem): CheckLocation {
  if (problem.cell !== undefined) return { sheet: problem.sheet, cell: problem.cell, row: problem.row };
  if (problem.row !== undefined)
    return { sheet: problem.sheet, row: problem.row, cell: cellRef(problem.row, 1) };
  return { sheet: problem.sheet };
}

/**
 * Checks the workbook's year as recorded up to `asOf` (the caller's today): activities below the
 * threshold, months short of activities, unrecorded activities, runs of unexcused absence, unknown
 * codes, provisional holidays — and the sheets' own problems.
 */
export async function checkWorkbook(port: WorkbookPort, asOf: CalendarDate): Promise<CheckResult> {
  const grids = await port.readOwnedGrids();
  const state = readWorkbookState(grids, Number(asOf.slice(0, 4)));
  if (state.settings === null) throw new SummaryError(SUMMARY_APP.noSettings, state.problems);
  const year = state.settings.year;
  // The summaries read the same grids: hand them over instead of reading the workbook twice.
  const cached: WorkbookPort = { ...port, readOwnedGrids: () => Promise.resolve(grids) };
  const summary = await computeSummaries(cached, {
    period: { kind: 'year', year },
    asOf,
    generatedAt: '',
  });
  const locator = new Locator(grids, state);
  const known = new Set(state.settings.branches.map((branch) => branch.name));
  const orphanSheets = state.attendanceSheets.filter(
    (record) => record.branch !== null && !known.has(record.branch),
  );
  const items: CheckItem[] = [
    // An attendance sheet whose branch 设置 no longer lists: its records are counted nowhere.
    ...orphanSheets.map((record): CheckItem => ({
      source: 'warning',
      code: 'orphan-sheet',
      severity: 'warning',
      message: CHECK_TEXT.orphanSheet(record.sheet, record.branch ?? ''),
      branch: record.branch ?? undefined,
      location: { sheet: record.sheet },
    })),
    ...summary.problems.map((problem): CheckItem => ({
      source: 'problem',
      code: 'sheet-problem',
      severity: problem.severity,
      message: problem.message,
      location: problemLocation(problem),
    })),
    ...summary.warnings.map((warning): CheckItem => ({
      source: 'warning',
      code: warning.code,
      severity: 'warning',
      message: warning.message,
      branch: warning.branch,
      location: locator.warning(warning),
    })),
    ...makeUpFindings(
      summary.ledger,
      state.makeUp,
      grids.get(MAKE_UP_KIND)?.sheetName ?? null,
      asOf,
      state.settings.makeUpDays,
    ).map((finding): CheckItem => ({ source: 'warning', severity: 'warning', ...finding })),
  ];
  const counts: CheckResult['counts'] = {};
  for (const item of items) counts[item.code] = (counts[item.code] ?? 0) + 1;
  return { year, asOf, items, counts };
}
