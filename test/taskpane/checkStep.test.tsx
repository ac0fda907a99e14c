/**
 * @jest-environment jsdom
 */
/**
 * 检查 with its result grouped by kind: a heading per code with its count, small groups open and a
 * year's 60 未登记出勤 folded, every item and its 定位 link still there once opened, the headers
 * plain buttons a keyboard reaches. checkWorkbook is mocked at the src/app boundary.
 */
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { CheckItem, CheckResult } from '../../src/app/check';
import type { WorkbookPort } from '../../src/app/port';
import type { WorkbookInfo } from '../../src/app/workbookInfo';
import { paneStrings } from '../../src/strings';
import type { WorkbookAccess } from '../../src/taskpane/workflow/access';
import { CheckStep, groupCheckItems } from '../../src/taskpane/workflow/CheckStep';
import { RunnerProvider } from '../../src/taskpane/workflow/runner';
import { defaultSettings } from '../../src/workbook/sheets/settings';

jest.mock('../../src/app/check', () => ({ checkWorkbook: jest.fn() }));

import { checkWorkbook } from '../../src/app/check';

configure({ asyncUtilTimeout: 5_000 });
jest.setTimeout(30_000);

const zh = paneStrings('zh');
const BRANCHES = ['机关第一党支部', '机关第二党支部', '离退休党支部'];
const settings = defaultSettings(2026, '测试局', BRANCHES);
const info: WorkbookInfo = {
  settings,
  sheetNames: ['设置', '活动安排', ...BRANCHES.map((b) => `出勤-${b}`)],
  userSheets: [],
  rosterSheet: null,
  rosterBranches: [],
  memberCount: 45,
  problems: [],
};

/** A year's check: 20 activities × 3 branches without records, one activity under 80 %, one month short. */
function yearResult(): CheckResult {
  const unrecorded: CheckItem[] = BRANCHES.flatMap((branch) =>
    Array.from({ length: 20 }, (_, i) => ({
      source: 'warning' as const,
      code: 'unrecorded' as const,
      severity: 'warning' as const,
      message: `${branch} 第 ${i + 5} 次活动有 15 人未登记出勤；请补登。`,
      branch,
      location: {
        sheet: `出勤-${branch}`,
        cell: `${String.fromCharCode(75 + (i % 10))}${7 + Math.floor(i / 10)}`,
      },
    })),
  );
  const below: CheckItem = {
    source: 'warning',
    code: 'below-threshold',
    severity: 'warning',
    message: '机关第二党支部 2026年2月14日 到会率 60%，低于 80%。',
    branch: '机关第二党支部',
    location: { sheet: '活动安排', row: 28, cell: 'A28' },
  };
  const short: CheckItem = {
    source: 'warning',
    code: 'month-short',
    severity: 'warning',
    message: '离退休党支部 2026年10月安排活动 1 次，少于每月至少 2 次的要求；请补充安排活动。',
    branch: '离退休党支部',
    location: null,
  };
  // The engine's order: unrecorded items come first here, the groups must still put them last.
  const items = [...unrecorded.slice(0, 30), below, ...unrecorded.slice(30), short];
  return {
    year: 2026,
    asOf: '2026-12-28' as never,
    items,
    counts: { unrecorded: 60, 'below-threshold': 1, 'month-short': 1 },
  };
}

function renderCheck(select?: jest.Mock, now = new Date('2026-03-20T10:00:00+08:00')) {
  const access: WorkbookAccess = {
    run: (action) => action({} as WorkbookPort),
    canDownload: select === undefined,
    ...(select === undefined ? {} : { select }),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <RunnerProvider>
        <CheckStep
          strings={zh}
          access={access}
          info={info}
          refresh={() => Promise.resolve()}
          now={() => now}
        />
      </RunnerProvider>
    </FluentProvider>,
  );
  return screen.getByRole('region', { name: '检查' });
}

async function runCheck(step: HTMLElement): Promise<HTMLElement> {
  await act(async () => {
    fireEvent.click(within(step).getByRole('button', { name: '检查工作簿' }));
  });
  return within(step).findByRole('group', { name: '检查结果' });
}

afterEach(() => jest.clearAllMocks());

describe('groupCheckItems', () => {
  it('groups by code in the pane’s order, keeping every item and the engine’s order inside a group', () => {
    const { items } = yearResult();
    const groups = groupCheckItems(items);
    expect(groups.map((g) => [g.code, g.items.length])).toEqual([
      ['below-threshold', 1],
      ['month-short', 1],
      ['unrecorded', 60],
    ]);
    expect(groups.flatMap((g) => g.items)).toHaveLength(items.length);
    expect(groups[2].items).toEqual(items.filter((item) => item.code === 'unrecorded'));
    expect(groupCheckItems([])).toEqual([]);
  });
});

describe('检查 and the pane’s today', () => {
  it('checks the records as complete up to the pane’s today', async () => {
    jest.mocked(checkWorkbook).mockResolvedValue(yearResult());
    // Local wall-clock time, so both jest time zones see 28 December 2026.
    const step = renderCheck(undefined, new Date(2026, 11, 28, 8, 30));
    await runCheck(step);
    expect(jest.mocked(checkWorkbook).mock.calls).toHaveLength(1);
    expect(jest.mocked(checkWorkbook).mock.calls[0][1]).toBe('2026-12-28');
  });
});

