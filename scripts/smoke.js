#!/usr/bin/env node
// Browser smoke test (a step of `npm test`): builds the add-in as it is deployed, serves dist over
// HTTPS from this machine, and opens the task pane in Debian's Chromium through playwright-core
// (the build, server, browser and page checks are scripts/lib/browser.js, shared with scripts/e2e.js).
// It checks that the pane renders (Chinese title, steps, the not-in-Excel notice and file mode),
// that it follows the system's dark theme and the browser's language, that an Internet Explorer
// user agent gets the plain explanation without the bundle, that nothing is logged as an error,
// and that the page asks no host but its own for anything (office.js included). Every page of the
// build (the pane, the commands page, the support page) carries the Content-Security-Policy of
// scripts/lib/csp.js and runs without breaking it, and the policy is shown to refuse what it must
// (an image, a script, a fetch from another host; an inline script; eval).
// Screenshots at 320 px go to artifacts/.
//
//   node scripts/smoke.js                 build into a temporary folder, then test
//   BROWSER_TEST_DIST=dist node scripts/smoke.js   test an existing production build instead
//                                         (SMOKE_DIST is the older name; npm test builds once for both)
//   CHROMIUM_PATH=/path/to/chromium       another Chromium binary (default /usr/bin/chromium)
const fs = require('node:fs');
const path = require('node:path');
const { contentSecurityPolicy, inlineScripts, scriptHash, policyOf } = require('./lib/csp');
const {
  startBrowserTest,
  openPane,
  settle,
  checkRecord,
  foreignRequests,
  describeViolations,
  expectNoHorizontalScroll,
  screenshot,
  fail,
  runMain,
} = require('./lib/browser');

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

/** The pages the add-in serves; each must carry the policy. */
const SERVED_PAGES = ['taskpane.html', 'commands.html', 'support.html'];

/**
 * Each built page carries the policy, first in <head> before any script, style or link, with a
 * hash of exactly its own inline scripts and neither 'unsafe-inline' nor 'unsafe-eval' for scripts.
 */
function checkBuiltPagesCarryPolicy(distDir) {
  for (const file of SERVED_PAGES) {
    const html = fs.readFileSync(path.join(distDir, file), 'utf8');
    const policy = policyOf(html);
    if (!policy) fail(`the built ${file} has no Content-Security-Policy <meta>.`);
    const expected = contentSecurityPolicy({ scriptHashes: inlineScripts(html).map(scriptHash) });
    if (policy !== expected) fail(`the built ${file} has the policy\n  ${policy}\nexpected\n  ${expected}`);
    const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    if (/'unsafe-(inline|eval)'/.test(scriptSrc)) fail(`${file}: script-src allows ${scriptSrc}.`);
    if (!/^default-src 'self';/.test(policy)) fail(`${file}: default-src is not 'self' alone.`);
    const firstResource = html.search(/<(script|style|link)\b/i);
    if (firstResource !== -1 && firstResource < html.indexOf('Content-Security-Policy'))
      fail(`${file}: a script, style or link comes before the policy, which then does not govern it.`);
  }
}

/** The ribbon's commands page and the support page load within their policy, from this site only. */
async function checkOtherPages(browser, origin) {
  for (const [file, officeJs] of [
    ['commands.html', true],
    ['support.html', false],
  ]) {
    const { context, page, record, loadedAt } = await openPane(browser, `${origin}/${file}`, {
      locale: 'zh-CN',
    });
    await settle(page, loadedAt);
    if (file === 'support.html') await expectVisibleText(page, '党员固定活动日助手 · 使用帮助', file);
    checkRecord(file, record, origin, { officeJs });
    await context.close();
  }
}

/**
 * The policy refuses, in the running pane, what it must: an image, a fetch and a script from
 * another host, an inline script, code from a string. Each is refused before any request leaves
 * and each is reported, so that the other checks, which fail on any report, can fail.
 */
