/**
 * 出勤登记's status on the file port, from the fixture's 2026 workbook with codes typed into the
 * grids: which activities are recorded, partly recorded, pending or upcoming, which fell under the
 * threshold (engine figures), and the cell the current activity's column begins at — found by its
 * activity id even after the user inserted a column.
 */
import type * as ExcelJS from 'exceljs';
import { attendanceStatus, type BranchAttendanceStatus } from '../../src/app/attendanceStatus';
import type { WorkbookPort } from '../../src/app/port';
import { SummaryError } from '../../src/app/summaries';
import { parseIsoDate, type CalendarDate } from '../../src/domain/date';
import { createFilePort } from '../../src/file/port';
import { newWorkbookFile } from '../../src/file/workbookFile';
import type { RawGrid } from '../../src/workbook/grid';
import {
  attendanceCell,
  generatedFixtureWorkbook,
  ownedSheet,
  saveAndReopen,
  type SavedWorkbook,
} from '../helpers/generatedWorkbook';

jest.setTimeout(60_000);

const ONE = '机关第一党支部';
const TWO = '机关第二党支部';

function date(text: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (parsed === null) throw new Error(text);
  return parsed;
}

/** Member ids of a branch in roster order. */
function memberIds(file: SavedWorkbook, branch: string): string[] {
  const roster = ownedSheet(file, 'roster');
  const ids: string[] = [];
  roster.getColumn(1).eachCell((cell, row) => {
    if (row > 2 && typeof cell.value === 'string' && roster.getCell(row, 4).value === branch)
      ids.push(cell.value);
  });
  return ids;
}

/** The grid with an empty column inserted before sheet column `column`. */
function insertColumn(grid: RawGrid, column: number): RawGrid {
  const at = column - grid.origin.column;
  const insert = <T>(rows: T[][], blank: T) =>
    rows.map((row) => [...row.slice(0, at), blank, ...row.slice(at)]);
  return {
    ...grid,
    values: insert(grid.values, null),
    formulas: insert(grid.formulas, null),
    numberFormats: insert(grid.numberFormats, 'General'),
  };
}

function branchOf(status: { branches: BranchAttendanceStatus[] }, name: string): BranchAttendanceStatus {
  const found = status.branches.find((branch) => branch.branch === name);
  if (found === undefined) throw new Error(`no branch ${name}`);
  return found;
}

