/**
 * 补学登记 as printed: written by the file port, printed to PDF by LibreOffice. A4 landscape, one
 * page wide (the last printed column, 状态, on every page), the header repeated on every page, the
 * unit and title in the page header; the hidden key columns are not printed.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import { evaluateAttendance } from '../../src/domain/ledger';
import { dueMakeUps } from '../../src/domain/makeUp';
import { saveWorkbookPath } from '../../src/file/nodeFiles';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import { readSheetGrid } from '../../src/file/readGrid';
import { describeMakeUpSheet, parseMakeUpGrid } from '../../src/workbook/sheets/makeUp';
import { typeIntoFile } from '../helpers/typeCells';
import { isA4, pdfToPngs, toPdf } from '../helpers/libreoffice';
import { activity, day, entry, member } from '../domain/attendanceHelpers';

jest.setTimeout(180_000);

const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts', 'makeup-print');
const B = '机关第一党支部';

function pageTexts(pdfPath: string, pages: number): Promise<string[]> {
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

describe('the printed 补学登记', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-makeup-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('is A4 landscape, one page wide, the header on every page', async () => {
    const members = Array.from({ length: 40 }, (_, i) => member(`D${1000 + i}`, `党员${i + 1}`, B));
    const activities = Array.from({ length: 6 }, (_, i) =>
      activity(B, `2027-0${i + 1}-1`, `2027-0${i + 1}-12`),
    );
    const codes = ['事', '病', '×'];
    const attendance = activities.flatMap((a) =>
      members.map((m, i) => entry(m.id, B, a.id, i < 15 ? codes[i % 3] : '√', i === 0 ? '出差' : undefined)),
    );
    const ledger = evaluateAttendance({ activities, members, attendance, asOf: day('2027-12-31') });
    const due = dueMakeUps(ledger);
    expect(due).toHaveLength(90);
    const description = describeMakeUpSheet({
      unit: '张店分局机关党总支',
      year: 2027,
      days: 30,
      due,
      ledger,
      read: null,
    });
    const file = newWorkbookFile();
    await writeDescriptions(file, [description]);
    const xlsx = path.join(dir, 'makeup.xlsx');
    await saveWorkbookPath(file, xlsx);
    const pdf = await toPdf(xlsx, ARTIFACTS);
    await pdfToPngs(pdf.pdfPath, ARTIFACTS, 80);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pageSizes.every((size) => isA4(size, 'landscape'))).toBe(true);
    const texts = await pageTexts(pdf.pdfPath, pdf.pages);
    for (const text of texts) {
      expect(text).toContain('张店分局机关党总支 2027年党员固定活动日补学登记');
      expect(text).toMatch(
        /姓名\s+支部\s+活动日期\s+主题\s+出勤\s+请假批准人\s+补学方式\s+补学日期\s+传达人\s+内容或心得\s+备注\s+状态/,
      );
      // The hidden keys are not printed.
      expect(text).not.toContain('人员编号');
    }
    expect(texts.join('\n')).toContain('事假：出差');
  });

  it('prints a long 心得 whole after a regeneration (the row made tall enough)', async () => {
    const members = [member('D1', '张伟', B), member('D2', '李娜', B)];
    const activities = [activity(B, '2027-03-1', '2027-03-12')];
    const attendance = [entry('D1', B, '2027-03-1', '事'), entry('D2', B, '2027-03-1', '病')];
    const ledger = evaluateAttendance({ activities, members, attendance, asOf: day('2027-12-31') });
    const input = { unit: '张店分局机关党总支', year: 2027, days: 30, due: dueMakeUps(ledger), ledger };
    const first = newWorkbookFile();
    await writeDescriptions(first, [describeMakeUpSheet({ ...input, read: null })]);
    // Twenty-two characters in a column about six wide: four lines, each with its own marker.
    const note = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
    await typeIntoFile(first, '补学登记', [{ address: 'K3', text: note }]);
    const read = parseMakeUpGrid((await readSheetGrid(first, '补学登记'))!);
    const again = describeMakeUpSheet({ ...input, read });
    expect(again.rows).toEqual([{ row: 3, height: 66 }]);
    const file = newWorkbookFile();
    await writeDescriptions(file, [again]);
    const xlsx = path.join(dir, 'makeup-note.xlsx');
    await saveWorkbookPath(file, xlsx);
    const pdf = await toPdf(xlsx, path.join(ARTIFACTS, 'note'));
    expect(pdf.pages).toBe(1);
    const [text] = await pageTexts(pdf.pdfPath, 1);
    for (const marker of ['甲', '庚', '子', '午', '亥'])
      expect([marker, text.includes(marker)]).toEqual([marker, true]);
  });
});
