/**
 * @jest-environment jsdom
 */
/**
 * The pane inside Excel with the app actions mocked at the src/app boundary, on the fake Office.js
 * globals: every action runs in its own Excel.run through runExcelAction, the port's notes about
 * this Excel's missing features reach the outcome, and Excel's errors are shown in Chinese.
 */
import './textEncoder';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { WorkbookPort } from '../../src/app/port';
import { ExcelPortError } from '../../src/excel/errors';
import type { ExcelWorkbookPort } from '../../src/excel/port';
import { excelStrings } from '../../src/strings/excel';
import { paneStrings } from '../../src/strings';
import { ExcelModeSection } from '../../src/taskpane/components/ExcelModeSection';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';

jest.mock('../../src/app/workbookInfo', () => ({ readWorkbookInfo: jest.fn() }));
jest.mock('../../src/app/generate', () => {
  const actual = jest.requireActual('../../src/app/generate');
  return { ...actual, generateWorkbook: jest.fn() };
});
jest.mock('../../src/app/summaries', () => {
  const actual = jest.requireActual('../../src/app/summaries');
  return { ...actual, writeSummarySheets: jest.fn() };
});
jest.mock('../../src/app/attendanceStatus', () => ({ attendanceStatus: jest.fn() }));
jest.mock('../../src/app/check', () => ({ checkWorkbook: jest.fn() }));
jest.mock('../../src/app/holidays', () => {
  const actual = jest.requireActual('../../src/app/holidays');
  return { ...actual, addManualHoliday: jest.fn() };
});

import { readWorkbookInfo } from '../../src/app/workbookInfo';
import { generateWorkbook, type GenerateResult } from '../../src/app/generate';
import { writeSummarySheets } from '../../src/app/summaries';
import { attendanceStatus, type AttendanceStatus } from '../../src/app/attendanceStatus';
import { checkWorkbook } from '../../src/app/check';
import { addManualHoliday } from '../../src/app/holidays';

// The machine running the suite is shared and loaded: give each wait and each test room.
configure({ asyncUtilTimeout: 5_000 });
jest.setTimeout(30_000);

const zh = paneStrings('zh');
const settings = defaultSettings(2026, '测试局', ['机关第一党支部']);
const PRINT_NOTE = excelStrings.noPageLayout;

let fake: FakeExcel;
let restore: () => void = () => undefined;

/** The ports the actions were given, in order: each must be a fresh Office.js port. */
const ports: WorkbookPort[] = [];

function generated(notices: string[]): GenerateResult {
  return {
    report: {
      sheets: [
        { kind: 'settings', name: '设置', created: true },
        { kind: 'schedule', name: '活动安排', created: true },
      ],
      notices,
    },
    settings,
    memberCount: 15,
    activityCount: 24,
    cancelledCount: 0,
    missingMembers: [],
    branchImport: null,
    emptyBranches: [],
    problems: [],
    warnings: [],
  } as GenerateResult;
}

/**
 * Renders the pane and waits until its first read of the workbook has finished (the steps, or the
 * error): the steps appear while that read is still running, with their buttons disabled, and a
 * click then would be lost.
 */
