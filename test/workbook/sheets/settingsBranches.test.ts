/**
 * The branch table of 设置, checked so that nothing typed there is lost and every problem names
 * its cell and says what to do: repeated names, a signatory without a name, a rename (carried to
 * the branch's data, or refused when it cannot be told which branch is which), and names that
 * cannot be an 出勤 sheet's name as they are.
 */
import type { RawValue } from '../../../src/workbook/grid';
import { attendanceSheetKind, describeAttendanceSheet } from '../../../src/workbook/sheets/attendance';
import { defaultSettings, RECORDED_NAME_COLUMN } from '../../../src/workbook/sheets/settings';
import { describeSettingsSheet } from '../../../src/workbook/sheets/settingsDescription';
import { parseSettingsGrid } from '../../../src/workbook/sheets/settingsRead';
import { readWorkbookState } from '../../../src/workbook/state';
import { cellRef } from '../../../src/workbook/address';
import { gridOf } from './descriptionGrid';

const ONE = '第一党支部';
const TWO = '第二党支部';
const THREE = '第三党支部';

function settingsWith(branches: string[]) {
  const settings = defaultSettings(2027, '张店分局', branches);
  settings.branches[0].secretary = '李建国';
  settings.branches[0].recorder = '王芳';
  return settings;
}

/** The 设置 grid as generated for `branches`, then edited as the secretary would. */
function edited(branches: string[], edits: Record<string, RawValue>) {
  return gridOf(describeSettingsSheet(settingsWith(branches)), edits);
}

const F = (row: number) => cellRef(row, RECORDED_NAME_COLUMN);

describe('设置: the branch table', () => {
  it('records each branch’s name in a hidden column, and reads back without problems', () => {
    const description = describeSettingsSheet(settingsWith([ONE, TWO]));
    expect(description.columns).toContainEqual({ column: RECORDED_NAME_COLUMN, width: 16, hidden: true });
    const parsed = parseSettingsGrid(gridOf(description), 2027);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.branches).toEqual(settingsWith([ONE, TWO]).branches);
    expect([...parsed.branchCells]).toEqual([
      [ONE, 'B16'],
      [TWO, 'B17'],
    ]);
  });

  it('merges a repeated name that adds nothing, and refuses one whose signatories would be lost', () => {
    const parsed = parseSettingsGrid(
      edited([ONE, TWO], { B18: ONE, C18: '李建国', B19: TWO, C19: '赵磊', D19: '陈静' }),
      2027,
    );
    expect(parsed.value.branches.map((b) => b.name)).toEqual([ONE, TWO]);
    expect(parsed.problems).toEqual([
      {
        sheet: '设置',
        cell: 'B18',
        row: 18,
        severity: 'warning',
        message: '党支部“第一党支部”与第16行重复，已按一个党支部处理；请删除重复的一行。',
      },
      {
        sheet: '设置',
        cell: 'B19',
        row: 19,
        severity: 'error',
        message:
          'B19 的党支部“第二党支部”与第17行重复，且这一行的支部书记、记录人或花名册中的名称与第17行不同；重新生成时重复的一行会被去掉，为免丢失所填内容，本次没有写入。请把要保留的书记、记录人填到第17行后删除这一行，或把这一行改成另一个党支部的名称。',
      },
    ]);
  });

  it('refuses a row with a signatory but no branch name', () => {
    const parsed = parseSettingsGrid(edited([ONE], { D20: '王芳' }), 2027);
    expect(parsed.problems).toEqual([
      {
        sheet: '设置',
        cell: 'B20',
        row: 20,
        severity: 'error',
        message:
          'B20 的党支部名称为空，但这一行填写了支部书记或记录人；为免丢失所填内容，本次没有写入。请填写党支部名称，或清空这一行。',
      },
    ]);
  });

  it('reads a name typed over a generated one as a rename, and names as the roster reads them', () => {
    const parsed = parseSettingsGrid(edited([ONE, TWO], { B17: '机关　第二党支部（综合）' }), 2027);
    const renamed = '机关第二党支部(综合)';
    expect(parsed.value.branches[1]).toEqual({
      name: renamed,
      secretary: '',
      recorder: '',
      renamedFrom: TWO,
    });
    expect(parsed.problems).toEqual([
      {
        sheet: '设置',
        cell: 'B17',
        row: 17,
        severity: 'warning',
        message: `B17 的党支部由“${TWO}”改名为“${renamed}”：党员名册、活动安排和出勤登记中的“${TWO}”一并改为新名称，已登记的内容保留。出勤登记表的工作表名不会自动更改，需要时可右键工作表标签重命名为“出勤-${renamed}”。`,
      },
    ]);
  });

  it('takes a copied row with a new name for a new branch, and reordered names for no rename', () => {
    // The first row copied (hidden column too) into row 18 and given a new name.
    const copied = parseSettingsGrid(edited([ONE, TWO], { B18: THREE, [F(18)]: ONE }), 2027);
    expect(copied.problems).toEqual([]);
    expect(copied.value.branches.map((b) => [b.name, b.renamedFrom])).toEqual([
      [ONE, undefined],
      [TWO, undefined],
      [THREE, undefined],
    ]);
    // Names typed over each other (a reorder): every recorded name is still there.
    const swapped = parseSettingsGrid(edited([ONE, TWO], { B16: TWO, B17: ONE }), 2027);
    expect(swapped.problems).toEqual([]);
    expect(swapped.value.branches.map((b) => [b.name, b.renamedFrom])).toEqual([
      [TWO, undefined],
      [ONE, undefined],
    ]);
  });

  it('refuses renames it cannot tell apart: two rows from one name, or onto another branch’s old name', () => {
    const twice = parseSettingsGrid(edited([ONE, TWO], { B16: '甲支部', B18: '乙支部', [F(18)]: ONE }), 2027);
    expect(twice.problems.map((p) => [p.cell, p.severity])).toEqual([
      ['B16', 'warning'],
      ['B18', 'error'],
    ]);
    expect(twice.problems[1].message).toBe(
      `B18 与 B16 都由“${ONE}”改名而来，无法确定“${ONE}”的党员、活动和出勤记录归哪一个；为免记错，本次没有写入。请把其中一行改回“${ONE}”，另一行作为新党支部写在空行中。`,
    );

    const chain = parseSettingsGrid(edited([ONE, TWO], { B16: TWO, B17: THREE }), 2027);
    expect(chain.problems.map((p) => [p.cell, p.severity])).toEqual([['B16', 'error']]);
    expect(chain.problems[0].message).toBe(
      `B16 由“${ONE}”改名为“${TWO}”，而“${TWO}”是第17行党支部原来的名称；两个党支部同时换名，无法区分各自的记录，为免记错，本次没有写入。请先只改其中一个，生成后再改另一个。`,
    );
  });
});

