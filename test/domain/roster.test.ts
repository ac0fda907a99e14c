import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toExcelSerial } from '../../src/domain/date';
import {
  type RosterRow,
  generateMemberId,
  parseCategory,
  parseDateCell,
  parseRoster,
  parseYesNo,
  rosterWarnings,
} from '../../src/domain/roster';
import { normaliseName } from '../../src/domain/text';
import { csvRows, day } from './attendanceHelpers';

const BRANCH = '机关第一党支部';

function row(at: number, fields: Omit<RosterRow, 'row'>): RosterRow {
  return { row: at, branch: BRANCH, category: '正式党员', ...fields };
}

describe('parseDateCell', () => {
  it.each([
    ['2026-03-05', '2026-03-05'],
    ['2026/3/5', '2026-03-05'],
    ['2026.3.5', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['２０２６年３月５日', '2026-03-05'],
    [' 2026-3-5 ', '2026-03-05'],
    ['2026-03-05 00:00:00', '2026-03-05'],
    ['20260305', '2026-03-05'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseDateCell(text)).toEqual({ ok: true, date: expected });
  });

  it('reads Excel serial numbers, and 8-digit numbers as yyyymmdd', () => {
    expect(toExcelSerial(day('2026-03-05'))).toBe(46086);
    expect(parseDateCell(46086)).toEqual({ ok: true, date: '2026-03-05' });
    expect(parseDateCell(20260305)).toEqual({ ok: true, date: '2026-03-05' });
  });

  it('treats blank as no date and rejects days that do not exist', () => {
    expect(parseDateCell(null)).toEqual({ ok: true, date: null });
    expect(parseDateCell('　')).toEqual({ ok: true, date: null });
    expect(parseDateCell('2026-02-30')).toEqual({ ok: false, text: '2026-02-30' });
    expect(parseDateCell('去年')).toEqual({ ok: false, text: '去年' });
    expect(parseDateCell(true)).toEqual({ ok: false, text: 'TRUE' });
  });
});

describe('field parsers', () => {
  it('maps short category names', () => {
    expect(parseCategory('预备')).toBe('预备党员');
    expect(parseCategory('正式')).toBe('正式党员');
    expect(parseCategory('积极分子')).toBe('入党积极分子');
    expect(parseCategory('群众')).toBe('群众代表');
    expect(parseCategory('团员')).toBe('团员青年');
    expect(parseCategory(' 发展对象 ')).toBe('发展对象');
    expect(parseCategory('党员1')).toBeNull();
  });

  it('reads 是/否 flags in their usual forms', () => {
    for (const yes of ['是', '√', 'Y', 'y', 'Yes', true, 1, '免']) expect(parseYesNo(yes)).toBe(true);
    for (const no of ['否', '', null, 'N', '×', false, 0, '无']) expect(parseYesNo(no)).toBe(false);
    expect(parseYesNo('可能')).toBeNull();
  });

  it('normalises names: padding spaces go, ethnic-name dots become ·', () => {
    expect(normaliseName('张\u3000三 ')).toBe('张三');
    expect(normaliseName('阿依古丽・买买提')).toBe('阿依古丽·买买提');
    expect(normaliseName('阿依古丽•买买提')).toBe('阿依古丽·买买提');
    expect(normaliseName('阿依古丽‧买买提')).toBe('阿依古丽·买买提');
    expect(normaliseName('阿依古丽 · 买买提')).toBe('阿依古丽·买买提');
    expect(normaliseName('阿依古丽.买买提')).toBe('阿依古丽·买买提');
  });
});

describe('parseRoster', () => {
  it('tolerates a real roster: spaces, dots, short categories, date forms, blank rows', () => {
    const result = parseRoster([
      row(2, { id: ' D0001 ', name: '张\u3000三', category: '正式', joinedParty: '1991/11/3' }),
      row(3, { id: null, name: null, branch: null, category: null }),
      row(4, { id: 'D0002', name: '阿依古丽・买买提', category: '预备', joinedParty: 46086 }),
      row(5, { id: 'D0003', name: '李四', branch: '　机关第一党支部　', onRosterTo: '2026年8月31日' }),
      row(6, { id: '', name: '', branch: '', category: '' }),
      row(7, { id: 'F0001', name: '王五', category: '积极分子' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.blankRows).toEqual([3, 6]);
    expect(result.members).toEqual([
      { id: 'D0001', name: '张三', branch: BRANCH, category: '正式党员', joinedParty: '1991-11-03' },
      {
        id: 'D0002',
        name: '阿依古丽·买买提',
        branch: BRANCH,
        category: '预备党员',
        joinedParty: '2026-03-05',
      },
      { id: 'D0003', name: '李四', branch: BRANCH, category: '正式党员', onRosterTo: '2026-08-31' },
      { id: 'F0001', name: '王五', branch: BRANCH, category: '入党积极分子' },
    ]);
  });

  it('names the row, the field and what to do for a bad category', () => {
    const result = parseRoster([row(7, { id: 'D0007', name: '赵六', category: '党员1' })]);
    expect(result.members).toEqual([]);
    expect(result.problems).toEqual([
      {
        row: 7,
        field: 'category',
        severity: 'error',
        message:
          '第 7 行「类别」为“党员1”，无法识别；请填写 正式党员、预备党员、发展对象、入党积极分子、团员青年、群众代表 之一。',
      },
    ]);
    expect(rosterWarnings(result.problems)).toEqual([
      { code: 'roster-row', message: result.problems[0].message },
    ]);
  });

  it('reports every bad field of a row, and keeps the good rows', () => {
    const result = parseRoster([
      row(2, { name: '甲', onRosterFrom: '2026-13-01', exempt: '可能' }),
      row(3, { name: '乙', branch: null }),
      row(4, { name: null, id: 'D9' }),
      row(5, { name: '丙', onRosterFrom: '2026-09-01', onRosterTo: '2026-03-01' }),
      row(6, { name: '丁', joinedParty: '1990年', gender: '未知' }),
    ]);
    expect(result.problems.map((p) => [p.row, p.field, p.severity])).toEqual([
      [2, 'onRosterFrom', 'error'],
      [2, 'exempt', 'error'],
      [3, 'branch', 'error'],
      [4, 'name', 'error'],
      [5, 'onRosterTo', 'error'],
      [6, 'joinedParty', 'warning'],
      [6, 'gender', 'warning'],
    ]);
    expect(result.problems[0].message).toBe(
      '第 2 行「转入日期」为“2026-13-01”，不是有效日期；请写成 2026-03-05、2026/3/5、2026.3.5 或 2026年3月5日。',
    );
    expect(result.problems[4].message).toBe(
      '第 5 行「转出日期」（2026-03-01）早于「转入日期」（2026-09-01）；请核对这两个日期。',
    );
    expect(result.members.map((m) => m.name)).toEqual(['丁']);
    expect(result.members[0].joinedParty).toBeUndefined();
  });

  it('gives two people of the same name two ids, stable on re-import', () => {
    const rows = [row(2, { name: '王伟' }), row(3, { name: '王伟' }), row(4, { name: '李娜' })];
    const first = parseRoster(rows).members.map((m) => m.id);
    const again = parseRoster(rows).members.map((m) => m.id);
    expect(new Set(first).size).toBe(3);
    expect(again).toEqual(first);
    expect(first[0]).toMatch(/^M[0-9A-Z]{7}$/);
    // Adding a row elsewhere does not move the existing people's ids.
    const grown = parseRoster([row(1, { name: '新人' }), ...rows]).members.map((m) => m.id);
    expect(grown.slice(1)).toEqual(first);
  });

  it('never gives a generated id that a written id or a reserved id holds', () => {
    const wouldBe = generateMemberId('王伟', 1, new Set());
    const result = parseRoster([row(2, { name: '王伟' }), row(3, { id: wouldBe, name: '李娜' })]);
    expect(result.members[1].id).toBe(wouldBe);
    expect(result.members[0].id).not.toBe(wouldBe);
    const reserved = parseRoster([row(2, { name: '王伟' })], { reservedIds: [wouldBe] });
    expect(reserved.members[0].id).not.toBe(wouldBe);
  });

  it('rejects a written id used by an earlier row', () => {
    const result = parseRoster([row(2, { id: 'D0003', name: '甲' }), row(9, { id: 'D0003', name: '乙' })]);
    expect(result.members.map((m) => m.name)).toEqual(['甲']);
    expect(result.problems).toEqual([
      {
        row: 9,
        field: 'id',
        severity: 'error',
        message:
          '第 9 行「编号」“D0003”与第 2 行重复；编号用来关联出勤记录，请改成不重复的编号（或留空由本工具生成）。',
      },
    ]);
  });

  it('builds exemptions and asks for a missing contact', () => {
    const result = parseRoster([
      row(2, {
        name: '甲',
        exempt: '是',
        exemptionReason: '卧病在床',
        exemptionApproval: '支委会 2026-01-09 同意',
        exemptionContact: '乙',
        exemptionFrom: '2026/1/10',
      }),
      row(3, { name: '丙', exempt: '√', exemptionReason: '年老体弱' }),
      row(4, { name: '丁', exempt: '', exemptionReason: '年老体弱' }),
    ]);
    expect(result.members[0].exemption).toEqual({
      reason: '卧病在床',
      approval: '支委会 2026-01-09 同意',
      contact: '乙',
      from: '2026-01-10',
    });
    expect(result.members[1].exemption).toEqual({ reason: '年老体弱', approval: '', contact: '' });
    expect(result.members[2].exemption).toBeUndefined();
    expect(result.problems.map((p) => [p.row, p.field, p.severity])).toEqual([
      [3, 'exemptionContact', 'warning'],
      [4, 'exempt', 'warning'],
    ]);
  });

  it('reads 领导干部: 是 (and its usual forms) marks a leader; blank and 否 do not; another text is kept, as 否', () => {
    const parsed = parseRoster([
      row(2, { name: '张书记', leader: '是' }),
      row(3, { name: '李局长', leader: '√' }),
      row(4, { name: '王强', leader: '否' }),
      row(5, { name: '赵敏' }),
      row(6, { name: '钱进', leader: '科长' }),
    ]);
    expect(parsed.members.map((m) => [m.name, m.leader ?? null])).toEqual([
      ['张书记', true],
      ['李局长', true],
      ['王强', null],
      ['赵敏', null],
      ['钱进', null],
    ]);
    expect(parsed.problems).toEqual([
      {
        row: 6,
        field: 'leader',
        severity: 'warning',
        message: '第 6 行「领导干部」为“科长”，无法识别，暂按“否”处理；请填“是”或“否”（留空表示否）。',
      },
    ]);
    expect(parsed.unreadable).toMatchObject([{ row: 6, field: 'leader', text: '科长' }]);
  });

  it('uses the defaults for a one-branch roster of party members', () => {
    const result = parseRoster([{ row: 2, name: '甲' }], {
      defaultBranch: '第三支部',
      defaultCategory: '正式党员',
    });
    expect(result.members).toEqual([
      expect.objectContaining({ name: '甲', branch: '第三支部', category: '正式党员' }),
    ]);
  });

  it('parses the shared roster fixture whole', () => {
    const text = readFileSync(join(__dirname, 'fixtures', 'roster-basic.csv'), 'utf8');
    const rows: RosterRow[] = csvRows(text).map((cells, i) => ({
      row: i + 2,
      id: cells['编号'],
      name: cells['姓名'],
      gender: cells['性别'],
      branch: cells['所属支部'],
      category: cells['类别'],
      joinedParty: cells['入党日期'],
      exempt: cells['是否免参加'],
      exemptionReason: cells['免参加原因'],
      exemptionContact: cells['联系人'],
      phone: cells['联系电话'],
      note: cells['备注'],
    }));
    const result = parseRoster(rows);
    expect(result.problems).toEqual([]);
    expect(result.blankRows).toEqual([]);
    expect(result.members).toHaveLength(47);
    const exempt = result.members.filter((m) => m.exemption !== undefined);
    expect(exempt.map((m) => [m.id, m.exemption?.contact])).toEqual([
      ['D0033', '沈伟'],
      ['D0036', '金明'],
    ]);
    expect(result.members.find((m) => m.id === 'F0001')).toMatchObject({
      category: '入党积极分子',
      note: '列席',
    });
  });
});
