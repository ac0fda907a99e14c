/**
 * 活动安排's 应到/实到/到会率/达标 (INDEX/MATCH into each branch's 出勤登记 sheet) agree with the
 * engine. A workbook of two branches is generated through src/app/generate.ts, attendance is typed
 * into the attendance sheets with ExcelJS (every code, a reason, invitees, an exempt member, a member
 * who joined and one who left mid-year, blanks), the file is saved without cached formula results,
 * recalculated by LibreOffice headless, and every activity's row is compared with evaluateAttendance
 * on what the add-in reads back.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateWorkbook } from '../../src/app/generate';
import { dateOf } from '../../src/domain/date';
import { createHolidayCalendar } from '../../src/domain/holidays/calendar';
import { evaluateAttendance } from '../../src/domain/ledger';
import type { Member } from '../../src/domain/member';
import { generateSchedule } from '../../src/domain/schedule';
import { openWorkbookPath, saveWorkbookPath } from '../../src/file/nodeFiles';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids } from '../../src/file/readGrid';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { SCHEDULE_COLUMNS, SCHEDULE_FIRST_ROW } from '../../src/workbook/sheets/schedule';
import { scheduleSettingsOf } from '../../src/workbook/sheets/settings';
import { readWorkbookState } from '../../src/workbook/state';
import { recalcToCsv } from '../helpers/libreoffice';
import { findOwnedWorksheets } from '../helpers/excelJsGrid';
import { sheetRateAndMet } from '../helpers/sheetFigures';
import { attendanceCell, excelJsWorkbook } from '../helpers/generatedWorkbook';

jest.setTimeout(120_000);

const ONE = '机关第一党支部';
const TWO = '机关第二党支部';

const MEMBERS: Member[] = [
  { id: 'A001', name: '李建国', branch: ONE, category: '正式党员' },
  { id: 'A002', name: '王芳', branch: ONE, category: '预备党员' },
  {
    id: 'A003',
    name: '张秀英',
    branch: ONE,
    category: '正式党员',
    exemption: { reason: '卧病在床', approval: '支委会', contact: '李建国', from: dateOf(2027, 4, 1) },
  },
  { id: 'A004', name: '刘洋', branch: ONE, category: '正式党员', onRosterFrom: dateOf(2027, 6, 1) },
  { id: 'A005', name: '陈磊', branch: ONE, category: '正式党员', onRosterTo: dateOf(2027, 3, 31) },
  { id: 'A006', name: '杨帆', branch: ONE, category: '入党积极分子' },
  { id: 'B001', name: '周海涛', branch: TWO, category: '正式党员' },
  { id: 'B002', name: '吴静', branch: TWO, category: '正式党员' },
  { id: 'B003', name: '郑强', branch: TWO, category: '预备党员' },
];

/** What the secretaries type: [sheet branch, member, activity, text]. */
const TYPED: Array<[string, string, string, string]> = [
  [ONE, 'A001', '2027-01-1', '√'],
  [ONE, 'A002', '2027-01-1', '迟'],
  [ONE, 'A003', '2027-01-1', '事：看病'],
  [ONE, 'A005', '2027-01-1', '×'],
  [ONE, 'A006', '2027-01-1', '√'],
  [ONE, 'A001', '2027-02-1', '早'],
  [ONE, 'A002', '2027-02-1', '病'],
  [ONE, 'A001', '2027-03-1', '√'],
  [ONE, 'A002', '2027-03-1', '√'],
  [ONE, 'A003', '2027-03-1', '√'],
  [ONE, 'A005', '2027-03-1', '√'],
  [ONE, 'A001', '2027-06-2', '×'],
  [ONE, 'A002', '2027-06-2', '×'],
  [ONE, 'A003', '2027-06-2', '免'],
  [ONE, 'A004', '2027-06-2', '√'],
  [TWO, 'B001', '2027-01-1', '√'],
  [TWO, 'B002', '2027-01-1', '√'],
  [TWO, 'B003', '2027-01-1', '事'],
  [TWO, 'B001', '2027-02-2', '√'],
];

