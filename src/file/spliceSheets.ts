/**
 * Puts the add-in's rendered sheets (scratchSheets.ts) into the user's package, changing only what
 * must change:
 * - the add-in's sheet parts: added as new parts, or written over the parts of its own sheets from
 *   an earlier run (their old tables, comments and the like removed; a drawing kept);
 * - their tables, as new parts with package-unique names and ids;
 * - styles.xml: the add-in's styles appended (styleMerge.ts), nothing of the user's changed;
 * - the workbook part: new <sheet> entries at the end, the add-in's defined names (marks, names,
 *   print areas and titles) replaced, the user's names as stored, a full recalculation on opening;
 * - the workbook's relationships and [Content_Types].xml: entries for parts added and removed;
 * - calcChain.xml is dropped (Excel rebuilds it), and docProps/app.xml lists the new sheets.
 * Every other part keeps its bytes. All edits are made ready first and applied together, so a
 * failure part-way leaves the package as it was.
 */
import { fileStrings } from '../strings/file';
import { withNewSheetTitles } from './appProperties';
import {
  definedNameXml,
  withDefinedNames,
  type DefinedNameXml,
  type NewDefinedName,
} from './definedNamesXml';
import {
  isRelationshipType,
  relationshipsPartOf,
  relativeTarget,
  type OpcPackage,
  type Relationship,
} from './opcPackage';
import {
  freeIds,
  RELATIONSHIP,
  relationshipsPart,
  relationshipXml,
  STYLES_CONTENT_TYPE,
  TABLE_CONTENT_TYPE,
  withRelationships,
  WORKSHEET_CONTENT_TYPE,
} from './packageEdits';
import { PackageEdits } from './pendingEdits';
import type { ScratchWorkbook } from './scratchSheets';
import { sheetFitter } from './sheetPart';
import { mergeStyles, unchangedStyles, type StyleMapping } from './styleMerge';
import type { SheetEntry, WorkbookIndex } from './workbookIndex';
import { sheetXml, withFullCalcOnLoad, withSheets } from './workbookPartEdits';
import { setAttribute } from './xmlText';

export interface SpliceEntry {
  /** The sheet's name in the workbook. */
  name: string;
  /** The add-in's sheet from an earlier run that this one replaces; null for a new sheet. */
  replaces: SheetEntry | null;
}

export interface SpliceInput {
  pkg: OpcPackage;
  index: WorkbookIndex;
  /** In the order of scratch.sheets. */
  entries: readonly SpliceEntry[];
  scratch: ScratchWorkbook;
  /** Workbook-scope names the add-in writes (its marks and the descriptions' names). */
  names: readonly NewDefinedName[];
  /** Workbook-scope names (upper case) of the package that go: the add-in's, being replaced. */
  droppedNames: ReadonlySet<string>;
}

/** Names ExcelJS writes per sheet, which replace those of the sheets the add-in rewrites. */
const REGENERATED = new Set(['_XLNM.PRINT_AREA', '_XLNM.PRINT_TITLES', '_XLNM._FILTERDATABASE']);

