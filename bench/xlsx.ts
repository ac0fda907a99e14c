/**
 * The .xlsx workbook of a large bureau: generate every owned sheet (设置, 党员名册, 节假日, 活动安排
 * and 50 attendance sheets) for 50 branches and 2,000 members for a year, and write the file bytes:
 * - xlsx.generateYear: into a new workbook;
 * - xlsx.spliceYear: into a secretary's own workbook (test/fixtures/existing-workbook.xlsx), as file
 *   mode does it: the add-in's sheets spliced into the package, every other part kept;
 * - xlsx.fullResaveYear: the same into the same workbook the way file mode did it before splicing —
 *   the whole workbook loaded into ExcelJS, the sheets rendered into it and all of it saved again —
 *   kept as the figure splicing must not fall behind.
 * The last two again on a larger workbook of the user's (the fixture with a ledger of 20,000 rows
 * added, `.bigUserWorkbook`): re-saving grows with everything the user has, splicing does not.
 * Members come from a fixed seed, so every run times the same work; the best of a few runs is kept.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ExcelJS from 'exceljs';
import { generateWorkbook } from '../src/app/generate';
import type { WorkbookPort } from '../src/app/port';
import type { Member, MemberCategory } from '../src/domain/member';
import { createFilePort } from '../src/file/port';
import { renderSheet } from '../src/file/renderSheet';
import { newWorkbookFile, openWorkbookBytes, workbookFileBytes } from '../src/file/workbookFile';
import { quoteSheetName } from '../src/workbook/address';
import { assertDescriptions } from '../src/workbook/checkDescription';
import { resolveSheetTokens } from '../src/workbook/description';
import type { Figures } from './run';

const BRANCH_COUNT = 50;
const MEMBER_COUNT = 2000;
const YEAR = 2027;
const RUNS = 5;
const BIG_RUNS = 3;
const LEDGER_ROWS = 20_000;
const FIXTURE = path.join(__dirname, '..', 'test', 'fixtures', 'existing-workbook.xlsx');

function members(): Member[] {
  const categories: MemberCategory[] = [
    '正式党员',
    '正式党员',
    '正式党员',
    '正式党员',
    '预备党员',
    '入党积极分子',
  ];
  return Array.from({ length: MEMBER_COUNT }, (_, i) => ({
    id: `M${String(i + 1).padStart(5, '0')}`,
    name: `党员${i + 1}`,
    branch: `第${(i % BRANCH_COUNT) + 1}党支部`,
    category: categories[i % categories.length],
    ...(i % 97 === 0 ? { exemption: { reason: '年老体弱', approval: '支委会同意', contact: '联系人' } } : {}),
  }));
}

interface Timing {
  ms: number;
  /** Processor time of the run (all threads, garbage collection included): on a machine shared with
   * other work it tells the work done, where the elapsed time tells the machine's load as well. */
  cpuMs: number;
  bytes: number;
}

const UNTIMED: Timing = { ms: Infinity, cpuMs: Infinity, bytes: 0 };

/** Times `once`, which returns the bytes it wrote; the best of `timing` and this run, by each measure. */
async function timed(timing: Timing, once: () => Promise<Uint8Array>): Promise<Timing> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const written = await once();
  const used = process.cpuUsage(cpu);
  return {
    ms: Math.min(timing.ms, Math.round(performance.now() - start)),
    cpuMs: Math.min(timing.cpuMs, Math.round((used.user + used.system) / 1000)),
    bytes: written.byteLength,
  };
}

/** file mode before splicing: the whole workbook in ExcelJS, the sheets rendered into it. */
function fullResavePort(workbook: ExcelJS.Workbook): WorkbookPort {
  return {
    readOwnedGrids: () => Promise.resolve(new Map()),
    readSheetGrid: () => Promise.resolve(null),
    sheetNames: () => Promise.resolve(workbook.worksheets.map((sheet) => sheet.name)),
    writeDescriptions: (descriptions) => {
      // As the port did then: the descriptions checked, then rendered into the loaded workbook.
      assertDescriptions(descriptions);
      const names = new Map(descriptions.map((description) => [description.kind, description.name]));
      const resolve = (text: string) =>
        resolveSheetTokens(text, (kind) => {
          const name = names.get(kind);
          return name === undefined ? undefined : quoteSheetName(name);
        });
      for (const description of descriptions)
        renderSheet(workbook.addWorksheet(description.name), description, {
          resolve,
          tableName: (name) => name,
        });
      return Promise.resolve({
        sheets: descriptions.map(({ kind, name }) => ({ kind, name, created: true })),
        notices: [],
      });
    },
  };
}

