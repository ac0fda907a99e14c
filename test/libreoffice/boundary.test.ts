/**
 * The 出勤登记 sheet's 到会率 and 达标 at the 80% boundary, as LibreOffice computes them from the
 * file (written without cached results): at, just below and just above 80%, partly recorded
 * activities the missing entries could or could not decide, and an activity with nothing recorded
 * (未登记, never 0%). Expected values are literals worked out by hand.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { saveWorkbookPath } from '../../src/file/nodeFiles';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import {
  type AttendanceMark,
  attendanceSheetTitle,
  describeAttendanceSheet,
} from '../../src/workbook/sheets/attendance';
import {
  FIRST_ACTIVITY_COLUMN,
  FIRST_MEMBER_ROW,
  attendanceLayout,
} from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { describeSettingsSheet } from '../../src/workbook/sheets/settingsDescription';
import { activity, member } from '../domain/attendanceHelpers';
import { recalcToCsv } from '../helpers/libreoffice';

jest.setTimeout(90_000);

const BRANCH = '第一党支部';
const IDS = ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09', 'P10'];
const MEMBERS = IDS.map((id) => member(id, `党员${id}`, BRANCH));
const DATES = [
  '2027-01-08',
  '2027-01-22',
  '2027-02-05',
  '2027-02-19',
  '2027-03-12',
  '2027-03-26',
  '2027-04-09',
];
const ACTIVITIES = DATES.map((date, i) => activity(BRANCH, `A${i + 1}`, date));

/** Per activity, the ten members' codes ('.' = not entered). */
const CODES: string[][] = [
  ['√', '√', '√', '√', '√', '迟', '早', '√', '×', '事'], // 8 of 10: at 80%
  ['√', '√', '√', '√', '√', '√', '√', '×', '×', '病'], // 7 of 10: just below
  ['√', '√', '√', '√', '√', '√', '√', '√', '√', '×'], // 9 of 10: just above
  ['√', '√', '√', '√', '√', '√', '√', '×', '×', '.'], // 7 + 1 not entered: could reach 80%
  ['√', '√', '√', '√', '√', '√', '×', '×', '×', '.'], // 6 + 1 not entered: cannot
  ['.', '.', '.', '.', '.', '.', '.', '.', '.', '.'], // nothing recorded
  ['√', '√', '√', '√', '√', '√', '√', '√', '×', '.'], // 8 + 1 not entered: met already
];

function marks(): Map<string, Map<string, AttendanceMark>> {
  const byMember = new Map<string, Map<string, AttendanceMark>>();
  IDS.forEach((id, m) => {
    const row = new Map<string, AttendanceMark>();
    CODES.forEach((codes, a) => {
      if (codes[m] !== '.') row.set(ACTIVITIES[a].id, { raw: codes[m] });
    });
    byMember.set(id, row);
  });
  return byMember;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-boundary-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('到会率 and 达标 recalculated by LibreOffice at the 80% boundary', () => {
  it('meets at 80%, misses just below, says 待补登 while open and 未登记 with nothing recorded', async () => {
    const file = newWorkbookFile();
    await writeDescriptions(file, [
      describeSettingsSheet(defaultSettings(2027, '测试单位', [BRANCH])),
      describeAttendanceSheet({
        year: 2027,
        branch: BRANCH,
        branchIndex: 1,
        members: MEMBERS,
        activities: ACTIVITIES,
        marks: marks(),
      }),
    ]);
    const out = path.join(dir, 'boundary.xlsx');
    await saveWorkbookPath(file, out);
    const rows = await recalcToCsv(out, attendanceSheetTitle(BRANCH));
    const layout = attendanceLayout(ACTIVITIES.length, MEMBERS.length, 0);
    const f = layout.figureRow;
    const line = (row: number) => ACTIVITIES.map((_, i) => rows[row - 1][FIRST_ACTIVITY_COLUMN + i - 1]);

    expect(line(f.due)).toEqual(['10', '10', '10', '10', '10', '10', '10']);
    expect(line(f.attended)).toEqual(['8', '7', '9', '7', '6', '0', '8']);
    expect(line(f.unrecorded)).toEqual(['0', '0', '0', '1', '1', '10', '1']);
    expect(line(f.rate)).toEqual(['80%', '70%', '90%', '70%', '60%', '未登记', '80%']);
    expect(line(f.met)).toEqual(['达标', '未达标', '达标', '待补登', '未达标', '未登记', '达标']);
    expect(line(f.recorded)).toEqual(['1', '1', '1', '1', '1', '0', '1']);

    // Member totals count the six activities with entries, not A6 with nothing recorded: P01 came
    // to all six; P09 (× × √ × × · ×) to one; P10 (事 病 × then blanks) to none, 2 on leave.
    const t = layout.totalColumn;
    const total = (index: number) =>
      [t.due, t.attended, t.leave, t.absent, t.rate].map((c) => rows[FIRST_MEMBER_ROW + index - 1][c - 1]);
    expect(total(0)).toEqual(['6', '6', '0', '0', '100%']);
    expect(total(8)).toEqual(['6', '1', '0', '5', '16.6666666666667%']);
    expect(total(9)).toEqual(['6', '0', '2', '1', '0%']);
  });
});
