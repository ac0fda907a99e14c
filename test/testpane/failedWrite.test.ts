/** Where the failed-write step stops a write, and how it tells a rerun from a clean run. */
import { differingCells, stopPoints } from '../../src/testpane/steps/failedWrite';

test('stops after the first, a quarter, half, three quarters and the last-but-one operation', () => {
  expect(stopPoints(731)).toEqual([1, 183, 365, 548, 730]);
  expect(stopPoints(3)).toEqual([1, 2]);
  expect(stopPoints(1)).toEqual([]);
});

test('lists the cells that differ, by sheet and address, a cell gone or added included', () => {
  const clean = { 活动安排: { H4: '学习党章党规', A4: '2026-01-1' }, 设置: { B4: 2026 } };
  const rerun = { 活动安排: { A4: '2026-01-1', K4: '王建华' }, 设置: { B4: 2026 } };
  expect(differingCells(clean, rerun)).toEqual({
    count: 2,
    first: ['活动安排!H4: "学习党章党规" → null', '活动安排!K4: null → "王建华"'],
  });
  expect(differingCells(clean, clean)).toEqual({ count: 0, first: [] });
});
