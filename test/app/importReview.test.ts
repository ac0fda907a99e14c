/**
 * What the import preview tells a secretary (issue 15 §4, §5, §1): a cell showing an error value is
 * named as such, once per row; rows not imported (必须处理) apart from what to look at (提示);
 * names that look like formulas or numbers listed; transfers in 备注 offered as 在册止/在册起;
 * namesakes said once; the roster's branch names reconciled with 设置. Grids as openpyxl, LibreOffice
 * and the ports give them.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { previewImport } from '../../src/app/importPreview';
import { openWorkbookPath } from '../../src/file/nodeFiles';
import { readSheetGrid, sheetNames } from '../../src/file/readGrid';
import { gridFromCells, type RawValue } from '../../src/workbook/grid';
import { problemLine } from '../../src/workbook/problems';
import { tableFromCsv, tableFromGrid } from '../../src/workbook/rosterImport';

jest.setTimeout(90_000);

function grid(rows: RawValue[][], sheetName = '花名册') {
  return gridFromCells(
    sheetName,
    rows.flatMap((cells, r) =>
      cells.map((value, c) => ({ row: r + 1, column: c + 1, value, formula: null, numberFormat: 'General' })),
    ),
  );
}

const HEADER: RawValue[] = ['姓名', '党支部', '党籍状态', '入党日期', '联系电话', '备注'];

describe('the import preview', () => {
  it('names a cell showing an error value once, and says what happens to its row', () => {
    const preview = previewImport(
      tableFromGrid(
        grid([
          ['张店分局党员花名册'],
          HEADER,
          ['甲', '第一党支部', '正式党员', { error: '#NUM!' }, null, null],
          [{ error: '#REF!' }, '第一党支部', '正式党员', null, null, null],
          ['丙', '第一党支部', '正式党员', Number.NaN, null, null],
        ]),
      ),
    );
    expect(preview.members.map((m) => m.name)).toEqual(['甲', '丙']);
    expect(preview.rowCount).toBe(3);
    expect(preview.problems.map(problemLine)).toEqual([
      '「花名册」第 3 行「入党日期」单元格显示错误值 #NUM!（通常是公式出错），暂按未填写处理；请在花名册中改正这个单元格。',
      '「花名册」第 4 行「姓名」单元格显示错误值 #REF!（通常是公式出错），这一行未导入；请在花名册中改正这个单元格后重新预览。',
      '「花名册」第 5 行「入党日期」单元格显示错误值（通常是公式出错），暂按未填写处理；请在花名册中改正这个单元格。',
    ]);
    expect(preview.problems.map((p) => p.severity)).toEqual(['warning', 'error', 'warning']);
    expect(preview.problems.map(problemLine).join('')).not.toMatch(/NaN|第\s*\d+\s*行：第/);
  });

  it('lists names that look like formulas or numbers, keeping them as typed', () => {
    const preview = previewImport(
      tableFromGrid(
        grid([
          HEADER,
          ['=HYPERLINK("http://oa/1","段勇")', '第一党支部', '正式党员', null, null, null],
          ['+段勇', '第一党支部', '正式党员', null, null, null],
          ['13800001234', '第一党支部', '正式党员', null, null, null],
          ['王芳', '第一党支部', '正式党员', null, null, null],
        ]),
      ),
    );
    expect(preview.members.map((m) => m.name)).toEqual([
      '=HYPERLINK("http://oa/1","段勇")',
      '+段勇',
      '13800001234',
      '王芳',
    ]);
    expect(preview.problems.map((p) => [p.row, p.severity, p.message])).toEqual([
      [
        2,
        'warning',
        '第 2 行「姓名」“=HYPERLINK("http://oa/1","段勇")”以 = + - @ 开头，像是公式，已按文字原样导入；请核对是否填错了列或多了字符。',
      ],
      [
        3,
        'warning',
        '第 3 行「姓名」“+段勇”以 = + - @ 开头，像是公式，已按文字原样导入；请核对是否填错了列或多了字符。',
      ],
      [
        4,
        'warning',
        '第 4 行「姓名」“13800001234”像是电话号码，已按文字原样导入；请核对是否填错了列或多了字符。',
      ],
    ]);
  });

  it('says once how two people of one branch with the same name are told apart', () => {
    const preview = previewImport(
      tableFromGrid(
        grid([
          HEADER,
          ['秦桂英', '第一党支部', '正式党员', null, '138-0000-1111', null],
          ['王芳', '第一党支部', '正式党员', null, null, null],
          ['秦桂英', '第一党支部', '预备党员', null, '139-0000-2222', null],
          ['秦桂英', '第二党支部', '正式党员', null, null, null],
        ]),
      ),
    );
    expect(preview.problems.map((p) => p.message)).toEqual([
      '第一党支部有 2 位“秦桂英”，各表中写作：秦桂英（手机尾号 1111）、秦桂英（手机尾号 2222）；请核对是否确为不同的人。',
    ]);
  });

  it('offers a transfer written in 备注 as 在册止 or 在册起', () => {
    const preview = previewImport(
      tableFromGrid(
        grid([
          HEADER,
          ['黎玉兰', '第一党支部', '正式党员', null, null, '2026-08-31 调出'],
          ['陈海燕', '第一党支部', '正式党员', null, null, '2026年3月1日转入'],
          ['乔霞', '第一党支部', '正式党员', null, null, '需协调'],
        ]),
      ),
    );
    expect(
      preview.noteDates.map(({ row, name, field, date, message }) => ({ row, name, field, date, message })),
    ).toEqual([
      {
        row: 2,
        name: '黎玉兰',
        field: 'onRosterTo',
        date: '2026-08-31',
        message:
          '第 2 行 黎玉兰 的「备注」写有“2026-08-31 调出”：如属实，可把 2026-08-31 作为「在册止」，此后的活动不再计入其应到。',
      },
      {
        row: 3,
        name: '陈海燕',
        field: 'onRosterFrom',
        date: '2026-03-01',
        message:
          '第 3 行 陈海燕 的「备注」写有“2026年3月1日转入”：如属实，可把 2026-03-01 作为「在册起」，此前的活动不再计入其应到。',
      },
    ]);
  });

  it('reconciles the roster’s branch names with 设置, remembered aliases first', () => {
    const table = tableFromCsv(
      '姓名,党支部,类别\n甲,第一党支部,正式党员\n乙,第二党支部,正式党员\n丙,后勤党支部,正式党员\n',
      '名册.csv',
    );
    const settingsBranches = [
      { name: '机关第一党支部', secretary: '', recorder: '', aliases: ['第一党支部'] },
      { name: '机关第二党支部', secretary: '', recorder: '' },
      { name: '机关第三党支部', secretary: '', recorder: '' },
    ];
    expect(previewImport(table, { settingsBranches }).reconciliation).toEqual({
      matched: [{ roster: '第一党支部', branch: '机关第一党支部', count: 1, viaAlias: true }],
      unknown: [
        { roster: '第二党支部', count: 1, suggestion: '机关第二党支部' },
        { roster: '后勤党支部', count: 1, suggestion: null },
      ],
      empty: ['机关第二党支部', '机关第三党支部'],
    });
    expect(previewImport(table).reconciliation).toBeNull();
  });
});

describe('a roster written by other programs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-import-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  const python = (script: string) =>
    new Promise<void>((resolve, reject) =>
      execFile('/usr/bin/python3', ['-c', script], (error) => (error ? reject(error) : resolve())),
    );
  const soffice = (file: string, out: string) =>
    new Promise<void>((resolve, reject) =>
      execFile(
        'soffice',
        [
          `-env:UserInstallation=file://${out}/profile`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          out,
          file,
        ],
        (error) => (error ? reject(error) : resolve()),
      ),
    );

  it('names error cells of an openpyxl file and of its LibreOffice copy (a date-formatted error cell too)', async () => {
    const file = path.join(dir, 'errors.xlsx');
    await python(`
import openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '党员花名册'
ws.append(['张店分局党员花名册']); ws.merge_cells('A1:D1')
ws.append(['党员姓名', '党支部', '党籍状态', '入党日期'])
ws.append(['甲', '第一党支部', '正式党员', '=DATE(2020,1,1)/0'])
ws['D3'].number_format = 'yyyy-mm-dd'
ws.append(['乙', '第一党支部', '正式党员', '#NUM!']); ws['D4'].data_type = 'e'
wb.save(${JSON.stringify(file)})
`);
    const out = path.join(dir, 'lo');
    await soffice(file, out);
    const copy = await openWorkbookPath(path.join(out, 'errors.xlsx'));
    const grid = await readSheetGrid(copy, (await sheetNames(copy))[0]);
    const preview = previewImport(tableFromGrid(grid!));
    expect(preview.members.map((m) => m.name)).toEqual(['甲', '乙']);
    const lines = preview.problems.map(problemLine);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^「党员花名册」第 3 行「入党日期」单元格显示错误值/);
    expect(lines[1]).toBe(
      '「党员花名册」第 4 行「入党日期」单元格显示错误值 #NUM!（通常是公式出错），暂按未填写处理；请在花名册中改正这个单元格。',
    );
  });
});
