/**
 * `party-day summary` and `party-day sheets` on a workbook made by `party-day generate` from the
 * example roster, with attendance typed into the 出勤 sheet through ExcelJS (cells found by member
 * id and activity id): the JSON figures, the Chinese table, the sheets written into a copy (input
 * untouched), and the usage errors.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { findOwnedWorksheets } from '../helpers/excelJsGrid';
import { excelJsWorkbook } from '../helpers/generatedWorkbook';
import { FIRST_MEMBER_ROW, ID_ROW } from '../../src/workbook/sheets/attendance/layout';

jest.setTimeout(120_000);

const EXAMPLE = path.resolve(__dirname, '../../examples/roster.csv');
const ONE = '机关第一党支部';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[]): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (file) => readFileSync(file),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

/** Codes for the first branch: 2027-03-1 fully recorded, 2027-03-2 only for A001 and A002. */
const MARCH_1: Record<string, string> = {
  A001: '√',
  A002: '事',
  A003: '迟',
  A004: '×',
  A005: '√',
  A008: '早',
};
const MARCH_2: Record<string, string> = { A001: '√', A002: '√' };

let dir: string;
let workbook: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-summary-'));
  const generated = path.join(dir, 'generated.xlsx');
  const made = await cli([
    'generate',
    '--members',
    EXAMPLE,
    '--year',
    '2027',
    '--unit',
    '张店分局机关党总支',
    '--out',
    generated,
  ]);
  expect(made.code).toBe(0);
  // Type attendance into 出勤-机关第一党支部 the way a user would, by ids.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(generated);
  const sheet = findOwnedWorksheets(book).get('attendance.1');
  if (!sheet) throw new Error('no attendance sheet');
  const columns = new Map<string, number>();
  sheet.getRow(ID_ROW).eachCell((cell, column) => columns.set(String(cell.value), column));
  for (let row = FIRST_MEMBER_ROW; row <= sheet.rowCount; row += 1) {
    const id = String(sheet.getCell(row, 1).value ?? '');
    for (const [activity, codes] of [
      ['2027-03-1', MARCH_1],
      ['2027-03-2', MARCH_2],
    ] as const) {
      const column = columns.get(activity);
      if (column !== undefined && codes[id] !== undefined) sheet.getCell(row, column).value = codes[id];
    }
  }
  workbook = path.join(dir, 'workbook.xlsx');
  await book.xlsx.writeFile(workbook);
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('party-day summary', () => {
  it('prints the month as one JSON object with the figures of each activity and member', async () => {
    const result = await cli([
      'summary',
      '--in',
      workbook,
      '--month',
      '2027-03',
      '--as-of',
      '2027-03-31',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.period).toBe('2027-03');
    expect(json.branches.map((b: { branch: string }) => b.branch)).toEqual([
      ONE,
      '机关第二党支部',
      '离退休党支部',
    ]);
    const one = json.branches[0];
    // Due: A001–A005 and A008 (A006 exempt, A007 an invitee).
    expect(one.activities[0]).toEqual({
      id: '2027-03-1',
      date: '2027-03-12',
      theme: '学习教育日',
      held: true,
      due: 6,
      present: 4,
      late: 1,
      leftEarly: 1,
      leave: 1,
      absent: 1,
      unrecorded: 0,
      invalid: 0,
      invitees: 0,
      rate: 0.6667,
      met: false,
      recording: 'complete',
    });
    // Partly recorded, 2 of 6 so far: 2/6 + 4 not entered could still reach 80%, so no verdict yet.
    expect(one.activities[1]).toMatchObject({
      id: '2027-03-2',
      due: 6,
      present: 2,
      unrecorded: 4,
      rate: 0.3333,
      met: null,
      recording: 'partial',
    });
    const member = (id: string) => one.members.find((m: { id: string }) => m.id === id);
    expect(member('A001')).toEqual({
      id: 'A001',
      name: '李建国',
      due: 2,
      attended: 2,
      leave: 0,
      absent: 0,
      rate: 1,
    });
    expect(member('A002')).toMatchObject({ due: 2, attended: 1, leave: 1, rate: 0.5 });
    expect(member('A004')).toMatchObject({ due: 2, attended: 0, absent: 1, rate: 0 });
    // The example roster's two 张伟 are told apart, as in the sheets.
    expect([member('A003').label, member('A004').label]).toEqual(['张伟（编号 A003）', '张伟（编号 A004）']);
    expect(member('A006')).toMatchObject({ due: 0, rate: null });
    expect(member('A007')).toBeUndefined();
    expect(one.warnings.some((w: { code: string }) => w.code === 'below-threshold')).toBe(true);
  });

  it('gives a month with nothing recorded no rate (null, 未登记), never 0%', async () => {
    const json = JSON.parse(
      (await cli(['summary', '--in', workbook, '--month', '2027-01', '--as-of', '2027-03-31', '--json']))
        .stdout,
    );
    const january = json.branches[0].activities;
    expect(
      january.map((a: { rate: unknown; met: unknown; recording: unknown; unrecorded: unknown }) => [
        a.rate,
        a.met,
        a.recording,
        a.unrecorded,
      ]),
    ).toEqual([
      [null, null, 'none', 6],
      [null, null, 'none', 6],
    ]);
    expect(json.branches[0].members.find((m: { id: string }) => m.id === 'A001')).toMatchObject({
      due: 2,
      rate: null,
    });
    const text = await cli([
      'summary',
      '--in',
      workbook,
      '--month',
      '2027-01',
      '--as-of',
      '2027-03-31',
      '--branch',
      ONE,
    ]);
    expect(text.stdout).toMatch(/2027-01-08\s+学习教育日\s+6\s+6\s+未登记\s+未登记/);
    expect(text.stdout).not.toMatch(/\b0(\.0)?%/);
  });

  it('prints one branch of the year as a readable Chinese table', async () => {
    const result = await cli([
      'summary',
      '--in',
      workbook,
      '--year',
      '2027',
      '--branch',
      ONE,
      '--as-of',
      '2027-03-31',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2027年');
    expect(result.stdout).toContain(`【${ONE}】`);
    expect(result.stdout).not.toContain('机关第二党支部】');
    expect(result.stdout).toMatch(/2027-03-12\s+学习教育日\s+6\s+4\s+1\s+1\s+1\s+1\s+0\s+66.7%\s+否/);
    expect(result.stdout).toContain('未开展');
  });

  it('refuses a missing period, an unknown branch and a year the workbook is not for', async () => {
    const none = await cli(['summary', '--in', workbook]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--month');
    const branch = await cli(['summary', '--in', workbook, '--month', '2027-03', '--branch', '第九党支部']);
    expect(branch.code).toBe(2);
    expect(branch.stderr).toContain('没有名为“第九党支部”的党支部');
    expect(branch.stderr).toContain(ONE);
    const year = await cli(['summary', '--in', workbook, '--year', '2026']);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('2027 年度');
    const month = await cli(['summary', '--in', workbook, '--month', '2027-13']);
    expect(month.code).toBe(2);
    expect(month.stderr).toContain('2027-13');
  });
});

describe('party-day sheets', () => {
  it('writes 月度汇总 and then 年度汇总 into copies, leaving the input as it was', async () => {
    const before = await sha256(workbook);
    const monthOut = path.join(dir, 'month.xlsx');
    const month = await cli([
      'sheets',
      '--in',
      workbook,
      '--out',
      monthOut,
      '--month',
      '2027-03',
      '--as-of',
      '2027-03-31',
    ]);
    expect(month.code).toBe(0);
    expect(month.stdout).toContain('月度汇总');
    const monthFile = await excelJsWorkbook(monthOut);
    const sheet = findOwnedWorksheets(monthFile).get('summary.month');
    expect(sheet?.name).toBe('月度汇总');
    expect(sheet?.getCell('A1').value).toBe('张店分局机关党总支 2027年3月各党支部党员固定活动日情况汇总');
    // The user's entries are still in the copy's attendance sheet.
    expect(findOwnedWorksheets(monthFile).has('attendance.1')).toBe(true);

    const yearOut = path.join(dir, 'year.xlsx');
    const year = await cli([
      'sheets',
      '--in',
      monthOut,
      '--out',
      yearOut,
      '--year',
      '2027',
      '--as-of',
      '2027-03-31',
    ]);
    expect(year.code).toBe(0);
    const owned = findOwnedWorksheets(await excelJsWorkbook(yearOut));
    expect(owned.get('summary.year')?.name).toBe('年度汇总');
    expect(owned.has('summary.month')).toBe(true);
    expect(await sha256(workbook)).toBe(before);

    const same = await cli(['sheets', '--in', workbook, '--out', workbook, '--year', '2027']);
    expect(same.code).toBe(2);
    expect(await sha256(workbook)).toBe(before);
    const noOut = await cli(['sheets', '--in', workbook, '--year', '2027']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out');
  });
});
