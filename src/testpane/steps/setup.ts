/**
 * 设置工作簿 with the sample members, then 导入党员 from a roster sheet typed into the workbook: the
 * pane's first two steps, through the same app actions.
 */
import { generateWorkbook } from '../../app/generate';
import { previewSheetImport } from '../../app/importPreview';
import { sampleMembers } from '../../app/sampleMembers';
import { defaultSettings } from '../../workbook/sheets/settings';
import { readSheet, sheetNames } from '../readBack';
import type { Step, StepEnv } from '../step';
import { BRANCHES, IMPORTED, OWNED_SHEETS, ROSTER_SHEET, ROSTER_TYPED, SAMPLE_IDS, UNIT, YEAR } from './data';

const ROSTER_FIRST_ROW = 4;

/** 党员名册's ids (column A) and names (column B), from its first member row down. */
async function rosterMembers(env: StepEnv): Promise<Array<{ id: string; name: string }>> {
  const roster = await readSheet(env.host.run, '党员名册');
  const members: Array<{ id: string; name: string }> = [];
  for (let row = ROSTER_FIRST_ROW; row <= roster.bottom; row++) {
    const id = roster.value(row, 1);
    if (id !== null && id !== '') members.push({ id: String(id), name: String(roster.value(row, 2)) });
  }
  return members;
}

export const setupStep: Step = {
  id: 'setup',
  kind: 'workflow',
  title: '设置工作簿（添加示例党员）',
  async run(env) {
    const before = await sheetNames(env.host.run);
    const settings = defaultSettings(YEAR, UNIT, [...BRANCHES]);
    const result = await env.act((port) =>
      generateWorkbook(port, { settings, members: sampleMembers([...BRANCHES]) }),
    );
    // 2 branches × 7 sample members; 2 branches × 12 months × 2 Fridays.
    env.checks.equal(
      '结果：人数、活动数',
      { members: result.memberCount, activities: result.activityCount },
      { members: 14, activities: 48 },
    );
    const after = await sheetNames(env.host.run);
    env.checks.equal('工作表：原有的在前，助手的六张在后', after, [...before, ...OWNED_SHEETS]);

    const settingsSheet = await readSheet(env.host.run, '设置');
    const labelled = (label: string) => {
      const row = settingsSheet.rowWhere(1, label);
      return row === null ? null : settingsSheet.value(row, 2);
    };
    env.checks.equal(
      '设置表读回：单位、年度、到会率达标线',
      [labelled('单位名称'), labelled('年度'), labelled('到会率达标线')],
      [UNIT, YEAR, 0.8],
    );
    env.checks.equal(
      '党员名册读回：示例党员编号',
      (await rosterMembers(env)).map((member) => member.id),
      SAMPLE_IDS,
    );
  },
};

export const importStep: Step = {
  id: 'import',
  kind: 'workflow',
  title: '导入党员（从手工录入的“花名册”工作表）',
  async run(env) {
    // The secretary's own roster sheet, typed in: dates typed as 2001-07-01 become Excel dates.
    await env.host.run(async (context) => {
      const sheet = context.workbook.worksheets.add(ROSTER_SHEET);
      sheet.getRange(`A1:D${ROSTER_TYPED.length}`).values = ROSTER_TYPED.map((row) => [...row]);
      await context.sync();
    });
    const typed = (await readSheet(env.host.run, ROSTER_SHEET)).content();

    const preview = await env.act((port) => previewSheetImport(port, ROSTER_SHEET));
    if (!env.checks.that('预览：找到“花名册”', preview !== null)) return;
    env.checks.equal(
      '预览：可导入的人与问题行',
      {
        names: preview?.members.map((member) => member.name),
        branches: preview?.members.map((member) => member.branch),
        categories: preview?.members.map((member) => member.category),
        joined: preview?.members.map((member) => member.joinedParty ?? null),
        problems: preview?.problems.map((problem) => problem.message),
      },
      {
        names: IMPORTED,
        branches: ['第一党支部', '第一党支部', '第二党支部'],
        categories: ['正式党员', '预备党员', '正式党员'],
        joined: ['2001-07-01', '2025-09-01', '1998-06-30'],
        problems: [],
      },
    );
    const result = await env.act((port) =>
      generateWorkbook(port, {
        members: preview?.members,
        importProblems: preview?.problems,
        importedColumns: preview?.columns,
      }),
    );
    // The sample members are not on the imported roster: kept, and reported as missing from it.
    env.checks.equal(
      '结果：人数、不在新名册中的示例党员',
      { members: result.memberCount, missing: result.missingMembers.length },
      { members: 17, missing: 14 },
    );
    const members = await rosterMembers(env);
    for (const member of members) env.state.memberIds.set(member.name, member.id);
    const importedIds = IMPORTED.map((name) => env.state.memberIds.get(name) ?? null);
    env.checks.that(
      '党员名册读回：三人已加入，各有编号',
      members.length === 17 && importedIds.every((id) => id !== null && id !== ''),
      { rows: members.length, ids: importedIds },
      { rows: 17 },
    );
    env.checks.equal(
      '“花名册”（用户自己的表）逐格未变',
      (await readSheet(env.host.run, ROSTER_SHEET)).content(),
      typed,
    );
  },
};
