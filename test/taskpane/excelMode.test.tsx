/**
 * @jest-environment jsdom
 */
/**
 * The pane inside Excel with the app actions mocked at the src/app boundary, on the fake Office.js
 * globals: every action runs in its own Excel.run through runExcelAction, the port's notes about
 * this Excel's missing features reach the outcome, and Excel's errors are shown in Chinese.
 */
import './textEncoder';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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

import { readWorkbookInfo } from '../../src/app/workbookInfo';
import { generateWorkbook, type GenerateResult } from '../../src/app/generate';
import { writeSummarySheets } from '../../src/app/summaries';

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
    problems: [],
    warnings: [],
  } as GenerateResult;
}

function renderExcelMode() {
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelModeSection strings={zh} />
    </FluentProvider>,
  );
}

async function fillSetupAndRun(): Promise<HTMLElement> {
  const setup = await screen.findByRole('region', { name: '设置工作簿' });
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
    renderExcelMode();
    const importStep = await screen.findByRole('region', { name: '导入党员' });
    expect(within(importStep).getByRole('combobox').textContent).toBe('党员花名册');
    expect(readWorkbookInfo).toHaveBeenCalledTimes(1);
    expect((ports[0] as ExcelWorkbookPort).capabilities).toBeDefined();
    expect(fake.host.syncCount).toBe(1);
    // No file to open or download: the workbook is the live one.
    expect(screen.queryByRole('button', { name: '下载处理后的工作簿' })).toBeNull();
    expect(screen.queryByRole('button', { name: '打开工作簿（.xlsx）' })).toBeNull();
  });

  it('runs a step through Excel and shows the port’s notes in the outcome', async () => {
    renderExcelMode();
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
      memberCount: 15,
      problems: [],
    });
    jest.mocked(writeSummarySheets).mockResolvedValue({
      report: {
        sheets: [{ kind: 'monthly', name: '月度汇总', created: true }],
        notices: [PRINT_NOTE, excelStrings.noPageBreaks],
      },
    } as Awaited<ReturnType<typeof writeSummarySheets>>);
    renderExcelMode();
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
    renderExcelMode();
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
    renderExcelMode();
    const setup = await fillSetupAndRun();
    const alert = await within(setup).findByRole('alert');
    expect(alert.textContent).toContain('未能完成');
    expect(alert.textContent).toContain('工作表“活动安排”受保护，请在“审阅”中撤消工作表保护后重试。');
  });

  it('says what to do when the workbook cannot be read, and reads it again on request', async () => {
    fake.injectErrorOnNextSync('GeneralException');
    renderExcelMode();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Excel 未能完成操作');
    expect(alert.textContent).toContain('请保存工作簿，关闭后重新打开再试');
    expect(screen.queryByRole('region', { name: '设置工作簿' })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '重新读取工作簿' }));
    });
    expect(await screen.findByRole('region', { name: '设置工作簿' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
