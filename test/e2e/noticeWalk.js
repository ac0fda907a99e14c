// A walk of the end-to-end test (scripts/e2e.js runs it after the year's walk, in the same page,
// with the pane's clock fixed at 2026-12-28): the secretary plans next year, 2027, for which the
// add-in has no State Council data yet. A fresh copy of the fixture is set up for 2027; 节假日 says
// the year is estimated; the notice (test/fixtures/holiday-notices/example-2027.txt, a made-up
// 2027 notice) is pasted into “粘贴国务院通知”, previewed — each item with its days, no finding,
// the activities it moves — and written; the year's list then shows the notice's days (来源 通知);
// 生成活动安排 shows the activity of 12 February (a day off by the notice, a working day in the
// estimate) moved to Monday 15 February, and the downloaded file holds it there and the 节假日
// sheet's 通知 rows.
const fs = require('node:fs');
const path = require('node:path');
const wb = require('./workbook');

const ROOT = path.join(__dirname, '..', '..');
const NOTICE = fs.readFileSync(
  path.join(ROOT, 'test', 'fixtures', 'holiday-notices', 'example-2027.txt'),
  'utf8',
);
const YEAR = 2027;
const UNIT = '淄博市国土资源局张店分局';
const BRANCHES = ['机关第一党支部', '机关第二党支部', '离退休党支部'];
const MOVED = { activity: '2027-02-1', from: '2027-02-12', to: '2027-02-15' };
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An .xlsx cell's date (a Date or a serial) as 'YYYY-MM-DD'. */
function isoDate(value) {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return new Date(EXCEL_EPOCH + value * DAY_MS).toISOString().slice(0, 10);
  return String(value ?? '');
}

/** The column of a header text in a sheet's first rows, or 0. */
function headerColumn(sheet, text) {
  for (let row = 1; row <= 5; row++) {
    let found = 0;
    sheet.getRow(row).eachCell((cell, column) => {
      if (found === 0 && cell.value === text) found = column;
    });
    if (found > 0) return { row, column: found };
  }
  return { row: 0, column: 0 };
}

/** Checks the downloaded file: 节假日's 通知 rows, 活动安排's moved activity. */
async function verifyDownload(file, h) {
  const owned = wb.ownedSheets(await wb.readWorkbook(file));
  const holidays = owned.get('holidays');
  const schedule = owned.get('schedule');
  if (!holidays || !schedule) h.fail('the 2027 download lacks 节假日 or 活动安排.');
  const source = headerColumn(holidays, '来源');
  const sources = [];
  holidays.eachRow((row, n) => {
    if (n > source.row) sources.push(row.getCell(source.column).value);
  });
  h.expectEqual(
    sources.filter((s) => s === '通知').length,
    33,
    '节假日 rows from the notice in the download',
  );
  h.expectEqual(sources.filter((s) => s === '预估').length, 0, 'estimated rows left in the download');
  const id = headerColumn(schedule, '编号');
  const date = headerColumn(schedule, '日期');
  const dates = [];
  schedule.eachRow((row, n) => {
    if (n > id.row && row.getCell(id.column).value === MOVED.activity)
      dates.push(isoDate(row.getCell(date.column).value));
  });
  h.expectEqual(
    dates,
    BRANCHES.map(() => MOVED.to),
    `活动安排 ${MOVED.activity} in the download`,
  );
}

