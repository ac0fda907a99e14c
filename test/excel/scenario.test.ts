/**
 * Same scenario, same sheets (issue 5 §7): set up, import the fixture roster, generate, enter
 * attendance, regenerate after a holiday change, write the monthly and annual summaries — once
 * through the file port (ExcelJS) and once through the Office.js port on the strict fake. Every
 * owned sheet must hold the same cells (formula text where a cell has a formula, else its value),
 * and no action may take more than 3 syncs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, type CheckItem } from '../../src/app/check';
import { generateWorkbook, type GenerateInput } from '../../src/app/generate';
import type { WorkbookPort } from '../../src/app/port';
import { writeSummarySheets, type SummaryRequest } from '../../src/app/summaries';
import { dateOf } from '../../src/domain/date';
import { runExcelAction } from '../../src/excel/port';
import { createFilePort } from '../../src/file/port';
import { newWorkbookFile, type WorkbookFile } from '../../src/file/workbookFile';
import { typeIntoFile } from '../helpers/typeCells';
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { importRosterTable, tableFromCsv } from '../../src/workbook/rosterImport';
import { readWorkbookState, type WorkbookState } from '../../src/workbook/state';
import { attendanceSheetKind } from '../../src/workbook/sheets/attendance';
import { ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';

jest.setTimeout(120_000);

const roster = importRosterTable(
  tableFromCsv(readFileSync(join(__dirname, '../fixtures/roster-basic.csv'), 'utf8'), 'roster-basic.csv'),
);
const SETUP: GenerateInput = {
  year: 2027,
  unit: '张店分局机关党总支',
  members: roster.value.members,
  importProblems: roster.problems,
};
/** A day off the unit announces on 2027-03-12, the planned day of March's first activity. */
const HOLIDAY_CHANGE: GenerateInput = {
  manualHolidays: [{ date: dateOf(2027, 3, 12), action: 'off', name: '单位活动' }],
};
const SUMMARY = { asOf: dateOf(2027, 12, 31), generatedAt: '2027-12-31 16:00' };
const MONTH: SummaryRequest = { period: { kind: 'month', year: 2027, month: 3 }, ...SUMMARY };
const YEAR: SummaryRequest = { period: { kind: 'year', year: 2027 }, ...SUMMARY };

/**
 * Codes the secretary types, by member id and activity id: January's first activity has 5 of 15
 * members on leave or absent, so it is under 80% whatever the members not yet entered say.
 */
const ATTENDANCE: ReadonlyArray<[string, string, string]> = [
  ['D0001', '2027-01-1', '√'],
  ['D0002', '2027-01-1', '事：出差'],
  ['D0003', '2027-01-1', '×'],
  ['D0004', '2027-01-1', '×'],
  ['D0006', '2027-01-1', '病'],
  ['D0007', '2027-01-1', '事'],
  ['D0001', '2027-03-1', '迟'],
  ['D0002', '2027-03-1', '√'],
];

/** The address of a member's cell at an activity, found by ids as a person would find it. */
function attendanceAddress(grid: RawGrid, memberId: string, activityId: string): string {
  const end = gridEnd(grid);
  let row = 0;
  let column = 0;
  for (let r = grid.origin.row; r <= end.row && row === 0; r++)
    if (gridCell(grid, r, ID_COLUMN).value === memberId) row = r;
  for (let c = grid.origin.column; c <= end.column && column === 0; c++)
    if (gridCell(grid, ID_ROW, c).value === activityId) column = c;
  if (row === 0 || column === 0)
    throw new Error(`No cell for ${memberId} at ${activityId} in ${grid.sheetName}`);
  return cellRef(row, column);
}

interface Driver {
  act<T>(action: (port: WorkbookPort) => Promise<T>): Promise<T>;
  type(sheetName: string, address: string, text: string): void | Promise<void>;
  /** A sheet's non-empty cells as the workbook holds them (formula text where there is one). */
  cells(grid: RawGrid): Map<string, unknown>;
}

function fileDriver(file: WorkbookFile): Driver {
  return {
    act: (action) => action(createFilePort(file)),
    type: (sheetName, address, text) => typeIntoFile(file, sheetName, [{ address, text }]),
    // The file port reads every cell as it is.
    cells: cellsOf,
  };
}

