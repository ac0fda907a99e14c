/**
 * @jest-environment jsdom
 */
/**
 * The pane inside Excel when a write stops part-way (issue 11 §1), with the real actions on the
 * strict fake: the error says the workbook may be partly updated and nothing entered is lost, and
 * offers 完成更新, which runs the step again and finishes the job; a pane opened on a workbook an
 * unfinished write left says which sheets may be partly updated.
 */
import './textEncoder';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { generateWorkbook } from '../../src/app/generate';
import { runExcelAction } from '../../src/excel/port';
import { paneStrings } from '../../src/strings';
import { ExcelModeSection } from '../../src/taskpane/components/ExcelModeSection';
import { readWorkbookState } from '../../src/workbook/state';
import { createFakeExcel, type FakeExcel } from '../fakes/excel';
import { enterData, SETUP, YEAR } from '../excel/failureScenario';

// The write runs the real actions on the fake: 2 s alone, but CI runs it beside LibreOffice and the
// other suites on two cores, where it once took more than 10 s.
configure({ asyncUtilTimeout: 45_000 });
jest.setTimeout(120_000);

// The pane's default year follows today's date: pinned, a day in the year before the scenario's.
const NOW = () => new Date(2026, 11, 4, 10, 0);

const zh = paneStrings('zh');
let fake: FakeExcel;
let restore: () => void = () => undefined;

async function marksOf(workbook: FakeExcel): Promise<string[]> {
  const grids = await runExcelAction((port) => port.readOwnedGrids(), {
    run: (batch) => workbook.run(batch),
    isSetSupported: (name, version) => workbook.isSetSupported(name, version),
  });
  return readWorkbookState(grids, YEAR)
    .attendance.map((entry) => `${entry.memberId}@${entry.activityId}:${String(entry.raw)}`)
    .sort();
}

async function renderPane(): Promise<void> {
  render(
    <FluentProvider theme={webLightTheme}>
      <ExcelModeSection strings={zh} now={NOW} />
    </FluentProvider>,
  );
  await waitFor(() => {
    expect(screen.queryByRole('region', { name: zh.scheduleHeading })).not.toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
}

beforeEach(async () => {
  fake = createFakeExcel();
  restore = fake.installGlobals();
  await runExcelAction((port) => generateWorkbook(port, SETUP));
  enterData(fake, { rename: false });
});

afterEach(() => restore());

describe('a write that stops part-way, in the pane', () => {
  it('says the workbook may be partly updated and nothing is lost, and 完成更新 finishes it', async () => {
    const marks = await marksOf(fake);
    expect(marks.length).toBeGreaterThan(5);
    await renderPane();
    const step = screen.getByRole('region', { name: zh.scheduleHeading });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: zh.schedulePreview }));
    });
    // Ready once the preview is in: a blocked ActionButton is aria-disabled (it stays focusable to
    // say why), a busy one disabled.
    await waitFor(() => {
      const run = within(step).getByRole('button', { name: zh.scheduleRun });
      expect(run.hasAttribute('disabled')).toBe(false);
      expect(run.getAttribute('aria-disabled')).not.toBe('true');
    });
    // Well inside the write: some sheets rewritten, others not yet.
    fake.injectErrorAtOperation(300);
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: zh.scheduleRun }));
    });
    const alert = await within(step).findByRole('alert');
    expect(alert.textContent).toContain('工作簿可能只更新了一部分');
    expect(alert.textContent).toContain('没有丢失');
    expect(alert.textContent).not.toContain('保存工作簿');
    expect(await marksOf(fake)).toEqual(marks);
    expect(fake.state.names.some((name) => name.name === '_PartyDayPending')).toBe(true);

    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: zh.finishWrite }));
    });
    const done = await within(step).findByRole('status');
    expect(done.textContent).toContain('已写入工作表');
    expect(within(step).queryByRole('alert')).toBeNull();
    expect(await marksOf(fake)).toEqual(marks);
    expect(fake.state.names.some((name) => name.name === '_PartyDayPending')).toBe(false);
  });

  it('when the pane opens on a workbook an unfinished write left, names the sheets that may be partly updated', async () => {
    fake.injectErrorAtOperation(200);
    await expect(runExcelAction((port) => generateWorkbook(port, {}))).rejects.toMatchObject({
      interrupted: true,
    });
    await renderPane();
    const notice = await screen.findByTestId('unfinished-write');
    expect(notice.textContent).toContain(zh.unfinishedTitle);
    expect(notice.textContent).toContain(
      '设置、党员名册、节假日、活动安排、出勤-机关第一党支部、出勤-机关第二党支部',
    );
  });
});
