/**
 * Importing the roster again from a personnel system's export, which has none of the columns the
 * secretary fills in 党员名册 (领导干部, 免参加 and its approval and contact, 在册止): what was typed
 * there stays, through both ports, and the result says which columns were kept. A column the
 * import does have wins, even blank.
 */
import { generateWorkbook } from '../../src/app/generate';
import { previewImport } from '../../src/app/importPreview';
import { dateOf } from '../../src/domain/date';
import type { Member } from '../../src/domain/member';
import { cellRef } from '../../src/workbook/address';
import { detailsLacking, mergeMembers } from '../../src/workbook/carried';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { tableFromCsv } from '../../src/workbook/rosterImport';
import { excelDriver, fileDriver, type Driver } from '../helpers/portDrivers';

jest.setTimeout(120_000);

const ONE = '第一党支部';
const MEMBERS: Member[] = [
  { id: 'A001', name: '李建国', branch: ONE, category: '正式党员', phone: '138-0000-0001' },
  { id: 'A002', name: '王秀英', branch: ONE, category: '预备党员' },
  { id: 'A003', name: '张明', branch: ONE, category: '正式党员' },
];
/** 党员名册's columns (row 3 is the header, members from row 4). */
const COLUMN = { id: 1, exempt: 7, reason: 8, approval: 9, contact: 10, to: 14, phone: 15, leader: 17 };

/** The export: 编号, 姓名, 所属支部, 类别, 联系电话 — A001's phone changed, 张明 without an id. */
const EXPORT = [
  '编号,姓名,所属支部,类别,联系电话',
  'A001,李建国,第一党支部,正式党员,139-1111-2222',
  'A002,王秀英,第一党支部,预备党员,',
  ',张明,第一党支部,正式党员,',
].join('\n');

function rowOf(grid: RawGrid, id: string): number {
  for (let row = 4; row <= gridEnd(grid).row; row++)
    if (gridCell(grid, row, COLUMN.id).value === id) return row;
  throw new Error(`No ${id} in ${grid.sheetName}`);
}

function details(grid: RawGrid, id: string) {
  const row = rowOf(grid, id);
  const value = (column: number) => gridCell(grid, row, column).value;
  return {
    leader: value(COLUMN.leader),
    exempt: value(COLUMN.exempt),
    reason: value(COLUMN.reason),
    contact: value(COLUMN.contact),
    phone: value(COLUMN.phone),
  };
}

async function typed(driver: Driver): Promise<string> {
  await driver.act((port) => generateWorkbook(port, { year: 2027, unit: '测试局', members: MEMBERS }));
  const roster = (await driver.act((port) => port.readOwnedGrids())).get('roster')!;
  const at = (id: string, column: number) => cellRef(rowOf(roster, id), column);
  await driver.type(roster.sheetName, at('A001', COLUMN.leader), '是');
  await driver.type(roster.sheetName, at('A003', COLUMN.exempt), '是');
  await driver.type(roster.sheetName, at('A003', COLUMN.reason), '长期外派');
  await driver.type(roster.sheetName, at('A003', COLUMN.approval), '支委会同意');
  await driver.type(roster.sheetName, at('A003', COLUMN.contact), '李建国');
  return roster.sheetName;
}