/** '66.6666666666667%' → 0.666…; '' → null; '3' → 3. */
function number(text: string): number | null {
  if (text === '') return null;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-schedule-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('活动安排 figures recalculated by LibreOffice', () => {
  it('give the engine’s 应到, 实到, 到会率 and 达标 for every activity of every branch', async () => {
    const file = newWorkbookFile();
    await generateWorkbook(createFilePort(file), { year: 2027, unit: '测试单位', members: MEMBERS });
    const generated = path.join(dir, 'generated.xlsx');
    await saveWorkbookPath(file, generated);

    const edited = await excelJsWorkbook(generated);
    const sheets = findOwnedWorksheets(edited);
    const sheetOf = (branch: string) =>
      [...sheets.values()].find((sheet) => sheet.name === `出勤-${branch}`)!;
    for (const [branch, memberId, activityId, text] of TYPED)
      attendanceCell(sheetOf(branch), memberId, activityId).value = text;
    const out = path.join(dir, 'typed.xlsx');
    await edited.xlsx.writeFile(out);

    // The engine on what the add-in reads back from the same file.
    const state = readWorkbookState(await readOwnedGrids(await openWorkbookPath(out)), 2027);
    expect(state.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(state.attendance).toHaveLength(TYPED.length);
    const settings = state.settings!;
    const schedule = generateSchedule({
      year: 2027,
      branches: settings.branches.map((b) => b.name),
      settings: scheduleSettingsOf(settings),
      calendar: createHolidayCalendar({ manual: state.manualHolidays }),
    });
    const ledger = evaluateAttendance({
      activities: schedule.activities,
      members: state.members,
      attendance: state.attendance,
      asOf: dateOf(2027, 12, 31),
      settings: { threshold: settings.threshold },
    });

    const rows = await recalcToCsv(out, '活动安排');
    const at = (row: number, column: number) => rows[row - 1]?.[column - 1] ?? '';
    const rowOf = new Map<string, number>();
    for (let row = SCHEDULE_FIRST_ROW; row <= rows.length; row++)
      rowOf.set(`${at(row, SCHEDULE_COLUMNS.branch)}|${at(row, SCHEDULE_COLUMNS.id)}`, row);

    let compared = 0;
    let judged = 0;
    for (const branch of ledger.branches) {
      branch.activities.forEach((activity, i) => {
        const figures = branch.figures[i];
        const row = rowOf.get(`${activity.branch}|${activity.id}`);
        expect(row).toBeDefined();
        const c = SCHEDULE_COLUMNS;
        const sheet = {
          id: activity.id,
          due: number(at(row!, c.due)),
          present: number(at(row!, c.present)),
          met: at(row!, c.met),
        };
        const shown = sheetRateAndMet(figures);
        expect(sheet).toEqual({
          id: activity.id,
          due: figures.due,
          present: figures.attended,
          met: shown.met,
        });
        // 未登记 where nothing is recorded yet, never 0%.
        if (typeof shown.rate === 'string') expect(at(row!, c.rate)).toBe(shown.rate);
        else expect(number(at(row!, c.rate))).toBeCloseTo(shown.rate ?? Number.NaN, 12);
        if (figures.met !== null) judged++;
        compared++;
      });
    }
    expect(compared).toBe(schedule.activities.length);
    expect(compared).toBe(48);
    expect(judged).toBe(5);

    // Spot checks against figures worked out by hand.
    const row = (branch: string, id: string) => rows[rowOf.get(`${branch}|${id}`)! - 1];
    const pick = (r: string[]) =>
      [SCHEDULE_COLUMNS.due, SCHEDULE_COLUMNS.present, SCHEDULE_COLUMNS.met].map((c) => r[c - 1]);
    // A001 √, A002 迟, A003 事, A005 × of 4 due (A004 not yet on the roster, A006 列席): 2/4.
    expect(pick(row(ONE, '2027-01-1'))).toEqual(['4', '2', '未达标']);
    expect(number(row(ONE, '2027-01-1')[SCHEDULE_COLUMNS.rate - 1])).toBeCloseTo(0.5, 12);
    // All four due present.
    expect(pick(row(ONE, '2027-03-1'))).toEqual(['4', '4', '达标']);
    // A003 exempt, A005 gone, A004 joined: 3 due, 1 present.
    expect(pick(row(ONE, '2027-06-2'))).toEqual(['3', '1', '未达标']);
    expect(pick(row(TWO, '2027-01-1'))).toEqual(['3', '2', '未达标']);
    // B001 √, B002 and B003 not entered: 1 of 3 so far, 3 of 3 if they came — not judged yet.
    expect(pick(row(TWO, '2027-02-2'))).toEqual(['3', '1', '待补登']);
    // Nothing recorded: 未登记 in 到会率 and 达标, never 0%.
    expect(row(TWO, '2027-03-1').slice(SCHEDULE_COLUMNS.due - 1, SCHEDULE_COLUMNS.met)).toEqual([
      '3',
      '0',
      '未登记',
      '未登记',
    ]);
  });
});
