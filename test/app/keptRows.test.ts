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

describe('节假日: the user rows that cannot be read are kept as typed', () => {
  it('keeps a bad date, a date of another year, an unknown type and a duplicate, and uses the good row', async () => {
    const file = newWorkbookFile();
    await generateWorkbook(createFilePort(file), { year: 2027, members: ROSTER });
    let saved = await saveAndReopen(file);
    const sheet = owned(saved, 'holidays');
    const typed: Array<Array<string | Date | null>> = [
      [utc(2027, 6, 11), null, '放假', '单位运动会', '手工'],
      ['2027-02-30', null, '放假', '错日期', '手工'],
      [utc(2026, 5, 6), '星期三', '上班', '去年的', null],
      [utc(2027, 7, 9), null, '待定', '类型不对', '手工'],
      [utc(2027, 6, 11), null, '上班', '重复的一天', '手工'],
    ];
    const first = sheet.rowCount + 1;
    typed.forEach((cells, i) => {
      cells.forEach((value, c) => {
        if (value !== null) sheet.getCell(first + i, c + 1).value = value;
      });
    });
    sheet.getCell(first + 3, 8).value = '我的批注';
    saved = await saveAndReopen(saved);

    const expected = typed
      .slice(1)
      .map((cells) =>
        cells.map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)),
      );
    expected[2].push(null, null, '我的批注');
    const markers = [
      '待更正：日期无效，未使用',
      '待更正：日期不在 2027 年，未使用',
      '待更正：类型不是“放假”“上班”或“删除”，未使用',
      '待更正：2027-06-11 已有一行，未使用',
    ];
    for (let round = 1; round <= 2; round++) {
      const result = await generateWorkbook(createFilePort(saved), { year: 2027 });
      const errors = result.problems.filter((p) => p.sheet === '节假日' && p.severity === 'error');
      expect(errors.map((p) => p.row)).toEqual(
        round === 1 ? [first + 1, first + 2, first + 3, first + 4] : expect.any(Array),
      );
      expect(errors).toHaveLength(4);
      saved = await saveAndReopen(saved);
      const rewritten = owned(saved, 'holidays');
      expect(rewritten.getCell(3, 6).value).toBe('状态');
      const rows = rowsOf(rewritten, 4);
      // The good row is used: 2027-06-11 is a 手工 day off in the list.
      expect(rows).toContainEqual(['2027-06-11', '星期五', '放假', '单位运动会', '手工']);
      const kept = rows.filter((row) => String(row[5] ?? '').startsWith('待更正'));
      expect(kept.map((row) => row[5])).toEqual(markers);
      kept.forEach((row, i) => {
        const typedCells = [...row];
        typedCells[5] = null;
        while (typedCells.length > 0 && typedCells[typedCells.length - 1] === null) typedCells.pop();
        const want = [...expected[i]];
        while (want.length > 0 && want[want.length - 1] === null) want.pop();
        expect(typedCells).toEqual(want);
      });
    }
  });
});

describe('党员名册: rows that cannot be read are kept as typed', () => {
  it('keeps a row without a name, one of an unknown category and a duplicate id, marked 待更正', async () => {
    const file = newWorkbookFile();
    await generateWorkbook(createFilePort(file), { year: 2027, members: ROSTER });
    let saved = await saveAndReopen(file);
    const sheet = owned(saved, 'roster');
    const typed: Array<Array<string | Date | null>> = [
      [
        'A010',
        null,
        '男',
        ONE,
        '正式党员',
        utc(2001, 7, 1),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        '13800000010',
        '没写姓名',
      ],
      [
        'A011',
        '孙丽',
        '女',
        ONE,
        '党员吧',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        '类别写错',
      ],
      [
        'A001',
        '李建国二',
        '男',
        ONE,
        '正式党员',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    ];
    const first = sheet.rowCount + 1;
    typed.forEach((cells, i) =>
      cells.forEach((value, c) => {
        if (value !== null) sheet.getCell(first + i, c + 1).value = value;
      }),
    );
    saved = await saveAndReopen(saved);
    const expected = typed.map((cells) => {
      const want = cells.map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value));
      while (want.length > 0 && want[want.length - 1] === null) want.pop();
      return want;
    });
    for (let round = 1; round <= 2; round++) {
      const result = await generateWorkbook(createFilePort(saved), { year: 2027 });
      const errors = result.problems.filter((p) => p.sheet === '党员名册' && p.severity === 'error');
      expect(new Set(errors.map((p) => p.row)).size).toBe(3);
      expect(result.problems.filter((p) => p.message.includes('状态'))).toEqual([]);
      expect(result.memberCount).toBe(2);
      saved = await saveAndReopen(saved);
      const rewritten = owned(saved, 'roster');
      expect(rewritten.getCell(3, 17).value).toBe('状态');
      const kept = rowsOf(rewritten, 4).filter((row) => String(row[16] ?? '').startsWith('待更正：'));
      expect(kept).toHaveLength(3);
      kept.forEach((row, i) => {
        const cells = row.slice(0, 16);
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        expect(cells).toEqual(expected[i]);
      });
      expect(kept[2][16]).toContain('A001');
    }
  });
});

describe('党员名册: a kept member’s unreadable cells are kept as typed', () => {
  it('keeps a bad 入党日期 and a bad 性别 in the member’s own row, marked 待更正, member still counted', async () => {
    const file = newWorkbookFile();
    await generateWorkbook(createFilePort(file), { year: 2027, members: ROSTER });
    let saved = await saveAndReopen(file);
    const sheet = owned(saved, 'roster');
    // Row 5 is 王秀英 (A002): 性别 is column 3, 入党日期 column 6.
    expect(sheet.getCell(5, 1).value).toBe('A002');
    sheet.getCell(5, 3).value = '男的';
    sheet.getCell(5, 6).value = '九三年';
    saved = await saveAndReopen(saved);

    for (let round = 1; round <= 2; round++) {
      const result = await generateWorkbook(createFilePort(saved), { year: 2027 });
      expect(result.memberCount).toBe(2);
      const warnings = result.problems.filter((p) => p.sheet === '党员名册' && p.row === 5);
      expect(warnings.map((p) => p.severity)).toEqual(['warning', 'warning']);
      const dateMessage = warnings.find((p) => p.message.includes('九三年'))?.message;
      const genderMessage = warnings.find((p) => p.message.includes('男的'))?.message;
      expect(dateMessage).toContain('入党日期');
      expect(genderMessage).toContain('性别');
      expect(result.problems.filter((p) => p.message.includes('状态'))).toEqual([]);

      saved = await saveAndReopen(saved);
      const rewritten = owned(saved, 'roster');
      expect(rewritten.getCell(3, 17).value).toBe('状态');
      expect(rowsOf(rewritten, 4)).toEqual([
        ['A001', '李建国', null, ONE, '正式党员'],
        [
          'A002',
          '王秀英',
          '男的',
          ONE,
          '预备党员',
          '九三年',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          `待更正：${dateMessage} ${genderMessage}`,
        ],
      ]);
      // The member is still on its branch's attendance sheet.
      const attendance = owned(saved, 'attendance.1');
      const ids: unknown[] = [];
      attendance.eachRow((row) => ids.push(row.getCell(1).value));
      expect(ids).toContain('A002');
    }
  });
});
