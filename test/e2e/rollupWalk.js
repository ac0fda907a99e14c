// A walk of the end-to-end test (one of scripts/e2e.js's FRESH_PAGE_WALKS, on a fresh page, the
// clock pinned to the afternoon of 31 March 2026): the 党总支's 组织委员 rolls up the workbooks three
// branch secretaries sent. Three branch workbooks are built as the roll-up tests build them
// (test/helpers/branchWorkbooks.ts, through tsx: one meeting 80 %, one under it once, one with a
// single activity partly recorded); in file mode a new blank workbook is opened, 汇总多个支部 is
// given the three files through its file chooser (several at once), rolls up March and says where
// each branch came from; the download holds 报送情况 and 总支月度检查 with the branches' figures.
// Screenshots of the step at 320 px and 800 px go to artifacts/e2e/ as 3x-*.png; with
// E2E_DOCS_IMAGES=1 the 320 px one is README's docs/images/workflow-10-rollup-320.png.
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');
const {
  ROOT,
  checkRecord,
  expectNoHorizontalScroll,
  fail,
  openPane,
  settle,
} = require('../../scripts/lib/browser');

const TODAY = '2026-03-31T17:00:00+08:00';
const WIDTHS = [320, 800];
const VIEWPORT_HEIGHT = 900;
const DOCS_IMAGE = path.join(ROOT, 'docs', 'images', 'workflow-10-rollup-320.png');
const FILES = ['一支部.xlsx', '二支部.xlsx', '离退休.xlsx'];

/** The three branch workbooks, written into dir by the roll-up tests' own helper. */
async function writeBranchBooks(dir) {
  const { register } = require('tsx/cjs/api');
  const tsx = register({ namespace: 'e2e-rollup' });
  const b = tsx.require(path.join(ROOT, 'test', 'helpers', 'branchWorkbooks.ts'), __filename);
  const m1 = b.fixtureMembers(b.ONE);
  const m2 = b.fixtureMembers(b.TWO);
  const m3 = b.fixtureMembers(b.RETIRED);
  const books = {
    '一支部.xlsx': {
      branch: b.ONE,
      members: m1,
      attendance: {
        '2026-03-1': b.everyone(m1, '√', { D0003: '事', D0004: '×' }),
        '2026-03-2': b.everyone(m1, '√', { D0004: '×' }),
      },
    },
    '二支部.xlsx': {
      branch: b.TWO,
      members: m2,
      attendance: {
        '2026-03-1': b.everyone(m2, '√', { D0016: '×', D0017: '病', D0018: '事' }),
        '2026-03-2': b.everyone(m2, '√', { D0016: '×', D0017: '病', D0018: '事', D0019: '×' }),
      },
    },
    '离退休.xlsx': {
      branch: b.RETIRED,
      members: m3,
      manualHolidays: b.daysOff('2026-03', 16, 31),
      attendance: { '2026-03-1': b.everyone(m3, '√', { D0031: '病', D0032: '', D0034: '' }) },
    },
  };
  const paths = [];
  for (const [name, book] of Object.entries(books)) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, await b.branchWorkbookBytes(book));
    paths.push(file);
  }
  return { paths, branches: [b.ONE, b.TWO, b.RETIRED] };
}

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
    const file = path.join(t.shotsDir, `3${t.shots}-${name}-${width}.png`);
    await t.page.screenshot({ path: file, fullPage: true, clip, animations: 'disabled' });
    if (width === 320 && process.env.E2E_DOCS_IMAGES === '1') fs.copyFileSync(file, DOCS_IMAGE);
  }
  await t.page.setViewportSize({ width: WIDTHS[0], height: VIEWPORT_HEIGHT });
}

/** A sheet's rows from..to as plain values (ExcelJS's row.values is 1-based). */
function sheetRows(sheet, from, to, columns) {
  const rows = [];
  for (let row = from; row <= to; row += 1)
    rows.push(Array.from({ length: columns }, (_, i) => sheet.getCell(row, i + 1).value ?? null));
  return rows;
}

