/** Runs the real `party-day` bin (bin/party-day.js → tsx → src/cli/main.ts) as a user would. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayWidth } from '../../src/cli/table';

const BIN = join(__dirname, '..', '..', 'bin', 'party-day.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: process.env }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

interface JsonActivity {
  id: string;
  date: string;
  plannedDate: string;
  shifted: boolean;
  reason: string | null;
  theme: string;
  provisional: boolean;
}

interface JsonSchedule {
  year: number;
  policy: string;
  activities: JsonActivity[];
  warnings: { code: string; message: string }[];
}

const dir = mkdtempSync(join(tmpdir(), 'party-day-'));
const goodFile = join(dir, 'days.csv');
const badFile = join(dir, 'bad.csv');
writeFileSync(goodFile, '\uFEFF日期,类型,名称\r\n2027-01-08,放假,单位运动会\r\n2027-01-09,上班,\r\n', 'utf8');
writeFileSync(badFile, '日期,类型\n2027-02-05,放假\n2027-13-01,放假\n2027-02-06,半天\n', 'utf8');

// Each run starts node and tsx (about a second): start them all at once, then check each.
const runs = {
  json2023: run('schedule', '--year', '2023', '--json'),
  advance: run('schedule', '--year', '2023', '--policy', '提前', '--json'),
  provisional: run('schedule', '--year', '2027', '--json'),
  ownHolidays: run('schedule', '--year', '2027', '--holidays', goodFile, '--json'),
  table: run('schedule', '--year', '2023'),
  badPolicy: run('schedule', '--year', '2023', '--policy', 'later'),
  badYear: run('schedule', '--year', 'abc'),
  missingFile: run('schedule', '--year', '2023', '--holidays', join(dir, 'missing.csv')),
  badFile: run('schedule', '--year', '2027', '--holidays', badFile),
};

afterAll(async () => {
  await Promise.all(Object.values(runs));
  rmSync(dir, { recursive: true, force: true });
});

jest.setTimeout(60_000);

describe('party-day schedule --json', () => {
  it('prints the 2023 default plan as one JSON object', async () => {
    const { code, stdout, stderr } = await runs.json2023;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(stdout) as JsonSchedule;
    expect(result.year).toBe(2023);
    expect(result.policy).toBe('postpone');
    expect(result.warnings).toEqual([]);
    expect(result.activities).toHaveLength(24);
    expect(result.activities[0]).toEqual({
      id: '2023-01-1',
      date: '2023-01-13',
      plannedDate: '2023-01-13',
      shifted: false,
      reason: null,
      theme: '学习教育日',
      provisional: false,
    });
    expect(result.activities[1]).toMatchObject({
      date: '2023-01-28',
      plannedDate: '2023-01-27',
      shifted: true,
      reason: '原定 2023-01-27（春节假期），顺延至 2023-01-28（调休上班日）',
    });
    expect(result.activities[11]).toMatchObject({ date: '2023-06-25', theme: '党内民主评议日' });
  });

  it('accepts 提前 for --policy', async () => {
    const result = JSON.parse((await runs.advance).stdout) as JsonSchedule;
    expect(result.policy).toBe('advance');
    expect(result.activities[1]).toMatchObject({ date: '2023-01-20', plannedDate: '2023-01-27' });
  });

  it('marks 2027 provisional and warns', async () => {
    const result = JSON.parse((await runs.provisional).stdout) as JsonSchedule;
    expect(result.activities.every((a) => a.provisional)).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['provisional-holidays']);
  });

  it('reads the user’s holiday file (UTF-8 with BOM)', async () => {
    const { code, stdout } = await runs.ownHolidays;
    expect(code).toBe(0);
    const first = (JSON.parse(stdout) as JsonSchedule).activities[0];
    expect(first).toMatchObject({
      date: '2027-01-09',
      plannedDate: '2027-01-08',
      reason: '原定 2027-01-08（单位运动会假期，手工录入），顺延至 2027-01-09（调休上班日，手工录入）',
    });
  });
});

describe('party-day schedule (table)', () => {
  it('prints a Chinese table aligned for CJK width', async () => {
    const { code, stdout } = await runs.table;
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('2023年党员固定活动日安排（每月第二、第四个星期五，遇节假日顺延）');
    const header = lines[2];
    const row = lines.find((line) => line.includes('2023-01-28')) as string;
    expect(header.startsWith('序号')).toBe(true);
    // The 日期, 主题 and 说明 columns start at the same display column in the header and a row.
    const column = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    expect(column(row, '2023-01-28')).toBe(column(header, '日期'));
    expect(column(row, '基层民主议事日')).toBe(column(header, '主题'));
    expect(column(row, '原定 2023-01-27')).toBe(column(header, '说明'));
    expect(stdout).toContain('共 24 次活动。');
  });
});

describe('party-day bad arguments', () => {
  it.each([
    ['badPolicy', '调整方式“later”无法识别，请用 postpone（顺延）或 advance（提前）。'],
    ['badYear', '年份“abc”不是有效的年份，请写成四位数字，如 --year 2023。'],
    ['missingFile', `找不到节假日文件“${join(dir, 'missing.csv')}”，请检查文件路径。`],
  ] as const)('%s → exit 2 and a Chinese message on stderr', async (name, message) => {
    const { code, stdout, stderr } = await runs[name];
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`错误：${message}\n`);
  });

  it('names the bad rows of a holiday file', async () => {
    const { code, stderr } = await runs.badFile;
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        `错误：节假日文件“${badFile}”有 2 处错误，请改正后再试：`,
        '  第3行：日期“2027-13-01”无效，请写成 2027-02-05 这样的格式。',
        '  第4行：类型“半天”无法识别，请填写 放假、上班 或 删除。',
        '',
      ].join('\n'),
    );
  });
});
