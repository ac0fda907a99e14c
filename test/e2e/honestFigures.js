// The end-to-end test's second walk (issue 15), run by scripts/e2e.js after the year's walk, on a
// fresh page of the same build with the clock pinned to 10 April 2026:
//
// a secretary's workbook whose 花名册 (merged title row, headers in row 2: 党员姓名/党支部/党籍状态)
// names its branches 第一…第四党支部, while 设置工作簿 is given 机关第一…第四党支部 → the import
// preview offers to match each (suggested), the import maps them (remembered in 设置) and adds no
// branch; March, with nothing recorded, is summarised → the pane's outcome and the printed
// 月度汇总 (LibreOffice → PDF → text) say 未登记, never 0.0%; the download's confirmation is in the
// viewport right after the click, at 320 px and at 800 px. Screenshots of each step at both widths go
// to artifacts/e2e/ as 2x-*.png.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');
const {
  checkRecord,
  expectNoHorizontalScroll,
  fail,
  openPane,
  settle,
} = require('../../scripts/lib/browser');
const wb = require('./workbook');

const TODAY = '2026-04-10T10:00:00+08:00';
const UNIT = '中共区自然资源局机关委员会';
const SETUP = ['机关第一党支部', '机关第二党支部', '机关第三党支部', '机关第四党支部'];
const ROSTER = ['第一党支部', '第二党支部', '第三党支部', '第四党支部'];
const PER_BRANCH = 8;
const WIDTHS = [320, 800];
const VIEWPORT_HEIGHT = 900;
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
const GIVEN = ['建华', '秀英', '志强', '海燕'];

/** The secretary's own workbook, as an office keeps it: a title merged over the header row. */
async function writeUserWorkbook(file) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('党员花名册');
  sheet.addRow(['区自然资源局 党员花名册']);
  sheet.mergeCells('A1:G1');
  sheet.addRow(['序号', '党员姓名', '性别', '党支部', '党籍状态', '联系电话', '备注']);
  let n = 0;
  for (const [b, branch] of ROSTER.entries()) {
    for (let i = 0; i < PER_BRANCH; i += 1) {
      n += 1;
      const note = b === 0 && i === 1 ? '2026-06-30 转出' : '';
      sheet.addRow([
        n,
        SURNAMES[n - 1] + GIVEN[b],
        n % 2 ? '男' : '女',
        branch,
        i === 3 ? '预备党员' : '正式党员',
        `138-0000-${String(n).padStart(4, '0')}`,
        note,
      ]);
    }
  }
  await book.xlsx.writeFile(file);
}

/** March 2026's second and fourth Fridays, every branch's activities (no holiday moves them). */
const MARCH = ['3月13日', '3月27日'];

async function shoot(t, name, scope) {
  t.shots += 1;
  await t.page.mouse.move(0, 0);
  for (const width of WIDTHS) {
    await t.page.setViewportSize({ width, height: VIEWPORT_HEIGHT });
    if (width === 320) await expectNoHorizontalScroll(t.page, `${name} at 320 px`);
    await scope.scrollIntoViewIfNeeded();
    const box = await scope.boundingBox();
    const scrollY = await t.page.evaluate(() => window.scrollY);
    const clip = { ...box, y: box.y + scrollY, height: Math.min(box.height, VIEWPORT_HEIGHT) };
    const file = path.join(t.shotsDir, `2${t.shots}-${name}-${width}.png`);
    await t.page.screenshot({ path: file, fullPage: true, clip, animations: 'disabled' });
  }
  await t.page.setViewportSize({ width: WIDTHS[0], height: VIEWPORT_HEIGHT });
}

