#!/usr/bin/env node
// Browser smoke test (last step of `npm test`): builds the add-in as it is deployed, serves dist over
// HTTPS from this machine, and opens the task pane in Debian's Chromium through playwright-core.
// It checks that the pane renders (Chinese title, steps, the not-in-Excel notice and file mode),
// that it follows the system's dark theme and the browser's language, that an Internet Explorer
// user agent gets the plain explanation without the bundle, that nothing is logged as an error,
// and that the page asks no host but its own for anything (office.js included).
// Screenshots at 320 px go to artifacts/.
//
//   node scripts/smoke.js                 build into a temporary folder, then test
//   SMOKE_DIST=dist node scripts/smoke.js test an existing production build instead
//   CHROMIUM_PATH=/path/to/chromium       another Chromium binary (default /usr/bin/chromium)
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const ARTIFACTS = path.join(ROOT, 'artifacts');
const PANE_WIDTH = 320;
const TITLE_ZH = '党员固定活动日助手';
const TITLE_EN = 'Party Members’ Fixed Activity Day Assistant';
const STEP_NAMES = [
  '设置工作簿',
  '导入党员',
  '节假日',
  '生成活动安排',
  '出勤登记',
  '月度汇总',
  '年度汇总',
  '检查',
];
const IE11_USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
// The production build refuses localhost; this address only ends up in the built manifest.
const BUILD_BASE_URL = 'https://party-day.invalid/';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

class SmokeFailure extends Error {}

function fail(message) {
  throw new SmokeFailure(message);
}

function findChromium() {
  const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executable)) {
    fail(
      `Chromium not found at ${executable}. Install Debian's package (apt-get install -y chromium; .ci/run does) ` +
        'or set CHROMIUM_PATH. This test never downloads a browser.',
    );
  }
  return executable;
}

/** A production build in a temporary folder, or SMOKE_DIST when given. */
function build(tempDir) {
  if (process.env.SMOKE_DIST) {
    const dist = path.resolve(process.env.SMOKE_DIST);
    if (!fs.existsSync(path.join(dist, 'taskpane.html'))) fail(`SMOKE_DIST=${dist} has no taskpane.html.`);
    console.log(`smoke: using the existing build in ${dist}`);
    return dist;
  }
  const outDir = path.join(tempDir, 'dist');
  console.log(`smoke: building (webpack --mode production) into ${outDir} ...`);
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const result = spawnSync(process.execPath, [webpackCli, '--mode', 'production', '--output-path', outDir], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: BUILD_BASE_URL },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    fail(
      `the webpack build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  for (const file of ['taskpane.html', 'commands.html', 'office-js/office.js']) {
    if (!fs.existsSync(path.join(outDir, file))) fail(`the build has no ${file}.`);
  }
  return outDir;
}

/**
 * The built taskpane.html must still be readable by Internet Explorer after html-webpack-plugin's
 * minifier: every inline script has to parse as ES5.
 */
function checkBuiltPageIsEs5(distDir) {
  const { parse } = require('acorn');
  const html = fs.readFileSync(path.join(distDir, 'taskpane.html'), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
  if (inline.length === 0)
    fail('the built taskpane.html has no inline script (the IE check and bundle loader).');
  for (const code of inline) {
    try {
      parse(code, { ecmaVersion: 5 });
    } catch (error) {
      fail(`an inline script of the built taskpane.html is not ES5 (IE cannot run it): ${error.message}`);
    }
  }
}

/** A throw-away localhost certificate, made offline by office-addin-dev-certs (nothing installed). */
async function makeCertificate(tempDir) {
  const { generateCertificates } = require('office-addin-dev-certs');
  const files = {
    ca: path.join(tempDir, 'certs', 'ca.crt'),
    cert: path.join(tempDir, 'certs', 'localhost.crt'),
    key: path.join(tempDir, 'certs', 'localhost.key'),
  };
  const log = console.log;
  console.log = () => {}; // it announces where it wrote the files; they are deleted at the end
  try {
    await generateCertificates(files.ca, files.cert, files.key, 1);
  } finally {
    console.log = log;
  }
  return { key: fs.readFileSync(files.key), cert: fs.readFileSync(files.cert) };
}

/**
 * ExcelJS is for file mode only: it must sit in a chunk loaded by import(), never in the entry
 * bundle the pane loads inside Excel. "xl/sharedStrings.xml" is a path only ExcelJS's writer names.
 */
function checkExcelJsIsLazy(distDir) {
  const marker = 'xl/sharedStrings.xml';
  const files = fs.readdirSync(distDir).filter((file) => file.endsWith('.js'));
  const entry = files.filter((file) => /^taskpane\.[0-9a-f]{8}\.js$/.test(file));
  if (entry.length !== 1) fail(`expected one taskpane entry bundle, found ${entry.join(', ') || 'none'}.`);
  if (fs.readFileSync(path.join(distDir, entry[0]), 'utf8').includes(marker))
    fail(`${entry[0]} contains ExcelJS; file mode must load it with import().`);
  const lazy = files.filter(
    (file) => file !== entry[0] && fs.readFileSync(path.join(distDir, file), 'utf8').includes(marker),
  );
  if (lazy.length === 0) fail('no chunk contains ExcelJS: file mode would have nothing to load.');
  console.log(`smoke: ExcelJS is only in the lazily loaded ${lazy.join(', ')}, not in ${entry[0]}.`);
}

/** A static HTTPS server for the build, on a free localhost port. */
function serve(distDir, credentials) {
  const root = path.resolve(distDir);
  const server = https.createServer(credentials, (request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'https://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = path.resolve(root, `.${pathname}`);
    const inside = file === root || file.startsWith(root + path.sep);
    if (!inside || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `https://localhost:${server.address().port}` }),
    );
  });
}

