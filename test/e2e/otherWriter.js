// A walk of the end-to-end test (one of scripts/e2e.js's FRESH_PAGE_WALKS, on a fresh page): file
// mode in Chromium on a workbook another program wrote — the openpyxl workbook of the corpus
// (test/fixtures/corpus/openpyxl_workbook.py: a bar chart, a picture, comments, validation, conditional formats,
// hyperlinks and its 花名册 formatted as a table), which ExcelJS cannot even open. Open it, set up
// 2026, import the 花名册, write the schedule, download; type attendance into the download's 出勤
// sheet as Excel saves it (only that sheet's XML changes); open it again, see the activity partly
// recorded, write the monthly summary, download. Both downloads must keep every part of the user's
// byte for byte — the chart, the picture, the comments, the table, the sheets — changing only the
// parts the add-in shares with them.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const JSZip = require('jszip');
const { ROOT, openPane, settle, checkRecord, fail } = require('../../scripts/lib/browser');

const SCRIPT = path.join(ROOT, 'test', 'fixtures', 'corpus', 'openpyxl_workbook.py');
const NAME = '党建台账.xlsx';
const DOWNLOAD = '党建台账-活动日.xlsx';
const TODAY = '2026-12-28T10:00:00+08:00';
const BRANCHES = ['机关第一党支部', '机关第二党支部'];
/** Parts the add-in may change (by adding to them); every other part of the user's keeps its bytes. */
const SHARED = [
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'docProps/app.xml',
];
/** What the walk must find kept, by part. */
const KEPT = [
  'xl/charts/chart1.xml',
  'xl/drawings/drawing1.xml',
  'xl/media/image1.png',
  'xl/comments/comment1.xml',
  'xl/tables/table1.xml',
];
const CODES = ['√', '√', '迟', '事', '×'];

/** Saves the download the button in 下载 starts, checking its name and the confirmation. */
async function download(t, h, folder) {
  const area = h.region(t.page, '下载');
  const started = t.page.waitForEvent('download', { timeout: h.ACTION_TIMEOUT_MS });
  await h.clickButton(area, '下载处理后的工作簿');
  const file = await started;
  h.expectEqual(file.suggestedFilename(), DOWNLOAD, "other writer: the download's name");
  const saved = path.join(t.tempDir, folder, DOWNLOAD);
  fs.mkdirSync(path.dirname(saved), { recursive: true });
  await file.saveAs(saved);
  await h.outcome(t.page, area, `已下载“${DOWNLOAD}”`, 'other writer, download');
  return saved;
}

async function parts(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const map = new Map();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) map.set(name, await zip.files[name].async('nodebuffer'));
  return map;
}

/** Every part of the original but the shared ones, byte for byte in `file`; returns how many. */
async function expectUserPartsKept(original, file, what) {
  const before = await parts(original);
  const after = await parts(file);
  const differ = [...before].filter(
    ([name, bytes]) => !SHARED.includes(name) && !bytes.equals(after.get(name) ?? Buffer.alloc(0)),
  );
  if (differ.length > 0)
    fail(`other writer, ${what}: parts of the user's changed or gone: ${differ.map(([n]) => n).join(', ')}`);
  for (const name of KEPT) if (!after.has(name)) fail(`other writer, ${what}: ${name} is missing.`);
  const workbook = after.get('xl/workbook.xml').toString('utf8');
  if (
    !workbook.includes('<definedName name="经费合计">') ||
    !workbook.includes('<definedName name="税率">0.05</definedName>')
  )
    fail(`other writer, ${what}: the user's defined names are not as stored.`);
  return before.size - SHARED.length;
}

