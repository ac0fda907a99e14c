/**
 * @jest-environment jsdom
 */
/**
 * The steps' choices are native <select>s (Fluent's Select, not its Dropdown: 37 KB gzip less in
 * the first bundle). Each is named by its field's label, shows the current choice, lists the
 * options by their Chinese text, and what the user picks reaches the action — with the app actions
 * mocked at the src/app boundary.
 */
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { WorkbookPort } from '../../src/app/port';
import type { WorkbookInfo } from '../../src/app/workbookInfo';
import { paneStrings } from '../../src/strings';
import { ImportStep } from '../../src/taskpane/workflow/ImportStep';
import { RunnerProvider } from '../../src/taskpane/workflow/runner';
import { SetupStep } from '../../src/taskpane/workflow/SetupStep';
import type { StepProps } from '../../src/taskpane/workflow/stepProps';
import { SummaryStep } from '../../src/taskpane/workflow/SummaryStep';
import { defaultSettings, type WorkbookSettings } from '../../src/workbook/sheets/settings';

jest.mock('../../src/app/generate', () => {
  const actual = jest.requireActual('../../src/app/generate');
  return { ...actual, generateWorkbook: jest.fn() };
});
jest.mock('../../src/app/summaries', () => {
  const actual = jest.requireActual('../../src/app/summaries');
  return { ...actual, writeSummarySheets: jest.fn() };
});
jest.mock('../../src/app/importPreview', () => {
  const actual = jest.requireActual('../../src/app/importPreview');
  return { ...actual, previewSheetImport: jest.fn() };
});

import { generateWorkbook, type GenerateResult } from '../../src/app/generate';
import { previewSheetImport } from '../../src/app/importPreview';
import { writeSummarySheets } from '../../src/app/summaries';

configure({ asyncUtilTimeout: 5_000 });
jest.setTimeout(30_000);

const zh = paneStrings('zh');
const PORT = {} as WorkbookPort;

function infoOf(settings: WorkbookSettings | null, userSheets: string[] = []): WorkbookInfo {
  return {
    settings,
    sheetNames: userSheets,
    userSheets,
    rosterSheet: userSheets.includes('党员花名册') ? '党员花名册' : null,
    rosterBranches: [],
    memberCount: 0,
    problems: [],
  };
}

function propsOf(info: WorkbookInfo): StepProps {
  return {
    strings: zh,
    access: { run: (action) => action(PORT), canDownload: true },
    info,
    refresh: () => Promise.resolve(),
    now: () => new Date('2026-03-20T10:00:00+08:00'),
  };
}

function inPane(step: ReactElement): ReactElement {
  return (
    <FluentProvider theme={webLightTheme}>
      <RunnerProvider>{step}</RunnerProvider>
    </FluentProvider>
  );
}

/** The select named `name` (its field's label), as the native element. */
function select(scope: HTMLElement, name: string): HTMLSelectElement {
  const element = within(scope).getByRole('combobox', { name });
  expect(element.tagName).toBe('SELECT');
  return element as HTMLSelectElement;
}

const optionTexts = (element: HTMLSelectElement) => [...element.options].map((option) => option.text);
const shown = (element: HTMLSelectElement) => element.options[element.selectedIndex]?.text;

afterEach(() => jest.clearAllMocks());

describe('设置工作簿 choices', () => {
  it('shows the settings’ weekday, reading and holiday policy, and sets up with what is picked', async () => {
    jest.mocked(generateWorkbook).mockImplementation(async (_port, request) => {
      const settings = request?.settings;
      if (settings === undefined) throw new Error('设置工作簿 passes the settings of its form');
      return {
        report: { sheets: [{ kind: 'settings', name: '设置', created: true }], notices: [] },
        settings,
        memberCount: 0,
        activityCount: 24,
        cancelledCount: 0,
        missingMembers: [],
        branchImport: null,
        emptyBranches: [],
        problems: [],
        warnings: [],
      } as GenerateResult;
    });
    const settings = defaultSettings(2026, '测试局', ['机关第一党支部']);
    render(inPane(<SetupStep {...propsOf(infoOf(settings))} />));
    const step = screen.getByRole('region', { name: '设置工作簿' });

    const weekday = select(step, '活动日');
    expect(optionTexts(weekday)).toEqual([
      '星期一',
      '星期二',
      '星期三',
      '星期四',
      '星期五',
      '星期六',
      '星期日',
    ]);
    expect(shown(weekday)).toBe('星期五');
    const reading = select(step, '“第几周”的理解');
    expect(optionTexts(reading)).toEqual(['当月第几个该星期几', '当月第几个日历周中的该日']);
    expect(shown(reading)).toBe('当月第几个该星期几');
    const policy = select(step, '遇节假日');
    expect(optionTexts(policy)).toEqual(['顺延', '提前']);
    expect(shown(policy)).toBe('顺延');

    fireEvent.change(weekday, { target: { value: '3' } });
    fireEvent.change(reading, { target: { value: 'calendar-week' } });
    fireEvent.change(policy, { target: { value: 'advance' } });
    expect([shown(weekday), shown(reading), shown(policy)]).toEqual([
      '星期三',
      '当月第几个日历周中的该日',
      '提前',
    ]);

    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '设置工作簿' }));
    });
    await within(step).findByText(/已设置 2026 年度工作簿/);
    expect(generateWorkbook).toHaveBeenCalledTimes(1);
    const written = jest.mocked(generateWorkbook).mock.calls[0][1]?.settings;
    expect(written).toMatchObject({ year: 2026, weekday: 3, reading: 'calendar-week', policy: 'advance' });
    expect(written?.branches.map((b) => b.name)).toEqual(['机关第一党支部']);
  });
});

