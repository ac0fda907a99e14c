import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WorkbookFileError } from '../../src/file/errors';
import { openWorkbookPath, saveWorkbookPath } from '../../src/file/nodeFiles';
import { sheetNames } from '../../src/file/readGrid';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'existing-workbook.xlsx');

describe('opening and saving on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-files-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('never overwrites the input file, however the path is written', async () => {
    const input = path.join(dir, 'mine.xlsx');
    await fs.copyFile(FIXTURE, input);
    await fs.symlink(input, path.join(dir, 'link.xlsx'));
    const before = await fs.readFile(input);
    const file = await openWorkbookPath(input);
    for (const target of [
      input,
      path.join(dir, '.', 'sub', '..', 'mine.xlsx'),
      path.join(dir, 'link.xlsx'),
    ]) {
      await expect(saveWorkbookPath(file, target)).rejects.toMatchObject({
        code: 'same-as-input',
        message: expect.stringContaining('输出文件不能与原文件相同'),
      });
    }
    expect(await fs.readFile(input)).toEqual(before);
  });

  it('refuses any other protected path too', async () => {
    const file = await openWorkbookPath(FIXTURE);
    const roster = path.join(dir, 'roster.xlsx');
    await expect(saveWorkbookPath(file, roster, [roster])).rejects.toBeInstanceOf(WorkbookFileError);
  });

  it('saves a copy that opens again, leaving no temporary file behind', async () => {
    const file = await openWorkbookPath(FIXTURE);
    const out = path.join(dir, 'out.xlsx');
    await saveWorkbookPath(file, out);
    expect(await fs.readdir(dir)).toEqual(['out.xlsx']);
    const again = await openWorkbookPath(out);
    expect(await sheetNames(again)).toEqual(['工作台账', '党费收缴', '党员花名册']);
  });

  it('saves an .xlsx only under .xlsx, and says why in Chinese', async () => {
    const file = await openWorkbookPath(FIXTURE);
    for (const name of ['out.xlsm', 'out.xls', 'out']) {
      await expect(saveWorkbookPath(file, path.join(dir, name))).rejects.toMatchObject({
        code: 'wrong-extension',
        message: `原工作簿不含宏，输出文件须以 .xlsx 结尾（“${path.join(dir, name)}”不是），否则 Excel 无法打开。请改用 .xlsx 文件名。`,
      });
    }
    expect(await fs.readdir(dir)).toEqual([]);
    await saveWorkbookPath(file, path.join(dir, 'OUT.XLSX'));
    expect(await fs.readdir(dir)).toEqual(['OUT.XLSX']);
  });

  it('explains in Chinese when saving fails', async () => {
    const file = await openWorkbookPath(FIXTURE);
    const out = path.join(dir, 'missing-folder', 'out.xlsx');
    await expect(saveWorkbookPath(file, out)).rejects.toMatchObject({
      code: 'save-failed',
      message: expect.stringMatching(
        /^无法保存到“.*out\.xlsx”：ENOENT。请确认文件没有在 Excel 中打开，且有写入权限。$/,
      ),
    });
  });

  it('explains in Chinese when the input cannot be read', async () => {
    await expect(openWorkbookPath(path.join(dir, 'none.xlsx'))).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringContaining('ENOENT'),
    });
  });
});
