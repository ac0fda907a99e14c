/**
 * @jest-environment jsdom
 */
/**
 * 导入党员 on a real workbook (the file port, no mocks): a roster whose branch names differ from
 * 设置's is reconciled through the preview — each name matched, left out or added as chosen, the
 * match remembered in 设置 — a transfer written in 备注 is taken as 在册止 when ticked, and a CSV
 * roster in GB18030 is read as the command line reads it. Issue 15 §1 and §4.
 */
import './textEncoder';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { generateWorkbook } from '../../src/app/generate';
import { readWorkbookInfo, type WorkbookInfo } from '../../src/app/workbookInfo';
import { createFilePort } from '../../src/file/port';
import { readOwnedGrids } from '../../src/file/readGrid';
import type { WorkbookFile } from '../../src/file/workbookFile';
import { paneStrings } from '../../src/strings';
import { portAccess } from '../../src/taskpane/workflow/access';
import { ImportStep } from '../../src/taskpane/workflow/ImportStep';
import { RunnerProvider } from '../../src/taskpane/workflow/runner';
import { SetupStep } from '../../src/taskpane/workflow/SetupStep';
import { defaultSettings } from '../../src/workbook/sheets/settings';
import { readWorkbookState } from '../../src/workbook/state';
import { openExcelJsWorkbook } from '../helpers/generatedWorkbook';

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(60_000);

const zh = paneStrings('zh');
const NOW = () => new Date('2026-03-20T10:00:00+08:00');
const SETUP = ['机关第一党支部', '机关第二党支部', '机关第三党支部', '机关第四党支部'];
const ROSTER: Array<[string, string, string, string]> = [
  ['阎平', '第一党支部', '正式党员', ''],
  ['汪磊', '第一党支部', '正式党员', '2026-06-30 转出'],
  ['郭娟', '第二党支部', '正式党员', ''],
  ['萧桂英', '第三党支部', '预备党员', ''],
  ['黄磊', '后勤党支部', '正式党员', ''],
];

/** A workbook set up with 机关第一…第四党支部 and the user's own 花名册 naming 第一…党支部. */
async function workbook(): Promise<{ file: WorkbookFile; info: WorkbookInfo }> {
  const own = new ExcelJS.Workbook();
  const roster = own.addWorksheet('花名册');
  roster.addRow(['张店分局党员花名册']);
  roster.mergeCells('A1:D1');
  roster.addRow(['党员姓名', '党支部', '党籍状态', '备注']);
  for (const row of ROSTER) roster.addRow(row);
  const file = await openExcelJsWorkbook(own);
  const port = createFilePort(file);
  await generateWorkbook(port, { settings: defaultSettings(2026, '中共区自然资源局机关委员会', SETUP) });
  return { file, info: await readWorkbookInfo(port, 2026) };
}

function renderImport(file: WorkbookFile, info: WorkbookInfo) {
  render(
    <FluentProvider theme={webLightTheme}>
      <RunnerProvider>
        <ImportStep
          strings={zh}
          access={portAccess(createFilePort(file))}
          info={info}
          refresh={() => Promise.resolve()}
          now={NOW}
        />
      </RunnerProvider>
    </FluentProvider>,
  );
  return screen.getByRole('region', { name: '导入党员' });
}

