/** The 出勤登记 description: layout, helpers, formats, print setup, and reading a grid back by ids. */
import { toExcelSerial } from '../../../src/domain/date';
import { cellRef, parseCell } from '../../../src/workbook/address';
import { descriptionProblems } from '../../../src/workbook/checkDescription';
import {
  isDateCell,
  isFormulaCell,
  type Cell,
  type SheetDescription,
} from '../../../src/workbook/description';
import { gridFromCells, type RawCell, type RawGrid } from '../../../src/workbook/grid';
import {
  attendanceSheetTitle,
  describeAttendanceSheet,
  markCell,
  marksFromEntries,
  parseAttendanceGrid,
} from '../../../src/workbook/sheets/attendance';
import { MAX_SERIAL, attendanceLayout } from '../../../src/workbook/sheets/attendance/layout';
import { splitMarkText } from '../../../src/workbook/sheets/attendance/parse';
import { ACTIVITIES, BRANCH, MEMBERS, ORPHAN, sampleInput, sampleMarks } from './attendanceSample';

/** The description's cells by A1 address. */
function cellsOf(description: SheetDescription): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const block of description.blocks) {
    const anchor = parseCell(block.anchor)!;
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => cells.set(cellRef(anchor.row + r, anchor.column + c), cell)),
    );
  }
  return cells;
}

/** What a port would read back from the written sheet (formulas with no result yet). */
function gridOf(description: SheetDescription, edit: Record<string, RawCell['value']> = {}): RawGrid {
  const cells: Array<{ row: number; column: number } & RawCell> = [];
  for (const [address, cell] of cellsOf(description)) {
    const { row, column } = parseCell(address)!;
    const value = isFormulaCell(cell) ? null : isDateCell(cell) ? toExcelSerial(cell.date) : cell;
    cells.push({
      row,
      column,
      value,
      formula: isFormulaCell(cell) ? cell.formula : null,
      numberFormat: 'General',
    });
  }
  for (const [address, value] of Object.entries(edit)) {
    const { row, column } = parseCell(address)!;
    const existing = cells.find((c) => c.row === row && c.column === column);
    if (existing) existing.value = value;
    else cells.push({ row, column, value, formula: null, numberFormat: 'General' });
  }
  return gridFromCells(description.name, cells);
}