/**
 * Opens one page and records what a user (and this test) must know about it: every request URL,
 * console errors, uncaught page errors and failed requests.
 */
async function openPane(browser, url, contextOptions) {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: PANE_WIDTH, height: 720 },
    ...contextOptions,
  });
  const record = { requests: [], errors: [] };
  context.on('request', (request) => record.requests.push(request.url()));
  context.on('requestfailed', (request) => {
    record.errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) record.errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => record.errors.push(`page error: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, record, loadedAt: Date.now() };
}

// office.js outside Office opens a telemetry iframe 3 s after loading unless taskpane.html stops it;
// every page is watched at least this long after its load so that such a request would be seen.
const WATCH_AFTER_LOAD_MS = 4500;

/** Lets late requests (office.js loads more files after the page) and errors arrive before checking. */
async function settle(page, loadedAt) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(Math.max(500, WATCH_AFTER_LOAD_MS - (Date.now() - loadedAt)));
}

function checkRecord(name, record, origin) {
  const foreign = record.requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
  if (foreign.length > 0)
    fail(`${name}: the page contacted hosts other than ${origin}:\n  ${foreign.join('\n  ')}`);
  if (record.errors.length > 0)
    fail(`${name}: errors while loading the pane:\n  ${record.errors.join('\n  ')}`);
  if (!record.requests.some((url) => url === `${origin}/office-js/office.js`)) {
    fail(`${name}: the page never requested office-js/office.js from its own origin.`);
  }
}

async function expectVisibleText(page, text, name) {
  try {
    await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 15000 });
  } catch {
    fail(`${name}: "${text}" never became visible.`);
  }
}

async function expectNoHorizontalScroll(page, name) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  if (widths.scroll > widths.client) {
    fail(
      `${name}: the page is ${widths.scroll} px wide in a ${widths.client} px pane (horizontal scrolling).`,
    );
  }
}

async function screenshot(page, fileName) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, fileName);
  await page.screenshot({ path: file, fullPage: true });
  return path.relative(ROOT, file);
}

/** Luminance of a computed 'rgb(r, g, b)' colour, 0 (black) to 1 (white). */
function luminance(rgb) {
  const channels = (rgb.match(/\d+(\.\d+)?/g) || []).slice(0, 3).map(Number);
  if (channels.length !== 3) return undefined;
  const [r, g, b] = channels.map((c) => c / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function providerBackground(page) {
  return page.evaluate(() => {
    const provider = document.querySelector('.fui-FluentProvider');
    return provider ? getComputedStyle(provider).backgroundColor : '';
  });
}

async function checkBrowserPane(browser, origin, shots) {
  const name = 'pane in a browser (zh-CN, light)';
  const { context, page, record, loadedAt } = await openPane(browser, `${origin}/taskpane.html`, {
    locale: 'zh-CN',
    colorScheme: 'light',
  });
  const title = page.getByRole('heading', { level: 1, name: TITLE_ZH });
  await title
    .waitFor({ state: 'visible', timeout: 20000 })
    .catch(() => fail(`${name}: no visible title "${TITLE_ZH}".`));
  await expectVisibleText(page, '未在 Excel 中运行', name);
  for (const step of STEP_NAMES) {
    const visible = await page.getByRole('listitem').filter({ hasText: step }).first().isVisible();
    if (!visible) fail(`${name}: workflow step "${step}" is not shown.`);
  }
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'zh-CN') fail(`${name}: <html lang> is "${lang}", expected zh-CN.`);
  const background = luminance(await providerBackground(page));
  if (background === undefined || background < 0.5)
    fail(`${name}: the light theme is not light (${background}).`);
  await settle(page, loadedAt);
  await expectNoHorizontalScroll(page, name);
  shots.push(await screenshot(page, 'smoke-taskpane-320.png'));

  // Keyboard only: Tab reaches the file-mode button, Enter opens file mode and focus lands on it.
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.textContent?.trim() === '使用文件模式');
  }
  if (!reached) fail(`${name}: Tab never reached the "使用文件模式" button.`);
  await page.keyboard.press('Enter');
  await expectVisibleText(page, '打开工作簿（.xlsx）', name);
  const focused = await page.evaluate(() => document.activeElement?.id);
  if (focused !== 'file-mode-heading')
    fail(`${name}: after Enter, focus is on "${focused}", not the 文件模式 heading.`);
  await expectNoHorizontalScroll(page, `${name}, file mode`);
  shots.push(await screenshot(page, 'smoke-file-mode-320.png'));
  checkRecord(name, record, origin);
  await context.close();
}

async function checkFileModeUrl(browser, origin, shots) {
  const name = 'taskpane.html?mode=file';
  const { context, page, record, loadedAt } = await openPane(browser, `${origin}/taskpane.html?mode=file`, {
    locale: 'zh-CN',
  });
  await expectVisibleText(page, '打开工作簿（.xlsx）', name);
  const heading = await page.getByRole('heading', { level: 2, name: '文件模式' }).isVisible();
  if (!heading) fail(`${name}: no 文件模式 heading.`);
  await settle(page, loadedAt);
  await expectNoHorizontalScroll(page, name);
  shots.push(await screenshot(page, 'smoke-file-mode-url-320.png'));
  checkRecord(name, record, origin);
  await context.close();
}

async function checkDarkEnglish(browser, origin, shots) {
  const name = 'pane in a browser (en-US, dark)';
  const { context, page, record, loadedAt } = await openPane(browser, `${origin}/taskpane.html`, {
    locale: 'en-US',
    colorScheme: 'dark',
  });
  const title = page.getByRole('heading', { level: 1, name: TITLE_EN });
  await title
    .waitFor({ state: 'visible', timeout: 20000 })
    .catch(() => fail(`${name}: no visible title "${TITLE_EN}".`));
  await expectVisibleText(page, 'Not running in Excel', name);
  const background = luminance(await providerBackground(page));
  if (background === undefined || background > 0.3)
    fail(`${name}: the dark theme is not dark (${background}).`);
  await settle(page, loadedAt);
  await expectNoHorizontalScroll(page, name);
  shots.push(await screenshot(page, 'smoke-taskpane-dark-en-320.png'));
  checkRecord(name, record, origin);
  await context.close();
}

async function checkInternetExplorer(browser, origin, shots) {
  const name = 'Internet Explorer user agent';
  const { context, page, record, loadedAt } = await openPane(browser, `${origin}/taskpane.html?from=ribbon`, {
    locale: 'zh-CN',
    userAgent: IE11_USER_AGENT,
  });
  await expectVisibleText(page, '当前 Office 版本无法运行本加载项', name);
  await settle(page, loadedAt);
  const state = await page.evaluate(() => ({
    root: getComputedStyle(document.getElementById('root')).display,
    address: document.getElementById('legacy-file-mode-url').textContent,
    scripts: Array.from(document.scripts, (script) => script.getAttribute('src')).filter(Boolean),
  }));
  if (state.root !== 'none') fail(`${name}: the app root is still displayed.`);
  if (state.address !== `${origin}/taskpane.html?mode=file`) {
    fail(
      `${name}: the file-mode address shown is "${state.address}", expected ${origin}/taskpane.html?mode=file.`,
    );
  }
  // office.js adds scripts of its own from office-js/; anything else would be the application.
  const notOfficeJs = (url) => !new URL(url, origin).pathname.startsWith('/office-js/');
  const loaded = [...record.requests.filter((url) => url.endsWith('.js')), ...state.scripts].filter(
    notOfficeJs,
  );
  if (loaded.length > 0) fail(`${name}: the application bundle was loaded: ${loaded.join(', ')}`);
  await expectNoHorizontalScroll(page, name);
  shots.push(await screenshot(page, 'smoke-ie-fallback-320.png'));
  checkRecord(name, record, origin);
  await context.close();
}

async function main() {
  const started = Date.now();
  const executablePath = findChromium();
  const { chromium } = require('playwright-core');
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'party-day-smoke-'));
  let server;
  let browser;
  try {
    const distDir = build(tempDir);
    checkBuiltPageIsEs5(distDir);
    checkExcelJsIsLazy(distDir);
    const served = await serve(distDir, await makeCertificate(tempDir));
    server = served.server;
    console.log(`smoke: serving ${distDir} at ${served.origin}`);
    browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
    const shots = [];
    const checks = [checkBrowserPane, checkFileModeUrl, checkDarkEnglish, checkInternetExplorer];
    for (const check of checks) await check(browser, served.origin, shots);
    console.log(
      'smoke: the pane renders 党员固定活动日助手 with its 8 steps, the not-in-Excel notice and file mode;',
    );
    console.log(
      'smoke: keyboard reaches file mode; dark theme and English follow the browser; no horizontal scroll at 320 px;',
    );
    console.log('smoke: an IE user agent gets the plain explanation and no bundle; the built page is ES5;');
    console.log(`smoke: no console errors, no request to any host but ${served.origin}.`);
    console.log(`smoke: screenshots: ${shots.join(', ')}`);
    console.log(`smoke: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`smoke: ${checks.length} passed, 0 failed`);
  } finally {
    if (browser) await browser.close();
    if (server) server.close();
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  if (error instanceof SmokeFailure) {
    console.error(`\nsmoke test FAILED: ${error.message}`);
  } else {
    console.error('\nsmoke test FAILED with an unexpected error:');
    console.error(error);
  }
  process.exit(1);
});
