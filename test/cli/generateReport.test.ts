/**
 * `party-day generate` reports like the pane's 检查 (issue 15 §6): a fresh workbook of the current
 * year for four branches — 88 activities held and none recorded yet — fits one screen (at most 30
 * lines), one line per branch ("第一党支部：22 次活动未登记出勤，最早 1月9日，最近 11月27日"), and
 * --json lists every finding. The clock is pinned; run in process with a recording io.
 */
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runGenerate } from '../../src/cli/commands/generate';
import { CliUsageError } from '../../src/cli/errors';
import type { CliIo } from '../../src/cli/io';

jest.setTimeout(120_000);

/** 30 November 2026, 10:00 in Beijing: the 88 activities up to 27 November are held. */
const NOW = new Date('2026-11-30T10:00:00+08:00');
const BRANCHES = ['第一党支部', '第二党支部', '第三党支部', '第四党支部'];

function recordingIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    readFile: (file: string) => new Uint8Array(readFileSync(file)),
  };
  return io;
}

let dir: string;
let roster: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-report-'));
  roster = path.join(dir, 'roster.csv');
  const surnames = '王李张刘陈杨黄赵周吴徐孙马朱胡';
  const given = ['建国', '海燕', '志强', '丽华'];
  const rows = BRANCHES.flatMap((branch, b) =>
    Array.from(
      { length: 15 },
      (_, i) => `${b + 1}${String(i + 1).padStart(3, '0')},${surnames[i]}${given[b]},${branch},正式党员`,
    ),
  );
  await fs.writeFile(roster, `编号,姓名,党支部,类别\n${rows.join('\n')}\n`);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('party-day generate’s report', () => {
  it('fits a fresh year of four branches on one screen, one line per branch', async () => {
    const io = recordingIo();
    await runGenerate(
      {
        members: roster,
        year: '2026',
        out: path.join(dir, 'fresh.xlsx'),
        unit: '中共区自然资源局机关委员会',
      },
      io,
      NOW,
    );
    const lines = `${io.err}${io.out}`.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(30);
    expect(io.err).toBe('');
    expect(io.out).toContain('提示（出勤统计截至 2026-11-30）：');
    expect(lines.filter((line) => line.includes('未登记出勤'))).toEqual(
      BRANCHES.map((branch) => `  - ${branch}：22 次活动未登记出勤，最早 1月9日，最近 11月27日`),
    );
    expect(io.out).toContain('完整列表：加 --json 输出全部条目，或在助手中点“检查工作簿”。');
  });

  it('lists every finding in --json', async () => {
    const io = recordingIo();
    await runGenerate(
      { members: roster, year: '2026', out: path.join(dir, 'json.xlsx'), unit: '单位', json: true },
      io,
      NOW,
    );
    const report = JSON.parse(io.out) as {
      asOf: string;
      warnings: Array<{ code: string; branch: string; date: string }>;
    };
    expect(report.asOf).toBe('2026-11-30');
    const unrecorded = report.warnings.filter((w) => w.code === 'unrecorded');
    expect(unrecorded).toHaveLength(88);
    expect(unrecorded[0]).toMatchObject({ branch: '第一党支部', date: '2026-01-09' });
  });

  it('refuses to write without a 单位名称, and maps a branch as told', async () => {
    await expect(
      runGenerate({ members: roster, year: '2026', out: path.join(dir, 'no-unit.xlsx') }, recordingIo(), NOW),
    ).rejects.toThrow(
      new CliUsageError(
        '请填写单位名称：它印在每张汇总表的页眉和跨支部汇总的标题上，如“中共××局机关委员会”。（用 --unit 指定，如 --unit 中共××局机关委员会）没有写入任何文件。',
      ),
    );
    await expect(fs.stat(path.join(dir, 'no-unit.xlsx'))).rejects.toThrow();
    await expect(
      runGenerate(
        { members: roster, year: '2026', out: 'x.xlsx', unit: '单位', mapBranch: ['第一党支部'] },
        recordingIo(),
        NOW,
      ),
    ).rejects.toThrow(CliUsageError);
  });
});
