/**
 * Nothing the user typed is lost: rows of the owned sheets that cannot be read are reported and
 * written back on regeneration exactly as typed, marked 待更正, and stay so on every regeneration
 * until the user fixes them.
 */
import { generateWorkbook } from '../../src/app/generate';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { SCHEDULE_COLUMNS } from '../../src/workbook/sheets/schedule';
import {
  asRead,
  generatedWorkbook,
  ownedSheet,
  saveAndReopen,
  sheetRows,
  typeRowsBelow,
  type TypedRow,
  withoutColumns,
} from '../helpers/generatedWorkbook';

const ONE = '第一党支部';
const ROSTER: Member[] = [
  { id: 'A001', name: '李建国', branch: ONE, category: '正式党员' },
  { id: 'A002', name: '王秀英', branch: ONE, category: '预备党员' },
];

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const S = SCHEDULE_COLUMNS;

jest.setTimeout(60_000);

describe('活动安排: rows that cannot be planned are kept as typed', () => {
  it('keeps a row without a date, one outside the year, one of an unknown branch and one without id or branch', async () => {
    let saved = await generatedWorkbook({ year: 2027, members: ROSTER });
    const sheet = ownedSheet(saved, 'schedule');
    // Each with a cell past the last column, typed by the user.
    const typed: TypedRow[] = [
      {
        [S.branch]: ONE,
        [S.topic]: '没有日期的读书会',
        [S.place]: '三楼会议室',
        [S.host]: '李建国',
        [S.expense]: 120,
      },
      {
        [S.id]: 'X',
        [S.branch]: ONE,
        [S.date]: utc(2026, 12, 18),
        [S.theme]: '学习教育日',
        [S.topic]: '去年的活动',
      },
      {
        [S.branch]: '第九党支部',
        [S.date]: '2027-08-05',
        [S.recorder]: '王秀英',
        [S.archive]: '\\\\server\\记录\\8月.docx',
      },
      { [S.date]: utc(2027, 9, 10), [S.topic]: '=没写编号也没写支部', [S.note]: '001' },
    ].map((row, i) => ({ ...row, 21: `自加列${i + 1}` }));
    typeRowsBelow(sheet, typed);
    saved = await saveAndReopen(saved);
    const expected = typed.map(asRead);
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
      const rewritten = ownedSheet(saved, 'schedule');
      const kept = sheetRows(rewritten, 4).filter((row) =>
        String(row[S.status - 1] ?? '').startsWith('待更正'),
      );
      expect(kept).toHaveLength(4);
      kept.forEach((row, i) => {
        expect(row[S.status - 1]).toBe(markers[i]);
        expect(withoutColumns(row, [S.status])).toEqual(expected[i]);
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
    let saved = await generatedWorkbook({ year: 2027, members: ROSTER });
    const sheet = ownedSheet(saved, 'holidays');
    const typed: TypedRow[] = [
      { 1: utc(2027, 6, 11), 3: '放假', 4: '单位运动会', 5: '手工' },
      { 1: '2027-02-30', 3: '放假', 4: '错日期', 5: '手工' },
      { 1: utc(2026, 5, 6), 2: '星期三', 3: '上班', 4: '去年的' },
      // With a note of the user's two columns right of 状态.
      { 1: utc(2027, 7, 9), 3: '待定', 4: '类型不对', 5: '手工', 8: '我的批注' },
      { 1: utc(2027, 6, 11), 3: '上班', 4: '重复的一天', 5: '手工' },
    ];
    const first = typeRowsBelow(sheet, typed);
    saved = await saveAndReopen(saved);
    const expected = typed.slice(1).map(asRead);
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
      const rewritten = ownedSheet(saved, 'holidays');
      expect(rewritten.getCell(3, 6).value).toBe('状态');
      const rows = sheetRows(rewritten, 4);
      // The good row is used: 2027-06-11 is a 手工 day off in the list.
      expect(rows).toContainEqual(['2027-06-11', '星期五', '放假', '单位运动会', '手工']);
      const kept = rows.filter((row) => String(row[5] ?? '').startsWith('待更正'));
      expect(kept.map((row) => row[5])).toEqual(markers);
      kept.forEach((row, i) => expect(withoutColumns(row, [6])).toEqual(expected[i]));
    }
  });
});

describe('党员名册: rows that cannot be read are kept as typed', () => {
  it('keeps a row without a name, one of an unknown category and a duplicate id, marked 待更正', async () => {
    let saved = await generatedWorkbook({ year: 2027, members: ROSTER });
    const sheet = ownedSheet(saved, 'roster');
    // 编号 1, 姓名 2, 性别 3, 所属支部 4, 类别 5, 入党日期 6, 联系电话 15, 备注 16, 领导干部 17; 状态 18.
    const typed: TypedRow[] = [
      { 1: 'A010', 3: '男', 4: ONE, 5: '正式党员', 6: utc(2001, 7, 1), 15: '13800000010', 16: '没写姓名' },
      { 1: 'A011', 2: '孙丽', 3: '女', 4: ONE, 5: '党员吧', 16: '类别写错' },
      { 1: 'A001', 2: '李建国二', 3: '男', 4: ONE, 5: '正式党员' },
    ];
    typeRowsBelow(sheet, typed);
    saved = await saveAndReopen(saved);
    const expected = typed.map(asRead);
    for (let round = 1; round <= 2; round++) {
      const result = await generateWorkbook(createFilePort(saved), { year: 2027 });
      const errors = result.problems.filter((p) => p.sheet === '党员名册' && p.severity === 'error');
      expect(new Set(errors.map((p) => p.row)).size).toBe(3);
      expect(result.problems.filter((p) => p.message.includes('状态'))).toEqual([]);
      expect(result.memberCount).toBe(2);
      saved = await saveAndReopen(saved);
      const rewritten = ownedSheet(saved, 'roster');
      expect(rewritten.getCell(3, 18).value).toBe('状态');
      const kept = sheetRows(rewritten, 4).filter((row) => String(row[17] ?? '').startsWith('待更正：'));
      expect(kept).toHaveLength(3);
      kept.forEach((row, i) => expect(withoutColumns(row, [18])).toEqual(expected[i]));
      expect(kept[2][17]).toContain('A001');
    }
  });
});

describe('党员名册: a kept member’s unreadable cells are kept as typed', () => {
  it('keeps a bad 入党日期 and a bad 性别 in the member’s own row, marked 待更正, member still counted', async () => {
    let saved = await generatedWorkbook({ year: 2027, members: ROSTER });
    const sheet = ownedSheet(saved, 'roster');
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
      const rewritten = ownedSheet(saved, 'roster');
      expect(rewritten.getCell(3, 18).value).toBe('状态');
      expect(sheetRows(rewritten, 4)).toEqual([
        asRead({ 1: 'A001', 2: '李建国', 4: ONE, 5: '正式党员' }),
        asRead({
          1: 'A002',
          2: '王秀英',
          3: '男的',
          4: ONE,
          5: '预备党员',
          6: '九三年',
          18: `待更正：${dateMessage} ${genderMessage}`,
        }),
      ]);
      // The member is still on its branch's attendance sheet.
      const attendance = ownedSheet(saved, 'attendance.1');
      const ids: unknown[] = [];
      attendance.eachRow((row) => ids.push(row.getCell(1).value));
      expect(ids).toContain('A002');
    }
  });
});
