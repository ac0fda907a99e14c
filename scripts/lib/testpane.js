// The test pane's build (webpack --env testExcel: src/testpane, with the strict fake as a chunk of
// its own), shared by `npm run test:excel` (scripts/test-excel.js) and its run on the fake in
// `npm test` (scripts/testpane-fake.js).
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
const TEST_MANIFEST = path.join(ROOT, 'manifest.test-excel.xml');
/** The port manifest.test-excel.xml names. */
const TEST_EXCEL_PORT = 3100;
/**
 * Text only the strict fake holds (one of its error messages): present in the test build's fake
 * chunk, never in the add-in's production build.
 */
const FAKE_MARKER = 'The fake models CellValue and Custom only';

function buildTestPane(outDir) {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const result = spawnSync(
    process.execPath,
    [webpackCli, '--env', 'testExcel', '--mode', 'development', '--output-path', outDir],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(
      `the test pane's build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  if (!fs.existsSync(path.join(outDir, 'testpane.html')))
    throw new Error('the test build has no testpane.html.');
  return outDir;
}

/** The .js files of a build that contain `marker`. */
function filesContaining(dir, marker) {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .filter((file) => fs.readFileSync(path.join(dir, file), 'utf8').includes(marker));
}

module.exports = {
  ROOT,
  OFFICE_JS_DIR,
  TEST_MANIFEST,
  TEST_EXCEL_PORT,
  FAKE_MARKER,
  buildTestPane,
  filesContaining,
};
