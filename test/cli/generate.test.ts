/**
 * `party-day generate` through the real bin: importing the 花名册 of the user's own workbook into
 * a copy of it (the user's sheets and names survive, the input is untouched), a GB18030 copy of the
 * example roster, problems by row on stderr, and refusing to overwrite an input.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { openWorkbookPath } from '../../src/file/nodeFiles';
import { parseDefinedNames } from '../../src/file/definedNamesXml';
import { readOwnedGrids, readSheetGrid, sheetNames } from '../../src/file/readGrid';
import { readWorkbookState } from '../../src/workbook/state';
import { readPart } from '../helpers/xlsxZip';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/party-day.js');
const FIXTURE = path.join(ROOT, 'test/fixtures/existing-workbook.xlsx');
const EXAMPLE = path.join(ROOT, 'examples/roster.csv');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-generate-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('party-day generate', () => {
  it('imports the 花名册 of an existing workbook into a copy of it, keeping the user sheets', async () => {
    const into = path.join(dir, 'mine.xlsx');
    await fs.copyFile(FIXTURE, into);
    const before = await sha256(into);
    const out = path.join(dir, 'result.xlsx');
    const result = await run(
      ['generate', '--members', into, '--year', '2027', '--into', into, '--out', out, '--unit', '张店分局'],
      dir,
    );
    expect(result.code).toBe(0);
    // Nothing to fix; one thing to look at: a transfer written in 备注, offered for 在册止.
    expect(result.stderr).toBe(
      '提示（1 项：已导入或已生成，请核对）：\n' +
        '  第 12 行 黎玉兰 的「备注」写有“2026-08-31 调出”：如属实，可把 2026-08-31 作为「在册止」，此后的活动不再计入其应到。\n' +
        '  （加 --note-dates 可把备注中的转出、转入日期填为“在册止”“在册起”）\n',
    );
    expect(result.stdout).toContain('“党员花名册”工作表');
    expect(result.stdout).toContain('导入 45 人');
    expect(result.stdout).toContain(out);
    expect(await sha256(into)).toBe(before);

    const original = await openWorkbookPath(into);
    const written = await openWorkbookPath(out);
    const names = await sheetNames(written);
    const originalNames = await sheetNames(original);
    expect(names.slice(0, 3)).toEqual(originalNames);
    expect(names).toEqual(
      expect.arrayContaining(['设置', '党员名册', '节假日', '活动安排', '出勤-机关第一党支部']),
    );
    for (const name of originalNames)
      expect(await readSheetGrid(written, name)).toEqual(await readSheetGrid(original, name));
    const userNames = parseDefinedNames(await readPart(await fs.readFile(out), 'xl/workbook.xml'));
    expect(userNames.find((n) => n.name === '党费合计')?.formula).toBe("'党费收缴'!$F$2:$F$11");

    const state = readWorkbookState(await readOwnedGrids(written), 2027);
    expect(state.members).toHaveLength(45);
    expect(state.settings?.unit).toBe('张店分局');
    expect(state.settings?.branches.map((b) => b.name)).toEqual([
      '机关第一党支部',
      '机关第二党支部',
      '离退休党支部',
    ]);
    // 入党时间 came as Excel dates; the first person joined on serial 33545 = 1991-11-03.
    expect(state.members[0]).toMatchObject({ name: '阎平', joinedParty: '1991-11-03', category: '正式党员' });
  });

  it('reads a GB18030 roster as Excel in China saves it, and lists bad rows on stderr', async () => {
    const text =
      (await fs.readFile(EXAMPLE, 'utf8')) +
      'Z001,,男,机关第一党支部,正式党员,,,,,,,,,\nZ002,错类别,男,机关第一党支部,党外人士,,,,,,,,,\n';
    const members = path.join(dir, '名册.csv');
    await fs.writeFile(members, iconv.encode(text, 'gb18030'));
    const out = path.join(dir, 'out.xlsx');
    const result = await run(
      ['generate', '--members', members, '--year', '2027', '--out', out, '--unit', '某某局机关党总支'],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('GB18030');
    expect(result.stdout).toContain('导入 19 人');
    expect(result.stderr).toContain('第 21 行');
    expect(result.stderr).toContain('第 22 行');
    expect(result.stderr).toContain('党外人士');
    const state = readWorkbookState(await readOwnedGrids(await openWorkbookPath(out)), 2027);
    expect(state.members.map((m) => m.name)).toContain('阿依古丽·买买提');
    expect(state.members.filter((m) => m.name === '张伟').map((m) => m.id)).toEqual(['A003', 'A004']);
    expect(state.members.find((m) => m.id === 'A006')?.exemption).toMatchObject({
      reason: '年老体弱',
      contact: '王芳',
    });
    expect(state.members.find((m) => m.id === 'A008')?.onRosterTo).toBe('2027-06-30');
  });

  it('never overwrites an input and explains usage errors in Chinese', async () => {
    const into = path.join(dir, 'mine.xlsx');
    await fs.copyFile(FIXTURE, into);
    const before = await sha256(into);
    const same = await run(
      ['generate', '--members', EXAMPLE, '--year', '2027', '--into', into, '--out', into, '--unit', '某局'],
      dir,
    );
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('不能与原文件相同');
    expect(await sha256(into)).toBe(before);

    const missingOut = await run(['generate', '--members', EXAMPLE, '--year', '2027'], dir);
    expect(missingOut.code).toBe(2);
    expect(missingOut.stderr).toContain('--out');

    const noFile = await run(
      ['generate', '--members', path.join(dir, 'none.csv'), '--year', '2027', '--out', 'x.xlsx'],
      dir,
    );
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('找不到名册文件');
  });
});
