import { memberLabels, memberLabelsByBranch, namesakeGroups } from '../../src/domain/memberLabels';
import { generateMemberId, isGeneratedMemberId } from '../../src/domain/roster';
import { member } from './attendanceHelpers';

const B = '第一党支部';
const gen = (name: string, n: number) => generateMemberId(name, n, new Set());

describe('same names told apart', () => {
  it('leaves a unique name as it is', () => {
    expect(memberLabels([member('001', '张伟', B), member('002', '李娜', B)])).toEqual(
      new Map([
        ['001', '张伟'],
        ['002', '李娜'],
      ]),
    );
  });

  it('adds the roster 编号 when the roster gave one', () => {
    const labels = memberLabels([
      member('017', '秦桂英', B),
      member('023', '秦桂英', B),
      member('024', '王芳', B),
    ]);
    expect([...labels.values()]).toEqual(['秦桂英（编号 017）', '秦桂英（编号 023）', '王芳']);
  });

  it('uses the last four digits of the phone when the ids were generated', () => {
    const a = member(gen('秦桂英', 1), '秦桂英', B, '正式党员', { phone: '138-0000-1234' });
    const b = member(gen('秦桂英', 2), '秦桂英', B, '正式党员', { phone: '13900005678' });
    expect(isGeneratedMemberId(a.id)).toBe(true);
    expect([...memberLabels([a, b]).values()]).toEqual([
      '秦桂英（手机尾号 1234）',
      '秦桂英（手机尾号 5678）',
    ]);
  });

  it('falls back to the 类别, then to the generated 编号', () => {
    const a = member(gen('张伟', 1), '张伟', B, '正式党员');
    const b = member(gen('张伟', 2), '张伟', B, '预备党员');
    expect([...memberLabels([a, b]).values()]).toEqual(['张伟（正式党员）', '张伟（预备党员）']);
    const c = member(gen('张伟', 3), '张伟', B, '正式党员', { phone: '1234' });
    const d = member(gen('张伟', 4), '张伟', B, '正式党员', { phone: '991234' });
    expect([...memberLabels([c, d]).values()]).toEqual([`张伟（编号 ${c.id}）`, `张伟（编号 ${d.id}）`]);
  });

  it('tells namesakes apart within a branch only', () => {
    const labels = memberLabelsByBranch([member('1', '张伟', B), member('2', '张伟', '第二党支部')]);
    expect([...labels.values()]).toEqual(['张伟', '张伟']);
    expect(namesakeGroups([member('1', '张伟', B), member('2', '张伟', B)])).toEqual([
      expect.objectContaining({ name: '张伟', kind: 'id', labels: ['张伟（编号 1）', '张伟（编号 2）'] }),
    ]);
  });
});