/** Splices; returns notices naming what was cleared from the add-in's own sheets. */
export async function spliceSheets(input: SpliceInput): Promise<string[]> {
  const { pkg, index, entries, scratch } = input;
  const edits = new PackageEdits(pkg);
  const notices: string[] = [];
  const workbookFolder = folderOf(index.workbookPart);
  const workbookRelationshipIds = new Set(index.relationships.map((relationship) => relationship.id));
  const newWorkbookRelationships: string[] = [];
  const claimWorkbookRelationship = (type: string, partName: string): string => {
    const [id] = freeIds(workbookRelationshipIds, 1);
    workbookRelationshipIds.add(id);
    newWorkbookRelationships.push(relationshipXml(id, type, relativeTarget(index.workbookPart, partName)));
    return id;
  };

  const styles = await mergeStylesInto(edits, index, scratch, claimWorkbookRelationship, workbookFolder);

  const renderedSheets = await scratch.sheets(styles.cellFormats);
  const fit = sheetFitter({
    differentialFormats: styles.differentialFormats,
    sharedStrings: scratch.sharedStrings,
  });
  const tableIds = await tableIdsInUse(pkg, index, entries);
  let nextTableId = Math.max(0, ...tableIds) + 1;
  let nextSheetId = Math.max(0, ...index.sheets.map((sheet) => sheet.sheetId)) + 1;
  const newSheetElements: string[] = [];
  const newSheetNames: string[] = [];

  for (const [position, entry] of entries.entries()) {
    const rendered = renderedSheets[position];
    let partName: string;
    let keptDrawing: Relationship | null = null;
    if (entry.replaces !== null) {
      if (entry.replaces.partName === null) throw new Error(`No part for sheet ${entry.name}`);
      partName = entry.replaces.partName;
      const cleared = await edits.clearSheetRelationships(partName);
      keptDrawing = cleared.drawing;
      if (cleared.dropped.length > 0)
        notices.push(fileStrings.ownedSheetPartsDropped(entry.name, cleared.dropped.join('、')));
    } else {
      partName = edits.freePartName(`${workbookFolder}worksheets/sheet`, '.xml');
      edits.addContentType(partName, WORKSHEET_CONTENT_TYPE);
      const relationshipId = claimWorkbookRelationship(RELATIONSHIP.worksheet, partName);
      newSheetElements.push(sheetXml(index.workbookXml, entry.name, nextSheetId++, relationshipId));
      newSheetNames.push(entry.name);
    }

    const relationshipElements: string[] = [];
    for (const relationship of rendered.relationships) {
      if (!isRelationshipType(relationship, 'table') || relationship.partName === null) {
        relationshipElements.push(relationship.xml);
        continue;
      }
      const tablePart = edits.freePartName(`${workbookFolder}tables/table`, '.xml');
      const tableXml = rendered.tables.get(relationship.partName) ?? '';
      edits.write(tablePart, withTableId(tableXml, nextTableId++));
      edits.addContentType(tablePart, TABLE_CONTENT_TYPE);
      relationshipElements.push(
        relationshipXml(relationship.id, relationship.type, relativeTarget(partName, tablePart)),
      );
    }
    let drawingId: string | null = null;
    if (keptDrawing !== null) {
      [drawingId] = freeIds(
        rendered.relationships.map((relationship) => relationship.id),
        1,
      );
      relationshipElements.push(relationshipXml(drawingId, keptDrawing.type, keptDrawing.target));
    }
    edits.write(partName, fit(rendered.xml, drawingId));
    const relsPart = relationshipsPartOf(partName);
    if (relationshipElements.length > 0) edits.write(relsPart, relationshipsPart(relationshipElements));
    else edits.remove(relsPart);
  }

  // The workbook part: sheets, names, recalculation; its relationships, without calcChain.
  const calcChains = index.relationships.filter((relationship) =>
    isRelationshipType(relationship, 'calcChain'),
  );
  for (const relationship of calcChains)
    if (relationship.partName !== null) edits.remove(relationship.partName);
  const positions = new Map(index.sheets.map((sheet, i) => [sheet, i]));
  const newPosition = (position: number): number => {
    const replaced = entries[position].replaces;
    if (replaced !== null) return positions.get(replaced) ?? -1;
    return index.sheets.length + entries.slice(0, position).filter((entry) => entry.replaces === null).length;
  };
  const rewritten = new Set(
    entries.flatMap((entry) => (entry.replaces === null ? [] : [positions.get(entry.replaces)])),
  );
  const kept = index.definedNames.filter((entry) => !dropsName(entry, input.droppedNames, rewritten));
  const added = [
    ...input.names.map(definedNameXml),
    ...scratch.scopedNames.map(({ sheetIndex, name, formula }) =>
      definedNameXml({ name, formula, localSheetId: newPosition(sheetIndex) }),
    ),
  ];
  let workbookXml = withSheets(index.workbookXml, newSheetElements);
  workbookXml = withDefinedNames(workbookXml, [...kept.map((entry) => entry.xml), ...added]);
  edits.write(index.workbookPart, withFullCalcOnLoad(workbookXml));
  const workbookRels = (await pkg.text(relationshipsPartOf(index.workbookPart))) ?? relationshipsPart([]);
  edits.write(
    relationshipsPartOf(index.workbookPart),
    withRelationships(
      workbookRels,
      newWorkbookRelationships,
      calcChains.map((relationship) => relationship.id),
    ),
  );

  const appPart = (await pkg.relationships('')).find((relationship) =>
    isRelationshipType(relationship, 'extended-properties'),
  )?.partName;
  const appXml = appPart ? await pkg.text(appPart) : null;
  if (appPart && appXml !== null) {
    const worksheets = index.sheets.filter((sheet) => sheet.type === 'worksheet').map((sheet) => sheet.name);
    const updated = withNewSheetTitles(appXml, worksheets, newSheetNames);
    if (updated !== appXml) edits.write(appPart, updated);
  }

  await edits.apply();
  return notices;
}

function dropsName(
  entry: DefinedNameXml,
  dropped: ReadonlySet<string>,
  rewritten: ReadonlySet<number | undefined>,
): boolean {
  const name = entry.name.toUpperCase();
  if (entry.localSheetId === null) return dropped.has(name);
  return rewritten.has(entry.localSheetId) && REGENERATED.has(name);
}

async function mergeStylesInto(
  edits: PackageEdits,
  index: WorkbookIndex,
  scratch: ScratchWorkbook,
  claimRelationship: (type: string, partName: string) => string,
  workbookFolder: string,
): Promise<StyleMapping> {
  const existing = index.stylesPart === null ? null : await edits.pkg.text(index.stylesPart);
  if (index.stylesPart !== null && existing !== null) {
    const merged = mergeStyles(existing, scratch.stylesXml);
    edits.write(index.stylesPart, merged.xml);
    return merged;
  }
  // A package without a styles part (some writers leave it out): the add-in's become the part.
  const partName = edits.freePartName(`${workbookFolder}styles`, '.xml');
  edits.write(partName, scratch.stylesXml);
  edits.addContentType(partName, STYLES_CONTENT_TYPE);
  claimRelationship(RELATIONSHIP.styles, partName);
  return unchangedStyles(scratch.stylesXml);
}

/** Table ids must be unique in a workbook: those of the tables that stay. */
async function tableIdsInUse(
  pkg: OpcPackage,
  index: WorkbookIndex,
  entries: readonly SpliceEntry[],
): Promise<number[]> {
  const replaced = new Set(
    entries.flatMap((entry) => (entry.replaces?.partName ? [entry.replaces.partName] : [])),
  );
  const ids: number[] = [];
  for (const sheet of index.sheets) {
    if (sheet.partName === null || replaced.has(sheet.partName)) continue;
    for (const relationship of await pkg.relationships(sheet.partName)) {
      if (!isRelationshipType(relationship, 'table') || relationship.partName === null) continue;
      const id = /<(?:[\w.-]+:)?table\b[^>]*?\bid="(\d+)"/.exec(
        (await pkg.text(relationship.partName)) ?? '',
      );
      if (id) ids.push(Number(id[1]));
    }
  }
  return ids;
}

function withTableId(tableXml: string, id: number): string {
  return tableXml.replace(/<table\b[^>]*>/, (tag) => setAttribute(tag, 'id', String(id)));
}

function folderOf(partName: string): string {
  return partName.slice(0, partName.lastIndexOf('/') + 1);
}
