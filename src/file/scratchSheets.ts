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
 *
 * The sheet parts are serialised last, once the package's index of each of ExcelJS's cell formats
 * is known (styleMerge.ts): the indices are set in ExcelJS's model of the cells, rows and columns,
 * so the megabytes of sheet XML need no second pass to rewrite them (sheetPart.ts).
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
  /**
   * The sheet parts, in the order of the descriptions, with each cell format index `i` of
   * stylesXml written as `cellFormats[i]`. Call once: it serialises megabytes.
   */
  sheets(cellFormats: readonly number[]): Promise<ScratchSheet[]>;
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
  const serialised = await serialise(workbook);
  const { parts } = serialised;
  const text = (partName: string, from: ReadonlyMap<string, string> = parts): string => {
    const part = from.get(partName);
    if (part === undefined) throw new Error(`ExcelJS wrote no ${partName}`);
    return part;
  };

  const workbookXml = text('xl/workbook.xml');
  const workbookRelationships = parseRelationships(text('xl/_rels/workbook.xml.rels'), 'xl/workbook.xml');
  const byId = new Map(workbookRelationships.map((relationship) => [relationship.id, relationship]));
  const sheetEntries = [
    ...(elementPattern('sheets', '').exec(workbookXml)?.[0] ?? '').matchAll(/<sheet\b[^>]*>/g),
  ].map((match) => parseAttributes(match[0]));
  const sheetParts = sheetNames.map((name) => {
    const entry = sheetEntries.find((attributes) => attributes.get('name') === name);
    const partName = byId.get(entry?.get('r:id') ?? '')?.partName;
    if (partName === null || partName === undefined) throw new Error(`ExcelJS wrote no part for ${name}`);
    return partName;
  });
  const sheets = async (cellFormats: readonly number[]): Promise<ScratchSheet[]> => {
    const written = await serialised.worksheets(cellFormats);
    return sheetParts.map((partName) => {
      const relsPart = written.get(relationshipsPartOf(partName));
      const relationships = relsPart === undefined ? [] : parseRelationships(relsPart, partName);
      const tables = new Map<string, string>();
      for (const relationship of relationships) {
        if (isRelationshipType(relationship, 'table') && relationship.partName !== null)
          tables.set(relationship.partName, text(relationship.partName));
      }
      return { partName, xml: text(partName, written), relationships, tables };
    });
  };

  const sharedStringsPart = workbookRelationships.find((relationship) =>
    isRelationshipType(relationship, 'sharedStrings'),
  );
  const sharedStringsXml = sharedStringsPart?.partName ? (parts.get(sharedStringsPart.partName) ?? '') : '';
  const stylesPart = workbookRelationships.find((relationship) => isRelationshipType(relationship, 'styles'));
  return {
    sheets,
    stylesXml: text(stylesPart?.partName ?? resolveTarget('xl/workbook.xml', 'styles.xml')),
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

interface Serialised {
  /** Every part the splice needs but the sheets' (and their relationships). */
  parts: Map<string, string>;
  /** The sheets' parts and their relationships, cell format indices mapped. */
  worksheets(cellFormats: readonly number[]): Promise<Map<string, string>>;
}

/**
 * The parts the splice needs, each made by the step of xlsx.write that makes it. Every step but
 * addWorksheets only reads what prepareModel set up (styles and strings are collected there), so
 * addWorksheets can come last, after the cell format indices in the model are mapped.
 */
async function serialise(workbook: ExcelJS.Workbook): Promise<Serialised> {
  const xlsx = workbook.xlsx as unknown as Partial<XlsxSteps>;
  const missing = STEPS.filter((step) => typeof xlsx[step] !== 'function');
  if (missing.length > 0) throw new Error(`This ExcelJS has no ${missing.join(', ')}`);
  const steps = xlsx as XlsxSteps;
  // The getter builds a new model each time: this one object goes through every step.
  const model = (workbook as unknown as { model: WorkbookModel }).model;
  const zip = new PartCollector();
  steps.prepareModel(model, {});
  await steps.addWorkbookRels(zip, model);
  await steps.addSharedStrings(zip, model);
  await steps.addTables(zip, model);
  await steps.addStyles(zip, model);
  await steps.addWorkbook(zip, model);
  return {
    parts: zip.parts,
    worksheets: async (cellFormats) => {
      for (const worksheet of model.worksheets) mapCellFormats(worksheet, cellFormats);
      const sheets = new PartCollector();
      await steps.addWorksheets(sheets, model);
      return sheets.parts;
    },
  };
}

/** What of ExcelJS's workbook model (after prepareModel) holds a cell format index. */
interface WorkbookModel {
  worksheets: Array<{
    rows?: Array<{ styleId?: number; cells?: Array<{ styleId?: number }> }>;
    cols?: Array<{ styleId?: number }>;
  }>;
}

/** ExcelJS writes no s="…" for index 0 (its default format), as before the mapping. */
function mapCellFormats(
  worksheet: WorkbookModel['worksheets'][number],
  cellFormats: readonly number[],
): void {
  const map = (item: { styleId?: number }) => {
    if (item.styleId) item.styleId = cellFormats[item.styleId] ?? 0;
  };
  for (const row of worksheet.rows ?? []) {
    map(row);
    for (const cell of row.cells ?? []) map(cell);
  }
  for (const column of worksheet.cols ?? []) map(column);
}