/** Downloads at the current width; the confirmation must be in the viewport once it shows. */
async function downloadAndSee(t, h, width) {
  await t.page.setViewportSize({ width, height: VIEWPORT_HEIGHT });
  const area = h.region(t.page, '下载');
  const started = t.page.waitForEvent('download', { timeout: h.ACTION_TIMEOUT_MS });
  await h.clickButton(area, '下载处理后的工作簿');
  const file = await started;
  const saved = path.join(t.tempDir, `honest-${width}`, file.suggestedFilename());
  fs.mkdirSync(path.dirname(saved), { recursive: true });
  await file.saveAs(saved);
  const text = await h.outcome(
    t.page,
    area,
    `已下载“${file.suggestedFilename()}”`,
    `download at ${width} px`,
  );
  const bar = area.getByRole('status').filter({ hasText: '已下载' });
  const box = await bar.boundingBox();
  const viewport = t.page.viewportSize();
  if (
    !box ||
    box.y < 0 ||
    box.y + box.height > viewport.height ||
    box.x < 0 ||
    box.x + box.width > viewport.width
  )
    fail(
      `download at ${width} px: the confirmation is not in the viewport after the click ` +
        `(${JSON.stringify(box)} in ${viewport.width}×${viewport.height}).`,
    );
  // Focus moved to it: keyboard and screen-reader users land on the confirmation too.
  const focused = await t.page.evaluate(() => document.activeElement?.textContent ?? '');
  if (!focused.includes('已下载')) fail(`download at ${width} px: the focus is not on the confirmation.`);
  t.log(
    `download at ${width} px: "${h.flat(text).slice(0, 40)}…" shown at y=${Math.round(box.y)} of ${viewport.height}`,
  );
  return saved;
}

