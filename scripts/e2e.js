#!/usr/bin/env node
// End-to-end test of file mode (a step of `npm test`): the secretary's whole year in Debian's
// Chromium, driven through playwright-core on the production build served over HTTPS (build, server
// and browser from scripts/lib/browser.js, as the smoke test).
//
// A copy of test/fixtures/existing-workbook.xlsx (the user's 工作台账, 党费收缴 with the defined name
// 党费合计, and a 党员花名册) is opened through the file input; then 设置工作簿 → 导入党员 from its
// 花名册 → 节假日 → 生成活动安排 (preview, write) → a day off added in 节假日's form, moving the
// activity of 13 February → 生成活动安排 again (the preview and the file show it moved) → download.
// Attendance codes for January and February are entered into the downloaded file with ExcelJS, as a
// secretary would in Excel or WPS; the file is opened in the pane again → 出勤登记 (each branch's
// recorded and pending activities, the one under 80 %, where to record the current one) →
// 月度汇总 (February) and 年度汇总 → 检查 (grouped by kind) → download, under the same name as the
// file reopened. The final file must hold the figures the entered codes give, the check must list
// the one activity under 80 % on its new date, and the user's three sheets must be intact cell by
// cell. The page may request nothing from any host but its own and may log no error. Controls are
// found by role and accessible name. Screenshots of every step at 320 px and 800 px go to
// artifacts/e2e/.
//
//   node scripts/e2e.js                         build into a temporary folder, then test
//   BROWSER_TEST_DIST=dist node scripts/e2e.js  test an existing production build instead
//   E2E_DOCS_IMAGES=1 node scripts/e2e.js       also refresh README's screenshots in docs/images/
//
// The steps are a list (STEPS): a new pane step is one more entry with its action and the outcome
// it waits for. Every wait is for an outcome (a MessageBar's text, the busy status going away),
// never a fixed time, so a loaded machine makes the test slower, not flaky.
const fs = require('node:fs');
const path = require('node:path');
const {
  ROOT,
  startBrowserTest,
  openPane,
  settle,
  checkRecord,
  expectNoHorizontalScroll,
  fail,
  runMain,
} = require('./lib/browser');
const wb = require('../test/e2e/workbook');
// Further walks, each in its own file under test/e2e/: those run after the year's walk in the same
// page (they get its `t` and the helpers below), and those that open a fresh page of the same build.
// noticeWalk: 2027 planned from a pasted State Council notice. materialsWalk: 活动材料 on the year's
// final download (after noticeWalk, whose file has another name, so that 已打开 shows the new one).
const SAME_PAGE_WALKS = [require('../test/e2e/noticeWalk'), require('../test/e2e/materialsWalk')];
// otherWriter: file mode on a workbook openpyxl wrote, which must come back whole (issue 12).
// rollupWalk: the 党总支's roll-up of three branch workbooks (汇总多个支部), README's screenshot of it.
const FRESH_PAGE_WALKS = [
  require('../test/e2e/honestFigures'),
  require('../test/e2e/otherWriter'),
  require('../test/e2e/rollupWalk'),
];

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'existing-workbook.xlsx');
const FIXTURE_NAME = 'existing-workbook.xlsx';
const SHOTS_DIR = path.join(ROOT, 'artifacts', 'e2e');
const WIDTHS = [320, 800];
const SHOT_MAX_HEIGHT = 900;
// README's 工作流程 section: these 320 px screenshots, under stable names (E2E_DOCS_IMAGES=1).
const DOCS_IMAGES_DIR = path.join(ROOT, 'docs', 'images');
const DOCS_IMAGES = {
  setup: 'workflow-1-setup-320.png',
  'import-preview': 'workflow-2-import-320.png',
  holidays: 'workflow-3-holidays-320.png',
  'holiday-add': 'workflow-4-holiday-add-320.png',
  'schedule-again-preview': 'workflow-5-schedule-320.png',
  'attendance-status': 'workflow-6-attendance-320.png',
  'summary-month': 'workflow-7-summary-320.png',
  check: 'workflow-8-check-320.png',
  'download-final': 'workflow-9-download-320.png',
};
for (const walk of SAME_PAGE_WALKS) Object.assign(DOCS_IMAGES, walk.docsImages ?? {});
// One action on the fixture in ExcelJS in the page takes seconds; a loaded 2-core machine, many more.
const ACTION_TIMEOUT_MS = 180_000;
// The pane's "today": records are complete up to it. Fixed so that the check and the summaries do
// not depend on the day the test runs (2026 is a year with the State Council's official calendar).
const TODAY = '2026-12-28T10:00:00+08:00';
const YEAR = 2026;
const UNIT = '淄博市国土资源局张店分局';
const BRANCHES = ['机关第一党支部', '机关第二党支部', '离退休党支部'];
const USER_SHEETS = ['工作台账', '党费收缴', '党员花名册'];

