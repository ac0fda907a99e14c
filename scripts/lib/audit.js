// Reading `npm audit --omit=dev --json` (scripts/audit.js): did the advisory service answer, what
// did it report, and does that stop CI? The service is not always reachable (the registry these
// machines use answers the audit request with 405 Method Not Allowed), and an unreachable
// service is reported and passed, not failed: docs/dependencies.md keeps the known problems.

/** Severities in npm's order; a report at or above FAIL_AT stops CI. */
const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];
const FAIL_AT = 'high';

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Why the service gave no report, in one line, from npm's JSON error or its stderr. */
function unreachableReason(json, stderr) {
  if (json && typeof json === 'object') {
    if (json.statusCode) return `HTTP ${json.statusCode}${json.uri ? ` from ${json.uri}` : ''}`;
    if (json.error && (json.error.code || json.error.summary))
      return [json.error.code, json.error.summary].filter(Boolean).join(': ').split('\n')[0];
    if (json.message) return String(json.message).split('\n')[0];
  }
  const line = String(stderr || '')
    .split('\n')
    .find((l) => l.trim() !== '');
  return line ? line.trim() : 'no report and no error message';
}

/** The advisories behind one vulnerable package: title, severity and address of each. */
function advisoriesOf(vulnerability) {
  return (vulnerability.via || [])
    .filter((via) => via && typeof via === 'object')
    .map((via) => `${via.severity}: ${via.title}${via.url ? ` (${via.url})` : ''}`);
}

function fixOf(vulnerability) {
  const fix = vulnerability.fixAvailable;
  if (fix === true) return 'fix: npm audit fix';
  if (fix && typeof fix === 'object')
    return `fix: ${fix.name}@${fix.version}${fix.isSemVerMajor ? ' (a major version)' : ''}`;
  return 'no fix available';
}

/**
 * What npm audit's output says: { answered, failed, lines }. `answered` is false when the service
 * gave no report (unreachable, refused, not implemented); `failed` only when it reported a
 * production vulnerability at or above FAIL_AT.
 */
function auditOutcome(stdout, stderr = '') {
  const json = parseJson(stdout);
  if (!json || typeof json !== 'object' || json.auditReportVersion === undefined) {
    return {
      answered: false,
      failed: false,
      lines: [
        `npm audit: the advisory service gave no report (${unreachableReason(json, stderr)}); not checked this time.`,
        'npm audit: the known problems of the production dependencies are in docs/dependencies.md.',
      ],
    };
  }
  const counts = (json.metadata && json.metadata.vulnerabilities) || {};
  const vulnerabilities = Object.values(json.vulnerabilities || {});
  const failing = vulnerabilities.filter(
    (v) => SEVERITIES.indexOf(v.severity) >= SEVERITIES.indexOf(FAIL_AT),
  );
  const summary = SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
  const lines = [
    vulnerabilities.length === 0
      ? 'npm audit: the advisory service answered: no known vulnerability in the production dependencies.'
      : `npm audit: the advisory service answered: ${summary} in the production dependencies.`,
  ];
  for (const v of vulnerabilities) {
    lines.push(`  ${v.name} ${v.range || ''} (${v.severity}${v.isDirect ? ', direct' : ''}), ${fixOf(v)}`);
    for (const advisory of advisoriesOf(v)) lines.push(`    ${advisory}`);
  }
  if (failing.length > 0)
    lines.push(
      `npm audit: ${failing.length} at ${FAIL_AT} or above: ${failing.map((v) => v.name).join(', ')}.`,
    );
  return { answered: true, failed: failing.length > 0, lines };
}

module.exports = { SEVERITIES, FAIL_AT, auditOutcome };
