/** 设置's 活动时间: written in row 12, read back by label; a workbook written before it had none reads as 15:00. */
import { defaultSettings } from '../../../src/workbook/sheets/settings';
import { describeSettingsSheet } from '../../../src/workbook/sheets/settingsDescription';
import { parseSettingsGrid } from '../../../src/workbook/sheets/settingsRead';
import { cellsOf, gridOf } from './descriptionGrid';

const settings = defaultSettings(2027, '张店分局', ['第一党支部']);

describe('设置: 活动时间', () => {
  it('is written as text in row 12 with the default 15:00', () => {
    const description = describeSettingsSheet(settings);
    const cells = cellsOf(description);
    expect([cells.get('A12'), cells.get('B12')]).toEqual(['活动时间', '15:00']);
    expect(description.styles).toContainEqual({ range: 'B12', style: { numberFormat: '@' } });
    expect(parseSettingsGrid(gridOf(description), 2027).value.activityTime).toBe('15:00');
  });

  it('reads what the secretary typed, or a cell Excel keeps as a time', () => {
    const read = (value: string | number) =>
      parseSettingsGrid(gridOf(describeSettingsSheet(settings), { B12: value }), 2027);
    expect(read('下午2点半').value.activityTime).toBe('14:30');
    expect(read(0.375).value.activityTime).toBe('09:00');
    expect(read('').value.activityTime).toBe('15:00');
    const bad = read('下班后');
    expect(bad.value.activityTime).toBe('15:00');
    expect(bad.problems).toEqual([
      {
        sheet: '设置',
        cell: 'B12',
        severity: 'error',
        message: '活动时间“下班后”无法识别；请填写如 15:00 的时间。',
      },
    ]);
  });

  it('reads a workbook written before the row existed as 15:00, with no problem', () => {
    const old = parseSettingsGrid(gridOf(describeSettingsSheet(settings), { A12: null, B12: null }), 2027);
    expect(old.problems).toEqual([]);
    expect(old.value.activityTime).toBe('15:00');
    expect(old.value.branches.map((branch) => branch.name)).toEqual(['第一党支部']);
  });
});
