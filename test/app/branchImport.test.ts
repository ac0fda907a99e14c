/**
 * A roster whose branch names differ from 设置's (issue 15 §1): the secretary's decisions map a name
 * to a branch of 设置 (remembered in 设置's 花名册中的名称, so the next import needs none), leave its
 * people out, or add it; without a decision the name is added and reported. Nothing is silent: the
 * result lists what was added, mapped, left out, and which branches of 设置 have nobody.
 */
import { importBranches } from '../../src/app/branchImport';
import { checkWorkbook } from '../../src/app/check';
import { generateWorkbook } from '../../src/app/generate';
import type { CalendarDate } from '../../src/domain/date';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids } from '../../src/file/readGrid';
import { newWorkbookFile } from '../../src/file/workbookFile';
import {
  ALIASES_COLUMN,
  BRANCH_HEADER_ROW,
  FIRST_BRANCH_ROW,
  defaultSettings,
} from '../../src/workbook/sheets/settings';
import { readWorkbookState } from '../../src/workbook/state';
import { findOwnedWorksheets } from '../helpers/excelJsGrid';
import { saveAndReopen } from '../helpers/generatedWorkbook';

const SETUP = ['机关第一党支部', '机关第二党支部', '机关第三党支部', '机关第四党支部'];

function member(id: string, branch: string): Member {
  return { id, name: `党员${id}`, branch, category: '正式党员' };
}

const ROSTER: Member[] = [
  member('A1', '第一党支部'),
  member('A2', '第一党支部'),
  member('B1', '第二党支部'),
  member('C1', '第三党支部'),
  member('D1', '后勤党支部'),
];

describe('importBranches', () => {
  const branches = defaultSettings(2026, '单位', SETUP).branches;

  it('maps, leaves out and adds as decided, and reports each', () => {
    const result = importBranches(ROSTER, branches, [
      { roster: '第一党支部', action: 'map', to: '机关第一党支部' },
      { roster: '第二党支部', action: 'map', to: '机关第二党支部' },
      { roster: '第三党支部', action: 'skip' },
      { roster: '后勤党支部', action: 'add' },
    ]);
    expect(result.members.map((m) => [m.id, m.branch])).toEqual([
      ['A1', '机关第一党支部'],
      ['A2', '机关第一党支部'],
      ['B1', '机关第二党支部'],
      ['D1', '后勤党支部'],
    ]);
    expect(result.branches.map((b) => [b.name, b.aliases])).toEqual([
      ['机关第一党支部', ['第一党支部']],
      ['机关第二党支部', ['第二党支部']],
      ['机关第三党支部', undefined],
      ['机关第四党支部', undefined],
    ]);
    expect(result.report).toEqual({
      added: [{ roster: '后勤党支部', count: 1, suggestion: null, decided: true }],
      mapped: [
        { roster: '第一党支部', to: '机关第一党支部', count: 2 },
        { roster: '第二党支部', to: '机关第二党支部', count: 1 },
      ],
      skipped: [{ roster: '第三党支部', count: 1 }],
      notInRoster: ['机关第三党支部', '机关第四党支部'],
      unused: [],
    });
  });

  it('adds a name nobody decided on, saying which branch it probably is', () => {
    const { report } = importBranches([member('A1', '第一党支部')], branches);
    expect(report.added).toEqual([
      { roster: '第一党支部', count: 1, suggestion: '机关第一党支部', decided: false },
    ]);
  });
});

