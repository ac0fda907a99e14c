/**
 * Opening an .xlsx or .xlsm package: refuses what is not one (an old .xls, an encrypted file,
 * anything else) with a message that says what to do, and names what writing into it cannot keep
 * as it was. Everything else of the user's is kept byte for byte (see spliceSheets.ts), so the
 * list is short: a digital signature, which any change ends, and the Strict Open XML format, into
 * which the add-in's sheets cannot be written (it is read all the same).
 */
import { fileStrings } from '../strings/file';
import { WorkbookFileError } from './errors';
import { isRelationshipType, OpcPackage } from './opcPackage';
import { NoWorkbookPartError, readWorkbookIndex, type WorkbookIndex } from './workbookIndex';

export type FileWarningCode = 'signature' | 'strict';

/** Something in the workbook that writing the add-in's sheets cannot keep as it was. */
export interface FileWarning {
  code: FileWarningCode;
  message: string;
  /** The package parts concerned, e.g. '_xmlsignatures/sig1.xml'. */
  parts: string[];
}

export interface OpenedPackage {
  pkg: OpcPackage;
  index: WorkbookIndex;
  /** The workbook part's content type is the macro-enabled one (.xlsm). */
  macroEnabled: boolean;
  /** Saved as Strict Open XML: readable, not writable. */
  strict: boolean;
  warnings: FileWarning[];
}

const MACRO_ENABLED_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

export async function openPackage(bytes: Uint8Array, displayName: string): Promise<OpenedPackage> {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // OLE compound file: a BIFF .xls, or an .xlsx wrapped by password encryption.
    throw new WorkbookFileError('legacy-or-encrypted', fileStrings.legacyOrEncrypted(displayName));
  }
  let pkg: OpcPackage;
  try {
    pkg = await OpcPackage.open(bytes);
  } catch {
    throw new WorkbookFileError('not-a-workbook', fileStrings.notAWorkbook(displayName));
  }
  let index: WorkbookIndex;
  try {
    index = await readWorkbookIndex(pkg);
  } catch (error) {
    if (error instanceof NoWorkbookPartError)
      throw new WorkbookFileError('not-a-workbook', fileStrings.notAWorkbook(displayName));
    throw new WorkbookFileError('unreadable', fileStrings.unreadable(displayName, messageOf(error)));
  }
  const contentTypes = (await pkg.text('[Content_Types].xml')) ?? '';
  const strict = isStrict(index.workbookXml);
  return {
    pkg,
    index,
    macroEnabled: contentTypeOf(contentTypes, index.workbookPart) === MACRO_ENABLED_MAIN,
    strict,
    warnings: [
      ...(await signatureWarnings(pkg)),
      ...(strict
        ? [{ code: 'strict' as const, message: fileStrings.strict, parts: [index.workbookPart] }]
        : []),
    ],
  };
}

/** The content type a part is given by an Override, or null. */
export function contentTypeOf(contentTypesXml: string, partName: string): string | null {
  const wanted = `/${partName}`.toLowerCase();
  for (const match of contentTypesXml.matchAll(/<(?:[\w.-]+:)?Override(?=[\s/>])[^>]*>/g)) {
    const part = /\bPartName\s*=\s*"([^"]*)"/.exec(match[0])?.[1];
    if (part?.toLowerCase() === wanted) return /\bContentType\s*=\s*"([^"]*)"/.exec(match[0])?.[1] ?? null;
  }
  return null;
}

/** Strict Open XML (ISO/IEC 29500 strict) binds its own namespace to the workbook's elements. */
export function isStrict(workbookXml: string): boolean {
  return /xmlns(?::[\w.-]+)?="http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main"/.test(workbookXml);
}

async function signatureWarnings(pkg: OpcPackage): Promise<FileWarning[]> {
  const origin = (await pkg.relationships('')).find((relationship) =>
    isRelationshipType(relationship, 'origin'),
  );
  const parts = pkg.partNames().filter((name) => /^_xmlsignatures\//i.test(name));
  if (origin === undefined && parts.length === 0) return [];
  return [{ code: 'signature', message: fileStrings.signature, parts }];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
