/**
 * @jest-environment jsdom
 */
/**
 * 汇总多个支部 in the pane, with the real engine and the real file port reading the branch files
 * (three branch workbooks built from the fixture roster, as test/app/rollup.test.ts builds them): in
 * file mode (a new workbook, the roll-up sheets downloaded) and inside Excel (the sheets written into
 * the live workbook through the Office.js port, on the strict fake). The sheets' cells and the
 * outcome's text are literal; a copy of a branch sent twice gives the engine's conflict message, a
 * file that is no workbook a message naming it, and nothing usable writes nothing.
 */
import './textEncoder';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { runExcelAction } from '../../src/excel/port';
import { createFilePort } from '../../src/file/port';
import { newWorkbookFile, openWorkbookBytes } from '../../src/file/workbookFile';
import { readWorkbookInfo } from '../../src/app/workbookInfo';
import { paneStrings } from '../../src/strings';
import { ExcelModeSection } from '../../src/taskpane/components/ExcelModeSection';
import { FileModeSection } from '../../src/taskpane/components/FileModeSection';
import { portAccess } from '../../src/taskpane/workflow/access';
import { RollupStep } from '../../src/taskpane/workflow/RollupStep';
import { RunnerProvider } from '../../src/taskpane/workflow/runner';
import type { RawGrid } from '../../src/workbook/grid';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';
import {
  ONE,
  RETIRED,
  TWO,
  branchWorkbookBytes,
  daysOff,
  everyone,
  fixtureMembers,
} from '../helpers/branchWorkbooks';

// Building the branch workbooks and rolling them up runs ExcelJS and the engine: seconds alone,
// much longer beside other suites on a loaded 2-core machine.
configure({ asyncUtilTimeout: 60_000 });
jest.setTimeout(240_000);

const zh = paneStrings('zh');
/** The 组织委员 rolls up March on its last afternoon. */
const NOW = () => new Date(2026, 2, 31, 17, 0);

const books = new Map<string, Uint8Array>();
const PDF = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n');

beforeAll(async () => {
  const m1 = fixtureMembers(ONE);
  const m2 = fixtureMembers(TWO);
  const m3 = fixtureMembers(RETIRED);
  const oneMarch = {
    '2026-03-1': everyone(m1, '√', { D0003: '事', D0004: '×' }),
    '2026-03-2': everyone(m1, '√', { D0004: '×' }),
  };
  books.set('一支部.xlsx', await branchWorkbookBytes({ branch: ONE, members: m1, attendance: oneMarch }));
  books.set(
    '二支部.xlsx',
    await branchWorkbookBytes({
      branch: TWO,
      members: m2,
      attendance: {
        '2026-03-1': everyone(m2, '√', { D0016: '×', D0017: '病', D0018: '事' }),
        '2026-03-2': everyone(m2, '√', { D0016: '×', D0017: '病', D0018: '事', D0019: '×' }),
      },
    }),
  );
  books.set(
    '离退休.xlsx',
    await branchWorkbookBytes({
      branch: RETIRED,
      members: m3,
      // 16–31 March off: March has a single activity, partly recorded.
      manualHolidays: daysOff('2026-03', 16, 31),
      attendance: { '2026-03-1': everyone(m3, '√', { D0031: '病', D0032: '', D0034: '' }) },
    }),
  );
  // The first branch's copy sent earlier: only its first March activity recorded.
  books.set(
    '一支部-旧.xlsx',
    await branchWorkbookBytes({
      branch: ONE,
      members: m1,
      attendance: { '2026-03-1': oneMarch['2026-03-1'] },
    }),
  );
});

function chosen(name: string): File {
  // A download cut short: the first 3,000 bytes of a branch workbook.
  const cut = name === '损坏.xlsx' ? books.get('二支部.xlsx')?.slice(0, 3000) : undefined;
  const bytes = name.endsWith('.pdf') ? PDF : (cut ?? books.get(name));
  if (bytes === undefined) throw new Error(`no book ${name}`);
  const file = new File([bytes as BlobPart], name);
  // jsdom's File has no arrayBuffer(); the browser's has.
  Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(bytes.slice().buffer) });
  return file;
}