function excelDriver(fake: FakeExcel, syncs: number[]): Driver {
  return {
    act: async (action) => {
      const before = fake.syncCount;
      const result = await runExcelAction(action, {
        run: (batch) => fake.run(batch),
        isSetSupported: (name, version) => fake.isSetSupported(name, version),
      });
      syncs.push(fake.syncCount - before);
      return result;
    },
    type: (sheetName, address, text) => fake.setValues(sheetName, address, [[text]]),
    // From the fake's cells, not the port's read: that leaves the text of the add-in's own formulas
    // out (ADD_IN_FORMULA), and the sheets must be the same to the last formula.
    cells: (grid) => {
      const cells = new Map<string, unknown>();
      fake.formulas(grid.sheetName).forEach((row, r) =>
        row.forEach((shown, c) => {
          if (shown !== null && shown !== '') cells.set(cellRef(r + 1, c + 1), shown);
        }),
      );
      return cells;
    },
  };
}

type OwnedCells = Map<string, { name: string; cells: Map<string, unknown> }>;

/** Runs the scenario; returns every owned sheet as { kind → sheet name, cells by address } and the check. */
async function scenario(
  driver: Driver,
): Promise<{ sheets: OwnedCells; check: CheckItem[]; state: WorkbookState }> {
  await driver.act((port) => generateWorkbook(port, SETUP));
  const grids = await driver.act((port) => port.readOwnedGrids());
  const attendance = grids.get(attendanceSheetKind(1));
  if (!attendance) throw new Error('No attendance sheet for the first branch');
  for (const [memberId, activityId, code] of ATTENDANCE)
    await driver.type(attendance.sheetName, attendanceAddress(attendance, memberId, activityId), code);
  await driver.act((port) => generateWorkbook(port, HOLIDAY_CHANGE));
  await driver.act((port) => writeSummarySheets(port, MONTH));
  await driver.act((port) => writeSummarySheets(port, YEAR));
  const check = await driver.act((port) => checkWorkbook(port, SUMMARY.asOf));
  const final = await driver.act((port) => port.readOwnedGrids());
  const sheets: OwnedCells = new Map(
    [...final].map(([kind, grid]) => [kind, { name: grid.sheetName, cells: driver.cells(grid) }]),
  );
  return { sheets, check: check.items, state: readWorkbookState(final, 2027) };
}

/** Non-empty cells: the formula where there is one (a file carries no computed results), else the value. */
function cellsOf(grid: RawGrid): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const shown = grid.formulas[r][c] ?? value;
      if (shown !== null && shown !== '')
        cells.set(cellRef(grid.origin.row + r, grid.origin.column + c), shown);
    }),
  );
  return cells;
}

describe('the same scenario through both ports', () => {
  it('gives the same cells in every owned sheet, within 3 syncs per action', async () => {
    const syncs: number[] = [];
    const file = await scenario(fileDriver(newWorkbookFile()));
    const excel = await scenario(excelDriver(createFakeExcel(), syncs));
    const throughFile = file.sheets;
    const throughExcel = excel.sheets;

    expect([...throughExcel.keys()].sort()).toEqual([...throughFile.keys()].sort());
    expect([...throughFile.keys()]).toEqual(
      expect.arrayContaining([
        'settings',
        'roster',
        'holidays',
        'schedule',
        'attendance.1',
        'summary.month',
        'summary.year',
      ]),
    );
    for (const [kind, sheet] of throughFile) {
      const other = throughExcel.get(kind);
      expect({ kind, name: other?.name }).toEqual({ kind, name: sheet.name });
      expect({ kind, cells: Object.fromEntries(other?.cells ?? []) }).toEqual({
        kind,
        cells: Object.fromEntries(sheet.cells),
      });
    }
    // The attendance typed in came through the regeneration, by ids.
    const first = throughExcel.get(attendanceSheetKind(1));
    expect([...(first?.cells.values() ?? [])]).toEqual(expect.arrayContaining(['事：出差', '×', '迟']));
    // What the parsers make of the final grids is the same through both ports, though the Office.js
    // port read the add-in's own formulas as ADD_IN_FORMULA.
    expect(excel.state).toEqual(file.state);
    // 检查 finds the same things, at the same cells, through both ports.
    expect(excel.check).toEqual(file.check);
    expect(file.check.map((item) => item.code)).toEqual(expect.arrayContaining(['below-threshold']));
    expect(syncs).toHaveLength(7);
    expect(Math.max(...syncs)).toBeLessThanOrEqual(3);
  });
});
