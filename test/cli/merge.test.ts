/**
 * `party-day merge` on branch workbooks on disk: --json carries, per branch, the object `summary
 * --json` prints for that branch's own workbook (plus its file); --out writes the roll-up sheets into
 * a new workbook, and rerunning into that workbook replaces only the roll-up sheets (a sheet the
 * 组织委员 added keeps its cells); branch files are never changed; usage errors.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findOwnedWorksheets } from '../helpers/excelJsGrid';
import { reopenBytes } from '../helpers/generatedWorkbook';
import { ONE, TWO, branchWorkbookBytes, everyone, fixtureMembers } from '../helpers/branchWorkbooks';
import { cli } from '../helpers/cliRun';

jest.setTimeout(180_000);

const sha = async (file: string) =>
  createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');

let dir: string;
let one: string;
let two: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-merge-'));
  const m1 = fixtureMembers(ONE);
  const m2 = fixtureMembers(TWO);
  one = path.join(dir, '一支部.xlsx');
  two = path.join(dir, '二支部.xlsx');
  await fs.writeFile(
    one,
    await branchWorkbookBytes({
      branch: ONE,
      members: m1,
      attendance: { '2026-03-1': everyone(m1, '√', { D0004: '×' }) },
    }),
  );
  await fs.writeFile(
    two,
    await branchWorkbookBytes({
      branch: TWO,
      members: m2,
      attendance: { '2026-03-1': everyone(m2, '√', { D0016: '×', D0017: '×', D0018: '×', D0019: '×' }) },
    }),
  );
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('party-day merge', () => {
  it('prints per branch exactly what summary --json prints for its own workbook', async () => {
    const merged = await cli(['merge', one, two, '--month', '2026-03', '--as-of', '2026-03-31', '--json']);
    expect(merged.code).toBe(0);
    const json = JSON.parse(merged.stdout) as {
      period: string;
      branches: Array<{ file: string; threshold: number; branch: string; activities: unknown[] }>;
      reports: Array<{ branch: string; statusText: string }>;
      monthCheck: { order: Array<{ branch: string; short: unknown }>; totals: Record<string, number> };
    };
    for (const file of [one, two]) {
      const alone = await cli([
        'summary',
        '--in',
        file,
        '--month',
        '2026-03',
        '--as-of',
        '2026-03-31',
        '--json',
      ]);
      const own = JSON.parse(alone.stdout) as { branches: unknown[] };
      expect(json.branches.find((branch) => branch.file === file)).toEqual({
        file,
        threshold: 0.8,
        ...(own.branches[0] as object),
      });
    }
    expect(json.period).toBe('2026-03');
    // Both short (the second March activity is not recorded; 二支部's first is 11 of 15): the files' order.
    expect(json.monthCheck.order.map((entry) => [entry.branch, entry.short])).toEqual([
      [ONE, { tooFew: false, belowThreshold: 0, unrecorded: 1 }],
      [TWO, { tooFew: false, belowThreshold: 1, unrecorded: 1 }],
    ]);
    expect(json.reports.map((report) => [report.branch, report.statusText])).toEqual([
      [ONE, '部分'],
      [TWO, '部分'],
    ]);
    expect(json.monthCheck.totals).toEqual({
      required: 4,
      planned: 4,
      held: 4,
      belowThreshold: 1,
      due: 60,
      present: 25,
      leave: 0,
      absent: 5,
      unrecorded: 30,
      rate: 0.8333,
    });
  });

  it('writes the roll-up sheets, and a rerun replaces only them', async () => {
    const before = [await sha(one), await sha(two)];
    const out = path.join(dir, '总支汇总.xlsx');
    const first = await cli(['merge', one, two, '--month', '2026-03', '--as-of', '2026-03-31', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`已写入 ${out}：报送情况、总支月度检查`);
    expect(first.stdout).toContain(`${TWO}（${two}）：部分，尚未登记：3月27日`);

    // The 组织委员 adds a sheet of their own and types beside the status table.
    const file = await reopenBytes(await fs.readFile(out), '总支汇总.xlsx');
    file.workbook.addWorksheet('督办记录').getCell('A1').value = '3月督办：二支部';
    await fs.writeFile(out, new Uint8Array(await file.workbook.xlsx.writeBuffer()));

    const second = await cli(['merge', one, two, '--year', '2026', '--as-of', '2026-04-30', '--out', out]);
    expect(second.code).toBe(0);
    const after = await reopenBytes(await fs.readFile(out), '总支汇总.xlsx');
    expect(after.workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '报送情况',
      '总支月度检查',
      '督办记录',
      '总支年度汇总',
      '总支党员参与',
    ]);
    expect(after.workbook.getWorksheet('督办记录')?.getCell('A1').value).toBe('3月督办：二支部');
    expect(after.workbook.getWorksheet('报送情况')?.getCell('A1').value).toBe(
      '测试局机关党总支 2026年度各党支部报送情况',
    );
    expect([...findOwnedWorksheets(after.workbook).keys()].sort()).toEqual([
      'rollup.members',
      'rollup.month',
      'rollup.status',
      'rollup.year',
    ]);
    // The matrix names the file each row came from.
    const matrix = after.workbook.getWorksheet('总支年度汇总');
    const rows: unknown[][] = [];
    matrix?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.some((row) => row[1] === ONE && row[row.length - 1] === one)).toBe(true);
    expect([await sha(one), await sha(two)]).toEqual(before);
  });

  it('refuses an --out that is one of the branch files, and a run without files or period', async () => {
    const same = await cli(['merge', one, two, '--month', '2026-03', '--out', one]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain(`--out 不能是要汇总的支部工作簿之一（${one}）`);
    expect((await cli(['merge', one, '--out', path.join(dir, 'x.xlsx')])).stderr).toContain('--month');
    expect((await cli(['merge', one, '--month', '2026-03'])).stderr).toContain('请用 --out 指定');
    const missing = await cli(['merge', path.join(dir, '没有.xlsx'), '--month', '2026-03', '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('没有.xlsx');
  });

  it('refuses when no file can be rolled up, listing why', async () => {
    const csv = path.join(dir, '名单.csv');
    await fs.writeFile(csv, '编号,姓名\nD1,张三\n');
    const result = await cli(['merge', csv, '--month', '2026-03', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('它是文本文件（如 CSV）');
    expect(result.stderr).toContain('没有一个文件可以汇总');
  });
});
