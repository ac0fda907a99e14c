// What the browser tests (scripts/smoke.js, scripts/e2e.js) and the pane bench (bench/pane.ts) share:
// a production build of the add-in, a throw-away HTTPS server for it on localhost, Debian's Chromium
// driven by playwright-core (never a downloaded browser), and the record of what a page asked for,
// logged and was refused by its Content-Security-Policy, so that every caller fails the same way
// on a request to another host, a policy violation or an error.
//
// Environment:
//   BROWSER_TEST_DIST=dir  use this production build instead of building (npm test builds once and
//                          hands it to the smoke and end-to-end tests); SMOKE_DIST is the older name
//   CHROMIUM_PATH=path     another Chromium binary (default: the first of /usr/bin/chromium,
//                          /usr/bin/chromium-browser, /snap/bin/chromium)
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { chromiumPath, CHROMIUM_CANDIDATES } = require('./systemTools');

const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'artifacts');
const PANE_WIDTH = 320;
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

/** A failed expectation of a browser test: printed as its message alone, without a stack. */
class BrowserTestFailure extends Error {}

function fail(message) {
  throw new BrowserTestFailure(message);
}

function findChromium() {
  const executable = chromiumPath();
  if (!executable) {
    fail(
      `Chromium not found (${process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : CHROMIUM_CANDIDATES.join(', ')}). ` +
        "Install Debian's package (apt-get install -y chromium; npm test does as root) or set CHROMIUM_PATH. " +
        'The browser tests never download a browser.',
    );
  }
  return executable;
}

