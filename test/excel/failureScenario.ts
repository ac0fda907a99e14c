/**
 * A small workbook on the strict fake, as a secretary leaves it between two actions: generated for
 * two branches, then attendance marked, topics and notes typed in 活动安排, columns of her own added
 * to 出勤, 党员名册 and 活动安排 (text, numbers and dates), a branch renamed in 设置. And the means to
 * run an action on it, stop it after any of its operations, and check what is left.
 */
import type { GenerateInput } from '../../src/app/generate';
import { previewSheetImport } from '../../src/app/importPreview';
import { readWorkbookInfo } from '../../src/app/workbookInfo';
import type { WorkbookPort } from '../../src/app/port';
import { dateOf } from '../../src/domain/date';
import type { Member } from '../../src/domain/member';
import { runExcelAction } from '../../src/excel/port';
import { cellRef } from '../../src/workbook/address';
import { readWorkbookState } from '../../src/workbook/state';
import { ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { ROSTER_HEADER_ROW } from '../../src/workbook/sheets/roster';
import {
  SCHEDULE_COLUMNS,
  SCHEDULE_HEADER_ROW,
  SCHEDULE_FIRST_ROW,
} from '../../src/workbook/sheets/schedule';
import { FIRST_BRANCH_ROW } from '../../src/workbook/sheets/settings';
import type { FakeExcel } from '../fakes/excel';
import { cellKey, columnOfKey, rowOfKey } from '../fakes/excel/address';
import { enteredData, type Entered } from './enteredData';

export const YEAR = 2027;
export const FIRST = '机关第一党支部';
export const SECOND = '机关第二党支部';
/** What the secretary types over the second branch's name in 设置. */
export const RENAMED = '机关第二党支部（新）';
/** As the app reads the name typed with full-width brackets. */
export const RENAMED_READ = '机关第二党支部(新)';

export function member(id: string, name: string, branch: string): Member {
  return { id, name, branch, category: '正式党员' };
}

export const ROSTER: Member[] = [
  member('A001', '李建国', FIRST),
  member('A002', '王芳', FIRST),
  member('A004', '赵敏', FIRST),
  member('B001', '周海涛', SECOND),
  member('B002', '吴静', SECOND),
];

/** The roster imported again with a member inserted in the middle of the first branch (rows below it move). */
export const ROSTER_WITH_NEW_MEMBER: Member[] = [
  ROSTER[0],
  ROSTER[1],
  member('A003', '孙磊', FIRST),
  ...ROSTER.slice(2),
];

/** A unit's day off on 2027-03-12, the planned day of March's first activity: it moves to the 15th. */
export const DAY_OFF = { date: dateOf(YEAR, 3, 12), action: 'off' as const, name: '单位活动' };

/** Runs one action on the fake as the pane does: one Excel.run, Excel's errors in Chinese. */
export function act<T>(fake: FakeExcel, action: (port: WorkbookPort) => Promise<T>): Promise<T> {
  return runExcelAction(action, {
    run: (batch) => fake.run(batch),
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
  });
}

/** What was entered, as the app reads it back through the Office.js port. */
export async function enteredIn(fake: FakeExcel): Promise<Entered> {
  const grids = await act(fake, (port) => port.readOwnedGrids());
  return enteredData(readWorkbookState(grids, YEAR));
}

/** The name of the owned sheet of a kind, found by its hidden mark. */
export function sheetOfKind(fake: FakeExcel, kind: string): string {
  const mark = fake.state.names.find((name) => name.name === `_PartyDay_${kind}`);
  const match = mark === undefined ? null : /^='?(.*?)'?!/.exec(mark.formula);
  if (match === null) throw new Error(`No sheet of kind ${kind}`);
  return match[1].replace(/''/g, "'");
}

/** 1-based row of the first cell in `column` (1-based) holding `value`, from `from` on. */
function rowOf(fake: FakeExcel, sheet: string, column: number, value: unknown, from = 1): number {
  const grid = fake.values(sheet);
  for (let r = from - 1; r < grid.length; r++) if (grid[r][column - 1] === value) return r + 1;
  throw new Error(`No ${String(value)} in column ${column} of ${sheet}`);
}

function columnOf(fake: FakeExcel, sheet: string, row: number, value: unknown): number {
  const cells = fake.values(sheet)[row - 1] ?? [];
  const index = cells.indexOf(value as never);
  if (index < 0) throw new Error(`No ${String(value)} in row ${row} of ${sheet}`);
  return index + 1;
}

/** The first column right of everything on the sheet. */
function freeColumn(fake: FakeExcel, sheet: string): number {
  return Math.max(0, ...fake.values(sheet).map((row) => row.length)) + 1;
}

function type(fake: FakeExcel, sheet: string, row: number, column: number, value: unknown): void {
  fake.setValues(sheet, cellRef(row, column), [[value]]);
}

function scheduleRow(fake: FakeExcel, sheet: string, branch: string, id: string): number {
  for (let row = SCHEDULE_FIRST_ROW; ; row++) {
    const cells = fake.values(sheet)[row - 1];
    if (cells === undefined) throw new Error(`No activity ${branch} ${id}`);
    if (cells[SCHEDULE_COLUMNS.id - 1] === id && cells[SCHEDULE_COLUMNS.branch - 1] === branch) return row;
  }
}

/** The setup every scenario starts from: two branches, five members, the year generated. */
export const SETUP: GenerateInput = { year: YEAR, unit: '测试局机关党总支', members: ROSTER };

/**
 * Types what a secretary enters after generating. Dates are typed as text, which the fake (like
 * Excel) turns into date serials with a date format.
 */
export function enterData(fake: FakeExcel, options: { rename: boolean } = { rename: true }): void {
  const first = sheetOfKind(fake, 'attendance.1');
  const second = sheetOfKind(fake, 'attendance.2');
  const mark = (sheet: string, memberId: string, activityId: string, code: string) =>
    type(
      fake,
      sheet,
      rowOf(fake, sheet, ID_COLUMN, memberId, ID_ROW + 1),
      columnOf(fake, sheet, ID_ROW, activityId),
      code,
    );
  mark(first, 'A001', '2027-01-1', '√');
  mark(first, 'A002', '2027-01-1', '事：出差');
  mark(first, 'A004', '2027-03-1', '×');
  mark(first, 'A002', '2027-03-1', '迟');
  mark(first, 'A004', '2027-12-2', '病');
  mark(second, 'B001', '2027-02-2', '病');
  mark(second, 'B002', '2027-03-1', '√');

  // Her own column beside the totals of the first branch's sheet: text, a number, a date. The date
  // sits on the row below which a new member will be inserted, so it moves onto a number's row.
  const own = freeColumn(fake, first);
  type(fake, first, ID_ROW + 1, own, '备注（自填）');
  type(fake, first, rowOf(fake, first, ID_COLUMN, 'A001', ID_ROW + 1), own, '出差中');
  type(fake, first, rowOf(fake, first, ID_COLUMN, 'A002', ID_ROW + 1), own, 42);
  type(fake, first, rowOf(fake, first, ID_COLUMN, 'A004', ID_ROW + 1), own, '2020-07-01');

  const schedule = sheetOfKind(fake, 'schedule');
  const march = scheduleRow(fake, schedule, FIRST, '2027-03-1');
  type(fake, schedule, march, SCHEDULE_COLUMNS.topic, '=学习党章第九条');
  type(fake, schedule, march, SCHEDULE_COLUMNS.place, '三楼会议室');
  type(fake, schedule, march, SCHEDULE_COLUMNS.expense, 120.5);
  type(fake, schedule, march, SCHEDULE_COLUMNS.note, '+ 邀请退休党员');
  const may = scheduleRow(fake, schedule, SECOND, '2027-05-1');
  type(fake, schedule, may, SCHEDULE_COLUMNS.topic, '-为民服务');
  const extra = freeColumn(fake, schedule);
  type(fake, schedule, SCHEDULE_HEADER_ROW, extra, '备注2');
  type(fake, schedule, march, extra, '需要投影仪');
  type(fake, schedule, may, extra, '2027-05-20');

  const roster = sheetOfKind(fake, 'roster');
  const group = freeColumn(fake, roster);
  type(fake, roster, ROSTER_HEADER_ROW, group, '党小组');
  type(fake, roster, rowOf(fake, roster, 1, 'A002', ROSTER_HEADER_ROW + 1), group, '第一小组');
  type(fake, roster, rowOf(fake, roster, 1, 'A004', ROSTER_HEADER_ROW + 1), group, '2021-03-15');
  type(fake, roster, rowOf(fake, roster, 1, 'B002', ROSTER_HEADER_ROW + 1), group, 7);

  if (options.rename) type(fake, sheetOfKind(fake, 'settings'), FIRST_BRANCH_ROW + 1, 2, RENAMED);
}

/**
 * Right-click → 插入 on a sheet row, as far as the parsers see it: every cell from `row` down moves
 * one row down (values and number formats), and a table reaching over the row grows by one.
 * (The fake does not model row insertion; formats, validation and the like stay where they are.)
 */
export function insertRow(fake: FakeExcel, sheetName: string, row: number): void {
  const sheet = fake.sheet(sheetName);
  const moved = [...sheet.cells].filter(([key]) => rowOfKey(key) >= row - 1);
  for (const [key] of moved) sheet.cells.delete(key);
  for (const [key, cell] of moved) sheet.cells.set(cellKey(rowOfKey(key) + 1, columnOfKey(key)), cell);
  for (const table of sheet.tables)
    if (table.rect.row < row - 1 && table.rect.row + table.rect.rowCount > row - 1) table.rect.rowCount++;
}

/** The secretary inserts a member's row in the middle of 党员名册 (above A004) and types him in. */
export function insertMemberInRoster(fake: FakeExcel): void {
  const roster = sheetOfKind(fake, 'roster');
  const at = rowOf(fake, roster, 1, 'A004', ROSTER_HEADER_ROW + 1);
  insertRow(fake, roster, at);
  fake.setValues(roster, cellRef(at, 1), [['A003', '孙磊', '男', FIRST, '正式党员', '2019-07-01']]);
}

/** A day off typed in the first free row of 节假日: the planned day of March's first activity. */
export function typeDayOff(fake: FakeExcel): void {
  const holidays = sheetOfKind(fake, 'holidays');
  const row = fake.values(holidays).length + 1;
  fake.setValues(holidays, cellRef(row, 1), [[DAY_OFF.date, '', '放假', DAY_OFF.name, '手工']]);
}

/**
 * The unit's own 花名册 (a sheet of the user's), listing everyone again with a new member in the
 * middle of the first branch; the second branch still under the name it had before the rename.
 */
export function addUserRoster(fake: FakeExcel, members: readonly Member[] = ROSTER_WITH_NEW_MEMBER): void {
  fake.addSheet('花名册');
  fake.setValues('花名册', 'A1', [
    ['编号', '姓名', '所属支部', '类别'],
    ...members.map((m) => [m.id, m.name, m.branch, m.category]),
  ]);
}

/** What the pane gives 导入党员: the settings it read, and the members of the 花名册 preview. */
export async function importInput(fake: FakeExcel, settings = true): Promise<GenerateInput> {
  const info = await act(fake, (port) => readWorkbookInfo(port, YEAR));
  const preview = await act(fake, (port) => previewSheetImport(port, '花名册'));
  if (preview === null) throw new Error('No 花名册');
  return {
    ...(settings && info.settings !== null ? { settings: info.settings } : {}),
    members: preview.members,
    importProblems: preview.problems,
  };
}
