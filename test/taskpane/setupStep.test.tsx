/**
 * @jest-environment jsdom
 */
/**
 * 设置工作簿's 党支部 field is tall enough for every branch: at 320 px Fluent's default two rows
 * scrolled the first branch out of sight (the end-to-end screenshots show the field as rendered).
 */
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { WorkbookPort } from '../../src/app/port';
import { paneStrings } from '../../src/strings';
import { RunnerProvider } from '../../src/taskpane/workflow/runner';
import { branchRows, SetupStep } from '../../src/taskpane/workflow/SetupStep';
import { defaultSettings } from '../../src/workbook/sheets/settings';

configure({ asyncUtilTimeout: 5_000 });
jest.setTimeout(30_000);

const zh = paneStrings('zh');

describe('branchRows', () => {
  it('gives every line a row and one more, from 4 up to 10', () => {
    expect(branchRows('')).toBe(4);
    expect(branchRows('机关第一党支部\n机关第二党支部\n离退休党支部')).toBe(4);
    expect(branchRows('一\n二\n三\n四')).toBe(5);
    expect(branchRows(Array.from({ length: 9 }, (_, i) => `第${i + 1}党支部`).join('\n'))).toBe(10);
    expect(branchRows(Array.from({ length: 30 }, (_, i) => `第${i + 1}党支部`).join('\n'))).toBe(10);
  });
});

describe('设置工作簿 党支部 field', () => {
  it('shows the workbook’s branches in full and grows as lines are typed', () => {
    const settings = defaultSettings(2026, '测试局', ['机关第一党支部', '机关第二党支部', '离退休党支部']);
    render(
      <FluentProvider theme={webLightTheme}>
        <RunnerProvider>
          <SetupStep
            strings={zh}
            access={{ run: (action) => action({} as WorkbookPort), canDownload: true }}
            now={() => new Date('2026-03-20T10:00:00+08:00')}
            info={{
              settings,
              sheetNames: [],
              userSheets: [],
              rosterSheet: null,
              rosterBranches: [],
              memberCount: 0,
              problems: [],
            }}
            refresh={() => Promise.resolve()}
          />
        </RunnerProvider>
      </FluentProvider>,
    );
    const step = screen.getByRole('region', { name: '设置工作簿' });
    const field = within(step).getByLabelText('党支部（每行一个）') as HTMLTextAreaElement;
    expect(field.value).toBe('机关第一党支部\n机关第二党支部\n离退休党支部');
    expect(field.rows).toBe(4);
    fireEvent.change(field, { target: { value: '一\n二\n三\n四\n五\n六' } });
    expect(field.rows).toBe(7);
  });
});

describe('设置工作簿 on a workbook without 设置', () => {
  function renderOn(now: Date) {
    return render(
      <FluentProvider theme={webLightTheme}>
        <RunnerProvider>
          <SetupStep
            strings={zh}
            access={{ run: (action) => action({} as WorkbookPort), canDownload: true }}
            now={() => now}
            info={{
              settings: null,
              sheetNames: [],
              userSheets: [],
              rosterSheet: null,
              rosterBranches: [],
              memberCount: 0,
              problems: [],
            }}
            refresh={() => Promise.resolve()}
          />
        </RunnerProvider>
      </FluentProvider>,
    );
  }

  // Local wall-clock times, so both jest time zones see the same day.
  it.each([
    ['2026-12-31 23:30', new Date(2026, 11, 31, 23, 30), '2026'],
    ['2027-01-01 00:30', new Date(2027, 0, 1, 0, 30), '2027'],
  ])('offers the year of the pane’s today, local %s', (_label, now, year) => {
    const view = renderOn(now);
    const step = screen.getByRole('region', { name: '设置工作簿' });
    expect((within(step).getByLabelText('年度') as HTMLInputElement).value).toBe(year);
    expect((within(step).getByLabelText('到会率不得低于（%）') as HTMLInputElement).value).toBe('80');
    view.unmount();
  });
});