describe('月度汇总 / 年度汇总 choices', () => {
  const twoBranches = defaultSettings(2026, '测试局', ['机关第一党支部', '机关第二党支部']);

  beforeEach(() => {
    jest.mocked(writeSummarySheets).mockResolvedValue({
      report: { sheets: [{ kind: 'monthly', name: '月度汇总', created: true }], notices: [] },
      summary: { settings: defaultSettings(2026), monthly: { branches: [] }, annual: { branches: [] } },
    } as unknown as Awaited<ReturnType<typeof writeSummarySheets>>);
  });

  async function runSummary(step: HTMLElement, times: number): Promise<void> {
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: zh.summaryRun }));
    });
    await waitFor(() => expect(writeSummarySheets).toHaveBeenCalledTimes(times));
    await within(step).findByRole('status');
  }

  it('writes the month and branch picked, then the year without a month', async () => {
    render(inPane(<SummaryStep {...propsOf(infoOf(twoBranches))} />));
    const step = screen.getByRole('region', { name: zh.summaryHeading });

    const kind = select(step, '汇总期间');
    expect(optionTexts(kind)).toEqual(['月度', '年度']);
    expect(shown(kind)).toBe('月度');
    const month = select(step, '月份');
    expect(optionTexts(month)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1} 月`));
    const branch = select(step, '党支部');
    expect(optionTexts(branch)).toEqual(['全部党支部', '机关第一党支部', '机关第二党支部']);
    expect(shown(branch)).toBe('全部党支部');

    fireEvent.change(month, { target: { value: '2' } });
    fireEvent.change(branch, { target: { value: '机关第二党支部' } });
    expect([shown(month), shown(branch)]).toEqual(['2 月', '机关第二党支部']);
    await runSummary(step, 1);
    expect(jest.mocked(writeSummarySheets).mock.calls[0][1]).toMatchObject({
      period: { kind: 'month', year: 2026, month: 2 },
      branch: '机关第二党支部',
    });

    fireEvent.change(kind, { target: { value: 'year' } });
    expect(shown(kind)).toBe('年度');
    expect(within(step).queryByRole('combobox', { name: '月份' })).toBeNull();
    fireEvent.change(branch, { target: { value: '' } });
    await runSummary(step, 2);
    const request = jest.mocked(writeSummarySheets).mock.calls[1][1];
    expect(request.period).toEqual({ kind: 'year', year: 2026 });
    expect(request.branch).toBeUndefined();
  });

  it('opens on the month of the pane’s today and dates the summary by it', async () => {
    // Local wall-clock time, so both jest time zones see 7 November 2026, 09:05.
    const now = new Date(2026, 10, 7, 9, 5);
    render(inPane(<SummaryStep {...propsOf(infoOf(twoBranches))} now={() => now} />));
    const step = screen.getByRole('region', { name: zh.summaryHeading });
    expect(shown(select(step, '月份'))).toBe('11 月');
    await runSummary(step, 1);
    expect(jest.mocked(writeSummarySheets).mock.calls[0][1]).toMatchObject({
      period: { kind: 'month', year: 2026, month: 11 },
      asOf: '2026-11-07',
      generatedAt: '2026-11-07 09:05',
    });
  });

  it('falls back to 全部党支部 when the branch picked is no longer in 设置', async () => {
    const view = render(inPane(<SummaryStep {...propsOf(infoOf(twoBranches))} />));
    const step = screen.getByRole('region', { name: zh.summaryHeading });
    fireEvent.change(select(step, '党支部'), { target: { value: '机关第二党支部' } });
    expect(shown(select(step, '党支部'))).toBe('机关第二党支部');

    const renamed = defaultSettings(2026, '测试局', ['机关第一党支部', '离退休党支部']);
    view.rerender(inPane(<SummaryStep {...propsOf(infoOf(renamed))} />));
    const branch = select(step, '党支部');
    expect(optionTexts(branch)).toEqual(['全部党支部', '机关第一党支部', '离退休党支部']);
    expect(shown(branch)).toBe('全部党支部');
    await runSummary(step, 1);
    expect(jest.mocked(writeSummarySheets).mock.calls[0][1].branch).toBeUndefined();
  });
});

describe('导入党员 sheet choice', () => {
  it('offers the user’s sheets with the roster chosen, and previews the sheet picked', async () => {
    jest.mocked(previewSheetImport).mockResolvedValue(null);
    render(inPane(<ImportStep {...propsOf(infoOf(null, ['工作台账', '党员花名册', '党费']))} />));
    const step = screen.getByRole('region', { name: '导入党员' });
    const sheet = select(step, '从哪里导入');
    expect(optionTexts(sheet)).toEqual(['工作台账', '党员花名册', '党费']);
    expect(shown(sheet)).toBe('党员花名册');

    fireEvent.change(sheet, { target: { value: '党费' } });
    expect(shown(sheet)).toBe('党费');
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '预览导入' }));
    });
    await waitFor(() => expect(previewSheetImport).toHaveBeenCalledTimes(1));
    expect(jest.mocked(previewSheetImport).mock.calls[0]).toEqual([
      PORT,
      '党费',
      { settingsBranches: undefined },
    ]);
  });
});
