/**
 * The test-only wrappers of the request context, on the strict fake: counting syncs and
 * operations, and stopping a batch right after operation n as Excel stops at a failing one —
 * operations 1…n applied, none after, ItemNotFound for the action.
 */
import { stoppingRun, type OperationStop } from '../../src/testpane/stopWrapper';
import { countingRun } from '../../src/testpane/syncWrapper';
import { createFakeExcel } from '../fakes/excel';

function setup() {
  const fake = createFakeExcel();
  fake.addSheet('S');
  const write = (context: Excel.RequestContext) => {
    const sheet = context.workbook.worksheets.getItem('S');
    sheet.getRange('A1').values = [['一']];
    sheet.getRange('A2').values = [['二']];
    sheet.getRange('A3').format.font.bold = true;
    sheet.getRange('A3').values = [['三']];
    return context.sync();
  };
  return { fake, write };
}

test('counts the operations (sets and calls, not navigations) and the syncs of an action', async () => {
  const { fake, write } = setup();
  const stop: OperationStop = { count: 0, injected: false };
  const counter = { syncs: 0 };
  await countingRun(
    stoppingRun((batch) => fake.run(batch), stop),
    counter,
  )(write);
  expect(stop).toEqual({ count: 4, injected: false });
  expect(counter.syncs).toBe(1);
  expect(fake.values('S', 'A1:A3')).toEqual([['一'], ['二'], ['三']]);
});

test.each([
  [1, [['一'], [''], ['']], false],
  [3, [['一'], ['二'], ['']], true],
])(
  'stopped after operation %i: only the operations before the stop are applied',
  async (after, values, bold) => {
    const { fake, write } = setup();
    const stop: OperationStop = { count: 0, after, injected: false };
    await expect(stoppingRun((batch) => fake.run(batch), stop)(write)).rejects.toMatchObject({
      code: 'ItemNotFound',
    });
    expect(stop.injected).toBe(true);
    expect(fake.values('S', 'A1:A3')).toEqual(values);
    expect(fake.format('S', 'A3', 'font.bold') ?? null).toBe(bold ? true : null);
    expect(fake.sheetNames()).toEqual(['S']);
  },
);
