/**
 * Writes the roll-up sheets into the 党总支's own workbook through whichever port holds it (the
 * ExcelJS file port on the command line and in file mode, Office.js inside Excel). Only the roll-up
 * sheets are (re)written: every other sheet, the user's and the add-in's, is left as it is.
 */
import type { SheetDescription } from '../../workbook/description';
import { describeRollupSheets } from '../../workbook/sheets/rollup/sheets';
import type { PortWriteReport, WorkbookPort } from '../port';
import type { RollupResult } from './rollup';

/** The roll-up sheets' descriptions for a result. */
export function rollupSheets(result: RollupResult): SheetDescription[] {
  return describeRollupSheets({
    unit: result.unit,
    generatedAt: result.request.generatedAt,
    asOf: result.request.asOf,
    year: result.request.period.year,
    month: result.request.period.kind === 'month' ? result.request.period.month : null,
    files: result.files,
    branches: result.branches,
    reports: result.reports,
    monthCheck: result.monthCheck,
    matrix: result.matrix,
    conflicts: result.conflicts,
    problems: result.problems,
  });
}

export async function writeRollupSheets(port: WorkbookPort, result: RollupResult): Promise<PortWriteReport> {
  return port.writeDescriptions(rollupSheets(result));
}
