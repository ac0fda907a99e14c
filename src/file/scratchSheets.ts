/**
 * The add-in's sheets rendered on their own: each description into a worksheet of a new, empty
 * ExcelJS workbook (renderSheet.ts), serialised part by part into what the splice needs — each
 * sheet's part, its relationships and table parts, the styles part, the shared strings, and the
 * names ExcelJS writes for print areas and titles. The user's package is never loaded into
 * ExcelJS, so nothing in it can be dropped or stop the write.
 *
 * The parts are taken from ExcelJS's own serialisers (the steps of its xlsx.write), not from a
 * zip it writes and that would be unzipped at once: zipping, checksumming and decoding megabytes of
 * XML for nothing made splicing slower than re-saving the whole workbook. Those steps are not in
 * ExcelJS's typings; their absence is reported, and the tests exercise them.
 */
import * as ExcelJS from 'exceljs';
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
  const parts = await serialise(workbook);
  const text = (partName: string): Promise<string> => {
    const part = parts.get(partName);
    if (part === undefined) throw new Error(`ExcelJS wrote no ${partName}`);
    return Promise.resolve(part);
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
    const relsPart = parts.get(relationshipsPartOf(partName));
    const relationships = relsPart === undefined ? [] : parseRelationships(relsPart, partName);
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
  const sharedStringsXml = sharedStringsPart?.partName ? (parts.get(sharedStringsPart.partName) ?? '') : '';
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

/** What ExcelJS's xlsx.write calls, one step per part, each handing its XML to `zip.append`. */
interface XlsxSteps {
  prepareModel(model: unknown, options: Record<string, unknown>): void;
  addWorkbookRels(zip: PartCollector, model: unknown): Promise<void> | void;
  addWorksheets(zip: PartCollector, model: unknown): Promise<void> | void;
  addSharedStrings(zip: PartCollector, model: unknown): Promise<void> | void;
  addTables(zip: PartCollector, model: unknown): Promise<void> | void;
  addStyles(zip: PartCollector, model: unknown): Promise<void> | void;
  addWorkbook(zip: PartCollector, model: unknown): Promise<void> | void;
}

const STEPS = [
  'prepareModel',
  'addWorkbookRels',
  'addWorksheets',
  'addSharedStrings',
  'addTables',
  'addStyles',
  'addWorkbook',
] as const;

/** Stands in for ExcelJS's zip writer: keeps each part's XML as it is handed over. */
class PartCollector {
  readonly parts = new Map<string, string>();

  append(data: unknown, options: { name: string }): void {
    if (typeof data !== 'string') throw new TypeError(`ExcelJS handed ${options.name} over as bytes`);
    this.parts.set(options.name, data);
  }
}

/** The parts the splice needs, in the order xlsx.write makes them (rels before the workbook part). */
async function serialise(workbook: ExcelJS.Workbook): Promise<Map<string, string>> {
  const xlsx = workbook.xlsx as unknown as Partial<XlsxSteps>;
  const missing = STEPS.filter((step) => typeof xlsx[step] !== 'function');
  if (missing.length > 0) throw new Error(`This ExcelJS has no ${missing.join(', ')}`);
  const steps = xlsx as XlsxSteps;
  const model = (workbook as unknown as { model: unknown }).model;
  const zip = new PartCollector();
  steps.prepareModel(model, {});
  await steps.addWorkbookRels(zip, model);
  await steps.addWorksheets(zip, model);
  await steps.addSharedStrings(zip, model);
  await steps.addTables(zip, model);
  await steps.addStyles(zip, model);
  await steps.addWorkbook(zip, model);
  return zip.parts;
}
