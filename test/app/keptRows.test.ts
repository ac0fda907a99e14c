/**
 * Nothing the user typed is lost: rows of the owned sheets that cannot be read are reported and
 * written back on regeneration exactly as typed, marked 待更正, and stay so on every regeneration
 * until the user fixes them.
 */
import type * as ExcelJS from 'exceljs';
import { generateWorkbook } from '../../src/app/generate';
import type { Member } from '../../src/domain/member';
import { findOwnedSheets } from '../../src/file/ownedMark';
import { createFilePort } from '../../src/file/port';
import {
  newWorkbookFile,
  openWorkbookBytes,
  workbookFileBytes,
  type WorkbookFile,
} from '../../src/file/workbookFile';
import { SCHEDULE_COLUMNS } from '../../src/workbook/sheets/schedule';

const ONE = '第一党支部';
const ROSTER: Member[] = [
  { id: 'A001', name: '李建国', branch: ONE, category: '正式党员' },
  { id: 'A002', name: '王秀英', branch: ONE, category: '预备党员' },
];

async function saveAndReopen(file: WorkbookFile): Promise<WorkbookFile> {
  return openWorkbookBytes(await workbookFileBytes(file), 'book.xlsx');
}

function owned(file: WorkbookFile, kind: string): ExcelJS.Worksheet {
  const sheet = findOwnedSheets(file.workbook).get(kind);
  if (!sheet) throw new Error(`no ${kind}`);
  return sheet;
}

/** Every non-empty row of a sheet from `from` on, as plain values (dates as YYYY-MM-DD). */
function rowsOf(sheet: ExcelJS.Worksheet, from: number): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = [];
  sheet.eachRow((row, n) => {
    if (n < from) return;
    const values: Array<string | number | null> = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) {
      const v = row.getCell(c).value;
      values.push(
        v instanceof Date
          ? v.toISOString().slice(0, 10)
          : typeof v === 'string' || typeof v === 'number'
            ? v
            : v === null || v === undefined
              ? null
              : JSON.stringify(v),
      );
    }
    while (values.length > 0 && values[values.length - 1] === null) values.pop();
    rows.push(values);
  });
  return rows;
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const S = SCHEDULE_COLUMNS;

jest.setTimeout(60_000);

describe('活动安排: rows that cannot be planned are kept as typed', () => {
  it('keeps a row without a date, one outside the year, one of an unknown branch and one without id or branch', async () => {
    const file = newWorkbookFile();
    await generateWorkbook(createFilePort(file), { year: 2027, members: ROSTER });
    let saved = await saveAndReopen(file);
    const sheet = owned(saved, 'schedule');
    const typed: Array<Partial<Record<keyof typeof S, ExcelJS.CellValue>>> = [
      { branch: ONE, topic: '没有日期的读书会', place: '三楼会议室', host: '李建国', expense: 120 },
      { id: 'X', branch: ONE, date: utc(2026, 12, 18), theme: '学习教育日', topic: '去年的活动' },
      { branch: '第九党支部', date: '2027-08-05', recorder: '王秀英', archive: '\\\\server\\记录\\8月.docx' },
      { date: utc(2027, 9, 10), topic: '=没写编号也没写支部', note: '001' },
    ];
    const typedRows = typed.map((values) => {
      const n = sheet.rowCount + 1;
      for (const [column, value] of Object.entries(values))
        sheet.getCell(n, S[column as keyof typeof S]).value = value;
      // A cell past the last column, typed by the user.
      sheet.getCell(n, 21).value = `自加列${n}`;
      return n;
    });
    saved = await saveAndReopen(saved);

    const expected = typed.map((values, i) => {
      const row = new Array<string | number | null>(21).fill(null);
      for (const [column, value] of Object.entries(values))
        row[S[column as keyof typeof S] - 1] =
          value instanceof Date ? value.toISOString().slice(0, 10) : (value as string | number);
      row[20] = `自加列${typedRows[i]}`;
      return row;
    });
    const markers = [
      '待更正：没有有效的日期，未安排',
      '待更正：日期不在 2027 年，未安排',
      '待更正：党支部不在“设置”的党支部列表中，未安排',
      '待更正：没有编号，内容未关联到活动',
    ];

    for (let round = 1; round <= 2; round++) {
      const result = await generateWorkbook(createFilePort(saved), { year: 2027 });
      const errors = result.problems.filter((p) => p.sheet === '活动安排' && p.severity === 'error');
      expect(errors).toHaveLength(4);
      expect(result.activityCount).toBe(24);
      saved = await saveAndReopen(saved);
      const rewritten = owned(saved, 'schedule');
      const kept = rowsOf(rewritten, 4).filter((row) => String(row[S.status - 1] ?? '').startsWith('待更正'));
      expect(kept).toHaveLength(4);
      kept.forEach((row, i) => {
        expect(row[S.status - 1]).toBe(markers[i]);
        const withoutStatus = [...row];
        withoutStatus[S.status - 1] = null;
        expect(withoutStatus).toEqual(expected[i]);
      });
      // The kept rows come after the 24 planned activities.
      const firstKept = 4 + 24;
      expect(rewritten.getCell(firstKept, S.status).value).toBe(markers[0]);
      // Text stays text: the '=' topic is not a formula.
      expect(rewritten.getCell(firstKept + 3, S.topic).value).toBe('=没写编号也没写支部');
    }
  });
});
