/**
 * The splice's edits of a package, collected and then applied at once (spliceSheets.ts): parts
 * written and removed, content types added, part names claimed — and the clearing of one of the
 * add-in's own sheets from an earlier run, whose tables, comments, controls and the like go with it
 * (unless another part points to them too) while its drawing stays.
 */
import { fileStrings } from '../strings/file';
import { isRelationshipType, relationshipsPartOf, type OpcPackage, type Relationship } from './opcPackage';
import { CONTENT_TYPES_PART, withContentTypes } from './packageEdits';

/** What clearing an owned sheet's relationships keeps and drops. */
export interface ClearedRelationships {
  /** Its drawing (charts, pictures, shapes), kept in place. */
  drawing: Relationship | null;
  /** What was removed besides the add-in's own tables and print settings, named for the user. */
  dropped: string[];
}

/** The edits, collected, then applied at once. */
export class PackageEdits {
  private readonly writes = new Map<string, string>();
  private readonly removals = new Set<string>();
  private readonly contentTypes: Array<{ partName: string; contentType: string }> = [];
  private readonly claimed = new Set<string>();

  constructor(readonly pkg: OpcPackage) {}

  write(partName: string, text: string): void {
    const name = this.pkg.find(partName) ?? partName;
    this.removals.delete(name);
    this.writes.set(name, text);
  }

  remove(partName: string): void {
    const name = this.pkg.find(partName) ?? partName;
    if (!this.pkg.has(name) && !this.writes.has(name)) return;
    this.writes.delete(name);
    this.removals.add(name);
  }

  addContentType(partName: string, contentType: string): void {
    this.contentTypes.push({ partName, contentType });
  }

  /**
   * `${stem}${n}${extension}` for the smallest n ≥ 1 no part has or is about to have (a part being
   * removed frees its name: the add-in's tables keep their part names across runs).
   */
  freePartName(stem: string, extension: string): string {
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${extension}`;
      const stored = this.pkg.find(name);
      const taken = stored !== null && !this.removals.has(stored);
      if (!taken && !this.claimed.has(name.toLowerCase())) {
        this.claimed.add(name.toLowerCase());
        return name;
      }
    }
  }

  /**
   * Removes what an owned sheet's relationships point to (tables, comments, print settings …)
   * except its drawing, unless another part also points to it.
   */
  async clearSheetRelationships(sheetPart: string): Promise<ClearedRelationships> {
    const relationships = await this.pkg.relationships(sheetPart);
    let drawing: Relationship | null = null;
    const dropped = new Set<string>();
    for (const relationship of relationships) {
      if (isRelationshipType(relationship, 'drawing') && drawing === null) {
        drawing = relationship;
        continue;
      }
      const what = droppedKind(relationship);
      if (what !== null) dropped.add(what);
      if (relationship.partName !== null) await this.removeUnshared(relationship.partName, sheetPart);
    }
    return { drawing, dropped: [...dropped] };
  }

  /** Removes a part and what only it points to, unless a part other than `from` points to it. */
  private async removeUnshared(partName: string, from: string): Promise<void> {
    if (this.removals.has(partName) || (await this.referencedByOthers(partName, from))) return;
    const own = await this.pkg.relationships(partName);
    this.remove(partName);
    this.remove(relationshipsPartOf(partName));
    for (const relationship of own)
      if (relationship.partName !== null) await this.removeUnshared(relationship.partName, partName);
  }

  private async referencedByOthers(partName: string, from: string): Promise<boolean> {
    const wanted = partName.toLowerCase();
    for (const name of this.pkg.partNames()) {
      if (!name.endsWith('.rels') || this.removals.has(name)) continue;
      const source = sourceOfRelationshipsPart(name);
      if (source === from || this.removals.has(source)) continue;
      const relationships = await this.pkg.relationships(source);
      if (relationships.some((relationship) => relationship.partName?.toLowerCase() === wanted)) return true;
    }
    return false;
  }

  async apply(): Promise<void> {
    const contentTypesXml = await this.pkg.text(CONTENT_TYPES_PART);
    if (contentTypesXml === null) throw new Error('package has no [Content_Types].xml');
    const contentTypes = withContentTypes(
      contentTypesXml,
      this.contentTypes.filter(({ partName }) => !this.removals.has(partName)),
      [...this.removals],
    );
    for (const part of this.removals) this.pkg.remove(part);
    for (const [part, text] of this.writes) this.pkg.setText(part, text);
    this.pkg.setText(CONTENT_TYPES_PART, contentTypes);
  }
}

/** 'xl/worksheets/_rels/sheet1.xml.rels' → 'xl/worksheets/sheet1.xml'. */
function sourceOfRelationshipsPart(relsPart: string): string {
  return relsPart.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');
}

/** How a part cleared from an owned sheet is named to the user; null for the add-in's own. */
function droppedKind(relationship: Relationship): string | null {
  const type = relationship.type.slice(relationship.type.lastIndexOf('/') + 1);
  switch (type) {
    case 'table':
    case 'printerSettings':
    case 'vmlDrawing':
    case 'legacyDrawingHF':
      return null;
    case 'comments':
    case 'threadedComment':
      return fileStrings.ownedSheetComments;
    case 'ctrlProp':
    case 'control':
    case 'activeXControlBinary':
      return fileStrings.ownedSheetControls;
    case 'hyperlink':
      return fileStrings.ownedSheetHyperlinks;
    default:
      return fileStrings.ownedSheetOther;
  }
}
