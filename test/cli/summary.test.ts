/**
 * `party-day summary` and `party-day sheets` on a workbook made by `party-day generate` from the
 * example roster, with attendance typed into the 出勤 sheet through ExcelJS (cells found by member
 * id and activity id): the JSON figures, the Chinese table, the sheets written into a copy (input
 * untouched), and the usage errors.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { findOwnedWorksheets } from '../helpers/excelJsGrid';
import { excelJsWorkbook } from '../helpers/generatedWorkbook';
import { generateWorkbook } from '../../src/app/generate';
import type { Member } from '../../src/domain/member';
import { newWorkbookFile, workbookFileBytes } from '../../src/file/workbookFile';
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd, type RawGrid } from '../../src/workbook/grid';
import { attendanceSheetKind } from '../../src/workbook/sheets/attendance';
import { FIRST_MEMBER_ROW, ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { MAKE_UP_KIND } from '../../src/workbook/sheets/makeUp';
import { fileDriver } from '../helpers/portDrivers';
import { cli } from '../helpers/cliRun';

jest.setTimeout(120_000);

const EXAMPLE = path.resolve(__dirname, '../../examples/roster.csv');
const ONE = '机关第一党支部';

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

/**
 * 领导干部 and 补学 in `summary --json`: a workbook built through the file port as a secretary fills
 * it — 是 typed in 党员名册's 领导干部 column (Q) for A001 and A002, March's attendance with 事, 病 and
 * ×, then one 补学日期 in 补学登记 — summarised on 2027-04-12, when 2027-03-12's 补学 is overdue
 * (30 days) and 2027-03-26's is not yet. The JSON's figures are the sheets' lines.
 */