/** The step opened (it starts folded), once its lazily loaded form is there. */
async function rollupStep(): Promise<HTMLElement> {
  const step = await screen.findByRole('region', { name: '汇总多个支部' });
  const open = within(step).getByRole('button', { name: '汇总各支部的工作簿' });
  expect(open.getAttribute('aria-expanded')).toBe('false');
  // Folded, nothing of it is loaded: no file input yet.
  expect(within(step).queryByTestId('rollup-file-input')).toBeNull();
  await act(async () => {
    fireEvent.click(open);
  });
  expect(open.getAttribute('aria-expanded')).toBe('true');
  await within(step).findByRole('button', { name: '选择支部工作簿…' });
  return step;
}

/** Chooses the files in the step's file input and runs the roll-up; gives the outcome. */
async function rollUpFiles(step: HTMLElement, names: string[], kind: 'status' | 'alert' = 'status') {
  const input = within(step).getByTestId('rollup-file-input') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: names.map(chosen) } });
  });
  within(step).getByText(`已选择 ${names.length} 个文件`);
  await act(async () => {
    fireEvent.click(within(step).getByRole('button', { name: '汇总并写入汇总表' }));
  });
  const outcome = await within(step).findByRole(kind);
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  return outcome;
}

const items = (outcome: HTMLElement, section: string) =>
  within(within(outcome).getByRole('list', { name: section }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

/** The grid's rows from..to (1-based), as read back through a port. */
function rows(grid: RawGrid | undefined, from: number, to: number): unknown[][] {
  if (grid === undefined) throw new Error('no such sheet');
  return grid.values.slice(from - grid.origin.row, to - grid.origin.row + 1);
}

const STATUS_ROWS = [
  ['序号', '党支部', '来源文件', '最近登记', '已开展', '报送情况', '尚未登记的活动'],
  [1, ONE, '一支部.xlsx', '3月27日', 2, '已报', '—'],
  [2, TWO, '二支部.xlsx', '3月27日', 2, '已报', '—'],
  [3, RETIRED, '离退休.xlsx', '3月13日', 1, '部分', '3月13日（部分登记）'],
];

/** 总支月度检查 rows 5–10: the branch short of 80% first, then the one with a single activity. */
function expectMonthCheck(grid: RawGrid | undefined): void {
  const check = rows(grid, 5, 10).map((row) =>
    row.map((value) => (typeof value === 'number' ? Math.round(value * 10000) / 10000 : value)),
  );
  expect(check).toEqual([
    [`${TWO}\n到会率未达标 1 次`, '2/2', '3月13日', '学习教育日', 15, 12, 0.8, '是', '傅丽华', '二支部.xlsx'],
    [null, null, '3月27日', '为民服务奉献日', 15, 11, 0.7333, '否', '傅丽华、钟娜', null],
    [
      `${RETIRED}\n活动次数不足（1/2）；未登记完 1 次`,
      '1/2',
      '3月13日',
      '学习教育日',
      13,
      10,
      0.7692,
      '待登记',
      '无',
      '离退休.xlsx',
    ],
    [ONE, '2/2', '3月13日', '学习教育日', 15, 13, 0.8667, '是', '萧桂英', '一支部.xlsx'],
    [null, null, '3月27日', '为民服务奉献日', 15, 14, 0.9333, '是', '萧桂英', null],
    ['党总支合计', '5/6', null, null, 73, 60, 0.8219, '否 1', 5, null],
  ]);
}

const SOURCES = [
  `${ONE}：来自“一支部.xlsx”，已报`,
  `${TWO}：来自“二支部.xlsx”，已报`,
  `${RETIRED}：来自“离退休.xlsx”，部分登记；尚未登记：3月13日`,
];

describe('汇总多个支部 in file mode', () => {
  function renderFileMode() {
    const save = jest.fn<void, [Uint8Array, string]>();
    render(
      <FluentProvider theme={webLightTheme}>
        <FileModeSection strings={zh} takeFocus={false} now={NOW} save={save} />
      </FluentProvider>,
    );
    return save;
  }

  async function newWorkbook(): Promise<HTMLElement> {
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: zh.fileNew }));
    });
    await screen.findByText(`已打开：${zh.fileNewName}`);
    return rollupStep();
  }

  it('rolls three branch workbooks up into a new workbook, downloaded with the roll-up sheets', async () => {
    const save = renderFileMode();
    const step = await newWorkbook();
    // The month and year default to the pinned clock's.
    expect((within(step).getByRole('combobox', { name: '年度' }) as HTMLSelectElement).value).toBe('2026');
    expect((within(step).getByRole('combobox', { name: '月份' }) as HTMLSelectElement).value).toBe('3');
    const outcome = await rollUpFiles(step, ['一支部.xlsx', '二支部.xlsx', '离退休.xlsx']);
    expect(outcome.getAttribute('data-intent')).toBe('success');
    expect(outcome.textContent).toContain(
      '已汇总 3 个党支部（共选择 3 个文件）。已写入工作表：报送情况、总支月度检查。请点下方“下载处理后的工作簿”保存；在 Excel 或 WPS 中打开汇总表，按 Ctrl+P 打印。各文件之间没有发现冲突。',
    );
    expect(items(outcome, '各党支部的来源（3 个）')).toEqual(SOURCES);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: zh.fileDownload }));
    });
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [bytes, name] = save.mock.calls[0];
    expect(name).toBe('新工作簿-活动日.xlsx');
    const grids = await createFilePort(await openWorkbookBytes(bytes, name)).readOwnedGrids();
    expect([...grids.keys()].sort()).toEqual(['rollup.month', 'rollup.status']);
    const status = grids.get('rollup.status');
    expect(status?.values[0][0]).toBe('测试局机关党总支 2026年3月各党支部报送情况');
    expect(rows(status, 4, 7)).toEqual(STATUS_ROWS);
    expectMonthCheck(grids.get('rollup.month'));
  });

  it('says which copy of a branch sent twice was used, and names a file that is no workbook', async () => {
    renderFileMode();
    const step = await newWorkbook();
    const outcome = await rollUpFiles(step, [
      '一支部-旧.xlsx',
      '一支部.xlsx',
      '通知.pdf',
      '损坏.xlsx',
      '二支部.xlsx',
    ]);
    expect(outcome.getAttribute('data-intent')).toBe('warning');
    expect(items(outcome, '各党支部的来源（2 个）')).toEqual([
      `${ONE}：来自“一支部.xlsx”，已报`,
      `${TWO}：来自“二支部.xlsx”，已报`,
      '“一支部-旧.xlsx”：未计入汇总（原因见下）',
      '“通知.pdf”：未计入汇总（原因见下）',
      '“损坏.xlsx”：未计入汇总（原因见下）',
    ]);
    expect(items(outcome, '汇总时发现的问题（3 项，未作猜测，请核对）')).toEqual([
      '“通知.pdf”不是本助手的支部工作簿：它是 PDF 文档。未计入汇总；请改选支部用助手生成的工作簿。',
      '“损坏.xlsx”不是本助手的支部工作簿：它像是 Excel 工作簿，但文件不完整或已损坏（可能没有下载或复制完整），请让该支部重新发送。未计入汇总；请改选支部用助手生成的工作簿。',
      '“机关第一党支部”在多个文件中出现：采用“一支部.xlsx”，未采用“一支部-旧.xlsx”，因为它登记的出勤较多（32 人次，另一份 16 人次），应是较新的一份。如有误，请只保留正确的一份后重新汇总。',
    ]);
  });

  it('writes nothing when no file can be rolled up, and says what each file is', async () => {
    const save = renderFileMode();
    const step = await newWorkbook();
    const outcome = await rollUpFiles(step, ['通知.pdf'], 'alert');
    expect(outcome.textContent).toContain('没有一个文件可以汇总，未写入汇总表。');
    expect(outcome.textContent).toContain('“通知.pdf”不是本助手的支部工作簿：它是 PDF 文档。');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: zh.fileDownload }));
    });
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const grids = await createFilePort(
      await openWorkbookBytes(save.mock.calls[0][0], 'x.xlsx'),
    ).readOwnedGrids();
    expect(grids.size).toBe(0);
  });
});

