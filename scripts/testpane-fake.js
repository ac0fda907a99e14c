#!/usr/bin/env node
// The Excel run on the strict fake (a step of `npm test`): the test pane of `npm run test:excel`,
// built the same way, served by the same receiver, opened in Debian's Chromium with ?host=fake so
// that it runs every step on the strict fake of the Excel API (test/fakes/excel) and posts each
// result as it would from Excel. This proves the page, the steps, the transport and the report
// here; what only Excel can answer (computed formulas, printed pages, the probes) comes back as
// "fake", never as passed. The page may request nothing from any other host and log no error.
// When BROWSER_TEST_DIST names the add-in's production build (npm test passes it), that build must
// not contain the fake.
//
//   node scripts/testpane-fake.js
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {
  findChromium,
  makeCertificate,
  openPane,
  checkRecord,
  fail,
  runMain,
  CHROMIUM_FLAGS,
} = require('./lib/browser');
const { startReceiver } = require('./lib/receiver');
const { formatReport, verdict, passed } = require('./lib/runReport');
const { OFFICE_JS_DIR, FAKE_MARKER, buildTestPane, filesContaining } = require('./lib/testpane');

// Steps the fake shows failing because of a known bug on main, each with its issue: the run passes
// while they fail and fails as soon as one passes, so the entry is removed when the fix lands.
const KNOWN_FAILURES = {};
const RUN_TIMEOUT_MS = 10 * 60 * 1000;

/** Everything the fake can answer must pass; what only Excel can answer must say "fake". */
function checkFakeRun(record) {
  for (const step of record.steps) {
    for (const check of step.checks) {
      if (check.status === 'observed')
        fail(`${step.id}: "${check.what}" is 'observed' on the fake; only Excel observes.`);
    }
    if (step.kind === 'probe' && step.status !== 'fake')
      fail(`${step.id}: a probe reported "${step.status}" on the fake instead of "fake".`);
  }
  if (record.info.host !== 'fake') fail(`the run says it ran on "${record.info.host}", not the fake.`);
}

function checkProductionBuild(testBuild) {
  if (filesContaining(testBuild, FAKE_MARKER).length === 0)
    fail(
      `the test build's fake chunk no longer contains "${FAKE_MARKER}": update FAKE_MARKER in scripts/lib/testpane.js.`,
    );
  const dist = process.env.BROWSER_TEST_DIST;
  if (!dist) return null;
  const found = filesContaining(path.resolve(dist), FAKE_MARKER);
  if (found.length > 0) fail(`the production build contains the strict fake (${found.join(', ')}).`);
  return path.resolve(dist);
}

async function main() {
  const started = Date.now();
  const executablePath = findChromium();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'party-day-testpane-'));
  let receiver;
  let browser;
  try {
    const build = buildTestPane(path.join(tempDir, 'testpane'));
    console.log(`testpane-fake: built the test pane in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const checkedDist = checkProductionBuild(build);
    receiver = await startReceiver({
      root: build,
      officeJsDir: OFFICE_JS_DIR,
      credentials: await makeCertificate(tempDir),
      onMessage: (message) => {
        if (message.kind === 'step')
          console.log(`testpane-fake: ${message.step.status.padEnd(4)} ${message.step.id}`);
      },
    });
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
    const { page, record } = await openPane(browser, `${receiver.origin}/testpane.html?host=fake`, {
      locale: 'zh-CN',
    });
    const timeout = new Promise((_, reject) =>
      setTimeout(
        () => reject(new Error(`no end of the run within ${RUN_TIMEOUT_MS / 1000} s`)),
        RUN_TIMEOUT_MS,
      ).unref(),
    );
    const run = await Promise.race([receiver.finished, timeout]).catch((error) => fail(error.message));
    await page.locator('#run[data-done]').waitFor({ timeout: 30_000 });
    const shown = await page.locator('#run').getAttribute('data-done');

    console.log('');
    for (const line of formatReport(run, { knownFailures: KNOWN_FAILURES })) console.log(line);
    console.log('');
    checkRecord('test pane on the fake', record, receiver.origin);
    checkFakeRun(run);
    const result = verdict(run, { knownFailures: KNOWN_FAILURES });
    const expectedShown = result.failed.length + result.knownFailed.length > 0 ? 'failed' : 'passed';
    if (shown !== expectedShown) fail(`the page shows "${shown}", the report "${expectedShown}".`);
    if (!passed(result)) fail('the run on the fake failed (see the report above).');
    if (checkedDist)
      console.log(`testpane-fake: the production build ${checkedDist} holds no part of the fake.`);
    console.log(`testpane-fake: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (browser) await browser.close();
    if (receiver) await receiver.close();
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

runMain('test pane on the fake', main);