describe('attendanceStatus', () => {
  let file: SavedWorkbook;
  let one: ExcelJS.Worksheet;
  let ids: string[];

  beforeAll(async () => {
    file = await generatedFixtureWorkbook();
    one = ownedSheet(file, 'attendance.1');
    ids = memberIds(file, ONE);
    expect(ids).toHaveLength(15);
    // 2026-01-09 (2026-01-1): everyone recorded, 10 present, 2 late, 3 absent → 12/15 = 80%.
    // 2026-01-23 (2026-01-2): 5 present, 1 on leave, the other 9 not yet recorded.
    ids.forEach((id, index) => {
      attendanceCell(one, id, '2026-01-1').value = index < 10 ? '√' : index < 12 ? '迟' : '×';
      if (index < 5) attendanceCell(one, id, '2026-01-2').value = '√';
      if (index === 5) attendanceCell(one, id, '2026-01-2').value = '事';
    });
    // 2026-02-13 (2026-02-1): 9 present, 6 absent → 60%, under 80%.
    ids.forEach((id, index) => {
      attendanceCell(one, id, '2026-02-1').value = index < 9 ? '√' : '×';
    });
    file = await saveAndReopen(file);
  });

  it('sorts each branch’s activities into recorded, partly recorded, pending and upcoming', async () => {
    const status = await attendanceStatus(createFilePort(file), date('2026-02-20'));
    expect(status.year).toBe(2026);
    expect(status.threshold).toBe(0.8);
    expect(status.branches.map((branch) => branch.branch)).toEqual([ONE, TWO, '离退休党支部']);

    const first = branchOf(status, ONE);
    expect(first.sheet).toBe('出勤-机关第一党支部');
    expect(first.activities).toHaveLength(24);
    expect(first.counts).toEqual({ recorded: 2, partial: 1, pending: 0, upcoming: 21 });
    const held = first.activities.filter((activity) => activity.state !== 'upcoming');
    expect(held.map((a) => [a.activityId, a.date, a.state, a.due, a.attended, a.unrecorded, a.met])).toEqual([
      ['2026-01-1', '2026-01-09', 'recorded', 15, 12, 0, true],
      // 5 of 15 came and 9 are not entered yet: it could still reach 80%, so it is not judged.
      ['2026-01-2', '2026-01-23', 'partial', 15, 5, 9, null],
      ['2026-02-1', '2026-02-13', 'recorded', 15, 9, 0, false],
    ]);
    expect(held[0].rate).toBeCloseTo(0.8, 10);
    expect(first.belowThreshold.map((a) => [a.activityId, a.rate])).toEqual([['2026-02-1', 9 / 15]]);

    // Nothing is recorded for the second branch: its three held activities are pending.
    const second = branchOf(status, TWO);
    expect(second.counts).toEqual({ recorded: 0, partial: 0, pending: 3, upcoming: 21 });
    expect(second.belowThreshold).toEqual([]);
    expect(
      second.activities.filter((a) => a.state === 'pending').map((a) => [a.activityId, a.unrecorded]),
    ).toEqual([
      ['2026-01-1', 15],
      ['2026-01-2', 15],
      ['2026-02-1', 15],
    ]);
  });

  it('opens the grid at the latest activity held, in the first member row of its column', async () => {
    const status = await attendanceStatus(createFilePort(file), date('2026-02-20'));
    const current = branchOf(status, ONE).current;
    expect(current).toEqual({
      activityId: '2026-02-1',
      date: '2026-02-13',
      theme: expect.any(String),
      held: true,
      sheet: '出勤-机关第一党支部',
      cell: 'L7',
    });
    // The same cell as the first member's mark for that activity.
    expect(attendanceCell(one, ids[0], '2026-02-1').address).toBe('L7');
    expect(branchOf(status, TWO).current?.sheet).toBe('出勤-机关第二党支部');
    expect(branchOf(status, TWO).current?.cell).toBe('L7');
  });

  it('points at the next activity before the first one is held', async () => {
    const status = await attendanceStatus(createFilePort(file), date('2026-01-05'));
    const first = branchOf(status, ONE);
    expect(first.counts).toEqual({ recorded: 0, partial: 0, pending: 0, upcoming: 24 });
    expect(first.current).toMatchObject({
      activityId: '2026-01-1',
      date: '2026-01-09',
      held: false,
      cell: 'J7',
    });
  });

  it('finds the activity’s column by its id after the user inserted a column', async () => {
    // A column of the user's own before the first activity (J): every activity moves one to the
    // right. ExcelJS cannot insert columns under shared formulas, so the grid is shifted as Excel
    // would read it back.
    const port = createFilePort(file);
    const shifted: WorkbookPort = {
      ...port,
      readOwnedGrids: async () => {
        const grids = await port.readOwnedGrids();
        const grid = grids.get('attendance.1');
        if (grid === undefined) throw new Error('no attendance.1');
        grids.set('attendance.1', insertColumn(grid, 10));
        return grids;
      },
    };
    const status = await attendanceStatus(shifted, date('2026-02-20'));
    expect(branchOf(status, ONE).current).toMatchObject({ activityId: '2026-02-1', cell: 'M7' });
    expect(branchOf(status, TWO).current).toMatchObject({ activityId: '2026-02-1', cell: 'L7' });
    // The figures are the same: the marks are read by ids too.
    expect(branchOf(status, ONE).counts).toEqual({ recorded: 2, partial: 1, pending: 0, upcoming: 21 });
  });

  it('says what to do for a workbook that was never set up', async () => {
    await expect(
      attendanceStatus(createFilePort(newWorkbookFile()), date('2026-02-20')),
    ).rejects.toBeInstanceOf(SummaryError);
  });
});