async function run({ run: browserRun, shotsDir, helpers: h }) {
  console.log('e2e: roll-up walk — the 党总支 rolls up three branch workbooks in file mode');
  const tempDir = path.join(browserRun.tempDir, 'rollup');
  fs.mkdirSync(tempDir, { recursive: true });
  const { paths, branches } = await writeBranchBooks(tempDir);
  const { page, context, record, loadedAt } = await openPane(
    browserRun.browser,
    `${browserRun.origin}/taskpane.html?mode=file`,
    { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true },
    (p) => p.clock.setFixedTime(new Date(TODAY)),
  );
  page.setDefaultTimeout(60_000);
  const t = { page, shotsDir, shots: 0, log: (line) => console.log(`e2e:   ${line}`) };
  await page.setViewportSize({ width: WIDTHS[0], height: VIEWPORT_HEIGHT });
  await page.getByRole('heading', { level: 2, name: '文件模式' }).waitFor({ timeout: 30_000 });

  // No workbook of the 党总支's own: a new blank one, which will hold only the roll-up sheets.
  await h.clickButton(page, '新建空白工作簿');
  await page.getByText('已打开：新工作簿').waitFor({ timeout: h.ACTION_TIMEOUT_MS });
  await h.idle(page);
  const step = h.region(page, '汇总多个支部');
  // Folded until opened; its code loads then.
  await h.clickButton(step, '汇总各支部的工作簿');
  const chooser = page.waitForEvent('filechooser');
  await h.clickButton(step, '选择支部工作簿…');
  const picker = await chooser;
  if (!picker.isMultiple()) fail('roll-up: the file chooser does not take several files.');
  await picker.setFiles(paths);
  await step.getByText('已选择 3 个文件').first().waitFor();
  h.expectEqual(
    await step
      .getByRole('combobox', { name: '月份', exact: true })
      .evaluate((e) => e.options[e.selectedIndex].text),
    '3 月',
    'roll-up: the default month (the pinned clock’s)',
  );
  await h.clickButton(step, '汇总并写入汇总表');
  const text = h.flat(await h.outcome(page, step, '已汇总 3 个党支部', 'roll-up'));
  for (const line of [
    '已写入工作表：报送情况、总支月度检查。',
    `${branches[0]}：来自“一支部.xlsx”，已报`,
    `${branches[1]}：来自“二支部.xlsx”，已报`,
    `${branches[2]}：来自“离退休.xlsx”，部分登记；尚未登记：3月13日`,
  ])
    if (!text.includes(line)) fail(`roll-up: the outcome does not say "${line}": ${text}`);
  await shoot(t, 'rollup', step);
  t.log(`roll-up: ${FILES.join('、')} rolled up; "${text.slice(0, 40)}…"`);

  const area = h.region(page, '下载');
  const started = page.waitForEvent('download', { timeout: h.ACTION_TIMEOUT_MS });
  await h.clickButton(area, '下载处理后的工作簿');
  const download = await started;
  const saved = path.join(tempDir, 'out', download.suggestedFilename());
  fs.mkdirSync(path.dirname(saved), { recursive: true });
  await download.saveAs(saved);
  await h.outcome(page, area, '已下载', 'roll-up, download');
  await settle(page, loadedAt);
  checkRecord('file mode, the roll-up walk', record, browserRun.origin);
  await context.close();

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(saved);
  h.expectEqual(
    book.worksheets.map((sheet) => sheet.name),
    ['报送情况', '总支月度检查'],
    'roll-up: the sheets of the download',
  );
  h.expectEqual(
    sheetRows(book.getWorksheet('报送情况'), 5, 7, 6),
    [
      [1, branches[0], '一支部.xlsx', '3月27日', 2, '已报'],
      [2, branches[1], '二支部.xlsx', '3月27日', 2, '已报'],
      [3, branches[2], '离退休.xlsx', '3月13日', 1, '部分'],
    ],
    'roll-up: 报送情况',
  );
  const total = sheetRows(book.getWorksheet('总支月度检查'), 10, 10, 6)[0];
  h.expectEqual(total, ['党总支合计', '5/6', null, null, 73, 60], 'roll-up: 总支月度检查 党总支合计');
  t.log('roll-up: the download holds 报送情况 (3 branches, by file) and 总支月度检查 (73 应到, 60 实到)');
  console.log('e2e: roll-up walk passed');
}

module.exports = { run };
