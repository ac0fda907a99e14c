/**
 * @jest-environment jsdom
 */
/**
 * File mode with the app actions mocked at the src/app boundary and a fake file session: opening,
 * the lost-parts warning, one action at a time with its step shown, outcomes and errors in Chinese,
 * and the download's name.
 */
import './textEncoder';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { WorkbookPort } from '../../src/app/port';
import { paneStrings } from '../../src/strings';
import { FileModeSection } from '../../src/taskpane/components/FileModeSection';
import { downloadName, type FileSession, type FileSessionModule } from '../../src/taskpane/file/session';
import { defaultSettings } from '../../src/workbook/sheets/settings';

jest.mock('../../src/app/workbookInfo', () => ({ readWorkbookInfo: jest.fn() }));
jest.mock('../../src/app/generate', () => {
  const actual = jest.requireActual('../../src/app/generate');
  return { ...actual, generateWorkbook: jest.fn() };
});
jest.mock('../../src/app/importPreview', () => ({ previewSheetImport: jest.fn() }));
jest.mock('../../src/app/check', () => ({ checkWorkbook: jest.fn() }));
jest.mock('../../src/app/attendanceStatus', () => ({ attendanceStatus: jest.fn() }));
jest.mock('../../src/app/holidays', () => {
  const actual = jest.requireActual('../../src/app/holidays');
  return { ...actual, addManualHoliday: jest.fn() };
});

import { readWorkbookInfo } from '../../src/app/workbookInfo';
import { generateWorkbook, GenerateError } from '../../src/app/generate';
import { previewSheetImport } from '../../src/app/importPreview';
import { checkWorkbook } from '../../src/app/check';
import { attendanceStatus } from '../../src/app/attendanceStatus';
import { addManualHoliday } from '../../src/app/holidays';

// The machine running the suite is shared and loaded: give each wait and each test room.
configure({ asyncUtilTimeout: 5_000 });
jest.setTimeout(30_000);

const zh = paneStrings('zh');
const port = {} as WorkbookPort;
const settings = { ...defaultSettings(2026, '测试局', ['机关第一党支部']) };

function session(): FileSession {
  return {
    port,
    displayName: 'existing-workbook.xlsx',
    warnings: [{ code: 'signature', message: '此文件带有数字签名。写入本助手的工作表后签名将失效。' }],
    extension: '.xlsx',
    bytes: () => Promise.resolve(new Uint8Array([1, 2, 3])),
  };
}

const fakeModule: FileSessionModule = {
  openFile: jest.fn(() => Promise.resolve(session())),
  newFile: jest.fn(() => ({ ...session(), displayName: null, warnings: [] })),
};

function renderFileMode(save = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <FileModeSection
        strings={zh}
        takeFocus={false}
        now={() => new Date(2026, 2, 20, 10, 0)}
        loadSession={() => Promise.resolve(fakeModule)}
        save={save}
      />
    </FluentProvider>,
  );
  return save;
}

async function openFixture() {
  const input = screen.getByTestId('file-input') as HTMLInputElement;
  const file = new File([new Uint8Array([80, 75])], 'existing-workbook.xlsx');
  Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(new ArrayBuffer(2)) });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
  await screen.findByText('已打开：existing-workbook.xlsx');
  // The workbook's sheets are read after it opens; the steps are ready once the import step has
  // chosen the 花名册 sheet and no action is running.
  const importStep = screen.getByRole('region', { name: '导入党员' });
  await waitFor(() =>
    expect(
      within(importStep).getByRole('button', { name: '预览导入' }).getAttribute('aria-disabled'),
    ).not.toBe('true'),
  );
}

beforeEach(() => {
  jest.mocked(readWorkbookInfo).mockResolvedValue({
    settings: null,
    sheetNames: ['工作台账', '党费收缴', '党员花名册'],
    userSheets: ['工作台账', '党费收缴', '党员花名册'],
    rosterSheet: '党员花名册',
    rosterBranches: [],
    memberCount: 0,
    problems: [],
  });
});

afterEach(() => jest.clearAllMocks());

