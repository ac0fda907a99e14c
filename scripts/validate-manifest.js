#!/usr/bin/env node
// `npm run validate`: checks manifest.xml, and dist/manifest.xml when a build is present, offline
// (xmllint against schemas/office-addin-manifest plus the checks in manifest-check.js), and
// manifest.test-excel.xml (the test pane of `npm run test:excel`, served on port 3100 by its own
// webpack build, --env testExcel).
//
//   node scripts/validate-manifest.js                      manifest.xml (+ dist/manifest.xml if built)
//   node scripts/validate-manifest.js FILE                 one source manifest
//   node scripts/validate-manifest.js FILE --dist DIR      one built manifest, files looked up in DIR
const fs = require('node:fs');
const path = require('node:path');
const { validateManifest } = require('./manifest-check');
const { messages } = require('./manifest-messages');

const root = path.resolve(__dirname, '..');

const TEST_MANIFEST = 'manifest.test-excel.xml';
/** The test manifest's pages come from the test build, at the receiver's address. */
const TEST_MANIFEST_OPTIONS = { baseUrl: 'https://localhost:3100/', webpackEnv: { testExcel: true } };

function targets(argv) {
  const args = [...argv];
  const distIndex = args.indexOf('--dist');
  const distDir = distIndex >= 0 ? args.splice(distIndex, 2)[1] : undefined;
  if (args.length > 0) {
    return args.map((file) => ({
      file,
      options: distDir ? { distDir } : path.basename(file) === TEST_MANIFEST ? TEST_MANIFEST_OPTIONS : {},
    }));
  }
  const list = [
    { file: path.join(root, 'manifest.xml'), options: {} },
    { file: path.join(root, TEST_MANIFEST), options: TEST_MANIFEST_OPTIONS },
  ];
  const dist = path.join(root, 'dist');
  if (fs.existsSync(path.join(dist, 'manifest.xml')))
    list.push({ file: path.join(dist, 'manifest.xml'), options: { distDir: dist } });
  return list;
}

async function main() {
  let failed = false;
  for (const { file, options } of targets(process.argv.slice(2))) {
    const shown = path.relative(process.cwd(), file) || file;
    const { errors, warnings } = await validateManifest(file, options);
    for (const warning of warnings) console.warn(messages.warning(shown, warning));
    if (errors.length === 0) {
      console.log(messages.ok(shown));
      continue;
    }
    failed = true;
    console.error(messages.failed(shown, errors.length));
    for (const error of errors) console.error(`  - ${error}`);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error.stack || error.message);
  process.exit(1);
});
