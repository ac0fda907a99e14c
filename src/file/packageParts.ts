/**
 * Looks inside an .xlsx package for parts ExcelJS cannot carry into the saved copy (charts, pivot
 * tables, shapes, macros, controls, slicers, external links, threaded comments, sparklines), so the
 * user is told before anything is lost. Pictures are not listed: ExcelJS keeps them.
 */
import JSZip from 'jszip';
import { fileStrings } from '../strings/file';
import { WorkbookFileError } from './errors';

export type FileWarningCode =
  | 'charts'
  | 'pivotTables'
  | 'drawings'
  | 'macros'
  | 'activeX'
  | 'slicers'
  | 'externalLinks'
  | 'threadedComments'
  | 'sparklines';

/** Something in the workbook that will not survive saving through this port. */
export interface FileWarning {
  code: FileWarningCode;
  message: string;
  /** The package parts concerned, e.g. 'xl/charts/chart1.xml'. */
  parts: string[];
}

const BY_PATH: ReadonlyArray<{ code: FileWarningCode; test: RegExp }> = [
  { code: 'charts', test: /^xl\/(charts|chartsheets)\// },
  { code: 'pivotTables', test: /^xl\/(pivotTables|pivotCache)\// },
  { code: 'macros', test: /^xl\/vbaProject\.bin$/i },
  { code: 'activeX', test: /^xl\/(activeX|ctrlProps)\// },
  { code: 'slicers', test: /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\// },
  { code: 'externalLinks', test: /^xl\/externalLinks\// },
  { code: 'threadedComments', test: /^xl\/threadedComments\// },
];

/** Shapes, connectors and groups in a drawing part (pictures alone are kept). */
const SHAPE = /<(?:\w+:)?(?:sp|cxnSp|grpSp)[\s>]/;
const SPARKLINES = /<(?:\w+:)?sparklineGroups[\s>]/;

const ORDER: readonly FileWarningCode[] = [
  'charts',
  'pivotTables',
  'drawings',
  'macros',
  'activeX',
  'slicers',
  'externalLinks',
  'threadedComments',
  'sparklines',
];

export interface PackageContents {
  zip: JSZip;
  /** xl/workbook.xml as stored. */
  workbookXml: string;
  warnings: FileWarning[];
}

/**
 * Opens the package and lists what will be lost. Throws WorkbookFileError (Chinese) for an old
 * .xls, a password-protected file or anything that is not an .xlsx package.
 */
export async function inspectPackage(bytes: Uint8Array, displayName: string): Promise<PackageContents> {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // OLE compound file: a BIFF .xls, or an .xlsx wrapped by password encryption.
    throw new WorkbookFileError('legacy-or-encrypted', fileStrings.legacyOrEncrypted(displayName));
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new WorkbookFileError('not-a-workbook', fileStrings.notAWorkbook(displayName));
  }
  const workbookPart = zip.file('xl/workbook.xml');
  if (!workbookPart) throw new WorkbookFileError('not-a-workbook', fileStrings.notAWorkbook(displayName));
  const workbookXml = await workbookPart.async('string');

  const found = new Map<FileWarningCode, string[]>();
  const note = (code: FileWarningCode, part: string) => found.set(code, [...(found.get(code) ?? []), part]);
  const paths = Object.keys(zip.files).filter((path) => !zip.files[path].dir);
  for (const path of paths) {
    for (const { code, test } of BY_PATH) if (test.test(path)) note(code, path);
  }
  for (const path of paths.filter((p) => /^xl\/drawings\/[^/]+\.xml$/.test(p))) {
    if (SHAPE.test(await zip.files[path].async('string'))) note('drawings', path);
  }
  for (const path of paths.filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    if (SPARKLINES.test(await zip.files[path].async('string'))) note('sparklines', path);
  }
  const warnings = ORDER.filter((code) => found.has(code)).map((code) => ({
    code,
    message: fileStrings[code],
    parts: found.get(code) ?? [],
  }));
  return { zip, workbookXml, warnings };
}
