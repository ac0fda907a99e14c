/**
 * The strict fake of the Excel API (test/fakes/excel) as the run's host, for `npm test` in Chromium:
 * the same steps as inside Excel, proving the page, the steps and the receiver without Excel. Only
 * the test build has this file, and it loads it with import() only when the page is opened with
 * ?host=fake; the production bundle never contains the fake (scripts/testpane-fake.js checks).
 */
import { createFakeExcel } from '../../test/fakes/excel';
import type { ExcelHost } from './host';

/** A blank workbook, as Excel opens one: one empty sheet. */
export function fakeExcelHost(): ExcelHost {
  const fake = createFakeExcel();
  fake.addSheet('Sheet1');
  return {
    kind: 'fake',
    run: (batch) => fake.run(batch),
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
    platform: null,
    officeVersion: null,
    printToPdf: null,
  };
}
