/** 签到表 and 活动记录 as descriptions: the cells a secretary prints, the print setup, the kinds. */
import { activityRecord, signInPeople, type SignInPerson } from '../../../src/domain/activityRecord';
import { monthlySummary } from '../../../src/domain/summaries';
import { descriptionProblems } from '../../../src/workbook/checkDescription';
import {
  isMaterialKind,
  monthRecordsKind,
  printableSheetName,
  recordKind,
  signInKind,
} from '../../../src/workbook/sheets/materials/kinds';
import type { ActivityHeading } from '../../../src/workbook/sheets/materials/heading';
import {
  describeMonthRecordsSheet,
  describeRecordSheet,
} from '../../../src/workbook/sheets/materials/record';
import { describeSignInSheet } from '../../../src/workbook/sheets/materials/signIn';
import { cellsOf } from './descriptionGrid';
import { day, ONE, summaryData } from './summaryData';

const HEADING: ActivityHeading = {
  unit: '张店分局机关党总支',
  branch: ONE,
  activityId: '2027-03-1',
  themeName: '党员学习教育日',
  topic: '学习党章第九条',
  when: '2027年3月12日（星期五）15:00',
  place: '三楼会议室',
  host: '王建国',
  recorder: '李海燕',
};

const person = (i: number, extra: Partial<SignInPerson> = {}): SignInPerson => ({
  memberId: `A${i}`,
  label: `党员${i}`,
  category: '正式党员',
  exempt: false,
  ...extra,
});

describe('kinds and names of the printouts', () => {
  it('are per branch number and activity id, told apart from every other kind', () => {
    expect(signInKind(2, '2027-03-X1')).toBe('signin.2.2027_03_X1');
    expect(recordKind(1, '2027-03-1')).toBe('record.1.2027_03_1');
    expect(monthRecordsKind(1, 2027, 3)).toBe('records.1.2027_03');
    expect(
      ['signin.1.x', 'record.1.x', 'records.1.x', 'summary.month', 'attendance.1', 'schedule'].map(
        isMaterialKind,
      ),
    ).toEqual([true, true, true, false, false, false]);
    expect(printableSheetName('签到表 2027-03-1 机关第一党支部')).toBe('签到表 2027-03-1 机关第一党支部');
    expect(printableSheetName('签到表 2027-03-1 第一[党]支部/离退休干部和老同志党员联系小组')).toHaveLength(
      31,
    );
    expect(printableSheetName('签到表 2027-03-1 第一[党]支部')).toBe('签到表 2027-03-1 第一党支部');
  });
});

describe('签到表', () => {
  it('lists up to 30 people in one table, the exempt with 免参加, then the invitees’ rows and the footer', () => {
    const description = describeSignInSheet({
      kind: 'signin.1.2027_03_1',
      name: '签到表',
      heading: HEADING,
      people: [person(1), person(2, { category: '预备党员' }), person(3, { exempt: true })],
      due: 2,
    });
    expect(descriptionProblems(description)).toEqual([]);
    const cells = cellsOf(description);
    expect(cells.get('A1')).toBe('机关第一党支部党员固定活动日签到表');
    expect([cells.get('A2'), cells.get('D2')]).toEqual([
      '单位：张店分局机关党总支',
      '党支部：机关第一党支部',
    ]);
    expect(cells.get('A3')).toBe('主题：学习党章第九条（党员学习教育日）');
    expect([cells.get('A4'), cells.get('D4')]).toEqual([
      '时间：2027年3月12日（星期五）15:00',
      '地点：三楼会议室',
    ]);
    expect(cells.get('A5')).toBe('主持人：王建国');
    expect(['A7', 'B7', 'C7', 'D7', 'E7'].map((a) => cells.get(a))).toEqual([
      '序号',
      '姓名',
      '类别',
      '本人签名',
      '备注',
    ]);
    expect(['A8', 'B8', 'C8', 'D8', 'E8'].map((a) => cells.get(a))).toEqual([1, '党员1', '正式', null, null]);
    expect(['A9', 'B9', 'C9'].map((a) => cells.get(a))).toEqual([2, '党员2', '预备']);
    expect(['A10', 'E10'].map((a) => cells.get(a))).toEqual([3, '免参加']);
    expect(description.rows).toContainEqual({ row: 8, height: 27 });
    const values = [...cells.values()];
    expect(values).toContain('列席人员（发展对象、入党积极分子、团员青年、群众代表等，不计入应到、实到）');
    expect(values).toContain('应到 2 人，实到 ____ 人（正式党员 ____、预备党员 ____）');
    expect(description.print).toMatchObject({
      paperSize: 'A4',
      orientation: 'portrait',
      fitTo: { width: 1, height: 1 },
    });
    expect(description.print?.titleRows).toBeUndefined();
  });

  it('puts 31 to 60 people in two columns of rows on one page', () => {
    const people = Array.from({ length: 45 }, (_, i) => person(i + 1));
    const cells = cellsOf(
      describeSignInSheet({ kind: 'signin.1.x', name: 'x', heading: HEADING, people, due: 45 }),
    );
    expect(['A8', 'B8', 'G8', 'H8'].map((a) => cells.get(a))).toEqual([1, '党员1', 24, '党员24']);
    expect(['A30', 'B30', 'G29', 'H29', 'G30'].map((a) => cells.get(a))).toEqual([
      23,
      '党员23',
      45,
      '党员45',
      null,
    ]);
    expect(['G7', 'K7'].map((a) => cells.get(a))).toEqual(['序号', '备注']);
  });

  it('runs more than 60 people over pages, the heading and the table’s header repeated', () => {
    const people = Array.from({ length: 61 }, (_, i) => person(i + 1));
    const description = describeSignInSheet({
      kind: 'signin.1.x',
      name: 'x',
      heading: HEADING,
      people,
      due: 61,
    });
    const cells = cellsOf(description);
    expect(cells.get('B68')).toBe('党员61');
    expect(description.print).toMatchObject({
      fitTo: { width: 1, height: 0 },
      titleRows: { first: 1, last: 7 },
    });
  });
});