describe('describeAttendanceSheet', () => {
  const description = describeAttendanceSheet(sampleInput());
  const cells = cellsOf(description);
  // 10 members + D099 (not on the roster any more, still has a mark); 8 activities; 1 cancelled.
  const layout = attendanceLayout(8, 11, 1);

  it('is a valid description with the owned-sheet identity of the branch', () => {
    expect(descriptionProblems(description)).toEqual([]);
    expect(description.kind).toBe('attendance.1');
    expect(description.name).toBe('出勤-机关第一党支部');
    expect(cells.get('A1')).toBe('张店分局机关党总支 机关第一党支部 2027年 党员固定活动日出勤登记');
  });

  it('keys columns by activity id in a hidden row and rows by member id, with dates as real dates', () => {
    expect(description.rows).toContainEqual({ row: 3, hidden: true });
    expect(cells.get('A3')).toBe('活动编号');
    expect(['J3', 'K3', 'Q3'].map((a) => cells.get(a))).toEqual(['2027-01-1', '2027-01-2', '2027-04-2']);
    expect(cells.get('J4')).toEqual({ date: '2027-01-08' });
    expect(cells.get('J5')).toBe('学习教育日');
    expect(['A7', 'B7', 'C7'].map((a) => cells.get(a))).toEqual(['D001', '阎平', '正式党员']);
    // A name that looks like a formula stays text.
    expect(cells.get('B12')).toBe('=SUM(1,2)');
    expect(cells.get('A17')).toBe('D099');
    expect(cells.get('B17')).toBe('（名册中已无此人）');
  });

  it('marks a shifted activity in its header, with the reason', () => {
    expect(cells.get('L6')).toBe('2月12日为春节假期，顺延至2月18日');
    expect(description.styles).toContainEqual({ range: 'L4:L6', style: { fill: '#F8CBAD' } });
    expect(cells.get('J6')).toBeNull();
    expect(description.columns).toContainEqual({ column: 12, width: 10 });
    expect(description.columns).toContainEqual({ column: 10, width: 7 });
  });

  it('writes the due helpers: counted flag, roster span and exemption span as date cells (0 and MAX_SERIAL for open ends)', () => {
    const helpers = (row: number) => ['E', 'F', 'G', 'H', 'I'].map((c) => cells.get(`${c}${row}`));
    expect(helpers(7)).toEqual([1, 0, MAX_SERIAL, MAX_SERIAL, 0]); // always due
    expect(helpers(8)).toEqual([1, 0, MAX_SERIAL, { date: '2027-02-01' }, { date: '2027-03-15' }]);
    expect(helpers(9)).toEqual([1, { date: '2027-02-20' }, MAX_SERIAL, MAX_SERIAL, 0]);
    expect(helpers(10)).toEqual([1, 0, { date: '2027-02-10' }, MAX_SERIAL, 0]);
    expect(helpers(11)).toEqual([0, 0, MAX_SERIAL, MAX_SERIAL, 0]); // invitee
    expect(helpers(15)).toEqual([1, 0, MAX_SERIAL, 0, MAX_SERIAL]); // exempt all year
    expect(helpers(17)).toEqual([0, 0, 0, MAX_SERIAL, 0]); // no longer on the roster
    expect(description.columns?.filter((c) => c.hidden).map((c) => c.column)).toEqual([5, 6, 7, 8, 9]);
    expect(cells.get('D8')).toBe('免参加（2027-02-01 至 2027-03-15）');
    expect(cells.get('D11')).toBe('列席，不计应到');
  });

  it('writes what users typed exactly, a reason after a full-width colon', () => {
    expect(cells.get('K8')).toBe('事：看病');
    expect(cells.get('N9')).toBe('病：住院');
    expect(cells.get('J13')).toBe('出差');
    expect(cells.get('P7')).toBeNull();
  });

  it('puts the figures under each activity and the totals beside each member as formulas', () => {
    const f = layout.figureRow;
    expect(f.due).toBe(18);
    expect(cells.get(`A${f.due}`)).toBe('应到');
    expect(cells.get(`A${f.rate}`)).toBe('到会率');
    const due = cells.get(`J${f.due}`) as { formula: string };
    expect(due.formula).toBe(
      '=SUMPRODUCT($E$7:$E$17*($F$7:$F$17<=J$4)*($G$7:$G$17>=J$4)*(1-($H$7:$H$17<=J$4)*($I$7:$I$17>=J$4)))',
    );
    // The same shape in every column.
    const shape = (address: string) =>
      (cells.get(address) as { formula: string }).formula.replace(/\b[JK](?=\$?\d)/g, '#');
    expect(shape(`K${f.attended}`)).toBe(shape(`J${f.attended}`));
    expect((cells.get(`J${f.met}`) as { formula: string }).formula).toContain('PD_Threshold');
    expect(cells.get('R4')).toBe('本年合计（已登记的活动）');
    expect(['R5', 'S5', 'T5', 'U5', 'V5'].map((a) => cells.get(a))).toEqual([
      '应参加',
      '实到',
      '请假',
      '缺席',
      '到会率',
    ]);
    expect((cells.get('R7') as { formula: string }).formula).toMatch(/^=SUMPRODUCT\(\$E7\*/);
    expect((cells.get('V7') as { formula: string }).formula).toBe('=IF(R7=0,"",S7/R7)');
  });

  it('keeps a cancelled activity to the right, visibly, outside the counted part', () => {
    expect(layout.firstOrphanColumn).toBe(24); // X: after the totals (R–V) and a gap column (W)
    expect(cells.get('X3')).toBe(ORPHAN.id);
    expect(cells.get('X5')).toBe('已取消');
    expect(cells.get('X7')).toBe('√');
    expect(cells.get('X2')).toBe('已取消活动（保留已登记内容，不计入统计）');
    expect(description.print?.area).toBe('A1:V29');
  });

  it('offers the codes in a drop-down that warns rather than refuses, and colours the cells', () => {
    expect(description.validations).toEqual([
      expect.objectContaining({
        range: 'J7:Q17',
        rule: { type: 'list', values: ['√', '迟', '早', '事', '病', '×', '免'] },
        errorStyle: 'warning',
        allowBlank: true,
      }),
    ]);
    const rules = description.conditionalFormats ?? [];
    expect(rules.filter((r) => r.range === 'J7:Q17')).toHaveLength(5);
    expect(rules).toContainEqual({
      // The rate is red where 达标 (the row below) says 未达标, not while it is still open.
      range: 'J27:Q27',
      rule: { type: 'expression', formula: '=J$28="未达标"' },
      format: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true },
    });
    expect(rules).toContainEqual(expect.objectContaining({ range: 'V7:V17' }));
    const absent = rules.find((r) => r.format.fill === '#FFC7CE' && r.range === 'J7:Q17');
    expect(absent?.rule).toEqual({
      type: 'expression',
      formula: '=SUBSTITUTE(LEFT(J7&"：",2),":","：")="×："',
    });
  });

  it('freezes names and headers and prints on A4 landscape, one page wide, headers repeated', () => {
    expect(description.freeze).toEqual({ rows: 6, columns: 4 });
    expect(description.print).toMatchObject({
      paperSize: 'A4',
      orientation: 'landscape',
      fitTo: { width: 1, height: 0 },
      titleRows: { first: 1, last: 6 },
      footer: { center: '第 &P 页 共 &N 页' },
      header: { center: '张店分局机关党总支' },
    });
  });

  it('handles a branch with nobody and nothing planned yet', () => {
    const empty = describeAttendanceSheet({
      year: 2027,
      branch: '新支部',
      branchIndex: 3,
      members: [],
      activities: [],
      marks: new Map(),
    });
    expect(descriptionProblems(empty)).toEqual([]);
    expect(cellsOf(empty).get('B7')).toBe('（本支部名册中暂无人员；导入名册后重新生成本表）');
    expect(parseAttendanceGrid(gridOf(empty), { branch: '新支部' })).toEqual({
      value: [],
      problems: [],
      userColumns: { columns: [], rows: new Map(), loose: [] },
    });
  });

  it('tells two members of one name apart in the name column, and reads marks back by id all the same', () => {
    const namesakes = [
      { id: 'Q017', name: '秦桂英', branch: BRANCH, category: '正式党员' as const },
      { id: 'Q023', name: '秦桂英', branch: BRANCH, category: '正式党员' as const },
      { id: 'W001', name: '王芳', branch: BRANCH, category: '正式党员' as const },
    ];
    const marks = new Map([['Q023', new Map([[ACTIVITIES[0].id, { raw: '√' }]])]]);
    const sheet = describeAttendanceSheet({ ...sampleInput(), members: namesakes, marks, orphans: [] });
    const written = cellsOf(sheet);
    expect(['B7', 'B8', 'B9'].map((cell) => written.get(cell))).toEqual([
      '秦桂英（编号 Q017）',
      '秦桂英（编号 Q023）',
      '王芳',
    ]);
    expect(parseAttendanceGrid(gridOf(sheet), { branch: BRANCH }).value).toEqual([
      expect.objectContaining({ memberId: 'Q023', activityId: ACTIVITIES[0].id, raw: '√' }),
    ]);
  });
});

