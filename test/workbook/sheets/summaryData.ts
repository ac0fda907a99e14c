/**
 * A year of synthetic records for the summary tests: three branches of a bureau (the first with 60
 * people: 57 counted members, one of them exempt from July, two invitees), the 2027 schedule from
 * the engine, and attendance where every code occurs with reasons, plus a few blanks.
 */
import type { AttendanceEntry } from '../../../src/domain/attendance';
import { type CalendarDate, parseIsoDate } from '../../../src/domain/date';
import { evaluateAttendance, type Ledger } from '../../../src/domain/ledger';
import type { Member, MemberCategory } from '../../../src/domain/member';
import { generateSchedule } from '../../../src/domain/schedule';
import type { ActivityDetails } from '../../../src/domain/summaries';
import type { DomainWarning } from '../../../src/domain/warning';
import { collectWarnings } from '../../../src/domain/warnings';
import type { SummaryMeta } from '../../../src/workbook/sheets/summary/parts';

export const ONE = '机关第一党支部';
export const TWO = '机关第二党支部';
export const THREE = '退休干部党支部';
export const UNIT = '张店分局机关党总支';

const SURNAMES = '王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高';
const GIVEN = ['建国', '海燕', '志强', '丽华', '国庆', '晓明', '秀英', '文博', '雪梅', '立新', '春生', '静'];

export function day(text: string): CalendarDate {
  const date = parseIsoDate(text);
  if (date === null) throw new Error(`bad date ${text}`);
  return date;
}

function people(branch: string, prefix: string, count: number): Member[] {
  return Array.from({ length: count }, (_, i) => {
    const category: MemberCategory =
      i === count - 1 ? '入党积极分子' : i === count - 2 ? '发展对象' : i % 9 === 4 ? '预备党员' : '正式党员';
    const member: Member = {
      id: `${prefix}${String(i + 1).padStart(3, '0')}`,
      name: SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length],
      branch,
      category,
    };
    return member;
  });
}

export interface SummaryData {
  ledger: Ledger;
  details: ActivityDetails[];
  warnings: DomainWarning[];
  meta: SummaryMeta;
}

/** Codes by (member index, activity index): mostly present, each other code now and then. */
function codeFor(i: number, k: number): { raw: string; note?: string } | null {
  const n = (i * 31 + k * 17) % 97;
  if (n === 0) return { raw: '×' };
  if (n === 1) return { raw: '事', note: '外出参加业务培训' };
  if (n === 2) return { raw: '病', note: '住院治疗' };
  if (n === 3) return { raw: '迟', note: '接待来访群众' };
  if (n === 4) return { raw: '早', note: '赴现场勘测' };
  return { raw: '√' };
}

