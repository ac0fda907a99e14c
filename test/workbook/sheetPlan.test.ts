import { planSheets } from '../../src/workbook/sheetPlan';

describe('planSheets', () => {
  const wanted = [
    { kind: 'roster', name: '党员名册' },
    { kind: 'settings', name: '设置' },
    { kind: 'holidays', name: '节假日' },
  ];

  it('updates owned sheets in place under their current names and adds the rest', () => {
    const plan = planSheets(wanted, [
      { name: '工作台账', ownedKind: null },
      { name: '名册（改名）', ownedKind: 'roster' },
    ]);
    expect(plan).toEqual([
      { kind: 'roster', name: '名册（改名）', wantedName: '党员名册', exists: true, reason: 'owned' },
      { kind: 'settings', name: '设置', wantedName: '设置', exists: false, reason: 'new' },
      { kind: 'holidays', name: '节假日', wantedName: '节假日', exists: false, reason: 'new' },
    ]);
  });

  it("never takes a user's sheet: a free name is chosen instead", () => {
    const plan = planSheets(wanted, [
      { name: '党员名册', ownedKind: null },
      { name: '党员名册(2)', ownedKind: null },
      { name: '设置', ownedKind: 'holidays' },
    ]);
    expect(plan.map((p) => [p.kind, p.name, p.exists, p.reason])).toEqual([
      ['roster', '党员名册(3)', false, 'name-taken'],
      ['settings', '设置(2)', false, 'name-taken'],
      ['holidays', '设置', true, 'owned'],
    ]);
  });

  it('does not give two new sheets the same name', () => {
    const plan = planSheets(
      [
        { kind: 'a', name: '汇总' },
        { kind: 'b', name: '汇总' },
      ],
      [],
    );
    expect(plan.map((p) => p.name)).toEqual(['汇总', '汇总(2)']);
  });

  it('refuses two descriptions of one kind', () => {
    expect(() => planSheets([wanted[0], wanted[0]], [])).toThrow('roster');
  });
});
