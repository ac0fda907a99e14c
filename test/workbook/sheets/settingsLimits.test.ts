/**
 * 设置's 补学期限（天） (row 13, default 30) and 无故缺席提示次数 (row 14, default 3): written with a
 * whole-number validation, read back by label; each at, just inside and just outside its bounds; a
 * workbook written before the rows existed reads as the defaults, its branch table where it was.
 */
import { defaultSettings } from '../../../src/workbook/sheets/settings';
import { describeSettingsSheet } from '../../../src/workbook/sheets/settingsDescription';
import { parseSettingsGrid } from '../../../src/workbook/sheets/settingsRead';
import type { RawValue } from '../../../src/workbook/grid';
import { cellsOf, gridOf } from './descriptionGrid';

const settings = defaultSettings(2027, '张店分局', ['第一党支部', '第二党支部']);

const read = (edits: Record<string, RawValue>) =>
  parseSettingsGrid(gridOf(describeSettingsSheet(settings), edits), 2027);

describe('设置: 补学期限 and 无故缺席提示次数', () => {
  it('are written in rows 13 and 14 with their defaults, above the branch table', () => {
    const description = describeSettingsSheet(settings);
    const cells = cellsOf(description);
    expect([cells.get('A13'), cells.get('B13')]).toEqual(['补学期限（天）', 30]);
    expect([cells.get('A14'), cells.get('B14')]).toEqual(['无故缺席提示次数', 3]);
    expect([cells.get('A15'), cells.get('B15'), cells.get('B16'), cells.get('B17')]).toEqual([
      '序号',
      '党支部名称',
      '第一党支部',
      '第二党支部',
    ]);
    expect(description.validations).toContainEqual(
      expect.objectContaining({ range: 'B13', rule: { type: 'whole', min: 1, max: 365 } }),
    );
    expect(description.validations).toContainEqual(
      expect.objectContaining({ range: 'B14', rule: { type: 'whole', min: 1, max: 99 } }),
    );
    const parsed = read({});
    expect(parsed.problems).toEqual([]);
    expect([parsed.value.makeUpDays, parsed.value.unexcusedLimit]).toEqual([30, 3]);
  });

  it('reads each at and inside its bounds, and names the cell of a value outside them', () => {
    expect(read({ B13: 1, B14: 1 }).value).toMatchObject({ makeUpDays: 1, unexcusedLimit: 1 });
    expect(read({ B13: 365, B14: 99 }).value).toMatchObject({ makeUpDays: 365, unexcusedLimit: 99 });
    expect(read({ B13: '45', B14: '2' }).value).toMatchObject({ makeUpDays: 45, unexcusedLimit: 2 });
    expect(read({ B13: '', B14: null }).value).toMatchObject({ makeUpDays: 30, unexcusedLimit: 3 });
    const low = read({ B13: 0, B14: 0 });
    expect(low.value).toMatchObject({ makeUpDays: 30, unexcusedLimit: 3 });
    expect(low.problems).toEqual([
      {
        sheet: '设置',
        cell: 'B13',
        severity: 'error',
        message: '补学期限“0”无效；请填写 1 到 365 之间的整数（天），如 30。',
      },
      {
        sheet: '设置',
        cell: 'B14',
        severity: 'error',
        message: '无故缺席提示次数“0”无效；请填写 1 到 99 之间的整数，如 3。',
      },
    ]);
    const high = read({ B13: 366, B14: 2.5 });
    expect(high.problems.map((p) => [p.cell, p.message])).toEqual([
      ['B13', '补学期限“366”无效；请填写 1 到 365 之间的整数（天），如 30。'],
      ['B14', '无故缺席提示次数“2.5”无效；请填写 1 到 99 之间的整数，如 3。'],
    ]);
  });

  it('reads a workbook written before the rows existed as the defaults, with no problem', () => {
    // The older layout: 活动时间 in row 12, the branch table's header in row 13.
    const old = read({
      A13: '序号',
      B13: '党支部名称',
      A14: 1,
      B14: '第一党支部',
      A15: 2,
      B15: '第二党支部',
      A16: null,
      B16: null,
      F16: null,
      A17: null,
      B17: null,
      F17: null,
    });
    expect(old.problems).toEqual([]);
    expect([old.value.makeUpDays, old.value.unexcusedLimit]).toEqual([30, 3]);
    expect(old.value.branches.map((branch) => branch.name)).toEqual(['第一党支部', '第二党支部']);
  });
});
