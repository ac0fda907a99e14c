/**
 * The file-mode proof for one workbook of the corpus (./corpus.ts): a year run on it (./yearInFile.ts),
 * then — every part of the user's keeps its bytes and the shared parts change only by additions;
 * every XML part written is well-formed; the add-in reads back its own sheets as it would from a
 * new workbook given the same writes, and the figures of the attendance typed in; LibreOffice
 * opens the result and prints every sheet.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { readOwnedGrids, readSheetGrid, sheetNames } from '../../src/file/readGrid';
import { newWorkbookFile, openWorkbookBytes, workbookFileExtension } from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import { OpcPackage } from '../../src/file/opcPackage';
import { readWorkbookIndex } from '../../src/file/workbookIndex';
import type { RawGrid } from '../../src/workbook/grid';
import type { CorpusEntry } from './corpus';
import { toPdf } from './libreoffice';
import {
  appTitlesAdded,
  missingElements,
  packageChanges,
  partText,
  SHARED_PARTS,
  stylesAppendedOnly,
  unzipParts,
  workbookPartKept,
} from './packageDiff';
import { notWellFormed } from './xmllint';
import { TYPED_CODES, runYear, type YearInFile } from './yearInFile';

const run = promisify(execFile);
const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts', 'corpus');
const MACRO_ENABLED_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

export function describeCorpusFile(entry: CorpusEntry): void {
  describe(`a year in file mode on ${entry.name}`, () => {
    let year: YearInFile;

    beforeAll(async () => {
      year = await runYear(entry);
    });

    it(`reads it, keeps ${entry.holds}: every part of the user's keeps its bytes`, async () => {
      const changes = await packageChanges(year.original, year.final);
      const shared = SHARED_PARTS as readonly string[];
      expect(changes.changed.filter((part) => !shared.includes(part))).toEqual([]);
      expect(changes.removed.filter((part) => !/^xl\/calcChain\.xml$/i.test(part))).toEqual([]);
      // What was added is the add-in's: its sheets, their relationships and tables.
      expect(
        changes.added.filter(
          (part) => !/^xl\/(worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|tables\/table\d+\.xml)$/.test(part),
        ),
      ).toEqual([]);
      const sheetsAdded = changes.added.filter((part) => /^xl\/worksheets\/sheet\d+\.xml$/.test(part));
      expect(sheetsAdded).toHaveLength(year.ownedSheets.length);
    });

    it('changes the parts it shares with the user only by adding to them', async () => {
      const before = async (name: string) => (await partText(year.original, name)) ?? '';
      const after = async (name: string) => (await partText(year.final, name)) ?? '';
      expect(stylesAppendedOnly(await before('xl/styles.xml'), await after('xl/styles.xml'))).toEqual([]);
      expect(workbookPartKept(await before('xl/workbook.xml'), await after('xl/workbook.xml'))).toEqual([]);
      const calcChain = (element: string) => /calcChain/i.test(element);
      const relationship = /<Relationship\b[^>]*>/g;
      expect(
        missingElements(
          await before('xl/_rels/workbook.xml.rels'),
          await after('xl/_rels/workbook.xml.rels'),
          relationship,
        ).filter((element) => !calcChain(element)),
      ).toEqual([]);
      const entryPattern = /<(?:Default|Override)\b[^>]*>/g;
      expect(
        missingElements(
          await before('[Content_Types].xml'),
          await after('[Content_Types].xml'),
          entryPattern,
        ).filter((element) => !calcChain(element)),
      ).toEqual([]);
      expect(
        appTitlesAdded(await before('docProps/app.xml'), await after('docProps/app.xml'), year.ownedSheets),
      ).toEqual([]);
    });

    it('writes only well-formed XML', async () => {
      const changes = await packageChanges(year.original, year.final);
      const parts = await unzipParts(year.final);
      const written = new Map(
        [...changes.changed, ...changes.added].flatMap((name) => {
          const bytes = parts.get(name);
          return bytes === undefined ? [] : [[name, bytes] as const];
        }),
      );
      expect(written.size).toBeGreaterThan(5);
      expect(await notWellFormed(written)).toEqual([]);
    });

    it('keeps the kind of file: an .xlsm keeps its macros and is saved as .xlsm', async () => {
      const macros = /\.xlsm$/i.test(entry.fileName);
      expect(year.reopened.macroEnabled).toBe(macros);
      expect(workbookFileExtension(year.reopened)).toBe(macros ? '.xlsm' : '.xlsx');
      const types = (await partText(year.final, '[Content_Types].xml')) ?? '';
      expect(types.includes(MACRO_ENABLED_MAIN)).toBe(macros);
    });

    it('reads its own sheets back as a new workbook given the same writes has them', async () => {
      const fresh = newWorkbookFile();
      for (const descriptions of year.writes) await writeDescriptions(fresh, descriptions);
      const expected = await readOwnedGrids(fresh);
      const actual = await readOwnedGrids(year.reopened);
      expect([...actual.keys()]).toEqual([...expected.keys()]);
      for (const [kind, grid] of expected) expect([kind, actual.get(kind)]).toEqual([kind, grid]);
      // The user's sheets read as before.
      const original = await openWorkbookBytes(year.original, entry.fileName);
      for (const name of await sheetNames(original))
        expect(await readSheetGrid(year.reopened, name)).toEqual(await readSheetGrid(original, name));
    });

    it('counts the attendance typed into the file', () => {
      // √ √ 迟 事 × typed for five members: 实到 3 (one late), 请假 1, 缺席 1, the rest not recorded.
      expect(TYPED_CODES).toEqual(['√', '√', '迟', '事', '×']);
      expect(year.firstActivity).toMatchObject({
        due: entry.firstBranchDue,
        attended: 3,
        present: 2,
        late: 1,
        leave: 1,
        personalLeave: 1,
        absent: 1,
        unrecorded: entry.firstBranchDue - 5,
      });
    });

    it('opens in LibreOffice, which prints every visible sheet', async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-corpus-pdf-'));
      try {
        const name = entry.fileName.replace(/\.(xlsx|xlsm)$/i, '');
        const xlsx = path.join(dir, `${name}-活动日${workbookFileExtension(year.reopened)}`);
        await fs.writeFile(xlsx, year.final);
        const pdf = await toPdf(xlsx, path.join(ARTIFACTS, safe(entry.name)));
        expect(pdf.pages).toBeGreaterThan(year.ownedSheets.length);
        const text = squeeze(
          (await run('pdftotext', [pdf.pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout,
        );
        const index = await readWorkbookIndex(await OpcPackage.open(year.final));
        const visible = new Set(
          index.sheets.filter((sheet) => sheet.state === 'visible').map((sheet) => sheet.name),
        );
        const unprinted: string[] = [];
        for (const sheet of await sheetNames(year.reopened)) {
          if (!visible.has(sheet)) continue;
          const strings = textsOf((await readSheetGrid(year.reopened, sheet))!);
          if (strings.length > 0 && !strings.some((candidate) => text.includes(candidate)))
            unprinted.push(sheet);
        }
        expect(unprinted).toEqual([]);
        for (const owned of year.ownedSheets) expect(visible.has(owned)).toBe(true);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    });
  });
}

/** The sheet's texts of two characters or more, white space removed (as compared with the PDF's). */
function textsOf(grid: RawGrid): string[] {
  return grid.values
    .flat()
    .filter((value): value is string => typeof value === 'string')
    .map(squeeze)
    .filter((value) => value.length >= 2);
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function safe(name: string): string {
  return name.replace(/[^\w\u4e00-\u9fff]+/g, '-');
}
