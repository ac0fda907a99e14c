/**
 * Edits of the workbook part as text: new <sheet> entries at the end of <sheets> (so every
 * localSheetId of the user's keeps pointing at the same sheet), and a full recalculation asked
 * for on opening (<calcPr fullCalcOnLoad="1">), since the add-in's formulas carry no cached
 * results. The defined names are in definedNamesXml.ts; nothing else of the part changes.
 */
import {
  elementPattern,
  escapeXml,
  findStartTag,
  insertAfterFirstOf,
  rootPrefix,
  setAttribute,
  withPrefix,
} from './xmlText';

const RELATIONSHIPS_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A <sheet> entry, its r:id in whatever prefix the workbook part binds to relationships. */
export function sheetXml(workbookXml: string, name: string, sheetId: number, relationshipId: string): string {
  // Bound on the root element (openpyxl binds it on each <sheet> instead, where it does not reach).
  const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(workbookXml)?.[0] ?? '';
  const bound = new RegExp(`xmlns:([\\w.-]+)="${RELATIONSHIPS_NAMESPACE}"`).exec(root);
  const id = bound
    ? `${bound[1]}:id="${escapeXml(relationshipId)}"`
    : `xmlns:r="${RELATIONSHIPS_NAMESPACE}" r:id="${escapeXml(relationshipId)}"`;
  return `<${rootPrefix(workbookXml)}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${id}/>`;
}

/** The workbook part with these <sheet> elements added at the end of <sheets>. */
export function withSheets(workbookXml: string, elements: readonly string[]): string {
  if (elements.length === 0) return workbookXml;
  const prefix = rootPrefix(workbookXml);
  const fragment = elements.join('');
  const block = elementPattern('sheets', '').exec(workbookXml);
  if (block !== null) {
    const text = block[0];
    const replaced =
      /\/>$/.test(text) && !/<\/[^>]+>$/.test(text)
        ? `${text.replace(/\s*\/>$/, '>')}${fragment}</${prefix}sheets>`
        : text.replace(/(<\/(?:[\w.-]+:)?sheets\s*>)$/, (close) => fragment + close);
    return workbookXml.slice(0, block.index) + replaced + workbookXml.slice(block.index + text.length);
  }
  // A workbook without sheets yet (ExcelJS writes none): <sheets> goes after what precedes it.
  return insertAfterFirstOf(
    workbookXml,
    ['bookViews', 'workbookProtection', 'workbookPr', 'fileSharing', 'fileVersion'],
    'workbook',
    withPrefix('<sheets>', prefix) + fragment + `</${prefix}sheets>`,
  );
}

/** Asks spreadsheet programs to recalculate every formula when the file is opened. */
export function withFullCalcOnLoad(workbookXml: string): string {
  const calcPr = findStartTag(workbookXml, 'calcPr');
  if (calcPr !== null) return workbookXml.replace(calcPr, () => setAttribute(calcPr, 'fullCalcOnLoad', '1'));
  return insertAfterFirstOf(
    workbookXml,
    ['definedNames', 'externalReferences', 'functionGroups', 'sheets'],
    'workbook',
    `<${rootPrefix(workbookXml)}calcPr fullCalcOnLoad="1"/>`,
  );
}
