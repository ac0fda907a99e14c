/**
 * Formulas agree with the engine (issue 4 §2). The 出勤登记 sheet of a branch with every case
 * (see attendanceSample.ts) is written through the file port without cached results, recalculated
 * by LibreOffice headless, and every figure under every activity and every member's totals are
 * compared with evaluateAttendance. The marks the engine reads are those parsed back from the
 * written file, so the round trip (write → read by ids) is proven on the way.
 *
 * Where they may differ, by design: the sheet has no "today", so it judges every activity with
 * entries (the engine only held ones), and member totals count the activities that have entries,
 * which are the engine's held ones when asOf is the last day recorded. Where the engine has no rate
 * and no verdict the sheet says why: 未登记 (nothing recorded), 待补登 / 待核实 (the blank or
 * unreadable entries could still decide 达标), blank (nobody due).
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { memberPeriods } from '../../src/domain/figures';
import { evaluateAttendance } from '../../src/domain/ledger';
import { openWorkbookPath, saveWorkbookPath } from '../../src/file/nodeFiles';
import { readOwnedGrids } from '../../src/file/readGrid';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import {
  attendanceSheetTitle,
  describeAttendanceSheet,
  marksFromEntries,
  parseAttendanceGrid,
} from '../../src/workbook/sheets/attendance';
import {
  FIRST_ACTIVITY_COLUMN,
  FIRST_MEMBER_ROW,
  attendanceLayout,
} from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { describeSettingsSheet } from '../../src/workbook/sheets/settingsDescription';
import { isA4, pdfToPngs, recalcToCsv, toPdf } from '../helpers/libreoffice';
import { sheetRateAndMet } from '../helpers/sheetFigures';
import {
  ACTIVITIES,
  ASOF,
  BRANCH,
  MEMBERS,
  ORPHAN,
  sampleInput,
  sampleMarks,
} from '../workbook/sheets/attendanceSample';

jest.setTimeout(90_000);

/** Part A's 设置 sheet: it defines PD_Threshold (80 %) and PD_Year, which the formulas use. */
const settings = describeSettingsSheet(defaultSettings(2027, '张店分局机关党总支', [BRANCH]));
const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts', 'attendance-sheet');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-formulas-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** '66.6666666666667%' → 0.666…; '' → null; '3' → 3. */
function number(text: string): number | null {
  if (text === '') return null;
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

function expectRate(text: string, rate: number | null): void {
  const value = number(text);
  if (rate === null) expect(value).toBeNull();
  else expect(value).toBeCloseTo(rate, 12);
}

describe('出勤登记 formulas recalculated by LibreOffice', () => {
  it('give the engine’s figures for every activity and every member', async () => {
    const file = newWorkbookFile();
    await writeDescriptions(file, [settings, describeAttendanceSheet(sampleInput())]);
    const out = path.join(dir, 'attendance.xlsx');
    await saveWorkbookPath(file, out);

    // Read back by ids, as the add-in does, and evaluate with the engine.
    const reopened = await openWorkbookPath(out);
    const grid = (await readOwnedGrids(reopened)).get('attendance.1');
    expect(grid).toBeDefined();
    const parsed = parseAttendanceGrid(grid!, { branch: BRANCH });
    expect(parsed.problems).toEqual([]);
    expect(marksFromEntries(parsed.value)).toEqual(sampleMarks());
    const ledger = evaluateAttendance({
      activities: ACTIVITIES,
      members: MEMBERS,
      attendance: parsed.value,
      asOf: ASOF,
      settings: { threshold: 0.8 },
    });
    const branch = ledger.branches.find((b) => b.branch === BRANCH)!;

    const rows = await recalcToCsv(out, attendanceSheetTitle(BRANCH));
    const memberRows = MEMBERS.length + 1; // D099, no longer on the roster, has a row of its own
    const layout = attendanceLayout(ACTIVITIES.length, memberRows, 1);
    const at = (row: number, column: number) => rows[row - 1]?.[column - 1] ?? '';

    branch.activities.forEach((activity, i) => {
      const column = FIRST_ACTIVITY_COLUMN + i;
      const figures = branch.figures[i];
      const f = layout.figureRow;
      const sheet = {
        id: activity.id,
        due: number(at(f.due, column)),
        attended: number(at(f.attended, column)),
        late: number(at(f.late, column)),
        leftEarly: number(at(f.leftEarly, column)),
        leave: number(at(f.leave, column)),
        absent: number(at(f.absent, column)),
        unrecorded: number(at(f.unrecorded, column)),
        invalid: number(at(f.invalid, column)),
        invitees: number(at(f.invitees, column)),
      };
      expect(sheet).toEqual({
        id: activity.id,
        due: figures.due,
        attended: figures.attended,
        late: figures.late,
        leftEarly: figures.leftEarly,
        leave: figures.leave,
        absent: figures.absent,
        unrecorded: figures.unrecorded,
        invalid: figures.invalid,
        invitees: figures.invitees,
      });
      // The engine's verdict, and why there is none. The CSV carries values, not the 已登记/待登记
      // number format.
      expect(at(f.recorded, column)).toBe(figures.due === 0 ? '' : figures.recording === 'none' ? '0' : '1');
      const shown = sheetRateAndMet(figures);
      if (typeof shown.rate === 'string') expect(at(f.rate, column)).toBe(shown.rate);
      else expectRate(at(f.rate, column), shown.rate);
      expect(at(f.met, column)).toBe(shown.met);
    });

    branch.rows.forEach((row, index) => {
      const r = FIRST_MEMBER_ROW + index;
      expect(at(r, 1)).toBe(row.member.id);
      const year = memberPeriods(branch, row, 2027, ASOF).year;
      const t = layout.totalColumn;
      expect({
        id: row.member.id,
        due: number(at(r, t.due)),
        attended: number(at(r, t.attended)),
        leave: number(at(r, t.leave)),
        absent: number(at(r, t.absent)),
      }).toEqual({
        id: row.member.id,
        due: year.due,
        attended: year.attended,
        leave: year.leave,
        absent: year.absent,
      });
      expectRate(at(r, t.rate), year.rate);
    });
  });

  it('pins the figures by hand, so a shared mistake in engine and sheet would still show', async () => {
    const file = newWorkbookFile();
    await writeDescriptions(file, [settings, describeAttendanceSheet(sampleInput())]);
    const out = path.join(dir, 'pinned.xlsx');
    await saveWorkbookPath(file, out);
    const rows = await recalcToCsv(out, attendanceSheetTitle(BRANCH));
    const layout = attendanceLayout(ACTIVITIES.length, MEMBERS.length + 1, 1);
    const f = layout.figureRow;
    const line = (row: number) => ACTIVITIES.map((_, i) => rows[row - 1][FIRST_ACTIVITY_COLUMN + i - 1]);
    // 1月8日: due D001 D002 D004 D006 D007 D008 D010 (D003 not yet on the roster, D005 invitee,
    // D009 exempt) = 7; √ D001 D002 → 实到 2 (D004 ×, D006 免 without exemption and D007 出差 are
    // 无效, D008 事, D010 blank).
    expect(line(f.due)).toEqual(['7', '7', '5', '6', '6', '7', '7', '7']);
    expect(line(f.attended)).toEqual(['2', '4', '4', '4', '4', '6', '0', '0']);
    expect(line(f.invalid)).toEqual(['2', '0', '0', '0', '0', '0', '0', '0']);
    expect(line(f.invitees)).toEqual(['1', '1', '0', '0', '1', '0', '0', '0']);
    expect(line(f.recorded)).toEqual(['1', '1', '1', '1', '1', '1', '0', '0']);
    // The cancelled activity keeps its marks, to the right of the counted part.
    expect(rows[layout.figureRow.due - 1].length).toBeLessThanOrEqual(layout.lastColumn);
    expect(rows[FIRST_MEMBER_ROW - 1][layout.firstOrphanColumn - 1]).toBe('√');
    expect(rows[3 - 1][layout.firstOrphanColumn - 1]).toBe(ORPHAN.id);
  });

  it('shows the one documented difference: a variant such as ✓ is flagged and not counted by the formulas', async () => {
    const input = sampleInput();
    const marks = new Map(input.marks);
    marks.set('D010', new Map([['2027-01-1', { raw: '✓' }]]));
    const file = newWorkbookFile();
    await writeDescriptions(file, [settings, describeAttendanceSheet({ ...input, marks })]);
    const out = path.join(dir, 'variant.xlsx');
    await saveWorkbookPath(file, out);
    const rows = await recalcToCsv(out, attendanceSheetTitle(BRANCH));
    const layout = attendanceLayout(ACTIVITIES.length, MEMBERS.length + 1, 1);
    const at = (row: number) => rows[row - 1][FIRST_ACTIVITY_COLUMN - 1];
    // The engine reads ✓ as √ (实到 3, 未登记 0); the sheet counts it 无效 and shows it orange.
    expect([
      at(layout.figureRow.attended),
      at(layout.figureRow.unrecorded),
      at(layout.figureRow.invalid),
    ]).toEqual(['2', '0', '3']);
  });

  it('prints on A4 landscape, one page wide, with the header rows on every page', async () => {
    const many = Array.from({ length: 70 }, (_, i) => ({ ...MEMBERS[0], id: `P${i}`, name: `党员${i}` }));
    const file = newWorkbookFile();
    await writeDescriptions(file, [
      describeAttendanceSheet({ ...sampleInput(), members: [...MEMBERS, ...many] }),
    ]);
    const out = path.join(dir, 'attendance-print.xlsx');
    await saveWorkbookPath(file, out);
    const pdf = await toPdf(out, ARTIFACTS);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    for (const size of pdf.pageSizes) expect(isA4(size, 'landscape')).toBe(true);
    const pngs = await pdfToPngs(pdf.pdfPath, ARTIFACTS);
    expect(pngs).toHaveLength(pdf.pages);
  });
});