describe('attendanceSheetTitle', () => {
  it('keeps the name within Excel’s rules', () => {
    expect(attendanceSheetTitle('第一党支部')).toBe('出勤-第一党支部');
    expect(attendanceSheetTitle('机关/后勤:联合党支部')).toBe('出勤-机关-后勤-联合党支部');
    const long = attendanceSheetTitle('中共淄博市国土资源局张店分局机关第一党支部离退休干部联合党支部');
    expect(long).toHaveLength(31);
    expect(long.startsWith('出勤-中共淄博市')).toBe(true);
  });

  it('cuts at 31 UTF-16 units without splitting a surrogate pair', () => {
    // '出勤-' is 3 units; 27 more characters reach 30; the emoji (2 units) would end at 32.
    const branch = `${'党'.repeat(27)}😀支部`;
    const title = attendanceSheetTitle(branch);
    expect(title).toBe(`出勤-${'党'.repeat(27)}`);
    expect(title).toHaveLength(30);
    // One character shorter and the emoji fits whole: 3 + 26 + 2 = 31.
    expect(attendanceSheetTitle(`${'党'.repeat(26)}😀支部`)).toBe(`出勤-${'党'.repeat(26)}😀`);
  });
});

describe('markCell and splitMarkText', () => {
  it('write a reason after the code and read it back', () => {
    expect(markCell({ raw: '事', note: '看病' })).toBe('事：看病');
    expect(markCell({ raw: '√' })).toBe('√');
    expect(markCell({ raw: 1 })).toBe(1);
    expect(markCell({ raw: '  ' })).toBeNull();
    expect(markCell(undefined)).toBeNull();
    expect(splitMarkText('事：看病')).toEqual({ raw: '事', note: '看病' });
    expect(splitMarkText(' 病 : 住院 ')).toEqual({ raw: '病', note: '住院' });
    expect(splitMarkText('事假：家中有事')).toEqual({ raw: '事假', note: '家中有事' });
    expect(splitMarkText('×：')).toEqual({ raw: '×' });
    // Not a code before the colon: kept whole for the engine to report.
    expect(splitMarkText('出差：开会')).toEqual({ raw: '出差：开会' });
    expect(splitMarkText('✓')).toEqual({ raw: '✓' });
  });
});

