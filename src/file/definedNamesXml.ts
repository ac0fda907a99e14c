/**
 * The <definedNames> of a workbook part, read and written as text so that every name of the
 * user's — constants, formulas, sheet scope, hidden names, comments, names of slicers and external
 * links — is written back exactly as stored. Only the add-in's own entries are added or dropped.
 */
import {
  elementPattern,
  escapeXml,
  innerXml,
  insertAfterFirstOf,
  parseAttributes,
  rootPrefix,
  unescapeXml,
  withPrefix,
} from './xmlText';

export interface DefinedNameXml {
  name: string;
  /** Index in <sheets> of the sheet the name is scoped to; null for workbook scope. */
  localSheetId: number | null;
  /** What the name refers to, unescaped ("'党费收缴'!$F$2:$F$11", "0.05", "OFFSET(…)"). */
  formula: string;
  /** The <definedName> element as stored. */
  xml: string;
}

const DEFINED_NAMES_BLOCK = elementPattern('definedNames', '');
const DEFINED_NAME = elementPattern('definedName');

export function parseDefinedNames(workbookXml: string): DefinedNameXml[] {
  const block = DEFINED_NAMES_BLOCK.exec(workbookXml)?.[0];
  if (block === undefined) return [];
  return (innerXml(block).match(DEFINED_NAME) ?? []).map((xml) => {
    const attributes = parseAttributes(xml);
    const local = attributes.get('localSheetId');
    return {
      name: attributes.get('name') ?? '',
      localSheetId: local === undefined ? null : Number(local),
      formula: unescapeXml(innerXml(xml)),
      xml,
    };
  });
}

export interface NewDefinedName {
  name: string;
  formula: string;
  localSheetId?: number;
  hidden?: boolean;
  comment?: string;
}

/** A <definedName> element for a name the add-in writes. */
export function definedNameXml(entry: NewDefinedName): string {
  const attributes = [
    entry.hidden ? ' hidden="1"' : '',
    ` name="${escapeXml(entry.name)}"`,
    entry.comment ? ` comment="${escapeXml(entry.comment)}"` : '',
    entry.localSheetId === undefined ? '' : ` localSheetId="${entry.localSheetId}"`,
  ].join('');
  return `<definedName${attributes}>${escapeXml(entry.formula)}</definedName>`;
}

/**
 * The workbook part with its <definedNames> holding exactly `elements` (stored XML of the kept
 * names, then the add-in's), the block's own start tag kept; a block is added where the schema
 * wants it when there was none, and dropped when nothing is left in it.
 */
export function withDefinedNames(workbookXml: string, elements: readonly string[]): string {
  const prefix = rootPrefix(workbookXml);
  const existing = DEFINED_NAMES_BLOCK.exec(workbookXml);
  if (existing !== null) {
    const start = /^<[^>]*?(\/?)>/.exec(existing[0])![0].replace(/\s*\/>$/, '>');
    const end = `</${/^<([\w.:-]+)/.exec(start)![1]}>`;
    const block = elements.length === 0 ? '' : `${start}${withPrefix(elements.join(''), prefix)}${end}`;
    return workbookXml.replace(DEFINED_NAMES_BLOCK, () => block);
  }
  if (elements.length === 0) return workbookXml;
  const block = withPrefix(`<definedNames>${elements.join('')}</definedNames>`, prefix);
  // Schema order: <sheets>, <functionGroups>?, <externalReferences>?, <definedNames>, <calcPr>…
  return insertAfterFirstOf(
    workbookXml,
    ['externalReferences', 'functionGroups', 'sheets'],
    'workbook',
    block,
  );
}
