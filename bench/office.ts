/**
 * Round trips of the Office.js port (issue 5 §8), measured on the strict fake of the Excel API: for
 * 50, 500 and 2,000 members (40 per branch) a year is set up and generated, regenerated, and the
 * monthly and annual summaries are written; each action's syncs and largest request are recorded.
 * Beside it, a naive writer that sets the same cells one by one, syncing after each as code that
 * reads nothing back usually does, is the baseline.
 */
import { generateWorkbook } from '../src/app/generate';
import type { PortWriteReport, WorkbookPort } from '../src/app/port';
import { writeSummarySheets } from '../src/app/summaries';
import { dateOf } from '../src/domain/date';
import type { Member, MemberCategory } from '../src/domain/member';
import { createExcelPort } from '../src/excel/port';
import { cellInput } from '../src/excel/cellText';
import { cellRef, parseCell, quoteSheetName } from '../src/workbook/address';
import { resolveSheetTokens, type SheetDescription } from '../src/workbook/description';
import { createFakeExcel, type FakeExcel } from '../test/fakes/excel';
import { withoutExpressionRules } from '../test/excel/fakeGaps';
import type { Figures } from './run';

const SIZES = [50, 500, 2000] as const;
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
}

async function measure(
  makePort: (fake: FakeExcel, context: Excel.RequestContext) => WorkbookPort,
  count: number,
): Promise<Measured> {
  const fake = createFakeExcel();
  let maxSyncs = 0;
  let maxBytes = 0;
  for (const action of actions(count)) {
    fake.resetCounters();
    // One Excel.run per action, as the pane does.
    await fake.run((context: Excel.RequestContext) =>
      action(withoutExpressionRules(makePort(fake, context))),
    );
    maxSyncs = Math.max(maxSyncs, fake.syncCount);
    maxBytes = Math.max(maxBytes, fake.maxRequestBytes);
  }
  return { maxSyncs, maxBytes };
}

function portOf(fake: FakeExcel, context: Excel.RequestContext): WorkbookPort {
  return createExcelPort(context, { isSetSupported: (name, version) => fake.isSetSupported(name, version) });
}

/**
 * The baseline: reads as the port does, but writes every cell on its own and syncs after each,
 * the pattern of code written cell by cell. Formats, validation and the rest are left out, so the
 * count is a floor for such a writer.
 */
function naivePortOf(fake: FakeExcel, context: Excel.RequestContext): WorkbookPort {
  const port = portOf(fake, context);
  const writeNaively = async (descriptions: readonly SheetDescription[]): Promise<PortWriteReport> => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const existing = new Set(sheets.items.map((sheet) => sheet.name));
    const resolve = (text: string) =>
      resolveSheetTokens(text, (kind) =>
        quoteSheetName(descriptions.find((d) => d.kind === kind)?.name ?? kind),
      );
    for (const description of descriptions) {
      const sheet = existing.has(description.name)
        ? context.workbook.worksheets.getItem(description.name)
        : context.workbook.worksheets.add(description.name);
      for (const block of description.blocks) {
        const anchor = parseCell(block.anchor);
        if (!anchor) continue;
        for (const [r, row] of block.cells.entries()) {
          for (const [c, cell] of row.entries()) {
            const input = cellInput(cell, resolve);
            if (input === null) continue;
            sheet.getRange(cellRef(anchor.row + r, anchor.column + c)).formulas = [[input]];
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the anti-pattern measured
            await context.sync();
          }
        }
      }
    }
    return { sheets: descriptions.map((d) => ({ kind: d.kind, name: d.name, created: true })), notices: [] };
  };
  return { ...port, writeDescriptions: writeNaively };
}

export async function officeBench(): Promise<Figures> {
  const figures: Figures = {};
  for (const count of SIZES) {
    const port = await measure(portOf, count);
    figures[`office.maxSyncsPerAction.${count}members`] = port.maxSyncs;
    figures[`office.maxRequestBytes.${count}members`] = port.maxBytes;
  }
  for (const count of SIZES) {
    const naive = await measure(naivePortOf, count);
    figures[`office.naive.maxSyncsPerAction.${count}members`] = naive.maxSyncs;
  }
  return figures;
}