describe('parseAttendanceGrid', () => {
  const description = describeAttendanceSheet(sampleInput());

  it('reads back exactly the marks that were written, keyed by ids', () => {
    const { value, problems } = parseAttendanceGrid(gridOf(description), { branch: BRANCH });
    expect(problems).toEqual([]);
    expect(marksFromEntries(value)).toEqual(sampleMarks());
    expect(value).toContainEqual({
      memberId: 'D002',
      branch: BRANCH,
      activityId: '2027-01-2',
      raw: '事',
      note: '看病',
    });
    expect(value.every((e) => e.branch === BRANCH)).toBe(true);
  });

  it('keys by the id row, never by position: moved columns and rows keep their marks', () => {
    // Swap the ids of the first two activities and of the first two members in the grid.
    const grid = gridOf(description, { J3: '2027-01-2', K3: '2027-01-1', A7: 'D002', A8: 'D001' });
    const marks = marksFromEntries(parseAttendanceGrid(grid, { branch: BRANCH }).value);
    expect(marks.get('D002')?.get('2027-01-2')).toEqual({ raw: '√' }); // was J7
    expect(marks.get('D001')?.get('2027-01-1')).toEqual({ raw: '事', note: '看病' }); // was K8
  });

  it('finds the id row wherever it is and reads numbers, booleans and errors as typed', () => {
    const grid = gridOf(description, { J7: 1, K7: true, L7: { error: '#N/A' } });
    const shifted: RawGrid = { ...grid, origin: { row: grid.origin.row + 2, column: grid.origin.column } };
    const marks = marksFromEntries(parseAttendanceGrid(shifted, { branch: BRANCH }).value).get('D001');
    expect([marks?.get('2027-01-1'), marks?.get('2027-01-2'), marks?.get('2027-02-1')]).toEqual([
      { raw: 1 },
      { raw: true },
      { raw: '#N/A' },
    ]);
  });

  it('names the sheet and cell of every problem and drops nothing silently', () => {
    const grid = gridOf(description, { A9: '', A10: 'D001', K3: '2027-01-1' });
    const { problems } = parseAttendanceGrid(grid, { branch: BRANCH });
    expect(problems.map((p) => [p.sheet, p.cell, p.severity])).toEqual([
      ['出勤-机关第一党支部', 'K3', 'warning'],
      ['出勤-机关第一党支部', 'A9', 'error'],
      ['出勤-机关第一党支部', 'A10', 'warning'],
    ]);
    expect(problems[1].message).toContain('第9行');
    expect(problems[2].message).toContain('D001');
  });

  it('names text typed in its own columns outside every member row, once a row', () => {
    // Above the id row beside the title, and far below the figures (an inserted row between members
    // is in test/file/messyAttendance.test.ts).
    const grid = gridOf(description, { C1: '草稿', B40: '记录人：张三' });
    const { problems } = parseAttendanceGrid(grid, { branch: BRANCH });
    expect(problems.map((p) => [p.cell, p.severity, p.message])).toEqual([
      [
        'C1',
        'warning',
        'C1 的“草稿”不在任何党员的行中，不是出勤记录，重新生成出勤登记表时不保留；如需留存，请写在表格最右侧新增的一列中（随所在行保留），或写在其他工作表。',
      ],
      ['B40', 'warning', expect.stringMatching(/^B40 的“记录人：张三”不在任何党员的行中/)],
    ]);
  });

  it('keeps a code typed into a column without an activity id as a column of the user’s, not counted, and says so', () => {
    const layout = attendanceLayout(ACTIVITIES.length, MEMBERS.length + 1, 1);
    const gap = cellRef(7, layout.lastMainColumn + 1);
    const { value, problems, userColumns } = parseAttendanceGrid(gridOf(description, { [gap]: '√' }), {
      branch: BRANCH,
    });
    expect(gap).toBe('W7');
    expect(problems).toEqual([
      {
        sheet: '出勤-机关第一党支部',
        cell: 'W7',
        row: 7,
        severity: 'warning',
        message:
          'W 列是插入在本表各列之间的列（W3 没有活动编号），不是活动列：其中的“√”等内容不计入任何活动的统计。' +
          '重新生成出勤登记表时，该列连同表头和各党员行的内容作为自加列保留，移到表格最右侧；如要登记某次活动的出勤，请把代码填到该活动的列中。',
      },
    ]);
    // Not counted: the entries are those of the sheet without it.
    expect(value).toEqual(parseAttendanceGrid(gridOf(description, {}), { branch: BRANCH }).value);
    expect(userColumns.columns).toEqual([{ header: [null, null, null], offset: -1 }]);
    expect([...userColumns.rows]).toEqual([['D001', ['√']]]);
  });

  it('says what to do when the id row is gone', () => {
    const grid = gridOf(description, { A3: '' });
    const { value, problems } = parseAttendanceGrid(grid, { branch: BRANCH });
    expect(value).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('重新生成');
  });
});

describe('marksFromEntries', () => {
  it('keeps both texts when one cell was entered twice differently', () => {
    const marks = marksFromEntries([
      { memberId: 'D1', branch: BRANCH, activityId: 'a', raw: '√' },
      { memberId: 'D1', branch: BRANCH, activityId: 'a', raw: '×', note: '未请假' },
      { memberId: 'D1', branch: BRANCH, activityId: 'b', raw: '事', note: '看病' },
      { memberId: 'D1', branch: BRANCH, activityId: 'b', raw: '事', note: '看病' },
    ]);
    expect(marks.get('D1')?.get('a')).toEqual({ raw: '√ / ×', note: '未请假' });
    expect(marks.get('D1')?.get('b')).toEqual({ raw: '事', note: '看病' });
  });
});
