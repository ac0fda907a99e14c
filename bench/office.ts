/**
 * Round trips of the Office.js port (issue 5 §8), measured on the strict fake of the Excel API: for
 * 50, 500, 2,000 and 5,000 members (40 per branch) a year is set up and generated, regenerated, and the
 * monthly and annual summaries are written; each action's syncs and largest request are recorded.
 * The fake measures a request in the shape Office.js sends it (every object path and action, not
 * just the values), so the bytes compare with Excel on the web's 5 MB limit. Beside it, the syncs a
 * naive writer would need, setting the same cells one by one. OFFICE_BENCH_SIZES=50,500 limits the
 * sizes; all four take about 2 minutes here.
 *
 * Measured here (Node 20, 2-core machine, 5 December 2026, after the write was made smaller:
 * formula fills side by side, one range object per address, sizes painted over; these actions run
 * on the fake, not through this file): 50 members 3 syncs / 246,856 B; 500 members 3 syncs /
 * 947,158 B; 2,000 members 3 syncs / 3,314,446 B (the first setup, one request; the regeneration's
 * write 3,187,581 B, estimated at 3,266,644 B against the port's 4,000,000 B; it was 3,958,711 B);
 * 5,000 members 5 syncs / 3,948,538 B (the regeneration's write in two even parts; three before).
 * On 6 December 2026, with 补学登记 and the 领导干部 column: 3 / 248,870 B, 3 / 950,538 B,
 * 3 / 3,322,337 B and, at 5,000 members, 6 syncs / 2,934,722 B (the write 7.9 MB, in three parts).
 * The naive writer needed 66,408 syncs at 2,000 members. Each owned
 * sheet is written over whole, every empty cell included, and every cell's number format as one
 * array entry except where the read found it already right (src/excel/knownFormats.ts); without
 * that the regeneration of 2,000 members was 5.88 MB in two parts, 4 syncs.
 * The largest response (reading the owned sheets, number formats of every cell included) is
 * 125,076 B, 674,151 B, 2,515,835 B and 3,503,793 B. Excel on the web limits a response as well as
 * a request to 5 MB ("Excel on the web has a payload size limit for requests and responses of
 * 5MB", Resource limits and performance optimization for Office Add-ins); the port keeps both under
 * 4,000,000 B. At 5,000 members the read is 6.2 MB, in two syncs (src/excel/readOwned.ts), and the
 * regeneration's write 7.9 MB, in three parts: with the inventory, 6 syncs (7.8 MB in two before
 * 补学登记). Reading every owned
 * sheet whole was 8,470,197 B at 2,000 members, mostly the text of the add-in's own formulas, now
 * left out (src/excel/ownAreas.ts), as is every other formula's text but where getSpecialCells
 * finds one (8.08 MB at 5,000 members before that).
 */
import { generateWorkbook } from '../src/app/generate';
import type { WorkbookPort } from '../src/app/port';
import { writeSummarySheets } from '../src/app/summaries';
import { dateOf } from '../src/domain/date';
import type { Member, MemberCategory } from '../src/domain/member';
import { createExcelPort } from '../src/excel/port';
import type { SheetDescription } from '../src/workbook/description';
import { createFakeExcel, type FakeExcel } from '../test/fakes/excel';
import type { Figures } from './run';

const SIZES: readonly number[] = (process.env.OFFICE_BENCH_SIZES ?? '50,500,2000,5000')
  .split(',')
  .map(Number);
const PER_BRANCH = 40;
const YEAR = 2027;

function members(count: number): Member[] {
  const categories: MemberCategory[] = ['正式党员', '正式党员', '正式党员', '预备党员', '入党积极分子'];
  const branches = Math.max(1, Math.ceil(count / PER_BRANCH));
  return Array.from({ length: count }, (_, i) => ({
    id: `M${String(i + 1).padStart(5, '0')}`,
    name: `党员${i + 1}`,
    branch: `第${(i % branches) + 1}党支部`,
    category: categories[i % categories.length],
  }));
}

type Action = (port: WorkbookPort) => Promise<unknown>;

function actions(count: number): Action[] {
  const summary = { asOf: dateOf(YEAR, 12, 31), generatedAt: `${YEAR}-12-31 16:00` };
  return [
    (port) => generateWorkbook(port, { year: YEAR, unit: '基准测试单位', members: members(count) }),
    (port) => generateWorkbook(port, { manualHolidays: [{ date: dateOf(YEAR, 3, 12), action: 'off' }] }),
    (port) => writeSummarySheets(port, { period: { kind: 'month', year: YEAR, month: 3 }, ...summary }),
    (port) => writeSummarySheets(port, { period: { kind: 'year', year: YEAR }, ...summary }),
  ];
}

interface Measured {
  maxSyncs: number;
  maxBytes: number;
  maxResponseBytes: number;
  naiveMaxSyncs: number;
}

/**
 * Runs the actions through the port on a fresh fake. The naive baseline is counted beside it: the
 * same reads, then a sheet list and one sync per written cell, the pattern of code that sets
 * cells one by one and syncs after each (formats, validation and the rest left out, so the count
 * is a floor for such a writer). Executing it on the fake would take minutes for 2,000 members.
 */
async function measure(count: number): Promise<Measured> {
  const fake = createFakeExcel();
  const result: Measured = { maxSyncs: 0, maxBytes: 0, maxResponseBytes: 0, naiveMaxSyncs: 0 };
  for (const action of actions(count)) {
    fake.resetCounters();
    let naive = 0;
    // One Excel.run per action, as the pane does.
    await fake.run((context: Excel.RequestContext) => {
      const port = portOf(fake, context);
      return action({
        ...port,
        writeDescriptions: (descriptions) => {
          naive = fake.syncCount + 1 + writtenCells(descriptions);
          return port.writeDescriptions(descriptions);
        },
      });
    });
    result.maxSyncs = Math.max(result.maxSyncs, fake.syncCount);
    result.maxBytes = Math.max(result.maxBytes, fake.maxRequestBytes);
    result.maxResponseBytes = Math.max(result.maxResponseBytes, fake.maxResponseBytes);
    result.naiveMaxSyncs = Math.max(result.naiveMaxSyncs, naive || fake.syncCount);
  }
  return result;
}

function portOf(fake: FakeExcel, context: Excel.RequestContext): WorkbookPort {
  return createExcelPort(context, { isSetSupported: (name, version) => fake.isSetSupported(name, version) });
}

/** Cells a cell-by-cell writer would set: every non-empty cell of every block. */
function writtenCells(descriptions: readonly SheetDescription[]): number {
  let cells = 0;
  for (const description of descriptions)
    for (const block of description.blocks)
      for (const row of block.cells) for (const cell of row) if (cell !== null && cell !== '') cells++;
  return cells;
}

export async function officeBench(): Promise<Figures> {
  const figures: Figures = {};
  const naive: Figures = {};
  for (const count of SIZES) {
    const measured = await measure(count);
    figures[`office.maxSyncsPerAction.${count}members`] = measured.maxSyncs;
    figures[`office.maxRequestBytes.${count}members`] = measured.maxBytes;
    // Excel on the web limits responses to 5 MB too: the read of the owned sheets' cells.
    figures[`office.maxResponseBytes.${count}members`] = measured.maxResponseBytes;
    naive[`office.naive.maxSyncsPerAction.${count}members`] = measured.naiveMaxSyncs;
  }
  return { ...figures, ...naive };
}
