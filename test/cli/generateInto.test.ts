/**
 * `party-day generate --into` on workbooks other programs wrote (issue 12): the openpyxl workbook
 * with a chart, whose reading used to stop with "Cannot read properties of undefined (reading
 * 'anchors')", imports its own 花名册 and comes back with every part of the user's; an .xlsm keeps
 * its macros and must be written as .xlsm.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CORPUS_FILES } from '../helpers/corpus';
import { packageChanges, partText, SHARED_PARTS } from '../helpers/packageDiff';
import { cli } from '../helpers/cliRun';

jest.setTimeout(180_000);

const EXAMPLE = path.resolve(__dirname, '../../examples/roster.csv');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-into-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const entry = (writer: string, fileName: string) =>
  CORPUS_FILES.find((file) => file.writer === writer && file.fileName === fileName)!;

describe('generate --into a workbook another program wrote', () => {
  it('imports the roster of an openpyxl workbook with a chart and keeps all of it', async () => {
    const into = path.join(dir, '党建台账.xlsx');
    const original = await entry('openpyxl', '党建台账.xlsx').bytes();
    await fs.writeFile(into, original);
    const out = path.join(dir, '党建台账-活动日.xlsx');
    const result = await cli([
      'generate',
      '--unit',
      '测试局',
      '--members',
      into,
      '--year',
      '2027',
      '--into',
      into,
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('“花名册”工作表');
    expect(result.stdout).toContain('导入 12 人');
    const changes = await packageChanges(original, new Uint8Array(await fs.readFile(out)));
    expect(changes.changed.filter((part) => !(SHARED_PARTS as readonly string[]).includes(part))).toEqual([]);
    expect(changes.removed).toEqual([]);
    expect(new Uint8Array(await fs.readFile(into))).toEqual(original);
  });

  it('writes into an .xlsm only as .xlsm, keeping its macros', async () => {
    const into = path.join(dir, '宏台账.xlsm');
    const original = await entry('Excel', '宏台账.xlsm').bytes();
    await fs.writeFile(into, original);
    const wrong = path.join(dir, '宏台账-活动日.xlsx');
    const refused = await cli([
      'generate',
      '--unit',
      '测试局',
      '--members',
      EXAMPLE,
      '--year',
      '2027',
      '--into',
      into,
      '--out',
      wrong,
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `原工作簿含有宏，输出文件须以 .xlsm 结尾（“${wrong}”不是），否则 Excel 无法打开。请改用 .xlsm 文件名。`,
    );
    await expect(fs.stat(wrong)).rejects.toMatchObject({ code: 'ENOENT' });

    const out = path.join(dir, '宏台账-活动日.xlsm');
    const written = await cli([
      'generate',
      '--unit',
      '测试局',
      '--members',
      EXAMPLE,
      '--year',
      '2027',
      '--into',
      into,
      '--out',
      out,
    ]);
    expect(written.code).toBe(0);
    const bytes = new Uint8Array(await fs.readFile(out));
    const changes = await packageChanges(original, bytes);
    expect(changes.changed.filter((part) => !(SHARED_PARTS as readonly string[]).includes(part))).toEqual([]);
    expect(await partText(bytes, '[Content_Types].xml')).toContain(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>',
    );
  });
});