describe('汇总多个支部 inside Excel', () => {
  let fake: FakeExcel;
  let restore: () => void = () => undefined;

  beforeEach(() => {
    fake = createFakeExcel();
    restore = fake.installGlobals();
  });
  afterEach(() => restore());

  it('reads the branch files in the pane and writes the roll-up sheets into the open workbook, keeping its own sheet', async () => {
    // The general branch's own workbook: a sheet the 组织委员 keeps.
    await fake.run(async (context) => {
      context.workbook.worksheets.add('督办记录').getRange('A1').values = [['3月督办：二支部']];
      await context.sync();
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <ExcelModeSection strings={zh} now={NOW} />
      </FluentProvider>,
    );
    const step = await rollupStep();
    const outcome = await rollUpFiles(step, ['一支部.xlsx', '二支部.xlsx', '离退休.xlsx']);
    expect(outcome.getAttribute('data-intent')).toBe('success');
    expect(outcome.textContent).toContain(
      '已汇总 3 个党支部（共选择 3 个文件）。已写入工作表：报送情况、总支月度检查。汇总表已写入当前工作簿，打开该表按 Ctrl+P 打印。',
    );
    expect(items(outcome, '各党支部的来源（3 个）')).toEqual(SOURCES);
    const grids = await runExcelAction((port) => port.readOwnedGrids());
    expect([...grids.keys()].sort()).toEqual(['rollup.month', 'rollup.status']);
    expect(rows(grids.get('rollup.status'), 4, 7)).toEqual(STATUS_ROWS);
    expectMonthCheck(grids.get('rollup.month'));
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual(['督办记录', '报送情况', '总支月度检查']);
    const kept = await fake.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('督办记录').getRange('A1').load('values');
      await context.sync();
      return cell.values;
    });
    expect(kept).toEqual([['3月督办：二支部']]);

    // Again for the year, with the same files: the roll-up sheets are rewritten, the rest kept.
    fireEvent.change(within(step).getByRole('combobox', { name: '汇总期间' }), { target: { value: 'year' } });
    expect(within(step).queryByRole('combobox', { name: '月份' })).toBeNull();
    const again = await rollUpFiles(step, ['一支部.xlsx', '二支部.xlsx', '离退休.xlsx']);
    expect(again.textContent).toContain('已写入工作表：报送情况、总支年度汇总、总支党员参与。');
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual([
      '督办记录',
      '报送情况',
      '总支月度检查',
      '总支年度汇总',
      '总支党员参与',
    ]);
    const year = await runExcelAction((port) => port.readOwnedGrids());
    expect(year.get('rollup.status')?.values[0][0]).toBe('测试局机关党总支 2026年度各党支部报送情况');
    expect(year.get('rollup.year')?.values[0][0]).toBe(
      '测试局机关党总支 2026年度各党支部党员固定活动日完成情况',
    );
  });
});

describe('汇总多个支部 in English', () => {
  it('shows the step, its form and its outcome in the pane’s language', async () => {
    const en = paneStrings('en');
    const port = createFilePort(newWorkbookFile());
    const info = await readWorkbookInfo(port, 2026);
    render(
      <FluentProvider theme={webLightTheme}>
        <RunnerProvider>
          <RollupStep
            strings={en}
            access={portAccess(port)}
            info={info}
            refresh={() => Promise.resolve()}
            now={NOW}
          />
        </RunnerProvider>
      </FluentProvider>,
    );
    const step = screen.getByRole('region', { name: 'Roll up several branches' });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: 'Roll up the branches’ workbooks' }));
    });
    await within(step).findByRole('button', { name: 'Choose branch workbooks…' });
    const input = within(step).getByTestId('rollup-file-input') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [chosen('一支部.xlsx')] } });
    });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: 'Roll up and write the sheets' }));
    });
    const outcome = await within(step).findByRole('status');
    expect(outcome.textContent).toContain('Branches rolled up: 1 (files chosen: 1).');
    expect(items(outcome, 'Where each branch came from (1)')).toEqual([
      `${ONE}: from “一支部.xlsx”, reported`,
    ]);
  });
});