describe.each([
  ['the file port', () => fileDriver()],
  ['the Office.js port (strict fake)', () => excelDriver()],
])('importing the roster again, through %s', (_port, makeDriver) => {
  it('keeps 领导干部 and 免参加 typed in 党员名册 when the export has no such columns', async () => {
    const driver = makeDriver();
    await typed(driver);
    const preview = previewImport(tableFromCsv(EXPORT, '人事导出.csv'));
    expect(preview.columns).toEqual(['id', 'name', 'branch', 'category', 'phone']);
    const result = await driver.act((port) =>
      generateWorkbook(port, {
        members: preview.members,
        importProblems: preview.problems,
        importedColumns: preview.columns,
      }),
    );
    expect(result.problems.map((problem) => problem.message)).toContain(
      '导入的名册没有“免参加”“领导干部”列：这些内容按“党员名册”中已填的保留；如需修改，请直接在“党员名册”中改。',
    );
    const roster = (await driver.act((port) => port.readOwnedGrids())).get('roster')!;
    // The export's phone wins (A001 changed, A002 blank); the rest is as typed.
    expect(details(roster, 'A001')).toEqual({
      leader: '是',
      exempt: null,
      reason: null,
      contact: null,
      phone: '139-1111-2222',
    });
    expect(details(roster, 'A002')).toEqual({
      leader: null,
      exempt: null,
      reason: null,
      contact: null,
      phone: null,
    });
    // 张明 has no id in the export: found by name in the branch, his exemption kept.
    expect(details(roster, 'A003')).toEqual({
      leader: null,
      exempt: '是',
      reason: '长期外派',
      contact: '李建国',
      phone: null,
    });
  });

  it('takes the export’s 领导干部 column when it has one, blank included', async () => {
    const driver = makeDriver();
    await typed(driver);
    const withLeaders = [
      '编号,姓名,所属支部,类别,领导干部',
      'A001,李建国,第一党支部,正式党员,',
      'A002,王秀英,第一党支部,预备党员,是',
      'A003,张明,第一党支部,正式党员,',
    ].join('\n');
    const preview = previewImport(tableFromCsv(withLeaders, '人事导出.csv'));
    const result = await driver.act((port) =>
      generateWorkbook(port, { members: preview.members, importedColumns: preview.columns }),
    );
    expect(result.problems.map((problem) => problem.message)).toContain(
      '导入的名册没有“免参加”“联系电话”列：这些内容按“党员名册”中已填的保留；如需修改，请直接在“党员名册”中改。',
    );
    const roster = (await driver.act((port) => port.readOwnedGrids())).get('roster')!;
    expect(['A001', 'A002', 'A003'].map((id) => details(roster, id).leader)).toEqual([null, '是', null]);
    expect(details(roster, 'A003').exempt).toBe('是');
    expect(details(roster, 'A001').phone).toBe('138-0000-0001');
  });
});

describe('detailsLacking and mergeMembers', () => {
  it('lack a detail only when none of its columns is there', () => {
    expect(detailsLacking(['id', 'name', 'branch', 'category', 'phone'])).toEqual([
      'gender',
      'joinedParty',
      'onRosterFrom',
      'onRosterTo',
      'exemption',
      'note',
      'leader',
    ]);
    // One exemption column brings the whole exemption from the import.
    expect(detailsLacking(['name', 'branch', 'exemptionContact', 'leader', 'note'])).toEqual([
      'gender',
      'joinedParty',
      'onRosterFrom',
      'onRosterTo',
      'phone',
    ]);
  });

  it('fill a lacking detail only where the import left it empty and the workbook has it', () => {
    const existing: Member[] = [
      {
        id: 'A001',
        name: '李建国',
        branch: ONE,
        category: '正式党员',
        leader: true,
        onRosterTo: dateOf(2027, 6, 30),
      },
      { id: 'A002', name: '王秀英', branch: ONE, category: '预备党员' },
    ];
    const imported: Member[] = [
      // 在册止 from a transfer the secretary accepted in the preview (备注): it wins.
      { id: 'A001', name: '李建国', branch: ONE, category: '正式党员', onRosterTo: dateOf(2027, 5, 31) },
      { id: 'A002', name: '王秀英', branch: ONE, category: '正式党员' },
    ];
    const merged = mergeMembers(existing, imported, ['leader', 'onRosterTo']);
    expect(merged.members).toEqual([
      {
        id: 'A001',
        name: '李建国',
        branch: ONE,
        category: '正式党员',
        onRosterTo: dateOf(2027, 5, 31),
        leader: true,
      },
      { id: 'A002', name: '王秀英', branch: ONE, category: '正式党员' },
    ]);
    expect(merged.kept).toEqual(['leader']);
    expect(mergeMembers(existing, imported).members[0].leader).toBeUndefined();
  });
});