/** The printed 月度汇总 of the downloaded file, as text: LibreOffice → PDF → pdftotext. */
function printedSummary(t, xlsx) {
  const dir = path.join(t.tempDir, 'print');
  fs.mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, path.basename(xlsx).replace(/\.xlsx$/, '.pdf'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      xlsx,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

async function run({ run: browserRun, shotsDir, helpers: h }) {
  console.log('e2e: second walk — branch names reconciled at import, a month with nothing recorded');
  const { page, context, record, loadedAt } = await openPane(
    browserRun.browser,
    `${browserRun.origin}/taskpane.html?mode=file`,
    { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true },
    (p) => p.clock.setFixedTime(new Date(TODAY)),
  );
  page.setDefaultTimeout(60_000);
  const t = {
    page,
    tempDir: path.join(browserRun.tempDir, 'honest'),
    shotsDir,
    shots: 0,
    log: (line) => console.log(`e2e:   ${line}`),
  };
  fs.mkdirSync(t.tempDir, { recursive: true });
  await page.setViewportSize({ width: WIDTHS[0], height: VIEWPORT_HEIGHT });
  await page.getByRole('heading', { level: 2, name: '文件模式' }).waitFor({ timeout: 30_000 });

  const user = path.join(t.tempDir, '机关党建台账.xlsx');
  await writeUserWorkbook(user);
  await h.openWorkbook(t, user);

  // 设置工作簿 with 设置's names; it offers the roster's, which the secretary does not take.
  const setup = h.region(page, '设置工作簿');
  await setup
    .getByText(
      `花名册“党员花名册”中有 4 个党支部：${ROSTER.map((b) => `${b}（${PER_BRANCH} 人）`).join('、')}。`,
    )
    .waitFor();
  await setup.getByRole('textbox', { name: /单位名称/ }).fill(UNIT);
  await setup.getByLabel('党支部（每行一个）', { exact: true }).fill(SETUP.join('\n'));
  await setup.getByLabel('年度', { exact: true }).fill('2026');
  await h.clickButton(setup, '设置工作簿');
  await h.outcome(page, setup, '已设置 2026 年度工作簿：4 个党支部', 'setup');

  // 导入党员: the preview matches each roster name to the branch of 设置 it means.
  const step = h.region(page, '导入党员');
  await h.choose(step, '从哪里导入', '党员花名册');
  await h.clickButton(step, '预览导入');
  await h.outcome(
    page,
    step,
    `“党员花名册”共 ${ROSTER.length * PER_BRANCH} 行，可导入 ${ROSTER.length * PER_BRANCH} 人`,
    'preview',
  );
  const matching = step.getByRole('region', { name: '党支部对应' });
  await matching.getByText('花名册中有 4 个党支部名称与“设置”中的不同').waitFor();
  for (const [i, roster] of ROSTER.entries()) {
    const select = matching.getByRole('combobox', {
      name: `花名册中的“${roster}”（${PER_BRANCH} 人）`,
      exact: true,
    });
    const shown = await select.evaluate((element) => element.options[element.selectedIndex]?.text ?? '');
    h.expectEqual(shown, `对应到“${SETUP[i]}”`, `the match offered for ${roster}`);
  }
  // The transfer in 备注 is offered for 在册止, and taken.
  const dates = step.getByRole('region', { name: '备注中的转出、转入日期' });
  await dates.getByRole('checkbox', { name: /写有“2026-06-30 转出”/ }).check();
  await shoot(t, 'import-reconcile', step);
  await h.clickButton(step, '导入');
  const imported = await h.outcome(page, step, `已导入 ${ROSTER.length * PER_BRANCH} 人`, 'import');
  for (const [i, roster] of ROSTER.entries()) {
    const line = `花名册中的“${roster}”（${PER_BRANCH} 人）按“${SETUP[i]}”导入，已记在“设置”中。`;
    if (!h.flat(imported).includes(line))
      fail(`import: the outcome does not say "${line}": ${h.flat(imported)}`);
  }
  if (imported.includes('新党支部')) fail(`import: a branch was added: ${h.flat(imported)}`);
  t.log('import: 4 roster branch names matched to 设置 through the preview, none added');

  // March: held (today is 10 April), nothing recorded.
  const summary = h.region(page, '月度汇总 / 年度汇总');
  const month = await summary
    .getByRole('combobox', { name: '月份', exact: true })
    .evaluate((element) => element.options[element.selectedIndex]?.text ?? '');
  h.expectEqual(month, '4 月', 'the default month (the pinned clock’s)');
  await h.choose(summary, '月份', '3 月');
  await h.clickButton(summary, '生成汇总表');
  const written = h.flat(await h.outcome(page, summary, '已写入“月度汇总”', 'monthly summary'));
  for (const branch of SETUP)
    if (!written.includes(`${branch}：已开展 2 次，到会率 未登记；2 次尚未登记出勤，不计入到会率`))
      fail(`monthly summary: the outcome does not give ${branch} as 未登记: ${written}`);
  if (/0(\.0)?%/.test(written)) fail(`monthly summary: the outcome shows a 0% rate: ${written}`);
  await shoot(t, 'summary-unrecorded', summary);

  const files = [];
  for (const width of WIDTHS) files.push(await downloadAndSee(t, h, width));
  await shoot(t, 'download', h.region(page, '下载'));
  await settle(page, loadedAt);
  checkRecord('file mode, the second walk', record, browserRun.origin);
  await context.close();

  // The file: members under 设置's names, the match remembered, no sheet for a roster name.
  const book = await wb.readWorkbook(files[0]);
  const owned = wb.ownedSheets(book);
  const sheets = book.worksheets.map((sheet) => sheet.name);
  h.expectEqual(
    sheets.filter((name) => name.startsWith('出勤-')),
    SETUP.map((branch) => `出勤-${branch}`),
    'attendance sheets',
  );
  const settings = owned.get('settings');
  // The branch table starts under its header (序号 in column A), wherever 设置's fields end.
  let header = 1;
  while (header < 60 && settings.getCell(header, 1).value !== '序号') header += 1;
  const aliases = [1, 2, 3, 4].map((i) => String(settings.getCell(header + i, 5).value ?? ''));
  h.expectEqual(aliases, ROSTER, '设置: 花名册中的名称 of each branch');

  // The print: only 月度汇总, through LibreOffice; 未登记 where a rate would be, no 0.0% anywhere.
  const only = await wb.readWorkbook(files[0]);
  for (const sheet of [...only.worksheets]) if (sheet.name !== '月度汇总') only.removeWorksheet(sheet.id);
  const printable = path.join(t.tempDir, '月度汇总.xlsx');
  await only.xlsx.writeFile(printable);
  const text = printedSummary(t, printable);
  if (/0\.0%/.test(text)) fail(`the printed 月度汇总 shows 0.0%:\n${text.slice(0, 2000)}`);
  for (const branch of SETUP) {
    const line = new RegExp(`${branch}：2\\s*次活动未登记出勤（${MARCH.join('、')}）`);
    if (!line.test(text.replace(/\s+(?=[（、）])/g, '')))
      fail(
        `the printed 月度汇总's 提示事项 does not list ${branch}'s unrecorded activities:\n${text.slice(0, 3000)}`,
      );
  }
  const unrecorded = (text.match(/未登记/g) ?? []).length;
  if (unrecorded < SETUP.length * 3) fail(`the printed 月度汇总 says 未登记 only ${unrecorded} times.`);
  t.log(
    `printed 月度汇总: 未登记 ${unrecorded} times, no 0.0%; ${t.shots * WIDTHS.length} screenshots (2*-*.png)`,
  );
  console.log('e2e: second walk passed');
}

module.exports = { run };