async function checkPolicyRefuses(browser, origin) {
  const name = 'the policy in the pane';
  const { context, page, record, loadedAt } = await openPane(browser, `${origin}/taskpane.html?mode=file`, {
    locale: 'zh-CN',
  });
  await expectVisibleText(page, '打开工作簿（.xlsx）', name);
  await settle(page, loadedAt);
  if (record.policyViolations.length > 0)
    fail(
      `${name}: violations before the probe:\n  ${describeViolations(record.policyViolations).join('\n  ')}`,
    );
  const outcome = await page.evaluate(async () => {
    const elsewhere = 'https://party-day.invalid';
    const image = new Image();
    const imageOutcome = new Promise((resolve) => {
      image.onload = () => resolve('loaded');
      image.onerror = () => resolve('refused');
    });
    image.src = `${elsewhere}/probe.png`;
    const foreignScript = document.createElement('script');
    const scriptOutcome = new Promise((resolve) => {
      foreignScript.onload = () => resolve('loaded');
      foreignScript.onerror = () => resolve('refused');
    });
    foreignScript.src = `${elsewhere}/probe.js`;
    document.head.appendChild(foreignScript);
    const inline = document.createElement('script');
    inline.textContent = 'window.__partyDayInlineRan = true;';
    document.head.appendChild(inline);
    // Code from a string, run by the page itself (DevTools' own evaluation, which runs this probe,
    // is not held to the policy): a string handed to setTimeout.
    window.setTimeout('window.__partyDayStringRan = true;', 0);
    await new Promise((resolve) => window.setTimeout(resolve, 100));
    const evaluated = window.__partyDayStringRan === true;
    let fetched = 'refused';
    try {
      await fetch(`${elsewhere}/probe.json`);
      fetched = 'fetched';
    } catch {
      fetched = 'refused';
    }
    return {
      image: await imageOutcome,
      script: await scriptOutcome,
      fetched,
      inline: window.__partyDayInlineRan === true,
      evaluated,
    };
  });
  await page.waitForTimeout(300);
  const expected = {
    image: 'refused',
    script: 'refused',
    fetched: 'refused',
    inline: false,
    evaluated: false,
  };
  if (JSON.stringify(outcome) !== JSON.stringify(expected))
    fail(`${name}: the probe got ${JSON.stringify(outcome)}, expected ${JSON.stringify(expected)}.`);
  const directives = [...new Set(record.policyViolations.map((v) => v.directive))].sort();
  const expectedDirectives = ['connect-src', 'img-src', 'script-src', 'script-src-elem'];
  if (JSON.stringify(directives) !== JSON.stringify(expectedDirectives))
    fail(
      `${name}: the probe was reported under ${directives.join(', ')}, expected ${expectedDirectives.join(', ')}.`,
    );
  // Chromium lists a request the policy refused, then fails it (reason "csp") before it leaves:
  // each request to the other host must have failed that way.
  const notBlocked = foreignRequests(record, origin).filter(
    (url) => !record.errors.includes(`request failed: ${url} (csp)`),
  );
  if (notBlocked.length > 0)
    fail(
      `${name}: requests to another host not blocked by the policy: ${notBlocked.join(', ')}\n  ${record.errors.join('\n  ')}`,
    );
  await context.close();
  return record.policyViolations.length;
}

async function expectVisibleText(page, text, name) {
  try {
    await page.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: 15000 });
  } catch {
    fail(`${name}: "${text}" never became visible.`);
  }
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
  const run = await startBrowserTest('smoke');
  try {
    checkBuiltPageIsEs5(run.distDir);
    checkExcelJsIsLazy(run.distDir);
    checkBuiltPagesCarryPolicy(run.distDir);
    const shots = [];
    const checks = [
      checkBrowserPane,
      checkFileModeUrl,
      checkDarkEnglish,
      checkInternetExplorer,
      checkOtherPages,
      checkPolicyRefuses,
    ];
    for (const check of checks) await check(run.browser, run.origin, shots);
    console.log(
      'smoke: the pane renders 党员固定活动日助手 with its 8 steps, the not-in-Excel notice and file mode;',
    );
    console.log(
      'smoke: keyboard reaches file mode; dark theme and English follow the browser; no horizontal scroll at 320 px;',
    );
    console.log('smoke: an IE user agent gets the plain explanation and no bundle; the built page is ES5;');
    console.log(
      `smoke: ${SERVED_PAGES.join(', ')} carry the Content-Security-Policy and load without breaking it;`,
    );
    console.log(
      'smoke: the policy refuses an image, a script and a fetch from another host, an inline script and eval;',
    );
    console.log(`smoke: no console errors, no request to any host but ${run.origin}.`);
    console.log(`smoke: screenshots: ${shots.join(', ')}`);
    console.log(`smoke: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`smoke: ${checks.length} passed, 0 failed`);
  } finally {
    await run.close();
  }
}

runMain('smoke test', main);
