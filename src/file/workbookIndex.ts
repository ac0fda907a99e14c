/**
 * What the file port needs to know of a package's workbook part: where it is, its sheets (name,
 * state, part), its defined names, the shared-strings and styles parts, and whether its structure
 * is protected. Read from the package each time it changes, never kept apart from it.
 */
import { parseDefinedNames, type DefinedNameXml } from './definedNamesXml';
import { isRelationshipType, type OpcPackage, type Relationship } from './opcPackage';
import { findElement, findStartTag, parseAttributes } from './xmlText';

export type SheetType = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet';

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The relationship id in workbook.xml's <sheet r:id>. */
  relationshipId: string;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
  /** The sheet's part, e.g. 'xl/worksheets/sheet1.xml'; null when its relationship is missing. */
  partName: string | null;
  type: SheetType;
}

export interface WorkbookIndex {
  /** The workbook part, usually 'xl/workbook.xml'. */
  workbookPart: string;
  workbookXml: string;
  /** Every sheet in the order of <sheets> (the order localSheetId counts in). */
  sheets: SheetEntry[];
  definedNames: DefinedNameXml[];
  /** The workbook part's relationships. */
  relationships: Relationship[];
  sharedStringsPart: string | null;
  stylesPart: string | null;
  /** Review → Protect Workbook (structure): no sheet may be added. */
  structureProtected: boolean;
  /**
   * <workbookPr date1904="1">: the workbook counts dates from 1904-01-01 (old Excel for Mac), so its
   * date serials are 1,462 less than the 1900 system's the parsers and renderers work in.
   */
  date1904: boolean;
}

/** Thrown when the package has no workbook part; the caller says so in the user's words. */
export class NoWorkbookPartError extends Error {}

export async function readWorkbookIndex(pkg: OpcPackage): Promise<WorkbookIndex> {
  const workbookPart = await findWorkbookPart(pkg);
  const workbookXml = await pkg.text(workbookPart);
  if (workbookXml === null) throw new NoWorkbookPartError(workbookPart);
  const relationships = await pkg.relationships(workbookPart);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const sheetsBlock = findElement(workbookXml, 'sheets') ?? '';
  const sheets = [...sheetsBlock.matchAll(/<(?:[\w.-]+:)?sheet(?=[\s/>])[^>]*>/g)].map((match) => {
    const attributes = parseAttributes(match[0]);
    const relationshipId = relationshipIdOf(attributes);
    const relationship = byId.get(relationshipId);
    return {
      name: attributes.get('name') ?? '',
      sheetId: Number(attributes.get('sheetId') ?? 0),
      relationshipId,
      state: attributes.get('state') ?? 'visible',
      partName: relationship?.partName ?? null,
      type: sheetType(relationship),
    };
  });
  const partOf = (kind: string) =>
    relationships.find((relationship) => isRelationshipType(relationship, kind))?.partName ?? null;
  const protection = findStartTag(workbookXml, 'workbookProtection');
  const lockStructure = protection === null ? undefined : parseAttributes(protection).get('lockStructure');
  const properties = findStartTag(workbookXml, 'workbookPr');
  const date1904 = properties === null ? undefined : parseAttributes(properties).get('date1904');
  return {
    workbookPart,
    workbookXml,
    sheets,
    definedNames: parseDefinedNames(workbookXml),
    relationships,
    sharedStringsPart: partOf('sharedStrings'),
    stylesPart: partOf('styles'),
    structureProtected: lockStructure === '1' || lockStructure === 'true',
    date1904: date1904 === '1' || date1904 === 'true',
  };
}

/** The part the package's officeDocument relationship names; xl/workbook.xml when it names none. */
async function findWorkbookPart(pkg: OpcPackage): Promise<string> {
  const relationship = (await pkg.relationships('')).find(
    (candidate) => isRelationshipType(candidate, 'officeDocument') && candidate.partName !== null,
  );
  const named = relationship?.partName ?? 'xl/workbook.xml';
  const stored = pkg.find(named) ?? pkg.find('xl/workbook.xml');
  if (stored === null) throw new NoWorkbookPartError(named);
  return stored;
}

/** r:id, whatever prefix the file binds to the relationships namespace. */
function relationshipIdOf(attributes: Map<string, string>): string {
  for (const [name, value] of attributes) if (/^[\w.-]+:id$/.test(name)) return value;
  return '';
}

function sheetType(relationship: Relationship | undefined): SheetType {
  if (relationship === undefined) return 'worksheet';
  if (isRelationshipType(relationship, 'chartsheet')) return 'chartsheet';
  if (isRelationshipType(relationship, 'dialogsheet')) return 'dialogsheet';
  if (/\/(xlMacrosheet|xlIntlMacrosheet)$/.test(relationship.type)) return 'macrosheet';
  return 'worksheet';
}
