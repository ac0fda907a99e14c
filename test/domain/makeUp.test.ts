/** 补学: who owes one (事、病、× once the activity is recorded; the exempt), and when it is overdue. */
import { evaluateAttendance } from '../../src/domain/ledger';
import {
  countMakeUps,
  dueMakeUps,
  isMakeUpOverdue,
  makeUpDeadline,
  makeUpDateProblem,
  makeUpKey,
  type MakeUpRecord,
  needsApprover,
} from '../../src/domain/makeUp';
import { activity, day, entry, member } from './attendanceHelpers';

const B = '第一党支部';
const members = [
  member('M1', '张三', B),
  member('M2', '李四', B),
  member('M3', '王五', B),
  member('M4', '赵六', B, '预备党员'),
  member('M5', '钱七', B, '正式党员', {
    exemption: { reason: '卧病在床', approval: '支委会', contact: ' 孙八 ' },
  }),
  member('M6', '周九', B, '入党积极分子'),
];
const activities = [
  activity(B, '2027-03-1', '2027-03-12'),
  activity(B, '2027-03-2', '2027-03-26', 'service'),
];

function ledgerOf(entries: ReturnType<typeof entry>[]) {
  return evaluateAttendance({ activities, members, attendance: entries, asOf: day('2027-12-31') });
}

describe('dueMakeUps', () => {
  it('lists 事, 病, × and the exempt of recorded activities only, in roster order, with the reason and contact', () => {
    const ledger = ledgerOf([
      entry('M1', B, '2027-03-1', '√'),
      entry('M2', B, '2027-03-1', '事', '出差'),
      entry('M3', B, '2027-03-1', '病'),
      entry('M4', B, '2027-03-1', '×'),
      // An invitee's × is no absence; nothing is recorded for 2027-03-2.
      entry('M6', B, '2027-03-1', '×'),
    ]);
    expect(dueMakeUps(ledger)).toEqual([
      {
        memberId: 'M2',
        memberName: '李四',
        branch: B,
        activityId: '2027-03-1',
        date: '2027-03-12',
        theme: 'study',
        code: '事',
        note: '出差',
      },
      {
        memberId: 'M3',
        memberName: '王五',
        branch: B,
        activityId: '2027-03-1',
        date: '2027-03-12',
        theme: 'study',
        code: '病',
        note: null,
      },
      {
        memberId: 'M4',
        memberName: '赵六',
        branch: B,
        activityId: '2027-03-1',
        date: '2027-03-12',
        theme: 'study',
        code: '×',
        note: null,
      },
      {
        memberId: 'M5',
        memberName: '钱七',
        branch: B,
        activityId: '2027-03-1',
        date: '2027-03-12',
        theme: 'study',
        code: '免',
        note: null,
        contact: '孙八',
      },
    ]);
  });

  it('owes nothing once the code is corrected to √, and nothing for an activity with no records', () => {
    const ledger = ledgerOf([entry('M2', B, '2027-03-1', '√'), entry('M3', B, '2027-03-2', '迟')]);
    expect(dueMakeUps(ledger).map((due) => [due.memberId, due.activityId, due.code])).toEqual([
      ['M5', '2027-03-1', '免'],
      ['M5', '2027-03-2', '免'],
    ]);
  });
});

describe('the deadline (N days after the activity, inclusive)', () => {
  const date = day('2027-03-12');
  it('is N days after the activity', () => {
    expect(makeUpDeadline(date, 30)).toBe('2027-04-11');
    expect(makeUpDeadline(date, 1)).toBe('2027-03-13');
  });
  it('is not overdue below or at N days, overdue above', () => {
    expect(isMakeUpOverdue(date, false, day('2027-04-10'), 30)).toBe(false);
    expect(isMakeUpOverdue(date, false, day('2027-04-11'), 30)).toBe(false);
    expect(isMakeUpOverdue(date, false, day('2027-04-12'), 30)).toBe(true);
  });
  it('is never overdue once a 补学日期 is entered', () => {
    expect(isMakeUpOverdue(date, true, day('2027-12-31'), 30)).toBe(false);
  });
});