describe('file mode', () => {
  it('opens a workbook and shows what the download cannot keep as it was before anything else', async () => {
    renderFileMode();
    await openFixture();
    expect(fakeModule.openFile).toHaveBeenCalledWith(expect.any(Uint8Array), 'existing-workbook.xlsx');
    expect(screen.getByText('以下内容在下载的文件中无法保持原样')).toBeTruthy();
    expect(screen.getByText('此文件带有数字签名。写入本助手的工作表后签名将失效。')).toBeTruthy();
    // Steps that need settings stay disabled and say why, the reason being the button's description.
    const preview = screen.getByRole('button', { name: '预览活动安排' });
    expect(preview.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(preview.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe('请先完成“设置工作簿”。');
  });

  it('downloads a workbook with macros as .xlsm', async () => {
    jest
      .mocked(fakeModule.openFile)
      .mockResolvedValueOnce({ ...session(), displayName: '宏台账.xlsm', warnings: [], extension: '.xlsm' });
    const save = renderFileMode();
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    const file = new File([new Uint8Array([80, 75])], '宏台账.xlsm');
    Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(new ArrayBuffer(2)) });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await screen.findByText('已打开：宏台账.xlsm');
    expect(screen.queryByText('以下内容在下载的文件中无法保持原样')).toBeNull();
    const download = await screen.findByRole('button', { name: '下载处理后的工作簿' });
    await act(async () => {
      fireEvent.click(download);
    });
    await waitFor(() => expect(save).toHaveBeenCalledWith(new Uint8Array([1, 2, 3]), '宏台账-活动日.xlsm'));
  });

  it('refuses a file that is not .xlsx, saying what to do', async () => {
    renderFileMode();
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(['x'], '名册.xls')] } });
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“名册.xls”不是 .xlsx 工作簿或 .csv 名册');
    expect(alert.textContent).toContain('另存为');
  });

  it('sets up the workbook once even when clicked twice, showing the step, then what was written', async () => {
    let finish: () => void = () => undefined;
    jest.mocked(generateWorkbook).mockImplementation(
      () =>
        new Promise((resolve) => {
          finish = () =>
            resolve({
              report: {
                sheets: [
                  { kind: 'settings', name: '设置', created: true },
                  { kind: 'schedule', name: '活动安排', created: true },
                ],
                notices: [],
              },
              settings,
              memberCount: 15,
              activityCount: 24,
              cancelledCount: 0,
              missingMembers: [],
              branchImport: null,
              emptyBranches: [],
              problems: [],
              warnings: [],
            });
        }),
    );
    renderFileMode();
    await openFixture();
    const setup = screen.getByRole('region', { name: '设置工作簿' });
    fireEvent.change(within(setup).getByRole('textbox', { name: /单位名称/ }), {
      target: { value: '测试局' },
    });
    fireEvent.change(within(setup).getByLabelText('党支部（每行一个）'), {
      target: { value: '机关第一党支部' },
    });
    fireEvent.change(within(setup).getByLabelText('年度'), { target: { value: '2026' } });
    const button = within(setup).getByRole('button', { name: '设置工作簿' });
    await act(async () => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    await waitFor(() => expect(generateWorkbook).toHaveBeenCalledTimes(1));
    expect(screen.getByText(/正在处理：写入设置/)).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(true);
    const input = jest.mocked(generateWorkbook).mock.calls[0][1];
    expect(input?.settings?.unit).toBe('测试局');
    expect(input?.settings?.year).toBe(2026);
    expect(input?.settings?.branches.map((b) => b.name)).toEqual(['机关第一党支部']);
    expect(input?.settings?.threshold).toBe(0.8);
    await act(async () => finish());
    const done = await within(setup).findByText(/已设置 2026 年度工作簿：1 个党支部、15 名人员、24 次活动。/);
    expect(done.textContent).toContain('已写入工作表：设置、活动安排。');
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  it('names the bad field instead of writing', async () => {
    renderFileMode();
    await openFixture();
    const setup = screen.getByRole('region', { name: '设置工作簿' });
    fireEvent.change(within(setup).getByLabelText('党支部（每行一个）'), { target: { value: '一支部' } });
    fireEvent.change(within(setup).getByLabelText('到会率不得低于（%）'), { target: { value: '180' } });
    await act(async () => {
      fireEvent.click(within(setup).getByRole('button', { name: '设置工作簿' }));
    });
    expect((await within(setup).findByRole('alert')).textContent).toContain('“到会率”应为 1—100 之间的数字');
    expect(generateWorkbook).not.toHaveBeenCalled();
  });

  it('previews an import with its problem rows, then imports; an engine error lists its problems', async () => {
    jest.mocked(readWorkbookInfo).mockResolvedValue({
      settings,
      sheetNames: ['工作台账', '党费收缴', '党员花名册', '设置'],
      userSheets: ['工作台账', '党费收缴', '党员花名册'],
      rosterSheet: '党员花名册',
      rosterBranches: [],
      memberCount: 0,
      problems: [],
    });
    jest.mocked(previewSheetImport).mockResolvedValue({
      source: '党员花名册',
      members: [{ id: 'A001', name: '李建国', branch: '机关第一党支部', category: '正式党员' }],
      rowCount: 2,
      header: { row: 2, columns: { name: 1 }, ignored: [] },
      columns: ['name'],
      problems: [{ sheet: '党员花名册', row: 4, severity: 'error', message: '第 4 行没有姓名，请填写。' }],
      branches: [{ branch: '机关第一党支部', count: 1 }],
      reconciliation: null,
      noteDates: [],
      canImport: true,
    });
    jest
      .mocked(generateWorkbook)
      .mockRejectedValue(
        new GenerateError('“设置”表中有无法识别的设置', [
          { sheet: '设置', cell: 'B6', severity: 'error', message: '活动日写成了“星期八”。' },
        ]),
      );
    renderFileMode();
    await openFixture();
    const step = screen.getByRole('region', { name: '导入党员' });
    const importButton = within(step).getByRole('button', { name: '导入' });
    expect(importButton.getAttribute('aria-disabled')).toBe('true');
    expect(within(step).getByText('请先点“预览导入”，核对后再导入。')).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '预览导入' }));
    });
    await waitFor(() =>
      expect(previewSheetImport).toHaveBeenCalledWith(port, '党员花名册', {
        settingsBranches: settings.branches,
      }),
    );
    expect(
      await within(step).findByText(/“党员花名册”共 2 行，可导入 1 人：机关第一党支部 1 人。/),
    ).toBeTruthy();
    // Under 必须处理: the row was left out.
    expect(within(step).getByText('必须处理（1 项）：这些行未导入，改正后再预览')).toBeTruthy();
    expect(
      within(step).getByText(
        (_, element) =>
          element?.tagName === 'LI' && element.textContent === '「党员花名册」第 4 行没有姓名，请填写。',
      ),
    ).toBeTruthy();
    expect(importButton.getAttribute('aria-disabled')).toBeNull();
    await act(async () => {
      fireEvent.click(importButton);
    });
    const alert = await within(step).findByRole('alert');
    // The import says which columns the roster had: the others are kept from 党员名册.
    expect(jest.mocked(generateWorkbook).mock.calls[0][1]?.importedColumns).toEqual(['name']);
    expect(alert.textContent).toContain('“设置”表中有无法识别的设置');
    expect(alert.textContent).toContain('「设置」B6：活动日写成了“星期八”。');
  });

  it('lists the check results with where each is, and downloads as 原文件名-活动日.xlsx', async () => {
    jest.mocked(readWorkbookInfo).mockResolvedValue({
      settings,
      sheetNames: ['党员花名册', '设置'],
      userSheets: ['党员花名册'],
      rosterSheet: '党员花名册',
      rosterBranches: [],
      memberCount: 15,
      problems: [],
    });
    jest.mocked(checkWorkbook).mockResolvedValue({
      year: 2026,
      asOf: '2026-01-20' as never,
      items: [
        {
          source: 'warning',
          code: 'below-threshold',
          severity: 'warning',
          message: '机关第一党支部 2026年1月9日 到会率 67%，低于 80%。',
          branch: '机关第一党支部',
          location: { sheet: '活动安排', row: 4, cell: 'A4' },
        },
      ],
      counts: { 'below-threshold': 1 },
    });
    const save = renderFileMode();
    await openFixture();
    const step = screen.getByRole('region', { name: '检查' });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '检查工作簿' }));
    });
    const results = await within(step).findByRole('group', { name: '检查结果' });
    const list = within(results).getByRole('list', { name: '到会率低于要求 1 项' });
    expect(list.textContent).toContain('到会率 67%');
    expect(list.textContent).toContain('位置：「活动安排」A4');
    // No workbook to select in: the location stays text.
    expect(within(list).queryByRole('button')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '下载处理后的工作簿' }));
    });
    await waitFor(() =>
      expect(save).toHaveBeenCalledWith(new Uint8Array([1, 2, 3]), 'existing-workbook-活动日.xlsx'),
    );
    // The confirmation is right under the download button (not at the top of the page) and focused.
    const done = await screen.findByText(/已下载“existing-workbook-活动日.xlsx”/);
    const bar = done.closest('[role="status"]') as HTMLElement;
    const button = screen.getByRole('button', { name: '下载处理后的工作簿' });
    expect(button.parentElement?.nextElementSibling).toBe(bar.parentElement);
    await waitFor(() => expect(document.activeElement).toBe(bar.parentElement));
  });

  it('opens a CSV roster as a new workbook, offering it to 导入党员 as on the command line', async () => {
    renderFileMode();
    const input = screen.getByTestId('file-input') as HTMLInputElement;
    expect(input.accept).toContain('.csv');
    const file = new File(['姓名,党支部\n张伟,第一党支部\n'], '名册.csv');
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => Promise.resolve(new TextEncoder().encode('姓名,党支部\n张伟,第一党支部\n').buffer),
    });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    expect(await screen.findByText(/“名册.csv”是名册文件：已新建一个工作簿/)).toBeTruthy();
    expect(fakeModule.newFile).toHaveBeenCalled();
    const step = screen.getByRole('region', { name: '导入党员' });
    const source = within(step).getByRole('combobox', { name: '从哪里导入' }) as HTMLSelectElement;
    expect(source.selectedOptions[0].text).toBe('文件：名册.csv');
  });
});

