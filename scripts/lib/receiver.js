// The receiver of `npm run test:excel` (and of its run on the fake in `npm test`): one HTTPS server
// on localhost that serves the test pane's build (and office.js from the @microsoft/office-js
// package, under /office-js/) and takes the results the pane posts to /results, one JSON message
// per POST body: { kind: 'start', run }, then { kind: 'step', step } per step, then { kind: 'end' }.
//
// Why not Microsoft's office-addin-test-server: it reads the results from the URL's query string
// (office-addin-test-helpers' sendTestResults posts to /results/?data=<the JSON, URL-encoded>), so
// a result is limited by the URL Node accepts (16 KB of request head by default) — a single step
// here, with the cells it read back, is larger — and it keeps only the first result of a run. See
// docs/excel-verification.md.
const fs = require('node:fs');
const https = require('node:https');
const path = require('node:path');
const { CONTENT_TYPES } = require('./browser');

const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The file a request path names under one of the roots; null when outside them or missing. */
function fileFor(pathname, roots) {
  for (const [prefix, dir] of roots) {
    if (!pathname.startsWith(prefix)) continue;
    const root = path.resolve(dir);
    const file = path.resolve(root, `.${pathname.slice(prefix.length - 1)}`);
    const inside = file === root || file.startsWith(root + path.sep);
    if (inside && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`body over ${MAX_BODY_BYTES} bytes`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** A new record of one run, filled by the messages as they come. */
function newRecord() {
  return { info: null, steps: [], ms: null, ended: false, errors: [] };
}

/** Applies one posted message to the record; returns an error text for a message out of place. */
function applyMessage(record, message) {
  if (!message || typeof message !== 'object') return 'not a JSON object';
  switch (message.kind) {
    case 'start':
      if (record.info !== null) return 'a run has already started on this receiver';
      record.info = message.run;
      return null;
    case 'step':
      if (record.info === null) return 'a step before the start';
      if (record.ended) return 'a step after the end';
      record.steps.push(message.step);
      return null;
    case 'end':
      if (record.info === null) return 'the end before the start';
      record.ended = true;
      record.ms = message.ms;
      return null;
    default:
      return `unknown message kind ${JSON.stringify(message.kind)}`;
  }
}

/**
 * Starts the receiver on this computer only: 127.0.0.1, and ::1 too where there is IPv6 (Excel's
 * webview may resolve localhost to either). `root` is the test pane's build; `port` 0 picks a free
 * one. `onMessage` is told of each message (progress). Resolves to { origin, record, finished,
 * close }: `finished` resolves with the record once the run's end has arrived.
 */
async function startReceiver({ root, officeJsDir, credentials, port = 0, onMessage = () => {} }) {
  const record = newRecord();
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  const roots = [
    ['/office-js/', officeJsDir],
    ['/', root],
  ];
  const handle = async (request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url, 'https://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (pathname === '/results' && request.method === 'POST') {
      let message;
      try {
        message = JSON.parse(await readBody(request));
      } catch (error) {
        record.errors.push(`unreadable result: ${error.message}`);
        response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end(error.message);
        return;
      }
      const refused = applyMessage(record, message);
      if (refused) {
        record.errors.push(refused);
        response.writeHead(409, { 'Content-Type': 'text/plain; charset=utf-8' }).end(refused);
        return;
      }
      response.writeHead(204).end();
      onMessage(message, record);
      if (message.kind === 'end') finish(record);
      return;
    }
    if (pathname === '/ping') {
      response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('party-day test receiver');
      return;
    }
    const file = request.method === 'GET' ? fileFor(pathname, roots) : null;
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(response);
  };
  const listen = (host, onPort) =>
    new Promise((resolve, reject) => {
      const server = https.createServer(credentials, handle);
      server.once('error', reject);
      server.listen(onPort, host, () => resolve(server));
    });
  const servers = [await listen('127.0.0.1', port)];
  const chosen = servers[0].address().port;
  try {
    servers.push(await listen('::1', chosen));
  } catch {
    // No IPv6 loopback here: 127.0.0.1 alone.
  }
  return {
    origin: `https://localhost:${chosen}`,
    port: chosen,
    record,
    finished,
    close: () => Promise.all(servers.map((server) => new Promise((done) => server.close(() => done())))),
  };
}

module.exports = { startReceiver, applyMessage, newRecord, MAX_BODY_BYTES };