// What the secretary records for January and February. Each activity gets the mix below, shifted
// by one member per activity; with 15 members due that is 实到 12 of 15 (√ 10, 迟 1, 早 1), 请假 2
// (one with a reason), 缺席 1: exactly 80 %, which meets the threshold. One activity is worse.
const MIX = ['√', '√', '迟', '√', '早', '√', '事：外出培训', '√', '√', '病', '√', '√', '×', '√', '√'];
// A day off the unit adds in 节假日 (source 手工) on the second Friday of February. The activity
// planned for it is postponed to the next working day, Saturday 14 February: a 调休 working day of
// the State Council's 2026 calendar (春节 15–23 February), which counts as a working day.
const DAY_OFF = { date: '2026-02-13', name: '单位统一放假', activity: '2026-02-1', movedTo: '2026-02-14' };
// 机关第二党支部's activity moved to 2026-02-14: 实到 9 of 15 (60 %), the activity the check must list.
const POOR = { branch: '机关第二党支部', activity: DAY_OFF.activity, date: '2026年2月14日', day: '2月14日' };
const POOR_MIX = ['√', '√', '×', '√', '事', '×', '√', '病', '√', '×', '√', '迟', '√', '×', '√'];
const RECORDED_MONTHS = ['2026-01', '2026-02'];
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' → the date serial an .xlsx cell holds. */
const serialOf = (date) => (Date.parse(`${date}T00:00:00Z`) - EXCEL_EPOCH) / DAY_MS;
/** A date serial → '2月14日', as the pane writes dates. */
function dayText(serial) {
  const date = new Date(EXCEL_EPOCH + serial * DAY_MS);
  return `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}
/** The pane's text with its runs of white space (line breaks of wrapped lines) as one space. */
const flat = (text) => text.replace(/\s+/g, ' ').trim();

/** The pane's region (a <section> named by its heading). */
const region = (page, name) => page.getByRole('region', { name, exact: true });

/**
 * Waits until `text` shows in an outcome (role status) inside `scope` and the pane is idle again;
 * an error outcome (role alert) fails the test with its text instead.
 */
async function outcome(page, scope, text, what) {
  const done = scope.getByRole('status').filter({ hasText: text });
  const error = page.getByRole('alert');
  try {
    await done.or(error).first().waitFor({ state: 'visible', timeout: ACTION_TIMEOUT_MS });
  } catch {
    const shown = await scope.getByRole('status').allInnerTexts();
    fail(`${what}: "${text}" never appeared (outcomes shown: ${JSON.stringify(shown)}).`);
  }
  if (await error.first().isVisible())
    fail(`${what}: the pane reports an error: ${await error.first().innerText()}`);
  await idle(page);
  return (await done.first().innerText()).trim();
}

/** No action running: the busy status (spinner and progress bar) has gone. */
async function idle(page) {
  await page.getByRole('progressbar').first().waitFor({ state: 'detached', timeout: ACTION_TIMEOUT_MS });
}

/** Runs 预览活动安排 and returns the preview's shifted activities, once it says `shiftedCount` moved. */
async function previewShifts(page, scope, shiftedCount) {
  await clickButton(scope, '预览活动安排');
  const summary = scope.getByText(`2026 年共 72 次活动（3 个党支部），其中 ${shiftedCount} 次因节假日调整：`);
  await summary.waitFor({ timeout: ACTION_TIMEOUT_MS });
  await idle(page);
  return scope.getByRole('list', { name: '生成活动安排' }).getByRole('listitem').allInnerTexts();
}

/** Picks `optionName` in the native select named `comboboxName` (its field's label), as a user does. */
async function choose(scope, comboboxName, optionName) {
  const select = scope.getByRole('combobox', { name: comboboxName, exact: true });
  try {
    await select.selectOption({ label: optionName }, { timeout: ACTION_TIMEOUT_MS });
  } catch (error) {
    fail(`"${optionName}" could not be chosen in "${comboboxName}": ${error.message.split('\n')[0]}`);
  }
  const shown = await select.evaluate((element) => element.options[element.selectedIndex]?.text ?? '');
  expectEqual(shown, optionName, `the choice shown in "${comboboxName}"`);
}

/** Clicks a button once it is enabled (Playwright waits for that), failing with its name if it never is. */
async function clickButton(scope, name) {
  try {
    await scope.getByRole('button', { name, exact: true }).click({ timeout: ACTION_TIMEOUT_MS });
  } catch (error) {
    fail(`the button "${name}" could not be clicked (missing or disabled): ${error.message.split('\n')[0]}`);
  }
}

/** Chooses `file` through the 打开工作簿 button's file chooser, as a user does. */
async function openWorkbook(t, file) {
  const chooser = t.page.waitForEvent('filechooser');
  await clickButton(t.page, '打开工作簿（.xlsx）');
  await (await chooser).setFiles(file);
  const opened = `已打开：${path.basename(file)}`;
  try {
    await t.page.getByText(opened).waitFor({ timeout: ACTION_TIMEOUT_MS });
  } catch {
    const alert = await t.page.getByRole('alert').allInnerTexts();
    fail(`opening ${path.basename(file)}: "${opened}" never appeared ${JSON.stringify(alert)}.`);
  }
  await idle(t.page);
  await region(t.page, '设置工作簿').waitFor();
  t.opened = file;
}

/**
 * The pane names a download after the file opened: 原文件名-活动日.xlsx; a file it downloaded before
 * (原文件名-活动日.xlsx) keeps its name instead of gaining a second -活动日.
 */
const downloadName = (opened) => `${path.basename(opened).replace(/(-活动日)?\.xlsx$/i, '')}-活动日.xlsx`;

/** Downloads the workbook and returns where it was saved. */
async function download(t, folder) {
  const expected = downloadName(t.opened);
  const started = t.page.waitForEvent('download', { timeout: ACTION_TIMEOUT_MS });
  await clickButton(t.page, '下载处理后的工作簿');
  const file = await started;
  if (file.suggestedFilename() !== expected)
    fail(`the download is named "${file.suggestedFilename()}", expected "${expected}".`);
  const saved = path.join(t.tempDir, folder, expected);
  fs.mkdirSync(path.dirname(saved), { recursive: true });
  await file.saveAs(saved);
  await outcome(t.page, t.page.getByRole('region', { name: '文件模式' }), `已下载“${expected}”`, 'download');
  return saved;
}

function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    fail(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}.`);
}

