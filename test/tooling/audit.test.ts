// `npm run audit` (scripts/audit.js, in .ci/run): npm audit --omit=dev reports when the advisory
// service answers, fails on a high or critical production vulnerability, and passes, saying so,
// when the service cannot be reached. The real npm runs against a stand-in for the service on this
// computer (127.0.0.1): one that answers with an advisory and one that answers 405 as the
// registry of these machines does. No other network is used.
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFile } from 'node:child_process';
import { auditOutcome } from '../../scripts/lib/audit';

const ROOT = path.resolve(__dirname, '..', '..');

/** npm audit's JSON when these machines' registry refuses the request (captured here). */
const REFUSED_405 = JSON.stringify({
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  headers: { allow: ['GET,HEAD'], 'content-length': ['0'] },
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
});

/** npm audit's JSON when nothing listens (captured here, with --registry http://127.0.0.1:9/). */
const CONNECTION_REFUSED = JSON.stringify({
  message:
    'request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9',
  error: { summary: '', detail: '' },
});

describe('auditOutcome', () => {
  test('a 405 from the registry is "no report", passed', () => {
    expect(auditOutcome(REFUSED_405)).toEqual({
      answered: false,
      failed: false,
      lines: [
        'npm audit: the advisory service gave no report (HTTP 405 from https://registry.npmjs.org/-/npm/v1/security/advisories/bulk); not checked this time.',
        'npm audit: the known problems of the production dependencies are in docs/dependencies.md.',
      ],
    });
  });

  test('no connection is "no report", passed, with npm’s reason', () => {
    const outcome = auditOutcome(CONNECTION_REFUSED);
    expect(outcome.failed).toBe(false);
    expect(outcome.lines[0]).toBe(
      'npm audit: the advisory service gave no report (request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9); not checked this time.',
    );
  });

  test('output that is not JSON is "no report", with the first line of stderr', () => {
    expect(auditOutcome('', '\nnpm error code EAI_AGAIN\nmore').lines[0]).toBe(
      'npm audit: the advisory service gave no report (npm error code EAI_AGAIN); not checked this time.',
    );
  });

  test('a moderate vulnerability is reported and passed; a high one fails', () => {
    const report = (severity: string) =>
      JSON.stringify({
        auditReportVersion: 2,
        vulnerabilities: {
          tmp: {
            name: 'tmp',
            severity,
            isDirect: false,
            via: [{ title: 'Example advisory', url: 'https://example.invalid/1', severity }],
            effects: ['exceljs'],
            range: '<=0.2.3',
            nodes: ['node_modules/tmp'],
            fixAvailable: { name: 'exceljs', version: '4.4.0', isSemVerMajor: false },
          },
        },
        metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 0, total: 1 } },
      });
    expect(auditOutcome(report('moderate'))).toEqual({
      answered: true,
      failed: false,
      lines: [
        'npm audit: the advisory service answered: 1 moderate in the production dependencies.',
        '  tmp <=0.2.3 (moderate), fix: exceljs@4.4.0',
        '    moderate: Example advisory (https://example.invalid/1)',
      ],
    });
    const high = auditOutcome(report('high'));
    expect(high.failed).toBe(true);
    expect(high.lines[high.lines.length - 1]).toBe('npm audit: 1 at high or above: tmp.');
  });
});

/** A stand-in for the registry's advisory service on 127.0.0.1; `answer` decides each response. */
function startService(
  answer: (request: { method: string; url: string; body: string }) => { status: number; json?: unknown },
): Promise<{ url: string; bulkRequests: string[]; close: () => Promise<void> }> {
  const bulkRequests: string[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let body = Buffer.concat(chunks);
      if (request.headers['content-encoding'] === 'gzip') body = zlib.gunzipSync(body);
      const asked = { method: request.method ?? '', url: request.url ?? '', body: body.toString('utf8') };
      if (asked.url.includes('/-/npm/v1/security/advisories/bulk')) bulkRequests.push(asked.body);
      const { status, json } = answer(asked);
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(json === undefined ? '' : JSON.stringify(json));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}/`,
        bulkRequests,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * scripts/audit.js against the stand-in, with an npm cache of its own: npm keeps the advisories it
 * computed in its cache, and the made-up one must neither reach the user's cache nor come from it.
 */
async function runAudit(registry: string): Promise<{ code: number; stdout: string }> {
  const cache = await fs.mkdtemp(path.join(os.tmpdir(), 'party-day-audit-cache-'));
  try {
    return await new Promise((resolve) => {
      execFile(
        process.execPath,
        [path.join(ROOT, 'scripts', 'audit.js'), '--registry', registry, '--cache', cache],
        { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
        (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
      );
    });
  } finally {
    await fs.rm(cache, { recursive: true, force: true });
  }
}

describe('scripts/audit.js with the real npm', () => {
  test('fails on a high advisory for a production dependency, naming it', async () => {
    const service = await startService(({ method, url }) => {
      if (method === 'POST')
        return {
          status: 200,
          json: {
            jszip: [
              {
                id: 1,
                url: 'https://example.invalid/advisory/1',
                title: 'A made-up advisory for this test',
                severity: 'high',
                vulnerable_versions: '<3.10.3',
                cwe: [],
                cvss: { score: 7.5, vectorString: null },
              },
            ],
          },
        };
      // npm reads the package's versions to say which are affected.
      if (url === '/jszip')
        return {
          status: 200,
          json: {
            name: 'jszip',
            'dist-tags': { latest: '3.10.2' },
            versions: { '3.10.2': { name: 'jszip', version: '3.10.2', dependencies: {} } },
          },
        };
      return { status: 404, json: {} };
    });
    try {
      const { code, stdout } = await runAudit(service.url);
      expect(code).toBe(1);
      expect(stdout).toContain(
        'npm audit: the advisory service answered: 2 high in the production dependencies.',
      );
      expect(stdout).toContain(
        '    high: A made-up advisory for this test (https://example.invalid/advisory/1)',
      );
      expect(stdout).toContain('npm audit: 2 at high or above: exceljs, jszip.');
      // Only production dependencies were asked about (--omit=dev): exceljs yes, jest no.
      const asked = Object.keys(JSON.parse(service.bulkRequests[0]) as Record<string, string[]>);
      expect(asked).toContain('exceljs');
      expect(asked).not.toContain('jest');
    } finally {
      await service.close();
    }
  });

  test('passes, saying so, when the service answers 405', async () => {
    const service = await startService(() => ({ status: 405 }));
    try {
      const { code, stdout } = await runAudit(service.url);
      expect(code).toBe(0);
      expect(stdout).toContain(
        `npm audit: the advisory service gave no report (HTTP 405 from ${service.url}-/npm/v1/security/advisories/bulk); not checked this time.`,
      );
      expect(service.bulkRequests).toHaveLength(1);
    } finally {
      await service.close();
    }
  });
});