describe('party-day summary: 领导干部 and 补学', () => {
  const FIRST = '第一党支部';
  const SECOND = '第二党支部';
  const MEMBERS: Member[] = [
    { id: 'A001', name: '李建国', branch: FIRST, category: '正式党员' },
    { id: 'A002', name: '王秀英', branch: FIRST, category: '预备党员' },
    { id: 'A003', name: '张明', branch: FIRST, category: '正式党员' },
    { id: 'A004', name: '陈晨', branch: FIRST, category: '正式党员' },
    { id: 'B001', name: '周海涛', branch: SECOND, category: '正式党员' },
    { id: 'B002', name: '吴静', branch: SECOND, category: '正式党员' },
  ];
  /** March: the leaders A001 and A002 are due 4 times and come 3 times (迟 counts as 实到). */
  const CODES: ReadonlyArray<[string, string, string]> = [
    ['A001', '2027-03-1', '√'],
    ['A001', '2027-03-2', '迟'],
    ['A002', '2027-03-1', '×'],
    ['A002', '2027-03-2', '√'],
    ['A003', '2027-03-1', '事'],
    ['A003', '2027-03-2', '病'],
    ['A004', '2027-03-1', '√'],
    ['A004', '2027-03-2', '√'],
    ['B001', '2027-03-1', '×'],
    ['B001', '2027-03-2', '√'],
    ['B002', '2027-03-1', '√'],
    ['B002', '2027-03-2', '√'],
  ];
  const LEADER_COLUMN = 17;
  const AS_OF = ['--as-of', '2027-04-12'];

  let book: string;

  function rowOf(grid: RawGrid, column: number, value: string, from = 1): number {
    for (let row = from; row <= gridEnd(grid).row; row++)
      if (gridCell(grid, row, column).value === value) return row;
    throw new Error(`No ${value} in ${grid.sheetName}`);
  }

  function columnOf(grid: RawGrid, row: number, value: string): number {
    for (let column = 1; column <= gridEnd(grid).column; column++)
      if (gridCell(grid, row, column).value === value) return column;
    throw new Error(`No ${value} in row ${row} of ${grid.sheetName}`);
  }

  beforeAll(async () => {
    const file = newWorkbookFile();
    const driver = fileDriver(file);
    await driver.act((port) => generateWorkbook(port, { year: 2027, unit: '测试局', members: MEMBERS }));
    const grids = await driver.act((port) => port.readOwnedGrids());
    const roster = grids.get('roster')!;
    expect(gridCell(roster, 3, LEADER_COLUMN).value).toBe('领导干部');
    for (const id of ['A001', 'A002'])
      await driver.type(roster.sheetName, cellRef(rowOf(roster, 1, id, 4), LEADER_COLUMN), '是');
    for (const [index, branch] of [FIRST, SECOND].entries()) {
      const sheet = grids.get(attendanceSheetKind(index + 1))!;
      for (const [id, activity, code] of CODES) {
        if (!MEMBERS.some((m) => m.id === id && m.branch === branch)) continue;
        const address = cellRef(rowOf(sheet, ID_COLUMN, id), columnOf(sheet, ID_ROW, activity));
        await driver.type(sheet.sheetName, address, code);
      }
    }
    // Regenerated: 补学登记 lists the four 补学 owed; A003 has made up 2027-03-1.
    await driver.act((port) => generateWorkbook(port, {}));
    const makeUp = (await driver.act((port) => port.readOwnedGrids())).get(MAKE_UP_KIND)!;
    const ids: string[] = [];
    for (let row = 3; row <= gridEnd(makeUp).row; row++)
      ids.push(`${String(gridCell(makeUp, row, 13).value)} ${String(gridCell(makeUp, row, 14).value)}`);
    expect(ids).toEqual(['A002 2027-03-1', 'A003 2027-03-1', 'A003 2027-03-2', 'B001 2027-03-1']);
    await driver.type(makeUp.sheetName, 'H4', '2027-03-20');
    book = path.join(dir, 'leaders.xlsx');
    await fs.writeFile(book, await workbookFileBytes(file));
  });

  async function summary(period: string[]) {
    const result = await cli(['summary', '--in', book, ...period, ...AS_OF, '--json']);
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as SummaryJson;
  }

  /** The texts of every cell of the summary sheet of the period, written by `party-day sheets`. */
  async function sheetRows(period: string[], kind: string): Promise<string[][]> {
    const out = path.join(dir, `sheet-${period.join('')}.xlsx`);
    expect((await cli(['sheets', '--in', book, '--out', out, ...period, ...AS_OF])).code).toBe(0);
    const sheet = findOwnedWorksheets(await excelJsWorkbook(out)).get(kind);
    if (!sheet) throw new Error(`no ${kind}`);
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const texts: string[] = [];
      // A merged range's text once, from its top-left cell.
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Merge && typeof cell.value === 'string') texts.push(cell.value);
      });
      rows.push(texts);
    });
    return rows;
  }

  /** '其中领导干部：应到 4 人次，实到 3 人次，出勤率 75%' read back into the JSON's figures. */
  function leadersOfLine(line: string) {
    const match =
      /^其中领导干部：应到 (\d+) 人次，实到 (\d+) 人次，出勤率 ([\d.]+)%(?:（另有 (\d+) 人次未登记）)?$/.exec(
        line,
      );
    if (!match) throw new Error(`not a leaders line: ${line}`);
    return {
      due: Number(match[1]),
      present: Number(match[2]),
      percent: Number(match[3]),
      unrecorded: Number(match[4] ?? 0),
    };
  }

  function leadersAsPrinted(leaders: LeadersJson) {
    return {
      due: leaders.due,
      present: leaders.present,
      percent: Math.round(leaders.rate! * 1000) / 10,
      unrecorded: leaders.unrecorded,
    };
  }

  it('gives the month’s leaders and 补学 per branch, as 月度汇总 prints them', async () => {
    const json = await summary(['--month', '2027-03']);
    const [first, second] = json.branches;
    expect(first.activities.map((a) => a.date)).toEqual(['2027-03-12', '2027-03-26']);
    expect(first.leaders).toEqual({ count: 2, due: 4, present: 3, unrecorded: 0, rate: 0.75 });
    // 2027-03-12's two 补学 outstanding on 2027-04-12 are overdue, 2027-03-26's (A003 病) not yet.
    expect(first.makeUp).toEqual({ due: 3, done: 1, outstanding: 2, overdue: 1 });
    expect(second.leaders).toBeNull();
    expect(second.makeUp).toEqual({ due: 1, done: 0, outstanding: 1, overdue: 1 });
    // By month, members carry no 补学 of their own (the sheets count it by year).
    expect(first.members.every((member) => !('makeUp' in member))).toBe(true);

    const lines = (await sheetRows(['--month', '2027-03'], 'summary.month')).flat();
    // One line for 第一党支部's page, one across the branches; 第二党支部 has no leaders, and no line.
    const leaderLines = lines.filter((text) => text.startsWith('其中领导干部'));
    expect(leaderLines).toEqual([
      '其中领导干部：应到 4 人次，实到 3 人次，出勤率 75%',
      '其中领导干部：应到 4 人次，实到 3 人次，出勤率 75%',
    ]);
    for (const line of leaderLines) expect(leadersOfLine(line)).toEqual(leadersAsPrinted(first.leaders!));
    // Each branch page's 补学 line, in branch order.
    const makeUpLines = lines.filter((text) => text.startsWith('补学：'));
    expect(makeUpLines).toEqual([
      '补学：应补学 3 人次，已补学 1 人次，未补学 2 人次（其中逾期 1 人次）。',
      '补学：应补学 1 人次，已补学 0 人次，未补学 1 人次（其中逾期 1 人次）。',
    ]);
    expect(
      makeUpLines.map((line) => {
        const [due, done, outstanding, overdue] = (line.match(/\d+/g) ?? []).map(Number);
        return { due, done, outstanding, overdue };
      }),
    ).toEqual([first.makeUp, second.makeUp]);
  });

  it('gives the year’s leaders and 补学, and each member’s 补学, as 年度汇总 prints them', async () => {
    const json = await summary(['--year', '2027']);
    const [first, second] = json.branches;
    // January to 2027-04-12: 7 activities held, 2 recorded; the rate is over the recorded ones.
    expect(first.leaders).toEqual({ count: 2, due: 14, present: 3, unrecorded: 10, rate: 0.75 });
    expect(first.makeUp).toEqual({ due: 3, done: 1, outstanding: 2, overdue: 1 });
    expect(second.leaders).toBeNull();
    expect(second.makeUp).toEqual({ due: 1, done: 0, outstanding: 1, overdue: 1 });
    const makeUpOf = (branch: BranchJson) =>
      Object.fromEntries(branch.members.map((member) => [member.name, member.makeUp]));
    expect(makeUpOf(first)).toEqual({
      李建国: { due: 0, done: 0, outstanding: 0, overdue: 0 },
      王秀英: { due: 1, done: 0, outstanding: 1, overdue: 1 },
      张明: { due: 2, done: 1, outstanding: 1, overdue: 0 },
      陈晨: { due: 0, done: 0, outstanding: 0, overdue: 0 },
    });
    expect(makeUpOf(second)).toEqual({
      周海涛: { due: 1, done: 0, outstanding: 1, overdue: 1 },
      吴静: { due: 0, done: 0, outstanding: 0, overdue: 0 },
    });

    const rows = await sheetRows(['--year', '2027'], 'summary.year');
    const leaderLines = rows.flat().filter((text) => text.startsWith('其中领导干部'));
    expect(leaderLines).toEqual([
      '其中领导干部：应到 14 人次，实到 3 人次，出勤率 75%（另有 10 人次未登记）',
      '其中领导干部：应到 14 人次，实到 3 人次，出勤率 75%（另有 10 人次未登记）',
    ]);
    for (const line of leaderLines) expect(leadersOfLine(line)).toEqual(leadersAsPrinted(first.leaders!));
    // 备注 '补学done/due' on each member's row, where any 补学 was owed.
    const notes = new Map<string, string>();
    for (const texts of rows) {
      const name = texts.find((text) => MEMBERS.some((member) => member.name === text));
      const note = texts.map((text) => /补学\d+\/\d+/.exec(text)?.[0]).find((found) => found !== undefined);
      if (name !== undefined && note !== undefined) notes.set(name, note);
    }
    expect(Object.fromEntries(notes)).toEqual({ 王秀英: '补学0/1', 张明: '补学1/2', 周海涛: '补学0/1' });
    const owed = [...first.members, ...second.members].filter((member) => member.makeUp!.due > 0);
    expect(Object.fromEntries(owed.map((m) => [m.name, `补学${m.makeUp!.done}/${m.makeUp!.due}`]))).toEqual(
      Object.fromEntries(notes),
    );
  });
});

interface MakeUpJson {
  due: number;
  done: number;
  outstanding: number;
  overdue: number;
}

interface LeadersJson {
  count: number;
  due: number;
  present: number;
  unrecorded: number;
  rate: number | null;
}

interface BranchJson {
  branch: string;
  activities: Array<{ id: string; date: string }>;
  members: Array<{ id: string; name: string; makeUp?: MakeUpJson }>;
  leaders: LeadersJson | null;
  makeUp: MakeUpJson;
}

interface SummaryJson {
  branches: BranchJson[];
}
