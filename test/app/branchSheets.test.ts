/**
 * Each 出勤登记 sheet records its own branch: reordering the branches in 设置, adding one before
 * the others or renaming one never moves a branch's marks onto another branch's sheet; a renamed
 * branch keeps its sheet, members and activities under the new name.
 */
import type * as ExcelJS from 'exceljs';
import { GenerateError, generateWorkbook } from '../../src/app/generate';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids, sheetNames } from '../../src/file/readGrid';
import { workbookFileBytes } from '../../src/file/workbookFile';
import { FIRST_BRANCH_ROW } from '../../src/workbook/sheets/settings';
import { attendanceSheetNumbers, readWorkbookState } from '../../src/workbook/state';
import { findOwnedWorksheets } from '../helpers/excelJsGrid';
import {
  attendanceCell,
  generatedWorkbook,
  saveAndReopen,
  type SavedWorkbook,
} from '../helpers/generatedWorkbook';

const FIRST = '第一党支部';
const SECOND = '第二党支部';
const THIRD = '第三党支部';

function member(id: string, name: string, branch: string): Member {
  return { id, name, branch, category: '正式党员' };
}

const ROSTER: Member[] = [
  member('A001', '李建国', FIRST),
  member('A002', '王芳', FIRST),
  member('B001', '周海涛', SECOND),
  member('B002', '陈静', SECOND),
  member('C001', '赵磊', THIRD),
];

