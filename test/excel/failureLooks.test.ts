/**
 * A stopped write can leave any mix of the looks it sets — fonts, fills, borders, alignment, sizes,
 * hidden rows and columns, conditional formats, validation, frozen panes, print setup — half done on
 * any owned sheet. The failure tests (stopEverywhere.ts) rerun at the ends of each run of such
 * operations; this shows that whatever of them a stop leaves, anywhere on the owned sheets (and
 * right of and below what they hold), the rerun gives the clean run's workbook, look for look.
 * The looks are scattered at random with a fixed, printed seed.
 */
import { generateWorkbook } from '../../src/app/generate';
import { cellRef } from '../../src/workbook/address';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';
import { act, enterData, SETUP, sheetOfKind } from './failureScenario';
import { snapshotDifferences, workbookSnapshot } from './workbookSnapshot';

jest.setTimeout(120_000);

const SEED = 20271231;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['settings', 'roster', 'holidays', 'schedule', 'attendance.1', 'attendance.2'];

/** Queues looks at random over every owned sheet, a little beyond what each holds. */
async function scatterLooks(fake: FakeExcel, seed: number): Promise<void> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const colour = () =>
    `#${Math.floor(next() * 0xffffff)
      .toString(16)
      .padStart(6, '0')
      .toUpperCase()}`;
  await fake.run(async (context) => {
    for (const kind of KINDS) {
      const name = sheetOfKind(fake, kind);
      const grid = fake.values(name);
      const rows = grid.length + 5;
      const columns = Math.max(...grid.map((row) => row.length)) + 3;
      const sheet = context.workbook.worksheets.getItem(name);
      const box = () => {
        const top = 1 + Math.floor(next() * rows);
        const left = 1 + Math.floor(next() * columns);
        return `${cellRef(top, left)}:${cellRef(top + Math.floor(next() * 6), left + Math.floor(next() * 4))}`;
      };
      for (let i = 0; i < 40; i++) {
        const range = sheet.getRange(box());
        switch (Math.floor(next() * 12)) {
          case 0:
            range.format.font.bold = next() < 0.5;
            range.format.font.italic = next() < 0.5;
            break;
          case 1:
            range.format.font.underline = pick(['Single', 'None'] as const);
            range.format.font.color = colour();
            break;
          case 2:
            range.format.font.size = pick([8, 9, 14, 16]);
            break;
          case 3:
            if (next() < 0.5) range.format.fill.color = colour();
            else range.format.fill.clear();
            break;
          case 4: {
            const edge = range.format.borders.getItem(
              pick(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const),
            );
            edge.style = pick(['Continuous', 'Dash', 'Double'] as const);
            edge.weight = pick(['Thin', 'Medium', 'Thick'] as const);
            edge.color = colour();
            break;
          }
          case 5:
            range.format.horizontalAlignment = pick(['Left', 'Center', 'Right'] as const);
            range.format.verticalAlignment = pick(['Top', 'Center'] as const);
            range.format.wrapText = next() < 0.5;
            break;
          case 6:
            range.format.columnWidth = 20 + Math.floor(next() * 100);
            break;
          case 7:
            range.format.rowHeight = 10 + Math.floor(next() * 30);
            break;
          case 8:
            if (next() < 0.5) range.rowHidden = true;
            else range.columnHidden = true;
            break;
          case 9: {
            const rule = range.conditionalFormats.add('CellValue');
            rule.cellValue.rule = { formula1: '=1', operator: 'EqualTo' };
            rule.cellValue.format.fill.color = colour();
            break;
          }
          case 10:
            range.dataValidation.rule = { list: { inCellDropDown: true, source: '甲,乙' } };
            break;
          default:
            sheet.freezePanes.freezeRows(1 + Math.floor(next() * 4));
        }
      }
      sheet.tabColor = colour();
      sheet.showGridlines = next() < 0.5;
      sheet.pageLayout.orientation = pick(['Landscape', 'Portrait'] as const);
      sheet.pageLayout.zoom = { scale: 50 + Math.floor(next() * 50) };
      sheet.pageLayout.leftMargin = 10 + Math.floor(next() * 40);
      sheet.pageLayout.topMargin = 10 + Math.floor(next() * 40);
    }
    await context.sync();
  });
}

describe('a rewrite over looks a stopped write may leave', () => {
  it(`puts back every look of a clean run (seed ${SEED})`, async () => {
    const base = createFakeExcel();
    await act(base, (port) => generateWorkbook(port, SETUP));
    enterData(base);
    const clean = base.clone();
    await act(clean, (port) => generateWorkbook(port, {}));

    const scattered = base.clone();
    await scatterLooks(scattered, SEED);
    // The looks did land: the sheets differ from the clean run's before the rewrite.
    expect(snapshotDifferences(workbookSnapshot(scattered), workbookSnapshot(clean)).length).toBeGreaterThan(
      0,
    );
    await act(scattered, (port) => generateWorkbook(port, {}));
    expect(snapshotDifferences(workbookSnapshot(scattered), workbookSnapshot(clean), 40)).toEqual([]);
  });
});
