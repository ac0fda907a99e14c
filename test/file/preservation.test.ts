/**
 * Writing the add-in's sheets into a secretary's own workbook leaves everything of theirs as it
 * was, compared part by part on the unzipped package: every part but the five it shares (the
 * workbook part and its relationships, content types, styles, app properties) keeps its bytes, and
 * those change only as they may — the user's sheet entries, names, styles and relationships as
 * stored. Regenerating replaces the add-in's parts and adds nothing else.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { parseDefinedNames } from '../../src/file/definedNamesXml';
import { openWorkbookPath, saveWorkbookPath } from '../../src/file/nodeFiles';
import { readOwnedGrids, readSheetGrid, sheetNames } from '../../src/file/readGrid';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import {
  missingElements,
  packageChanges,
  partText,
  SHARED_PARTS,
  stylesAppendedOnly,
  workbookPartKept,
} from '../helpers/packageDiff';
import { attendanceSheet, settingsSheet } from './sampleDescriptions';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'existing-workbook.xlsx');

/** Names ExcelJS could not read back (constants, formulas, sheet scope, hidden, a user print area). */
const EXTRA_NAMES = [
  '<definedName name="税率">0.05</definedName>',
  '<definedName name="动态名单" comment="用户自己的名称">OFFSET(党员花名册!$B$3,0,0,COUNTA(党员花名册!$B:$B)-2,1)</definedName>',
  '<definedName name="本表合计" localSheetId="1">&apos;党费收缴&apos;!$F$2:$F$11</definedName>',
  '<definedName name="_隐藏的" hidden="1">&apos;工作台账&apos;!$A$1</definedName>',
  '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;工作台账&apos;!$A$1:$F$15</definedName>',
].join('');