function expectClose(actual, expected, what) {
  if (typeof actual !== 'number' || Math.abs(actual - expected) > 1e-9)
    fail(`${what}: ${JSON.stringify(actual)}, expected ${expected}.`);
}

/**
 * The year, step by step. After each step the screenshots show `shot`: the named region of the
 * pane (its heading), 'top' for the top of the pane (the file and its outcomes), a function giving
 * the part of the page to show, or null for none.
 */
const STEPS = [
  {
    id: 'open',
    title: '打开工作簿',
    shot: 'top',
    run: async (t) => {
      const copy = path.join(t.tempDir, 'user', FIXTURE_NAME);
      fs.mkdirSync(path.dirname(copy), { recursive: true });
      fs.copyFileSync(FIXTURE, copy);
      await openWorkbook(t, copy);
      t.log(`opened a copy of ${FIXTURE_NAME}`);
    },
  },
  {
    id: 'setup',
    title: '设置工作簿',
    shot: '设置工作簿',
    run: async (t) => {
      const scope = region(t.page, '设置工作簿');
      await scope.getByRole('textbox', { name: /^单位名称/ }).fill(UNIT);
      await scope.getByLabel('党支部（每行一个）', { exact: true }).fill(BRANCHES.join('\n'));
      await scope.getByLabel('年度', { exact: true }).fill(String(YEAR));
      await clickButton(scope, '设置工作簿');
      const text = await outcome(t.page, scope, `已设置 ${YEAR} 年度工作簿：3 个党支部`, 'setup');
      t.log(text.split('\n')[1] ?? text);
    },
  },
  {
    id: 'import',
    title: '导入党员',
    shot: '导入党员',
    run: async (t) => {
      const scope = region(t.page, '导入党员');
      await choose(scope, '从哪里导入', '党员花名册');
      await clickButton(scope, '预览导入');
      const preview = await outcome(
        t.page,
        scope,
        '“党员花名册”共 45 行，可导入 45 人：机关第一党支部 15 人、机关第二党支部 15 人、离退休党支部 15 人。',
        'import preview',
      );
      // The fixture's 花名册 is clean: the preview is informational, with no problem rows listed.
      const bar = scope.getByRole('status').filter({ hasText: '可导入 45 人' });
      expectEqual(await bar.getAttribute('data-intent'), 'info', 'the import preview intent');
      expectEqual(await bar.getByRole('listitem').count(), 0, 'problem rows in the import preview');
      t.log(`preview: ${preview.replace(/\s+/g, ' ')}`);
      await t.shoot('import-preview', scope);
      await clickButton(scope, '导入');
      await outcome(t.page, scope, '已导入 45 人', 'import');
    },
  },
  {
    id: 'holidays',
    title: '节假日',
    shot: '节假日',
    run: async (t) => {
      const scope = region(t.page, '节假日');
      await clickButton(scope, `查看 ${YEAR} 年节假日`);
      await outcome(t.page, scope, '放假 33 天，调休上班 6 天。', 'holidays');
      // 39 days start folded under a heading with their count; opened, the list shows them all.
      await clickButton(scope, `${YEAR} 年节假日列表（39 天）`);
      const list = scope.getByRole('list', { name: `${YEAR} 年节假日列表` });
      await list.waitFor({ timeout: ACTION_TIMEOUT_MS });
      expectEqual(await list.getByRole('listitem').count(), 39, 'days listed for 2026');
      if ((await scope.getByText(`${YEAR} 年尚无国务院放假通知数据`).count()) > 0)
        fail(`holidays: ${YEAR} is shown as estimated, expected the official notice.`);
      expectEqual(
        (await list.getByRole('listitem').first().innerText()).replace(/\s+/g, ' ').trim(),
        '2026-01-01 元旦 放假 官方',
        'the first holiday',
      );
      // Folded again, as a reader first sees it (and as the screenshot shows it).
      await clickButton(scope, `${YEAR} 年节假日列表（39 天）`);
      await list.waitFor({ state: 'hidden' });
    },
  },
  {
    id: 'schedule',
    title: '生成活动安排',
    shot: '生成活动安排',
    run: async (t) => {
      const scope = region(t.page, '生成活动安排');
      const shifted = await previewShifts(t.page, scope, 3);
      expectEqual(
        shifted,
        BRANCHES.map((b) => `${b}：原定 2026-09-25（中秋节假期），顺延至 2026-09-28（星期一）`),
        'the shifted activities in the preview',
      );
      await t.shoot('schedule-preview', scope);
      await clickButton(scope, '写入活动安排');
      await outcome(t.page, scope, '已写入“活动安排”：72 次活动', 'schedule');
    },
  },
  {
    id: 'holiday-add',
    title: '节假日：添加一天',
    shot: (page) => region(page, '节假日').getByRole('group', { name: '添加或删除一天', exact: true }),
    run: async (t) => {
      const scope = region(t.page, '节假日');
      const form = scope.getByRole('group', { name: '添加或删除一天', exact: true });
      await form.getByLabel('日期（YYYY-MM-DD）', { exact: true }).fill(DAY_OFF.date);
      await form.getByRole('radio', { name: '放假', exact: true }).check();
      // exact: the field 单位名称 of 设置工作簿 contains 名称 too.
      await form.getByLabel('名称', { exact: true }).fill(DAY_OFF.name);
      await clickButton(form, '写入节假日表');
      const text = await outcome(
        t.page,
        form,
        `已在“节假日”表写入：${DAY_OFF.date} 放假（${DAY_OFF.name}），来源“手工”。`,
        'adding a day off',
      );
      if (!text.includes('重新生成后将调整 3 次活动：'))
        fail(`adding a day off: the outcome does not say that 3 activities move: "${flat(text)}".`);
      const moved = await form.getByRole('status').getByRole('listitem').allInnerTexts();
      expectEqual(
        moved,
        BRANCHES.map((b) => `${b}：${DAY_OFF.date} 改为 ${DAY_OFF.movedTo}`),
        'the activities the day off moves',
      );
      // The year's list shown above is read again: the day is in it, marked 手工.
      await scope.getByText('放假 34 天，调休上班 6 天。').waitFor();
      await clickButton(scope, `${YEAR} 年节假日列表（40 天）`);
      const list = scope.getByRole('list', { name: `${YEAR} 年节假日列表` });
      await list.waitFor();
      const day = list.getByRole('listitem').filter({ hasText: DAY_OFF.date });
      expectEqual(
        flat(await day.innerText()),
        `${DAY_OFF.date} ${DAY_OFF.name} 放假 手工`,
        'the day in the list',
      );
      t.log(`day off ${DAY_OFF.date}: ${moved.length} activities move to ${DAY_OFF.movedTo}`);
    },
  },
  {
    id: 'schedule-again',
    title: '再次生成活动安排',
    shot: '生成活动安排',
    run: async (t) => {
      const scope = region(t.page, '生成活动安排');
      const shifted = await previewShifts(t.page, scope, 6);
      expectEqual(
        [...shifted].sort(),
        BRANCHES.flatMap((b) => [
          `${b}：原定 ${DAY_OFF.date}（${DAY_OFF.name}，手工录入），顺延至 ${DAY_OFF.movedTo}（调休上班日）`,
          `${b}：原定 2026-09-25（中秋节假期），顺延至 2026-09-28（星期一）`,
        ]).sort(),
        'the shifted activities in the preview after the day off',
      );
      await t.shoot('schedule-again-preview', scope);
      await clickButton(scope, '写入活动安排');
      await outcome(t.page, scope, '已写入“活动安排”：72 次活动', 'schedule again');
    },
  },
  {
    id: 'download-planned',
    title: '下载（安排）',
    shot: '下载',
    run: async (t) => {
      t.planned = await download(t, 'planned');
    },
  },
  {
    id: 'attendance',
    title: '在 Excel/WPS 中登记出勤（ExcelJS）',
    shot: null,
    run: async (t) => {
      const book = await wb.readWorkbook(t.planned);
      t.before = wb.snapshotSheets(await wb.readWorkbook(FIXTURE), USER_SHEETS);
      const owned = wb.ownedSheets(book);
      t.expected = new Map();
      for (const [index, branch] of BRANCHES.entries()) {
        const sheet = owned.get(`attendance.${index + 1}`);
        if (!sheet) fail(`the downloaded file has no attendance sheet for ${branch}.`);
        const view = wb.readAttendanceSheet(sheet);
        // The downloaded file has the activity on its new day, under the same activity id.
        const moved = view.activities.find((activity) => activity.id === DAY_OFF.activity);
        if (!moved || moved.serial !== serialOf(DAY_OFF.movedTo))
          fail(
            `「${sheet.name}」: activity ${DAY_OFF.activity} is on serial ${moved?.serial}, expected ${DAY_OFF.movedTo}.`,
          );
        const recorded = wb.enterAttendance(
          view,
          (activity) => RECORDED_MONTHS.includes(activity.id.slice(0, 7)),
          (activityIndex, memberIndex, activity) => {
            const mix = branch === POOR.branch && activity.id === POOR.activity ? POOR_MIX : MIX;
            return mix[(memberIndex + activityIndex) % mix.length];
          },
        );
        t.expected.set(branch, { ...recorded, view });
      }
      // Saved under the downloaded file's name, as Ctrl+S in Excel or WPS would.
      const recorded = path.join(t.tempDir, 'recorded', path.basename(t.planned));
      fs.mkdirSync(path.dirname(recorded), { recursive: true });
      await book.xlsx.writeFile(recorded);
      t.recorded = recorded;
      const poor = t.expected.get(POOR.branch).figures.get(POOR.activity);
      t.log(
        `entered √ 迟 早 事 病 × for January and February in 3 branches; ${POOR.branch} ${POOR.activity}: ` +
          `实到 ${poor.attended} / 应到 ${poor.due}`,
      );
    },
  },
  {
    id: 'reopen',
    title: '再次打开',
    shot: 'top',
    run: async (t) => {
      await openWorkbook(t, t.recorded);
    },
  },
  {
    id: 'attendance-status',
    title: '出勤登记',
    shot: '出勤登记',
    run: async (t) => {
      const scope = region(t.page, '出勤登记');
      await clickButton(scope, '查看登记情况');
      await scope
        .getByRole('region', { name: BRANCHES[0], exact: true })
        .waitFor({ timeout: ACTION_TIMEOUT_MS });
      await idle(t.page);
      const today = serialOf(TODAY.slice(0, 10));
      for (const branch of BRANCHES) {
        const { view, figures } = t.expected.get(branch);
        const box = scope.getByRole('region', { name: branch, exact: true });
        const lines = (await box.locator('p').allInnerTexts()).map(flat);
        const what = `出勤登记 ${branch}`;
        // Every activity up to the fixed today is held; January and February are fully recorded.
        const held = view.activities.filter((activity) => activity.serial <= today);
        const pending = held.filter((activity) => !figures.has(activity.id));
        expectEqual(held.length, 24, `${what}: activities held by ${TODAY.slice(0, 10)}`);
        expectEqual(
          lines[0],
          `已登记 ${figures.size} 次，部分登记 0 次，待登记 ${pending.length} 次，尚未开展 0 次。`,
          `${what}: counts`,
        );
        // Twenty dates fold to the first three and the last, the count in the line.
        const dates = pending.map((a) => dayText(a.serial));
        expectEqual(
          lines[1],
          `待登记 ${pending.length} 次：${[...dates.slice(0, 3), '…', dates[dates.length - 1]].join('、')}`,
          `${what}: pending`,
        );
        if ((await box.getByRole('button', { name: `显示全部 ${pending.length} 个日期` }).count()) !== 1)
          fail(`${what}: no button to show all ${pending.length} pending dates.`);
        const below = lines.filter((line) => line.startsWith('低于 80% 的活动：'));
        const poor = figures.get(POOR.activity);
        expectEqual(
          below,
          branch === POOR.branch
            ? [
                `低于 80% 的活动：${POOR.day}（到会率 ${Math.round((poor.attended / poor.due) * 1000) / 10}%）`,
              ]
            : [],
          `${what}: under the threshold`,
        );
        // The current activity: the last one held, with the sheet and the cell of its first member.
        const current = held[held.length - 1];
        const cell = view.sheet.getCell(view.members[0].row, current.column).address;
        const at = lines.findIndex((line) => line.startsWith(`当前活动：${dayText(current.serial)} `));
        if (at < 0)
          fail(
            `${what}: no line for the current activity ${dayText(current.serial)}: ${JSON.stringify(lines)}`,
          );
        expectEqual(
          lines[at + 1],
          `下载后在 Excel 或 WPS 中打开“${view.sheet.name}”工作表，从 ${cell} 单元格起登记这次活动。`,
          `${what}: where to record the current activity`,
        );
        // File mode: no button to open Excel's grid (the one button unfolds the dates).
        expectEqual(await box.getByRole('button').count(), 1, `${what}: buttons in file mode`);
        if (branch === POOR.branch) t.log(`${branch}: ${lines[0]} ${below[0]}; ${lines[at]} → ${cell}`);
      }
    },
  },
  {
    id: 'summary-month',
    title: '月度汇总',
    shot: '月度汇总 / 年度汇总',
    run: async (t) => {
      const scope = region(t.page, '月度汇总 / 年度汇总');
      await choose(scope, '汇总期间', '月度');
      await choose(scope, '月份', '2 月');
      await choose(scope, '党支部', '全部党支部');
      await clickButton(scope, '生成汇总表');
      await outcome(t.page, scope, '已写入“月度汇总”', 'monthly summary');
    },
  },
  {
    id: 'summary-year',
    title: '年度汇总',
    shot: '月度汇总 / 年度汇总',
    run: async (t) => {
      const scope = region(t.page, '月度汇总 / 年度汇总');
      await choose(scope, '汇总期间', '年度');
      await clickButton(scope, '生成汇总表');
      await outcome(t.page, scope, '已写入“年度汇总”', 'annual summary');
    },
  },
  {
    id: 'check',
    title: '检查',
    shot: '检查',
    run: async (t) => {
      const scope = region(t.page, '检查');
      await clickButton(scope, '检查工作簿');
      const results = scope.getByRole('group', { name: '检查结果', exact: true });
      await results.waitFor({ timeout: ACTION_TIMEOUT_MS });
      await idle(t.page);
      // Grouped by kind, a heading with its count each; a year's 未登记出勤 starts folded.
      const headings = (await results.getByRole('heading', { level: 3 }).allInnerTexts()).map(flat);
      const unrecordedHeading = `未登记出勤 ${BRANCHES.length * 20} 项`;
      // 补学 is owed for every 事, 病 and × entered, none has a 补学日期 and the fixed today is
      // months past the 30 days; no 事/病 has a 请假批准人 either.
      const entered = [...t.expected.values()].flatMap((b) => [...b.figures.values()]);
      const leave = entered.reduce((total, f) => total + f.leave, 0);
      const owed = entered.reduce((total, f) => total + f.leave + f.absent, 0);
      const wanted = [
        '到会率低于要求 1 项',
        '连续无故缺席 1 项',
        unrecordedHeading,
        `请假未填批准人 ${leave} 项`,
        `逾期未补学 ${owed} 项`,
      ];
      if (JSON.stringify(headings) !== JSON.stringify(wanted))
        fail(`check: the groups are ${JSON.stringify(headings)}, expected ${JSON.stringify(wanted)}.`);
      const toggle = results.getByRole('button', { name: unrecordedHeading, exact: true });
      expectEqual(await toggle.getAttribute('aria-expanded'), 'false', 'the 未登记出勤 group starts folded');
      // Opened from the keyboard, as a user without a mouse does.
      await toggle.focus();
      await t.page.keyboard.press('Enter');
      await results.getByRole('list', { name: unrecordedHeading, exact: true }).waitFor();
      const items = (await results.getByRole('listitem').allInnerTexts()).map(flat);
      const below = items.filter((text) => /到会率 .*低于 80%/.test(text));
      const poor = t.expected.get(POOR.branch).figures.get(POOR.activity);
      // The codes were chosen so that this one activity alone is under 80 % (the rest at 80 % or more).
      const under = [...t.expected.values()]
        .flatMap((b) => [...b.figures.values()])
        .filter((f) => f.rate < 0.8);
      expectEqual(under.length, 1, 'activities under 80% by the codes entered');
      expectEqual(below.length, 1, `activities under 80% in the check (${JSON.stringify(below)})`);
      const want = `${POOR.branch} ${POOR.date}`;
      if (!below[0].startsWith(want) || !below[0].includes(`实到 ${poor.attended} / 应到 ${poor.due}`))
        fail(
          `check: the item under the threshold is "${below[0]}", expected ${want} with 实到 ${poor.attended} / 应到 ${poor.due}.`,
        );
      if (!below[0].includes('位置：「活动安排」'))
        fail(`check: the item under the threshold names no place in 活动安排: "${below[0]}".`);
      // Every activity from March to December is past the fixed today and has no record.
      const unrecorded = items.filter((text) => text.includes('未登记出勤'));
      expectEqual(unrecorded.length, BRANCHES.length * 20, 'unrecorded activities in the check');
      const total = headings.reduce((sum, heading) => sum + Number(/ (\d+) 项$/.exec(heading)[1]), 0);
      await scope.getByText(`发现 ${total} 项需要关注：`).waitFor();
      // Folded again: the screenshot shows the groups.
      await toggle.press('Enter');
      await results.getByRole('list', { name: unrecordedHeading, exact: true }).waitFor({ state: 'hidden' });
      // Without the focus ring the screenshot shows the groups as a reader first sees them.
      await toggle.blur();
      t.log(`check: ${items.length} items in ${headings.join('、')}; under 80%: ${below[0].slice(0, 60)}…`);
    },
  },
  {
    id: 'download-final',
    title: '下载（汇总）',
    shot: '下载',
    run: async (t) => {
      t.final = await download(t, 'final');
    },
  },
];

