/**
 * `party-day generate --as-of`: after writing, attendance is checked as of that day and the
 * warnings are printed after the written-sheets report (unrecorded marks, rates under the
 * threshold); the default day is today in Asia/Shanghai, never the machine's zone.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { todayInChina } from '../../src/cli/commands/generate';
import { findOwnedWorksheets } from '../helpers/excelJsGrid';
import { excelJsWorkbook } from '../helpers/generatedWorkbook';
import { ID_ROW } from '../../src/workbook/sheets/attendance/layout';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/party-day.js');
const EXAMPLE = path.join(ROOT, 'examples/roster.csv');
const ONE = '机关第一党支部';

function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-asof-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('party-day generate --as-of', () => {
  it('prints the attendance warnings as of the given day', async () => {
    const first = await run(
      [
        'generate',
        '--members',
        EXAMPLE,
        '--year',
        '2027',
        '--out',
        'a.xlsx',
        '--as-of',
        '2027-01-20',
        '--unit',
        '某某局机关党总支',
      ],
      dir,
    );
    expect(first.code).toBe(0);
    const lines = first.stdout.split('\n');
    const title = lines.indexOf('提示（出勤统计截至 2027-01-20）：');
    expect(title).toBeGreaterThan(lines.findIndex((line) => line.startsWith('共 3 个党支部')));
    const unrecorded = lines.slice(title).filter((line) => line.includes('未登记出勤'));
    // Only the three branches' 8 January activities are due by 20 January; 22 January is not yet.
    expect(unrecorded).toEqual([
      expect.stringContaining(`${ONE} 2027年1月8日（学习教育日）尚未登记出勤（应到 6 人）`),
      expect.stringContaining('机关第二党支部 2027年1月8日（学习教育日）尚未登记出勤（应到 3 人）'),
      expect.stringContaining('离退休党支部 2027年1月8日（学习教育日）尚未登记出勤（应到 2 人）'),
    ]);

    // The branch records 8 January for six people (one an invitee or exempt): 3 present, 1 on leave,
    // 1 absent of the 6 due, 陈晨 not yet → 3/6 = 50%, under 80%, and 1 still unrecorded.
    const book = await excelJsWorkbook(path.join(dir, 'a.xlsx'));
    const sheet = findOwnedWorksheets(book).get('attendance.1');
    if (!sheet) throw new Error('no attendance sheet');
    let column = 0;
    sheet.getRow(ID_ROW).eachCell((cell, n) => {
      if (cell.value === '2027-01-1' && column === 0) column = n;
    });
    expect(column).toBeGreaterThan(0);
    const marks: Record<string, string> = {
      A001: '√',
      A002: '√',
      A003: '√',
      A004: '事',
      A005: '×',
      A006: '×',
    };
    let marked = 0;
    sheet.getColumn(1).eachCell((cell, n) => {
      const mark = typeof cell.value === 'string' ? marks[cell.value] : undefined;
      if (mark !== undefined) {
        sheet.getCell(n, column).value = mark;
        marked++;
      }
    });
    expect(marked).toBe(6);
    await book.xlsx.writeFile(path.join(dir, 'marked.xlsx'));

    const second = await run(
      [
        'generate',
        '--members',
        EXAMPLE,
        '--year',
        '2027',
        '--into',
        'marked.xlsx',
        '--out',
        'b.xlsx',
        '--as-of',
        '2027-01-20',
      ],
      dir,
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      `${ONE} 2027年1月8日（学习教育日）到会率 50%（实到 3 / 应到 6），低于 80%；请查明缺席原因，做好提醒和补学。另有 1 人未登记`,
    );
    expect(second.stdout).toContain(`${ONE} 2027年1月8日（学习教育日）部分登记，有 1 人未登记出勤（陈晨）`);
    expect(second.stdout).toContain('机关第二党支部 2027年1月8日（学习教育日）尚未登记出勤（应到 3 人）');
  });

  it('refuses a date it cannot read, writing nothing', async () => {
    const result = await run(
      ['generate', '--members', EXAMPLE, '--year', '2027', '--out', 'a.xlsx', '--as-of', '2027-02-30'],
      dir,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--as-of 的日期“2027-02-30”无效');
    await expect(fs.stat(path.join(dir, 'a.xlsx'))).rejects.toThrow();
  });

  it('takes today in Asia/Shanghai by default, whatever the machine zone', () => {
    expect(todayInChina(new Date('2027-03-31T15:59:59Z'))).toBe('2027-03-31');
    expect(todayInChina(new Date('2027-03-31T16:00:00Z'))).toBe('2027-04-01');
  });

  it('says what --as-of does in the help', async () => {
    const help = await run(['generate', '--help'], dir);
    expect(help.stdout).toContain('生成后按此日检查出勤');
  });
});