export function summaryData(asOf = '2027-12-31'): SummaryData {
  const members = [...people(ONE, 'A', 60), ...people(TWO, 'B', 24), ...people(THREE, 'C', 12)];
  // One of the first branch is exempt from July (卧病在床), one joined in May, one left in September.
  members[5] = {
    ...members[5],
    exemption: {
      reason: '卧病在床',
      approval: '支委会同意',
      contact: members[0].name,
      from: day('2027-07-01'),
    },
  };
  members[6] = { ...members[6], onRosterFrom: day('2027-05-01') };
  members[7] = { ...members[7], onRosterTo: day('2027-09-30') };
  const schedule = generateSchedule({ year: 2027, branches: [ONE, TWO, THREE] });
  const attendance: AttendanceEntry[] = [];
  const byBranch = new Map<string, Member[]>();
  for (const member of members) byBranch.set(member.branch, [...(byBranch.get(member.branch) ?? []), member]);
  for (const [branch, list] of byBranch) {
    const activities = schedule.activities.filter((a) => a.branch === branch);
    activities.forEach((activity, k) => {
      list.forEach((member, i) => {
        // The second branch left March's second activity half unrecorded.
        if (branch === TWO && activity.id === '2027-03-2' && i % 2 === 0) return;
        // An unexcused run: the third branch's member C003 missed every activity from April on.
        if (branch === THREE && i === 2 && activity.date >= '2027-04-01') {
          attendance.push({ memberId: member.id, branch, activityId: activity.id, raw: '×' });
          return;
        }
        // Nothing is typed for someone not on the roster that day (a warning would name it).
        if (member.onRosterFrom !== undefined && activity.date < member.onRosterFrom) return;
        if (member.onRosterTo !== undefined && activity.date > member.onRosterTo) return;
        if (member.exemption && activity.date >= '2027-07-01') {
          attendance.push({ memberId: member.id, branch, activityId: activity.id, raw: '免' });
          return;
        }
        const code = codeFor(i, k);
        if (code === null) return;
        attendance.push({ memberId: member.id, branch, activityId: activity.id, ...code });
      });
    });
  }
  const ledger = evaluateAttendance({
    activities: schedule.activities,
    members,
    attendance,
    asOf: day(asOf),
    branchOrder: [ONE, TWO, THREE],
  });
  const details: ActivityDetails[] = [
    {
      branch: ONE,
      activityId: '2027-03-1',
      topic: '学习《中国共产党纪律处分条例》第一至三章',
      place: '三楼党员活动室',
      host: '王建国',
      recorder: '李海燕',
      archive: '记录簿第12页；照片6张；局网站报道',
      expense: 120,
    },
    {
      branch: ONE,
      activityId: '2027-03-2',
      topic: '走访联系辖区空巢老人',
      place: '和平社区',
      host: '王建国',
      recorder: '李海燕',
      note: '与社区党委联合开展',
    },
  ];
  const warnings = collectWarnings(ledger, schedule.warnings);
  return {
    ledger,
    details,
    warnings,
    meta: {
      unit: UNIT,
      generatedAt: '2027-12-31 16:20',
      warnings,
      signatories: {
        unitSecretary: '赵立新',
        branches: [
          { branch: ONE, secretary: '王建国', recorder: '李海燕' },
          { branch: TWO, secretary: '刘丽华' },
        ],
      },
    },
  };
}

/**
 * One branch of 60 in March 2027 (two activities): 20 people away from each — on 事假 or 病假 with
 * their reasons, or absent — everyone else present.
 */
export function manyAbsentData(): {
  ledger: Ledger;
  meta: SummaryMeta;
  expected: Array<{ name: string; reason: string }>;
} {
  const members: Member[] = Array.from({ length: 60 }, (_, i) => ({
    id: `A${String(i + 1).padStart(3, '0')}`,
    name: SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length],
    branch: ONE,
    category: i % 9 === 4 ? '预备党员' : '正式党员',
  }));
  const schedule = generateSchedule({ year: 2027, branches: [ONE] });
  const march = schedule.activities.filter((activity) => activity.date.startsWith('2027-03'));
  const reasons = ['外出参加业务培训', '住院治疗', '赴省厅汇报工作', '陪护生病家属', '下乡开展不动产登记'];
  const attendance: AttendanceEntry[] = [];
  const expected: Array<{ name: string; reason: string }> = [];
  march.forEach((activity, k) => {
    members.forEach((member, i) => {
      if (i >= 20) {
        attendance.push({ memberId: member.id, branch: ONE, activityId: activity.id, raw: '√' });
        return;
      }
      const n = (i + k) % 4;
      const raw = n === 3 ? '×' : n === 2 ? '病' : '事';
      const note = raw === '×' ? undefined : reasons[(i + k) % reasons.length];
      attendance.push({
        memberId: member.id,
        branch: ONE,
        activityId: activity.id,
        raw,
        ...(note === undefined ? {} : { note }),
      });
      expected.push({ name: member.name, reason: note ?? '未填写原因' });
    });
  });
  const ledger = evaluateAttendance({
    activities: schedule.activities,
    members,
    attendance,
    asOf: day('2027-03-31'),
    branchOrder: [ONE],
  });
  return {
    ledger,
    expected,
    meta: {
      unit: UNIT,
      generatedAt: '2027-03-31 16:20',
      warnings: collectWarnings(ledger, schedule.warnings),
      signatories: { branches: [{ branch: ONE, secretary: '王建国', recorder: '李海燕' }] },
    },
  };
}
