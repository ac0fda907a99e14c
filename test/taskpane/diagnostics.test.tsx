/**
 * @jest-environment jsdom
 */
/**
 * 关于与诊断: folded until asked for; then the add-in version, host and platform, Office version and
 * display language, the ExcelApi sets this Excel answers to, the user agent and the last error an
 * action ran into (its time on the pinned clock, the port's code and Excel's), and a button that
 * copies it all — through the Clipboard API, else the selected text — sending nothing anywhere.
 */
import './textEncoder';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ExcelPortError } from '../../src/excel/errors';
import { paneStrings } from '../../src/strings';
import { excelStrings } from '../../src/strings/excel';
import { DiagnosticsSection, type DiagnosticsProps } from '../../src/taskpane/components/DiagnosticsSection';
import type { OfficeFacts } from '../../src/taskpane/diagnostics/collect';
import { copyText } from '../../src/taskpane/diagnostics/copyText';
import { LastErrorProvider } from '../../src/taskpane/diagnostics/lastError';
import { RunnerProvider, useAction } from '../../src/taskpane/workflow/runner';

const zh = paneStrings('zh');
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Edg/126.0';

/** Excel 2021 on Windows: ExcelApi up to 1.14. */
const excel2021: OfficeFacts = {
  diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.14332.20000' },
  displayLanguage: 'zh-CN',
  isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 14,
};

/** An action of the pane that fails the way Excel fails a sync. */
function FailingAction() {
  const action = useAction(zh);
  const fail = () =>
    action.run('写入', async () => {
      throw new ExcelPortError('general', excelStrings.general('GeneralException'), 'GeneralException');
    });
  return <Button onClick={() => void fail()}>失败的操作</Button>;
}

function renderDiagnostics(props: Partial<DiagnosticsProps> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LastErrorProvider>
        <RunnerProvider>
          <FailingAction />
        </RunnerProvider>
        <DiagnosticsSection
          strings={zh}
          readOffice={() => excel2021}
          version="0.1.0"
          userAgent={UA}
          {...props}
        />
      </LastErrorProvider>
    </FluentProvider>,
  );
}

/** The facts shown, as label → value. */
function facts(): Record<string, string> {
  const list = screen.getByRole('region', { name: '关于与诊断' }).querySelector('dl');
  const shown: Record<string, string> = {};
  for (const row of Array.from(list?.children ?? []))
    shown[row.querySelector('dt')?.textContent ?? ''] = row.querySelector('dd')?.textContent ?? '';
  return shown;
}

const open = () => fireEvent.click(screen.getByRole('button', { name: '显示诊断信息' }));

beforeEach(() => {
  // Only the clock is pinned: React and Testing Library keep their real timers.
  jest.useFakeTimers({
    now: new Date(2026, 11, 31, 16, 0, 5),
    doNotFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'setImmediate',
      'queueMicrotask',
      'nextTick',
    ],
  });
});
afterEach(() => jest.useRealTimers());

test('is folded until asked for, then shows where the add-in runs', () => {
  renderDiagnostics();
  const section = screen.getByRole('region', { name: '关于与诊断' });
  expect(within(section).queryByRole('textbox')).toBeNull();
  expect(screen.getByRole('button', { name: '显示诊断信息' }).getAttribute('aria-expanded')).toBe('false');
  open();
  expect(screen.getByRole('button', { name: '收起诊断信息' }).getAttribute('aria-expanded')).toBe('true');
  expect(facts()).toEqual({
    加载项版本: '0.1.0',
    运行环境: 'Excel（PC 平台）',
    'Office 版本': '16.0.14332.20000',
    'Office 显示语言': 'zh-CN',
    '支持的 ExcelApi 要求集': '1.1 至 1.14（共 14 个）',
    浏览器标识: UA,
    最近一次错误: '无',
  });
  expect(within(section).getByText(/本助手不会把它们发送到任何地方/)).toBeTruthy();
});

test('in a browser: no Office, no ExcelApi', () => {
  renderDiagnostics({ readOffice: () => null });
  open();
  expect(facts()).toMatchObject({
    运行环境: '浏览器（未在 Office 中运行）',
    'Office 版本': '未知',
    '支持的 ExcelApi 要求集': '无',
  });
});

test("shows the last action's error with its time and both codes", async () => {
  renderDiagnostics();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '失败的操作' }));
  });
  open();
  await waitFor(() => expect(facts()['最近一次错误']).not.toBe('无'));
  expect(facts()['最近一次错误']).toBe(
    `2026-12-31 16:00:05 ExcelPortError（代码 general，Excel 代码 GeneralException）：${excelStrings.general('GeneralException')}`,
  );
  const text = (screen.getByRole('textbox', { name: '诊断信息（可选中复制）' }) as HTMLTextAreaElement).value;
  expect(text.split('\n')).toEqual([
    '党员固定活动日助手 诊断信息',
    '加载项版本：0.1.0',
    '运行环境：Excel（PC 平台）',
    'Office 版本：16.0.14332.20000',
    'Office 显示语言：zh-CN',
    '支持的 ExcelApi 要求集：1.1 至 1.14（共 14 个）',
    `浏览器标识：${UA}`,
    `最近一次错误：2026-12-31 16:00:05 ExcelPortError（代码 general，Excel 代码 GeneralException）：${excelStrings.general('GeneralException')}`,
  ]);
});

test('copies the text it shows, and says so; when copying fails it says to press Ctrl+C', async () => {
  const copy = jest.fn().mockResolvedValueOnce(true).mockResolvedValueOnce(false);
  const fetchSpy = jest.fn();
  (globalThis as { fetch?: unknown }).fetch = fetchSpy;
  renderDiagnostics({ copy });
  open();
  const textarea = screen.getByRole('textbox', { name: '诊断信息（可选中复制）' }) as HTMLTextAreaElement;
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '复制诊断信息' })));
  expect(copy).toHaveBeenCalledWith(textarea.value, textarea);
  expect(screen.getByRole('status').textContent).toBe('已复制到剪贴板，可粘贴到邮件或消息中。');
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '复制诊断信息' })));
  expect(screen.getByRole('status').textContent).toContain('请按 Ctrl+C');
  expect(fetchSpy).not.toHaveBeenCalled();
  delete (globalThis as { fetch?: unknown }).fetch;
});

test('shows the English table in an English pane', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <DiagnosticsSection
        strings={paneStrings('en')}
        readOffice={() => null}
        version="0.1.0"
        userAgent={UA}
      />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Show diagnostics' }));
  expect(screen.getByRole('region', { name: 'About and diagnostics' })).toBeTruthy();
  expect(screen.getByText('A browser (not in Office)')).toBeTruthy();
});

describe('copyText', () => {
  const textarea = () => {
    const element = document.createElement('textarea');
    element.value = '诊断';
    document.body.append(element);
    return element;
  };
  afterEach(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });

  test('uses the Clipboard API where there is one', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    expect(await copyText('诊断', textarea())).toBe(true);
    expect(writeText).toHaveBeenCalledWith('诊断');
  });

  test('falls back to the selected text and the copy command when the Clipboard API refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: jest.fn().mockRejectedValue(new Error('NotAllowedError')) },
      configurable: true,
    });
    const execCommand = jest.fn().mockReturnValue(true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const element = textarea();
    expect(await copyText('诊断', element)).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect([element.selectionStart, element.selectionEnd]).toEqual([0, 2]);
    execCommand.mockReturnValue(false);
    expect(await copyText('诊断', element)).toBe(false);
  });
});
