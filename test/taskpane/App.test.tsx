/**
 * @jest-environment jsdom
 */
import './textEncoder';
import { act, configure, fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import { paneStrings } from '../../src/strings';
import { App } from '../../src/taskpane/App';
import type { HostInfo } from '../../src/taskpane/host';
import { createFakeExcel } from '../fakes/excel';
import { useThemeKind, type OfficeThemeColors } from '../../src/taskpane/theme';

// The modes' sections are loaded on demand (React.lazy): their first render waits for the import.
configure({ asyncUtilTimeout: 10_000 });

const zh = paneStrings('zh');
const noTheme = (): OfficeThemeColors | undefined => undefined;
const STEP_NAMES = [
  '设置工作簿',
  '导入党员',
  '节假日',
  '生成活动安排',
  '出勤登记',
  '月度汇总',
  '年度汇总',
  '检查',
  '汇总多个支部',
];

function renderApp(host: HostInfo, initialView: 'overview' | 'file' = 'overview') {
  return render(<App host={host} strings={zh} initialView={initialView} readOfficeTheme={noTheme} />);
}

function stepNames(): string[] {
  const steps = screen.getByRole('region', { name: '工作步骤' });
  return within(steps)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.fui-Body1Strong')?.textContent ?? '');
}

describe('App inside Excel', () => {
  let restore: () => void = () => undefined;
  beforeEach(() => {
    const fake = createFakeExcel();
    fake.addSheet('党员花名册');
    fake.setValues('党员花名册', 'A1', [
      ['姓名', '党支部'],
      ['李建国', '机关第一党支部'],
    ]);
    restore = fake.installGlobals();
  });
  afterEach(() => restore());

  it('reads the open workbook through Office.js and shows the steps to run on it', async () => {
    renderApp({ kind: 'excel' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('党员固定活动日助手');
    const setup = await screen.findByRole('region', { name: '设置工作簿' });
    expect(within(setup).getByRole('button', { name: '设置工作簿' })).toBeTruthy();
    // The user's own sheet, read from the (fake) live workbook, is offered for import.
    const importStep = screen.getByRole('region', { name: '导入党员' });
    const sheet = within(importStep).getByRole('combobox', { name: '从哪里导入' }) as HTMLSelectElement;
    expect([...sheet.options].map((option) => option.text)).toEqual(['党员花名册']);
    expect(sheet.value).toBe('党员花名册');
    // The overview gives way to the working steps.
    expect(screen.queryByRole('region', { name: '工作步骤' })).toBeNull();
  });

  it('says nothing about browsers or file mode, and offers no download', async () => {
    renderApp({ kind: 'excel' }, 'file');
    await screen.findByRole('region', { name: '设置工作簿' });
    expect(screen.queryByText('未在 Excel 中运行')).toBeNull();
    expect(screen.queryByRole('heading', { name: '文件模式' })).toBeNull();
    expect(screen.queryByRole('button', { name: '打开工作簿（.xlsx）' })).toBeNull();
    expect(screen.queryByRole('button', { name: '下载处理后的工作簿' })).toBeNull();
  });
});

describe('App in a plain browser', () => {
  it('says it is not running in Excel and offers file mode', () => {
    renderApp({ kind: 'browser', reason: 'no-host' });
    expect(screen.getByText('未在 Excel 中运行')).toBeTruthy();
    expect(screen.getByRole('button', { name: '使用文件模式' })).toBeTruthy();
    expect(stepNames()).toEqual(STEP_NAMES);
  });

  it('leads to the file mode section, with its open and new buttons', async () => {
    renderApp({ kind: 'browser', reason: 'no-office-js' });
    fireEvent.click(screen.getByRole('button', { name: '使用文件模式' }));
    const heading = await screen.findByRole('heading', { level: 2, name: '文件模式' });
    expect(document.activeElement).toBe(heading);
    const section = screen.getByRole('region', { name: '文件模式' });
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '打开 .xlsx 工作簿；',
      '依次完成下面的工作步骤；',
      '下载处理后的工作簿，用 Excel 或 WPS 打开、打印。',
    ]);
    // File mode offers to open a workbook or start a new one; the overview of steps gives way to it.
    expect(within(section).getByRole('button', { name: '打开工作簿（.xlsx）' })).toBeTruthy();
    expect(within(section).getByRole('button', { name: '新建空白工作簿' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: '工作步骤' })).toBeNull();
    expect(screen.queryByText('未在 Excel 中运行')).toBeNull();
  });

  it('opens straight in file mode for ?mode=file, without stealing focus', async () => {
    renderApp({ kind: 'browser', reason: 'no-host' }, 'file');
    const heading = await screen.findByRole('heading', { level: 2, name: '文件模式' });
    expect(document.activeElement).not.toBe(heading);
    expect(screen.queryByRole('button', { name: '使用文件模式' })).toBeNull();
  });

  it('renders the English table when given it', () => {
    render(
      <App
        host={{ kind: 'browser', reason: 'no-host' }}
        strings={paneStrings('en')}
        initialView="overview"
        readOfficeTheme={noTheme}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Party Members’ Fixed Activity Day Assistant',
    );
    expect(screen.getByRole('button', { name: 'Use file mode' })).toBeTruthy();
  });
});

describe('useThemeKind', () => {
  it("takes Office's theme and reads it again when the pane regains focus", () => {
    let officeTheme: OfficeThemeColors = { bodyBackgroundColor: '#262626', isDarkTheme: true };
    const read = () => officeTheme;
    const { result } = renderHook(() => useThemeKind(read));
    expect(result.current).toBe('dark');

    officeTheme = { bodyBackgroundColor: '#FFFFFF', isDarkTheme: false };
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(result.current).toBe('light');
  });

  it('follows prefers-color-scheme when Office gives no theme', () => {
    let dark = true;
    const listeners: Array<() => void> = [];
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      get matches() {
        return query === '(prefers-color-scheme: dark)' && dark;
      },
      media: query,
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
    try {
      const { result } = renderHook(() => useThemeKind(noTheme));
      expect(result.current).toBe('dark');
      dark = false;
      act(() => listeners.forEach((listener) => listener()));
      expect(result.current).toBe('light');
    } finally {
      window.matchMedia = original;
    }
  });

  it('is light in a browser that cannot tell (no matchMedia, no Office)', () => {
    const { result } = renderHook(() => useThemeKind(noTheme));
    expect(result.current).toBe('light');
  });
});
