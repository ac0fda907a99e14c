/**
 * The 党总支's roll-up: twenty (and five) branch workbooks of 100 members each, a year of attendance
 * typed in every one, opened from their bytes, rolled up for the year and the roll-up sheets written
 * into a new workbook's bytes — what `party-day merge … --year --out` does, without the disk. The
 * files are made once (not timed); the best of a few runs is kept. The ratio of the two shows
 * whether the work grows with the number of branches and nothing faster.
 */
import * as ExcelJS from 'exceljs';
import { generateWorkbook } from '../src/app/generate';
import { rollUp } from '../src/app/rollup/rollup';
import { writeRollupSheets } from '../src/app/rollup/write';
import type { CalendarDate } from '../src/domain/date';
import type { Member } from '../src/domain/member';
import { createFilePort } from '../src/file/port';
import { newWorkbookFile, openWorkbookBytes, workbookFileBytes } from '../src/file/workbookFile';
import { FIRST_MEMBER_ROW, ID_COLUMN, ID_ROW } from '../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../src/workbook/sheets/settings';
import { findOwnedWorksheets } from '../test/helpers/excelJsGrid';
import type { Figures } from './run';

const MEMBERS = 100;
const YEAR = 2027;
const RUNS = 2;
const CODES = ['√', '√', '√', '√', '√', '√', '√', '√', '事', '×'];

async function branchBytes(n: number): Promise<Uint8Array> {
  const branch = `第${n + 1}党支部`;
  const members: Member[] = Array.from({ length: MEMBERS }, (_, i) => ({
    id: `B${String(n + 1).padStart(2, '0')}M${String(i + 1).padStart(3, '0')}`,
    name: `党员${n + 1}-${i + 1}`,
    branch,
    category: '正式党员',
  }));
  const file = newWorkbookFile();
  await generateWorkbook(createFilePort(file), {
    settings: defaultSettings(YEAR, '测试局党总支', [branch]),
    members,
  });
  // Typed as a secretary types in Excel: into the saved file, opened in ExcelJS and saved again.
  const typed = new ExcelJS.Workbook();
  await typed.xlsx.load((await workbookFileBytes(file)).slice().buffer);
  const sheet = findOwnedWorksheets(typed).get('attendance.1');
  if (!sheet) throw new Error('no attendance sheet');
  const columns: number[] = [];
  sheet.getRow(ID_ROW).eachCell((cell, column) => {
    if (typeof cell.value === 'string' && /^\d{4}-\d\d-\d+$/.test(cell.value)) columns.push(column);
  });
  for (let row = FIRST_MEMBER_ROW; row < FIRST_MEMBER_ROW + MEMBERS; row += 1) {
    if (sheet.getCell(row, ID_COLUMN).value === null) continue;
    columns.forEach(
      (column, j) => (sheet.getCell(row, column).value = CODES[(row * 7 + j * 3 + n) % CODES.length]),
    );
  }
  return new Uint8Array(await typed.xlsx.writeBuffer());
}

async function timeMerge(books: readonly Uint8Array[]): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const sources = await Promise.all(
      books.map(async (bytes, i) => ({
        file: `b${i}.xlsx`,
        port: createFilePort(await openWorkbookBytes(bytes, `b${i}.xlsx`)),
      })),
    );
    const result = await rollUp(sources, {
      period: { kind: 'year', year: YEAR },
      asOf: `${YEAR}-12-31` as CalendarDate,
      generatedAt: `${YEAR}-12-31 17:00`,
    });
    if (result.branches.length !== books.length) throw new Error('a branch was not rolled up');
    const target = newWorkbookFile();
    await writeRollupSheets(createFilePort(target), result);
    await workbookFileBytes(target);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function mergeBench(): Promise<Figures> {
  const books: Uint8Array[] = [];
  for (let n = 0; n < 20; n += 1) books.push(await branchBytes(n));
  const five = await timeMerge(books.slice(0, 5));
  const twenty = await timeMerge(books);
  return {
    'merge.5branches.ms': Math.round(five),
    'merge.20branches.ms': Math.round(twenty),
    'merge.20to5.ratio': Math.round((twenty / five) * 100) / 100,
  };
}
