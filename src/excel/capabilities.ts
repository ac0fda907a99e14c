/**
 * What this Excel supports beyond the manifest's minimum (ExcelApi 1.7), asked once per action
 * through Office.context.requirements.isSetSupported. Anything missing is skipped with a visible
 * note in the write report, never an exception.
 */
import { excelStrings } from '../strings/excel';

/** Office.context.requirements.isSetSupported, or a stand-in in tests. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface ExcelCapabilities {
  /** range.dataValidation (ExcelApi 1.8). */
  dataValidation: boolean;
  /** worksheet.showGridlines (1.8). */
  gridlines: boolean;
  /** workbook.readOnly (1.8). */
  readOnlyFlag: boolean;
  /** worksheet.pageLayout (1.9). */
  pageLayout: boolean;
  /** worksheet.horizontalPageBreaks (1.9). */
  pageBreaks: boolean;
  /** worksheet.getRanges: one RangeAreas for several ranges (1.9). */
  rangeAreas: boolean;
  /** range.copyFrom: a formula filled over a range from one cell (1.9). */
  copyFrom: boolean;
  /** worksheet.customProperties (1.12). */
  customProperties: boolean;
  /** range.getMergedAreasOrNullObject: the merged cells a user made in a sheet (1.13). */
  mergedAreas: boolean;
}

export function detectCapabilities(isSetSupported: IsSetSupported): ExcelCapabilities {
  const excel = (version: string) => isSetSupported('ExcelApi', version);
  return {
    dataValidation: excel('1.8'),
    gridlines: excel('1.8'),
    readOnlyFlag: excel('1.8'),
    pageLayout: excel('1.9'),
    pageBreaks: excel('1.9'),
    rangeAreas: excel('1.9'),
    copyFrom: excel('1.9'),
    customProperties: excel('1.12'),
    mergedAreas: excel('1.13'),
  };
}

/** Every capability, for an Excel known to be current (tests, the benchmark). */
export const ALL_CAPABILITIES: ExcelCapabilities = detectCapabilities(() => true);

/** The requirement check of the running Office host; false everywhere outside Office. */
export function officeIsSetSupported(): IsSetSupported {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return (name, version) => office?.context?.requirements?.isSetSupported(name, version) ?? false;
}

/** Notes for the write report about features the descriptions use and this Excel lacks. */
export function capabilityNotes(
  capabilities: ExcelCapabilities,
  uses: { validation: boolean; print: boolean; gridlines: boolean; pageBreaks: boolean },
): string[] {
  const notes: string[] = [];
  if (uses.print && !capabilities.pageLayout) notes.push(excelStrings.noPageLayout);
  if (uses.pageBreaks && capabilities.pageLayout && !capabilities.pageBreaks)
    notes.push(excelStrings.noPageBreaks);
  if (uses.validation && !capabilities.dataValidation) notes.push(excelStrings.noDataValidation);
  if (uses.gridlines && !capabilities.gridlines) notes.push(excelStrings.noGridlines);
  return notes;
}
