/**
 * A secretary's year on a workbook file, as file mode runs it: open the file, import the roster,
 * set up and generate 2026; save; type attendance for the first activity into the first branch's
 * 出勤 sheet as Excel saves it (only that sheet's part changes); open the saved file again,
 * regenerate, write the monthly and annual summaries; save. Every write's descriptions are kept,
 * so a test can render them into a new workbook and compare.
 */
import { readFileSync } from 'node:fs';
import { generateWorkbook } from '../../src/app/generate';
import { previewSheetImport } from '../../src/app/importPreview';
import type { WorkbookPort } from '../../src/app/port';
import { computeSummaries, writeSummarySheets, type SummaryRequest } from '../../src/app/summaries';
import { parseIsoDate, type CalendarDate } from '../../src/domain/date';
import type { ActivityFigures } from '../../src/domain/ledger';
import type { Member } from '../../src/domain/member';
import { decodeCsvBytes } from '../../src/file/csvText';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids } from '../../src/file/readGrid';
import { openWorkbookBytes, workbookFileBytes, type WorkbookFile } from '../../src/file/workbookFile';
import type { SheetDescription } from '../../src/workbook/description';
import { cellRef } from '../../src/workbook/address';
import { gridCell, gridEnd } from '../../src/workbook/grid';
import { importRosterTable, tableFromCsv } from '../../src/workbook/rosterImport';
import { FIRST_MEMBER_ROW, ID_COLUMN, ID_ROW } from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { ROSTER_CSV, type CorpusEntry } from './corpus';
import { typeIntoBytes } from './typeCells';

export const YEAR = 2026;
export const FIRST_ACTIVITY = '2026-01-1';
/** Typed for the first five members of the first branch at its first activity. */
export const TYPED_CODES = ['√', '√', '迟', '事', '×'] as const;
const AS_OF = date('2026-12-28');

export interface YearInFile {
  original: Uint8Array;
  /** After setting up and generating (what file mode downloads). */
  planned: Uint8Array;
  /** The planned file with attendance typed in, as Excel or WPS saves it. */
  typed: Uint8Array;
  /** Regenerated, with the monthly and annual summaries. */
  final: Uint8Array;
  /** The final file, opened again. */
  reopened: WorkbookFile;
  /** The descriptions of every write, in order. */
  writes: SheetDescription[][];
  /** Names the add-in gave its sheets. */
  ownedSheets: string[];
  firstBranch: string;
  /** The first branch's figures at its first activity, computed from the final file. */
  firstActivity: ActivityFigures;
}

export async function runYear(entry: CorpusEntry): Promise<YearInFile> {
  const original = await entry.bytes();
  const writes: SheetDescription[][] = [];
  const recording = (file: WorkbookFile): WorkbookPort => {
    const port = createFilePort(file);
    return {
      ...port,
      writeDescriptions: (descriptions) => {
        writes.push([...descriptions]);
        return port.writeDescriptions(descriptions);
      },
    };
  };

  const opened = await openWorkbookBytes(original, entry.fileName);
  const port = recording(opened);
  const members = await rosterOf(port, entry);
  const branches = [...new Set(members.map((member) => member.branch))];
  const setup = await generateWorkbook(port, {
    settings: defaultSettings(YEAR, '测试局', branches),
    members,
  });
  expect(setup.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  const planned = await workbookFileBytes(opened);

  const attendance = (await readOwnedGrids(await openWorkbookBytes(planned, entry.fileName))).get(
    'attendance.1',
  );
  if (attendance === undefined) throw new Error('no attendance sheet for the first branch');
  let column = 0;
  for (let c = attendance.origin.column; c <= gridEnd(attendance).column; c++)
    if (gridCell(attendance, ID_ROW, c).value === FIRST_ACTIVITY) column = c;
  if (column === 0) throw new Error(`no column for ${FIRST_ACTIVITY}`);
  const cells = TYPED_CODES.map((text, i) => {
    const row = FIRST_MEMBER_ROW + i;
    if (gridCell(attendance, row, ID_COLUMN).value === null) throw new Error(`no member in row ${row}`);
    return { address: cellRef(row, column), text };
  });
  const typed = await typeIntoBytes(planned, attendance.sheetName, cells);

  const file = await openWorkbookBytes(typed, entry.fileName);
  const again = recording(file);
  await generateWorkbook(again, { year: YEAR });
  const month: SummaryRequest = {
    period: { kind: 'month', year: YEAR, month: 1 },
    asOf: AS_OF,
    generatedAt: '2026-12-28 10:00',
  };
  await writeSummarySheets(again, month);
  await writeSummarySheets(again, { ...month, period: { kind: 'year', year: YEAR } });
  const final = await workbookFileBytes(file);

  const reopened = await openWorkbookBytes(final, entry.fileName);
  const summary = await computeSummaries(createFilePort(reopened), month);
  const firstBranch = branches[0];
  const line = summary.monthly?.branches
    .find((branch) => branch.branch === firstBranch)
    ?.lines.find((candidate) => candidate.activityId === FIRST_ACTIVITY);
  if (line === undefined) throw new Error(`no summary line for ${FIRST_ACTIVITY}`);
  return {
    original,
    planned,
    typed,
    final,
    reopened,
    writes,
    ownedSheets: [...(await readOwnedGrids(reopened)).values()].map((grid) => grid.sheetName),
    firstBranch,
    firstActivity: line.figures,
  };
}

async function rosterOf(port: WorkbookPort, entry: CorpusEntry): Promise<Member[]> {
  if (entry.rosterSheet !== null) {
    const preview = await previewSheetImport(port, entry.rosterSheet);
    if (preview === null) throw new Error(`no sheet ${entry.rosterSheet}`);
    return preview.members;
  }
  const csv = decodeCsvBytes(new Uint8Array(readFileSync(ROSTER_CSV))).text;
  return importRosterTable(tableFromCsv(csv, 'roster-basic.csv')).value.members;
}

function date(text: string): CalendarDate {
  const parsed = parseIsoDate(text);
  if (parsed === null) throw new Error(text);
  return parsed;
}
