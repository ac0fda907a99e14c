#!/usr/bin/env node
// End-to-end test of file mode (a step of `npm test`): the secretary's whole year in Debian's
// Chromium, driven through playwright-core on the production build served over HTTPS (build, server
// and browser from scripts/lib/browser.js, as the smoke test). This file is the runner: it starts
// the browser on the pane, runs the year's steps (test/e2e/yearSteps.js, the scenario's figures in
// test/e2e/yearScenario.js) and the further walks, takes the screenshots and reports. The helpers
// in the pane are test/e2e/pane.js.
//
// The page may request nothing from any host but its own and may log no error. Screenshots of every
// step at 320 px and 800 px go to artifacts/e2e/.
//
//   node scripts/e2e.js                         build into a temporary folder, then test
//   BROWSER_TEST_DIST=dist node scripts/e2e.js  test an existing production build instead
//   E2E_DOCS_IMAGES=1 node scripts/e2e.js       also refresh README's screenshots in docs/images/
const fs = require('node:fs');
const path = require('node:path');
const {
  ROOT,
  startBrowserTest,
  openPane,
  settle,
  checkRecord,
  expectNoHorizontalScroll,
  fail,
  runMain,
} = require('./lib/browser');
const {
  ACTION_TIMEOUT_MS,
  flat,
  region,
  outcome,
  idle,
  choose,
  clickButton,
  openWorkbook,
  download,
  expectEqual,
} = require('../test/e2e/pane');
const { FIXTURE, TODAY, verifyFinalFile } = require('../test/e2e/yearScenario');
const { STEPS } = require('../test/e2e/yearSteps');
// Further walks, each in its own file under test/e2e/: those run after the year's walk in the same
// page (they get its `t` and the helpers below), and those that open a fresh page of the same build.
// noticeWalk: 2027 planned from a pasted State Council notice. materialsWalk: 活动材料 on the year's
// final download (after noticeWalk, whose file has another name, so that 已打开 shows the new one).
const SAME_PAGE_WALKS = [require('../test/e2e/noticeWalk'), require('../test/e2e/materialsWalk')];
// otherWriter: file mode on a workbook openpyxl wrote, which must come back whole (issue 12).
// rollupWalk: the 党总支's roll-up of three branch workbooks (汇总多个支部), README's screenshot of it.
const FRESH_PAGE_WALKS = [
  require('../test/e2e/honestFigures'),
  require('../test/e2e/otherWriter'),
  require('../test/e2e/rollupWalk'),
];

const SHOTS_DIR = path.join(ROOT, 'artifacts', 'e2e');
const WIDTHS = [320, 800];
const SHOT_MAX_HEIGHT = 900;
// README's 工作流程 section: these 320 px screenshots, under stable names (E2E_DOCS_IMAGES=1).
const DOCS_IMAGES_DIR = path.join(ROOT, 'docs', 'images');
const DOCS_IMAGES = {
  setup: 'workflow-1-setup-320.png',
  'import-preview': 'workflow-2-import-320.png',
  holidays: 'workflow-3-holidays-320.png',
  'holiday-add': 'workflow-4-holiday-add-320.png',
  'schedule-again-preview': 'workflow-5-schedule-320.png',
  'attendance-status': 'workflow-6-attendance-320.png',
  'summary-month': 'workflow-7-summary-320.png',
  check: 'workflow-8-check-320.png',
  'download-final': 'workflow-9-download-320.png',
};
for (const walk of SAME_PAGE_WALKS) Object.assign(DOCS_IMAGES, walk.docsImages ?? {});
/** What the further walks (test/e2e/*.js) use of the pane helpers (test/e2e/pane.js). */
const HELPERS = {
  region,
  outcome,
  idle,
  clickButton,
  choose,
  openWorkbook,
  expectEqual,
  flat,
  ACTION_TIMEOUT_MS,
};

