/**
 * A 花名册 as secretaries keep them (test/fixtures/corpus/openpyxl_messy_roster.py, written by
 * openpyxl): a merged title and a blank row above the header, hidden and filtered rows, numbers and
 * dates stored as text, a bare serial date, blank rows in the middle, a fill down to row 1,048,576,
 * names with '·', an emoji, full-width letters and spaces, a very long name, a branch name with a
 * trailing space, the same name twice in a branch and one person in two branches. Each is read to
 * the member it is, or named in a warning with its sheet, row and field.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { generateWorkbook } from '../../src/app/generate';
import { previewSheetImport, type ImportPreview } from '../../src/app/importPreview';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids } from '../../src/file/readGrid';
import { openWorkbookBytes } from '../../src/file/workbookFile';
import { gridCell, gridEnd } from '../../src/workbook/grid';
import { FIRST_MEMBER_ROW, NAME_COLUMN } from '../../src/workbook/sheets/attendance/layout';
import { defaultSettings } from '../../src/workbook/sheets/settings';

jest.setTimeout(120_000);

const run = promisify(execFile);
const SCRIPT = path.join(__dirname, '..', 'fixtures', 'corpus', 'openpyxl_messy_roster.py');
const B1 = '机关第一党支部';
const B2 = '机关第二党支部';
const LONG_NAME = '欧阳' + '娜'.repeat(28);

let bytes: Uint8Array;
let preview: ImportPreview;

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-messy-'));
  try {
    const made = path.join(dir, 'messy.xlsx');
    await run('/usr/bin/python3', [SCRIPT, made], { timeout: 60_000 });
    bytes = new Uint8Array(await fs.readFile(made));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  const found = await previewSheetImport(
    createFilePort(await openWorkbookBytes(bytes, '花名册.xlsx')),
    '花名册',
  );
  if (found === null) throw new Error('no 花名册');
  preview = found;
});

describe('a messy 花名册 in file mode', () => {
  it('finds the header under a merged title and a blank row, and every row below it', () => {
    expect(preview.header).toEqual({
      row: 3,
      columns: { name: 1, branch: 2, category: 3, joinedParty: 4, note: 5 },
      ignored: [],
    });
    // Rows 4–17 less the two blank ones; the fill at row 1,048,576 adds no row.
    expect(preview.rowCount).toBe(12);
    expect(preview.canImport).toBe(true);
  });

  it('imports every person: hidden and filtered rows too, names trimmed and full-width folded, dates of every form', () => {
    expect(
      preview.members.map((member) => [member.name, member.branch, member.category, member.joinedParty]),
    ).toEqual([
      ['李建国', B1, '正式党员', '1990-07-01'],
      ['阿依古丽·买买提', B1, '正式党员', '2008-06-30'],
      // ' 王芳 ', 序号 '3' as text, 入党日期 '2001.7.1' as text.
      ['王芳', B1, '正式党员', '2001-07-01'],
      // Full-width spaces around it; '2003年5月4日' as text.
      ['张伟', B1, '预备党员', '2003-05-04'],
      // 'ＬＩＵ\u3000Ｙａｎｇ'; 入党日期 37073 typed in a General cell, read as a serial.
      ['LIU Yang', B1, '正式党员', '2001-07-01'],
      // The emoji kept; the branch '机关第一党支部 ' with its trailing space is the same branch.
      ['陈静😀', B1, '正式党员', '2012-11-08'],
      [LONG_NAME, B2, '正式党员', '2015-03-01'],
      // Row 13 hidden, row 14 hidden by the AutoFilter: still members.
      ['赵磊', B2, '正式党员', '1999-09-09'],
      ['黄丽', B2, '正式党员', '2000-01-01'],
      ['吴敏', B2, '正式党员', '2010-10-10'],
      ['吴敏', B2, '正式党员', '2011-11-11'],
      ['李建国', B2, '正式党员', '1990-07-01'],
    ]);
    expect(preview.branches).toEqual([
      { branch: B1, count: 6 },
      { branch: B2, count: 6 },
    ]);
  });

  it('names the namesakes of one branch, and the person listed in two branches, by sheet and row', () => {
    const [wu1, wu2] = preview.members.filter((member) => member.name === '吴敏');
    expect(preview.problems).toEqual([
      {
        sheet: '花名册',
        row: 15,
        severity: 'warning',
        message: `机关第二党支部有 2 位“吴敏”，各表中写作：吴敏（编号 ${wu1.id}）、吴敏（编号 ${wu2.id}）；请核对是否确为不同的人。`,
      },
      {
        sheet: '花名册',
        row: 17,
        severity: 'warning',
        message:
          '第 17 行“李建国”（机关第二党支部）与第 4 行“李建国”（机关第一党支部）的「入党日期」都是 1990-07-01，' +
          '可能是同一人登记在两个党支部，两个支部都会把他计入应到。如是同一人，请只保留其所属党支部的一行；' +
          '如是组织关系转接，请在原支部一行填写「在册止」、新支部一行填写「在册起」；如确为两人，可不处理。',
      },
    ]);
  });

  it('generates the year from it: each branch’s attendance sheet lists its six people as imported', async () => {
    const file = await openWorkbookBytes(bytes, '花名册.xlsx');
    const port = createFilePort(file);
    const result = await generateWorkbook(port, {
      settings: defaultSettings(2026, '测试局', [B1, B2]),
      members: preview.members,
    });
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const grids = await readOwnedGrids(file);
    const names = (kind: string) => {
      const grid = grids.get(kind)!;
      const list: unknown[] = [];
      for (let row = FIRST_MEMBER_ROW; row <= gridEnd(grid).row; row++) {
        const name = gridCell(grid, row, NAME_COLUMN).value;
        if (typeof name === 'string' && gridCell(grid, row, 1).value !== null) list.push(name);
      }
      return list;
    };
    expect(names('attendance.1')).toEqual([
      '李建国',
      '阿依古丽·买买提',
      '王芳',
      '张伟',
      'LIU Yang',
      '陈静😀',
    ]);
    expect(names('attendance.2').slice(0, 4)).toEqual([
      LONG_NAME,
      '赵磊',
      '黄丽',
      expect.stringMatching(/^吴敏/),
    ]);
  });
});