describe('检查 grouped by kind', () => {
  it('heads each kind with its count, folds the 60 未登记出勤 and opens them on request', async () => {
    jest.mocked(checkWorkbook).mockResolvedValue(yearResult());
    const step = renderCheck(jest.fn().mockResolvedValue(undefined));
    const results = await runCheck(step);
    expect(within(step).getByText('发现 62 项需要关注：')).toBeTruthy();
    const headings = within(results).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      '到会率低于要求 1 项',
      '每月活动次数不足 1 项',
      '未登记出勤 60 项',
    ]);
    // Each heading holds a plain button: in the tab order, saying whether its items are shown.
    const toggles = headings.map((h) => within(h).getByRole('button'));
    expect(
      toggles.map((b) => [b.tagName, b.getAttribute('tabindex'), b.getAttribute('aria-expanded')]),
    ).toEqual([
      ['BUTTON', null, 'true'],
      ['BUTTON', null, 'true'],
      ['BUTTON', null, 'false'],
    ]);
    expect(within(results).getByRole('list', { name: '到会率低于要求 1 项' }).textContent).toContain(
      '位置：「活动安排」A28',
    );
    expect(within(results).queryByRole('list', { name: '未登记出勤 60 项' })).toBeNull();
    // The button controls its group's items, kept in the page but hidden while folded.
    const panel = document.getElementById(toggles[2].getAttribute('aria-controls') ?? '');
    expect(panel?.hidden).toBe(true);
    expect(panel?.querySelectorAll('li')).toHaveLength(60);

    toggles[2].focus();
    expect(document.activeElement).toBe(toggles[2]);
    await act(async () => {
      fireEvent.click(toggles[2]);
    });
    const unrecorded = await within(results).findByRole('list', { name: '未登记出勤 60 项' });
    expect(toggles[2].getAttribute('aria-expanded')).toBe('true');
    expect(panel?.hidden).toBe(false);
    const items = within(unrecorded).getAllByRole('listitem');
    expect(items).toHaveLength(60);
    const expected = yearResult().items.filter((item) => item.code === 'unrecorded');
    expect(items.map((li) => li.querySelector('span')?.textContent)).toEqual(expected.map((i) => i.message));
    // Every item keeps its place and its own 定位 link, named by where it goes.
    const links = within(unrecorded).getAllByRole('button');
    expect(links).toHaveLength(60);
    expect(links[0].getAttribute('aria-label')).toBe('定位到「出勤-机关第一党支部」K7');
    expect(links[59].getAttribute('aria-label')).toBe('定位到「出勤-离退休党支部」T8');
    expect(new Set(links.map((l) => l.getAttribute('aria-label'))).size).toBe(60);
    // All items of the check are in the lists once every group is open.
    expect(within(results).getAllByRole('listitem')).toHaveLength(62);

    await act(async () => {
      fireEvent.click(toggles[0]);
    });
    expect(toggles[0].getAttribute('aria-expanded')).toBe('false');
    await waitFor(() =>
      expect(within(results).queryByRole('list', { name: '到会率低于要求 1 项' })).toBeNull(),
    );
  });

  it('selects an item’s cell from inside a folded group once opened', async () => {
    jest.mocked(checkWorkbook).mockResolvedValue(yearResult());
    const select = jest.fn().mockResolvedValue(undefined);
    const step = renderCheck(select);
    const results = await runCheck(step);
    await act(async () => {
      fireEvent.click(within(results).getByRole('button', { name: '未登记出勤 60 项' }));
    });
    await act(async () => {
      fireEvent.click(
        await within(results).findByRole('button', { name: '定位到「出勤-机关第二党支部」L7' }),
      );
    });
    await waitFor(() => expect(select).toHaveBeenCalledWith('出勤-机关第二党支部', 'L7'));
    // The outcome shows under the item whose link ran it, and takes the focus.
    const item = (
      await within(results).findByRole('button', { name: '定位到「出勤-机关第二党支部」L7' })
    ).closest('li')!;
    const located = await within(item as HTMLElement).findByRole('status');
    expect(located.textContent).toContain('已选中「出勤-机关第二党支部」L7。');
    expect(located.parentElement).toBe(document.activeElement);
  });

  it('in file mode names each place as text, without links', async () => {
    jest.mocked(checkWorkbook).mockResolvedValue(yearResult());
    const step = renderCheck();
    const results = await runCheck(step);
    await act(async () => {
      fireEvent.click(within(results).getByRole('button', { name: '未登记出勤 60 项' }));
    });
    const unrecorded = await within(results).findByRole('list', { name: '未登记出勤 60 项' });
    expect(unrecorded.textContent).toContain('位置：「出勤-离退休党支部」T8');
    expect(within(unrecorded).queryByRole('button')).toBeNull();
  });

  it('opens the groups of the new result when the check runs again', async () => {
    jest.mocked(checkWorkbook).mockResolvedValueOnce(yearResult());
    const step = renderCheck();
    let results = await runCheck(step);
    await act(async () => {
      fireEvent.click(within(results).getByRole('button', { name: '到会率低于要求 1 项' }));
    });
    expect(
      within(results).getByRole('button', { name: '到会率低于要求 1 项' }).getAttribute('aria-expanded'),
    ).toBe('false');
    const fewer = yearResult();
    fewer.items = fewer.items.filter((item) => item.code !== 'month-short');
    jest.mocked(checkWorkbook).mockResolvedValueOnce(fewer);
    results = await runCheck(step);
    await waitFor(() => expect(within(step).getByText('发现 61 项需要关注：')).toBeTruthy());
    expect(
      within(results).getByRole('button', { name: '到会率低于要求 1 项' }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(within(results).queryByRole('heading', { name: /每月活动次数不足/ })).toBeNull();
  });

  it('says so when nothing needs attention', async () => {
    jest
      .mocked(checkWorkbook)
      .mockResolvedValue({ year: 2026, asOf: '2026-12-28' as never, items: [], counts: {} });
    const step = renderCheck();
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '检查工作簿' }));
    });
    expect(await within(step).findByText('未发现问题。')).toBeTruthy();
    expect(within(step).queryByRole('group', { name: '检查结果' })).toBeNull();
  });
});
