// Runs xmllint against the Office add-in manifest schemas and turns its output into messages that
// name the element (namespaces stripped, "Expected is ( X )" spelled out).
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { messages } = require('./manifest-messages');

const SCHEMA = path.join(__dirname, '..', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');

/** "{http://…}DisplayName" → "DisplayName". */
const stripNamespaces = (text) => text.replace(/\{[^}]*\}/g, '');

/**
 * Translates xmllint's stderr into one message per reported problem.
 * @param {string} stderr
 * @returns {string[]}
 */
function translateXmllintOutput(stderr) {
  const result = [];
  for (const raw of stderr.split(/\r?\n/)) {
    // "<file>:<line>: element <Name>: Schemas validity error : <detail>"
    const schema = /^.*?:(\d+): (?:element ([^:]+): )?Schemas validity error : (.*)$/.exec(raw);
    if (schema) {
      const detail = stripNamespaces(schema[3]);
      const expected = /Expected is (?:one of )?\( ([^)]+) \)/.exec(detail);
      const names = expected ? expected[1].split(/\s*,\s*/).map((n) => n.trim()) : undefined;
      result.push(
        messages.schemaError(Number(schema[1]), schema[2] && stripNamespaces(schema[2]), detail, names),
      );
      continue;
    }
    // "<file>:<line>: parser error : <detail>" (followed by a context line and a caret line, skipped)
    const parser = /^.*?:(\d+): (?:parser|namespace) error : (.*)$/.exec(raw);
    if (parser) result.push(messages.parseError(Number(parser[1]), parser[2]));
  }
  return result;
}

/**
 * @param {string} manifestPath
 * @param {{ xmllint?: string, schema?: string }} [options]
 * @returns {{ available: boolean, malformed: boolean, errors: string[] }} malformed: xmllint found the XML itself broken
 */
function validateWithXmllint(manifestPath, options = {}) {
  const run = spawnSync(
    options.xmllint || 'xmllint',
    ['--noout', '--schema', options.schema || SCHEMA, manifestPath],
    {
      encoding: 'utf8',
    },
  );
  if (run.error) {
    if (run.error.code === 'ENOENT')
      return { available: false, malformed: false, errors: [messages.xmllintMissing()] };
    return { available: false, malformed: false, errors: [messages.xmllintFailed(run.error.message)] };
  }
  if (run.status === 0) return { available: true, malformed: false, errors: [] };
  const errors = translateXmllintOutput(run.stderr);
  const malformed = /: (?:parser|namespace) error : /.test(run.stderr);
  // Exit codes 4/5 mean the schema itself could not be loaded: show xmllint's own words.
  if (errors.length === 0) errors.push(messages.xmllintFailed(`${run.stderr.trim()} (exit ${run.status})`));
  return { available: true, malformed, errors };
}

module.exports = { validateWithXmllint, translateXmllintOutput, SCHEMA };