/** The fixture with a sheet of the user's the size of a few years' ledger: text, numbers, dates, formulas. */
async function bigUserWorkbook(fixture: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fixture.slice().buffer);
  const ledger = workbook.addWorksheet('收支台账');
  ledger.addRow(['日期', '摘要', '类别', '收入', '支出', '余额', '经办人', '备注']);
  for (let i = 1; i <= LEDGER_ROWS; i++) {
    const row = i + 1;
    ledger.addRow([
      45_658 + (i % 365),
      `第${i}笔 党建活动经费`,
      ['党费', '活动经费', '慰问', '学习资料'][i % 4],
      i % 3 === 0 ? 100 + (i % 50) : null,
      i % 3 === 0 ? null : 20 + (i % 30),
      { formula: row === 2 ? 'D2-E2' : `F${row - 1}+D${row}-E${row}` },
      `经办人${i % 12}`,
      i % 10 === 0 ? '已报销' : null,
    ]);
  }
  ledger.getColumn(1).numFmt = 'yyyy-mm-dd';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function splicedInto(
  bytes: Uint8Array,
  input: Parameters<typeof generateWorkbook>[1],
): Promise<Uint8Array> {
  const file = await openWorkbookBytes(bytes, 'workbook.xlsx');
  await generateWorkbook(createFilePort(file), input);
  return workbookFileBytes(file);
}

async function resavedFrom(
  bytes: Uint8Array,
  input: Parameters<typeof generateWorkbook>[1],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  workbook.calcProperties.fullCalcOnLoad = true;
  await generateWorkbook(fullResavePort(workbook), input);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function xlsxBench(): Promise<Figures> {
  const roster = members();
  const input = { year: YEAR, unit: '基准测试单位', members: roster };
  const fixture = new Uint8Array(readFileSync(FIXTURE));

  // The heap in use while the generated workbook is held, before writing: the largest of the runs
  // (garbage of earlier runs may count too, so it is an upper bound).
  let heap = 0;
  let generated = UNTIMED;
  let spliced = UNTIMED;
  let resaved = UNTIMED;
  // The three take turns, so that a machine busy for a while slows each of them alike.
  for (let run = 0; run < RUNS; run++) {
    generated = await timed(generated, async () => {
      const file = newWorkbookFile();
      await generateWorkbook(createFilePort(file), input);
      heap = Math.max(heap, process.memoryUsage().heapUsed);
      return workbookFileBytes(file);
    });
    spliced = await timed(spliced, () => splicedInto(fixture, input));
    resaved = await timed(resaved, () => resavedFrom(fixture, input));
  }
  const big = await bigUserWorkbook(fixture);
  let splicedBig = UNTIMED;
  let resavedBig = UNTIMED;
  for (let run = 0; run < BIG_RUNS; run++) {
    splicedBig = await timed(splicedBig, () => splicedInto(big, input));
    resavedBig = await timed(resavedBig, () => resavedFrom(big, input));
  }
  return {
    'xlsx.generateYear.2000members.ms': generated.ms,
    'xlsx.generateYear.2000members.bytes': generated.bytes,
    'xlsx.generateYear.2000members.heapMB': Math.round(heap / 2 ** 20),
    'xlsx.spliceYear.2000members.ms': spliced.ms,
    'xlsx.spliceYear.2000members.cpuMs': spliced.cpuMs,
    'xlsx.spliceYear.2000members.bytes': spliced.bytes,
    'xlsx.fullResaveYear.2000members.ms': resaved.ms,
    'xlsx.fullResaveYear.2000members.cpuMs': resaved.cpuMs,
    'xlsx.fullResaveYear.2000members.bytes': resaved.bytes,
    'xlsx.spliceYear.2000members.bigUserWorkbook.ms': splicedBig.ms,
    'xlsx.spliceYear.2000members.bigUserWorkbook.cpuMs': splicedBig.cpuMs,
    'xlsx.fullResaveYear.2000members.bigUserWorkbook.ms': resavedBig.ms,
    'xlsx.fullResaveYear.2000members.bigUserWorkbook.cpuMs': resavedBig.cpuMs,
    'xlsx.bigUserWorkbook.bytes': big.byteLength,
  };
}
