/**
 * The add-in's sheets rendered on their own: each description into a worksheet of a new, empty
 * ExcelJS workbook (renderSheet.ts), written without compression and taken apart again into what
 * the splice needs — each sheet's part, its relationships and table parts, the styles part, the
 * shared strings, and the names ExcelJS writes for print areas and titles. The user's package is
 * never loaded into ExcelJS, so nothing in it can be dropped or stop the write.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetDescription } from '../workbook/description';
import { parseDefinedNames } from './definedNamesXml';
import {
  isRelationshipType,
  parseRelationships,
  relationshipsPartOf,
  resolveTarget,
  type Relationship,
} from './opcPackage';
import { renderSheet, type RenderContext } from './renderSheet';
import { elementPattern, innerXml, parseAttributes } from './xmlText';

export interface ScratchSheet {
  partName: string;
  xml: string;
  /** Its relationships (tables), targets as ExcelJS wrote them. */
  relationships: Relationship[];
  /** Its table parts by part name. */
  tables: Map<string, string>;
}

export interface ScratchWorkbook {
  /** In the order of the descriptions. */
  sheets: ScratchSheet[];
  stylesXml: string;
  /** Content of each <si> of the shared strings table. */
  sharedStrings: string[];
  /** Sheet-scoped names (print areas and titles) by the index of their sheet here. */
  scopedNames: Array<{ sheetIndex: number; name: string; formula: string }>;
}

export async function renderScratch(
  descriptions: readonly SheetDescription[],
  sheetNames: readonly string[],
  context: RenderContext,
): Promise<ScratchWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const worksheets = sheetNames.map((name) => workbook.addWorksheet(name));
  descriptions.forEach((description, index) => renderSheet(worksheets[index], description, context));
  // Stored, not compressed: it is read back at once, and only the splice's output is compressed.
  const bytes = await workbook.xlsx.writeBuffer({
    zip: { compression: 'STORE' },
  } as Partial<ExcelJS.XlsxWriteOptions>);
  const zip = await JSZip.loadAsync(bytes as ArrayBuffer);
  const text = async (partName: string): Promise<string> => {
    const part = zip.file(partName);
    if (part === null) throw new Error(`ExcelJS wrote no ${partName}`);
    return part.async('string');
  };

  const workbookXml = await text('xl/workbook.xml');
  const workbookRelationships = parseRelationships(
    await text('xl/_rels/workbook.xml.rels'),
    'xl/workbook.xml',
  );
  const byId = new Map(workbookRelationships.map((relationship) => [relationship.id, relationship]));
  const sheetEntries = [
    ...(elementPattern('sheets', '').exec(workbookXml)?.[0] ?? '').matchAll(/<sheet\b[^>]*>/g),
  ].map((match) => parseAttributes(match[0]));
  const sheets: ScratchSheet[] = [];
  for (const name of sheetNames) {
    const entry = sheetEntries.find((attributes) => attributes.get('name') === name);
    const partName = byId.get(entry?.get('r:id') ?? '')?.partName;
    if (partName === null || partName === undefined) throw new Error(`ExcelJS wrote no part for ${name}`);
    const relsPart = zip.file(relationshipsPartOf(partName));
    const relationships =
      relsPart === null ? [] : parseRelationships(await relsPart.async('string'), partName);
    const tables = new Map<string, string>();
    for (const relationship of relationships) {
      if (isRelationshipType(relationship, 'table') && relationship.partName !== null)
        tables.set(relationship.partName, await text(relationship.partName));
    }
    sheets.push({ partName, xml: await text(partName), relationships, tables });
  }

  const sharedStringsPart = workbookRelationships.find((relationship) =>
    isRelationshipType(relationship, 'sharedStrings'),
  );
  const sharedStringsXml = sharedStringsPart?.partName
    ? ((await zip.file(sharedStringsPart.partName)?.async('string')) ?? '')
    : '';
  const stylesPart = workbookRelationships.find((relationship) => isRelationshipType(relationship, 'styles'));
  return {
    sheets,
    stylesXml: await text(stylesPart?.partName ?? resolveTarget('xl/workbook.xml', 'styles.xml')),
    sharedStrings: (sharedStringsXml.match(elementPattern('si')) ?? []).map(innerXml),
    scopedNames: parseDefinedNames(workbookXml).flatMap((entry) =>
      entry.localSheetId === null
        ? []
        : [{ sheetIndex: entry.localSheetId, name: entry.name, formula: entry.formula }],
    ),
  };
}
