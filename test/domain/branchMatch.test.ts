import {
  branchAliasMap,
  defaultDecisions,
  reconcileBranches,
  suggestBranch,
} from '../../src/domain/branchMatch';

const SETUP = ['机关第一党支部', '机关第二党支部', '机关第三党支部', '机关第四党支部'].map((name) => ({
  name,
}));

describe('reconciling the roster’s branch names with 设置', () => {
  it('finds every name the roster uses that 设置 does not know, with the branch it probably means', () => {
    const roster = ['第一党支部', '第二党支部', '第三党支部', '第四党支部'].map((branch, i) => ({
      branch,
      count: 10 + i,
    }));
    expect(reconcileBranches(roster, SETUP)).toEqual({
      matched: [],
      unknown: [
        { roster: '第一党支部', count: 10, suggestion: '机关第一党支部' },
        { roster: '第二党支部', count: 11, suggestion: '机关第二党支部' },
        { roster: '第三党支部', count: 12, suggestion: '机关第三党支部' },
        { roster: '第四党支部', count: 13, suggestion: '机关第四党支部' },
      ],
      empty: ['机关第一党支部', '机关第二党支部', '机关第三党支部', '机关第四党支部'],
    });
  });

  it('uses a remembered alias, and lists a branch of 设置 nobody reaches', () => {
    const settings = [
      { name: '机关第一党支部', aliases: ['第一党支部', '一支部'] },
      { name: '离退休党支部' },
    ];
    const result = reconcileBranches(
      [
        { branch: '一支部', count: 3 },
        { branch: '机关第一党支部', count: 2 },
        { branch: '后勤党支部', count: 4 },
      ],
      settings,
    );
    expect(result).toEqual({
      matched: [
        { roster: '一支部', branch: '机关第一党支部', count: 3, viaAlias: true },
        { roster: '机关第一党支部', branch: '机关第一党支部', count: 2, viaAlias: false },
      ],
      unknown: [{ roster: '后勤党支部', count: 4, suggestion: null }],
      empty: ['离退休党支部'],
    });
    expect(defaultDecisions(result)).toEqual([{ roster: '后勤党支部', action: 'add' }]);
    expect(branchAliasMap(settings).get('第一党支部')).toBe('机关第一党支部');
  });

  it('suggests only one unambiguous branch', () => {
    expect(suggestBranch('第一党支部', ['机关第一党支部', '离退休第一党支部'])).toBeNull();
    expect(suggestBranch('第十一党支部', ['机关第一党支部'])).toBeNull();
    expect(suggestBranch('中共机关第二党支部委员会', ['机关第二党支部'])).toBe('机关第二党支部');
    expect(suggestBranch('党支部', ['机关第一党支部'])).toBeNull();
  });
});