/** The part of the add-in's sheet of `kind` (found by its hidden mark) in a downloaded file. */
async function ownedSheetPart(zip, kind) {
  const workbook = await zip.file('xl/workbook.xml').async('string');
  const mark = new RegExp(`name="_PartyDay_${kind.replace('.', '\\.')}">&apos;([^&]+)&apos;!`).exec(workbook);
  if (!mark) fail(`other writer: no mark for ${kind}.`);
  const sheet = new RegExp(`<sheet [^>]*name="${mark[1]}"[^>]*r:id="([^"]+)"`).exec(workbook);
  const rels = await zip.file('xl/_rels/workbook.xml.rels').async('string');
  const target = new RegExp(`Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  return { name: mark[1], part: `xl/${target[1]}` };
}

/**
 * Types the codes for the first members of the first branch at its first activity into the
 * downloaded file's XML, as Excel saves a cell typed in: an inline string, the cell's style kept.
 */
async function typeAttendance(planned, out) {
  const zip = await JSZip.loadAsync(fs.readFileSync(planned));
  const { part } = await ownedSheetPart(zip, 'attendance.1');
  let xml = await zip.file(part).async('string');
  const idCell = /<c r="([A-Z]+)3"[^>]*t="inlineStr"><is><t>2026-01-1<\/t><\/is><\/c>/.exec(xml);
  if (!idCell) fail('other writer: no column for activity 2026-01-1 in the attendance sheet.');
  CODES.forEach((code, i) => {
    const ref = `${idCell[1]}${7 + i}`;
    const cell = new RegExp(`<c r="${ref}"( s="\\d+")?(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
    if (!cell) fail(`other writer: no cell ${ref} to type into.`);
    xml = xml.replace(cell[0], `<c r="${ref}"${cell[1] ?? ''} t="inlineStr"><is><t>${code}</t></is></c>`);
  });
  zip.file(part, xml);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/**
 * The walk, one of scripts/e2e.js's FRESH_PAGE_WALKS: `run` is what scripts/lib/browser.js's
 * startBrowserTest gave the end-to-end test, `helpers` the end-to-end test's own (test/e2e/pane.js).
 */
async function run({ run: browserRun, helpers: h }) {
  console.log('e2e: walk — file mode on a workbook written by openpyxl (chart, picture, comments, table)');
  const log = (line) => console.log(`e2e:   ${line}`);
  const tempDir = path.join(browserRun.tempDir, 'other-writer');
  const original = path.join(tempDir, 'user', NAME);
  fs.mkdirSync(path.dirname(original), { recursive: true });
  execFileSync('/usr/bin/python3', [SCRIPT, original], { timeout: 60_000 });

  const { page, context, record, loadedAt } = await openPane(
    browserRun.browser,
    `${browserRun.origin}/taskpane.html?mode=file`,
    { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true },
    (p) => p.clock.setFixedTime(new Date(TODAY)),
  );
  page.setDefaultTimeout(60_000);
  const t = { page, tempDir, log };
  await page.getByRole('heading', { level: 2, name: '文件模式' }).waitFor({ timeout: 30_000 });
  await h.openWorkbook(t, original);

  const setup = h.region(page, '设置工作簿');
  await setup.getByRole('textbox', { name: /^单位名称/ }).fill('测试局');
  await setup.getByLabel('党支部（每行一个）', { exact: true }).fill(BRANCHES.join('\n'));
  await setup.getByLabel('年度', { exact: true }).fill('2026');
  await h.clickButton(setup, '设置工作簿');
  await h.outcome(page, setup, '已设置 2026 年度工作簿：2 个党支部', 'other writer, setup');

  const importStep = h.region(page, '导入党员');
  await h.choose(importStep, '从哪里导入', '花名册');
  await h.clickButton(importStep, '预览导入');
  await h.outcome(page, importStep, '可导入 12 人', 'other writer, import preview');
  await h.clickButton(importStep, '导入');
  await h.outcome(page, importStep, '已导入 12 人', 'other writer, import');

  const schedule = h.region(page, '生成活动安排');
  await h.clickButton(schedule, '预览活动安排');
  await schedule
    .getByText('2026 年共 48 次活动（2 个党支部）', { exact: false })
    .waitFor({ timeout: h.ACTION_TIMEOUT_MS });
  await h.clickButton(schedule, '写入活动安排');
  await h.outcome(page, schedule, '已写入“活动安排”：48 次活动', 'other writer, schedule');
  const planned = await download(t, h, 'planned');
  const kept = await expectUserPartsKept(original, planned, 'the first download');
  log(
    `first download keeps ${kept} parts of the user's byte for byte (chart, picture, comments, table among them)`,
  );

  const typed = path.join(tempDir, 'typed', DOWNLOAD);
  await typeAttendance(planned, typed);
  await h.openWorkbook(t, typed);
  const attendance = h.region(page, '出勤登记');
  await h.clickButton(attendance, '查看登记情况');
  const box = attendance.getByRole('region', { name: BRANCHES[0], exact: true });
  await box.waitFor({ timeout: h.ACTION_TIMEOUT_MS });
  await h.idle(page);
  const counts = h.flat(await box.locator('p').first().innerText());
  if (!counts.startsWith('已登记 0 次，部分登记 1 次，'))
    fail(
      `other writer: 出勤登记 for ${BRANCHES[0]} says "${counts}", expected one activity partly recorded.`,
    );

  const summaries = h.region(page, '月度汇总 / 年度汇总');
  await h.choose(summaries, '汇总期间', '月度');
  await h.choose(summaries, '月份', '1 月');
  await h.clickButton(summaries, '生成汇总表');
  await h.outcome(page, summaries, '已写入“月度汇总”', 'other writer, monthly summary');
  const final = await download(t, h, 'final');
  await expectUserPartsKept(original, final, 'the second download');
  const zip = await JSZip.loadAsync(fs.readFileSync(final));
  const month = await ownedSheetPart(zip, 'summary.month');
  const typedSheet = await ownedSheetPart(zip, 'attendance.1');
  const attendanceXml = await zip.file(typedSheet.part).async('string');
  if (CODES.some((code) => !attendanceXml.includes(`<t>${code}</t>`)))
    fail('other writer: the codes typed into the attendance sheet are gone after writing the summary.');
  log(
    `second download: 「${month.name}」 written, the typed codes kept, the user's parts still byte for byte`,
  );

  await settle(page, loadedAt);
  checkRecord('file mode on a workbook written by openpyxl', record, browserRun.origin);
  await context.close();
  console.log('e2e: walk on the openpyxl workbook passed');
}

module.exports = { run };