/** The final download against the codes entered and the fixture: every figure and every user cell. */
async function verifyFinalFile(t) {
  const book = await wb.readWorkbook(t.final);
  const owned = wb.ownedSheets(book);
  const month = owned.get('summary.month');
  const annual = owned.get('summary.year');
  if (!month || !annual)
    fail(`the final file lacks 月度汇总 or 年度汇总 (sheets: ${book.worksheets.map((s) => s.name)}).`);
  let checked = 0;

  const table = wb.readMonthlyBranchTable(month);
  for (const branch of BRANCHES) {
    const { figures, perMember, view } = t.expected.get(branch);
    const february = [...figures.entries()].filter(([id]) => id.startsWith('2026-02'));
    const page = wb.readMonthlyBranchPage(month, branch, `${YEAR}年2月`);
    expectEqual(page.size, february.length, `月度汇总 ${branch}: activities in February`);
    for (const [id, f] of february) {
      const row = page.get(f.serial);
      if (!row) fail(`月度汇总 ${branch}: no row for activity ${id}.`);
      const what = `月度汇总 ${branch} ${id}`;
      expectEqual(
        [row.due, row.attended, row.leave, row.absent, row.late, row.leftEarly, row.unrecorded],
        [f.due, f.attended, f.leave, f.absent, f.late, f.leftEarly, 0],
        `${what} 应到 实到 请假 缺席 迟到 早退 未登记`,
      );
      expectClose(row.rate, f.attended / f.due, `${what} 到会率`);
      expectEqual(row.met, f.attended / f.due >= 0.8 ? '是' : '否', `${what} 达标`);
      checked += 9;
    }
    const sum = (key) => february.reduce((total, [, f]) => total + f[key], 0);
    const line = table.get(branch);
    if (!line) fail(`月度汇总: no row for ${branch} in the table across branches.`);
    expectEqual(
      [line.due, line.attended, line.leave, line.absent, line.late, line.leftEarly, line.unrecorded],
      [sum('due'), sum('attended'), sum('leave'), sum('absent'), sum('late'), sum('leftEarly'), 0],
      `月度汇总 across branches, ${branch} 应到人次 实到人次 请假人次 缺席人次 迟到 早退 未登记`,
    );
    expectClose(line.rate, sum('attended') / sum('due'), `月度汇总 across branches, ${branch} 到会率`);
    expectEqual(line.below, branch === POOR.branch ? 1 : 0, `月度汇总 across branches, ${branch} 未达标`);
    checked += 9;

    // 年度汇总: each member's 实到 in January and February, the year's 应到 (every activity the
    // member was due at, from the sheet's own columns) and 实到/请假/缺席; the branch's lines.
    const year = wb.readAnnualBranch(annual, branch);
    for (const member of view.members) {
      const got = year.members.get(member.name);
      if (!got) fail(`年度汇总 ${branch}: no row for ${member.name}.`);
      const marks = [...perMember.get(member.id).marks.entries()];
      const count = (prefix, heads) =>
        marks.filter(([id, h]) => id.startsWith(prefix) && heads.includes(h)).length;
      const what = `年度汇总 ${branch} ${member.name}`;
      // March to December are held (today is 28 December) with nothing recorded: 未登记, not 0.
      expectEqual(
        got.months,
        Array.from({ length: 12 }, (_, i) => (i < 2 ? count(`2026-0${i + 1}`, ['√', '迟', '早']) : '未登记')),
        `${what} 各月实到次数`,
      );
      const due = view.activities.filter((activity) => member.dueOn(activity.serial)).length;
      expectEqual(
        [got.due, got.attended, got.leave, got.absent],
        [due, count('2026', ['√', '迟', '早']), count('2026', ['事', '病']), count('2026', ['×'])],
        `${what} 全年 应到 实到 请假 缺席`,
      );
      checked += 16;
    }
    for (const [index, prefix] of RECORDED_MONTHS.entries()) {
      const inMonth = [...figures.entries()].filter(([id]) => id.startsWith(prefix)).map(([, f]) => f);
      const attended = inMonth.reduce((total, f) => total + f.attended, 0);
      const due = inMonth.reduce((total, f) => total + f.due, 0);
      const what = `年度汇总 ${branch} ${index + 1}月`;
      expectEqual(year.attendedPerMonth[index], attended, `${what} 实到人次`);
      expectClose(year.ratePerMonth[index], attended / due, `${what} 到会率`);
      expectEqual(
        year.belowPerMonth[index],
        inMonth.filter((f) => f.attended / f.due < 0.8).length,
        `${what} 未达标次数`,
      );
      checked += 3;
    }
  }

  const differences = wb.snapshotDifferences(t.before, wb.snapshotSheets(book, USER_SHEETS));
  if (differences.length > 0) fail(`the user's sheets changed:\n  ${differences.slice(0, 20).join('\n  ')}`);
  const cells = Object.values(t.before.sheets).reduce((n, sheet) => n + Object.keys(sheet.cells).length, 0);
  expectEqual(
    book.worksheets.slice(0, USER_SHEETS.length).map((sheet) => sheet.name),
    USER_SHEETS,
    'the user’s sheets stay first, in their order',
  );
  t.log(
    `final file: ${checked} summary figures equal the entered codes; ${cells} cells of ${USER_SHEETS.join('、')}, ` +
      `their merges and the name ${t.before.definedNames.join(' ')} unchanged`,
  );
}

