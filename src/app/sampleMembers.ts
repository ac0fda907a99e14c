/**
 * Sample members to try the add-in with (设置工作簿 → 添加示例数据): per branch, full and
 * probationary members, one exempt member with a contact person, and an invitee (列席). The names
 * are synthetic; ids are S<branch>-<n> so a real roster imported later never collides with them.
 */
import type { Member } from '../domain/member';

const NAMES = ['王建华', '李秀英', '张志强', '刘丽娟', '陈国平', '杨晓燕', '赵文博', '黄海涛'];

export function sampleMembers(branches: readonly string[]): Member[] {
  return branches.flatMap((branch, b) => {
    const id = (n: number) => `S${b + 1}-${String(n).padStart(2, '0')}`;
    const name = (n: number) => NAMES[(n + b * 3) % NAMES.length];
    const members: Member[] = [1, 2, 3, 4, 5].map((n) => ({
      id: id(n),
      name: name(n - 1),
      branch,
      category: n === 5 ? '预备党员' : '正式党员',
    }));
    members.push({
      id: id(6),
      name: name(5),
      branch,
      category: '正式党员',
      exemption: { reason: '年老体弱', approval: '支部委员会', contact: name(0) },
    });
    members.push({ id: id(7), name: name(6), branch, category: '入党积极分子' });
    return members;
  });
}