describe('needsApprover', () => {
  const ledger = ledgerOf([entry('M2', B, '2027-03-1', '事'), entry('M4', B, '2027-03-1', '×')]);
  const [leave, absent, exempt] = dueMakeUps(ledger);
  const record = (approver: string): MakeUpRecord => ({
    memberId: 'M2',
    activityId: '2027-03-1',
    approver,
    done: false,
    doneOn: null,
    doneText: null,
  });
  it('asks for an approver of 事/病 once the activity is held, and of nothing else', () => {
    expect(needsApprover(leave, undefined, day('2027-03-12'))).toBe(true);
    expect(needsApprover(leave, record(''), day('2027-03-13'))).toBe(true);
    expect(needsApprover(leave, record('支部书记 刘'), day('2027-03-13'))).toBe(false);
    expect(needsApprover(leave, undefined, day('2027-03-11'))).toBe(false);
    expect(needsApprover(absent, undefined, day('2027-03-13'))).toBe(false);
    expect(needsApprover(exempt, undefined, day('2027-03-13'))).toBe(false);
  });
});

describe('makeUpDateProblem', () => {
  const activity = { date: day('2027-03-12') };
  const typed = (doneOn: string | null, doneText: string | null): MakeUpRecord => ({
    memberId: 'M2',
    activityId: '2027-03-1',
    approver: '',
    done: doneOn !== null || doneText !== null,
    doneOn: doneOn === null ? null : day(doneOn),
    doneText,
  });
  it('takes a date on, or after, the activity, and a blank 补学日期, as they are', () => {
    expect(makeUpDateProblem(activity, typed('2027-03-12', null))).toBeNull();
    expect(makeUpDateProblem(activity, typed('2027-03-13', null))).toBeNull();
    expect(makeUpDateProblem(activity, typed(null, null))).toBeNull();
    expect(makeUpDateProblem(activity, undefined)).toBeNull();
  });
  it('names a date before the activity', () => {
    expect(makeUpDateProblem(activity, typed('2027-03-11', null))).toEqual({
      kind: 'early',
      date: '2027-03-11',
    });
  });
  it('names a text that is no date', () => {
    expect(makeUpDateProblem(activity, typed(null, '已补'))).toEqual({ kind: 'unreadable', text: '已补' });
  });
  it('takes a formula (done, neither a date nor a text here) as it stands', () => {
    expect(makeUpDateProblem(activity, { ...typed(null, null), done: true })).toBeNull();
  });
});

describe('countMakeUps', () => {
  it('counts owed, done, outstanding and overdue per branch month and per member', () => {
    const ledger = ledgerOf([
      entry('M2', B, '2027-03-1', '事'),
      entry('M3', B, '2027-03-1', '×'),
      entry('M3', B, '2027-03-2', '病'),
    ]);
    const due = dueMakeUps(ledger);
    const records = new Map<string, MakeUpRecord>([
      [
        makeUpKey({ memberId: 'M2', activityId: '2027-03-1' }),
        {
          memberId: 'M2',
          activityId: '2027-03-1',
          approver: '刘',
          done: true,
          doneOn: day('2027-03-20'),
          doneText: null,
        },
      ],
    ]);
    // 2027-04-12: the activity of 3月12日 is past its 30 days, that of 3月26日 is not.
    const counts = countMakeUps(due, records, day('2027-04-12'), 30);
    expect(counts.byBranchMonth.get(`${B}\u00002027-03`)).toEqual({
      due: 5,
      done: 1,
      outstanding: 4,
      overdue: 2,
    });
    expect(counts.byMember.get('M3')).toEqual({ due: 2, done: 0, outstanding: 2, overdue: 1 });
    expect(counts.byMember.get('M2')).toEqual({ due: 1, done: 1, outstanding: 0, overdue: 0 });
    expect(counts.byMember.get('M5')).toEqual({ due: 2, done: 0, outstanding: 2, overdue: 1 });
    expect(counts.byMember.has('M1')).toBe(false);
  });
});
