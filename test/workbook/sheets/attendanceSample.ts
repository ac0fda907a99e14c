/**
 * A branch with every case the attendance formulas must get right, for the description, parsing
 * and LibreOffice tests: a member exempt for a few weeks and one exempt all year, a member who
 * joined and one who left mid-year, an invitee, 免 on a member the roster does not exempt, every
 * code, codes with reasons ("事：看病", "病:住院"), an unknown text, blanks, a member no longer on
 * the roster who still has marks, and a cancelled activity with marks. Activities up to ASOF are
 * recorded; the two after it are empty (planned).
 */
import type { AttendanceMark, AttendanceSheetInput } from '../../../src/workbook/sheets/attendance';
import { activity, day, member } from '../../domain/attendanceHelpers';

export const BRANCH = '机关第一党支部';
export const ASOF = day('2027-03-31');

export const ACTIVITIES = [
  activity(BRANCH, '2027-01-1', '2027-01-08', 'study'),
  activity(BRANCH, '2027-01-2', '2027-01-22', 'visit'),
  activity(BRANCH, '2027-02-1', '2027-02-18', 'deliberation', {
    plannedDate: day('2027-02-12'),
    shifted: true,
    reason: '2月12日为春节假期，顺延至2月18日',
  }),
  activity(BRANCH, '2027-02-2', '2027-02-26', 'service'),
  activity(BRANCH, '2027-03-1', '2027-03-12', 'study'),
  activity(BRANCH, '2027-03-2', '2027-03-26', 'other'),
  activity(BRANCH, '2027-04-1', '2027-04-09', 'visit'),
  activity(BRANCH, '2027-04-2', '2027-04-23', 'service'),
];

export const MEMBERS = [
  member('D001', '阎平', BRANCH),
  member('D002', '汪磊', BRANCH, '正式党员', {
    exemption: {
      reason: '住院',
      approval: '支委会',
      contact: '阎平',
      from: day('2027-02-01'),
      to: day('2027-03-15'),
    },
  }),
  member('D003', '孙悦', BRANCH, '预备党员', { onRosterFrom: day('2027-02-20') }),
  member('D004', '李强', BRANCH, '正式党员', { onRosterTo: day('2027-02-10') }),
  member('D005', '周敏', BRANCH, '发展对象'),
  member('D006', '=SUM(1,2)', BRANCH),
  member('D007', '赵刚', BRANCH),
  member('D008', '钱芳', BRANCH),
  member('D009', '吴老', BRANCH, '正式党员', {
    exemption: { reason: '年老体弱', approval: '支委会', contact: '钱芳' },
  }),
  member('D010', '郑宇', BRANCH),
];

/** Rows: member; columns: the eight activities, then the cancelled one ('.' = blank). */
const TYPED: Record<string, string[]> = {
  D001: ['√', '√', '迟', '√', '早', '√', '.', '.', '√'],
  D002: ['√', '事：看病', '免', '免', '×', '√', '.', '.', '.'],
  D003: ['√', '.', '.', '√', '病:住院', '迟', '.', '.', '.'],
  D004: ['×', '√', '√', '√', '.', '.', '.', '.', '.'],
  D005: ['√', '迟', '×', '事', '早', '.', '.', '.', '.'],
  D006: ['免', '√', '×：未请假', '√', '√', '√', '.', '.', '.'],
  D007: ['出差', '√', '√', '.', '√', '早', '.', '.', '.'],
  D008: ['事', '病', '√', '√', '×', '√', '.', '.', '.'],
  D009: ['免', '免', '√', '免', '.', '免', '.', '.', '.'],
  D010: ['.', '.', '√', '×', '√', '.', '.', '.', '.'],
  /** No longer on the roster: kept visibly, never counted. */
  D099: ['√', '.', '.', '.', '.', '.', '.', '.', '.'],
};

export const ORPHAN = { id: '2027-01-X1', date: day('2027-01-15'), theme: 'other' as const };

export function sampleMarks(): Map<string, Map<string, AttendanceMark>> {
  const ids = [...ACTIVITIES.map((a) => a.id), ORPHAN.id];
  const marks = new Map<string, Map<string, AttendanceMark>>();
  for (const [memberId, texts] of Object.entries(TYPED)) {
    const row = new Map<string, AttendanceMark>();
    texts.forEach((text, i) => {
      if (text === '.') return;
      const match = /^(.)[:：](.+)$/.exec(text);
      row.set(ids[i], match ? { raw: match[1], note: match[2] } : { raw: text });
    });
    marks.set(memberId, row);
  }
  return marks;
}

export function sampleInput(): AttendanceSheetInput {
  return {
    year: 2027,
    branch: BRANCH,
    branchIndex: 1,
    members: MEMBERS,
    activities: ACTIVITIES,
    marks: sampleMarks(),
    orphans: [ORPHAN],
    unit: '张店分局机关党总支',
  };
}
