#!/usr/bin/env node
// `node scripts/lib/build.js OUTDIR`: the production build the browser tests use (the one
// buildProduction in ./browser.js makes), so that `npm test` builds once for the smoke and
// end-to-end tests and hands OUTDIR to both as BROWSER_TEST_DIST.
const path = require('node:path');
const { buildProduction, runMain, fail } = require('./browser');

runMain('production build', async () => {
  const outDir = process.argv[2];
  if (!outDir) fail('usage: node scripts/lib/build.js OUTDIR');
  const started = Date.now();
  buildProduction(path.resolve(outDir));
  console.log(`build: ${path.resolve(outDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