describe('设置: branch names as 出勤 sheet names', () => {
  const long = '张店区自然资源局机关第一党支部（综合科、规划科、执法大队）';
  const odd = '第二党支部/后勤';

  it('says which name a new branch’s sheet gets when Excel’s rules change it, and when two come out the same', () => {
    const twin = `${long.slice(0, 28)}另一个`;
    const grids = new Map([['settings', gridOf(describeSettingsSheet(settingsWith([long, odd, twin])))]]);
    const state = readWorkbookState(grids, 2027);
    const sheetNames = state.problems.filter((p) => p.sheet === '设置');
    expect(sheetNames.map((p) => [p.cell, p.severity])).toEqual([
      ['B16', 'warning'],
      ['B17', 'warning'],
      ['B18', 'warning'],
      ['B18', 'warning'],
    ]);
    const title = `出勤-${long}`.slice(0, 31);
    expect(sheetNames[0].message).toBe(
      `B16 的党支部名称“${long.replace(/（/g, '(').replace(/）/g, ')')}”加上“出勤-”共 ${3 + long.length} 个字，超过工作表名 31 个字的上限，不能直接用作工作表名，其出勤登记表将命名为“${title.replace(/（/g, '(')}”；如希望表名完整，可改用简称（“出勤-”加名称不超过 31 个字，不含 [ ] : * ? / \\ 这些字符）。`,
    );
    expect(sheetNames[1].message).toContain('含有工作表名不允许的字符 /');
    expect(sheetNames[1].message).toContain('将命名为“出勤-第二党支部-后勤”');
    expect(sheetNames[3].message).toContain('与 B16 的党支部用作工作表名时都是');
  });

  it('says nothing of a branch whose sheet already exists (its name is kept)', () => {
    const settings = settingsWith([odd]);
    const attendance = describeAttendanceSheet({
      year: 2027,
      branch: odd,
      branchIndex: 1,
      members: [],
      activities: [],
      marks: new Map(),
    });
    const grids = new Map([
      ['settings', gridOf(describeSettingsSheet(settings))],
      [attendanceSheetKind(1), gridOf(attendance)],
    ]);
    const state = readWorkbookState(grids, 2027);
    expect(state.attendanceSheets.map((s) => s.branch)).toEqual([odd]);
    expect(state.problems).toEqual([]);
  });
});
