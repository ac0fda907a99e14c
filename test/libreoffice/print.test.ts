/**
 * The summaries as printed: written by the file port, printed to PDF by LibreOffice, measured with
 * pdfinfo. A branch's monthly summary (60 people, even with 20 of them away at each activity) is one
 * A4 portrait page, the cross-branch page
 * comes first, and the annual summary is A4 landscape, one page wide, with its header repeated.
 * PNGs of every page are kept under artifacts/summary-print/ to look at.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { evaluateAttendance } from '../../src/domain/ledger';
import { annualSummary, monthlySummary } from '../../src/domain/summaries';
import { collectWarnings } from '../../src/domain/warnings';
import { saveWorkbookPath } from '../../src/file/nodeFiles';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import type { SheetDescription } from '../../src/workbook/description';
import { describeMonthlySummarySheet } from '../../src/workbook/sheets/summaryMonth';
import { describeAnnualSummarySheet } from '../../src/workbook/sheets/summaryYear';
import { isA4, pdfToPngs, toPdf, type PdfInfo } from '../helpers/libreoffice';
import { day, manyAbsentData, ONE, summaryData } from '../workbook/sheets/summaryData';

jest.setTimeout(120_000);

const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts', 'summary-print');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-print-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function print(name: string, description: SheetDescription): Promise<PdfInfo> {
  const file = newWorkbookFile();
  await writeDescriptions(file, [description]);
  const xlsx = path.join(dir, `${name}.xlsx`);
  await saveWorkbookPath(file, xlsx);
  const pdf = await toPdf(xlsx, ARTIFACTS);
  await pdfToPngs(pdf.pdfPath, ARTIFACTS, 80);
  return pdf;
}

/** The text of each page of the PDF (pdftotext keeps the Chinese). */
async function pageTexts(pdfPath: string, pages: number): Promise<string[]> {
  const { execFile } = await import('node:child_process');
  const run = (page: number) =>
    new Promise<string>((resolve, reject) =>
      execFile(
        'pdftotext',
        ['-f', String(page), '-l', String(page), '-layout', pdfPath, '-'],
        (error, out) => (error ? reject(error) : resolve(out)),
      ),
    );
  return Promise.all(Array.from({ length: pages }, (_, i) => run(i + 1)));
}

describe('printed summaries', () => {
  const data = summaryData();

  it("prints one branch's monthly summary of 60 people on one A4 portrait page", async () => {
    const summary = monthlySummary(data.ledger, 2027, 3, data.details);
    const only = { ...summary, branches: summary.branches.filter((b) => b.branch === ONE) };
    expect(data.ledger.branches[0].rows).toHaveLength(60);
    const pdf = await print('month-one-branch', describeMonthlySummarySheet(only, data.meta));
    expect(pdf.pages).toBe(1);
    expect(isA4(pdf.pageSizes[0], 'portrait')).toBe(true);
    const [text] = await pageTexts(pdf.pdfPath, 1);
    expect(text).toContain('机关第一党支部 2027年3月党员固定活动日情况汇总');
    expect(text).toContain('支部书记（签字）');
    expect(text).toMatch(/第\s*1\s*页\s*共\s*1\s*页/);
  });

  it('keeps a month of two activities with 20 people away at each on one page, in the compact list', async () => {
    const { ledger, meta } = manyAbsentData();
    const summary = monthlySummary(ledger, 2027, 3);
    expect(ledger.branches[0].rows).toHaveLength(60);
    expect(summary.branches[0].lines.map((line) => line.absentees.length)).toEqual([20, 20]);
    const pdf = await print('month-many-absent', describeMonthlySummarySheet(summary, meta));
    expect(pdf.pages).toBe(1);
    expect(isA4(pdf.pageSizes[0], 'portrait')).toBe(true);
    const [text] = await pageTexts(pdf.pdfPath, 1);
    expect(text).toContain('人员（按原因或说明分列）');
    expect(text).toContain('外出参加业务培训：');
    expect(text).toContain('支部书记（签字）');
    expect(text).toMatch(/第\s*1\s*页\s*共\s*1\s*页/);
  });

  it('prints the cross-branch page and then one page per branch', async () => {
    const summary = monthlySummary(data.ledger, 2027, 3, data.details);
    const pdf = await print('month-all-branches', describeMonthlySummarySheet(summary, data.meta));
    expect(pdf.pages).toBe(4);
    expect(pdf.pageSizes.every((size) => isA4(size, 'portrait'))).toBe(true);
    const texts = await pageTexts(pdf.pdfPath, 4);
    expect(texts[0]).toContain('各党支部党员固定活动日情况汇总');
    // Each branch under its own name, as given (never prefixed with 中共 beside the unit's name).
    expect(texts[0]).toContain('张店分局机关党总支 2027年3月各党支部');
    expect(texts[1]).toContain('机关第一党支部 2027年3月');
    expect(texts[2]).toContain('机关第二党支部 2027年3月');
    expect(texts[3]).toContain('退休干部党支部 2027年3月');
    expect(texts.join('\n')).not.toContain('中共机关');
  });

  it('prints a month with nothing recorded as 未登记, never 0.0%, and lists it under 提示事项', async () => {
    const empty = evaluateAttendance({
      activities: data.ledger.branches.flatMap((branch) => branch.activities),
      members: data.ledger.branches.flatMap((branch) => branch.rows.map((row) => row.member)),
      attendance: [],
      asOf: day('2027-03-31'),
      branchOrder: data.ledger.branches.map((branch) => branch.branch),
    });
    const summary = monthlySummary(empty, 2027, 3);
    const warnings = collectWarnings(empty);
    const pdf = await print(
      'month-nothing-recorded',
      describeMonthlySummarySheet(summary, { ...data.meta, warnings }),
    );
    const texts = await pageTexts(pdf.pdfPath, pdf.pages);
    const all = texts.join('\n');
    expect(all).not.toMatch(/0\.0%/);
    // The page across branches: each branch's rate is 未登记, and 提示事项 names what to record.
    expect(texts[0]).toMatch(/机关第一党支部.*未登记/);
    expect(texts[0]).toContain('机关第一党支部：2 次活动未登记出勤（3月12日、3月26日）');
    expect(texts[0]).toContain('“未登记”表示该支部本月的活动尚未登记出勤，不是无人到会');
    // A branch's page: every activity 未登记, and why its total has no rate.
    expect(texts[1]).toMatch(/未登记\s+未登记/);
    expect(texts[1]).toContain('尚未登记出勤（应到 57 人），到会率无法计算');
  });

  it('prints the annual summary on A4 landscape, one page wide, with the header on every page', async () => {
    const summary = annualSummary(data.ledger, 2027);
    const pdf = await print('year-all-branches', describeAnnualSummarySheet(summary, data.meta));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pageSizes.every((size) => isA4(size, 'landscape'))).toBe(true);
    const texts = await pageTexts(pdf.pdfPath, pdf.pages);
    // One page wide: every page has the year column and the header (repeated title rows).
    for (const text of texts) {
      expect(text).toContain('各月实到次数');
      expect(text).toContain('全年');
      expect(text).toContain('12月');
    }
    expect(texts[pdf.pages - 1]).toContain('党总支书记（签字）');
  });
});