async function fixtureVariant(dir: string, withExtraNames: boolean): Promise<string> {
  const target = path.join(dir, 'existing.xlsx');
  const bytes = await fs.readFile(FIXTURE);
  if (!withExtraNames) {
    await fs.writeFile(target, bytes);
    return target;
  }
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', xml.replace('</definedNames>', `${EXTRA_NAMES}</definedNames>`));
  await fs.writeFile(target, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return target;
}

const ADDED_PARTS = [
  'xl/tables/table1.xml',
  'xl/worksheets/_rels/sheet4.xml.rels',
  'xl/worksheets/sheet4.xml',
  'xl/worksheets/sheet5.xml',
];

describe.each([
  ['the fixture as shipped', false],
  ['the fixture with names of every kind', true],
])('writing owned sheets into %s', (_label, withExtraNames) => {
  let dir: string;
  let inputPath: string;
  let inputBytes: Buffer;
  let output: Uint8Array;
  let rerun: Uint8Array;
  let notices: string[];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-preserve-'));
    inputPath = await fixtureVariant(dir, withExtraNames);
    inputBytes = await fs.readFile(inputPath);
    const file = await openWorkbookPath(inputPath);
    expect(file.warnings).toEqual([]);
    notices = (await writeDescriptions(file, [settingsSheet, attendanceSheet()])).notices;
    await saveWorkbookPath(file, path.join(dir, 'result.xlsx'));
    output = await fs.readFile(path.join(dir, 'result.xlsx'));
    const again = await openWorkbookPath(path.join(dir, 'result.xlsx'));
    expect((await writeDescriptions(again, [settingsSheet, attendanceSheet()])).notices).toEqual([]);
    await saveWorkbookPath(again, path.join(dir, 'again.xlsx'));
    rerun = await fs.readFile(path.join(dir, 'again.xlsx'));
  });

  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('adds its sheets after the existing ones, without notices', async () => {
    const file = await openWorkbookPath(path.join(dir, 'result.xlsx'));
    expect(await sheetNames(file)).toEqual(['工作台账', '党费收缴', '党员花名册', '设置', '出勤登记']);
    expect(notices).toEqual([]);
    expect([...(await readOwnedGrids(file)).keys()]).toEqual(['settings', 'attendance.b01']);
  });

  it('keeps every part of the user’s but the five shared ones byte for byte, and adds only its own', async () => {
    const changes = await packageChanges(inputBytes, output);
    expect(changes.removed).toEqual([]);
    expect(changes.added).toEqual(ADDED_PARTS);
    expect(changes.changed.filter((part) => !(SHARED_PARTS as readonly string[]).includes(part))).toEqual([]);
    // The user's three sheets among the parts kept.
    const kept = (await JSZip.loadAsync(inputBytes))
      .file(/^xl\/worksheets\/sheet\d\.xml$/)
      .map((f) => f.name);
    expect(kept).toEqual([
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    for (const part of kept) expect(changes.changed).not.toContain(part);
  });

  it('changes the shared parts only by adding to them', async () => {
    const before = async (name: string) => (await partText(inputBytes, name))!;
    const after = async (name: string) => (await partText(output, name))!;
    expect(stylesAppendedOnly(await before('xl/styles.xml'), await after('xl/styles.xml'))).toEqual([]);
    expect(workbookPartKept(await before('xl/workbook.xml'), await after('xl/workbook.xml'))).toEqual([]);
    const relationship = /<Relationship\b[^>]*>/g;
    expect(
      missingElements(
        await before('xl/_rels/workbook.xml.rels'),
        await after('xl/_rels/workbook.xml.rels'),
        relationship,
      ),
    ).toEqual([]);
    const entry = /<(?:Default|Override)\b[^>]*>/g;
    expect(
      missingElements(await before('[Content_Types].xml'), await after('[Content_Types].xml'), entry),
    ).toEqual([]);
  });

  it('keeps every defined name exactly as the original file stores it, and adds its own', async () => {
    const originalXml = (await partText(inputBytes, 'xl/workbook.xml'))!;
    const outputXml = (await partText(output, 'xl/workbook.xml'))!;
    const originalNames = parseDefinedNames(originalXml);
    expect(originalNames.length).toBe(withExtraNames ? 6 : 1);
    for (const entry of originalNames) expect(outputXml).toContain(entry.xml);
    const names = parseDefinedNames(outputXml).map((entry) => `${entry.name}@${entry.localSheetId ?? '-'}`);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(originalNames.length)).toEqual([
      '_PartyDay_settings@-',
      'PD_Threshold@-',
      'PD_Unit@-',
      '_PartyDay_attendance.b01@-',
      '_xlnm.Print_Area@4',
      '_xlnm.Print_Titles@4',
    ]);
  });

  it('reads the user’s sheets the same after writing', async () => {
    const before = await openWorkbookPath(inputPath);
    const after = await openWorkbookPath(path.join(dir, 'result.xlsx'));
    for (const name of ['工作台账', '党费收缴', '党员花名册'])
      expect(await readSheetGrid(after, name)).toEqual(await readSheetGrid(before, name));
  });

  it('regenerates in place: the same parts, the styles not grown, the user’s parts still untouched', async () => {
    const changes = await packageChanges(output, rerun);
    expect(changes.removed).toEqual([]);
    expect(changes.added).toEqual([]);
    // Only the add-in's sheets (rewritten, byte for byte the same here) and the workbook part's
    // calcPr, already set, could differ: nothing does but what is regenerated.
    expect(
      changes.changed.filter((part) => !ADDED_PARTS.includes(part) && part !== 'xl/workbook.xml'),
    ).toEqual([]);
    expect(await partText(rerun, 'xl/styles.xml')).toBe(await partText(output, 'xl/styles.xml'));
    const fromInput = await packageChanges(inputBytes, rerun);
    expect(fromInput.changed.filter((part) => !(SHARED_PARTS as readonly string[]).includes(part))).toEqual(
      [],
    );
  });

  it('leaves the input file untouched', async () => {
    expect(await fs.readFile(inputPath)).toEqual(inputBytes);
  });
});
