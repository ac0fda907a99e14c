/**
 * @jest-environment jsdom
 */
/**
 * “粘贴国务院通知” in the 节假日 step, with the real actions on a 2027 workbook: in file mode (the
 * file port) and inside Excel (the Office.js port on the strict fake). The preview lists each item
 * with its days and findings and the activities that move; writing puts the days into 节假日 and
 * the year's list shows them as 通知; a changed text must be previewed again; a notice with an
 * error cannot be written.
 */
import './textEncoder';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { type GenerateInput, generateWorkbook } from '../../src/app/generate';
import type { WorkbookPort } from '../../src/app/port';
import { readWorkbookInfo, type WorkbookInfo } from '../../src/app/workbookInfo';
import { createFilePort } from '../../src/file/port';
import { newWorkbookFile } from '../../src/file/workbookFile';
import { paneStrings } from '../../src/strings';
import { HolidaysStep } from '../../src/taskpane/workflow/HolidaysStep';
import { portAccess, type WorkbookAccess } from '../../src/taskpane/workflow/access';
import { RunnerProvider } from '../../src/taskpane/workflow/runner';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { createFakeExcel } from '../fakes/excel';
import { countedExcel } from '../helpers/countedExcel';

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

const zh = paneStrings('zh');
const NOTICES = path.join(__dirname, '..', 'fixtures', 'holiday-notices');
const EXAMPLE = readFileSync(path.join(NOTICES, 'example-2027.txt'), 'utf8');
const BRANCHES = ['机关第一党支部', '机关第二党支部'];
const SETUP: GenerateInput = { settings: defaultSettings(2027, '测试局', BRANCHES) };

/** The pane's clock, a day in the season when next year's notice comes out. */
const NOW = new Date('2026-11-20T10:00:00+08:00');

async function renderStep(access: WorkbookAccess, now: Date = NOW): Promise<HTMLElement> {
  const info: WorkbookInfo = await access.run((port) => readWorkbookInfo(port, 2027));
  const refresh = jest.fn(() => Promise.resolve());
  render(
    <FluentProvider theme={webLightTheme}>
      <RunnerProvider>
        <HolidaysStep strings={zh} access={access} info={info} refresh={refresh} now={() => now} />
      </RunnerProvider>
    </FluentProvider>,
  );
  return screen.getByRole('region', { name: '节假日' });
}

const panelOf = (step: HTMLElement) => within(step).getByRole('group', { name: '粘贴国务院通知' });
const button = (scope: HTMLElement, name: string) =>
  within(scope).getByRole('button', { name }) as HTMLButtonElement;

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

function paste(panel: HTMLElement, text: string): void {
  fireEvent.change(within(panel).getByLabelText('通知全文'), { target: { value: text } });
}

/** The walk both modes share: show the estimated year, paste, preview, write; the list shows 通知. */
async function pasteAndWrite(step: HTMLElement): Promise<void> {
  await click(button(step, '查看 2027 年节假日'));
  await within(step).findByText('2027 年尚无国务院放假通知数据');
  within(step).getByText('放假 13 天，调休上班 0 天。');
  const panel = panelOf(step);
  expect(button(panel, '预览').disabled).toBe(true);
  paste(panel, EXAMPLE);
  await click(button(panel, '预览'));
  await within(panel).findByText('2027 年：放假 28 天，调休上班 5 天（7 项）。');
  within(panel).getByText('核对无误：日期、星期、天数都与《全国年节及纪念日放假办法》相符。');
  const items = within(panel).getByRole('list', { name: '通知中的放假安排' });
  // One entry per item of the notice (each holds its own list of days).
  expect(items.children).toHaveLength(7);
  const spring = within(panel).getByRole('list', { name: '第二项（春节）的日期' });
  expect(
    within(spring)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    '2027-02-05 星期五 放假',
    '2027-02-06 星期六 放假',
    '2027-02-07 星期日 放假',
    '2027-02-08 星期一 放假',
    '2027-02-09 星期二 放假',
    '2027-02-10 星期三 放假',
    '2027-02-11 星期四 放假',
    '2027-02-12 星期五 放假',
    '2027-02-20 星期六 调休上班',
    '2027-02-21 星期日 调休上班',
  ]);
  within(panel).getByText(
    '二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。2月20日（周六）、2月21日（周日）上班。',
  );
  within(panel).getByText('写入后重新生成活动安排，将调整 2 次活动：');
  for (const branch of BRANCHES) within(panel).getByText(`${branch}：2027-02-12 改为 2027-02-15`);

  await click(button(panel, '按通知写入节假日表'));
  const done = await within(panel).findByRole('status');
  expect(done.textContent).toContain('已写入“节假日”表：2027 年放假 28 天、调休上班 5 天，来源“通知”。');
  expect(done.textContent).toContain('代替了 13 个预估的放假日。');
  expect(
    within(done)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(BRANCHES.map((branch) => `${branch}：2027-02-12 改为 2027-02-15`));
  // The year's list is read again: the notice's 33 days (folded, with their count), no more
  // warning of an estimate.
  const heading = await within(step).findByRole('button', { name: '2027 年节假日列表（33 天）' });
  expect(within(step).queryByText('2027 年尚无国务院放假通知数据')).toBeNull();
  // The counts the step showed before (13 estimated days, no working days) are those of the notice now.
  within(step).getByText('放假 28 天，调休上班 5 天。');
  expect(within(step).queryByText('放假 13 天，调休上班 0 天。')).toBeNull();
  await click(heading);
  const list = within(step).getByRole('list', { name: '2027 年节假日列表' });
  expect(within(list).getAllByRole('listitem')[0].textContent).toBe('2027-01-01 元旦 放假 通知');
}

