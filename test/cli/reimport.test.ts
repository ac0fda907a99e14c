/**
 * `party-day generate --members export.csv --into W.xlsx` with an export that has no 领导干部 or
 * 免参加 columns (a personnel system's list): the 是 and the exemption typed in 党员名册 stay, and
 * the report names the columns kept.
 */
import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openWorkbookPath } from '../../src/file/nodeFiles';
import { readOwnedGrids } from '../../src/file/readGrid';
import { gridCell } from '../../src/workbook/grid';
import { ownedSheetName, typeIntoBytes } from '../helpers/typeCells';
import { cli } from '../helpers/cliRun';

jest.setTimeout(120_000);

const EXAMPLE = path.resolve(__dirname, '../../examples/roster.csv');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-reimport-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('generate --members again from an export without the secretary’s columns', () => {
  it('keeps 领导干部 and 免参加 typed in 党员名册 and says so', async () => {
    const first = path.join(dir, 'first.xlsx');
    const args = ['generate', '--unit', '测试局', '--year', '2027'];
    expect((await cli([...args, '--members', EXAMPLE, '--out', first])).code).toBe(0);
    // Row 4 is the example's first member, 李建国 (A001); row 5 王芳 (A002). Q 领导干部, G–J 免参加.
    const bytes = readFileSync(first);
    const roster = await ownedSheetName(bytes, 'roster');
    const typed = path.join(dir, 'typed.xlsx');
    await fs.writeFile(
      typed,
      await typeIntoBytes(bytes, roster, [
        { address: 'Q4', text: '是' },
        { address: 'G5', text: '是' },
        { address: 'H5', text: '长期病休' },
        { address: 'I5', text: '支委会同意' },
        { address: 'J5', text: '李建国' },
      ]),
    );
    const exported = path.join(dir, '人事导出.csv');
    await fs.writeFile(
      exported,
      '编号,姓名,所在支部,人员类别,联系电话\nA001,李建国,机关第一党支部,正式党员,13900000001\nA002,王芳,机关第一党支部,正式党员,\n',
    );
    const out = path.join(dir, 'again.xlsx');
    const result = await cli([...args, '--members', exported, '--into', typed, '--out', out]);
    expect(result.code).toBe(0);
    // Under 请核对 (stderr), beside the members the export no longer lists.
    expect(result.stderr).toContain(
      '导入的名册没有“性别”“入党日期”“免参加”“备注”“领导干部”列：这些内容按“党员名册”中已填的保留',
    );
    const grid = (await readOwnedGrids(await openWorkbookPath(out))).get('roster')!;
    const cells = (row: number, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => gridCell(grid, row, from + i).value);
    expect([gridCell(grid, 4, 1).value, gridCell(grid, 4, 2).value]).toEqual(['A001', '李建国']);
    expect(gridCell(grid, 4, 17).value).toBe('是');
    expect(gridCell(grid, 4, 15).value).toBe('13900000001');
    expect(gridCell(grid, 4, 16).value).toBe('支部书记');
    expect(cells(5, 7, 10)).toEqual(['是', '长期病休', '支委会同意', '李建国']);
  });
});
