/**
 * Where the fake of the Excel API and Office.js differ, and how tests and the benchmark step around
 * it until the fake follows Office.js.
 *
 * Expression rules: the fake models `conditionalFormat.custom.rule` as a value to assign, while in
 * Office.js it is a read-only object whose `formula` is set (what the port does). Both ports then
 * write descriptions without expression rules; they hold no cell values, so comparisons of cells,
 * sync counts and request sizes (a few hundred bytes per sheet less) stay meaningful.
 */
import type { WorkbookPort } from '../../src/app/port';

export function withoutExpressionRules(port: WorkbookPort): WorkbookPort {
  return {
    readOwnedGrids: () => port.readOwnedGrids(),
    readSheetGrid: (name) => port.readSheetGrid(name),
    sheetNames: () => port.sheetNames(),
    writeDescriptions: (descriptions) =>
      port.writeDescriptions(
        descriptions.map((description) => ({
          ...description,
          conditionalFormats: description.conditionalFormats?.filter(
            (format) => format.rule.type !== 'expression',
          ),
        })),
      ),
  };
}