describe('file mode: attendance and holidays', () => {
  beforeEach(() => {
    jest.mocked(readWorkbookInfo).mockResolvedValue({
      settings,
      sheetNames: ['党员花名册', '设置', '节假日', '出勤-机关第一党支部'],
      userSheets: ['党员花名册'],
      rosterSheet: '党员花名册',
      rosterBranches: [],
      memberCount: 15,
      problems: [],
    });
  });

  it('names the sheet and cell to open in Excel or WPS instead of a button', async () => {
    jest.mocked(attendanceStatus).mockResolvedValue({
      year: 2026,
      asOf: '2026-01-05' as never,
      threshold: 0.8,
      problems: [],
      branches: [
        {
          branch: '机关第一党支部',
          memberCount: 15,
          sheet: '出勤-机关第一党支部',
          activities: [],
          counts: { recorded: 0, partial: 0, pending: 0, upcoming: 0 },
          belowThreshold: [],
          current: {
            activityId: '2026-01-1',
            date: '2026-01-09' as never,
            theme: 'study',
            held: false,
            sheet: '出勤-机关第一党支部',
            cell: 'J7',
          },
        },
        {
          branch: '机关第二党支部',
          memberCount: 15,
          sheet: null,
          activities: [],
          counts: { recorded: 0, partial: 0, pending: 0, upcoming: 0 },
          belowThreshold: [],
          current: {
            activityId: '2026-01-1',
            date: '2026-01-09' as never,
            theme: 'study',
            held: false,
            sheet: null,
            cell: null,
          },
        },
      ],
    });
    renderFileMode();
    await openFixture();
    const step = screen.getByRole('region', { name: '出勤登记' });
    await act(async () => {
      fireEvent.click(within(step).getByRole('button', { name: '查看登记情况' }));
    });
    await waitFor(() => expect(attendanceStatus).toHaveBeenCalledWith(port, expect.any(String)));
    const one = await within(step).findByRole('region', { name: '机关第一党支部' });
    expect(one.textContent).toContain('下次活动：1月9日 学习教育日');
    expect(one.textContent).toContain(
      '下载后在 Excel 或 WPS 中打开“出勤-机关第一党支部”工作表，从 J7 单元格起登记这次活动。',
    );
    expect(within(one).queryByRole('button')).toBeNull();
    const two = within(step).getByRole('region', { name: '机关第二党支部' });
    expect(two.textContent).toContain(
      '还没有“机关第二党支部”的出勤登记表，请先在“生成活动安排”中写入活动安排。',
    );
  });

  it('adds a day off to 节假日 on the open file', async () => {
    jest.mocked(addManualHoliday).mockResolvedValue({
      entry: { date: '2026-03-13' as never, action: 'off', name: '运动会' },
      replaced: null,
      sheet: '节假日',
      report: { sheets: [{ kind: 'holidays', name: '节假日', created: false }], notices: [] },
      moved: [],
    });
    renderFileMode();
    await openFixture();
    const form = within(screen.getByRole('region', { name: '节假日' })).getByRole('group', {
      name: '添加或删除一天',
    });
    // 放假 is chosen to begin with.
    expect((within(form).getByRole('radio', { name: '放假' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(within(form).getByLabelText('日期（YYYY-MM-DD）'), { target: { value: '2026-03-13' } });
    fireEvent.change(within(form).getByLabelText('名称'), { target: { value: '运动会' } });
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: '写入节假日表' }));
    });
    await waitFor(() =>
      expect(addManualHoliday).toHaveBeenCalledWith(port, 2026, {
        date: '2026-03-13',
        action: 'off',
        name: '运动会',
      }),
    );
    const done = await within(form).findByRole('status');
    expect(done.textContent).toContain('已在“节假日”表写入：2026-03-13 放假（运动会），来源“手工”。');
    expect(done.textContent).toContain('这一天不影响任何活动日。');
  });
});