describe('导入党员 reconciles the roster’s branches with 设置', () => {
  it('matches, leaves out and adds as chosen in the preview, remembers the match, takes a 备注 date', async () => {
    const { file, info } = await workbook();
    const step = renderImport(file, info);
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '预览导入' }));
    });
    const matching = await within(step).findByRole('region', { name: '党支部对应' });
    const choice = (roster: string, n: number) =>
      within(matching).getByRole('combobox', {
        name: `花名册中的“${roster}”（${n} 人）`,
      }) as HTMLSelectElement;
    // Suggested where one branch of 设置 fits; a name nothing fits is added unless told otherwise.
    expect(choice('第一党支部', 2).selectedOptions[0].text).toBe('对应到“机关第一党支部”');
    expect(choice('第二党支部', 1).selectedOptions[0].text).toBe('对应到“机关第二党支部”');
    expect(choice('后勤党支部', 1).selectedOptions[0].text).toBe('作为新党支部添加');
    fireEvent.change(choice('第三党支部', 1), { target: { value: 'skip' } });
    fireEvent.change(choice('后勤党支部', 1), { target: { value: 'map:机关第四党支部' } });
    // 第三党支部 left out: 机关第三党支部 is the one branch of 设置 this roster leaves with nobody.
    expect(
      within(matching)
        .getAllByText(/在这份花名册中没有人员/)
        .map((p) => p.textContent),
    ).toEqual(['“设置”中的“机关第三党支部”在这份花名册中没有人员。']);

    const dates = within(step).getByRole('region', { name: '备注中的转出、转入日期' });
    fireEvent.click(within(dates).getByRole('checkbox', { name: /汪磊 的「备注」写有“2026-06-30 转出”/ }));

    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '导入' }));
    });
    const done = await within(step).findByText(/已导入 4 人/);
    const outcome = done.closest('[role="status"]') as HTMLElement;
    expect(outcome.textContent).toContain(
      '花名册中的“第一党支部”（2 人）按“机关第一党支部”导入，已记在“设置”中。',
    );
    expect(outcome.textContent).toContain('花名册中“第三党支部”的 1 人未导入。');
    expect(outcome.textContent).toContain('第 4 行 汪磊：在册止 2026-06-30');
    expect(outcome.textContent).toContain('“机关第三党支部”名册中没有人员');

    const state = readWorkbookState(await readOwnedGrids(file), 2026);
    expect(state.settings?.branches.map((b) => [b.name, b.aliases ?? []])).toEqual([
      ['机关第一党支部', ['第一党支部']],
      ['机关第二党支部', ['第二党支部']],
      ['机关第三党支部', []],
      ['机关第四党支部', ['后勤党支部']],
    ]);
    expect(state.members.map((m) => [m.name, m.branch, m.onRosterTo ?? null])).toEqual([
      ['阎平', '机关第一党支部', null],
      ['汪磊', '机关第一党支部', '2026-06-30'],
      ['郭娟', '机关第二党支部', null],
      ['黄磊', '机关第四党支部', null],
    ]);
  });

  it('does not import before 设置 exists, and says why', async () => {
    const own = new ExcelJS.Workbook();
    own.addWorksheet('花名册').addRow(['姓名', '党支部']);
    const file = await openExcelJsWorkbook(own);
    const info = await readWorkbookInfo(createFilePort(file), 2026);
    const step = renderImport(file, info);
    const button = within(step).getByRole('button', { name: '导入' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '请先完成“设置工作簿”（单位名称和党支部），再导入。',
    );
  });

  it('reads a GB18030 CSV roster chosen in the pane, as the command line does', async () => {
    const { file, info } = await workbook();
    const step = renderImport(file, info);
    const csv =
      '姓名,所在支部,类别,备注\n秦桂英,机关第一党支部,正式党员,\n秦桂英,机关第一党支部,预备党员,\n段勇,机关第二党支部,正式党员,\n';
    const bytes = new Uint8Array(iconv.encode(csv, 'gb18030'));
    const chosen = new File([bytes], '名册.csv', { type: 'text/csv' });
    // jsdom's File has no arrayBuffer() (every browser's has).
    Object.assign(chosen, { arrayBuffer: () => Promise.resolve(bytes.buffer) });
    await act(async () => {
      fireEvent.change(within(step).getByLabelText('选择 CSV 名册文件（UTF-8 或 GB18030）'), {
        target: { files: [chosen] },
      });
    });
    const preview = await within(step).findByText(/“名册.csv”共 3 行，可导入 3 人/);
    expect(preview.textContent).toContain('（文件编码 GB18030）');
    const source = within(step).getByRole('combobox', { name: '从哪里导入' }) as HTMLSelectElement;
    expect(source.selectedOptions[0].text).toBe('文件：名册.csv');
    // Namesakes said once, told apart by 类别.
    expect(
      within(step).getByText(
        (_, element) =>
          element?.tagName === 'LI' &&
          element.textContent ===
            '「名册.csv」第2行：机关第一党支部有 2 位“秦桂英”，各表中写作：秦桂英（正式党员）、秦桂英（预备党员）；请核对是否确为不同的人。',
      ),
    ).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '导入' }));
    });
    await within(step).findByText(/已导入 3 人/);
    const state = readWorkbookState(await readOwnedGrids(file), 2026);
    expect(state.members.map((m) => m.name)).toEqual(['秦桂英', '秦桂英', '段勇']);
  });
});

describe('设置工作簿 offers the roster’s branches and requires the unit', () => {
  it('fills the branches from the roster sheet on request, and refuses a blank 单位名称', async () => {
    const own = new ExcelJS.Workbook();
    const roster = own.addWorksheet('党员花名册');
    roster.addRow(['姓名', '所在支部', '人员类别']);
    for (const [name, branch] of ROSTER) roster.addRow([name, branch, '正式党员']);
    const file = await openExcelJsWorkbook(own);
    const info = await readWorkbookInfo(createFilePort(file), 2026);
    expect(info.rosterBranches).toEqual([
      { branch: '第一党支部', count: 2 },
      { branch: '第二党支部', count: 1 },
      { branch: '第三党支部', count: 1 },
      { branch: '后勤党支部', count: 1 },
    ]);
    render(
      <FluentProvider theme={webLightTheme}>
        <RunnerProvider>
          <SetupStep
            strings={zh}
            access={portAccess(createFilePort(file))}
            info={info}
            refresh={() => Promise.resolve()}
            now={NOW}
          />
        </RunnerProvider>
      </FluentProvider>,
    );
    const setup = screen.getByRole('region', { name: '设置工作簿' });
    expect(
      within(setup).getByText(
        '花名册“党员花名册”中有 4 个党支部：第一党支部（2 人）、第二党支部（1 人）、第三党支部（1 人）、后勤党支部（1 人）。',
      ),
    ).toBeTruthy();
    // The year defaults to the pinned clock's.
    expect((within(setup).getByLabelText('年度') as HTMLInputElement).value).toBe('2026');
    fireEvent.click(within(setup).getByRole('button', { name: '用花名册中的党支部填入' }));
    expect((within(setup).getByLabelText('党支部（每行一个）') as HTMLTextAreaElement).value).toBe(
      '第一党支部\n第二党支部\n第三党支部\n后勤党支部',
    );
    await act(async () => {
      fireEvent.click(within(setup).getByRole('button', { name: '设置工作簿' }));
    });
    const alert = await within(setup).findByRole('alert');
    expect(alert.textContent).toContain('请填写“单位名称”');
    await waitFor(() => expect(alert.parentElement).toBe(document.activeElement));
    expect((await readOwnedGrids(file)).has('settings')).toBe(false);
  });
});
