import { applyNoteDates, nameConcern, noteDates, twoBranchSuspects } from '../../src/domain/rosterReview';
import { day, member } from './attendanceHelpers';

const B = '第一党支部';

describe('names listed for a look', () => {
  it('flags what looks like a formula, a phone number or has digits, and nothing else', () => {
    expect(nameConcern('=HYPERLINK("http://x","段勇")')).toBe('formula');
    expect(nameConcern('+段勇')).toBe('formula');
    expect(nameConcern('-王芳')).toBe('formula');
    expect(nameConcern('@李')).toBe('formula');
    expect(nameConcern('138 0000 1234')).toBe('phone');
    expect(nameConcern('13800001234')).toBe('phone');
    expect(nameConcern('张伟2')).toBe('digits');
    expect(nameConcern('阿依古丽·买买提')).toBeNull();
    expect(nameConcern('秦桂英')).toBeNull();
  });
});

describe('transfers written in 备注', () => {
  it('offers 转出/调出/调离 as 在册止 and 转入/调入 as 在册起, the date before or after the word', () => {
    expect(noteDates(member('1', '甲', B, '正式党员', { note: '2026-06-30 转出' }))).toEqual([
      { memberId: '1', field: 'onRosterTo', date: '2026-06-30', text: '2026-06-30 转出' },
    ]);
    expect(noteDates(member('2', '乙', B, '正式党员', { note: '已于2026年8月31日调出，去区局' }))).toEqual([
      { memberId: '2', field: 'onRosterTo', date: '2026-08-31', text: '2026年8月31日调出' },
    ]);
    expect(noteDates(member('3', '丙', B, '正式党员', { note: '调入时间：2026/3/1' }))).toEqual([
      { memberId: '3', field: 'onRosterFrom', date: '2026-03-01', text: '调入时间：2026/3/1' },
    ]);
    expect(noteDates(member('4', '丁', B, '正式党员', { note: '2026.2.1转入，2026.11.30转出' }))).toEqual([
      { memberId: '4', field: 'onRosterFrom', date: '2026-02-01', text: '2026.2.1转入' },
      { memberId: '4', field: 'onRosterTo', date: '2026-11-30', text: '2026.11.30转出' },
    ]);
  });

  it('offers nothing when the roster already has the date, the date is not a day, or two dates disagree', () => {
    expect(
      noteDates(member('1', '甲', B, '正式党员', { note: '2026-06-30 转出', onRosterTo: day('2026-07-01') })),
    ).toEqual([]);
    expect(noteDates(member('2', '乙', B, '正式党员', { note: '2026-02-30 转出' }))).toEqual([]);
    expect(noteDates(member('3', '丙', B, '正式党员', { note: '2026-06-30转出；2026-07-31调出' }))).toEqual(
      [],
    );
    expect(noteDates(member('4', '丁', B, '正式党员', { note: '需协调' }))).toEqual([]);
    expect(noteDates(member('5', '戊', B))).toEqual([]);
  });

  it('applies the dates accepted, never one that would end the span before it starts', () => {
    const a = member('1', '甲', B, '正式党员', { note: '2026-06-30 转出' });
    const b = member('2', '乙', B, '正式党员', { note: '2026-01-31 转出', onRosterFrom: day('2026-03-01') });
    const [offerA] = noteDates(a);
    const [offerB] = noteDates(b);
    expect(applyNoteDates([a, b], [offerA, offerB])).toEqual([{ ...a, onRosterTo: '2026-06-30' }, b]);
  });
});

describe('one person listed in two branches', () => {
  const joined = { joinedParty: day('1990-07-01') };
  const suspects = (...members: Parameters<typeof twoBranchSuspects>[0]) =>
    twoBranchSuspects(members).map(({ first, second, by }) => [first.id, second.id, by]);

  it('lists the same name with the same 入党日期 or phone in two branches', () => {
    expect(
      suspects(
        member('A', '李建国', '一支部', '正式党员', joined),
        member('B', '李建国', '二支部', '正式党员', joined),
      ),
    ).toEqual([['A', 'B', 'joinedParty']]);
    expect(
      suspects(
        member('A', '王芳', '一支部', '正式党员', { phone: '13800001234' }),
        member('B', '王芳', '二支部', '预备党员', { phone: '13800001234' }),
      ),
    ).toEqual([['A', 'B', 'phone']]);
  });

  it('leaves out namesakes told apart, one branch’s namesakes, and a transfer between branches', () => {
    expect(
      suspects(
        member('A', '李建国', '一支部', '正式党员', joined),
        member('B', '李建国', '二支部', '正式党员', { joinedParty: day('1991-07-01') }),
        member('C', '李建国', '一支部', '正式党员', joined),
      ),
    ).toEqual([
      // C and A share a branch: the namesake warning of the branch says it. C and B differ.
    ]);
    // Out of 一支部 on 2026-05-31, into 二支部 on 2026-06-01: never on both rosters at once.
    expect(
      suspects(
        member('A', '李建国', '一支部', '正式党员', { ...joined, onRosterTo: day('2026-05-31') }),
        member('B', '李建国', '二支部', '正式党员', { ...joined, onRosterFrom: day('2026-06-01') }),
      ),
    ).toEqual([]);
    // Both on the rosters on 2026-06-01: listed.
    expect(
      suspects(
        member('A', '李建国', '一支部', '正式党员', { ...joined, onRosterTo: day('2026-06-01') }),
        member('B', '李建国', '二支部', '正式党员', { ...joined, onRosterFrom: day('2026-06-01') }),
      ),
    ).toEqual([['A', 'B', 'joinedParty']]);
  });
});
