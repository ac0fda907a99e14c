/**
 * The 党总支's roll-up on three branch workbooks built from the fixture roster (one per branch,
 * attendance typed by id): one branch meeting 80% at both March activities, one at exactly 80% and
 * then under it, one whose March holds a single activity (the second half of the month is off) and
 * is partly recorded. Each branch's figures equal those `summary --json` gives for its own workbook
 * (literal values below), the 报送情况, the monthly check and the annual matrix are asserted, and every
 * kind of conflict gets its message.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type RollupSource, rollUp } from '../../src/app/rollup/rollup';
import { computeSummaries } from '../../src/app/summaries';
import { summaryJson } from '../../src/cli/commands/summary';
import { mergeJson } from '../../src/cli/commands/merge';
import type { CalendarDate } from '../../src/domain/date';
import { createFilePort } from '../../src/file/port';
import { openWorkbookBytes } from '../../src/file/workbookFile';
import {
  ONE,
  RETIRED,
  TWO,
  branchWorkbookBytes,
  daysOff,
  everyone,
  fixtureMembers,
} from '../helpers/branchWorkbooks';

jest.setTimeout(180_000);

const MARCH = { kind: 'month', year: 2026, month: 3 } as const;
const MARCH_END = '2026-03-31' as CalendarDate;
const APRIL_END = '2026-04-30' as CalendarDate;

const books = new Map<string, Uint8Array>();

async function source(file: string): Promise<RollupSource> {
  const bytes = books.get(file);
  if (bytes === undefined) throw new Error(`no book ${file}`);
  return { file, port: createFilePort(await openWorkbookBytes(bytes, file)) };
}

async function sources(...files: string[]): Promise<RollupSource[]> {
  return Promise.all(files.map(source));
}

const m1 = fixtureMembers(ONE);
const m2 = fixtureMembers(TWO);
const m3 = fixtureMembers(RETIRED);
const oneMarch = {
  '2026-03-1': everyone(m1, '√', { D0003: '事', D0004: '×' }),
  '2026-03-2': everyone(m1, '√', { D0004: '×' }),
};
const twoMarch = {
  '2026-03-1': everyone(m2, '√', { D0016: '×', D0017: '病', D0018: '事' }),
  '2026-03-2': everyone(m2, '√', { D0016: '×', D0017: '病', D0018: '事', D0019: '×' }),
};

beforeAll(async () => {
  books.set('一支部.xlsx', await branchWorkbookBytes({ branch: ONE, members: m1, attendance: oneMarch }));
  books.set('二支部.xlsx', await branchWorkbookBytes({ branch: TWO, members: m2, attendance: twoMarch }));
  books.set(
    '离退休.xlsx',
    await branchWorkbookBytes({
      branch: RETIRED,
      members: m3,
      // 16–31 March off: the 4th Friday cannot be held, March has a single activity.
      manualHolidays: daysOff('2026-03', 16, 31),
      attendance: { '2026-03-1': everyone(m3, '√', { D0031: '病', D0032: '', D0034: '' }) },
    }),
  );
});

describe('three branch workbooks rolled up', () => {
  it('gives each branch the figures its own workbook gives (summary --json), from the file named', async () => {
    const request = { period: MARCH, asOf: MARCH_END, generatedAt: '2026-03-31 17:00' };
    const result = await rollUp(await sources('一支部.xlsx', '二支部.xlsx', '离退休.xlsx'), request);
    expect(result.conflicts).toEqual([]);
    const json = mergeJson(result) as {
      branches: Array<{ file: string; branch: string; activities: unknown[] }>;
    };
    for (const file of ['一支部.xlsx', '二支部.xlsx', '离退休.xlsx']) {
      const opened = await source(file);
      if (!('port' in opened)) throw new Error(file);
      const alone = await computeSummaries(opened.port, request);
      const own = summaryJson(alone, request) as { branches: Array<{ branch: string }> };
      const merged = json.branches.find((branch) => branch.file === file);
      expect(merged).toEqual({ file, threshold: 0.8, ...own.branches[0] });
    }
    const figures = json.branches.map((branch) => ({
      file: branch.file,
      branch: branch.branch,
      activities: (branch.activities as Array<Record<string, unknown>>).map((a) => [
        a.id,
        a.date,
        a.due,
        a.present,
        a.leave,
        a.absent,
        a.unrecorded,
        a.rate,
        a.met,
      ]),
    }));
    expect(figures).toEqual([
      {
        file: '一支部.xlsx',
        branch: ONE,
        activities: [
          ['2026-03-1', '2026-03-13', 15, 13, 1, 1, 0, 0.8667, true],
          ['2026-03-2', '2026-03-27', 15, 14, 0, 1, 0, 0.9333, true],
        ],
      },
      {
        file: '二支部.xlsx',
        branch: TWO,
        activities: [
          // 12 of 15: exactly 80%, met; 11 of 15 is under.
          ['2026-03-1', '2026-03-13', 15, 12, 2, 1, 0, 0.8, true],
          ['2026-03-2', '2026-03-27', 15, 11, 2, 2, 0, 0.7333, false],
        ],
      },
      {
        file: '离退休.xlsx',
        branch: RETIRED,
        // Two exempt members are not due; two due members not recorded: 10 of 13 cannot be judged yet.
        activities: [['2026-03-1', '2026-03-13', 13, 10, 1, 0, 2, 0.7692, null]],
      },
    ]);
  });

  it('reports 已报, 部分 and 未报 with the activities still to record', async () => {
    const march = await rollUp(await sources('一支部.xlsx', '二支部.xlsx', '离退休.xlsx'), {
      period: MARCH,
      asOf: MARCH_END,
      generatedAt: '',
    });
    expect(march.reports.map((r) => [r.file, r.branch, r.status, r.held, r.lastRecorded, r.pending])).toEqual(
      [
        ['一支部.xlsx', ONE, 'reported', 2, '2026-03-27', []],
        ['二支部.xlsx', TWO, 'reported', 2, '2026-03-27', []],
        [
          '离退休.xlsx',
          RETIRED,
          'partial',
          1,
          '2026-03-13',
          [{ activityId: '2026-03-1', date: '2026-03-13', recording: 'partial' }],
        ],
      ],
    );
    const april = await rollUp(await sources('一支部.xlsx'), {
      period: { kind: 'month', year: 2026, month: 4 },
      asOf: APRIL_END,
      generatedAt: '',
    });
    expect(
      april.reports.map((r) => [r.status, r.held, r.lastRecorded, r.pending.map((p) => p.date)]),
    ).toEqual([['unreported', 2, '2026-03-27', ['2026-04-10', '2026-04-24']]]);
    // The day before the first April activity nothing is due yet.
    const early = await rollUp(await sources('一支部.xlsx'), {
      period: { kind: 'month', year: 2026, month: 4 },
      asOf: '2026-04-09' as CalendarDate,
      generatedAt: '',
    });
    expect(early.reports[0].status).toBe('nothing-due');
  });

  it('checks the month: branches short first, with why, absentees without reason, totals', async () => {
    const result = await rollUp(await sources('一支部.xlsx', '二支部.xlsx', '离退休.xlsx'), {
      period: MARCH,
      asOf: MARCH_END,
      generatedAt: '',
    });
    const check = result.monthCheck;
    if (check === null) throw new Error('no month check');
    expect(
      check.branches.map((entry) => [
        entry.branch,
        entry.short,
        entry.month.held,
        entry.month.required,
        [...entry.absentees].map(([id, marks]) => [id, marks.map((mark) => mark.name)]),
      ]),
    ).toEqual([
      [
        TWO,
        { tooFew: false, belowThreshold: 1, unrecorded: 0 },
        2,
        2,
        [
          ['2026-03-1', ['傅丽华']],
          ['2026-03-2', ['傅丽华', '钟娜']],
        ],
      ],
      [RETIRED, { tooFew: true, belowThreshold: 0, unrecorded: 1 }, 1, 2, []],
      [
        ONE,
        { tooFew: false, belowThreshold: 0, unrecorded: 0 },
        2,
        2,
        [
          ['2026-03-1', ['萧桂英']],
          ['2026-03-2', ['萧桂英']],
        ],
      ],
    ]);
    expect([check.held, check.required, check.belowThreshold]).toEqual([5, 6, 1]);
    expect([check.totals.due, check.totals.attended, check.totals.absent, check.totals.unrecorded]).toEqual([
      73, 60, 5, 2,
    ]);
    expect(check.totals.rate).toBeCloseTo(60 / 73, 10);
  });

  it('puts the year side by side: branch × month, 完成率 and ranking', async () => {
    const result = await rollUp(await sources('离退休.xlsx', '二支部.xlsx', '一支部.xlsx'), {
      period: { kind: 'year', year: 2026 },
      asOf: APRIL_END,
      generatedAt: '',
    });
    const matrix = result.matrix;
    if (matrix === null) throw new Error('no matrix');
    expect(
      matrix.rows.map((row) => [
        row.rank,
        row.branch,
        row.file,
        row.monthsOver,
        row.monthsMet,
        row.completion,
      ]),
    ).toEqual([
      [1, ONE, '一支部.xlsx', 4, 1, 1],
      [2, TWO, '二支部.xlsx', 4, 0, 1],
      [3, RETIRED, '离退休.xlsx', 4, 0, 0.875],
    ]);
    expect(matrix.rows.map((row) => row.rate)).toEqual([27 / 30, 23 / 30, 10 / 13]);
    const march = matrix.rows.map((row) => row.cells[2]);
    expect(march.map((cell) => [cell.held, cell.required, cell.met])).toEqual([
      [2, 2, true],
      [2, 2, false],
      [1, 2, false],
    ]);
    // January held but unrecorded: open, not failed; May not over yet.
    expect(matrix.rows[0].cells[0]).toEqual({ held: 2, required: 2, rate: null, met: null });
    expect(matrix.rows[0].cells[4]).toEqual({ held: 0, required: 2, rate: null, met: null });
    // Every member of every branch, with half-year and year figures: 8 activities held by April,
    // 6 of them not recorded yet, D0004 absent at both March ones.
    const d0004 = result.branches
      .find((branch) => branch.branch === ONE)
      ?.year.members.find((member) => member.memberId === 'D0004');
    expect([d0004?.name, d0004?.halves[0].due, d0004?.halves[0].attended, d0004?.year.absent]).toEqual([
      '萧桂英',
      8,
      0,
      2,
    ]);
  });
});

describe('conflicts between the files', () => {
  beforeAll(async () => {
    // A copy of 一支部 sent earlier: only the first March activity recorded.
    books.set(
      '一支部-旧.xlsx',
      await branchWorkbookBytes({
        branch: ONE,
        members: m1,
        attendance: { '2026-03-1': oneMarch['2026-03-1'] },
      }),
    );
    books.set('一支部-副本.xlsx', books.get('一支部.xlsx') as Uint8Array);
    // 二支部 as full as the original but with one entry different.
    books.set(
      '二支部-改.xlsx',
      await branchWorkbookBytes({
        branch: TWO,
        members: m2,
        attendance: { ...twoMarch, '2026-03-1': { ...twoMarch['2026-03-1'], D0016: '事' } },
      }),
    );
    // Another branch listing D0002 under another name, and judging at 75%.
    books.set(
      '三支部.xlsx',
      await branchWorkbookBytes({
        branch: '机关第三党支部',
        members: m1.slice(0, 3).map((member) => ({
          ...member,
          branch: '机关第三党支部',
          name: member.id === 'D0002' ? '汪蕾' : member.name,
        })),
        settings: { threshold: 0.75 },
      }),
    );
    books.set('一支部2027.xlsx', await branchWorkbookBytes({ branch: ONE, members: m1, year: 2027 }));
  });

  it('uses the copy with more recorded, and says why', async () => {
    const result = await rollUp(await sources('一支部-旧.xlsx', '一支部.xlsx'), {
      period: MARCH,
      asOf: MARCH_END,
      generatedAt: '',
    });
    expect(result.conflicts.map((c) => [c.code, c.files, c.message])).toEqual([
      [
        'same-branch',
        ['一支部-旧.xlsx', '一支部.xlsx'],
        '“机关第一党支部”在多个文件中出现：采用“一支部.xlsx”，未采用“一支部-旧.xlsx”，因为它登记的出勤较多（32 人次，另一份 16 人次），应是较新的一份。如有误，请只保留正确的一份后重新汇总。',
      ],
    ]);
    expect(result.branches.map((b) => b.file)).toEqual(['一支部.xlsx']);
    expect(result.files).toEqual([
      { file: '一支部-旧.xlsx', used: false },
      { file: '一支部.xlsx', used: true },
    ]);
  });

  it('takes the first of identical copies, and refuses copies as full as each other that differ', async () => {
    const result = await rollUp(
      await sources('一支部.xlsx', '一支部-副本.xlsx', '二支部.xlsx', '二支部-改.xlsx'),
      {
        period: MARCH,
        asOf: MARCH_END,
        generatedAt: '',
      },
    );
    expect(result.conflicts.map((c) => c.message)).toEqual([
      '“机关第一党支部”在多个文件中出现：采用“一支部.xlsx”，未采用“一支部-副本.xlsx”，因为几份的名单和出勤登记完全相同。如有误，请只保留正确的一份后重新汇总。',
      '“机关第二党支部”在“二支部.xlsx”“二支部-改.xlsx”中都有，登记的出勤同为 32 人次但内容不同，无法判断哪份是最新的，该支部未计入汇总；请确认后只保留一份，重新汇总。',
    ]);
    expect(result.branches.map((b) => [b.branch, b.file])).toEqual([[ONE, '一支部.xlsx']]);
  });

  it('reports a member id under two names, a different threshold, another year and files that are no branch workbook', async () => {
    const fixture = new Uint8Array(
      readFileSync(path.join(__dirname, '..', 'fixtures', 'existing-workbook.xlsx')),
    );
    const csv = new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', 'roster-basic.csv')));
    const pdf = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n');
    const result = await rollUp(
      [
        ...(await sources('一支部.xlsx', '三支部.xlsx', '一支部2027.xlsx')),
        { file: '工作台账.xlsx', port: createFilePort(await openWorkbookBytes(fixture, '工作台账.xlsx')) },
        { file: '名单.csv', failure: 'x', notAWorkbook: true, bytes: csv },
        { file: '通知.pdf', failure: 'x', notAWorkbook: true, bytes: pdf },
      ],
      { period: MARCH, asOf: MARCH_END, generatedAt: '' },
    );
    expect(result.conflicts.map((c) => [c.code, c.message])).toEqual([
      [
        'other-year',
        '“一支部2027.xlsx”是 2027 年度的工作簿，本次汇总 2026 年，未计入汇总；请让该支部发送 2026 年度的工作簿。',
      ],
      [
        'not-branch-workbook',
        '“工作台账.xlsx”不是本助手的支部工作簿：它是一个普通的 Excel 工作簿，其中的工作表为“工作台账”“党费收缴”“党员花名册”，没有本助手的“设置”“出勤”等表。未计入汇总；请改选支部用助手生成的工作簿。',
      ],
      [
        'not-branch-workbook',
        '“名单.csv”不是本助手的支部工作簿：它是文本文件（如 CSV），不是 Excel 工作簿；名单类文件请在“导入名单”中使用。未计入汇总；请改选支部用助手生成的工作簿。',
      ],
      [
        'not-branch-workbook',
        '“通知.pdf”不是本助手的支部工作簿：它是 PDF 文档。未计入汇总；请改选支部用助手生成的工作簿。',
      ],
      [
        'member-name',
        '党员编号 D0002 在不同文件中姓名不同：机关第一党支部（一支部.xlsx）为“汪磊”，机关第三党支部（三支部.xlsx）为“汪蕾”。汇总未合并这些记录（各支部按各自名单统计）；请核对编号后改正。',
      ],
      [
        'settings-differ',
        '各文件的到会率标准不同：“一支部.xlsx”80%，“三支部.xlsx”75%。各支部的数字按各自文件的设置计算，不作换算；如需统一，请修改“设置”表后重新发送。',
      ],
    ]);
    expect(result.files.map((f) => f.used)).toEqual([true, true, false, false, false, false]);
  });

  it('says a roll-up workbook is not a branch workbook', async () => {
    const { writeRollupSheets } = await import('../../src/app/rollup/write');
    const { newWorkbookFile, workbookFileBytes } = await import('../../src/file/workbookFile');
    const result = await rollUp(await sources('一支部.xlsx'), {
      period: MARCH,
      asOf: MARCH_END,
      generatedAt: '',
    });
    const target = newWorkbookFile();
    await writeRollupSheets(createFilePort(target), result);
    books.set('总支汇总.xlsx', await workbookFileBytes(target));
    const again = await rollUp(await sources('总支汇总.xlsx', '一支部.xlsx'), {
      period: MARCH,
      asOf: MARCH_END,
      generatedAt: '',
    });
    expect(again.conflicts.map((c) => c.message)).toEqual([
      '“总支汇总.xlsx”不是本助手的支部工作簿：它是党总支的汇总工作簿（含“报送情况”等汇总表），不是支部工作簿。未计入汇总；请改选支部用助手生成的工作簿。',
    ]);
  });
});
