// A second walk of the end-to-end test (called from scripts/e2e.js): file mode in Chromium on a
// workbook another program wrote — the openpyxl workbook of the corpus (test/fixtures/corpus/
// openpyxl_workbook.py: a bar chart, a picture, comments, validation, conditional formats,
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
const ACTION_TIMEOUT_MS = 180_000;
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

const region = (page, name) => page.getByRole('region', { name, exact: true });

async function click(scope, name) {
  try {
    await scope.getByRole('button', { name, exact: true }).click({ timeout: ACTION_TIMEOUT_MS });
  } catch (error) {
    fail(`other writer: the button "${name}" could not be clicked: ${error.message.split('\n')[0]}`);
  }
}

/** Waits for `text` in an outcome inside `scope`, failing with the pane's error if one shows. */
async function outcome(page, scope, text, what) {
  const done = scope.getByRole('status').filter({ hasText: text });
  const error = page.getByRole('alert');
  try {
    await done.or(error).first().waitFor({ state: 'visible', timeout: ACTION_TIMEOUT_MS });
  } catch {
    fail(`other writer, ${what}: "${text}" never appeared.`);
  }
  if (await error.first().isVisible()) fail(`other writer, ${what}: ${await error.first().innerText()}`);
  await page.getByRole('progressbar').first().waitFor({ state: 'detached', timeout: ACTION_TIMEOUT_MS });
}

async function openWorkbook(page, file) {
  const chooser = page.waitForEvent('filechooser');
  await click(page, '打开工作簿（.xlsx）');
  await (await chooser).setFiles(file);
  await page.getByText(`已打开：${path.basename(file)}`).waitFor({ timeout: ACTION_TIMEOUT_MS });
  await page.getByRole('progressbar').first().waitFor({ state: 'detached', timeout: ACTION_TIMEOUT_MS });
}

async function download(page, folder) {
  const started = page.waitForEvent('download', { timeout: ACTION_TIMEOUT_MS });
  await click(page, '下载处理后的工作簿');
  const file = await started;
  if (file.suggestedFilename() !== DOWNLOAD)
    fail(`other writer: the download is named "${file.suggestedFilename()}", expected "${DOWNLOAD}".`);
  const saved = path.join(folder, DOWNLOAD);
  fs.mkdirSync(folder, { recursive: true });
  await file.saveAs(saved);
  await outcome(page, region(page, '文件模式'), `已下载“${DOWNLOAD}”`, 'download');
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

/** The walk; `run` is what scripts/lib/browser.js's startBrowserTest gave the end-to-end test. */
async function walk(run, log = (line) => console.log(`e2e:   ${line}`)) {
  console.log(
    'e2e: second walk — file mode on a workbook written by openpyxl (chart, picture, comments, table)',
  );
  const original = path.join(run.tempDir, 'other-writer', 'user', NAME);
  fs.mkdirSync(path.dirname(original), { recursive: true });
  execFileSync('/usr/bin/python3', [SCRIPT, original], { timeout: 60_000 });

  const { page, context, record, loadedAt } = await openPane(
    run.browser,
    `${run.origin}/taskpane.html?mode=file`,
    { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true },
    (p) => p.clock.setFixedTime(new Date(TODAY)),
  );
  page.setDefaultTimeout(60_000);
  await page.getByRole('heading', { level: 2, name: '文件模式' }).waitFor({ timeout: 30_000 });
  await openWorkbook(page, original);

  const setup = region(page, '设置工作簿');
  await setup.getByLabel('单位名称', { exact: true }).fill('测试局');
  await setup.getByLabel('党支部（每行一个）', { exact: true }).fill(BRANCHES.join('\n'));
  await setup.getByLabel('年度', { exact: true }).fill('2026');
  await click(setup, '设置工作簿');
  await outcome(page, setup, '已设置 2026 年度工作簿：2 个党支部', 'setup');

  const importStep = region(page, '导入党员');
  await importStep
    .getByRole('combobox', { name: '从哪张工作表导入', exact: true })
    .selectOption({ label: '花名册' });
  await click(importStep, '预览导入');
  await outcome(page, importStep, '可导入 12 人', 'import preview');
  await click(importStep, '导入');
  await outcome(page, importStep, '已导入 12 人', 'import');

  const schedule = region(page, '生成活动安排');
  await click(schedule, '预览活动安排');
  await schedule
    .getByText('2026 年共 48 次活动（2 个党支部）', { exact: false })
    .waitFor({ timeout: ACTION_TIMEOUT_MS });
  await click(schedule, '写入活动安排');
  await outcome(page, schedule, '已写入“活动安排”：48 次活动', 'schedule');
  const planned = await download(page, path.join(run.tempDir, 'other-writer', 'planned'));
  const kept = await expectUserPartsKept(original, planned, 'the first download');
  log(
    `first download keeps ${kept} parts of the user's byte for byte (chart, picture, comments, table among them)`,
  );

  const typed = path.join(run.tempDir, 'other-writer', 'typed', DOWNLOAD);
  await typeAttendance(planned, typed);
  await openWorkbook(page, typed);
  const attendance = region(page, '出勤登记');
  await click(attendance, '查看登记情况');
  const box = attendance.getByRole('region', { name: BRANCHES[0], exact: true });
  await box.waitFor({ timeout: ACTION_TIMEOUT_MS });
  const counts = (await box.locator('p').first().innerText()).replace(/\s+/g, ' ').trim();
  if (!counts.startsWith('已登记 0 次，部分登记 1 次，'))
    fail(
      `other writer: 出勤登记 for ${BRANCHES[0]} says "${counts}", expected one activity partly recorded.`,
    );

  const summaries = region(page, '月度汇总 / 年度汇总');
  await summaries.getByRole('combobox', { name: '汇总期间', exact: true }).selectOption({ label: '月度' });
  await summaries.getByRole('combobox', { name: '月份', exact: true }).selectOption({ label: '1 月' });
  await click(summaries, '生成汇总表');
  await outcome(page, summaries, '已写入“月度汇总”', 'monthly summary');
  const final = await download(page, path.join(run.tempDir, 'other-writer', 'final'));
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
  checkRecord('file mode on a workbook written by openpyxl', record, run.origin);
  await context.close();
}

module.exports = { walk };