describe('downloadName', () => {
  it('names the download after the original, never giving its name back', () => {
    expect(downloadName('党建台账.xlsx', '新工作簿')).toBe('党建台账-活动日.xlsx');
    expect(downloadName('book.XLSM', '新工作簿')).toBe('book-活动日.xlsx');
    expect(downloadName('活动日.xlsx', '新工作簿')).toBe('活动日-活动日.xlsx');
    expect(downloadName(null, '新工作簿')).toBe('新工作簿-活动日.xlsx');
  });

  it('keeps a workbook with macros an .xlsm, as Excel opens it only under that extension', () => {
    expect(downloadName('宏台账.xlsm', '新工作簿', '.xlsm')).toBe('宏台账-活动日.xlsm');
    expect(downloadName('宏台账-活动日 (1).XLSM', '新工作簿', '.xlsm')).toBe('宏台账-活动日.xlsm');
    // Named .xlsx but holding macros: the content decides.
    expect(downloadName('改过名的.xlsx', '新工作簿', '.xlsm')).toBe('改过名的-活动日.xlsm');
  });

  it('keeps the name of a file it downloaded before instead of adding -活动日 again', () => {
    expect(downloadName('党建台账-活动日.xlsx', '新工作簿')).toBe('党建台账-活动日.xlsx');
    expect(downloadName('党建台账-活动日.XLSX', '新工作簿')).toBe('党建台账-活动日.xlsx');
    // A browser saves a second download as “name (1).xlsx” (Chromium) or “name(1).xlsx” (Firefox).
    expect(downloadName('党建台账-活动日 (1).xlsx', '新工作簿')).toBe('党建台账-活动日.xlsx');
    expect(downloadName('党建台账-活动日(2).xlsx', '新工作簿')).toBe('党建台账-活动日.xlsx');
    expect(downloadName('新工作簿-活动日.xlsx', '新工作簿')).toBe('新工作簿-活动日.xlsx');
    expect(downloadName('-活动日.xlsx', '新工作簿')).toBe('新工作簿-活动日.xlsx');
    // Only the add-in's own suffix: a name that merely contains 活动日 keeps it.
    expect(downloadName('活动日台账.xlsx', '新工作簿')).toBe('活动日台账-活动日.xlsx');
  });
});