/** What the further walks (test/e2e/*.js) use of this file's helpers. */
const HELPERS = {
  region,
  outcome,
  idle,
  clickButton,
  choose,
  openWorkbook,
  expectEqual,
  flat,
  ACTION_TIMEOUT_MS,
};

async function main() {
  const started = Date.now();
  fs.rmSync(SHOTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const run = await startBrowserTest('e2e');
  try {
    const { page, context, record, loadedAt } = await openPane(
      run.browser,
      `${run.origin}/taskpane.html?mode=file`,
      { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true },
      (p) => p.clock.setFixedTime(new Date(TODAY)),
    );
    page.setDefaultTimeout(60_000);
    const shots = [];
    let shootings = 0;
    const t = {
      page,
      tempDir: run.tempDir,
      log: (line) => console.log(`e2e:   ${line}`),
      /** The step's region (or the top of the pane) at every width; back to 320 px after. */
      shoot: async (name, scope) => {
        shootings += 1;
        // The pointer off the pane: the last click leaves no hover colour on whatever is now under it.
        await page.mouse.move(0, 0);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          if (width === 320) await expectNoHorizontalScroll(page, `${name} at 320 px`);
          const file = path.join(SHOTS_DIR, `${String(shootings).padStart(2, '0')}-${name}-${width}.png`);
          // Transitions finished, so a button that has just been enabled again shows as enabled.
          if (scope) {
            // The region from its top, at most SHOT_MAX_HEIGHT tall (the check lists dozens of items).
            await scope.scrollIntoViewIfNeeded();
            const box = await scope.boundingBox();
            const scrollY = await page.evaluate(() => window.scrollY);
            const clip = { ...box, y: box.y + scrollY, height: Math.min(box.height, SHOT_MAX_HEIGHT) };
            await page.screenshot({ path: file, fullPage: true, clip, animations: 'disabled' });
          } else {
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: file, animations: 'disabled' });
          }
          shots.push(path.relative(ROOT, file));
          if (width === 320 && process.env.E2E_DOCS_IMAGES === '1' && DOCS_IMAGES[name])
            fs.copyFileSync(file, path.join(DOCS_IMAGES_DIR, DOCS_IMAGES[name]));
        }
        await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      },
    };
    await page.getByRole('heading', { level: 2, name: '文件模式' }).waitFor({ timeout: 30_000 });
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    for (const [index, step] of STEPS.entries()) {
      const stepStarted = Date.now();
      console.log(`e2e: ${index + 1}/${STEPS.length} ${step.title}`);
      await step.run(t);
      if (step.shot !== null) {
        let scope = null;
        if (typeof step.shot === 'function') scope = step.shot(page);
        else if (step.shot !== 'top') scope = region(page, step.shot);
        await t.shoot(step.id, scope);
      }
      if (record.errors.length > 0)
        fail(`${step.title}: errors in the page:\n  ${record.errors.join('\n  ')}`);
      console.log(`e2e:   done in ${((Date.now() - stepStarted) / 1000).toFixed(1)} s`);
    }
    const helpers = { region, outcome, clickButton, openWorkbook, download, idle, flat, expectEqual, fail };
    for (const walk of SAME_PAGE_WALKS) {
      const walkStarted = Date.now();
      console.log(`e2e: walk ${walk.title}`);
      await walk.run(t, { ...helpers, FIXTURE, ACTION_TIMEOUT_MS });
      if (record.errors.length > 0)
        fail(`${walk.title}: errors in the page:\n  ${record.errors.join('\n  ')}`);
      console.log(`e2e:   done in ${((Date.now() - walkStarted) / 1000).toFixed(1)} s`);
    }
    await settle(page, loadedAt);
    checkRecord('file mode, the whole year', record, run.origin);
    await context.close();
    await verifyFinalFile(t);
    for (const walk of FRESH_PAGE_WALKS) await walk.run({ run, shotsDir: SHOTS_DIR, helpers: HELPERS });
    console.log(`e2e: no console errors, no request to any host but ${run.origin}.`);
    console.log(`e2e: ${shots.length} screenshots in ${path.relative(ROOT, SHOTS_DIR)}/`);
    console.log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(
      `e2e: ${STEPS.length} steps and ${SAME_PAGE_WALKS.length + FRESH_PAGE_WALKS.length} walks passed, 0 failed`,
    );
  } finally {
    await run.close();
  }
}

runMain('end-to-end test', main);
