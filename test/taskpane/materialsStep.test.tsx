/**
 * @jest-environment jsdom
 */
/**
 * 活动材料 with the real actions: inside Excel on the strict fake (the whole pane, as it opens on a
 * generated workbook) the step starts on the next activity from the pinned today, shows the notice,
 * writes the 签到表 and opens it, and refuses a cancelled activity with the action's message and
 * nothing written; in file mode the sheet goes into the session's workbook, the one downloaded. The
 * English pane's “Write the notice sheet (to print)” writes the 通知 sheet of the notice it shows.
 */
import './textEncoder';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { generateWorkbook } from '../../src/app/generate';
import { readWorkbookInfo } from '../../src/app/workbookInfo';
import { runExcelAction } from '../../src/excel/port';
import { createFilePort } from '../../src/file/port';
import { openWorkbookBytes } from '../../src/file/workbookFile';
import { paneStrings } from '../../src/strings';
import { ExcelModeSection } from '../../src/taskpane/components/ExcelModeSection';
import fileSessionModule from '../../src/taskpane/file/fileSession';
import { portAccess } from '../../src/taskpane/workflow/access';
import { MaterialsStep } from '../../src/taskpane/workflow/MaterialsStep';
import { RunnerProvider } from '../../src/taskpane/workflow/runner';
import { cellRef } from '../../src/workbook/address';
import { SCHEDULE_COLUMNS } from '../../src/workbook/sheets/schedule';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';
import { FIRST, SETUP } from '../excel/failureScenario';

// The real actions on the fake: a few seconds alone, more beside other suites on two cores.
configure({ asyncUtilTimeout: 45_000 });
jest.setTimeout(120_000);

/** The pane's today: Wednesday 2027-03-10, two days before March's first activity (Friday the 12th). */
// Local wall-clock time, so both jest time zones see 10 March.
const NOW = () => new Date(2027, 2, 10, 10, 0);
const SIGN_IN = `签到表 2027-03-1 ${FIRST}`;
const CANCELLED = `${FIRST}的活动“2027-03-X9”已取消（重新生成后不再安排），不能生成通知、签到表或活动记录。`;

const zh = paneStrings('zh');

function select(scope: HTMLElement, name: string): HTMLSelectElement {
  return within(scope).getByRole('combobox', { name }) as HTMLSelectElement;
}
const shown = (element: HTMLSelectElement) => element.options[element.selectedIndex]?.text;