describe('粘贴国务院通知 in file mode', () => {
  let port: WorkbookPort;

  beforeEach(async () => {
    port = createFilePort(newWorkbookFile());
    await generateWorkbook(port, SETUP);
  });

  it('previews, writes, and the year’s list shows the notice’s days', async () => {
    const step = await renderStep(portAccess(port));
    await pasteAndWrite(step);
  });

  it('asks for a new preview once the text changes, and cannot write a notice with an error', async () => {
    const step = await renderStep(portAccess(port));
    const panel = panelOf(step);
    paste(panel, EXAMPLE);
    await click(button(panel, '预览'));
    await within(panel).findByText('2027 年：放假 28 天，调休上班 5 天（7 项）。');
    expect(button(panel, '按通知写入节假日表').disabled).toBe(false);

    const wrong = EXAMPLE.replace('4月3日（周六）', '4月3日（周五）').replace(/五、端午节：.*\n/, '');
    paste(panel, wrong);
    within(panel).getByText('文本框中的通知已修改，请重新预览。');
    expect(button(panel, '按通知写入节假日表').disabled).toBe(true);
    await click(button(panel, '预览'));
    await within(panel).findByText('1 处需要先改正（红色），改正文本框中的通知后再预览。');
    expect(button(panel, '按通知写入节假日表').disabled).toBe(true);
    const overall = within(panel).getByRole('group', { name: '整体核对' });
    expect(overall.textContent).toBe(
      '需改正 通知中没有“端午节”一项（按《全国年节及纪念日放假办法》应在 2027-06-09 放假）。可能漏贴了一段，请粘贴通知全文。',
    );
    const qingming = within(panel)
      .getByRole('list', { name: '第三项（清明节）的日期' })
      .closest('li') as HTMLElement;
    expect(qingming.textContent).toContain(
      '提示 第三项（清明节）：2027-04-03 是星期六，括号里写的是周五。已按日期 2027-04-03 读取，请核对原文。',
    );
  });
});

describe('粘贴国务院通知 inside Excel', () => {
  it('previews and writes through Office.js, each action in its own Excel.run', async () => {
    const fake = createFakeExcel();
    const excel = countedExcel(fake);
    const access: WorkbookAccess = { canDownload: false, run: (action) => excel.run(action) };
    await access.run((port) => generateWorkbook(port, SETUP));
    const step = await renderStep(access);
    await pasteAndWrite(step);
    // The sheet the fake holds: 通知 rows in place of the estimate.
    const sources = fake.values('节假日').map((row) => row[4]);
    expect(sources.filter((source) => source === '通知')).toHaveLength(33);
    expect(sources).not.toContain('预估');
    expect(Math.max(...excel.syncs)).toBeLessThanOrEqual(3);
  });
});

describe('粘贴国务院通知 before the workbook is set up', () => {
  it('says to set up first and cannot preview; the year shown is today’s (clock pinned)', async () => {
    const step = await renderStep(
      portAccess(createFilePort(newWorkbookFile())),
      new Date('2025-11-20T10:00:00+08:00'),
    );
    const panel = panelOf(step);
    within(panel).getByText('请先完成“设置工作簿”。');
    const box = within(panel).getByLabelText('通知全文') as HTMLTextAreaElement;
    expect(box.placeholder.split('\n')[0]).toBe('国务院办公厅关于2025年部分节假日安排的通知');
    paste(panel, EXAMPLE);
    expect(button(panel, '预览').disabled).toBe(true);
    expect(button(panel, '按通知写入节假日表').disabled).toBe(true);
  });
});