function sheetNamed(file: SavedWorkbook, name: string): ExcelJS.Worksheet {
  const sheet = file.workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Writes the branch list of 设置 as the secretary would retype it (names in column B). */
function setBranches(file: SavedWorkbook, names: readonly string[]): void {
  const settings = findOwnedWorksheets(file.workbook).get('settings');
  if (!settings) throw new Error('no 设置');
  for (let i = 0; i < 10; i++) {
    const row = settings.getRow(FIRST_BRANCH_ROW + i);
    row.getCell(1).value = i < names.length ? i + 1 : null;
    row.getCell(2).value = names[i] ?? null;
    row.getCell(3).value = null;
    row.getCell(4).value = null;
  }
}

async function marksOf(file: SavedWorkbook): Promise<Map<string, string>> {
  const state = readWorkbookState(await readOwnedGrids(file), 2027);
  return new Map(
    state.attendance.map((entry) => [
      `${entry.branch}|${entry.memberId}|${entry.activityId}`,
      String(entry.raw),
    ]),
  );
}

jest.setTimeout(60_000);

describe('attendance sheets stay with their branch', () => {
  it('keeps marks on the same member and activity when 设置 lists the branches in another order', async () => {
    let saved = await generatedWorkbook({ year: 2027, members: ROSTER });
    expect(findOwnedWorksheets(saved.workbook).get('attendance.1')?.name).toBe(`出勤-${FIRST}`);
    attendanceCell(sheetNamed(saved, `出勤-${FIRST}`), 'A001', '2027-03-1').value = '√';
    attendanceCell(sheetNamed(saved, `出勤-${FIRST}`), 'A002', '2027-03-1').value = '事：出差';
    attendanceCell(sheetNamed(saved, `出勤-${SECOND}`), 'B001', '2027-03-1').value = '×';
    attendanceCell(sheetNamed(saved, `出勤-${THIRD}`), 'C001', '2027-05-2').value = '病';

    // Reorder, and put a new branch first.
    setBranches(saved, ['新设党支部', THIRD, SECOND, FIRST]);
    saved = await saveAndReopen(saved);
    const result = await generateWorkbook(createFilePort(saved), { year: 2027 });
    const final = await saveAndReopen(saved);

    const kinds = new Map(result.report.sheets.map((sheet) => [sheet.name, sheet.kind]));
    expect(kinds.get(`出勤-${FIRST}`)).toBe('attendance.1');
    expect(kinds.get(`出勤-${SECOND}`)).toBe('attendance.2');
    expect(kinds.get(`出勤-${THIRD}`)).toBe('attendance.3');
    expect(kinds.get('出勤-新设党支部')).toBe('attendance.4');

    expect(await marksOf(final)).toEqual(
      new Map([
        [`${FIRST}|A001|2027-03-1`, '√'],
        [`${FIRST}|A002|2027-03-1`, '事'],
        [`${SECOND}|B001|2027-03-1`, '×'],
        [`${THIRD}|C001|2027-05-2`, '病'],
      ]),
    );
    // In the cells themselves, on each branch's own sheet.
    expect(attendanceCell(sheetNamed(final, `出勤-${FIRST}`), 'A002', '2027-03-1').value).toBe('事：出差');
    expect(attendanceCell(sheetNamed(final, `出勤-${SECOND}`), 'B001', '2027-03-1').value).toBe('×');
    expect(attendanceCell(sheetNamed(final, `出勤-${THIRD}`), 'C001', '2027-05-2').value).toBe('病');
    expect(sheetNamed(final, `出勤-${FIRST}`).getCell('B3').value).toBe(`党支部：${FIRST}`);
  });

  it('carries a branch renamed in 设置 to its members, activities and attendance sheet', async () => {
    let saved = await generatedWorkbook({ year: 2027, members: ROSTER.slice(0, 4) });
    attendanceCell(sheetNamed(saved, `出勤-${SECOND}`), 'B002', '2027-02-2').value = '迟';
    // Typed with full-width brackets: read as the roster reads names, 第二党支部(改).
    setBranches(saved, [FIRST, '第二党支部（改）']);
    const RENAMED = '第二党支部(改)';
    saved = await saveAndReopen(saved);
    const result = await generateWorkbook(createFilePort(saved), { year: 2027 });
    const final = await saveAndReopen(saved);

    expect(result.problems.filter((p) => p.sheet === '设置')).toEqual([
      {
        sheet: '设置',
        cell: `B${FIRST_BRANCH_ROW + 1}`,
        row: FIRST_BRANCH_ROW + 1,
        severity: 'warning',
        message: expect.stringContaining(`由“第二党支部”改名为“${RENAMED}”`),
      },
    ]);
    // The sheet of 第二党支部 is the renamed branch's now (its tab keeps its name); no new sheet.
    expect(result.report.sheets.filter((sheet) => sheet.created)).toEqual([]);
    expect(result.report.sheets.find((sheet) => sheet.kind === 'attendance.2')?.name).toBe(`出勤-${SECOND}`);
    expect(sheetNamed(final, `出勤-${SECOND}`).getCell('B3').value).toBe(`党支部：${RENAMED}`);
    expect(attendanceCell(sheetNamed(final, `出勤-${SECOND}`), 'B002', '2027-02-2').value).toBe('迟');
    expect(await marksOf(final)).toEqual(new Map([[`${RENAMED}|B002|2027-02-2`, '迟']]));
    const state = readWorkbookState(await readOwnedGrids(final), 2027);
    expect(state.settings?.branches.map((branch) => branch.name)).toEqual([FIRST, RENAMED]);
    expect(state.members.filter((m) => m.branch === RENAMED).map((m) => m.id)).toEqual(['B001', 'B002']);
    expect(state.scheduleRows.filter((row) => row.branch === SECOND)).toEqual([]);
    expect(state.scheduleRows.filter((row) => row.branch === RENAMED)).toHaveLength(24);
    // Generated again, the rename is done: no more notice.
    expect(state.problems).toEqual([]);
  });

  it('writes nothing when the branch table would lose what was typed, naming the cells', async () => {
    const saved = await generatedWorkbook({ year: 2027, members: ROSTER.slice(0, 4) });
    const settings = findOwnedWorksheets(saved.workbook).get('settings');
    if (!settings) throw new Error('no 设置');
    // A second 第一党支部 row with its own secretary, and a recorder on a row without a name.
    settings.getCell(`B${FIRST_BRANCH_ROW + 2}`).value = FIRST;
    settings.getCell(`C${FIRST_BRANCH_ROW + 2}`).value = '赵磊';
    settings.getCell(`D${FIRST_BRANCH_ROW + 3}`).value = '陈静';
    const edited = await saveAndReopen(saved);
    const sheetsBefore = await sheetNames(edited);
    const bytesBefore = await workbookFileBytes(edited);

    const failure = await generateWorkbook(createFilePort(edited), { year: 2027 }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(GenerateError);
    const problems = (failure as GenerateError).problems;
    expect(problems.map((p) => [p.sheet, p.cell, p.severity])).toEqual([
      ['设置', `B${FIRST_BRANCH_ROW + 3}`, 'error'],
      ['设置', `B${FIRST_BRANCH_ROW + 2}`, 'error'],
    ]);
    expect((failure as GenerateError).message).toContain('本次没有写入任何内容');
    expect(edited.ownedNames.size).toBe(0);
    expect(await sheetNames(edited)).toEqual(sheetsBefore);
    expect(await workbookFileBytes(edited)).toEqual(bytesBefore);
    const settingsAfter = findOwnedWorksheets(edited.workbook).get('settings');
    expect(settingsAfter?.getCell(`C${FIRST_BRANCH_ROW + 2}`).value).toBe('赵磊');
  });

  it('numbers sheets by their recorded branch, new branches taking the smallest free number', () => {
    const sheets = [
      { kind: 'attendance.1', n: 1, sheet: 'a', branch: 'A' },
      { kind: 'attendance.3', n: 3, sheet: 'c', branch: 'C' },
      { kind: 'attendance.4', n: 4, sheet: 'x', branch: null },
    ];
    expect([...attendanceSheetNumbers(['N1', 'C', 'N2', 'A', 'N3'], sheets)]).toEqual([
      ['C', 3],
      ['A', 1],
      ['N1', 2],
      ['N2', 5],
      ['N3', 6],
    ]);
  });
});
