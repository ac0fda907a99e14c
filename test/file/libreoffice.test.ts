/**
 * The LibreOffice harness, proven: formulas written without cached values are computed by a real
 * spreadsheet engine to the expected figures, Chinese survives the CSV export, the user's sheets
 * compute the same before and after the add-in writes into the workbook, and the print setup
 * gives A4 pages with repeated title rows and a "第 &P 页 共 &N 页" footer.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { openWorkbookPath, saveWorkbookPath } from '../../src/file/nodeFiles';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import { ALL_EDGES, type Cell, type SheetDescription } from '../../src/workbook/description';
import { isA4, parseCsv, pdfToPngs, recalcAllToCsv, recalcToCsv, toPdf } from '../helpers/libreoffice';
import { attendanceSheet, settingsSheet } from './sampleDescriptions';

// Each test runs LibreOffice (15–20 s alone); beside other suites on two cores it takes several times that.
jest.setTimeout(180_000);

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'existing-workbook.xlsx');
const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts', 'libreoffice-harness');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-lo-test-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** '66.6666666666667%' → 0.666…; '3' → 3. */
function number(text: string): number {
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

describe('LibreOffice recalculates what the file port wrote', () => {
  it('computes COUNTIF counts and IFERROR rates written without cached values, and keeps Chinese', async () => {
    const file = newWorkbookFile();
    await writeDescriptions(file, [settingsSheet, attendanceSheet()]);
    const out = path.join(dir, 'attendance.xlsx');
    await saveWorkbookPath(file, out);

    const rows = await recalcToCsv(out, '出勤登记');
    // Through a formula on another sheet: the unit name from 设置!B3.
    expect(rows[0][0]).toBe('张店分局机关党总支 出勤登记');
    expect(rows[2].slice(0, 2)).toEqual(['D0001', '阎平']);
    // Text that looks like a formula stays text.
    expect(rows[4][1]).toBe('=SUM(1,2)');
    expect(rows[5][1]).toBe('+86 138');
    expect(rows[12][0]).toBe('@备注：以上为示例');
    // 应到: C √事迟免 → 3, D √×√√ → 4, E nobody → 0.
    expect(rows[7].slice(0, 1).concat(rows[7].slice(2).map(String))).toEqual(['应到', '3', '4', '0']);
    expect(rows[8].slice(2).map(number)).toEqual([2, 3, 0]);
    expect(number(rows[9][2])).toBeCloseTo(2 / 3, 10);
    expect(number(rows[9][3])).toBeCloseTo(0.75, 10);
    expect(rows[9][4]).toBe('');
    // 达标 against the defined name PD_Threshold (0.8 on the settings sheet).
    expect(rows[10].slice(2)).toEqual(['未达标', '未达标', '']);

    const settings = (await recalcAllToCsv(out)).get('设置');
    expect(settings?.[2]).toEqual(['单位名称', '张店分局机关党总支']);
  });

  it("computes the user's own sheets the same before and after the add-in writes its sheets", async () => {
    const file = await openWorkbookPath(FIXTURE);
    await writeDescriptions(file, [settingsSheet, attendanceSheet()]);
    const out = path.join(dir, 'existing-with-sheets.xlsx');
    await saveWorkbookPath(file, out);
    const [before, after] = await Promise.all([recalcAllToCsv(FIXTURE), recalcAllToCsv(out)]);
    expect([...after.keys()]).toEqual(
      expect.arrayContaining(['工作台账', '党费收缴', '党员花名册', '设置', '出勤登记']),
    );
    for (const sheet of ['工作台账', '党费收缴', '党员花名册'])
      expect(after.get(sheet)).toEqual(before.get(sheet));
    // The dues sheet's SUM formulas were computed (the fixture stores no cached results).
    const dues = after.get('党费收缴')!;
    const sumColumn = dues[0].indexOf(dues[0].find((h) => h.includes('合计')) ?? '');
    expect(sumColumn).toBeGreaterThanOrEqual(0);
    expect(Number(dues[1][sumColumn])).toBeGreaterThan(0);
  });
});

describe('LibreOffice prints what the print setup says', () => {
  /** 90 members × 12 columns, portrait A4, one page wide, title rows repeated, page footer. */
  function longList(): SheetDescription {
    const header: Cell[] = [
      '编号',
      '姓名',
      '所属支部',
      ...Array.from({ length: 9 }, (_, i) => `第${i + 1}次`),
    ];
    const rows: Cell[][] = Array.from({ length: 90 }, (_, i) => [
      `D${String(i + 1).padStart(4, '0')}`,
      `党员${i + 1}`,
      '机关第一党支部',
      ...Array.from({ length: 9 }, (_, j) => ((i + j) % 5 === 0 ? '事' : '√')),
    ]);
    return {
      kind: 'print.test',
      name: '打印测试',
      columns: header.map((_, i) => ({ column: i + 1, width: i < 3 ? 14 : 8 })),
      blocks: [
        {
          anchor: 'A1',
          cells: [['中共××党支部 2027年3月 党员固定活动日情况汇总', ...Array<Cell>(11).fill(null)]],
        },
        { anchor: 'A2', cells: [header, ...rows] },
      ],
      merges: ['A1:L1'],
      styles: [
        { range: 'A1', style: { font: { bold: true, size: 14 }, horizontal: 'center' } },
        { range: 'A2:L92', style: { borders: [{ edges: ALL_EDGES, line: 'thin' }] } },
      ],
      print: {
        paperSize: 'A4',
        orientation: 'portrait',
        fitTo: { width: 1, height: 0 },
        titleRows: { first: 1, last: 2 },
        margins: { top: 1.9, bottom: 1.9, left: 1.8, right: 1.8, header: 0.8, footer: 0.8 },
        header: { center: '张店分局机关党总支' },
        footer: { center: '第 &P 页 共 &N 页' },
      },
    };
  }

  it('gives A4 portrait pages with the title rows and the page footer on every page', async () => {
    const file = newWorkbookFile();
    await writeDescriptions(file, [longList()]);
    const out = path.join(dir, 'print.xlsx');
    await saveWorkbookPath(file, out);

    const pdf = await toPdf(out, ARTIFACTS);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pageSizes).toHaveLength(pdf.pages);
    for (const size of pdf.pageSizes) expect(isA4(size, 'portrait')).toBe(true);

    const text = (page: number) =>
      promisify(execFile)('pdftotext', [
        '-f',
        String(page),
        '-l',
        String(page),
        '-layout',
        pdf.pdfPath,
        '-',
      ]).then((r) => r.stdout);
    const last = await text(pdf.pages);
    expect(last).toContain('党员固定活动日情况汇总');
    expect(last).toContain('所属支部');
    // pdftotext does not keep the spaces of "第 &P 页 共 &N 页" exactly.
    expect(last).toMatch(new RegExp(`第\\s*${pdf.pages}\\s*页\\s*共\\s*${pdf.pages}\\s*页`));
    expect(await text(1)).toContain('张店分局机关党总支');
    // One page wide: every column's header is on the first page.
    expect(await text(1)).toContain('第9次');

    const pngs = await pdfToPngs(pdf.pdfPath, ARTIFACTS);
    expect(pngs).toHaveLength(pdf.pages);
    for (const png of pngs) expect((await fs.stat(png)).size).toBeGreaterThan(1000);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('\uFEFFa,"b,c","d""e"\r\n"多\n行",,x\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['多\n行', '', 'x'],
    ]);
  });
});
