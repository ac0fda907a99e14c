/**
 * The date-system probe on the strict fake (a 1900 workbook that never calculates): it runs, is a
 * probe (its answers only Excel judges), and records what the fake holds, as docs/excel-verification.md
 * lists in the fake's column.
 */
import { dateSystemProbe } from '../../src/testpane/probes/dateSystem';
import { fakeExcelHost } from '../../src/testpane/fakeHost';
import { newRunState, runStep } from '../../src/testpane/step';

test('the date-system probe records the serial written, the text and functions.date on the fake', async () => {
  const result = await runStep(dateSystemProbe, fakeExcelHost(), newRunState());
  expect(result.status).toBe('fake');
  expect(result.checks.map((check) => [check.status, check.actual])).toEqual([
    // The fake is a 1900 workbook: the serial and the date typed as text both hold 46458.
    [
      'fake',
      {
        values: [[46458], [46458]],
        text: [['2027-03-12'], ['2027-03-12']],
      },
    ],
    // It has no Excel.Functions: the probe says so instead of failing.
    ['fake', { error: 'no workbook.functions' }],
  ]);
});
