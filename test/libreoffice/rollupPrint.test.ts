/**
 * The roll-up sheets as printed: written by the file port, printed to PDF by LibreOffice, measured
 * with pdfinfo and read with pdftotext. The monthly check of 8 branches (each with its March
 * activities, absentees and reasons, two falling short) is one A4 portrait page; the annual matrix
 * of 20 branches is one A4 landscape page. PNGs are kept under artifacts/rollup-print/ to look at.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateWorkbook } from '../../src/app/generate';
import { rollUp } from '../../src/app/rollup/rollup';
import { rollupSheets } from '../../src/app/rollup/write';
import type { CalendarDate } from '../../src/domain/date';
import { isShort } from '../../src/domain/rollup';
import type { Member } from '../../src/domain/member';
import { saveWorkbookPath } from '../../src/file/nodeFiles';
import { createFilePort } from '../../src/file/port';
import { newWorkbookFile, openWorkbookBytes, workbookFileBytes } from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import type { SheetDescription } from '../../src/workbook/description';
import { ROLLUP_KINDS } from '../../src/workbook/sheets/rollup/sheets';
import { ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { attendanceCell, ownedSheet, reopenBytes, saveAndReopen } from '../helpers/generatedWorkbook';
import { isA4, pdfToPngs, toPdf } from '../helpers/libreoffice';

jest.setTimeout(300_000);

const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts', 'rollup-print');
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['建国', '秀英', '丽华', '志强', '海燕', '明', '静', '伟', '桂兰', '晓东', '玉梅', '春生'];
const CN = '一二三四五六七八九十';

function branchName(k: number): string {
  const n = k < 10 ? CN[k] : k === 19 ? '二十' : `十${CN[k - 10]}`;
  return k % 4 === 3 ? `离退休第${n}党支部` : `机关第${n}党支部`;
}

function members(branches: readonly string[], perBranch: number, offset: number): Member[] {
  return branches.flatMap((branch, k) =>
    Array.from({ length: perBranch }, (_, i) => ({
      id: `P${String((offset + k) * 100 + i + 1).padStart(4, '0')}`,
      name: `${SURNAMES[(i + k) % SURNAMES.length]}${GIVEN[(i * 7 + k) % GIVEN.length]}`,
      branch,
      category: '正式党员' as const,
    })),
  );
}

/** A workbook of several branches, attendance typed for every activity from January to `until`. */
async function unitWorkbook(branches: readonly string[], perBranch: number, offset: number, until: string) {
  const file = newWorkbookFile();
  const roster = members(branches, perBranch, offset);
  await generateWorkbook(createFilePort(file), {
    settings: defaultSettings(2026, '测试局机关党总支', [...branches]),
    members: roster,
  });
  const reopened = await saveAndReopen(file);
  branches.forEach((branch, k) => {
    const sheet = ownedSheet(reopened, `attendance.${k + 1}`);
    const ids: string[] = [];
    sheet.getRow(ID_ROW).eachCell((cell) => {
      if (typeof cell.value === 'string' && /^2026-\d\d-\d$/.test(cell.value) && cell.value <= until)
        ids.push(cell.value);
    });
    ids.forEach((activityId, j) => {
      // The second branch holds only 10 of its 15 at every activity: under 80% throughout.
      roster
        .filter((member) => member.branch === branch)
        .forEach((member, i) => {
          const absent = k === 1 ? i < 5 : (i + j + k) % 9 === 0;
          const leave = !absent && (i * (j + 1) + k) % 11 === 0;
          attendanceCell(sheet, member.id, activityId).value = absent ? '×' : leave ? '事：出差' : '√';
        });
    });
  });
  // What was typed, saved as Excel would (the add-in wrote nothing since the file was opened).
  return workbookFileBytes(await saveAndReopen(reopened));
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-rollup-print-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function printSheet(name: string, description: SheetDescription) {
  const file = newWorkbookFile();
  await writeDescriptions(file, [description]);
  const xlsx = path.join(dir, `${name}.xlsx`);
  await saveWorkbookPath(file, xlsx);
  const pdf = await toPdf(xlsx, ARTIFACTS);
  await pdfToPngs(pdf.pdfPath, ARTIFACTS, 80);
  const text = await new Promise<string>((resolve, reject) =>
    execFile('pdftotext', ['-layout', pdf.pdfPath, '-'], (error, out) =>
      error ? reject(error) : resolve(out),
    ),
  );
  return { ...pdf, text };
}

/** Each printed word with the height of its box in points (pdftotext -bbox): about its printed font size. */
async function wordHeights(pdfPath: string): Promise<Array<[string, number]>> {
  const html = await new Promise<string>((resolve, reject) =>
    execFile('pdftotext', ['-bbox', pdfPath, '-'], (error, out) => (error ? reject(error) : resolve(out))),
  );
  return [
    ...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => [m[3], Math.round((Number(m[2]) - Number(m[1])) * 10) / 10]);
}

describe('printed roll-up sheets', () => {
  it('prints the monthly check of 8 branches on one A4 portrait page, short branches first', async () => {
    const eight = Array.from({ length: 8 }, (_, k) => branchName(k));
    // Branch 3 (index 2) has its second March activity not recorded: records until 2026-03-1 only.
    const bytes = await unitWorkbook(eight, 15, 0, '2026-03-2');
    const opened = await reopenBytes(bytes, '八个支部.xlsx');
    const third = ownedSheet(opened, 'attendance.3');
    for (let i = 0; i < 15; i += 1)
      attendanceCell(third, `P${String(2 * 100 + i + 1).padStart(4, '0')}`, '2026-03-2').value = null;
    const result = await rollUp(
      [
        {
          file: '八个支部.xlsx',
          port: createFilePort(await saveAndReopen(opened)),
        },
      ],
      {
        period: { kind: 'month', year: 2026, month: 3 },
        asOf: '2026-03-31' as CalendarDate,
        generatedAt: '2026-03-31 17:00',
      },
    );
    const order = result.monthCheck?.branches ?? [];
    const shortCount = order.filter((entry) => isShort(entry.short)).length;
    // Every short branch before every other; the two made short are among them.
    expect(order.slice(0, shortCount).every((entry) => isShort(entry.short))).toBe(true);
    expect(order.slice(0, shortCount).map((entry) => entry.branch)).toEqual(
      expect.arrayContaining([eight[1], eight[2]]),
    );
    const sheets = rollupSheets(result);
    const month = sheets.find((sheet) => sheet.kind === ROLLUP_KINDS.month) as SheetDescription;
    const pdf = await printSheet('month-check-8', month);
    expect(pdf.pages).toBe(1);
    expect(isA4(pdf.pageSizes[0], 'portrait')).toBe(true);
    for (const branch of eight) expect(pdf.text).toContain(branch);
    expect(pdf.text).toContain('党总支合计');
    expect(pdf.text).toContain('到会率未达标 2 次');
    // Printed at full size (no shrinking to fit): the 10 pt text's boxes are 10.8 pt high.
    const heights = await wordHeights(pdf.pdfPath);
    expect(Math.min(...heights.map(([, height]) => height))).toBeGreaterThanOrEqual(10.8);
    expect(pdf.text.indexOf(eight[1])).toBeLessThan(pdf.text.indexOf(order[order.length - 1].branch));
  });

  it('prints the annual matrix of 20 branches on one A4 landscape page', async () => {
    const twenty = Array.from({ length: 20 }, (_, k) => branchName(k));
    const first = await unitWorkbook(twenty.slice(0, 10), 8, 0, '2026-12-2');
    const second = await unitWorkbook(twenty.slice(10), 8, 10, '2026-12-2');
    const result = await rollUp(
      [
        { file: '机关各支部.xlsx', port: createFilePort(await openWorkbookBytes(first, 'a')) },
        { file: '其余支部.xlsx', port: createFilePort(await openWorkbookBytes(second, 'b')) },
      ],
      {
        period: { kind: 'year', year: 2026 },
        asOf: '2026-12-31' as CalendarDate,
        generatedAt: '2026-12-31 17:00',
      },
    );
    expect(result.conflicts).toEqual([]);
    const sheets = rollupSheets(result);
    const matrix = sheets.find((sheet) => sheet.kind === ROLLUP_KINDS.year) as SheetDescription;
    const pdf = await printSheet('year-matrix-20', matrix);
    expect(pdf.pages).toBe(1);
    expect(isA4(pdf.pageSizes[0], 'landscape')).toBe(true);
    for (const branch of twenty) expect(pdf.text).toContain(branch);
    expect(pdf.text).toContain('12月');
    expect(pdf.text).toContain('其余支部.xlsx');
    // Legible, not only on one page: LibreOffice fits the 43 columns by scaling the sheet to about
    // 71%, so the 10 pt body prints at about 7.1 pt (boxes 7.7 pt high) and the month cells (9 pt) at
    // about 6.4 pt (boxes 6.9 pt): small print, still legible. A layout that shrank them further (a
    // wider column, a longer name) fails here.
    const heights = await wordHeights(pdf.pdfPath);
    expect(heights.length).toBeGreaterThan(20 * 40);
    expect(Math.min(...heights.map(([, height]) => height))).toBeGreaterThanOrEqual(6.5);
  });
});