module.exports = {
  title: '2027：粘贴国务院通知',
  /** README's screenshot of the step (E2E_DOCS_IMAGES=1), by shot name. */
  docsImages: { 'notice-preview': 'workflow-3b-notice-320.png' },
  /**
   * `t` is the walk's context (page, tempDir, log, shoot); `h` the helpers scripts/e2e.js passes
   * (test/e2e/pane.js's): region, outcome, clickButton, openWorkbook, download, idle, flat, expectEqual,
   * fail, FIXTURE, ACTION_TIMEOUT_MS.
   */
  async run(t, h) {
    const copy = path.join(t.tempDir, 'notice', 'existing-workbook.xlsx');
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(h.FIXTURE, copy);
    await h.openWorkbook(t, copy);

    const setup = h.region(t.page, '设置工作簿');
    await setup.getByRole('textbox', { name: /^单位名称/ }).fill(UNIT);
    await setup.getByLabel('党支部（每行一个）', { exact: true }).fill(BRANCHES.join('\n'));
    await setup.getByLabel('年度', { exact: true }).fill(String(YEAR));
    await h.clickButton(setup, '设置工作簿');
    await h.outcome(t.page, setup, `已设置 ${YEAR} 年度工作簿：3 个党支部`, 'setup 2027');
    t.log(`a fresh copy of the fixture set up for ${YEAR}`);

    const step = h.region(t.page, '节假日');
    await h.clickButton(step, `查看 ${YEAR} 年节假日`);
    await step.getByText(`${YEAR} 年尚无国务院放假通知数据`).waitFor({ timeout: h.ACTION_TIMEOUT_MS });
    await h.idle(t.page);

    const panel = step.getByRole('group', { name: '粘贴国务院通知', exact: true });
    await panel.getByLabel('通知全文', { exact: true }).fill(NOTICE);
    await h.clickButton(panel, '预览');
    await panel
      .getByText(`${YEAR} 年：放假 28 天，调休上班 5 天（7 项）。`)
      .waitFor({ timeout: h.ACTION_TIMEOUT_MS });
    await h.idle(t.page);
    await panel.getByText('核对无误：日期、星期、天数都与《全国年节及纪念日放假办法》相符。').waitFor();
    const spring = panel.getByRole('list', { name: '第二项（春节）的日期', exact: true });
    h.expectEqual(await spring.getByRole('listitem').count(), 10, 'days of 春节 in the preview');
    await panel.getByText('写入后重新生成活动安排，将调整 3 次活动：').waitFor();
    for (const branch of BRANCHES)
      await panel.getByText(`${branch}：${MOVED.from} 改为 ${MOVED.to}`).waitFor();
    // The shot shows the notice from its title, as pasted.
    await panel.getByLabel('通知全文', { exact: true }).evaluate((box) => {
      box.scrollTop = 0;
    });
    await t.shoot('notice-preview', panel);

    await h.clickButton(panel, '按通知写入节假日表');
    const written = await h.outcome(
      t.page,
      panel,
      `已写入“节假日”表：${YEAR} 年放假 28 天、调休上班 5 天，来源“通知”。`,
      'writing the notice',
    );
    if (!written.includes('代替了 13 个预估的放假日。'))
      h.fail(`writing the notice: the outcome does not say it replaced the estimate: "${h.flat(written)}".`);
    await step.getByText('放假 28 天，调休上班 5 天。').waitFor();
    if ((await step.getByText(`${YEAR} 年尚无国务院放假通知数据`).count()) > 0)
      h.fail('节假日 still says the year is estimated after the notice was written.');
    const first = step
      .getByRole('list', { name: `${YEAR} 年节假日列表`, exact: true })
      .getByRole('listitem')
      .first();
    h.expectEqual(h.flat(await first.innerText()), '2027-01-01 元旦 放假 通知', 'the first day of 2027');
    await t.shoot('notice-written', panel);
    t.log('notice previewed and written: 33 days from the notice, 3 activities to move');

    const plan = h.region(t.page, '生成活动安排');
    await h.clickButton(plan, '预览活动安排');
    await plan
      .getByText(`${YEAR} 年共 72 次活动（3 个党支部），其中 3 次因节假日调整：`)
      .waitFor({ timeout: h.ACTION_TIMEOUT_MS });
    await h.idle(t.page);
    const shifted = await plan
      .getByRole('list', { name: '生成活动安排' })
      .getByRole('listitem')
      .allInnerTexts();
    h.expectEqual(
      shifted.map(h.flat),
      BRANCHES.map((b) => `${b}：原定 ${MOVED.from}（春节假期），顺延至 ${MOVED.to}（星期一）`),
      'the shifted activities after the notice',
    );
    await h.clickButton(plan, '写入活动安排');
    await h.outcome(t.page, plan, '已写入“活动安排”：72 次活动', 'schedule 2027');
    await t.shoot('notice-schedule', plan);
    await verifyDownload(await h.download(t, 'notice'), h);
    t.log(
      `活动安排: ${MOVED.activity} moved from ${MOVED.from} to ${MOVED.to} in every branch, in the download too`,
    );
  },
};
