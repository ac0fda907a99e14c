/**
 * What keeps large workbooks small and quick to write: formulas filled across a block stored once
 * (shared formulas), and alike cells sharing one style record.
 */
import { generateWorkbook } from '../../src/app/generate';
import { dateOf, toExcelSerial } from '../../src/domain/date';
import type { Member } from '../../src/domain/member';
import { createFilePort } from '../../src/file/port';
import { readSheetGrid } from '../../src/file/readGrid';
import { newWorkbookFile, openWorkbookBytes, workbookFileBytes } from '../../src/file/workbookFile';
import { writeDescriptions } from '../../src/file/writeDescriptions';
import { cellRef, columnLetters, parseCell } from '../../src/workbook/address';
import { isFormulaCell, type Cell, type SheetDescription } from '../../src/workbook/description';
import { gridCell } from '../../src/workbook/grid';
import { describeAttendanceSheet } from '../../src/workbook/sheets/attendance';
import { SCHEDULE_COLUMNS, SCHEDULE_FIRST_ROW } from '../../src/workbook/sheets/schedule';
import { sampleInput } from '../workbook/sheets/attendanceSample';
import { cellXml, readPart, sheetXml } from '../helpers/xlsxZip';

async function writtenBytes(description: SheetDescription): Promise<Uint8Array> {
  const file = newWorkbookFile();
  await writeDescriptions(file, [description]);
  return workbookFileBytes(file);
}

/** Row 2: a sum under each of B–E, filled from B; column F: a row total filled down from F1. */
function filledSheet(wrongAt?: string): SheetDescription {
  const sum = (column: string): Cell => ({
    formula: `=SUM(${column}$3:${column}$9)*$A$1`,
    ...(column === 'B' ? {} : { filledFrom: 'B2' }),
  });
  const total = (row: number): Cell => ({
    formula: cellRef(row, 6) === wrongAt ? `=B${row}+1` : `=SUM(B${row}:E${row})`,
    ...(row === 3 ? {} : { filledFrom: 'F3' }),
  });
  return {
    kind: 'filled',
    name: '填充',
    blocks: [
      { anchor: 'A1', cells: [[2]] },
      { anchor: 'B2', cells: [['B', 'C', 'D', 'E'].map(sum)] },
      { anchor: 'B3', cells: [3, 4, 5].map((row) => [row, row * 10, row * 100, row * 1000, total(row)]) },
    ],
  };
}

describe('formulas filled across a block', () => {
  it('are stored once, as a shared formula over the range they fill', async () => {
    const xml = await sheetXml(await writtenBytes(filledSheet()), '填充');
    expect(cellXml(xml, 'B2')).toMatch(/<f t="shared" ref="B2:E2" si="(\d+)">SUM\(B\$3:B\$9\)\*\$A\$1<\/f>/);
    expect(cellXml(xml, 'E2')).toMatch(/<f t="shared" si="\d+"\/>/);
    expect(cellXml(xml, 'F3')).toMatch(/<f t="shared" ref="F3:F5" si="\d+">SUM\(B3:E3\)<\/f>/);
    expect(cellXml(xml, 'F5')).toMatch(/<f t="shared" si="\d+"\/>/);
  });

  it('read back as each cell’s own formula', async () => {
    const reopened = await openWorkbookBytes(await writtenBytes(filledSheet()), 'f.xlsx');
    const grid = (await readSheetGrid(reopened, '填充'))!;
    expect(gridCell(grid, 2, 4).formula).toBe('=SUM(D$3:D$9)*$A$1');
    expect(gridCell(grid, 5, 6).formula).toBe('=SUM(B5:E5)');
  });

  it('are written in full where the hint does not hold', async () => {
    const xml = await sheetXml(await writtenBytes(filledSheet('F4')), '填充');
    expect(cellXml(xml, 'F4')).toMatch(/<f>B4\+1<\/f>/);
    // The next row is still filled from F3, as the hint says.
    expect(cellXml(xml, 'F5')).toMatch(/<f t="shared" si="\d+"\/>/);
  });

  it('cover every figure and total of an attendance sheet, whose hints all hold', async () => {
    const description = describeAttendanceSheet(sampleInput());
    const filled: string[] = [];
    const anchor = parseCell(description.blocks[0].anchor)!;
    description.blocks[0].cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (isFormulaCell(cell) && cell.filledFrom !== undefined)
          filled.push(cellRef(anchor.row + r, anchor.column + c));
      }),
    );
    expect(filled.length).toBeGreaterThan(100);
    const bytes = await writtenBytes(description);
    const xml = await sheetXml(bytes, description.name);
    for (const address of filled) expect(cellXml(xml, address)).toMatch(/<f t="shared" si="\d+"\/>/);
    // And they read back as the description's own text.
    const reopened = await openWorkbookBytes(bytes, 'a.xlsx');
    const grid = (await readSheetGrid(reopened, description.name))!;
    description.blocks[0].cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (isFormulaCell(cell))
          expect(gridCell(grid, anchor.row + r, anchor.column + c).formula).toBe(cell.formula);
      }),
    );
  });
});