async function renderExcelMode(): Promise<void> {
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelModeSection strings={zh} now={() => new Date(2026, 2, 20, 10, 0)} />
    </FluentProvider>,
  );
  await waitFor(() => {
    const done = screen.queryByRole('region', { name: '设置工作簿' }) ?? screen.queryByRole('alert');
    expect(done).not.toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
}

async function fillSetupAndRun(): Promise<HTMLElement> {
  const setup = await screen.findByRole('region', { name: '设置工作簿' });
  fireEvent.change(within(setup).getByRole('textbox', { name: /单位名称/ }), {
    target: { value: '中共区自然资源局机关委员会' },
  });
  fireEvent.change(within(setup).getByLabelText('党支部（每行一个）'), {
    target: { value: '机关第一党支部' },
  });
  fireEvent.change(within(setup).getByLabelText('年度'), { target: { value: '2026' } });
  await act(async () => {
    fireEvent.click(within(setup).getByRole('button', { name: '设置工作簿' }));
  });
  return setup;
}

beforeEach(() => {
  ports.length = 0;
  fake = createFakeExcel();
  fake.addSheet('党员花名册');
  restore = fake.installGlobals();
  // The mocks touch the workbook through the port they are given, as the real actions do.
  jest.mocked(readWorkbookInfo).mockImplementation(async (port) => {
    ports.push(port);
    const sheetNames = await port.sheetNames();
    return {
      settings: null,
      sheetNames,
      userSheets: sheetNames,
      rosterSheet: '党员花名册',
      rosterBranches: [],
      memberCount: 0,
      problems: [],
    };
  });
  jest.mocked(generateWorkbook).mockImplementation(async (port) => {
    ports.push(port);
    await port.sheetNames();
    return generated([PRINT_NOTE]);
  });
});

afterEach(() => {
  restore();
  jest.clearAllMocks();
});

describe('the pane inside Excel', () => {
  it('reads the open workbook in its own Excel.run and offers its sheets', async () => {
    await renderExcelMode();
    const importStep = await screen.findByRole('region', { name: '导入党员' });
    const sheet = within(importStep).getByRole('combobox', { name: '从哪里导入' }) as HTMLSelectElement;
    expect([...sheet.options].map((option) => option.text)).toEqual(['党员花名册']);
    expect(sheet.value).toBe('党员花名册');
    expect(readWorkbookInfo).toHaveBeenCalledTimes(1);
    expect((ports[0] as ExcelWorkbookPort).capabilities).toBeDefined();
    expect(fake.host.syncCount).toBe(1);
    // No file to open or download: the workbook is the live one.
    expect(screen.queryByRole('button', { name: '下载处理后的工作簿' })).toBeNull();
    expect(screen.queryByRole('button', { name: '打开工作簿（.xlsx）' })).toBeNull();
  });

  it('runs a step through Excel and shows the port’s notes in the outcome', async () => {
    await renderExcelMode();
    const setup = await fillSetupAndRun();
    const done = await within(setup).findByRole('status');
    expect(done.textContent).toContain('已设置 2026 年度工作簿：1 个党支部、15 名人员、24 次活动。');
    expect(done.textContent).toContain('已写入工作表：设置、活动安排。');
    expect(done.textContent).toContain('此版本 Excel 不支持自动设置打印格式');
    expect(generateWorkbook).toHaveBeenCalledTimes(1);
    // Load, write, read again: three actions, three Excel.run, three ports, each with one sync.
    await waitFor(() => expect(readWorkbookInfo).toHaveBeenCalledTimes(2));
    expect(ports).toHaveLength(3);
    expect(new Set(ports).size).toBe(3);
    expect(ports[1]).toHaveProperty('capabilities');
    expect(fake.host.syncCount).toBe(3);
    expect(jest.mocked(generateWorkbook).mock.calls[0][1]?.settings?.branches.map((b) => b.name)).toEqual([
      '机关第一党支部',
    ]);
  });

  it('marks a summary written with notes as a warning, listing each note', async () => {
    jest.mocked(readWorkbookInfo).mockResolvedValue({
      settings,
      sheetNames: ['设置', '活动安排', '出勤登记'],
      userSheets: [],
      rosterSheet: null,
      rosterBranches: [],
      memberCount: 15,
      problems: [],
    });
    jest.mocked(writeSummarySheets).mockResolvedValue({
      report: {
        sheets: [{ kind: 'monthly', name: '月度汇总', created: true }],
        notices: [PRINT_NOTE, excelStrings.noPageBreaks],
      },
      summary: { settings, monthly: { branches: [] }, annual: { branches: [] } },
    } as unknown as Awaited<ReturnType<typeof writeSummarySheets>>);
    await renderExcelMode();
    const step = await screen.findByRole('region', { name: zh.summaryHeading });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: zh.summaryRun }));
    });
    const bar = await within(step).findByRole('status');
    expect(bar.textContent).toContain('月度汇总');
    expect(
      within(bar)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([PRINT_NOTE, excelStrings.noPageBreaks]);
    expect(bar.getAttribute('data-intent')).toBe('warning');
  });

  it('shows Excel’s error in Chinese when the user is editing a cell, and writes nothing', async () => {
    await renderExcelMode();
    await screen.findByRole('region', { name: '设置工作簿' });
    fake.setCellEditMode(true);
    const setup = await fillSetupAndRun();
    const alert = await within(setup).findByRole('alert');
    expect(alert.textContent).toContain(excelStrings.cellEditMode);
    expect(alert.textContent).not.toContain('cell-editing mode');
    expect(readWorkbookInfo).toHaveBeenCalledTimes(1);
  });

  it('shows an ExcelPortError raised by an action as its own message', async () => {
    jest
      .mocked(generateWorkbook)
      .mockRejectedValue(
        new ExcelPortError('sheet-protected', '工作表“活动安排”受保护，请在“审阅”中撤消工作表保护后重试。'),
      );
    await renderExcelMode();
    const setup = await fillSetupAndRun();
    const alert = await within(setup).findByRole('alert');
    expect(alert.textContent).toContain('未能完成');
    expect(alert.textContent).toContain('工作表“活动安排”受保护，请在“审阅”中撤消工作表保护后重试。');
  });

  it('says what to do when the workbook cannot be read, and reads it again on request', async () => {
    fake.injectErrorOnNextSync('GeneralException');
    await renderExcelMode();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Excel 未能完成操作');
    // Never advice to save: after a failed write that would keep a partly updated workbook.
    expect(alert.textContent).toContain('请稍候重试');
    expect(alert.textContent).not.toContain('保存');
    expect(screen.queryByRole('region', { name: '设置工作簿' })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '重新读取工作簿' }));
    });
    expect(await screen.findByRole('region', { name: '设置工作簿' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

/** A workbook already set up: the steps that need settings are enabled. */
function setUpWorkbook(): void {
  jest.mocked(readWorkbookInfo).mockResolvedValue({
    settings,
    sheetNames: ['设置', '节假日', '活动安排', '出勤-机关第一党支部'],
    userSheets: ['党员花名册'],
    rosterSheet: '党员花名册',
    rosterBranches: [],
    memberCount: 15,
    problems: [],
  });
  for (const name of ['设置', '节假日', '活动安排', '出勤-机关第一党支部']) fake.addSheet(name);
}

const ONE = '机关第一党支部';

function status(): AttendanceStatus {
  const activity = (id: string, date: string, state: 'recorded' | 'partial' | 'pending' | 'upcoming') => ({
    activityId: id,
    date: date as never,
    theme: 'study' as const,
    state,
    due: 15,
    attended: state === 'recorded' ? 9 : state === 'partial' ? 5 : 0,
    unrecorded: state === 'recorded' ? 0 : state === 'partial' ? 9 : 15,
    rate: state === 'recorded' ? 0.6 : state === 'partial' ? 1 / 3 : state === 'pending' ? 0 : null,
    met: state === 'recorded' || state === 'partial' ? false : null,
  });
  const activities = [
    activity('2026-01-1', '2026-01-09', 'recorded'),
    activity('2026-01-2', '2026-01-23', 'partial'),
    activity('2026-02-1', '2026-02-13', 'pending'),
    activity('2026-02-2', '2026-02-27', 'upcoming'),
  ];
  return {
    year: 2026,
    asOf: '2026-02-20' as never,
    threshold: 0.8,
    problems: [],
    branches: [
      {
        branch: ONE,
        memberCount: 15,
        sheet: '出勤-机关第一党支部',
        activities,
        counts: { recorded: 1, partial: 1, pending: 1, upcoming: 1 },
        belowThreshold: activities.slice(0, 2),
        current: {
          activityId: '2026-02-1',
          date: '2026-02-13' as never,
          theme: 'study',
          held: true,
          sheet: '出勤-机关第一党支部',
          cell: 'L7',
        },
      },
    ],
  };
}

describe('selecting cells from the pane inside Excel', () => {
  it('出勤登记 shows each branch’s records and opens the grid at the current activity', async () => {
    setUpWorkbook();
    jest.mocked(attendanceStatus).mockResolvedValue(status());
    await renderExcelMode();
    const step = await screen.findByRole('region', { name: zh.attendanceHeading });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '查看登记情况' }));
    });
    const branch = await within(step).findByRole('region', { name: ONE });
    // The pane's today (pinned in renderExcelMode) is the day the status is taken on.
    expect(jest.mocked(attendanceStatus).mock.calls[0][1]).toBe('2026-03-20');
    expect(branch.textContent).toContain('已登记 1 次，部分登记 1 次，待登记 1 次，尚未开展 1 次。');
    expect(branch.textContent).toContain('待登记 1 次：2月13日');
    expect(branch.textContent).toContain('部分登记 1 次（补登后才能判断是否达标）：1月23日');
    expect(branch.textContent).toContain('低于 80% 的活动：1月9日（到会率 60%）、1月23日（到会率 33.3%）');
    expect(branch.textContent).toContain('当前活动：2月13日 学习教育日');
    expect(fake.activeSheetName()).toBe('党员花名册');
    const syncs = fake.syncCount;
    await act(async () => {
      fireEvent.click(within(branch).getByRole('button', { name: '打开出勤登记（2月13日 活动）' }));
    });
    await waitFor(() => expect(fake.selection()).toEqual({ sheet: '出勤-机关第一党支部', address: 'L7' }));
    expect(fake.activeSheetName()).toBe('出勤-机关第一党支部');
    // One Excel.run, one sync: activate and select go together.
    expect(fake.syncCount).toBe(syncs + 1);
    // The outcome shows under the button that ran it, in that branch, and takes the focus.
    const opened = await within(branch).findByRole('status');
    expect(opened.textContent).toContain('已打开“出勤-机关第一党支部”并选中 L7，可以开始登记。');
    expect(opened.parentElement).toBe(document.activeElement);
  });

  it('检查 selects each item’s cell or row with its own 定位 link', async () => {
    setUpWorkbook();
    fake.addSheet('党员名册');
    jest.mocked(checkWorkbook).mockResolvedValue({
      year: 2026,
      asOf: '2026-01-30' as never,
      items: [
        {
          source: 'warning',
          code: 'below-threshold',
          severity: 'warning',
          message: '机关第一党支部 2026年1月9日 到会率 60%，低于 80%。',
          branch: ONE,
          location: { sheet: '活动安排', row: 4, cell: 'A4' },
        },
        {
          source: 'warning',
          code: 'unrecorded',
          severity: 'warning',
          message: '机关第一党支部 2026年1月23日 有 9 人未登记出勤。',
          branch: ONE,
          location: { sheet: '出勤-机关第一党支部', cell: 'K4' },
        },
        {
          source: 'problem',
          code: 'sheet-problem',
          severity: 'error',
          message: '第 5 行没有姓名。',
          location: { sheet: '党员名册', row: 5 },
        },
      ],
      counts: { 'below-threshold': 1, unrecorded: 1, 'sheet-problem': 1 },
    });
    await renderExcelMode();
    const step = await screen.findByRole('region', { name: zh.checkHeading });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: zh.checkRun }));
    });
    const list = await within(step).findByRole('group', { name: '检查结果' });
    // The text location stays; each link is named by where it goes. Groups of one start open, in
    // the pane's order of kinds (sheet problems first), each item keeping its link.
    expect(list.textContent).toContain('位置：「活动安排」A4');
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['必须处理：工作表内容有误 1 项', '到会率低于要求 1 项', '未登记出勤 1 项']);
    const links = within(list).getAllByRole('button', { name: /^定位到/ });
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([
      '定位到「党员名册」第 5 行',
      '定位到「活动安排」A4',
      '定位到「出勤-机关第一党支部」K4',
    ]);
    expect(links.every((link) => link.textContent === '定位')).toBe(true);
    await act(async () => {
      fireEvent.click(within(list).getByRole('button', { name: '定位到「出勤-机关第一党支部」K4' }));
    });
    await waitFor(() => expect(fake.selection()).toEqual({ sheet: '出勤-机关第一党支部', address: 'K4' }));
    await act(async () => {
      fireEvent.click(within(list).getByRole('button', { name: '定位到「党员名册」第 5 行' }));
    });
    await waitFor(() => expect(fake.selection()).toEqual({ sheet: '党员名册', address: '5:5' }));
    expect(fake.activeSheetName()).toBe('党员名册');
  });

  it('says what to do when the sheet to select is gone', async () => {
    setUpWorkbook();
    const gone = status();
    gone.branches[0].current = { ...gone.branches[0].current!, sheet: '出勤-已改名' };
    jest.mocked(attendanceStatus).mockResolvedValue(gone);
    await renderExcelMode();
    const step = await screen.findByRole('region', { name: zh.attendanceHeading });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '查看登记情况' }));
    });
    // Found outside act: inside it React holds the re-render that adds the button until act ends.
    const open = await within(step).findByRole('button', { name: '打开出勤登记（2月13日 活动）' });
    await act(async () => {
      fireEvent.click(open);
    });
    const alert = await within(step).findByRole('alert');
    expect(alert.textContent).toContain(excelStrings.itemNotFound);
    expect(fake.selection()).toBeNull();
  });

  it('节假日 writes a day through the action and says to generate the schedule again', async () => {
    setUpWorkbook();
    jest.mocked(addManualHoliday).mockImplementation(async (port) => {
      ports.push(port);
      return {
        entry: { date: '2026-03-13' as never, action: 'working', name: '补班' },
        replaced: null,
        sheet: '节假日',
        report: { sheets: [{ kind: 'holidays', name: '节假日', created: false }], notices: [] },
        moved: [
          { branch: ONE, activityId: '2026-03-1', from: '2026-03-16' as never, to: '2026-03-13' as never },
        ],
      };
    });
    await renderExcelMode();
    const step = await screen.findByRole('region', { name: zh.holidaysHeading });
    const form = within(step).getByRole('group', { name: '添加或删除一天' });
    fireEvent.change(within(form).getByLabelText('日期（YYYY-MM-DD）'), { target: { value: '2026-03-13' } });
    fireEvent.click(within(form).getByRole('radio', { name: '调休上班' }));
    fireEvent.change(within(form).getByLabelText('名称'), { target: { value: '补班' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: '写入节假日表' }));
    });
    await waitFor(() => expect(addManualHoliday).toHaveBeenCalledTimes(1));
    expect(jest.mocked(addManualHoliday).mock.calls[0].slice(1)).toEqual([
      2026,
      { date: '2026-03-13', action: 'working', name: '补班' },
    ]);
    expect(ports.at(-1)).toHaveProperty('capabilities');
    const done = await within(form).findByRole('status');
    expect(done.textContent).toContain('已在“节假日”表写入：2026-03-13 调休上班（补班），来源“手工”。');
    expect(done.textContent).toContain('请到“生成活动安排”预览并写入');
    expect(
      within(done)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['机关第一党支部：2026-03-16 改为 2026-03-13']);
  });

  it('节假日 refuses a bad date with the action’s own message', async () => {
    setUpWorkbook();
    const actual = jest.requireActual('../../src/app/holidays') as typeof import('../../src/app/holidays');
    jest.mocked(addManualHoliday).mockImplementation(actual.addManualHoliday);
    await renderExcelMode();
    const step = await screen.findByRole('region', { name: zh.holidaysHeading });
    const form = within(step).getByRole('group', { name: '添加或删除一天' });
    fireEvent.change(within(form).getByLabelText('日期（YYYY-MM-DD）'), { target: { value: '3月13' } });
    fireEvent.change(within(form).getByLabelText('名称'), { target: { value: '运动会' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: '写入节假日表' }));
    });
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('日期“3月13”无法识别，请写成 2027-02-05 这样的日期。');
  });
});