describe('活动记录', () => {
  const data = summaryData();
  const month = monthlySummary(data.ledger, 2027, 3, data.details);
  const lines = month.branches[0].lines;

  it('takes its figures from the engine: 应到 and 实到 as the monthly summary’s, 实到 split 正式/预备', () => {
    for (const line of lines) {
      const record = activityRecord(data.ledger, line);
      expect(record.figures.due).toBe(line.figures.due);
      expect(record.figures.attended).toBe(line.figures.attended);
      expect(record.figures.attendedFormal + record.figures.attendedProbationary).toBe(line.figures.attended);
      const away = [...record.names.personalLeave, ...record.names.sickLeave, ...record.names.absent];
      expect(away.map((p) => p.memberId).sort()).toEqual(line.absentees.map((p) => p.memberId).sort());
      expect(record.names.personalLeave).toHaveLength(line.figures.personalLeave);
      expect(record.names.sickLeave).toHaveLength(line.figures.sickLeave);
      expect(record.names.absent).toHaveLength(line.figures.absent);
      expect(record.names.late).toHaveLength(line.figures.late);
      expect(record.names.leftEarly).toHaveLength(line.figures.leftEarly);
    }
  });

  it('lists on the 签到表 every member due that day and those exempt, as many as 应到 plus the exempt', () => {
    const members = data.ledger.branches[0].rows.map((row) => row.member);
    const line = lines[0];
    const people = signInPeople(members, ONE, line.date);
    expect(people.filter((p) => !p.exempt)).toHaveLength(line.figures.due);
    // One member is exempt from July: in December she is listed with 免参加.
    const december = signInPeople(members, ONE, day('2027-12-10'));
    expect(december.filter((p) => p.exempt)).toHaveLength(1);
  });

  it('writes a 记录簿 page: labels, figures, reasons grouped, 主要内容 from 内容摘要, signature lines', () => {
    const line = lines[0];
    const record = activityRecord(data.ledger, line);
    const description = describeRecordSheet('record.1.2027_03_1', '活动记录', {
      heading: HEADING,
      record,
      summary: '学习党章第九条。',
      archive: '记录簿第12页',
      expense: 120,
    });
    expect(descriptionProblems(description)).toEqual([]);
    const cells = cellsOf(description);
    expect(cells.get('A1')).toBe('机关第一党支部党员固定活动日活动记录');
    expect(['A3', 'B3', 'C3', 'D3'].map((a) => cells.get(a))).toEqual([
      '活动类型',
      '党员学习教育日',
      '活动编号',
      '2027-03-1',
    ]);
    expect(['A4', 'B4'].map((a) => cells.get(a))).toEqual(['主题', '学习党章第九条']);
    expect(['A7', 'B7', 'C7', 'D7'].map((a) => cells.get(a))).toEqual([
      '应到',
      `${record.figures.due} 人`,
      '实到',
      `${record.figures.attended} 人（正式党员 ${record.figures.attendedFormal} 人、预备党员 ${record.figures.attendedProbationary} 人）`,
    ]);
    expect(cells.get('A9')).toBe('缺席人员及原因');
    const absence = cells.get('B9') as string;
    expect(absence.split('\n').map((text) => text.slice(0, text.indexOf('：')))).toEqual([
      '事假',
      '病假',
      '无故缺席',
      '迟到',
      '早退',
    ]);
    expect(['A10', 'B10'].map((a) => cells.get(a))).toEqual(['主要内容', '学习党章第九条。']);
    expect(['A11', 'A12', 'B12', 'A13', 'B13'].map((a) => cells.get(a))).toEqual([
      '决议或结论',
      '存档资料（记录、图片、报道）',
      '记录簿第12页',
      '经费',
      '120.00 元',
    ]);
    expect([...cells.values()]).toEqual(expect.arrayContaining(['主持人（签字）：', '记录人（签字）：']));
    expect(description.print).toMatchObject({ orientation: 'portrait', fitTo: { width: 1, height: 1 } });
  });

  it('puts a month’s records on one sheet with a page break after each but the last', () => {
    const inputs = lines.map((line) => ({
      heading: { ...HEADING, activityId: line.activityId },
      record: activityRecord(data.ledger, line),
    }));
    const description = describeMonthRecordsSheet('records.1.2027_03', '本月', HEADING.unit, inputs);
    expect(description.print?.rowBreaks).toHaveLength(lines.length - 1);
    expect(description.print?.fitTo).toEqual({ width: 1, height: 0 });
  });
});

describe('活动记录 before attendance is entered', () => {
  it('leaves 实到 to fill in and says why: not held yet, or not recorded yet', () => {
    const data = summaryData('2027-03-20');
    const lines = monthlySummary(data.ledger, 2027, 3, data.details).branches[0].lines;
    const held = lines.find((line) => line.figures.held)!;
    const later = lines.find((line) => !line.figures.held)!;
    const cells = (line: (typeof lines)[number]) =>
      cellsOf(
        describeRecordSheet('record.1.x', 'x', {
          heading: HEADING,
          record: activityRecord(data.ledger, line),
        }),
      );
    expect(cells(later).get('D7')).toBe('____ 人（正式党员 ____ 人、预备党员 ____ 人）');
    expect(cells(later).get('B9')).toBe('（活动尚未举行，出勤待登记）');
    expect(held.figures.recording).not.toBe('none');
    expect(cells(held).get('B9')).toMatch(/^事假：/);
  });
});
