/**
 * @jest-environment jsdom
 */
/**
 * Outcomes a secretary can find and read (issue 15 §3): dates kept whole at 320 px, long lists
 * folded with their count, the pane's clock pinned (default month), a branch with nobody on its roster
 * said so, and 未登记 rather than 0% in the summary step's outcome.
 */
import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { AttendanceStatus } from '../../src/app/attendanceStatus';
import type { WorkbookPort } from '../../src/app/port';
import type { SummaryResult } from '../../src/app/summaries';
import type { WorkbookInfo } from '../../src/app/workbookInfo';
import { evaluateAttendance } from '../../src/domain/ledger';
import { annualSummary, monthlySummary } from '../../src/domain/summaries';
import { paneStrings } from '../../src/strings';
import { AttendanceStep } from '../../src/taskpane/workflow/AttendanceStep';
import { OutcomeBar } from '../../src/taskpane/workflow/OutcomeBar';
import { splitDates } from '../../src/taskpane/workflow/parts/DateText';
import { RunnerProvider } from '../../src/taskpane/workflow/runner';
import type { StepProps } from '../../src/taskpane/workflow/stepProps';
import { SummaryStep, branchLines } from '../../src/taskpane/workflow/SummaryStep';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { activity, column, day, member } from '../domain/attendanceHelpers';

jest.mock('../../src/app/attendanceStatus', () => ({ attendanceStatus: jest.fn() }));
import { attendanceStatus } from '../../src/app/attendanceStatus';

configure({ asyncUtilTimeout: 5_000 });
jest.setTimeout(30_000);

const zh = paneStrings('zh');
const settings = defaultSettings(2026, '单位', ['第一党支部', '第二党支部']);
const info: WorkbookInfo = {
  settings,
  sheetNames: [],
  userSheets: [],
  rosterSheet: null,
  rosterBranches: [],
  memberCount: 10,
  problems: [],
};

function props(now: Date): StepProps {
  return {
    strings: zh,
    access: { run: (action) => action({} as WorkbookPort), canDownload: true },
    info,
    refresh: () => Promise.resolve(),
    now: () => now,
  };
}

function wrap(children: React.ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RunnerProvider>{children}</RunnerProvider>
    </FluentProvider>,
  );
}

describe('dates in the pane', () => {
  it('are set apart so that a line never breaks inside one', () => {
    expect(splitDates('原定 2026-09-25（中秋节假期），顺延至 2026-09-28（星期一）')).toEqual([
      '原定 ',
      '2026-09-25',
      '（中秋节假期），顺延至 ',
      '2026-09-28',
      '（星期一）',
    ]);
    expect(splitDates('待登记 22 次：5月8日、11月27日（星期五）；2026年3月；第 14 行')).toEqual([
      '待登记 22 次：',
      '5月8日',
      '、',
      '11月27日（星期五）',
      '；',
      '2026年3月',
      '；',
      '第 14 行',
      '',
    ]);
  });

  it('render as unbreakable spans inside an outcome', () => {
    wrap(
      <OutcomeBar
        strings={zh}
        outcome={{ intent: 'info', title: '完成', body: '下次活动 5月8日 学习教育日', lines: [] }}
      />,
    );
    const span = screen.getByText('5月8日');
    expect(span.tagName).toBe('SPAN');
    expect(getComputedStyle(span).whiteSpace).toBe('nowrap');
  });
});

describe('long lists in an outcome', () => {
  it('show the first five and a button naming how many there are', () => {
    const lines = Array.from({ length: 39 }, (_, i) => `第 ${i + 1} 项`);
    wrap(<OutcomeBar strings={zh} outcome={{ intent: 'warning', title: '提示', body: '', lines }} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    const more = screen.getByRole('button', { name: '显示全部 39 项' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(screen.getAllByRole('listitem')).toHaveLength(39);
    expect(screen.getByRole('button', { name: '只显示前 5 项' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('show whole when one more than five', () => {
    wrap(
      <OutcomeBar
        strings={zh}
        outcome={{ intent: 'info', title: '提示', body: '', lines: ['一', '二', '三', '四', '五', '六'] }}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('出勤登记 for a branch with nobody on its roster', () => {
  it('says so instead of “every activity recorded”', async () => {
    const empty = {
      branch: '第二党支部',
      memberCount: 0,
      sheet: '出勤-第二党支部',
      activities: [],
      counts: { recorded: 22, partial: 0, pending: 0, upcoming: 2 },
      belowThreshold: [],
      current: null,
    };
    jest.mocked(attendanceStatus).mockResolvedValue({
      year: 2026,
      asOf: day('2026-11-30'),
      threshold: 0.8,
      problems: [],
      branches: [empty],
    } as AttendanceStatus);
    // Noon UTC: 30 November in Beijing and in Los Angeles alike (the pane's today is local).
    wrap(<AttendanceStep {...props(new Date('2026-11-30T12:00:00Z'))} />);
    const step = screen.getByRole('region', { name: '出勤登记' });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '查看登记情况' }));
    });
    const branch = await within(step).findByRole('region', { name: '第二党支部' });
    expect(branch.textContent).toContain('名册中没有人员，无法登记出勤');
    expect(branch.textContent).not.toContain('都已登记');
    // The day asked for is the pinned clock's.
    expect(jest.mocked(attendanceStatus).mock.calls[0][1]).toBe('2026-11-30');
  });
});

describe('月度汇总 / 年度汇总 in the pane', () => {
  it('defaults to the pinned clock’s month', () => {
    wrap(<SummaryStep {...props(new Date('2026-07-15T10:00:00+08:00'))} />);
    const month = screen.getByRole('combobox', { name: '月份' }) as HTMLSelectElement;
    expect(month.selectedOptions[0].text).toBe('7 月');
  });

  it('gives each branch’s figures with 未登记, never 0%', () => {
    const ids = ['P1', 'P2', 'P3', 'P4', 'P5'];
    const ledger = evaluateAttendance({
      activities: [
        activity('第一党支部', '2026-03-1', '2026-03-13'),
        activity('第一党支部', '2026-03-2', '2026-03-27'),
        activity('第二党支部', '2026-03-1', '2026-03-13'),
      ],
      members: [...ids.map((id) => member(id, id, '第一党支部')), member('Q1', 'Q1', '第二党支部')],
      attendance: column(ids, '第一党支部', '2026-03-1', ['√', '√', '√', '√', '×']),
      asOf: day('2026-03-31'),
      branchOrder: ['第一党支部', '第二党支部'],
    });
    const result = {
      settings,
      monthly: monthlySummary(ledger, 2026, 3),
      annual: annualSummary(ledger, 2026),
    } as SummaryResult;
    expect(branchLines(zh, result)).toEqual([
      '第一党支部：已开展 2 次，到会率 80%；1 次尚未登记出勤，不计入到会率',
      '第二党支部：已开展 1 次，到会率 未登记；1 次尚未登记出勤，不计入到会率',
    ]);
  });
});
