/**
 * `party-day sheets --activity` and `party-day summary --activity` on a workbook made by
 * `party-day generate` from the example roster, with March's first activity recorded through
 * ExcelJS: the sheets written into a copy (input untouched), the record's figures equal to the
 * monthly summary's, and the refusals (unknown id, another year, a cancelled activity, an id of
 * several branches) with nothing written.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { FIRST_MEMBER_ROW, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { SCHEDULE_COLUMNS } from '../../src/workbook/sheets/schedule';
import { findOwnedWorksheets } from '../helpers/excelJsGrid';
import { cli } from '../helpers/cliRun';

jest.setTimeout(120_000);

const EXAMPLE = path.resolve(__dirname, '../../examples/roster.csv');
const ONE = '机关第一党支部';
const MARCH_1: Record<string, string> = {
  A001: '√',
  A002: '事',
  A003: '迟',
  A004: '×',
  A005: '√',
  A008: '早',
};

let dir: string;
let workbook: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-activity-'));
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
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(generated);
  const owned = findOwnedWorksheets(book);
  const sheet = owned.get('attendance.1')!;
  let column = 0;
  sheet.getRow(ID_ROW).eachCell((cell, c) => {
    if (cell.value === '2027-03-1') column = c;
  });
  for (let row = FIRST_MEMBER_ROW; row <= sheet.rowCount; row += 1) {
    const code = MARCH_1[String(sheet.getCell(row, 1).value ?? '')];
    if (code !== undefined) sheet.getCell(row, column).value = code;
  }
  // 活动安排: a time and a summary for March's first activity, and an activity marked 已取消.
  const schedule = owned.get('schedule')!;
  for (let row = 4; row <= schedule.rowCount; row += 1) {
    const at = (column: number) => schedule.getCell(row, column);
    if (at(SCHEDULE_COLUMNS.id).text === '2027-03-1' && at(SCHEDULE_COLUMNS.branch).text === ONE) {
      at(SCHEDULE_COLUMNS.time).value = '9:30';
      at(SCHEDULE_COLUMNS.summary).value = '学习党章';
    }
  }
  const cancelled = schedule.getRow(schedule.rowCount + 1);
  cancelled.getCell(SCHEDULE_COLUMNS.id).value = '2027-03-7';
  cancelled.getCell(SCHEDULE_COLUMNS.branch).value = ONE;
  cancelled.getCell(SCHEDULE_COLUMNS.topic).value = '已改期的学习';
  cancelled.getCell(SCHEDULE_COLUMNS.status).value = '已取消';
  workbook = path.join(dir, 'workbook.xlsx');
  await book.xlsx.writeFile(workbook);
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('party-day sheets --activity', () => {
  it('writes the 通知, the 签到表, the 活动记录 and the month’s records into a copy, and prints the notice', async () => {
    const out = path.join(dir, 'materials.xlsx');
    const before = await fs.readFile(workbook);
    const result = await cli([
      'sheets',
      '--in',
      workbook,
      '--out',
      out,
      '--activity',
      '2027-03-1',
      '--branch',
      ONE,
      '--records-of-month',
      '2027-03',
      '--as-of',
      '2027-03-31',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`通知 2027-03-1 ${ONE}`);
    expect(result.stdout).toContain(`签到表 2027-03-1 ${ONE}`);
    expect(result.stdout).toContain(`活动记录 2027年3月 ${ONE}`);
    expect(result.stdout).toContain('定于2027年3月12日（星期五）09:30开展党员固定活动日活动');
    expect(await fs.readFile(workbook)).toEqual(before);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const kinds = [...findOwnedWorksheets(book).keys()].filter((kind) =>
      /^(notice|signin|record|records)\./.test(kind),
    );
    expect(kinds.sort()).toEqual([
      'notice.1.2027_03_1',
      'record.1.2027_03_1',
      'records.1.2027_03',
      'signin.1.2027_03_1',
    ]);
  });

  it('says in its help that --activity writes the notice, the 签到表 and the 活动记录', async () => {
    const result = await cli(['sheets', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.replace(/\s+/g, '')).toContain(
      '活动编号（见“活动安排”的编号列），如2027-03-1：写入该活动的通知表、签到表和活动记录',
    );
  });

  it.each([
    [
      ['--activity', '2027-03-9', '--branch', ONE],
      `${ONE}没有编号为“2027-03-9”的活动；请查看“活动安排”的编号列。`,
    ],
    [
      ['--activity', '2026-03-1', '--branch', ONE],
      '活动“2026-03-1”不在本工作簿的年度（2027年）内；请打开该年度的工作簿，或核对活动编号。',
    ],
    [
      ['--activity', '2027-03-7', '--branch', ONE],
      `${ONE}的活动“2027-03-7”已取消（重新生成后不再安排），不能生成通知、签到表或活动记录。`,
    ],
    [
      ['--activity', '2027-03-1'],
      '编号“2027-03-1”的活动有 3 个党支部都有（机关第一党支部、机关第二党支部、离退休党支部）；请用 --branch 指定党支部。',
    ],
    [
      ['--activity', '三月'],
      '活动编号“三月”格式不对；应如 2027-03-1（第 1 个固定活动日）或 2027-03-X1（增加的活动），见“活动安排”的编号列。',
    ],
  ])('refuses %j with a message naming it, and writes nothing', async (args, message) => {
    const out = path.join(dir, 'refused.xlsx');
    const result = await cli(['sheets', '--in', workbook, '--out', out, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    await expect(fs.access(out)).rejects.toThrow();
  });
});

describe('party-day summary --activity', () => {
  it('gives the record’s figures and name lists, equal to the monthly summary’s', async () => {
    const result = await cli([
      'summary',
      '--in',
      workbook,
      '--activity',
      '2027-03-1',
      '--branch',
      ONE,
      '--as-of',
      '2027-03-31',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout);
    const month = JSON.parse(
      (
        await cli([
          'summary',
          '--in',
          workbook,
          '--month',
          '2027-03',
          '--branch',
          ONE,
          '--as-of',
          '2027-03-31',
          '--json',
        ])
      ).stdout,
    );
    const line = month.branches[0].activities.find((a: { id: string }) => a.id === '2027-03-1');
    for (const key of [
      'due',
      'present',
      'late',
      'leftEarly',
      'leave',
      'absent',
      'unrecorded',
      'invitees',
      'rate',
      'met',
    ])
      expect({ key, value: record[key] }).toEqual({ key, value: line[key] });
    expect(record).toMatchObject({
      id: '2027-03-1',
      branch: ONE,
      time: '2027年3月12日（星期五）09:30',
      due: 6,
      present: 4,
      presentFormal: record.presentFormal,
    });
    expect(record.presentFormal + record.presentProbationary).toBe(4);
    expect(record.names.personalLeave.map((p: { id: string }) => p.id)).toEqual(['A002']);
    expect(record.names.absent.map((p: { id: string }) => p.id)).toEqual(['A004']);
    expect(record.names.late.map((p: { id: string }) => p.id)).toEqual(['A003']);
    expect(record.names.leftEarly.map((p: { id: string }) => p.id)).toEqual(['A008']);
    expect(record.names.exempt.map((p: { id: string }) => p.id)).toEqual(['A006']);
  });
});