describe('活动安排’s lookups into the attendance sheets', () => {
  it('are stored once per branch and column, every other row sharing them, and read back in full', async () => {
    const members: Member[] = [
      { id: 'A001', name: '李建国', branch: '第一党支部', category: '正式党员' },
      { id: 'B001', name: '周海涛', branch: '第二党支部', category: '正式党员' },
    ];
    const file = newWorkbookFile();
    await generateWorkbook(createFilePort(file), { year: 2027, members });
    const bytes = await workbookFileBytes(file);
    const xml = await sheetXml(bytes, '活动安排');
    // Rows 4–27 are the first branch's 24 activities, rows 28–51 the second's.
    const runs = [
      { first: SCHEDULE_FIRST_ROW, last: SCHEDULE_FIRST_ROW + 23 },
      { first: SCHEDULE_FIRST_ROW + 24, last: SCHEDULE_FIRST_ROW + 47 },
    ];
    for (const column of ['due', 'present', 'rate', 'met'] as const) {
      const letter = columnLetters(SCHEDULE_COLUMNS[column]);
      for (const { first, last } of runs) {
        expect(cellXml(xml, `${letter}${first}`)).toMatch(
          new RegExp(`<f t="shared" ref="${letter}${first}:${letter}${last}" si="\\d+">IFERROR\\(INDEX\\(`),
        );
        for (let row = first + 1; row <= last; row++)
          expect(cellXml(xml, `${letter}${row}`)).toMatch(/<f t="shared" si="\d+"\/>/);
      }
    }
    const reopened = await openWorkbookBytes(bytes, 'a.xlsx');
    const grid = (await readSheetGrid(reopened, '活动安排'))!;
    const due = (row: number) => gridCell(grid, row, SCHEDULE_COLUMNS.due).formula;
    expect(due(SCHEDULE_FIRST_ROW + 23)).toBe(
      "=IFERROR(INDEX('出勤-第一党支部'!$A$1:$ZZ$10000,MATCH(\"应到\",'出勤-第一党支部'!$A$1:$A$10000,0),MATCH($A27,'出勤-第一党支部'!$A$3:$ZZ$3,0)),\"\")",
    );
    expect(due(SCHEDULE_FIRST_ROW + 24)).toContain("MATCH($A28,'出勤-第二党支部'!$A$3:$ZZ$3,0)");
  });
});

describe('cell styles', () => {
  it('give alike cells one style record; a date among them gets its date format', async () => {
    const bytes = await writtenBytes({
      kind: 'styled',
      name: '样式',
      blocks: [
        {
          anchor: 'A1',
          cells: Array.from({ length: 50 }, (_, r) =>
            Array.from({ length: 20 }, (_, c): Cell =>
              r === 0 && c === 0 ? { date: dateOf(2027, 3, 12) } : r * c,
            ),
          ),
        },
      ],
      styles: [{ range: 'A1:T50', style: { fill: '#F2F2F2', horizontal: 'center' } }],
    });
    const styles = await readPart(bytes, 'xl/styles.xml');
    const count = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
    // The default, the styled cells, the styled date.
    expect(count).toBe(3);
    const reopened = await openWorkbookBytes(bytes, 's.xlsx');
    const grid = (await readSheetGrid(reopened, '样式'))!;
    expect(gridCell(grid, 1, 1)).toEqual({
      value: toExcelSerial(dateOf(2027, 3, 12)),
      formula: null,
      numberFormat: 'yyyy-mm-dd',
    });
    expect(gridCell(grid, 2, 2).numberFormat).toBe('General');
  });

  it('leave empty unstyled cells out of the file', async () => {
    const xml = await sheetXml(
      await writtenBytes({ kind: 'gaps', name: '空', blocks: [{ anchor: 'A1', cells: [[1, null, 3]] }] }),
      '空',
    );
    expect(cellXml(xml, 'A1')).not.toBeNull();
    expect(cellXml(xml, 'B1')).toBeNull();
  });
});