describe('活动材料 inside Excel (the strict fake)', () => {
  let fake: FakeExcel;
  let restore: () => void = () => undefined;

  beforeEach(async () => {
    fake = createFakeExcel();
    restore = fake.installGlobals();
    await runExcelAction((port) => generateWorkbook(port, SETUP));
    // An activity marked 已取消 in 活动安排, as regenerating leaves one that had data entered.
    const row = fake.values('活动安排').length + 1;
    fake.setValues('活动安排', cellRef(row, SCHEDULE_COLUMNS.id), [['2027-03-X9', FIRST]]);
    fake.setValues('活动安排', cellRef(row, SCHEDULE_COLUMNS.status), [['已取消']]);
  });

  afterEach(() => restore());

  async function openStep(): Promise<HTMLElement> {
    render(
      <FluentProvider theme={webLightTheme}>
        <ExcelModeSection strings={zh} now={NOW} />
      </FluentProvider>,
    );
    const step = await screen.findByRole('region', { name: zh.materialsHeading });
    await waitFor(() => {
      expect(select(step, '活动').value).not.toBe('');
      expect(screen.queryByRole('progressbar')).toBeNull();
    });
    return step;
  }

  it('starts on the next activity from today, shows its notice, writes the 签到表 and opens it', async () => {
    const step = await openStep();
    expect(shown(select(step, '党支部'))).toBe(FIRST);
    const activity = select(step, '活动');
    expect(activity.value).toBe('2027-03-1');
    expect(shown(activity)).toBe('3月12日 学习教育日（2027-03-1）');
    expect([...activity.options].map((option) => option.text)).toContain('（2027-03-X9，已取消）');

    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '活动通知' }));
    });
    const notice = (await within(step).findByRole('textbox', {
      name: '活动通知全文',
    })) as HTMLTextAreaElement;
    expect(notice.value).toContain(`${FIRST}全体党员：`);
    expect(notice.value).toContain('二、时间：2027年3月12日（星期五）15:00');
    // Signed on the pane's today.
    expect(notice.value).toContain('2027年3月10日');
    expect(within(step).getByRole('button', { name: '复制' })).toBeTruthy();

    expect(fake.state.sheets.some((sheet) => sheet.name === SIGN_IN)).toBe(false);
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '签到表' }));
    });
    await waitFor(() => expect(fake.selection()).toEqual({ sheet: SIGN_IN, address: 'A1' }));
    expect(fake.activeSheetName()).toBe(SIGN_IN);
    const outcome = await within(step).findByText(/已写入并打开/);
    expect(outcome.textContent).toContain(`已写入并打开“${SIGN_IN}”，核对后按 Ctrl+P 打印存档。`);
    expect(outcome.textContent).toContain(`活动记录 2027-03-1 ${FIRST}`);
  });

  it('refuses a cancelled activity with the action’s message and writes nothing', async () => {
    const step = await openStep();
    const before = fake.state.sheets.map((sheet) => sheet.name);
    fireEvent.change(select(step, '活动'), { target: { value: '2027-03-X9' } });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '签到表' }));
    });
    const alert = await within(step).findByRole('alert');
    expect(alert.textContent).toContain(CANCELLED);
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual(before);
  });
});

describe('活动材料 in file mode', () => {
  it('writes the 签到表 into the session’s workbook, the one downloaded, and says so', async () => {
    const session = fileSessionModule.newFile();
    await generateWorkbook(session.port, SETUP);
    const info = await readWorkbookInfo(session.port, 2027);
    render(
      <FluentProvider theme={webLightTheme}>
        <RunnerProvider>
          <MaterialsStep
            strings={zh}
            access={portAccess(session.port)}
            info={info}
            refresh={() => Promise.resolve()}
            now={NOW}
          />
        </RunnerProvider>
      </FluentProvider>,
    );
    const step = screen.getByRole('region', { name: zh.materialsHeading });
    expect(select(step, '活动').value).toBe('2027-03-1');
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '签到表' }));
    });
    const outcome = await within(step).findByRole('status');
    expect(outcome.textContent).toContain(
      `已写入“${SIGN_IN}”。下载后在 Excel 或 WPS 中打开该表，按 Ctrl+P 打印存档。`,
    );
    const downloaded = await openWorkbookBytes(await session.bytes(), 'download.xlsx');
    expect(await createFilePort(downloaded).sheetNames()).toEqual(
      expect.arrayContaining([SIGN_IN, `活动记录 2027-03-1 ${FIRST}`]),
    );
  });

  it('copies the notice and writes the month’s records on one sheet', async () => {
    const session = fileSessionModule.newFile();
    await generateWorkbook(session.port, SETUP);
    const info = await readWorkbookInfo(session.port, 2027);
    const copy = jest.fn(() => Promise.resolve(true));
    render(
      <FluentProvider theme={webLightTheme}>
        <RunnerProvider>
          <MaterialsStep
            strings={zh}
            access={portAccess(session.port)}
            info={info}
            refresh={() => Promise.resolve()}
            now={NOW}
            copy={copy}
          />
        </RunnerProvider>
      </FluentProvider>,
    );
    const step = screen.getByRole('region', { name: zh.materialsHeading });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '活动通知' }));
    });
    const notice = (await within(step).findByRole('textbox', {
      name: '活动通知全文',
    })) as HTMLTextAreaElement;
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '复制' }));
    });
    expect(copy).toHaveBeenCalledWith(notice.value, notice);
    expect(within(step).getByText(zh.materialsCopied)).toBeTruthy();

    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '本月全部活动记录' }));
    });
    const month = `活动记录 2027年3月 ${FIRST}`;
    await waitFor(() =>
      expect(step.querySelector('[data-intent="success"]')?.textContent).toContain(`已写入“${month}”`),
    );
    expect(await session.port.sheetNames()).toEqual(expect.arrayContaining([month]));
  });

  it('says why the buttons wait when the branch has no activities yet', async () => {
    const session = fileSessionModule.newFile();
    await generateWorkbook(session.port, SETUP);
    const info = await readWorkbookInfo(session.port, 2027);
    render(
      <FluentProvider theme={webLightTheme}>
        <RunnerProvider>
          <MaterialsStep
            strings={zh}
            access={portAccess(session.port)}
            info={{ ...info, activities: [] }}
            refresh={() => Promise.resolve()}
            now={NOW}
          />
        </RunnerProvider>
      </FluentProvider>,
    );
    const step = screen.getByRole('region', { name: zh.materialsHeading });
    const button = within(step).getByRole('button', { name: '签到表' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe(zh.materialsNoActivities);
  });
});

