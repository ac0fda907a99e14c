/**
 * The per-activity printouts as printed: written by the file port, printed to PDF by LibreOffice,
 * measured with pdfinfo and read with pdftotext. A 60-member branch's 签到表 is one A4 portrait
 * page; a 130-member branch's runs over pages with the heading and the table's header on each.
 * PNGs of every page are kept under artifacts/materials-print/ to look at.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { activityRecord, type SignInPerson } from '../../src/domain/activityRecord';
import { monthlySummary } from '../../src/domain/summaries';
import { saveWorkbookPath } from '../../src/file/nodeFiles';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import type { SheetDescription } from '../../src/workbook/description';
import type { ActivityHeading } from '../../src/workbook/sheets/materials/heading';
import {
  describeMonthRecordsSheet,
  describeRecordSheet,
  type RecordSheetInput,
} from '../../src/workbook/sheets/materials/record';
import { describeSignInSheet } from '../../src/workbook/sheets/materials/signIn';
import { ONE, summaryData } from '../workbook/sheets/summaryData';
import { isA4, pdfToPngs, toPdf, type PdfInfo } from '../helpers/libreoffice';

jest.setTimeout(180_000);

const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts', 'materials-print');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-materials-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function print(name: string, descriptions: SheetDescription[]): Promise<PdfInfo> {
  const file = newWorkbookFile();
  await writeDescriptions(file, descriptions);
  const xlsx = path.join(dir, `${name}.xlsx`);
  await saveWorkbookPath(file, xlsx);
  const pdf = await toPdf(xlsx, ARTIFACTS);
  await pdfToPngs(pdf.pdfPath, ARTIFACTS, 60);
  return pdf;
}

export async function pageTexts(pdfPath: string, pages: number): Promise<string[]> {
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

const HEADING: ActivityHeading = {
  unit: '张店分局机关党总支',
  branch: '机关第一党支部',
  activityId: '2027-03-1',
  themeName: '党员学习教育日',
  topic: '学习党章第九条',
  when: '2027年3月15日（星期一）14:30',
  place: '三楼会议室',
  host: '李建国',
};

function people(count: number): SignInPerson[] {
  return Array.from({ length: count }, (_, i) => ({
    memberId: `M${i + 1}`,
    label: `党员${String(i + 1).padStart(3, '0')}`,
    category: i % 7 === 6 ? '预备党员' : '正式党员',
    exempt: i === 4,
  }));
}

const signIn = (count: number) =>
  describeSignInSheet({
    kind: 'signin.1.2027_03_1',
    name: '签到表',
    heading: HEADING,
    people: people(count),
    due: count - 1,
  });

describe('printed 签到表', () => {
  it('fits a 60-member branch on exactly one A4 portrait page', async () => {
    const pdf = await print('signin-60', [signIn(60)]);
    expect(pdf.pages).toBe(1);
    expect(isA4(pdf.pageSizes[0], 'portrait')).toBe(true);
    const [text] = await pageTexts(pdf.pdfPath, 1);
    expect(text).toContain('机关第一党支部党员固定活动日签到表');
    expect(text).toContain('主题：学习党章第九条（党员学习教育日）');
    expect(text).toContain('党员001');
    expect(text).toContain('党员060');
    expect(text).toContain('免参加');
    expect(text).toContain('列席人员');
    expect(text).toMatch(/应到 59 人，实到 _+ 人（正式党员 _+、预备党员 _+）/);
  });

  it('runs a 130-member branch over A4 pages with the heading and header repeated on each', async () => {
    const pdf = await print('signin-130', [signIn(130)]);
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.pageSizes.every((size) => isA4(size, 'portrait'))).toBe(true);
    const texts = await pageTexts(pdf.pdfPath, pdf.pages);
    for (const text of texts) {
      expect(text).toContain('党员固定活动日签到表');
      expect(text).toMatch(/序号\s+姓名\s+类别\s+本人签名\s+备注/);
    }
    expect(texts[1]).toContain('时间：2027年3月15日（星期一）14:30');
    const all = texts.join('\n');
    for (let i = 1; i <= 130; i += 1) expect(all).toContain(`党员${String(i).padStart(3, '0')}`);
    expect(texts[texts.length - 1]).toMatch(/应到 129 人/);
  });
});

describe('printed 活动记录', () => {
  const data = summaryData();
  const month = monthlySummary(data.ledger, 2027, 3, data.details);
  const lines = month.branches.find((branch) => branch.branch === ONE)!.lines;
  const inputs: RecordSheetInput[] = lines.map((line) => ({
    heading: {
      ...HEADING,
      activityId: line.activityId,
      topic: line.details?.topic,
      place: line.details?.place,
      host: line.details?.host,
      recorder: line.details?.recorder,
    },
    record: activityRecord(data.ledger, line),
    summary:
      '一、传达学习上级精神。\n二、集中学习条例第一至三章，逐条讲解。\n三、党员交流学习体会，6 名党员发言。',
    archive: line.details?.archive,
    expense: line.details?.expense,
  }));

  it('prints one activity’s record on one A4 portrait page, with the engine’s figures', async () => {
    const pdf = await print('record-one', [describeRecordSheet('record.1.2027_03_1', '活动记录', inputs[0])]);
    expect(pdf.pages).toBe(1);
    expect(isA4(pdf.pageSizes[0], 'portrait')).toBe(true);
    const [text] = await pageTexts(pdf.pdfPath, 1);
    const f = inputs[0].record.figures;
    expect(text).toContain('机关第一党支部党员固定活动日活动记录');
    expect(text).toContain(`${f.due} 人`);
    expect(text).toContain(
      `${f.attended} 人（正式党员 ${f.attendedFormal} 人、预备党员 ${f.attendedProbationary} 人）`,
    );
    for (const label of [
      '缺席人员及原因',
      '主要内容',
      '决议或结论',
      '存档资料',
      '经费',
      '主持人（签字）',
      '记录人（签字）',
    ])
      expect(text).toContain(label);
    expect(text).toContain('集中学习条例第一至三章');
    expect(text).toContain('120.00 元');
  });

  it('prints the month’s records one page per activity', async () => {
    expect(inputs.length).toBe(2);
    const pdf = await print('records-month', [
      describeMonthRecordsSheet('records.1.2027_03', '本月活动记录', HEADING.unit, inputs),
    ]);
    expect(pdf.pages).toBe(inputs.length);
    expect(pdf.pageSizes.every((size) => isA4(size, 'portrait'))).toBe(true);
    const texts = await pageTexts(pdf.pdfPath, pdf.pages);
    texts.forEach((text, i) => {
      expect(text).toContain('党员固定活动日活动记录');
      expect(text).toContain(inputs[i].heading.activityId);
      expect(text).toContain('记录人（签字）');
    });
  });
});
