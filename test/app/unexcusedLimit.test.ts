/**
 * 无故缺席 in a year through the file port: the limit read from 设置's 无故缺席提示次数 (B14), the
 * prompt in 检查 with the attendance cell of the latest absence, in the month's and the year's
 * summary sheets, and nothing at all under the default limit of 3.
 */
import { readFileSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkWorkbook } from '../../src/app/check';
import { runCli } from '../../src/cli/main';
import { writeSummarySheets } from '../../src/app/summaries';
import { dateOf } from '../../src/domain/date';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { workbookFileBytes } from '../../src/file/workbookFile';
import {
  attendanceCell,
  generatedWorkbook,
  ownedSheet,
  type SavedWorkbook,
  saveAndReopen,
} from '../helpers/generatedWorkbook';

jest.setTimeout(120_000);

const ONE = '第一党支部';
const MEMBERS: Member[] = [
  { id: 'A001', name: '李建国', branch: ONE, category: '正式党员' },
  { id: 'A002', name: '王秀英', branch: ONE, category: '预备党员' },
];
/** The first six activities of 2027, January to March: × never twice in a row (no run of absence). */
const ACTIVITIES = ['2027-01-1', '2027-01-2', '2027-02-1', '2027-02-2', '2027-03-1', '2027-03-2'];
const CODES: Record<string, string[]> = {
  A001: ['×', '√', '×', '√', '√', '√'],
  A002: ['事', '病', '×', '√', '√', '√'],
};
const AS_OF = dateOf(2027, 3, 31);
const PROMPT =
  '第一党支部 李建国（编号 A001）2027年无故缺席固定活动日 2 次（1月8日、2月12日），达到“设置”中的无故缺席提示次数（2 次）；' +
  '请党支部了解原因，核实是否有请假漏登，做好谈心谈话和教育提醒。本提示仅供党支部参考，不作结论。';

async function recorded(limit: number | null): Promise<SavedWorkbook> {
  const saved = await generatedWorkbook({ year: 2027, members: MEMBERS });
  const settings = ownedSheet(saved, 'settings');
  expect(settings.getCell('A14').value).toBe('无故缺席提示次数');
  if (limit !== null) settings.getCell('B14').value = limit;
  const sheet = ownedSheet(saved, 'attendance.1');
  for (const [id, codes] of Object.entries(CODES))
    codes.forEach((code, i) => (attendanceCell(sheet, id, ACTIVITIES[i]).value = code));
  return saveAndReopen(saved);
}

/** Every text cell of a sheet. */
function texts(saved: SavedWorkbook, kind: string): string[] {
  const out: string[] = [];
  ownedSheet(saved, kind).eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && (!cell.isMerged || cell.master === cell)) out.push(cell.value);
    }),
  );
  return out;
}

describe('无故缺席提示次数 from 设置', () => {
  it('at 2, lists the member with two × in 检查 (at the latest one’s cell) and in both summaries', async () => {
    const saved = await recorded(2);
    const check = await checkWorkbook(createFilePort(saved), AS_OF);
    const items = check.items.filter((item) => item.code === 'unexcused-limit');
    const cell = attendanceCell(ownedSheet(saved, 'attendance.1'), 'A001', '2027-02-1');
    expect(items).toEqual([
      {
        source: 'warning',
        code: 'unexcused-limit',
        severity: 'warning',
        message: PROMPT,
        branch: ONE,
        location: { sheet: `出勤-${ONE}`, row: Number(cell.row), cell: cell.address },
      },
    ]);
    expect(check.counts['unexcused-limit']).toBe(1);
    // The six-month rule's runs: none here (no two × in a row).
    expect(check.counts['absence-run']).toBeUndefined();

    // February's summary (the month of the latest absence) and the year's list it among the warnings.
    const port = createFilePort(saved);
    const generatedAt = '2027-03-31 16:00';
    const month = await writeSummarySheets(port, {
      period: { kind: 'month', year: 2027, month: 2 },
      asOf: AS_OF,
      generatedAt,
    });
    expect(month.summary.warnings.filter((w) => w.code === 'unexcused-limit').map((w) => w.message)).toEqual([
      PROMPT,
    ]);
    const year = await writeSummarySheets(port, {
      period: { kind: 'year', year: 2027 },
      asOf: AS_OF,
      generatedAt,
    });
    expect(year.summary.warnings.filter((w) => w.code === 'unexcused-limit').map((w) => w.message)).toEqual([
      PROMPT,
    ]);
    const written = await saveAndReopen(saved);
    // Numbered after 节假日预估 and the activities under 80% (February's one; the year's three).
    expect(texts(written, 'summary.month').filter((text) => text.includes('无故缺席固定活动日'))).toEqual([
      `3. ${PROMPT}`,
    ]);
    expect(texts(written, 'summary.year').filter((text) => text.includes('无故缺席固定活动日'))).toEqual([
      `5. ${PROMPT}`,
    ]);

    // March's summary: no new absence, no prompt.
    const march = await writeSummarySheets(createFilePort(saved), {
      period: { kind: 'month', year: 2027, month: 3 },
      asOf: AS_OF,
      generatedAt,
    });
    expect(march.summary.warnings.filter((w) => w.code === 'unexcused-limit')).toEqual([]);

    // The command line: `summary --json` lists it with the branch's warnings, the table as a line.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'unexcused-'));
    const file = path.join(dir, 'book.xlsx');
    await fs.writeFile(file, await workbookFileBytes(saved));
    const run = async (args: string[]) => {
      let stdout = '';
      const code = await runCli(
        ['summary', '--in', file, '--year', '2027', '--as-of', '2027-03-31', ...args],
        {
          stdout: (text) => void (stdout += text),
          stderr: () => undefined,
          readFile: (name) => readFileSync(name),
        },
      );
      expect(code).toBe(0);
      return stdout;
    };
    const json = JSON.parse(await run(['--json'])) as {
      branches: Array<{ warnings: Array<{ code: string; message: string }> }>;
    };
    expect(json.branches[0].warnings.filter((w) => w.code === 'unexcused-limit')).toEqual([
      { code: 'unexcused-limit', message: PROMPT },
    ]);
    expect((await run([])).split('\n')).toContain(`- ${PROMPT}`);
    await fs.rm(dir, { recursive: true });
  });

  it('at the default 3 (B14 left as written), two × are not listed', async () => {
    const saved = await recorded(null);
    expect(ownedSheet(saved, 'settings').getCell('B14').value).toBe(3);
    const check = await checkWorkbook(createFilePort(saved), AS_OF);
    expect(check.items.filter((item) => item.code === 'unexcused-limit')).toEqual([]);
  });
});