describe('活动材料 in English', () => {
  it('writes the notice sheet to print with “Write the notice sheet (to print)”, and says so in English', async () => {
    const en = paneStrings('en');
    const session = fileSessionModule.newFile();
    await generateWorkbook(session.port, SETUP);
    const info = await readWorkbookInfo(session.port, 2027);
    render(
      <FluentProvider theme={webLightTheme}>
        <RunnerProvider>
          <MaterialsStep
            strings={en}
            access={portAccess(session.port)}
            info={info}
            refresh={() => Promise.resolve()}
            now={NOW}
          />
        </RunnerProvider>
      </FluentProvider>,
    );
    const step = screen.getByRole('region', { name: 'Activity materials' });
    expect(shown(select(step, 'Branch'))).toBe(FIRST);
    // The next activity from the pinned today; the theme is the policy's name, in Chinese.
    expect(shown(select(step, 'Activity'))).toBe('2027-03-12 学习教育日 (2027-03-1)');
    // The print button comes with the notice it prints.
    expect(within(step).queryByRole('button', { name: 'Write the notice sheet (to print)' })).toBeNull();
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: 'Notice' }));
    });
    const notice = (await within(step).findByRole('textbox', { name: 'The notice' })) as HTMLTextAreaElement;
    // The notice is the branch's Chinese document, whatever the pane's language.
    expect(notice.value.split('\n').slice(0, 3)).toEqual([
      '关于开展党员固定活动日活动的通知',
      '',
      `${FIRST}全体党员：`,
    ]);
    expect(within(step).getByRole('button', { name: 'Copy' })).toBeTruthy();
    const noticeSheet = `通知 2027-03-1 ${FIRST}`;
    expect(await session.port.sheetNames()).not.toContain(noticeSheet);

    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: 'Write the notice sheet (to print)' }));
    });
    await waitFor(() =>
      expect(step.querySelector('[data-intent="success"]')?.textContent).toBe(
        `DoneWrote “${noticeSheet}”. Open it in Excel or WPS after downloading and press Ctrl+P to print ` +
          `for the archive.Sheets written: ${noticeSheet}、签到表 2027-03-1 ${FIRST}、活动记录 2027-03-1 ${FIRST}.`,
      ),
    );
    expect(await session.port.sheetNames()).toEqual(
      expect.arrayContaining([noticeSheet, `签到表 2027-03-1 ${FIRST}`, `活动记录 2027-03-1 ${FIRST}`]),
    );
    // The notice stays shown under the outcome, for copying after printing.
    expect(within(step).getByRole('textbox', { name: 'The notice' })).toBeTruthy();
  });
});