describe('generateWorkbook with a roster whose branch names differ', () => {
  it('writes the decisions: members under 设置’s names, the alias in 设置, no extra attendance sheets; the next import needs no decision', async () => {
    const file = newWorkbookFile();
    const port = createFilePort(file);
    await generateWorkbook(port, { settings: defaultSettings(2026, '中共区自然资源局机关委员会', SETUP) });
    const first = await generateWorkbook(port, {
      members: ROSTER.slice(0, 4),
      branchDecisions: [
        { roster: '第一党支部', action: 'map', to: '机关第一党支部' },
        { roster: '第二党支部', action: 'map', to: '机关第二党支部' },
        { roster: '第三党支部', action: 'map', to: '机关第三党支部' },
      ],
    });
    expect(first.settings.branches.map((b) => b.name)).toEqual(SETUP);
    expect(first.emptyBranches).toEqual(['机关第四党支部']);
    const saved = await saveAndReopen(file);
    const sheets = [...findOwnedWorksheets(saved.workbook).keys()].filter((kind) =>
      kind.startsWith('attendance.'),
    );
    expect(sheets).toHaveLength(4);
    const settings = findOwnedWorksheets(saved.workbook).get('settings')!;
    expect(settings.getCell(BRANCH_HEADER_ROW, ALIASES_COLUMN).value).toBe(
      '花名册中的名称（导入时对应到本支部，多个用顿号分隔）',
    );
    expect(settings.getCell(FIRST_BRANCH_ROW, ALIASES_COLUMN).value).toBe('第一党支部');

    // The same roster again, with no decisions: the remembered names map it.
    const again = await generateWorkbook(port, { members: ROSTER.slice(0, 4) });
    expect(again.branchImport).toEqual({
      added: [],
      mapped: [],
      skipped: [],
      notInRoster: ['机关第四党支部'],
      unused: [],
    });
    const state = readWorkbookState(await readOwnedGrids(file), 2026);
    expect(state.members.map((m) => m.branch)).toEqual([
      '机关第一党支部',
      '机关第一党支部',
      '机关第二党支部',
      '机关第三党支部',
    ]);
    expect(state.settings?.branches[0].aliases).toEqual(['第一党支部']);
  });
});

describe('检查 flags the branches reconciliation left behind', () => {
  it('names a branch with nobody on its roster, and an attendance sheet whose branch 设置 no longer has', async () => {
    const file = newWorkbookFile();
    const written = createFilePort(file);
    await generateWorkbook(written, { settings: defaultSettings(2026, '单位', SETUP) });
    await generateWorkbook(written, {
      members: [
        member('A1', '机关第一党支部'),
        member('B1', '机关第二党支部'),
        member('C1', '机关第三党支部'),
      ],
    });
    // The secretary deletes 机关第三党支部 from 设置 (its row emptied), saves, and checks.
    const saved = await saveAndReopen(file);
    const settings = findOwnedWorksheets(saved.workbook).get('settings')!;
    for (const column of [1, 2, 6]) settings.getCell(FIRST_BRANCH_ROW + 2, column).value = null;
    settings.getCell(FIRST_BRANCH_ROW + 2, 2).value = '机关第四党支部';
    settings.getCell(FIRST_BRANCH_ROW + 2, 6).value = '机关第四党支部';
    for (const column of [1, 2, 6]) settings.getCell(FIRST_BRANCH_ROW + 3, column).value = null;
    const port = createFilePort(await saveAndReopen(saved));

    const check = await checkWorkbook(port, '2026-03-31' as CalendarDate);
    const items = check.items.filter((item) => item.code === 'empty-branch' || item.code === 'orphan-sheet');
    expect(items).toEqual([
      {
        source: 'warning',
        code: 'orphan-sheet',
        severity: 'warning',
        message:
          '“出勤-机关第三党支部”是党支部“机关第三党支部”的出勤登记表，但“设置”中已没有这个党支部，表中的登记不计入任何统计；如果是改了支部名称，请在“设置”中把名称改回或按新名称重新生成；如已撤销该支部，核对后可删除这张表。',
        branch: '机关第三党支部',
        location: { sheet: '出勤-机关第三党支部' },
      },
      {
        source: 'warning',
        code: 'empty-branch',
        severity: 'warning',
        message:
          '机关第四党支部的名册中没有人员，无法登记出勤、计算到会率；请导入该支部的党员。如花名册中这个支部的名称写法不同，请在导入预览中把它对应到“机关第四党支部”；如已不设这个支部，请在“设置”表中删除它。',
        branch: '机关第四党支部',
        location: { sheet: '设置', cell: `B${FIRST_BRANCH_ROW + 2}` },
      },
    ]);
  });
});