/** webpack --mode production into outDir, as deployed (office.js copied beside the pages). */
function buildProduction(outDir) {
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

/** The build given by BROWSER_TEST_DIST (or SMOKE_DIST), else a new one in tempDir. */
function productionBuild(tempDir, label, log = console.log) {
  const given = process.env.BROWSER_TEST_DIST || process.env.SMOKE_DIST;
  if (given) {
    const dist = path.resolve(given);
    if (!fs.existsSync(path.join(dist, 'taskpane.html'))) fail(`${dist} has no taskpane.html.`);
    log(`${label}: using the existing build in ${dist}`);
    return dist;
  }
  const outDir = path.join(tempDir, 'dist');
  log(`${label}: building (webpack --mode production) into ${outDir} ...`);
  return buildProduction(outDir);
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
 * Everything a browser test needs, started once: the build, a server for it and one headless
 * Chromium. `close()` stops them and removes the temporary folder. Progress goes to `log` (the
 * bench sends it to stderr, keeping stdout for its figures).
 */
async function startBrowserTest(label, log = console.log) {
  const executablePath = findChromium();
  const { chromium } = require('playwright-core');
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), `party-day-${label}-`));
  let server;
  let browser;
  const close = async () => {
    if (browser) await browser.close();
    if (server) server.close();
    fs.rmSync(tempDir, { recursive: true, force: true });
  };
  try {
    const distDir = productionBuild(tempDir, label, log);
    const served = await serve(distDir, await makeCertificate(tempDir));
    server = served.server;
    log(`${label}: serving ${distDir} at ${served.origin}`);
    browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
    return { distDir, tempDir, origin: served.origin, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Watches a context and its page for what a user (and the tests) must know: every request URL,
 * console errors, uncaught page errors, failed requests and HTTP errors.
 */
function watch(context, page) {
  const record = { requests: [], errors: [] };
  context.on('request', (request) => record.requests.push(request.url()));
  context.on('requestfailed', (request) => {
    record.errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) record.errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => record.errors.push(`page error: ${error.message}`));
  return record;
}

/**
 * Records in `record.policyViolations` every Content-Security-Policy violation in any page or frame
 * of the context (the browser's securitypolicyviolation event, before the page's own scripts run):
 * what was refused, by which directive, from where. Chromium also logs most of them as console
 * errors, but not all (a refused eval inside a try, a report from a frame), and not as clearly.
 */
async function watchPolicy(context, record) {
  record.policyViolations = [];
  await context.exposeBinding('__partyDayPolicyViolation', (_source, violation) => {
    record.policyViolations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        window.__partyDayPolicyViolation({
          directive: event.effectiveDirective || event.violatedDirective,
          blocked: event.blockedURI,
          source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}` : '',
          sample: event.sample,
          page: document.location.href,
        });
      },
      true,
    );
  });
}

/** One line per violation, for a failure message. */
function describeViolations(violations) {
  return violations.map(
    (v) =>
      `${v.directive} refused ${v.blocked || '(inline)'}` +
      `${v.source ? ` at ${v.source}` : ''}${v.sample ? ` ("${v.sample}")` : ''} on ${v.page}`,
  );
}

/**
 * Opens one page in a new context, watched from its first request: requests, errors and
 * Content-Security-Policy violations. `prepare(page, context)` runs before the navigation (a fixed
 * clock, an init script).
 */
async function openPane(browser, url, contextOptions = {}, prepare = undefined) {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: PANE_WIDTH, height: 720 },
    ...contextOptions,
  });
  const page = await context.newPage();
  const record = watch(context, page);
  await watchPolicy(context, record);
  if (prepare) await prepare(page, context);
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

/** URLs of the record that are neither the origin's nor the page's own data: and blob: URLs. */
function foreignRequests(record, origin) {
  return record.requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
}

/**
 * Fails on a request to another host, on a Content-Security-Policy violation, on any error logged,
 * and (unless `officeJs` is false: the static support page) when office.js was not served here.
 */
function checkRecord(name, record, origin, { officeJs = true } = {}) {
  const foreign = foreignRequests(record, origin);
  if (foreign.length > 0)
    fail(`${name}: the page contacted hosts other than ${origin}:\n  ${foreign.join('\n  ')}`);
  const violations = record.policyViolations ?? [];
  if (violations.length > 0) {
    fail(
      `${name}: the page broke its Content-Security-Policy (scripts/lib/csp.js):\n  ` +
        describeViolations(violations).join('\n  '),
    );
  }
  if (record.errors.length > 0) fail(`${name}: errors in the page:\n  ${record.errors.join('\n  ')}`);
  if (officeJs && !record.requests.some((url) => url === `${origin}/office-js/office.js`)) {
    fail(`${name}: the page never requested office-js/office.js from its own origin.`);
  }
}

async function expectNoHorizontalScroll(page, name) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  if (widths.scroll > widths.client) {
    // Name the innermost elements that reach past the pane, so the failure says what to fix.
    const culprits = await page.evaluate((client) => {
      const wide = [...document.querySelectorAll('body *')].filter(
        (el) => el.getBoundingClientRect().right > client + 0.5,
      );
      const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
      return innermost.slice(0, 5).map((el) => {
        const box = el.getBoundingClientRect();
        const label = (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40);
        return `<${el.tagName.toLowerCase()} class="${el.className}"> ${Math.round(box.left)}–${Math.round(box.right)} px «${label}»`;
      });
    }, widths.client);
    fail(
      `${name}: the page is ${widths.scroll} px wide in a ${widths.client} px pane (horizontal scrolling).` +
        (culprits.length > 0 ? `\n  reaching past it:\n  ${culprits.join('\n  ')}` : ''),
    );
  }
}

/** A full-page screenshot into artifacts/ (fileName may name a subfolder); returns its path. */
async function screenshot(page, fileName) {
  const file = path.join(ARTIFACTS, fileName);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return path.relative(ROOT, file);
}

/** Runs a test's main(): a BrowserTestFailure prints its message, anything else its stack; exit 1. */
function runMain(label, main) {
  main().catch((error) => {
    if (error instanceof BrowserTestFailure) {
      console.error(`\n${label} FAILED: ${error.message}`);
    } else {
      console.error(`\n${label} FAILED with an unexpected error:`);
      console.error(error);
    }
    process.exit(1);
  });
}

module.exports = {
  CONTENT_TYPES,
  ROOT,
  ARTIFACTS,
  PANE_WIDTH,
  CHROMIUM_FLAGS,
  BUILD_BASE_URL,
  BrowserTestFailure,
  fail,
  findChromium,
  buildProduction,
  productionBuild,
  makeCertificate,
  serve,
  startBrowserTest,
  watch,
  watchPolicy,
  describeViolations,
  openPane,
  settle,
  foreignRequests,
  checkRecord,
  expectNoHorizontalScroll,
  screenshot,
  runMain,
};
