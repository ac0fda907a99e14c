/**
 * The receiver of npm run test:excel: it serves the test pane and office.js, takes each result as a
 * JSON body (a step of 200 KB, far past what a URL carries), refuses messages out of order, and
 * the report fails a run with a failed, missing or unended step.
 */
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { makeCertificate } from '../../scripts/lib/browser';
import { startReceiver, type Receiver, type RunRecord } from '../../scripts/lib/receiver';
import { formatReport, passed, verdict } from '../../scripts/lib/runReport';

jest.setTimeout(60_000);

let dir: string;
let receiver: Receiver;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'receiver-test-'));
  fs.mkdirSync(path.join(dir, 'build'));
  fs.mkdirSync(path.join(dir, 'office'));
  fs.writeFileSync(path.join(dir, 'build', 'testpane.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(dir, 'office', 'office.js'), '// office');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'not served');
  receiver = await startReceiver({
    root: path.join(dir, 'build'),
    officeJsDir: path.join(dir, 'office'),
    credentials: await makeCertificate(dir),
  });
});
afterAll(async () => {
  await receiver.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function request(method: string, pathname: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      `${receiver.origin}${pathname}`,
      { method, rejectUnauthorized: false, headers: body ? { 'Content-Type': 'application/json' } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const info = {
  host: 'fake',
  platform: null,
  officeVersion: null,
  excelApi: ['1.1', '1.17'],
  userAgent: 'jest',
  version: '0.1.0',
  steps: ['setup', 'check'],
  startedAt: '2026-12-31T08:00:00Z',
};

describe('the receiver', () => {
  test('serves the build and office.js, and nothing outside them', async () => {
    expect(await request('GET', '/testpane.html')).toEqual({
      status: 200,
      text: '<!doctype html><title>t</title>',
    });
    expect((await request('GET', '/office-js/office.js')).text).toBe('// office');
    expect((await request('GET', '/../secret.txt')).status).toBe(404);
    expect((await request('GET', '/office-js/../../secret.txt')).status).toBe(404);
  });

  test('takes a run posted as JSON bodies, a 200 KB step included, and refuses one out of order', async () => {
    expect((await request('POST', '/results', JSON.stringify({ kind: 'step', step: {} }))).status).toBe(409);
    expect((await request('POST', '/results', JSON.stringify({ kind: 'start', run: info }))).status).toBe(
      204,
    );
    const big = {
      id: 'setup',
      status: 'pass',
      checks: [{ what: 'cells', status: 'pass', actual: 'x'.repeat(200_000) }],
    };
    expect((await request('POST', '/results', JSON.stringify({ kind: 'step', step: big }))).status).toBe(204);
    expect((await request('POST', '/results', '{not json')).status).toBe(400);
    expect((await request('POST', '/results', JSON.stringify({ kind: 'end', ms: 5 }))).status).toBe(204);
    const record = await receiver.finished;
    expect(record.ended).toBe(true);
    expect(record.steps.map((step) => step.id)).toEqual(['setup']);
    expect((record.steps[0].checks as Array<{ actual: string }>)[0].actual).toHaveLength(200_000);
    expect(record.errors).toEqual(['a step before the start', expect.stringMatching(/^unreadable result/)]);
  });
});

describe('the verdict and the report', () => {
  const step = (id: string, status: string) => ({
    id,
    status,
    kind: 'workflow',
    title: id,
    ms: 1200,
    checks: [],
  });
  const run = (steps: RunRecord['steps'], ended = true): RunRecord => ({
    info,
    steps,
    ms: 9,
    ended,
    errors: [],
  });

  test('passes only a run that ended with every step and none failed', () => {
    expect(passed(verdict(run([step('setup', 'pass'), step('check', 'fake')])))).toBe(true);
    expect(verdict(run([step('setup', 'pass')])).missing).toEqual(['check']);
    expect(passed(verdict(run([step('setup', 'pass'), step('check', 'fail')])))).toBe(false);
    expect(passed(verdict(run([step('setup', 'pass'), step('check', 'pass')], false)))).toBe(false);
  });

  test('a known failure passes while it fails, and fails the run once it passes', () => {
    const known = { knownFailures: { check: 'issue 11 item 1' } };
    expect(passed(verdict(run([step('setup', 'pass'), step('check', 'fail')]), known))).toBe(true);
    const fixed = verdict(run([step('setup', 'pass'), step('check', 'pass')]), known);
    expect(fixed.fixed).toEqual(['check']);
    expect(passed(fixed)).toBe(false);
  });

  test('ends with the counts in the plain form', () => {
    const lines = formatReport(run([step('setup', 'pass'), step('check', 'fail')]));
    expect(lines.at(-1)).toBe('excel-run: 1 passed, 1 failed');
    expect(lines).toContain('✗ check  1.2 秒');
  });
});
