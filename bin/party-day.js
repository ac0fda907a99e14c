#!/usr/bin/env node
// `party-day`: runs the TypeScript command line in src/cli straight from the sources (no build
// step), compiling it on the fly with tsx in its own namespace so nothing else is hooked.
'use strict';
const path = require('node:path');
const { register } = require('tsx/cjs/api');

const tsx = register({ namespace: 'party-day' });
const { runCli } = tsx.require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'), __filename);

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`程序出错：${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