async function main() {
  const started = Date.now();
  fs.rmSync(SHOTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const run = await startBrowserTest('e2e');
  try {
    const { page, context, record, loadedAt } = await openPane(
      run.browser,
      `${run.origin}/taskpane.html?mode=file`,
      { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true },
      (p) => p.clock.setFixedTime(new Date(TODAY)),
    );
    page.setDefaultTimeout(60_000);
    const shots = [];
    let shootings = 0;
    const t = {
      page,
      tempDir: run.tempDir,
      log: (line) => console.log(`e2e:   ${line}`),
      /** The step's region (or the top of the pane) at every width; back to 320 px after. */
      shoot: async (name, scope) => {
        shootings += 1;
        // The pointer off the pane: the last click leaves no hover colour on whatever is now under it.
        await page.mouse.move(0, 0);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          if (width === 320) await expectNoHorizontalScroll(page, `${name} at 320 px`);
          const file = path.join(SHOTS_DIR, `${String(shootings).padStart(2, '0')}-${name}-${width}.png`);
          // Transitions finished, so a button that has just been enabled again shows as enabled.
          if (scope) {
            // The region from its top, at most SHOT_MAX_HEIGHT tall (the check lists dozens of items).
            await scope.scrollIntoViewIfNeeded();
            const box = await scope.boundingBox();
            const scrollY = await page.evaluate(() => window.scrollY);
            const clip = { ...box, y: box.y + scrollY, height: Math.min(box.height, SHOT_MAX_HEIGHT) };
            await page.screenshot({ path: file, fullPage: true, clip, animations: 'disabled' });
          } else {
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: file, animations: 'disabled' });
          }
          shots.push(path.relative(ROOT, file));
          if (width === 320 && process.env.E2E_DOCS_IMAGES === '1' && DOCS_IMAGES[name])
            fs.copyFileSync(file, path.join(DOCS_IMAGES_DIR, DOCS_IMAGES[name]));
        }
        await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      },
    };
    await page.getByRole('heading', { level: 2, name: '文件模式' }).waitFor({ timeout: 30_000 });
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    for (const [index, step] of STEPS.entries()) {
      const stepStarted = Date.now();
      console.log(`e2e: ${index + 1}/${STEPS.length} ${step.title}`);
      await step.run(t);
      if (step.shot !== null) {
        let scope = null;
        if (typeof step.shot === 'function') scope = step.shot(page);
        else if (step.shot !== 'top') scope = region(page, step.shot);
        await t.shoot(step.id, scope);
      }
      if (record.errors.length > 0)
        fail(`${step.title}: errors in the page:\n  ${record.errors.join('\n  ')}`);
      console.log(`e2e:   done in ${((Date.now() - stepStarted) / 1000).toFixed(1)} s`);
    }
    const helpers = { region, outcome, clickButton, openWorkbook, download, idle, flat, expectEqual, fail };
    for (const walk of SAME_PAGE_WALKS) {
      const walkStarted = Date.now();
      console.log(`e2e: walk ${walk.title}`);
      await walk.run(t, { ...helpers, FIXTURE, ACTION_TIMEOUT_MS });
      if (record.errors.length > 0)
        fail(`${walk.title}: errors in the page:\n  ${record.errors.join('\n  ')}`);
      console.log(`e2e:   done in ${((Date.now() - walkStarted) / 1000).toFixed(1)} s`);
    }
    await settle(page, loadedAt);
    checkRecord('file mode, the whole year', record, run.origin);
    await context.close();
    await verifyFinalFile(t);
    for (const walk of FRESH_PAGE_WALKS) await walk.run({ run, shotsDir: SHOTS_DIR, helpers: HELPERS });
    console.log(`e2e: no console errors, no request to any host but ${run.origin}.`);
    console.log(`e2e: ${shots.length} screenshots in ${path.relative(ROOT, SHOTS_DIR)}/`);
    console.log(`e2e: finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(
      `e2e: ${STEPS.length} steps and ${SAME_PAGE_WALKS.length + FRESH_PAGE_WALKS.length} walks passed, 0 failed`,
    );
  } finally {
    await run.close();
  }
}

runMain('end-to-end test', main);
