/** Requirement-set gating: APIs newer than the host's ExcelApi version fail with ApiNotFound at sync. */

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The ExcelApi version each gated API first appeared in (Microsoft's reference, "[Api set: ExcelApi x]"). */
export const apiVersions = {
  getItemOrNullObject: '1.4',
  getUsedRangeOrNullObject: '1.4',
  getIntersectionOrNullObject: '1.4',
  usedRangeValuesOnly: '1.2',
  namesAdd: '1.4',
  worksheetNames: '1.4',
  nameFormula: '1.7',
  protection: '1.2',
  autofit: '1.2',
  columnWidth: '1.2',
  merge: '1.2',
  conditionalFormats: '1.6',
  suspendApiCalculation: '1.6',
  freezePanes: '1.7',
  tabColor: '1.7',
  getRangeByIndexes: '1.7',
  dataValidation: '1.8',
  showGridlines: '1.8',
  pageBreaks: '1.9',
  getRanges: '1.9',
  copyFrom: '1.9',
  getSpecialCells: '1.9',
  rowColumnHidden: '1.2',
  readOnly: '1.8',
  pageLayout: '1.9',
  customProperties: '1.12',
  getMergedAreas: '1.13',
} as const;

export type GatedApi = keyof typeof apiVersions;
