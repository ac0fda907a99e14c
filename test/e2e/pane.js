// The end-to-end test's helpers in the pane (scripts/e2e.js; the year's steps, test/e2e/yearSteps.js;
// the walks, which get them from scripts/e2e.js): controls are found by role and accessible name, as
// a user finds them, and every wait is for an outcome (a MessageBar's text, the busy status going
// away), never a fixed time, so a loaded machine makes the test slower, not flaky. Also the test's
// comparisons, failing with what was compared.
const fs = require('node:fs');
const path = require('node:path');
const { fail } = require('../../scripts/lib/browser');

// One action on the fixture in ExcelJS in the page takes seconds; a loaded 2-core machine, many more.
const ACTION_TIMEOUT_MS = 180_000;

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

module.exports = {
  ACTION_TIMEOUT_MS,
  flat,
  region,
  outcome,
  idle,
  choose,
  clickButton,
  openWorkbook,
  downloadName,
  download,
  expectEqual,
  expectClose,
};
